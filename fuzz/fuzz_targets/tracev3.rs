//! Fuzz the tracev3 chunk walk: any input is walked without a panic, and
//! every UUID it reports is 32 upper-case hex digits.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mactriage_collectors::formats::tracev3::{catalog_uuids, scan};

fuzz_target!(|data: &[u8]| {
    let s = scan(&mut std::io::Cursor::new(data), data.len() as u64);
    assert!(s.catalogs <= s.chunks);
    for u in &s.uuids {
        assert_eq!(u.len(), 32);
        assert!(u.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_lowercase()));
    }
    let _ = catalog_uuids(data, 0);
});
