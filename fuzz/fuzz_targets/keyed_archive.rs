#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = mactriage_collectors::formats::keyed_archive::decode_keyed_archive_bytes(data);
});
