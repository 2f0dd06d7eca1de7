//! Fuzz the FSEvents store reader: any input, gzip-compressed or bare,
//! must give a finite sequence of pages, records and errors without
//! panicking, and never inflate past its limit.
#![no_main]

use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use mactriage_collectors::formats::fsevents::{flag_names, Limits, StoreReader};

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_page: 1 << 20,
        max_inflated: 4 << 20,
    };
    let Ok(mut reader) = StoreReader::new(Cursor::new(data), limits) else {
        return;
    };
    let mut records = 0u64;
    while let Some(page) = reader.next_page() {
        let Ok(page) = page else {
            continue;
        };
        assert!(page.body.len() + 12 <= page.header.size as usize);
        for rec in page.records() {
            if let Ok(r) = rec {
                let _ = flag_names(r.flags);
                records += 1;
            }
        }
    }
    // Every record takes at least 13 bytes of inflated data.
    assert!(records <= reader.inflated() / 13 + 1);
    assert!(reader.inflated() <= limits.max_inflated);
    assert!(reader.next_page().is_none());
});
