//! A minimal ASN.1 BER/DER reader: enough to walk a CMS `SignedData`
//! (code signatures, signed configuration profiles), X.509 names and
//! validity, and Apple's DER-encoded entitlements.
//!
//! Only what those need is decoded: tag (class, constructed bit, number,
//! including the high-tag-number form), definite lengths (short and long
//! form, up to 4 length bytes) and BER indefinite lengths (Apple's CMS
//! writer uses them for the outer `SignedData` layers), object identifiers,
//! strings, integers and times. Every read is bounds-checked; nesting is
//! limited to [`MAX_DEPTH`], so hostile input gives a [`DerError`], never a
//! panic or unbounded recursion.
//!
//! References: ITU-T X.690 (BER/DER), RFC 5652 (CMS), RFC 5280 (X.509).

use thiserror::Error;

/// Deepest nesting followed (indefinite lengths are resolved recursively).
pub const MAX_DEPTH: usize = 48;

/// Tag classes.
pub const UNIVERSAL: u8 = 0;
pub const APPLICATION: u8 = 1;
pub const CONTEXT: u8 = 2;

/// Universal tag numbers used here.
pub mod tag {
    pub const BOOLEAN: u32 = 1;
    pub const INTEGER: u32 = 2;
    pub const OCTET_STRING: u32 = 4;
    pub const NULL: u32 = 5;
    pub const OID: u32 = 6;
    pub const UTF8_STRING: u32 = 12;
    pub const SEQUENCE: u32 = 16;
    pub const SET: u32 = 17;
    pub const PRINTABLE_STRING: u32 = 19;
    pub const T61_STRING: u32 = 20;
    pub const IA5_STRING: u32 = 22;
    pub const UTC_TIME: u32 = 23;
    pub const GENERALIZED_TIME: u32 = 24;
    pub const UNIVERSAL_STRING: u32 = 28;
    pub const BMP_STRING: u32 = 30;
}

/// A failure to read BER/DER.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DerError {
    #[error("ASN.1 at offset {offset:#x}: truncated ({what})")]
    Truncated { offset: usize, what: &'static str },
    #[error("ASN.1 at offset {offset:#x}: {what}")]
    Invalid { offset: usize, what: String },
    #[error("ASN.1 nests deeper than {max}")]
    TooDeep { max: usize },
    #[error("ASN.1: expected {expected}, found class {class} tag {number} at offset {offset:#x}")]
    Unexpected {
        expected: &'static str,
        class: u8,
        number: u32,
        offset: usize,
    },
}

/// One tag-length-value element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tlv<'a> {
    pub class: u8,
    pub constructed: bool,
    pub number: u32,
    /// The content octets (for an indefinite length, without the
    /// end-of-contents marker).
    pub content: &'a [u8],
    /// The whole element, header included (for hashing and comparing).
    pub raw: &'a [u8],
    /// Offset of the element in the buffer it was read from.
    pub offset: usize,
    /// Offset of its content in that buffer.
    pub content_offset: usize,
    pub indefinite: bool,
}

impl<'a> Tlv<'a> {
    /// True for universal tag `number`.
    pub fn is(&self, number: u32) -> bool {
        self.class == UNIVERSAL && self.number == number
    }

    /// True for a context-specific tag `number`.
    pub fn is_context(&self, number: u32) -> bool {
        self.class == CONTEXT && self.number == number
    }

    /// Fail unless this is universal tag `number`.
    pub fn expect(self, number: u32, expected: &'static str) -> Result<Self, DerError> {
        if self.is(number) {
            Ok(self)
        } else {
            Err(self.unexpected(expected))
        }
    }

    pub fn unexpected(&self, expected: &'static str) -> DerError {
        DerError::Unexpected {
            expected,
            class: self.class,
            number: self.number,
            offset: self.offset,
        }
    }

    /// The elements inside a constructed element.
    pub fn children(&self) -> Children<'a> {
        Children {
            buf: self.content,
            pos: 0,
            base: self.content_offset,
            failed: false,
        }
    }

    /// The children as a vector (errors stop the list and are returned).
    pub fn child_vec(&self) -> Result<Vec<Tlv<'a>>, DerError> {
        self.children().collect()
    }
}

/// Iterator over the elements of a constructed element's content.
pub struct Children<'a> {
    buf: &'a [u8],
    pos: usize,
    base: usize,
    failed: bool,
}

impl<'a> Iterator for Children<'a> {
    type Item = Result<Tlv<'a>, DerError>;
    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.buf.len() {
            return None;
        }
        match read_at(self.buf, self.pos, 0) {
            Ok((mut tlv, next)) => {
                tlv.offset = tlv.offset.saturating_add(self.base);
                tlv.content_offset = tlv.content_offset.saturating_add(self.base);
                self.pos = next;
                Some(Ok(tlv))
            }
            Err(e) => {
                self.failed = true;
                Some(Err(e))
            }
        }
    }
}

/// Read the element at the start of `buf`; returns it and the offset just
/// past it.
pub fn read(buf: &[u8]) -> Result<(Tlv<'_>, usize), DerError> {
    read_at(buf, 0, 0)
}

fn byte(buf: &[u8], pos: usize, what: &'static str) -> Result<u8, DerError> {
    buf.get(pos)
        .copied()
        .ok_or(DerError::Truncated { offset: pos, what })
}

/// Read the element at `pos` in `buf`.
pub fn read_at(buf: &[u8], pos: usize, depth: usize) -> Result<(Tlv<'_>, usize), DerError> {
    if depth > MAX_DEPTH {
        return Err(DerError::TooDeep { max: MAX_DEPTH });
    }
    let start = pos;
    let first = byte(buf, pos, "tag")?;
    let class = first >> 6;
    let constructed = first & 0x20 != 0;
    let mut number = u32::from(first & 0x1f);
    let mut p = pos + 1;
    if number == 0x1f {
        number = 0;
        for i in 0.. {
            let b = byte(buf, p, "high tag number")?;
            p += 1;
            if i >= 4 {
                return Err(DerError::Invalid {
                    offset: start,
                    what: "tag number longer than 4 bytes".into(),
                });
            }
            number = (number << 7) | u32::from(b & 0x7f);
            if b & 0x80 == 0 {
                break;
            }
        }
    }
    let l0 = byte(buf, p, "length")?;
    p += 1;
    if l0 == 0x80 {
        if !constructed {
            return Err(DerError::Invalid {
                offset: start,
                what: "indefinite length on a primitive element".into(),
            });
        }
        // Children until the end-of-contents marker (00 00).
        let content_start = p;
        loop {
            if byte(buf, p, "end of contents")? == 0 && byte(buf, p + 1, "end of contents")? == 0 {
                let content = buf.get(content_start..p).ok_or(DerError::Truncated {
                    offset: p,
                    what: "indefinite content",
                })?;
                let raw = buf.get(start..p + 2).ok_or(DerError::Truncated {
                    offset: p,
                    what: "indefinite element",
                })?;
                return Ok((
                    Tlv {
                        class,
                        constructed,
                        number,
                        content,
                        raw,
                        offset: start,
                        content_offset: content_start,
                        indefinite: true,
                    },
                    p + 2,
                ));
            }
            let (_, next) = read_at(buf, p, depth + 1)?;
            p = next;
        }
    }
    let len = if l0 & 0x80 == 0 {
        usize::from(l0)
    } else {
        let n = usize::from(l0 & 0x7f);
        if n > 4 {
            return Err(DerError::Invalid {
                offset: start,
                what: format!("length of {n} bytes"),
            });
        }
        let mut len = 0usize;
        for _ in 0..n {
            len = (len << 8) | usize::from(byte(buf, p, "long length")?);
            p += 1;
        }
        len
    };
    let end = p.checked_add(len).ok_or(DerError::Truncated {
        offset: start,
        what: "length overflows",
    })?;
    let content = buf.get(p..end).ok_or(DerError::Truncated {
        offset: start,
        what: "content",
    })?;
    let raw = buf.get(start..end).ok_or(DerError::Truncated {
        offset: start,
        what: "element",
    })?;
    Ok((
        Tlv {
            class,
            constructed,
            number,
            content,
            raw,
            offset: start,
            content_offset: p,
            indefinite: false,
        },
        end,
    ))
}

/// An object identifier in dotted form.
pub fn oid(content: &[u8]) -> Result<String, DerError> {
    let mut parts: Vec<u64> = Vec::new();
    let mut v: u64 = 0;
    let mut first = true;
    for (i, &b) in content.iter().enumerate() {
        if v > (u64::MAX >> 7) {
            return Err(DerError::Invalid {
                offset: i,
                what: "object identifier arc too large".into(),
            });
        }
        v = (v << 7) | u64::from(b & 0x7f);
        if b & 0x80 == 0 {
            if first {
                let (a, b) = match v {
                    0..=39 => (0, v),
                    40..=79 => (1, v - 40),
                    _ => (2, v - 80),
                };
                parts.push(a);
                parts.push(b);
                first = false;
            } else {
                parts.push(v);
            }
            v = 0;
        }
    }
    if parts.is_empty() || content.last().is_some_and(|b| b & 0x80 != 0) {
        return Err(DerError::Invalid {
            offset: 0,
            what: "truncated object identifier".into(),
        });
    }
    Ok(parts
        .iter()
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join("."))
}

/// A string value of any of the ASN.1 string types, as Unicode.
pub fn string(tlv: &Tlv<'_>) -> Option<String> {
    if tlv.class != UNIVERSAL {
        return None;
    }
    match tlv.number {
        tag::UTF8_STRING | tag::PRINTABLE_STRING | tag::IA5_STRING | tag::T61_STRING => {
            Some(String::from_utf8_lossy(tlv.content).into_owned())
        }
        tag::BMP_STRING => {
            let units: Vec<u16> = tlv
                .content
                .chunks(2)
                .map(|c| {
                    u16::from_be_bytes([
                        c.first().copied().unwrap_or(0),
                        c.get(1).copied().unwrap_or(0),
                    ])
                })
                .collect();
            Some(String::from_utf16_lossy(&units))
        }
        tag::UNIVERSAL_STRING => Some(
            tlv.content
                .chunks(4)
                .map(|c| {
                    let mut a = [0u8; 4];
                    for (d, s) in a.iter_mut().zip(c) {
                        *d = *s;
                    }
                    char::from_u32(u32::from_be_bytes(a)).unwrap_or('\u{fffd}')
                })
                .collect(),
        ),
        _ => None,
    }
}

/// A signed integer (up to 8 content bytes).
pub fn integer(content: &[u8]) -> Option<i64> {
    if content.is_empty() || content.len() > 8 {
        return None;
    }
    let neg = content.first().is_some_and(|b| b & 0x80 != 0);
    let mut v: i64 = if neg { -1 } else { 0 };
    for &b in content {
        v = (v << 8) | i64::from(b);
    }
    Some(v)
}

/// A UTCTime or GeneralizedTime (`YYMMDDHHMMSSZ`, `YYYYMMDDHHMMSSZ`, with
/// optional fractional seconds) as RFC 3339 UTC; `None` when it is not in
/// that form.
pub fn time(tlv: &Tlv<'_>) -> Option<String> {
    let s = std::str::from_utf8(tlv.content).ok()?;
    let s = s.strip_suffix('Z')?;
    let (date, frac) = match s.split_once('.') {
        Some((d, f)) if f.bytes().all(|b| b.is_ascii_digit()) => (d, Some(f)),
        Some(_) => return None,
        None => (s, None),
    };
    if !date.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let full = match (tlv.number, date.len()) {
        (tag::UTC_TIME, 12) => {
            let yy: u32 = date.get(..2)?.parse().ok()?;
            // RFC 5280: 50-99 are 19xx, 00-49 are 20xx.
            format!("{}{date}", if yy >= 50 { "19" } else { "20" })
        }
        (tag::GENERALIZED_TIME, 14) => date.to_string(),
        _ => return None,
    };
    let t = chrono::NaiveDateTime::parse_from_str(&full, "%Y%m%d%H%M%S").ok()?;
    let mut out = t.format("%Y-%m-%dT%H:%M:%S").to_string();
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out.push('Z');
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definite_and_indefinite_lengths() {
        // SEQUENCE (indefinite) { INTEGER 5, OCTET STRING "ab" } then 00 00.
        let data = [
            0x30, 0x80, 0x02, 0x01, 0x05, 0x04, 0x02, b'a', b'b', 0, 0, 0xff,
        ];
        let (tlv, next) = read(&data).unwrap();
        assert!(tlv.indefinite && tlv.is(tag::SEQUENCE));
        assert_eq!(next, 11);
        let kids = tlv.child_vec().unwrap();
        assert_eq!(kids.len(), 2);
        assert_eq!(integer(kids[0].content), Some(5));
        assert_eq!(kids[1].content, b"ab");
        assert_eq!(kids[1].offset, 5);
        // Long-form length.
        let mut long = vec![0x04, 0x82, 0x01, 0x00];
        long.extend(std::iter::repeat_n(7u8, 256));
        let (tlv, next) = read(&long).unwrap();
        assert_eq!(tlv.content.len(), 256);
        assert_eq!(next, long.len());
    }

    #[test]
    fn hostile_input_is_an_error() {
        assert!(read(&[]).is_err());
        assert!(read(&[0x30]).is_err());
        assert!(read(&[0x04, 0x05, 1, 2]).is_err());
        assert!(read(&[0x04, 0x89, 1, 1, 1, 1, 1, 1, 1, 1, 1]).is_err());
        assert!(read(&[0x30, 0x80, 0x02, 0x01]).is_err());
        assert!(read(&[0x04, 0x80, 0, 0]).is_err());
        // Nested indefinite lengths past the depth bound.
        let mut deep = Vec::new();
        for _ in 0..(MAX_DEPTH + 5) {
            deep.extend_from_slice(&[0x30, 0x80]);
        }
        assert!(matches!(
            read(&deep),
            Err(DerError::TooDeep { .. }) | Err(DerError::Truncated { .. })
        ));
    }

    #[test]
    fn oids_strings_times() {
        assert_eq!(
            oid(&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02]).unwrap(),
            "1.2.840.113549.1.7.2"
        );
        assert_eq!(oid(&[0x55, 0x04, 0x03]).unwrap(), "2.5.4.3");
        assert!(oid(&[0x86]).is_err());
        let (t, _) = read(b"\x17\x0d111024173941Z").unwrap();
        assert_eq!(time(&t).unwrap(), "2011-10-24T17:39:41Z");
        let (t, _) = read(b"\x18\x0f20500101000000Z").unwrap();
        assert_eq!(time(&t).unwrap(), "2050-01-01T00:00:00Z");
        let (s, _) = read(b"\x0c\x03caf").unwrap();
        assert_eq!(string(&s).unwrap(), "caf");
        assert_eq!(integer(&[0xff]), Some(-1));
        assert_eq!(integer(&[0x01, 0x00]), Some(256));
    }
}
