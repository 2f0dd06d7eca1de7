//! Fuzz the SharedFileList and legacy recent-items decoders: any input must
//! decode or fail cleanly, with items numbered in order.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mactriage_collectors::formats::sfl::{
    list_name_from_file_name, parse_legacy_recent_plist, parse_sfl, LegacyRecentKind, SflFormat,
};

fuzz_target!(|data: &[u8]| {
    for format in [
        SflFormat::Sfl,
        SflFormat::Sfl2,
        SflFormat::Sfl3,
        SflFormat::Auto,
    ] {
        if let Ok(items) = parse_sfl(data, format) {
            for (i, item) in items.iter().enumerate() {
                assert!(item.index >= i, "items keep their stored positions");
                let _ = format!("{item:?}");
            }
        }
    }
    for kind in [
        LegacyRecentKind::RecentItems,
        LegacyRecentKind::Finder,
        LegacyRecentKind::SidebarLists,
    ] {
        if let Ok(items) = parse_legacy_recent_plist(data, kind) {
            for item in &items {
                let _ = format!("{item:?}");
            }
        }
    }
    let _ = list_name_from_file_name(&String::from_utf8_lossy(data));
});
