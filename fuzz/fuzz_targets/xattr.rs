//! Fuzz the extended-attribute value decoders (quarantine, where-froms,
//! downloaded date, last-used date, provenance): any bytes give a value or
//! an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mactriage_collectors::formats::xattr;

fuzz_target!(|data: &[u8]| {
    if let Ok(q) = xattr::quarantine(data) {
        let _ = xattr::quarantine_flag_names(q.flags);
    }
    let _ = xattr::where_froms(data);
    let _ = xattr::downloaded_dates(data);
    let _ = xattr::last_used_date(data);
    let _ = xattr::provenance(data);
});
