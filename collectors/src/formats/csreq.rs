//! Code requirement blobs (`csreq`): what TCC stores to recognise a client.
//!
//! **What.** A compiled code-signing requirement, as `csreq -b` writes it
//! and as TCC keeps it in `access.csreq` (and
//! `indirect_object_code_identity`, and MDM overrides'
//! `CodeRequirementData`): the text `identifier "com.apple.weather" and
//! anchor apple` compiled to a tree of big-endian 32-bit operations.
//!
//! **Layout** (big-endian): magic `0xfade0c00` (one requirement), total
//! length, kind (1 = expression), then the expression: an opcode (`u32`;
//! the top byte holds flags) followed by its arguments. Strings and hashes
//! are a `u32` length and the bytes, padded to 4; integers are `u32`;
//! dates are `i64`; `and`/`or` take two expressions, `not` one; match
//! suffixes are a `u32` match operation and, unless it is "exists" or
//! "absent", a value (a date for the date operations). An unknown opcode
//! with the "generic skip" or "generic false" flag carries a length and is
//! skipped; any other unknown opcode ends the decoding with an error.
//!
//! This decoder reads the tree only for what a triage needs: the
//! `identifier`s it names, the `cdhash`es, whether it requires Apple's
//! anchor, and the team identifiers (`certificate leaf[subject.OU] = X`).
//! Every read is bounds-checked; nesting is bounded.
//!
//! **References.** Apple Security framework, `libsecurity_codesigning`:
//! `requirement.h` (`ExprOp`, `MatchOperation`), `reqreader.cpp`
//! (`getData`, `getAbsoluteTime`: a 64-bit integer), `reqdumper.cpp`,
//! `reqinterp.cpp` (the generic-skip rule); `csreq(1)`.

use serde::Serialize;
use thiserror::Error;

use super::bytes::{BinaryError, ByteReader};

/// The magic of a single requirement blob.
pub const REQUIREMENT_MAGIC: u32 = 0xfade_0c00;
/// The magic of a requirement set (several, by type).
pub const REQUIREMENT_SET_MAGIC: u32 = 0xfade_0c01;

/// Nested expressions allowed.
const MAX_DEPTH: usize = 64;
/// Operations read at most (a blob is at most a few hundred bytes).
const MAX_OPS: usize = 4096;

const OP_FLAG_MASK: u32 = 0xff00_0000;
const OP_GENERIC_FALSE: u32 = 0x8000_0000;
const OP_GENERIC_SKIP: u32 = 0x4000_0000;

/// Why a blob did not decode.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CsreqError {
    #[error(transparent)]
    Binary(#[from] BinaryError),
    #[error("magic {found:#010x} at offset 0 is not a code requirement (0xfade0c00)")]
    Magic { found: u32 },
    #[error("requirement kind {kind} at offset 8 is not an expression (1)")]
    Kind { kind: u32 },
    #[error("declared length {declared} at offset 4 does not match the blob's {actual} bytes")]
    Length { declared: u32, actual: usize },
    #[error("unknown operation {op:#x} at offset {offset:#x}")]
    UnknownOp { op: u32, offset: u64 },
    #[error("unknown match operation {op} at offset {offset:#x}")]
    UnknownMatch { op: u32, offset: u64 },
    #[error("expression nests deeper than {MAX_DEPTH}")]
    TooDeep,
    #[error("more than {MAX_OPS} operations")]
    TooManyOps,
}

/// What a requirement names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Requirement {
    /// `identifier "..."` clauses, in order.
    pub identifiers: Vec<String>,
    /// `cdhash H"..."` clauses, hex.
    pub cdhashes: Vec<String>,
    /// `anchor apple` (Apple's own code).
    pub anchor_apple: bool,
    /// `anchor apple generic` (any Apple-issued certificate, e.g.
    /// Developer ID, App Store).
    pub anchor_apple_generic: bool,
    /// Values matched against `certificate leaf[subject.OU]`: team IDs.
    pub team_ids: Vec<String>,
}

impl Requirement {
    /// The first identifier, if any.
    pub fn identifier(&self) -> Option<&str> {
        self.identifiers.first().map(String::as_str)
    }
}

struct Decoder<'a> {
    r: ByteReader<'a>,
    out: Requirement,
    ops: usize,
}

impl<'a> Decoder<'a> {
    fn data(&mut self, field: &'static str) -> Result<&'a [u8], CsreqError> {
        let len = self.r.u32_be(field)?;
        let len = usize::try_from(len).map_err(|_| BinaryError::OutOfRange {
            field,
            value: u64::from(len),
            len: self.r.buffer().len() as u64,
        })?;
        let bytes = self.r.take(field, len)?;
        let pad = (4 - len % 4) % 4;
        // The padding may be missing at the very end of the blob.
        let pad = pad.min(self.r.remaining());
        self.r.skip(field, pad)?;
        Ok(bytes)
    }

    fn string(&mut self, field: &'static str) -> Result<String, CsreqError> {
        Ok(String::from_utf8_lossy(self.data(field)?).into_owned())
    }

    /// A match suffix; returns the value when it is a string-like one.
    fn matcher(&mut self) -> Result<Option<(u32, &'a [u8])>, CsreqError> {
        let offset = self.r.offset();
        let op = self.r.u32_be("match.op")?;
        match op {
            // exists, absent
            0 | 14 => Ok(None),
            // equal .. greater-or-equal: a value
            1..=8 => Ok(Some((op, self.data("match.value")?))),
            // on, before, after, on-or-before, on-or-after: a date
            9..=13 => {
                self.r.i64_be("match.date")?;
                Ok(None)
            }
            _ => Err(CsreqError::UnknownMatch { op, offset }),
        }
    }

    fn expr(&mut self, depth: usize) -> Result<(), CsreqError> {
        if depth > MAX_DEPTH {
            return Err(CsreqError::TooDeep);
        }
        self.ops += 1;
        if self.ops > MAX_OPS {
            return Err(CsreqError::TooManyOps);
        }
        let offset = self.r.offset();
        let raw = self.r.u32_be("op")?;
        let op = raw & !OP_FLAG_MASK;
        match op {
            // false, true
            0 | 1 => {}
            2 => {
                let id = self.string("identifier")?;
                self.out.identifiers.push(id);
            }
            3 => self.out.anchor_apple = true,
            // anchor hash: cert index, hash
            4 => {
                self.r.i32_be("anchor.cert")?;
                self.data("anchor.hash")?;
            }
            // info key value (legacy): key, value
            5 => {
                self.data("info.key")?;
                self.data("info.value")?;
            }
            6 | 7 => {
                self.expr(depth + 1)?;
                self.expr(depth + 1)?;
            }
            8 => {
                let h = self.data("cdhash")?;
                self.out.cdhashes.push(hex::encode(h));
            }
            9 => self.expr(depth + 1)?,
            // info key field, entitlement field: key, match
            10 | 16 => {
                self.data("field.key")?;
                self.matcher()?;
            }
            // certificate field (and its date form): cert index, name, match
            11 | 22 => {
                let slot = self.r.i32_be("cert.index")?;
                let field = self.data("cert.field")?;
                let m = self.matcher()?;
                if op == 11 && slot == 0 && field == b"subject.OU" {
                    if let Some((1, v)) = m {
                        self.out
                            .team_ids
                            .push(String::from_utf8_lossy(v).into_owned());
                    }
                }
            }
            // trusted cert: cert index
            12 => {
                self.r.i32_be("trusted.cert")?;
            }
            // trusted certs, apple generic anchor, notarized, legacy dev id
            13 | 21 | 23 => {}
            15 => self.out.anchor_apple_generic = true,
            // certificate generic / policy: cert index, oid, match
            14 | 17 => {
                self.r.i32_be("cert.index")?;
                self.data("cert.oid")?;
                self.matcher()?;
            }
            // named anchor, named code
            18 | 19 => {
                self.data("name")?;
            }
            // platform
            20 => {
                self.r.i32_be("platform")?;
            }
            _ if raw & (OP_GENERIC_SKIP | OP_GENERIC_FALSE) != 0 => {
                self.data("generic")?;
            }
            _ => return Err(CsreqError::UnknownOp { op: raw, offset }),
        }
        Ok(())
    }
}

/// Decode a single requirement blob (`0xfade0c00`, expression kind).
pub fn decode(blob: &[u8]) -> Result<Requirement, CsreqError> {
    let mut r = ByteReader::new(blob);
    let magic = r.u32_be("magic")?;
    if magic != REQUIREMENT_MAGIC {
        return Err(CsreqError::Magic { found: magic });
    }
    let declared = r.u32_be("length")?;
    if usize::try_from(declared).ok() != Some(blob.len()) {
        return Err(CsreqError::Length {
            declared,
            actual: blob.len(),
        });
    }
    let kind = r.u32_be("kind")?;
    if kind != 1 {
        return Err(CsreqError::Kind { kind });
    }
    let mut d = Decoder {
        r,
        out: Requirement::default(),
        ops: 0,
    };
    d.expr(0)?;
    Ok(d.out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::csreq::{blob, data, identifier_and_anchor_apple, op};

    #[test]
    fn decodes_identifier_and_anchor_apple() {
        // `identifier "com.example.weather" and anchor apple`: 19 bytes of
        // identifier padded to 20.
        let b = blob(&identifier_and_anchor_apple("com.example.weather"));
        assert_eq!(b.len(), 12 + 4 + 4 + 4 + 20 + 4);
        let r = decode(&b).unwrap();
        assert_eq!(r.identifier(), Some("com.example.weather"));
        assert!(r.anchor_apple);
        assert!(!r.anchor_apple_generic);
        assert!(r.team_ids.is_empty() && r.cdhashes.is_empty());
    }

    #[test]
    fn developer_id_with_team_and_generic_ops() {
        // identifier "com.x" and anchor apple generic and
        // certificate 1[field.1.2.840.113635.100.6.2.6] exists and
        // certificate leaf[field.1.2.840.113635.100.6.1.13] exists and
        // certificate leaf[subject.OU] = "ABCDE12345"
        // or cdhash H"00ff..." (a made-up hash), plus a generic-skip op.
        let oid = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x63, 0x64, 0x06, 0x02, 0x06];
        let body = [
            op(7),
            op(6),
            op(2),
            data(b"com.x"),
            op(6),
            op(15),
            op(6),
            op(14),
            op(1),
            data(&oid),
            op(0),
            op(6),
            op(OP_GENERIC_SKIP | 0x77),
            data(b"skip me"),
            op(11),
            op(0),
            data(b"subject.OU"),
            op(1),
            data(b"ABCDE12345"),
            op(8),
            data(&[0x00, 0xff, 0x10]),
        ]
        .concat();
        let r = decode(&blob(&body)).unwrap();
        assert_eq!(r.identifiers, vec!["com.x"]);
        assert!(r.anchor_apple_generic && !r.anchor_apple);
        assert_eq!(r.team_ids, vec!["ABCDE12345"]);
        assert_eq!(r.cdhashes, vec!["00ff10"]);
        // Date matches carry a 64-bit time.
        let body = [
            op(22),
            op(0),
            data(b"x"),
            op(10),
            0i64.to_be_bytes().to_vec(),
        ]
        .concat();
        assert_eq!(decode(&blob(&body)).unwrap(), Requirement::default());
    }

    #[test]
    fn bad_blobs_are_errors_not_panics() {
        assert!(matches!(decode(b""), Err(CsreqError::Binary(_))));
        assert_eq!(
            decode(&[0xfa, 0xde, 0x0c, 0x01, 0, 0, 0, 8]),
            Err(CsreqError::Magic { found: 0xfade0c01 })
        );
        let good = blob(&identifier_and_anchor_apple("com.apple.weather"));
        // Truncated anywhere: the length check or a named field.
        for n in 0..good.len() {
            assert!(decode(&good[..n]).is_err(), "{n}");
        }
        // A string length past the end.
        let mut long = good.clone();
        long[23] = 0xff;
        assert!(matches!(
            decode(&long),
            Err(CsreqError::Binary(BinaryError::Truncated {
                field: "identifier",
                ..
            }))
        ));
        // Unknown operation without a skip flag.
        assert_eq!(
            decode(&blob(&op(0x99))),
            Err(CsreqError::UnknownOp {
                op: 0x99,
                offset: 12
            })
        );
        // Not an expression.
        let mut kind = good.clone();
        kind[11] = 2;
        assert_eq!(decode(&kind), Err(CsreqError::Kind { kind: 2 }));
        // Deep nesting and endless `not`s are bounded.
        let mut deep = Vec::new();
        for _ in 0..200 {
            deep.extend(op(9));
        }
        deep.extend(op(1));
        assert_eq!(decode(&blob(&deep)), Err(CsreqError::TooDeep));
        // An unknown match operation.
        let body = [op(10), data(b"k"), op(77)].concat();
        assert!(matches!(
            decode(&blob(&body)),
            Err(CsreqError::UnknownMatch { op: 77, .. })
        ));
    }
}
