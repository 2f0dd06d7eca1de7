//! Fuzz the code requirement decoder: any input must decode or fail
//! with an error, never panic, and what it finds must come from the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mactriage_collectors::formats::csreq::decode;

fuzz_target!(|data: &[u8]| {
    if let Ok(r) = decode(data) {
        // Every identifier, team and hash is a slice of the input.
        for s in r.identifiers.iter().chain(&r.team_ids) {
            assert!(s.len() <= data.len());
        }
        for h in &r.cdhashes {
            assert!(h.len() / 2 <= data.len());
        }
    }
});
