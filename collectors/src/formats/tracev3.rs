//! The chunk framing of unified log `.tracev3` files, and the UUID list of
//! their catalog chunks: just enough to know which `uuidtext` and `dsc`
//! files a tracev3 file needs before it is copied, without decompressing it.
//! Decoding the entries is the `macos-unifiedlogs` crate's job (see
//! [`crate::unified_logs`]).
//!
//! A tracev3 file is a sequence of chunks, each a 16-byte preamble (tag
//! u32, sub-tag u32, data size u64, little-endian) followed by its data and
//! padded to 8 bytes. A catalog chunk (tag `0x600b`) starts with the offset
//! of its subsystem strings (u16), four more u16 counts and offsets, 6
//! unknown bytes and the earliest firehose time (u64); the UUIDs of every
//! image it references (16 bytes each) follow at offset 24, up to the
//! subsystem strings, so there are `subsystem_strings_offset / 16` of them.
//!
//! References: libyal dtformats "Apple Unified Logging and Activity Tracing
//! formats" (tracev3 chunk and catalog layouts); mandiant
//! macos-unifiedlogs `src/preamble.rs`, `src/catalog.rs`.

use std::collections::BTreeSet;
use std::io::{Read, Seek, SeekFrom};

use super::bytes::{BinaryError, ByteReader};

/// Size of a chunk preamble.
pub const PREAMBLE_LEN: u64 = 16;
/// Chunk tag of a catalog.
pub const CATALOG_TAG: u32 = 0x600b;
/// A catalog larger than this is not a catalog (real ones are a few KB).
pub const MAX_CATALOG: u64 = 4 << 20;
/// Offset of the UUID array in a catalog chunk's data.
const UUIDS_AT: usize = 24;

/// One chunk preamble.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preamble {
    pub tag: u32,
    pub sub_tag: u32,
    pub data_size: u64,
}

impl Preamble {
    /// Decode a preamble; `base` is its file offset (for errors).
    pub fn parse(buf: &[u8], base: u64) -> Result<Preamble, BinaryError> {
        let mut r = ByteReader::with_base(buf, base);
        Ok(Preamble {
            tag: r.u32_le("preamble.tag")?,
            sub_tag: r.u32_le("preamble.sub_tag")?,
            data_size: r.u64_le("preamble.data_size")?,
        })
    }

    /// The offset of the next chunk, for a chunk at `offset`: data padded
    /// to 8 bytes. `None` on overflow.
    pub fn next(&self, offset: u64) -> Option<u64> {
        let padded = self.data_size.checked_add(7)? & !7;
        offset.checked_add(PREAMBLE_LEN)?.checked_add(padded)
    }
}

/// The UUIDs (upper-case hex, as uuidtext and dsc files are named) that
/// one catalog chunk's data references.
pub fn catalog_uuids(data: &[u8], base: u64) -> Result<Vec<String>, BinaryError> {
    let mut r = ByteReader::with_base(data, base);
    let strings_at = r.u16_le("catalog.subsystem_strings_offset")?;
    r.seek("catalog.uuids", UUIDS_AT as u64)?;
    let n = usize::from(strings_at) / 16;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let u: [u8; 16] = r.array("catalog.uuid")?;
        out.push(hex::encode_upper(u));
    }
    Ok(out)
}

/// What a walk over a file's chunks found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Scan {
    /// Every UUID the catalogs reference.
    pub uuids: BTreeSet<String>,
    /// Chunks walked.
    pub chunks: u64,
    /// Catalog chunks read.
    pub catalogs: u64,
    /// Why the walk stopped early, if it did.
    pub error: Option<String>,
}

/// Walk the chunks of a tracev3 file of `len` bytes, reading only the
/// preambles and the catalog chunks (the rest is skipped by seeking).
pub fn scan<R: Read + Seek>(r: &mut R, len: u64) -> Scan {
    let mut s = Scan::default();
    let mut offset = 0u64;
    let mut head = [0u8; PREAMBLE_LEN as usize];
    while offset.saturating_add(PREAMBLE_LEN) <= len {
        let step = r
            .seek(SeekFrom::Start(offset))
            .and_then(|_| r.read_exact(&mut head));
        if let Err(e) = step {
            s.error = Some(format!("chunk at offset {offset:#x}: {e}"));
            return s;
        }
        let p = match Preamble::parse(&head, offset) {
            Ok(p) => p,
            Err(e) => {
                s.error = Some(e.to_string());
                return s;
            }
        };
        s.chunks += 1;
        let data_at = offset.saturating_add(PREAMBLE_LEN);
        if p.data_size > len.saturating_sub(data_at) {
            s.error = Some(format!(
                "chunk at offset {offset:#x}: data size {:#x} runs past the end of the file ({len:#x} bytes)",
                p.data_size
            ));
            return s;
        }
        if p.tag == CATALOG_TAG {
            if p.data_size > MAX_CATALOG {
                s.error = Some(format!(
                    "catalog at offset {offset:#x}: {} bytes, more than a catalog holds",
                    p.data_size
                ));
                return s;
            }
            let mut data = vec![0u8; usize::try_from(p.data_size).unwrap_or(0)];
            if let Err(e) = r.read_exact(&mut data) {
                s.error = Some(format!("catalog at offset {offset:#x}: {e}"));
                return s;
            }
            match catalog_uuids(&data, data_at) {
                Ok(u) => {
                    s.catalogs += 1;
                    s.uuids.extend(u);
                }
                Err(e) => {
                    s.error = Some(e.to_string());
                    return s;
                }
            }
        }
        match p.next(offset) {
            Some(n) => offset = n,
            None => {
                s.error = Some(format!("chunk at offset {offset:#x}: size overflows"));
                return s;
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    /// A chunk: preamble, data, padding.
    pub(crate) fn chunk(tag: u32, data: &[u8]) -> Vec<u8> {
        let mut v = Vec::new();
        v.extend_from_slice(&tag.to_le_bytes());
        v.extend_from_slice(&17u32.to_le_bytes());
        v.extend_from_slice(&(data.len() as u64).to_le_bytes());
        v.extend_from_slice(data);
        while v.len() % 8 != 0 {
            v.push(0);
        }
        v
    }

    fn catalog(uuids: &[[u8; 16]]) -> Vec<u8> {
        let mut d = Vec::new();
        d.extend_from_slice(&((uuids.len() * 16) as u16).to_le_bytes());
        d.extend_from_slice(&[0u8; 22]);
        for u in uuids {
            d.extend_from_slice(u);
        }
        d.extend_from_slice(b"com.example\0cat\0");
        d
    }

    #[test]
    fn catalog_uuids_follow_the_header() {
        // The catalog of macos-unifiedlogs' own catalog test (its first 56
        // bytes): subsystem strings at 32, so two UUIDs.
        let data = [
            32, 0, 96, 0, 1, 0, 160, 0, 7, 0, 0, 0, 0, 0, 0, 0, 20, 165, 44, 35, 253, 233, 2, 0,
            43, 239, 210, 12, 24, 236, 56, 56, 129, 79, 43, 78, 90, 243, 188, 236, 61, 5, 132, 95,
            63, 101, 53, 143, 158, 191, 34, 54, 231, 114, 172, 1,
        ];
        assert_eq!(
            catalog_uuids(&data, 16).unwrap(),
            [
                "2BEFD20C18EC3838814F2B4E5AF3BCEC",
                "3D05845F3F65358F9EBF2236E772AC01"
            ]
        );
        let e = catalog_uuids(&data[..40], 16).unwrap_err();
        assert!(e.to_string().contains("catalog.uuid"), "{e}");
    }

    #[test]
    fn scan_skips_other_chunks_and_reports_damage() {
        let mut f = chunk(0x1000, &[0u8; 200]);
        f.extend(chunk(CATALOG_TAG, &catalog(&[[0xab; 16], [0x01; 16]])));
        f.extend(chunk(0x600d, &[7u8; 33]));
        f.extend(chunk(CATALOG_TAG, &catalog(&[[0xab; 16]])));
        let s = scan(&mut Cursor::new(&f), f.len() as u64);
        assert_eq!(s.error, None);
        assert_eq!((s.chunks, s.catalogs), (4, 2));
        assert_eq!(
            s.uuids.iter().cloned().collect::<Vec<_>>(),
            [
                "01010101010101010101010101010101",
                "ABABABABABABABABABABABABABABABAB"
            ]
        );
        // Cut inside the last chunk: the first three are still walked.
        let cut = &f[..f.len() - 8];
        let s = scan(&mut Cursor::new(cut), cut.len() as u64);
        assert_eq!((s.chunks, s.catalogs), (4, 1));
        assert!(s.error.unwrap().contains("past the end"));
    }
}
