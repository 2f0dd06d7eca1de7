//! Fuzz the tracev3 chunk walk: any input is walked without a panic, every
//! UUID it reports is 32 upper-case hex digits, and no chunk set declares
//! more than its catalog's sum.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mactriage_collectors::formats::tracev3::{catalog_uuids, lzbitmap_declared, scan};

fuzz_target!(|data: &[u8]| {
    let s = scan(&mut std::io::Cursor::new(data), data.len() as u64);
    assert!(s.catalogs <= s.chunks);
    for u in s.uuids.iter().map(|u| u.hex()) {
        assert_eq!(u.len(), 32);
        assert!(u.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_lowercase()));
    }
    if let (Some((_, one)), Some((_, sum))) = (s.max_decompressed, s.max_catalog_decompressed) {
        assert!(one <= sum);
    }
    let _ = catalog_uuids(data, 0);
    let _ = lzbitmap_declared(data);
});
