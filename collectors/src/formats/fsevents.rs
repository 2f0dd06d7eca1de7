//! FSEvents store files: the per-volume journal of file system changes kept
//! by `fseventsd` in `<volume>/.fseventsd/`.
//!
//! Each store file (named by 16 hex digits, the last event ID it holds) is
//! a gzip stream, sometimes of several members, of **pages**. A page is a
//! 12-byte header followed by records up to the page's declared size:
//!
//! | offset | size | field                                                   |
//! |-------:|-----:|---------------------------------------------------------|
//! | 0      | 4    | signature: `1SLD`, `2SLD` or `3SLD` (the version)        |
//! | 4      | 4    | unknown (differs from page to page)                      |
//! | 8      | 4    | page size, header included (little-endian)               |
//!
//! A record is, little-endian throughout:
//!
//! | size | field                                 | versions |
//! |-----:|---------------------------------------|----------|
//! | n+1  | path, NUL-terminated (may be empty)    | 1, 2, 3  |
//! | 8    | event ID (a per-volume counter)        | 1, 2, 3  |
//! | 4    | flags (see [`flag_names`])             | 1, 2, 3  |
//! | 8    | node ID (the file's inode / file ID)   | 2, 3     |
//! | 4    | extra field (meaning unknown)          | 3        |
//!
//! Version 1 was written from Mac OS X 10.5 to 10.12, version 2 from 10.13,
//! version 3 by recent releases (artemis reads it; the release that
//! introduced it is not documented). Records hold no time: a consumer
//! takes the store file's modification time as an upper bound.
//!
//! Pages are a few hundred kilobytes each (real stores show 256 KiB pages),
//! while a store may hold millions of records, so [`StoreReader`] streams:
//! it inflates the file as it goes, keeps one page in memory at a time (up
//! to [`Limits::max_page`]) and stops inflating at [`Limits::max_inflated`]
//! (a gzip bomb costs bounded time, never memory). Page records are decoded
//! on a [`ByteReader`] by [`PageRecords`].
//!
//! A bad record ends its page, not the file: the next page is found from the
//! current page's declared size. A bad page header, a truncated or corrupt
//! gzip stream, or the inflate limit ends the file after every record before
//! it was returned.
//!
//! References: plaso `parsers/fseventsd.py` and `formatters` (the flag
//! names); artemis `artifacts/os/macos/fsevents/fsevent.rs` (version 3, the
//! extra flag names); mac_apt `plugins/fsevents.py` (several gzip members in
//! one file); Nicole Ibrahim, "Apple FSEvents forensics" (format notes).

use std::io::{self, BufRead, Read};

use thiserror::Error;

use super::bytes::{BinaryError, ByteReader};

/// Bytes of a page header.
pub const PAGE_HEADER_LEN: usize = 12;

/// Bounds of one store file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest declared page size accepted (bytes, header included).
    pub max_page: u32,
    /// The most bytes one file may inflate to before reading stops.
    pub max_inflated: u64,
}

impl Default for Limits {
    /// 16 MiB pages (real ones are about 256 KiB) and 1 GiB per file (real
    /// files inflate to a few megabytes).
    fn default() -> Self {
        Limits {
            max_page: 16 << 20,
            max_inflated: 1 << 30,
        }
    }
}

/// The format version of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    V1,
    V2,
    V3,
}

impl Version {
    /// The version a page signature names.
    pub fn from_signature(sig: &[u8]) -> Option<Version> {
        match sig {
            b"1SLD" => Some(Version::V1),
            b"2SLD" => Some(Version::V2),
            b"3SLD" => Some(Version::V3),
            _ => None,
        }
    }

    /// 1, 2 or 3.
    pub fn number(self) -> u8 {
        match self {
            Version::V1 => 1,
            Version::V2 => 2,
            Version::V3 => 3,
        }
    }

    /// Bytes after a record's path terminator.
    pub fn fixed_len(self) -> usize {
        match self {
            Version::V1 => 12,
            Version::V2 => 20,
            Version::V3 => 24,
        }
    }
}

/// Why a store file, a page or a record could not be read.
#[derive(Debug, Error)]
pub enum FseventsError {
    /// A record's fixed fields run past the end of its page.
    #[error(transparent)]
    Binary(#[from] BinaryError),
    /// The file starts with neither a gzip header nor a page signature.
    #[error("not an FSEvents store file: starts with {found}")]
    NotFsevents { found: String },
    /// A page header names no known version.
    #[error("page at offset {offset:#x}: unknown signature {found} (expected 1SLD, 2SLD or 3SLD)")]
    UnknownVersion { offset: u64, found: String },
    /// A page declares a size smaller than its own header.
    #[error("page at offset {offset:#x}: declared size {size} is smaller than the 12-byte header")]
    PageTooSmall { offset: u64, size: u32 },
    /// A page declares a size over [`Limits::max_page`].
    #[error("page at offset {offset:#x}: declared size {size} is over the {max}-byte limit; the rest of the file was not read")]
    PageTooLarge { offset: u64, size: u32, max: u32 },
    /// The data ends inside a page header or a page.
    #[error("page at offset {offset:#x}: {what} runs past the end of the data ({have} of {need} bytes present)")]
    Truncated {
        offset: u64,
        what: &'static str,
        need: u64,
        have: u64,
    },
    /// A record's path has no NUL before the page ends.
    #[error("record at offset {offset:#x}: the path has no terminating NUL before the page ends at {page_end:#x}")]
    Unterminated { offset: u64, page_end: u64 },
    /// The file inflates to more than [`Limits::max_inflated`] bytes.
    #[error("inflates to more than {max} bytes (a gzip bomb?); the rest was not read")]
    InflateLimit { max: u64 },
    /// The gzip stream is corrupt or ends early, or reading failed.
    #[error("decompression or read failed after {at} bytes of page data: {message}")]
    Read { at: u64, message: String },
}

/// Names of the record flag bits, as plaso names them (and artemis, which
/// also names the bits plaso leaves out: 0x800, 0x2000, 0x10000, 0x20000,
/// 0x40000).
const FLAG_NAMES: [(u32, &str); 26] = [
    (0x0000_0001, "Created"),
    (0x0000_0002, "Removed"),
    (0x0000_0004, "InodeMetadataModified"),
    (0x0000_0008, "Renamed"),
    (0x0000_0010, "Modified"),
    (0x0000_0020, "Exchange"),
    (0x0000_0040, "FinderInfoModified"),
    (0x0000_0080, "DirectoryCreated"),
    (0x0000_0100, "PermissionChanged"),
    (0x0000_0200, "ExtendedAttributeModified"),
    (0x0000_0400, "ExtendedAttributeRemoved"),
    (0x0000_0800, "DocumentCreated"),
    (0x0000_1000, "DocumentRevision"),
    (0x0000_2000, "UnmountPending"),
    (0x0000_4000, "ItemCloned"),
    (0x0001_0000, "NotificationClone"),
    (0x0002_0000, "ItemTruncated"),
    (0x0004_0000, "DirectoryEvent"),
    (0x0008_0000, "LastHardLinkRemoved"),
    (0x0010_0000, "IsHardLink"),
    (0x0040_0000, "IsSymbolicLink"),
    (0x0080_0000, "IsFile"),
    (0x0100_0000, "IsDirectory"),
    (0x0200_0000, "Mount"),
    (0x0400_0000, "Unmount"),
    (0x2000_0000, "EndOfTransaction"),
];

/// The names of the bits set in `flags`, lowest bit first; a bit without a
/// name appears as its hex value (`0x00008000`).
pub fn flag_names(flags: u32) -> Vec<String> {
    let mut out = Vec::new();
    for bit in 0..32 {
        let mask = 1u32 << bit;
        if flags & mask == 0 {
            continue;
        }
        match FLAG_NAMES.iter().find(|(m, _)| *m == mask) {
            Some((_, name)) => out.push((*name).to_string()),
            None => out.push(format!("{mask:#010x}")),
        }
    }
    out
}

/// One record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FsEvent<'a> {
    /// The path as stored (relative to the volume root, usually; bytes,
    /// not necessarily UTF-8; may be empty).
    pub path: &'a [u8],
    pub event_id: u64,
    pub flags: u32,
    /// Versions 2 and 3.
    pub node_id: Option<u64>,
    /// Version 3.
    pub extra: Option<u32>,
    /// Offset of the record in the inflated stream.
    pub offset: u64,
}

/// A page header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageHeader {
    pub version: Version,
    /// The second header field, kept as stored.
    pub unknown: u32,
    /// Declared page size, header included.
    pub size: u32,
}

impl PageHeader {
    /// Parse a page header at `offset` (for error messages) from its 12
    /// bytes.
    pub fn parse(data: &[u8], offset: u64) -> Result<PageHeader, FseventsError> {
        let mut r = ByteReader::with_base(data, offset);
        let sig = r.array::<4>("page.signature")?;
        let version =
            Version::from_signature(&sig).ok_or_else(|| FseventsError::UnknownVersion {
                offset,
                found: show_bytes(&sig),
            })?;
        let unknown = r.u32_le("page.unknown")?;
        let size = r.u32_le("page.size")?;
        if (size as usize) < PAGE_HEADER_LEN {
            return Err(FseventsError::PageTooSmall { offset, size });
        }
        Ok(PageHeader {
            version,
            unknown,
            size,
        })
    }
}

/// A few bytes for a message: printable ASCII as is, the rest as `\xNN`.
fn show_bytes(b: &[u8]) -> String {
    let mut s = String::from("\"");
    for &c in b {
        if c.is_ascii_graphic() || c == b' ' {
            s.push(char::from(c));
        } else {
            s.push_str(&format!("\\x{c:02x}"));
        }
    }
    s.push('"');
    s
}

/// The records of one page body (the bytes after the header).
#[derive(Debug, Clone)]
pub struct PageRecords<'a> {
    r: ByteReader<'a>,
    version: Version,
    done: bool,
}

impl<'a> PageRecords<'a> {
    /// Records of a page body of `version` whose first byte is at offset
    /// `base` in the inflated stream.
    pub fn new(body: &'a [u8], version: Version, base: u64) -> Self {
        PageRecords {
            r: ByteReader::with_base(body, base),
            version,
            done: false,
        }
    }

    fn next_record(&mut self) -> Result<FsEvent<'a>, FseventsError> {
        let offset = self.r.offset();
        let rest = self.r.buffer().get(self.r.position()..).unwrap_or_default();
        let Some(nul) = rest.iter().position(|&b| b == 0) else {
            return Err(FseventsError::Unterminated {
                offset,
                page_end: offset.saturating_add(rest.len() as u64),
            });
        };
        let path = self.r.take("record.path", nul)?;
        self.r.skip("record.path terminator", 1)?;
        let event_id = self.r.u64_le("record.event_id")?;
        let flags = self.r.u32_le("record.flags")?;
        let node_id = match self.version {
            Version::V1 => None,
            Version::V2 | Version::V3 => Some(self.r.u64_le("record.node_id")?),
        };
        let extra = match self.version {
            Version::V3 => Some(self.r.u32_le("record.extra")?),
            _ => None,
        };
        Ok(FsEvent {
            path,
            event_id,
            flags,
            node_id,
            extra,
            offset,
        })
    }
}

impl<'a> Iterator for PageRecords<'a> {
    type Item = Result<FsEvent<'a>, FseventsError>;

    /// The next record; after an error, `None`.
    fn next(&mut self) -> Option<Self::Item> {
        if self.done || self.r.remaining() == 0 {
            return None;
        }
        let item = self.next_record();
        if item.is_err() {
            self.done = true;
        }
        Some(item)
    }
}

/// One page as read by [`StoreReader`].
#[derive(Debug)]
pub struct Page<'a> {
    /// Its position in the file, from 0.
    pub index: u64,
    /// Offset of its header in the inflated stream.
    pub offset: u64,
    pub header: PageHeader,
    /// Its body; shorter than declared when the data ended inside it (the
    /// reader then reports why next).
    pub body: &'a [u8],
    /// False when the data ended inside the page: its last record is
    /// likely cut, and the reader's next item is the error that says so.
    pub complete: bool,
}

impl<'a> Page<'a> {
    /// Its records.
    pub fn records(&self) -> PageRecords<'a> {
        PageRecords::new(
            self.body,
            self.header.version,
            self.offset.saturating_add(PAGE_HEADER_LEN as u64),
        )
    }
}

/// Counts inflated bytes and refuses to go past a limit.
struct Capped<R> {
    inner: R,
    read: u64,
    max: u64,
    over: bool,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.read >= self.max {
            // Is there more? One byte tells.
            let mut probe = [0u8; 1];
            let n = self.inner.read(&mut probe)?;
            if n > 0 {
                self.over = true;
                return Err(io::Error::other("inflate limit"));
            }
            return Ok(0);
        }
        let room = usize::try_from(self.max - self.read).unwrap_or(usize::MAX);
        let want = buf.len().min(room);
        let Some(slot) = buf.get_mut(..want) else {
            return Ok(0);
        };
        let n = self.inner.read(slot)?;
        self.read = self.read.saturating_add(n as u64);
        Ok(n)
    }
}

/// Streams the pages of one store file, inflating as it goes.
pub struct StoreReader<'r> {
    input: Capped<Box<dyn Read + 'r>>,
    limits: Limits,
    /// Whether the file is gzip-compressed.
    compressed: bool,
    buf: Vec<u8>,
    /// Offset of the next page in the inflated stream.
    pos: u64,
    index: u64,
    /// An error to report on the next call, then stop.
    pending: Option<FseventsError>,
    done: bool,
}

impl<'r> StoreReader<'r> {
    /// A reader of a store file: gzip-compressed (one or more members), or
    /// the bare pages (as carved or already inflated).
    pub fn new<R: BufRead + 'r>(mut input: R, limits: Limits) -> Result<Self, FseventsError> {
        let head = input.fill_buf().map_err(|e| FseventsError::Read {
            at: 0,
            message: e.to_string(),
        })?;
        let compressed = head.starts_with(&[0x1f, 0x8b]);
        if head.is_empty() {
            return Err(FseventsError::NotFsevents {
                found: "nothing (an empty file)".into(),
            });
        }
        let is_page = head.get(..4).and_then(Version::from_signature).is_some();
        if !compressed && !is_page {
            return Err(FseventsError::NotFsevents {
                found: show_bytes(head.get(..head.len().min(8)).unwrap_or_default()),
            });
        }
        let inner: Box<dyn Read + 'r> = if compressed {
            Box::new(flate2::bufread::MultiGzDecoder::new(input))
        } else {
            Box::new(input)
        };
        Ok(StoreReader {
            input: Capped {
                inner,
                read: 0,
                max: limits.max_inflated,
                over: false,
            },
            limits,
            compressed,
            buf: Vec::new(),
            pos: 0,
            index: 0,
            pending: None,
            done: false,
        })
    }

    /// True when the file was gzip-compressed.
    pub fn compressed(&self) -> bool {
        self.compressed
    }

    /// Bytes of page data read so far (inflated).
    pub fn inflated(&self) -> u64 {
        self.input.read
    }

    /// Read up to `n` bytes into `self.buf` (replacing it). Returns the
    /// error that stopped it short, if any.
    fn fill(&mut self, n: usize) -> Option<FseventsError> {
        self.buf.clear();
        let mut chunk = [0u8; 64 * 1024];
        while self.buf.len() < n {
            let want = (n - self.buf.len()).min(chunk.len());
            let Some(slot) = chunk.get_mut(..want) else {
                break;
            };
            match self.input.read(slot) {
                Ok(0) => break,
                Ok(got) => self
                    .buf
                    .extend_from_slice(slot.get(..got).unwrap_or_default()),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    if self.input.over {
                        return Some(FseventsError::InflateLimit {
                            max: self.limits.max_inflated,
                        });
                    }
                    return Some(FseventsError::Read {
                        at: self.input.read,
                        message: e.to_string(),
                    });
                }
            }
        }
        None
    }

    /// The next page, or `None` at the end of the file (or after an error
    /// was returned).
    pub fn next_page(&mut self) -> Option<Result<Page<'_>, FseventsError>> {
        if self.done {
            return None;
        }
        if let Some(e) = self.pending.take() {
            self.done = true;
            return Some(Err(e));
        }
        let offset = self.pos;
        if let Some(e) = self.fill(PAGE_HEADER_LEN) {
            self.done = true;
            return Some(Err(e));
        }
        if self.buf.is_empty() {
            self.done = true;
            return None;
        }
        if self.buf.len() < PAGE_HEADER_LEN {
            self.done = true;
            return Some(Err(FseventsError::Truncated {
                offset,
                what: "the page header",
                need: PAGE_HEADER_LEN as u64,
                have: self.buf.len() as u64,
            }));
        }
        let header = match PageHeader::parse(&self.buf, offset) {
            Ok(h) => h,
            Err(e) => {
                self.done = true;
                return Some(Err(e));
            }
        };
        if header.size > self.limits.max_page {
            self.done = true;
            return Some(Err(FseventsError::PageTooLarge {
                offset,
                size: header.size,
                max: self.limits.max_page,
            }));
        }
        let body_len = (header.size as usize).saturating_sub(PAGE_HEADER_LEN);
        if let Some(e) = self.fill(body_len) {
            self.pending = Some(e);
        } else if self.buf.len() < body_len {
            self.pending = Some(FseventsError::Truncated {
                offset,
                what: "the page",
                need: u64::from(header.size),
                have: (self.buf.len() + PAGE_HEADER_LEN) as u64,
            });
        }
        let complete = self.pending.is_none();
        self.pos = offset.saturating_add(u64::from(header.size));
        let index = self.index;
        self.index += 1;
        Some(Ok(Page {
            index,
            offset,
            header,
            body: &self.buf,
            complete,
        }))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::{BufReader, Cursor};

    use crate::testdata::fsevents::{gzip, page, Rec};

    /// Every record and error of a file: (records as (path, id, flags,
    /// node, extra, page index), errors as strings).
    type Outcome = (
        Vec<(String, u64, u32, Option<u64>, Option<u32>, u64)>,
        Vec<String>,
    );

    fn read_all(data: &[u8], limits: Limits) -> Outcome {
        let mut recs = Vec::new();
        let mut errs = Vec::new();
        let mut r = match StoreReader::new(BufReader::new(Cursor::new(data)), limits) {
            Ok(r) => r,
            Err(e) => return (recs, vec![e.to_string()]),
        };
        while let Some(page) = r.next_page() {
            match page {
                Ok(p) => {
                    for rec in p.records() {
                        match rec {
                            Ok(e) => recs.push((
                                String::from_utf8_lossy(e.path).into_owned(),
                                e.event_id,
                                e.flags,
                                e.node_id,
                                e.extra,
                                p.index,
                            )),
                            Err(e) => errs.push(e.to_string()),
                        }
                    }
                }
                Err(e) => errs.push(e.to_string()),
            }
        }
        (recs, errs)
    }

    #[test]
    fn versions_1_2_3_in_one_gzip_file() {
        let mut data = page(1, &[(b"a/b", 10, 0x0080_0001, 0, 0)]);
        data.extend(page(
            2,
            &[(b"", 11, 0x0200_0000, 0, 0), (b"c", 12, 0x0100_0008, 99, 0)],
        ));
        // The record artemis's version-3 test page holds (values, not bytes).
        data.extend(page(
            3,
            &[(
                b".DocumentRevisions-V100/.cs",
                607,
                0x0100_0000,
                0x11_79ea_0100,
                0,
            )],
        ));
        let (recs, errs) = read_all(&gzip(&data), Limits::default());
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(
            recs,
            vec![
                ("a/b".into(), 10, 0x0080_0001, None, None, 0),
                ("".into(), 11, 0x0200_0000, Some(0), None, 1),
                ("c".into(), 12, 0x0100_0008, Some(99), None, 1),
                (
                    ".DocumentRevisions-V100/.cs".into(),
                    607,
                    0x0100_0000,
                    Some(0x11_79ea_0100),
                    Some(0),
                    2
                ),
            ]
        );
        // The same pages uncompressed, and in two gzip members.
        assert_eq!(read_all(&data, Limits::default()).0, recs);
        let cut = page(1, &[(b"a/b", 10, 0x0080_0001, 0, 0)]).len();
        let mut two = gzip(&data[..cut]);
        two.extend(gzip(&data[cut..]));
        assert_eq!(read_all(&two, Limits::default()).0, recs);
    }

    #[test]
    fn flag_names_follow_plaso_and_name_unknown_bits_in_hex() {
        assert_eq!(
            flag_names(0x0700_0002),
            vec!["Removed", "IsDirectory", "Mount", "Unmount"]
        );
        assert_eq!(
            flag_names(0x0100_0080),
            vec!["DirectoryCreated", "IsDirectory"]
        );
        assert_eq!(flag_names(0x8000_8000), vec!["0x00008000", "0x80000000"]);
        assert!(flag_names(0).is_empty());
    }

    #[test]
    fn a_bad_record_ends_its_page_not_the_file() {
        // Page 0: one good record, then a path without its NUL.
        let mut p0 = page(2, &[(b"good", 1, 1, 1, 0)]);
        p0.extend_from_slice(b"no-terminator");
        let len = p0.len() as u32;
        p0[8..12].copy_from_slice(&len.to_le_bytes());
        // Page 1: a record whose fixed fields are cut by the page end.
        let mut p1 = page(2, &[(b"x", 2, 2, 2, 0)]);
        p1.truncate(p1.len() - 3);
        let len = p1.len() as u32;
        p1[8..12].copy_from_slice(&len.to_le_bytes());
        let p2 = page(2, &[(b"after", 3, 3, 3, 0)]);
        let data = [p0, p1, p2].concat();
        let (recs, errs) = read_all(&gzip(&data), Limits::default());
        let paths: Vec<&str> = recs.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(paths, vec!["good", "after"]);
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert!(errs[0].contains("no terminating NUL"), "{}", errs[0]);
        assert!(errs[1].contains("record.node_id"), "{}", errs[1]);
    }

    #[test]
    fn bad_headers_and_short_data_are_errors_after_the_good_records() {
        let good = page(1, &[(b"a", 1, 1, 0, 0)]);
        // Unknown version.
        let data = [good.clone(), b"4SLD\0\0\0\0\x0c\0\0\0".to_vec()].concat();
        let (recs, errs) = read_all(&data, Limits::default());
        assert_eq!(recs.len(), 1);
        assert_eq!(
            errs,
            vec!["page at offset 0x1a: unknown signature \"4SLD\" (expected 1SLD, 2SLD or 3SLD)"]
        );
        // A page longer than the data: the records present are read.
        let mut long = page(2, &[(b"a", 1, 1, 1, 0), (b"b", 2, 2, 2, 0)]);
        long[8..12].copy_from_slice(&1000u32.to_le_bytes());
        let (recs, errs) = read_all(&gzip(&long), Limits::default());
        assert_eq!(recs.len(), 2);
        assert_eq!(errs.len(), 1);
        assert!(errs[0].contains("the page runs past the end"), "{errs:?}");
        // A short header, a page smaller than its header, an oversized page.
        let (_, errs) = read_all(
            &[good.clone(), b"1SLD".to_vec()].concat(),
            Limits::default(),
        );
        assert!(errs[0].contains("the page header runs past"), "{errs:?}");
        let (_, errs) = read_all(b"2SLD\0\0\0\0\x05\0\0\0", Limits::default());
        assert!(
            errs[0].contains("smaller than the 12-byte header"),
            "{errs:?}"
        );
        let small = Limits {
            max_page: 64,
            ..Limits::default()
        };
        let (_, errs) = read_all(&long, small);
        assert!(errs[0].contains("over the 64-byte limit"), "{errs:?}");
        // Not a store at all.
        let (_, errs) = read_all(b"<?xml version", Limits::default());
        assert_eq!(
            errs,
            vec!["not an FSEvents store file: starts with \"<?xml ve\""]
        );
        let (_, errs) = read_all(b"", Limits::default());
        assert_eq!(
            errs,
            vec!["not an FSEvents store file: starts with nothing (an empty file)"]
        );
    }

    #[test]
    fn truncated_gzip_and_bombs_stop_with_an_error() {
        let recs: Vec<Rec<'_>> = (0..2000)
            .map(|i| (&b"some/path/name"[..], i, 1, i, 0))
            .collect();
        let data = page(2, &recs);
        let gz = gzip(&data);
        let (got, errs) = read_all(&gz[..gz.len() / 2], Limits::default());
        assert!(got.len() < 2000);
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(
            errs[0].starts_with("decompression or read failed"),
            "{errs:?}"
        );
        // A bomb: 16 MiB of identical pages in a small gzip, under a 1 MiB
        // cap: the records before the cap are read, then an error.
        let one = page(1, &vec![(&b""[..], 1, 1, 0, 0); 1000]);
        let pages = (16 << 20) / one.len();
        let bomb = gzip(&one.repeat(pages));
        assert!(bomb.len() < 1 << 20);
        let cap = Limits {
            max_page: 16 << 20,
            max_inflated: 1 << 20,
        };
        let (got, errs) = read_all(&bomb, cap);
        assert!(got.len() > 1000 && got.len() < pages * 1000 / 10);
        assert_eq!(
            errs.last().unwrap(),
            "inflates to more than 1048576 bytes (a gzip bomb?); the rest was not read"
        );
        // A corrupt checksum at the end: everything is read, then an error.
        let mut bad = gzip(&page(1, &[(b"a", 1, 1, 0, 0)]));
        let n = bad.len();
        bad[n - 8] ^= 0xff;
        let (got, errs) = read_all(&bad, Limits::default());
        assert_eq!(got.len(), 1);
        assert_eq!(errs.len(), 1, "{errs:?}");
    }

    fn realdata(name: &str) -> Option<Vec<u8>> {
        Some(crate::testdata::read(&format!("fsevents/{name}")))
    }

    /// plaso's version-1 sample: 12 records; record 3 is event 47747061,
    /// flags 0x01000080, `.Spotlight-V100/Store-V1`.
    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn realdata_plaso_v1() {
        let Some(data) = realdata("plaso_fsevents-0000000002d89b58") else {
            return;
        };
        let (recs, errs) = read_all(&data, Limits::default());
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(recs.len(), 12);
        assert_eq!(recs[3].0, ".Spotlight-V100/Store-V1");
        assert_eq!(recs[3].1, 47747061);
        assert_eq!(recs[3].2, 0x0100_0080);
        assert_eq!(recs[3].3, None);
        assert_eq!(
            flag_names(recs[3].2),
            vec!["DirectoryCreated", "IsDirectory"]
        );
    }

    /// plaso's version-2 sample: 6 records; record 2 is event 1706838,
    /// flags 0x01000008 (plaso prints "Renamed"), `Hi, Sierra`.
    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn realdata_plaso_v2() {
        let Some(data) = realdata("plaso_fsevents-00000000001a0b79") else {
            return;
        };
        let (recs, errs) = read_all(&data, Limits::default());
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(recs.len(), 6);
        assert_eq!(recs[2].0, "Hi, Sierra");
        assert_eq!(recs[2].1, 1706838);
        assert_eq!(recs[2].2, 0x0100_0008);
        assert!(flag_names(recs[2].2).contains(&"Renamed".to_string()));
    }

    /// artemis: DLS1 holds 2 records, the first `.fseventsd/sl-compat`
    /// (artemis prints it with a leading `/`), event 163194, IsDirectory;
    /// DLS2 27d79 holds 736, the first `/Volumes/Preboot`, event 163140,
    /// node 0, Removed, IsDirectory, Mount, Unmount; its uncompressed copy
    /// reads the same with nothing left over; the 12-byte header is a
    /// `2SLD` page of 78970 bytes; the malformed file is an error.
    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn realdata_artemis() {
        let Some(v1) = realdata("artemis_DLS1_0000000000027d7a") else {
            return;
        };
        let (recs, errs) = read_all(&v1, Limits::default());
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0].0, ".fseventsd/sl-compat");
        assert_eq!(recs[0].1, 163194);
        assert_eq!(flag_names(recs[0].2), vec!["IsDirectory"]);

        let v2 = realdata("artemis_DLS2_0000000000027d79").unwrap();
        let (recs, errs) = read_all(&v2, Limits::default());
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(recs.len(), 736);
        assert_eq!(recs[0].0, "/Volumes/Preboot");
        assert_eq!(recs[0].1, 163140);
        assert_eq!(recs[0].3, Some(0));
        assert_eq!(
            flag_names(recs[0].2),
            vec!["Removed", "IsDirectory", "Mount", "Unmount"]
        );
        let raw = realdata("artemis_Uncompressed_0000000000027d79").unwrap();
        let (raw_recs, errs) = read_all(&raw, Limits::default());
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(raw_recs, recs);

        let h = realdata("artemis_Headers_dls2header").unwrap();
        let header = PageHeader::parse(&h, 0).unwrap();
        assert_eq!(header.version, Version::V2);
        assert_eq!(header.size, 78970);

        let bad = realdata("artemis_Malformed_malformed").unwrap();
        let (_, errs) = read_all(&bad, Limits::default());
        assert!(!errs.is_empty());

        // No upstream count for these two; each reads to its end.
        for f in ["artemis_DLS2_000000000002469c", "osquery_000000000002e1a0"] {
            let (recs, errs) = read_all(&realdata(f).unwrap(), Limits::default());
            assert!(errs.is_empty(), "{f}: {errs:?}");
            assert!(!recs.is_empty(), "{f}");
        }
    }
}
