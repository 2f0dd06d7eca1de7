//! Fuzz the Mach-O and code-signature decoders (and, through them, the
//! BER/DER reader): any input must decode or fail cleanly, and a decoded
//! file's summary status must be the weakest of its slices'.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mactriage_collectors::formats::{der, macho};

fuzz_target!(|data: &[u8]| {
    let _ = macho::is_macho(data);
    if let Ok(m) = macho::parse(data) {
        for a in &m.arches {
            assert!(m.signature_status <= a.signature_status);
            let _ = format!("{a:?}");
        }
        let _ = m.apple_signed();
        let _ = m.errors();
    }
    // The same bytes as a detached signature, a CMS blob, DER entitlements.
    let _ = macho::parse_signature(data, Some((data, data.len() as u64)));
    let _ = macho::parse_cms(data);
    let _ = macho::der_entitlements(data);
    let _ = der::read(data);
});
