//! Bounds-checked reading of binary structures.
//!
//! Every hand-written parser in this crate reads through [`ByteReader`] (or
//! the free functions below) instead of indexing slices directly. Each read
//! names the field it is reading, so that a malformed input produces an error
//! such as "field `record.next` at offset 0x1c: need 8 bytes, 3 left" rather
//! than a panic. Lengths that come from the data are combined with
//! `checked_add` / `checked_sub` only.

use thiserror::Error;

/// A failure to read a field from a byte buffer.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BinaryError {
    /// The buffer ends before the field does.
    #[error("field `{field}` at offset {offset:#x}: need {need} bytes, {have} left")]
    Truncated {
        field: &'static str,
        offset: u64,
        need: u64,
        have: u64,
    },
    /// An offset or length from the data overflows or points outside the buffer.
    #[error(
        "field `{field}`: offset/length {value:#x} is out of range (buffer is {len:#x} bytes)"
    )]
    OutOfRange {
        field: &'static str,
        value: u64,
        len: u64,
    },
    /// A field holds a value the format does not allow.
    #[error("field `{field}` at offset {offset:#x}: {found}")]
    Invalid {
        field: &'static str,
        offset: u64,
        found: String,
    },
}

impl BinaryError {
    /// Shorthand for [`BinaryError::Invalid`].
    pub fn invalid(field: &'static str, offset: u64, found: impl Into<String>) -> Self {
        BinaryError::Invalid {
            field,
            offset,
            found: found.into(),
        }
    }
}

/// A cursor over a byte slice whose every read is bounds-checked and named.
///
/// `base` is the absolute offset of `buf[0]` in the file, so that errors name
/// file offsets even when the reader covers only part of a file.
#[derive(Debug, Clone)]
pub struct ByteReader<'a> {
    buf: &'a [u8],
    pos: usize,
    base: u64,
}

macro_rules! read_int {
    ($name:ident, $ty:ty, $from:ident) => {
        #[doc = concat!("Read a `", stringify!($ty), "` (", stringify!($from), ") named `field`.")]
        pub fn $name(&mut self, field: &'static str) -> Result<$ty, BinaryError> {
            const N: usize = std::mem::size_of::<$ty>();
            let bytes = self.take(field, N)?;
            let mut arr = [0u8; N];
            arr.copy_from_slice(bytes);
            Ok(<$ty>::$from(arr))
        }
    };
}

impl<'a> ByteReader<'a> {
    /// A reader over `buf`, whose first byte is at file offset 0.
    pub fn new(buf: &'a [u8]) -> Self {
        ByteReader {
            buf,
            pos: 0,
            base: 0,
        }
    }

    /// A reader over `buf`, whose first byte is at file offset `base`.
    pub fn with_base(buf: &'a [u8], base: u64) -> Self {
        ByteReader { buf, pos: 0, base }
    }

    /// Current position, relative to the start of the buffer.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Current position as an absolute file offset.
    pub fn offset(&self) -> u64 {
        self.base.saturating_add(self.pos as u64)
    }

    /// Bytes left after the current position.
    pub fn remaining(&self) -> usize {
        self.buf.len().saturating_sub(self.pos)
    }

    /// The whole underlying buffer.
    pub fn buffer(&self) -> &'a [u8] {
        self.buf
    }

    /// Move to `pos` (relative to the buffer start); `pos == len` is allowed.
    pub fn seek(&mut self, field: &'static str, pos: u64) -> Result<(), BinaryError> {
        match usize::try_from(pos) {
            Ok(p) if p <= self.buf.len() => {
                self.pos = p;
                Ok(())
            }
            _ => Err(BinaryError::OutOfRange {
                field,
                value: pos,
                len: self.buf.len() as u64,
            }),
        }
    }

    /// Skip `n` bytes.
    pub fn skip(&mut self, field: &'static str, n: usize) -> Result<(), BinaryError> {
        self.take(field, n).map(|_| ())
    }

    /// Take the next `n` bytes.
    pub fn take(&mut self, field: &'static str, n: usize) -> Result<&'a [u8], BinaryError> {
        let got = self
            .pos
            .checked_add(n)
            .and_then(|end| Some((end, self.buf.get(self.pos..end)?)));
        match got {
            Some((end, out)) => {
                self.pos = end;
                Ok(out)
            }
            None => Err(BinaryError::Truncated {
                field,
                offset: self.offset(),
                need: n as u64,
                have: self.remaining() as u64,
            }),
        }
    }

    /// Read `N` bytes into an array.
    pub fn array<const N: usize>(&mut self, field: &'static str) -> Result<[u8; N], BinaryError> {
        let bytes = self.take(field, N)?;
        let mut arr = [0u8; N];
        arr.copy_from_slice(bytes);
        Ok(arr)
    }

    read_int!(u8, u8, from_le_bytes);
    read_int!(u16_le, u16, from_le_bytes);
    read_int!(u16_be, u16, from_be_bytes);
    read_int!(u32_le, u32, from_le_bytes);
    read_int!(u32_be, u32, from_be_bytes);
    read_int!(u64_le, u64, from_le_bytes);
    read_int!(u64_be, u64, from_be_bytes);
    read_int!(i32_le, i32, from_le_bytes);
    read_int!(i32_be, i32, from_be_bytes);
    read_int!(i64_le, i64, from_le_bytes);
    read_int!(i64_be, i64, from_be_bytes);
    read_int!(f64_le, f64, from_le_bytes);
    read_int!(f64_be, f64, from_be_bytes);
}

/// The slice `buf[offset .. offset + len]`, checked, naming `field` on failure.
pub fn slice_at<'a>(
    buf: &'a [u8],
    field: &'static str,
    offset: u64,
    len: u64,
) -> Result<&'a [u8], BinaryError> {
    let out_of_range = || BinaryError::OutOfRange {
        field,
        value: offset,
        len: buf.len() as u64,
    };
    let start = usize::try_from(offset).map_err(|_| out_of_range())?;
    let n = usize::try_from(len).map_err(|_| out_of_range())?;
    if start > buf.len() {
        return Err(out_of_range());
    }
    let end = start.checked_add(n).ok_or_else(out_of_range)?;
    buf.get(start..end).ok_or(BinaryError::Truncated {
        field,
        offset,
        need: len,
        have: buf.len().saturating_sub(start) as u64,
    })
}

/// A reader positioned at `offset` within `buf`.
pub fn reader_at<'a>(
    buf: &'a [u8],
    field: &'static str,
    offset: u64,
) -> Result<ByteReader<'a>, BinaryError> {
    let mut r = ByteReader::new(buf);
    r.seek(field, offset)?;
    Ok(r)
}

/// `a - b`, or an error naming `field` when `b > a`.
pub fn checked_sub(field: &'static str, a: u64, b: u64) -> Result<u64, BinaryError> {
    a.checked_sub(b).ok_or(BinaryError::OutOfRange {
        field,
        value: b,
        len: a,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_integers_in_both_orders() {
        let data = [1u8, 0, 0, 0, 0, 0, 0, 2];
        let mut r = ByteReader::new(&data);
        assert_eq!(r.u32_le("a").unwrap(), 1);
        assert_eq!(r.u32_be("b").unwrap(), 2);
        assert_eq!(r.remaining(), 0);
    }

    #[test]
    fn truncation_names_field_and_offset() {
        let data = [0u8; 3];
        let mut r = ByteReader::with_base(&data, 0x100);
        r.skip("pad", 1).unwrap();
        let err = r.u32_le("record.length").unwrap_err();
        assert_eq!(
            err,
            BinaryError::Truncated {
                field: "record.length",
                offset: 0x101,
                need: 4,
                have: 2
            }
        );
        assert!(err.to_string().contains("record.length"));
        // A failed read does not move the cursor.
        assert_eq!(r.position(), 1);
    }

    #[test]
    fn slice_at_rejects_overflow_and_overrun() {
        let data = [0u8; 8];
        assert!(slice_at(&data, "x", 4, 4).is_ok());
        assert!(slice_at(&data, "x", 4, 5).is_err());
        assert!(slice_at(&data, "x", u64::MAX, 2).is_err());
        assert!(slice_at(&data, "x", 9, 0).is_err());
        assert!(slice_at(&data, "x", 8, 0).unwrap().is_empty());
    }

    #[test]
    fn seek_and_checked_sub() {
        let data = [0u8; 4];
        let mut r = ByteReader::new(&data);
        assert!(r.seek("s", 4).is_ok());
        assert!(r.seek("s", 5).is_err());
        assert_eq!(checked_sub("len", 10, 4).unwrap(), 6);
        assert!(checked_sub("len", 4, 10).is_err());
    }
}
