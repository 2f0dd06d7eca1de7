//! utmpx login accounting records: the 628-byte little-endian `struct
//! utmpx32` of Libc's `utmpx32.h` (see [`crate::formats::utmpx`]).

use crate::formats::utmpx::{SIGNATURE, UTMPX_RECORD};

/// One utmpx record, little-endian: `ut_user`, `ut_id`, `ut_line`,
/// `ut_pid`, `ut_type`, `ut_tv` (seconds, microseconds) and `ut_host`,
/// the rest zero.
#[allow(clippy::too_many_arguments)]
pub fn record(
    user: &str,
    id: [u8; 4],
    line: &str,
    pid: i32,
    kind: i16,
    sec: i32,
    usec: i32,
    host: &str,
) -> Vec<u8> {
    let mut out = vec![0u8; UTMPX_RECORD];
    let put = |out: &mut Vec<u8>, at: usize, b: &[u8]| {
        out[at..at + b.len()].copy_from_slice(b);
    };
    put(&mut out, 0, user.as_bytes());
    put(&mut out, 256, &id);
    put(&mut out, 260, line.as_bytes());
    put(&mut out, 292, &pid.to_le_bytes());
    put(&mut out, 296, &kind.to_le_bytes());
    put(&mut out, 300, &sec.to_le_bytes());
    put(&mut out, 304, &usec.to_le_bytes());
    put(&mut out, 308, host.as_bytes());
    out
}

/// The signature record that opens a utmpx file (`utmpx-1.00`, type 10).
pub fn signature() -> Vec<u8> {
    record("utmpx-1.00", [0; 4], "", 0, SIGNATURE, 0, 0, "")
}
