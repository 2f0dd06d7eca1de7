//! Fuzz the ASL DB reader: any input must either fail at the header or
//! yield a finite sequence of records and errors, without panicking.
#![no_main]

use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use mactriage_collectors::formats::asl::AslReader;

fuzz_target!(|data: &[u8]| {
    let Ok(mut reader) = AslReader::new(Cursor::new(data)) else {
        return;
    };
    let mut records = 0usize;
    for item in reader.by_ref() {
        if let Ok(record) = item {
            let _ = record.timestamp();
            records += 1;
        }
        // Records only move forward through the file and are at least 122
        // bytes long, so there can never be more than this many.
        assert!(records <= data.len() / 122 + 1);
    }
    let _ = reader.header_is_stale();
    assert!(reader.next().is_none());
});
