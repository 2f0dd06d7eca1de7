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
//! A chunk set (tag `0x600d`) holds the entries, compressed: `bv41` (LZ4)
//! then the uncompressed size (u32) and the compressed size (u32); `bv4-`
//! (stored) then the size (u32); or LZBITMAP (`ZBM` and a flag byte, then
//! chunks of a compressed size (u24) and a decompressed size (u24) each,
//! ended by a decompressed size of 0). The walk records the largest size a
//! chunk set declares it decompresses to: a decoder that trusts it
//! allocates that much up front (LZ4), or grows to it.
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
/// Catalog chunks a file is walked up to. A logd file (about 10 MB) holds
/// a few hundred; past this the walk stops with [`Scan::too_many_catalogs`]
/// set, so that a crafted file of minimal catalogs (56 bytes each) cannot
/// grow [`Scan::catalog_offsets`] with its size.
pub const MAX_CATALOGS: usize = 1 << 16;
/// Offset of the UUID array in a catalog chunk's data.
const UUIDS_AT: usize = 24;
/// Chunk tag of a chunk set.
pub const CHUNKSET_TAG: u32 = 0x600d;
/// `bv41`: an LZ4 block follows.
pub const BV41: u32 = u32::from_le_bytes(*b"bv41");
/// `bv4-`: stored, not compressed.
pub const BV4_STORED: u32 = u32::from_le_bytes(*b"bv4-");
/// The LZBITMAP signatures a chunk set may start with (`ZBM` and a flag
/// byte), as the `macos-unifiedlogs` crate accepts them.
pub const LZBITMAP: [u32; 4] = [206389850, 156058202, 223167066, 139280986];
/// An LZBITMAP chunk set whose stored data is larger than this is not
/// walked (real ones are under 64 KiB): its stored size stands for its
/// decompressed size, which a decoder reaches at least.
pub const MAX_LZBITMAP_WALK: u64 = 4 << 20;

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

/// An image UUID as a catalog stores it: 16 bytes, kept as bytes (a store
/// of a few hundred files references each of a few thousand UUIDs many
/// times over) and written as upper-case hex only where a file is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Uuid(pub [u8; 16]);

impl Uuid {
    /// Upper-case hex, as uuidtext and dsc files are named.
    pub fn hex(&self) -> String {
        hex::encode_upper(self.0)
    }
}

impl std::fmt::Display for Uuid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.hex())
    }
}

/// The UUIDs that one catalog chunk's data references.
pub fn catalog_uuids(data: &[u8], base: u64) -> Result<Vec<Uuid>, BinaryError> {
    let mut r = ByteReader::with_base(data, base);
    let strings_at = r.u16_le("catalog.subsystem_strings_offset")?;
    r.seek("catalog.uuids", UUIDS_AT as u64)?;
    let n = usize::from(strings_at) / 16;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        out.push(Uuid(r.array("catalog.uuid")?));
    }
    Ok(out)
}

/// What a walk over a file's chunks found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Scan {
    /// Every UUID the catalogs reference.
    pub uuids: BTreeSet<Uuid>,
    /// Chunks walked.
    pub chunks: u64,
    /// Catalog chunks read.
    pub catalogs: u64,
    /// The offset of every catalog chunk met (read or not), in order: a
    /// decoder can take the file one catalog at a time.
    pub catalog_offsets: Vec<u64>,
    /// True when the walk stopped at [`MAX_CATALOGS`] catalogs.
    pub too_many_catalogs: bool,
    /// The largest decompressed size a chunk set declares, with the file
    /// offset of its chunk: `(offset, size)`.
    pub max_decompressed: Option<(u64, u64)>,
    /// The largest sum of the decompressed sizes the chunk sets after one
    /// catalog declare (a decoder holds them together), with the offset
    /// of that catalog (0 for chunk sets before any): `(offset, size)`.
    pub max_catalog_decompressed: Option<(u64, u64)>,
    /// True when the walk was stopped from outside (the run's time limit
    /// or a signal) before the end of the file.
    pub stopped: bool,
    /// Why the walk stopped early, if it did.
    pub error: Option<String>,
}

impl Scan {
    /// A chunk set at `offset` declaring `size`, after the catalog at
    /// `catalog` whose chunk sets declared `sum` before it.
    fn declared(&mut self, offset: u64, size: u64, catalog: u64, sum: &mut u64) {
        if self.max_decompressed.is_none_or(|(_, s)| size > s) {
            self.max_decompressed = Some((offset, size));
        }
        *sum = sum.saturating_add(size);
        if self.max_catalog_decompressed.is_none_or(|(_, s)| *sum > s) {
            self.max_catalog_decompressed = Some((catalog, *sum));
        }
    }
}

/// The size an LZBITMAP stream (from its `ZBM` signature on) declares it
/// decompresses to: the sum of its chunks' decompressed sizes, read the
/// way the `macos-unifiedlogs` crate reads them (a chunk stored as is
/// takes its header and its data; a compressed one its compressed size,
/// header included). Stops at the end marker or at the first chunk the
/// crate would refuse.
pub fn lzbitmap_declared(data: &[u8]) -> u64 {
    let mut total = 0u64;
    let mut at = 4usize;
    loop {
        let Some(&[c0, c1, c2, d0, d1, d2]) = data.get(at..at.saturating_add(6)) else {
            return total;
        };
        let compressed = u64::from(u32::from_le_bytes([c0, c1, c2, 0]));
        let decompressed = u64::from(u32::from_le_bytes([d0, d1, d2, 0]));
        if compressed > decompressed + 6 || decompressed == 0 || decompressed > 0x8000 {
            return total;
        }
        // A compressed chunk holds at least its offsets and bitmap.
        if compressed != decompressed + 6 && compressed < 17 {
            return total;
        }
        total += decompressed;
        at = at.saturating_add(usize::try_from(compressed).unwrap_or(usize::MAX));
    }
}

/// Walk the chunks of a tracev3 file of `len` bytes, reading only the
/// preambles, the catalog chunks and the chunk sets' size headers (the
/// rest is skipped by seeking).
pub fn scan<R: Read + Seek>(r: &mut R, len: u64) -> Scan {
    scan_until(r, len, &|| false)
}

/// [`scan`], asking `stop` before each chunk: when it answers true, the
/// walk ends there with [`Scan::stopped`] set.
pub fn scan_until<R: Read + Seek>(r: &mut R, len: u64, stop: &dyn Fn() -> bool) -> Scan {
    let mut s = Scan::default();
    let mut offset = 0u64;
    let mut head = [0u8; PREAMBLE_LEN as usize];
    // The catalog the chunk sets belong to, and what they declared so far.
    let (mut catalog, mut sum) = (0u64, 0u64);
    while offset.saturating_add(PREAMBLE_LEN) <= len {
        if stop() {
            s.stopped = true;
            return s;
        }
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
            if s.catalog_offsets.len() >= MAX_CATALOGS {
                s.too_many_catalogs = true;
                return s;
            }
            (catalog, sum) = (offset, 0);
            s.catalog_offsets.push(offset);
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
        } else if p.tag == CHUNKSET_TAG {
            match chunkset_size(r, &p) {
                Ok(Some(size)) => s.declared(offset, size, catalog, &mut sum),
                Ok(None) => {}
                Err(e) => {
                    s.error = Some(format!("chunk set at offset {offset:#x}: {e}"));
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

/// The decompressed size a chunk set declares (the reader is at its
/// data); `None` for an unknown compression.
fn chunkset_size<R: Read>(r: &mut R, p: &Preamble) -> std::io::Result<Option<u64>> {
    let mut head = [0u8; 8];
    if p.data_size < 8 {
        return Ok(None);
    }
    r.read_exact(&mut head)?;
    let [a, b, c, d, e, f, g, h] = head;
    let sig = u32::from_le_bytes([a, b, c, d]);
    let size = u32::from_le_bytes([e, f, g, h]);
    if sig == BV41 || sig == BV4_STORED {
        return Ok(Some(u64::from(size)));
    }
    if LZBITMAP.contains(&sig) {
        if p.data_size > MAX_LZBITMAP_WALK {
            return Ok(Some(p.data_size));
        }
        let mut rest = vec![0u8; usize::try_from(p.data_size - 8).unwrap_or(0)];
        r.read_exact(&mut rest)?;
        let mut data = head.to_vec();
        data.extend(rest);
        return Ok(Some(lzbitmap_declared(&data)));
    }
    Ok(None)
}

#[cfg(test)]
pub(crate) mod tests {
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
            catalog_uuids(&data, 16)
                .unwrap()
                .iter()
                .map(Uuid::hex)
                .collect::<Vec<_>>(),
            [
                "2BEFD20C18EC3838814F2B4E5AF3BCEC",
                "3D05845F3F65358F9EBF2236E772AC01"
            ]
        );
        let e = catalog_uuids(&data[..40], 16).unwrap_err();
        assert!(e.to_string().contains("catalog.uuid"), "{e}");
    }

    #[test]
    fn the_walk_stops_at_the_catalog_cap() {
        let one = chunk(CATALOG_TAG, &catalog(&[]));
        let file = |n: usize| one.repeat(n);
        let f = file(MAX_CATALOGS);
        let s = scan(&mut Cursor::new(&f), f.len() as u64);
        assert!(!s.too_many_catalogs);
        assert_eq!(s.catalog_offsets.len(), MAX_CATALOGS);
        assert_eq!(s.error, None);
        let f = file(MAX_CATALOGS + 1);
        let s = scan(&mut Cursor::new(&f), f.len() as u64);
        assert!(s.too_many_catalogs);
        assert_eq!(s.catalog_offsets.len(), MAX_CATALOGS);
        assert_eq!(s.chunks, MAX_CATALOGS as u64 + 1);
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
            s.uuids.iter().map(Uuid::hex).collect::<Vec<_>>(),
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

    /// A `bv41` chunk set's data: signature, sizes, then `compressed`
    /// bytes (not a valid LZ4 block: only the header is read).
    fn bv41(uncompressed: u32, compressed: u32) -> Vec<u8> {
        let mut d = b"bv41".to_vec();
        d.extend_from_slice(&uncompressed.to_le_bytes());
        d.extend_from_slice(&compressed.to_le_bytes());
        d.extend(vec![0u8; compressed as usize]);
        d.extend_from_slice(b"bv4$");
        d
    }

    #[test]
    fn scan_records_the_largest_declared_chunkset() {
        let mut f = chunk(0x1000, &[0u8; 40]);
        f.extend(chunk(CATALOG_TAG, &catalog(&[[1; 16]])));
        f.extend(chunk(CHUNKSET_TAG, &bv41(65_408, 30)));
        let big_at = f.len() as u64;
        // 4 GiB - 1 declared for 30 bytes of data.
        f.extend(chunk(CHUNKSET_TAG, &bv41(u32::MAX, 30)));
        let mut stored = b"bv4-".to_vec();
        stored.extend_from_slice(&5u32.to_le_bytes());
        stored.extend_from_slice(b"hello");
        f.extend(chunk(CHUNKSET_TAG, &stored));
        let s = scan(&mut Cursor::new(&f), f.len() as u64);
        assert_eq!(s.error, None);
        assert_eq!(s.chunks, 5);
        assert_eq!(s.max_decompressed, Some((big_at, u64::from(u32::MAX))));
        assert_eq!(
            s.max_catalog_decompressed,
            Some((56, u64::from(u32::MAX) + 65_408 + 5))
        );
        // Without the big one: the largest is the real-sized one.
        let mut g = chunk(CHUNKSET_TAG, &bv41(65_408, 30));
        g.extend(chunk(CHUNKSET_TAG, &stored));
        let s = scan(&mut Cursor::new(&g), g.len() as u64);
        assert_eq!(s.max_decompressed, Some((0, 65_408)));
        assert_eq!(s.max_catalog_decompressed, Some((0, 65_408 + 5)));
        // Each catalog starts its own sum.
        let mut k = chunk(CATALOG_TAG, &catalog(&[[1; 16]]));
        k.extend(chunk(CHUNKSET_TAG, &bv41(1000, 8)));
        k.extend(chunk(CHUNKSET_TAG, &bv41(1000, 8)));
        let second = k.len() as u64;
        k.extend(chunk(CATALOG_TAG, &catalog(&[[1; 16]])));
        for _ in 0..3 {
            k.extend(chunk(CHUNKSET_TAG, &bv41(1000, 8)));
        }
        let s = scan(&mut Cursor::new(&k), k.len() as u64);
        assert_eq!(s.max_catalog_decompressed, Some((second, 3000)));
        assert_eq!(s.max_decompressed.map(|m| m.1), Some(1000));
        // No chunk set: nothing declared.
        let h = chunk(CATALOG_TAG, &catalog(&[[1; 16]]));
        assert_eq!(
            scan(&mut Cursor::new(&h), h.len() as u64).max_decompressed,
            None
        );
    }

    #[test]
    fn lzbitmap_chunks_are_summed_as_the_crate_reads_them() {
        let mut d = b"ZBM\x0c".to_vec();
        assert!(LZBITMAP.contains(&u32::from_le_bytes(*b"ZBM\x0c")));
        let u24 = |v: u32| v.to_le_bytes()[..3].to_vec();
        // A stored chunk of 10 bytes: header (16, 10), then the data.
        d.extend(u24(16));
        d.extend(u24(10));
        d.extend([7u8; 10]);
        // A compressed chunk declaring 0x8000 bytes, 40 bytes long in all.
        d.extend(u24(40));
        d.extend(u24(0x8000));
        d.extend([0u8; 34]);
        // The end.
        d.extend(u24(6));
        d.extend(u24(0));
        assert_eq!(lzbitmap_declared(&d), 10 + 0x8000);
        // A chunk over the crate's 0x8000 ends the walk.
        let mut e = d[..20].to_vec();
        e.extend(u24(40));
        e.extend(u24(0x8001));
        assert_eq!(lzbitmap_declared(&e), 10);
        let f = chunk(CHUNKSET_TAG, &d);
        let s = scan(&mut Cursor::new(&f), f.len() as u64);
        assert_eq!(s.max_decompressed, Some((0, 10 + 0x8000)));
        assert_eq!(s.error, None);
    }

    #[test]
    fn scan_until_stops_between_chunks() {
        let mut f = Vec::new();
        for _ in 0..10 {
            f.extend(chunk(CATALOG_TAG, &catalog(&[[2; 16]])));
        }
        let asked = std::cell::Cell::new(0);
        let stop = || {
            asked.set(asked.get() + 1);
            asked.get() > 3
        };
        let s = scan_until(&mut Cursor::new(&f), f.len() as u64, &stop);
        assert!(s.stopped);
        assert_eq!((s.chunks, s.catalogs), (3, 3));
        let s = scan(&mut Cursor::new(&f), f.len() as u64);
        assert!(!s.stopped);
        assert_eq!(s.chunks, 10);
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn realdata_chunksets_declare_under_64_kib() {
        // Read with a separate walk of the file (Python, struct): 47 bv41
        // chunk sets in the iOS file, the largest declaring 65,408 bytes;
        // one of 544 in the macOS 10.14 file.
        for (f, n) in [
            ("0000000000000f85.tracev3", 65_408),
            ("0000000000000030.tracev3", 544),
        ] {
            let data =
                crate::testdata::realdata::read(&format!("unifiedlogs/dtformats_partial/{f}"));
            let s = scan(&mut Cursor::new(&data), data.len() as u64);
            assert_eq!(s.error, None, "{f}");
            assert_eq!(s.max_decompressed.map(|(_, s)| s), Some(n), "{f}");
        }
    }
}
