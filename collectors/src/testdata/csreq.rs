//! Code requirements (`csreq` blobs) as `csreq -b` compiles them: a
//! `0xfade0c00` header, then the expression as big-endian 32-bit opcodes
//! and length-prefixed, 4-byte-padded data (see
//! [`crate::formats::csreq`]).

use crate::formats::csreq::REQUIREMENT_MAGIC;

/// A requirement blob around an expression body.
pub fn blob(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&REQUIREMENT_MAGIC.to_be_bytes());
    out.extend_from_slice(&((12 + body.len()) as u32).to_be_bytes());
    out.extend_from_slice(&1u32.to_be_bytes());
    out.extend_from_slice(body);
    out
}

/// An opcode (or any 32-bit word of an expression).
pub fn op(n: u32) -> Vec<u8> {
    n.to_be_bytes().to_vec()
}

/// Data in an expression: its length, then the bytes padded to 4.
pub fn data(b: &[u8]) -> Vec<u8> {
    let mut out = (b.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(b);
    out.resize(out.len() + (4 - b.len() % 4) % 4, 0);
    out
}

/// The body of `identifier "id" and anchor apple` (Apple's own programs).
pub fn identifier_and_anchor_apple(id: &str) -> Vec<u8> {
    [op(6), op(2), data(id.as_bytes()), op(3)].concat()
}

/// The body of `identifier "id" and anchor apple generic`.
pub fn identifier_and_anchor_apple_generic(id: &str) -> Vec<u8> {
    [op(6), op(2), data(id.as_bytes()), op(15)].concat()
}

/// The blob of `identifier "id" and anchor apple generic and certificate
/// leaf[subject.OU] = "team"`: a Developer ID program.
pub fn developer_id(id: &str, team: &str) -> Vec<u8> {
    blob(
        &[
            op(6),
            op(2),
            data(id.as_bytes()),
            op(6),
            op(15),
            op(11),
            op(0),
            data(b"subject.OU"),
            op(1),
            data(team.as_bytes()),
        ]
        .concat(),
    )
}
