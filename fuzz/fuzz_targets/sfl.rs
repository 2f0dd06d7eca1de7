//! Fuzz the SharedFileList and legacy recent-items decoders: any input must
//! decode or fail cleanly, with items numbered in order.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mactriage_collectors::formats::sfl::{
    list_name_from_file_name, parse_legacy_recent_plist, parse_sfl, split_desktop_volume_key,
    LegacyRecentKind, SflFormat,
};

fuzz_target!(|data: &[u8]| {
    for format in [
        SflFormat::Sfl,
        SflFormat::Sfl2,
        SflFormat::Sfl3,
        SflFormat::Sfl4,
        SflFormat::Unknown,
        SflFormat::Auto,
    ] {
        if let Ok(list) = parse_sfl(data, format) {
            for (i, item) in list.items.iter().enumerate() {
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
        if let Ok(list) = parse_legacy_recent_plist(data, kind) {
            for item in &list.items {
                let _ = format!("{item:?}");
            }
        }
    }
    let text = String::from_utf8_lossy(data);
    let _ = list_name_from_file_name(&text);
    let _ = SflFormat::from_file_name(&text);
    let _ = split_desktop_volume_key(&text);
});
