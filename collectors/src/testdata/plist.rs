//! Hostile property lists.

/// A binary property list of `levels` arrays, each holding two references
/// to the next: a few hundred bytes that a naive decoder expands to
/// 2^`levels` values. `levels` up to 80 keeps every offset in one byte.
pub fn bomb(levels: u8) -> Vec<u8> {
    let mut out = b"bplist00".to_vec();
    let mut offsets = vec![out.len() as u8];
    out.extend_from_slice(&[0x51, b'x']);
    for i in 1..=levels {
        offsets.push(out.len() as u8);
        out.extend_from_slice(&[0xA2, i - 1, i - 1]);
    }
    let table = out.len() as u64;
    out.extend_from_slice(&offsets);
    // Trailer: six unused bytes, 1-byte offsets, 1-byte references.
    out.extend_from_slice(&[0; 6]);
    out.extend_from_slice(&[1, 1]);
    out.extend_from_slice(&(u64::from(levels) + 1).to_be_bytes());
    out.extend_from_slice(&u64::from(levels).to_be_bytes());
    out.extend_from_slice(&table.to_be_bytes());
    out
}
