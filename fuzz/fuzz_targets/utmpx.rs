//! Fuzz the login accounting decoders: any input decodes (whole records
//! kept, the tail counted) and the counts add up to the input's length.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mactriage_collectors::formats::utmpx::{decode, Format, UTMPX_RECORD, UTMP_RECORD};

fuzz_target!(|data: &[u8]| {
    for bsd in [false, true] {
        let d = decode(data, bsd).expect("whole records always decode");
        let size = match d.format {
            Format::Utmpx => UTMPX_RECORD,
            Format::Utmp => UTMP_RECORD,
        };
        assert_eq!(d.entries.len() * size + d.tail, data.len());
        for (i, e) in d.entries.iter().enumerate() {
            assert_eq!(e.index, i as u64);
            let _ = (e.event(), e.micros());
        }
    }
});
