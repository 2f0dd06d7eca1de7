//! macOS bookmark data ("book" format).
//!
//! Bookmark data is what `CFURLCreateBookmarkData` / `-[NSURL
//! bookmarkDataWithOptions:...]` produce: a serialized reference to a file
//! that survives moves and renames. It replaced Carbon alias records in Mac OS
//! X 10.6 and is found embedded in many artifacts, for example:
//!
//! * `~/Library/Application Support/com.apple.sharedfilelist/*.sfl2|.sfl3|.sfl4`
//!   (recent items, favourites, login items; 10.11+),
//! * `backgrounditems.btm` and `BackgroundItems-v*.btm` (login items, 10.13+),
//! * Safari `Downloads.plist` (`DownloadEntryBookmarkBlob`),
//! * `com.apple.finder.plist`, `com.apple.recentitems.plist`, security-scoped
//!   bookmarks in app containers, and Finder alias files (data fork).
//!
//! Layout (all integers little-endian unless stated otherwise):
//!
//! * Header: magic `book`, total size (u32), version (u32, `0x10040000`),
//!   header size (u32, normally 0x30), then padding up to the header size.
//! * Data area (starts at the header size). All offsets below are relative to
//!   the data area. It starts with the offset (u32) of the first table of
//!   contents (TOC).
//! * TOC: data size (u32), magic `0xfffffffe` (u32), identifier (u32), offset
//!   of the next TOC (u32, 0 = none), entry count (u32), then entries of
//!   key (u32), record offset (u32), reserved (u32). A key with the high bit
//!   set is itself the offset of a string record (a named key).
//! * Record: length (u32), type (u32), payload. Types: 0x0101 UTF-8 string,
//!   0x0201 data, 0x03xx number (xx = `CFNumberType`), 0x0400 date (f64,
//!   **big-endian**, seconds since 2001-01-01), 0x0500/0x0501 false/true,
//!   0x0601 array (u32 offsets), 0x0701 dictionary (pairs of u32 offsets),
//!   0x0801 UUID (16 bytes), 0x0901 absolute URL, 0x0902 relative URL (two
//!   offsets: base, relative), 0x0a01 null.
//!
//! Integer widths follow the number subtype; bookmarks written by the Python
//! `mac_alias` package mix widths within one array, so each element is decoded
//! on its own.
//!
//! Robustness: every read is bounds-checked, TOC chains are cycle-checked and
//! capped, nested containers are depth-limited and the number of decoded
//! values is capped, so hostile input yields a [`BookmarkError`], never a
//! panic or unbounded work.
//!
//! References: mac_alias "Bookmark format" documentation
//! (<https://mac-alias.readthedocs.io/en/latest/bookmark_fmt.html>); libyal
//! dtformats "Mac OS background item bookmark data format"; puffyCid
//! macos-bookmarks; Michael Lynn, "Apple's bookmarkData exposed" (2015).

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::{Serialize, Serializer};
use thiserror::Error;

use crate::formats::bytes::{checked_sub, BinaryError, ByteReader};
use crate::kit::time::{from_mac_absolute, serialize_opt};

/// The magic at the start of bookmark data.
pub const BOOKMARK_MAGIC: &[u8; 4] = b"book";
/// Expected TOC magic.
const TOC_MAGIC: u32 = 0xffff_fffe;
/// Maximum number of linked tables of contents followed.
const MAX_TOCS: usize = 32;
/// Maximum nesting of arrays / dictionaries / relative URLs.
const MAX_DEPTH: usize = 16;
/// Maximum number of values decoded from one bookmark.
const MAX_VALUES: usize = 65_536;

/// A failure to decode bookmark data.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum BookmarkError {
    /// The data does not start with `book`.
    #[error("not bookmark data: magic is {found:02x?}, expected \"book\"")]
    BadMagic { found: Vec<u8> },
    /// The header size field is too small or points past the data.
    #[error("bad header size {size:#x} (data is {len:#x} bytes)")]
    BadHeaderSize { size: u32, len: u64 },
    /// The header declares more bytes than are present.
    #[error("bookmark declares {declared:#x} bytes but only {actual:#x} are present")]
    Truncated { declared: u64, actual: u64 },
    /// A table of contents does not carry the expected magic.
    #[error("table of contents at file offset {offset:#x}: magic {found:#x}, expected 0xfffffffe")]
    BadTocMagic { offset: u64, found: u32 },
    /// The chain of tables of contents loops.
    #[error("table of contents at data offset {offset:#x} is linked twice (cycle)")]
    TocCycle { offset: u32 },
    /// Too many tables of contents.
    #[error("more than {max} tables of contents")]
    TooManyTocs { max: usize },
    /// Containers nest too deeply (or reference themselves).
    #[error("record at file offset {offset:#x}: containers nest deeper than {max}")]
    TooDeep { offset: u64, max: usize },
    /// Too many values in total.
    #[error("more than {max} values in one bookmark")]
    TooManyValues { max: usize },
    /// A record is malformed.
    #[error("record at file offset {offset:#x}: {reason}")]
    BadRecord { offset: u64, reason: String },
    /// A bounds-checked read failed.
    #[error(transparent)]
    Read(#[from] BinaryError),
}

/// One decoded bookmark record value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum BookmarkValue {
    String(String),
    Data(#[serde(serialize_with = "serialize_hex")] Vec<u8>),
    Integer(i64),
    Float(f64),
    /// Seconds since 2001-01-01 UTC.
    Date(f64),
    Bool(bool),
    Array(Vec<BookmarkValue>),
    Dictionary(Vec<(BookmarkValue, BookmarkValue)>),
    /// Upper-case hyphenated UUID.
    Uuid(String),
    Url(String),
    RelativeUrl {
        base: Box<BookmarkValue>,
        relative: Box<BookmarkValue>,
    },
    Null,
    Unknown {
        type_code: u32,
        #[serde(serialize_with = "serialize_hex")]
        data: Vec<u8>,
    },
}

fn serialize_hex<S: Serializer>(data: &[u8], s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&hex::encode(data))
}

impl BookmarkValue {
    /// The value as text: strings and URLs (relative URLs joined), UUIDs.
    pub fn as_text(&self) -> Option<String> {
        match self {
            BookmarkValue::String(s) | BookmarkValue::Url(s) | BookmarkValue::Uuid(s) => {
                Some(s.clone())
            }
            BookmarkValue::RelativeUrl { base, relative } => {
                let rel = relative.as_text()?;
                match base.as_text() {
                    Some(b) if !rel.contains("://") => Some(format!("{b}{rel}")),
                    _ => Some(rel),
                }
            }
            _ => None,
        }
    }

    /// The value as an integer (integers, and floats with no fraction).
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            BookmarkValue::Integer(i) => Some(*i),
            BookmarkValue::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Some(*f as i64),
            _ => None,
        }
    }
}

/// Resource property flags (`kCFURLResource*`): three u64 words, the flag
/// bits, the mask of bits that are valid, and a reserved word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ResourceFlags {
    pub flags: u64,
    pub valid: u64,
    pub reserved: u64,
}

impl ResourceFlags {
    pub const IS_REGULAR_FILE: u64 = 0x1;
    pub const IS_DIRECTORY: u64 = 0x2;
    pub const IS_SYMBOLIC_LINK: u64 = 0x4;
    pub const IS_VOLUME: u64 = 0x8;
    pub const IS_PACKAGE: u64 = 0x10;
    pub const IS_SYSTEM_IMMUTABLE: u64 = 0x20;
    pub const IS_USER_IMMUTABLE: u64 = 0x40;
    pub const IS_HIDDEN: u64 = 0x80;
    pub const HAS_HIDDEN_EXTENSION: u64 = 0x100;
    pub const IS_APPLICATION: u64 = 0x200;
    pub const IS_COMPRESSED: u64 = 0x400;
    pub const CAN_SET_HIDDEN_EXTENSION: u64 = 0x800;
    pub const IS_READABLE: u64 = 0x1000;
    pub const IS_WRITABLE: u64 = 0x2000;
    pub const IS_EXECUTABLE: u64 = 0x4000;
    pub const IS_ALIAS_FILE: u64 = 0x8000;
    pub const IS_MOUNT_TRIGGER: u64 = 0x10000;

    /// `Some(set)` when `bit` is marked valid, else `None`.
    pub fn get(&self, bit: u64) -> Option<bool> {
        (self.valid & bit != 0).then_some(self.flags & bit != 0)
    }

    /// The bits of `table` that are marked valid, with their values.
    pub fn named(&self, table: &[(u64, &'static str)]) -> Vec<(&'static str, bool)> {
        table
            .iter()
            .filter_map(|&(bit, name)| self.get(bit).map(|v| (name, v)))
            .collect()
    }
}

/// The volume property bits of key 0x2020 that say what kind of volume the
/// target is on (`kCFURLVolumeIs*` / `kCFURLVolumeDontBrowse` in
/// CoreFoundation's `CFURLPriv.h`), with the names used in output. The
/// higher `kCFURLVolumeSupports*` bits (capabilities) are not named.
pub const VOLUME_KIND_FLAGS: [(u64, &str); 17] = [
    (0x1, "local"),
    (0x2, "automount"),
    (0x4, "dont_browse"),
    (0x8, "read_only"),
    (0x10, "quarantined"),
    (0x20, "ejectable"),
    (0x40, "removable"),
    (0x80, "internal"),
    (0x100, "external"),
    (0x200, "disk_image"),
    (0x400, "file_vault"),
    (0x800, "local_idisk_mirror"),
    (0x1000, "ipod"),
    (0x2000, "idisk"),
    (0x4000, "cd"),
    (0x8000, "dvd"),
    (0x10000, "device_file_system"),
];

/// A TOC entry with its decoded value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BookmarkEntry {
    /// Identifier of the TOC holding the entry (1 for the main TOC).
    pub toc_id: u32,
    /// The raw key. For named keys this has the high bit set.
    pub key: u32,
    /// The key's symbolic name when it is a known numeric key.
    pub key_name: Option<&'static str>,
    /// The key text when the key is a named (string) key.
    pub key_string: Option<String>,
    pub value: BookmarkValue,
}

/// Decoded bookmark data. Fields are `None`/empty when absent.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Bookmark {
    /// Header version field (`0x10040000` in all known samples).
    pub version: u32,
    /// Target path components (key 0x1004).
    pub path_components: Vec<String>,
    /// `/` + components joined with `/`.
    pub path: Option<String>,
    /// File IDs (CNIDs / inode numbers) of each path component (key 0x1005).
    pub file_ids: Vec<i64>,
    /// File ID of the target (key 0x1030, else the last of `file_ids`).
    pub target_file_id: Option<i64>,
    /// Target file name (key 0x1020).
    pub file_name: Option<String>,
    /// Target creation time, raw Cocoa seconds (key 0x1040).
    pub target_creation_raw: Option<f64>,
    #[serde(serialize_with = "serialize_opt")]
    pub target_creation: Option<DateTime<Utc>>,
    /// Target resource property flags (key 0x1010).
    pub resource_flags: Option<ResourceFlags>,
    /// `kCFURLResourceIsDirectory` when known.
    pub is_directory: Option<bool>,
    /// `kCFURLResourceIsApplication` when known (bit 0x200; this is what
    /// some tools report as "executable").
    pub is_application: Option<bool>,
    /// `kCFURLResourceIsExecutable` when known (bit 0x4000).
    pub is_executable: Option<bool>,
    /// Volume mount path (key 0x2002).
    pub volume_path: Option<String>,
    /// Volume URL (key 0x2005).
    pub volume_url: Option<String>,
    /// Volume name (key 0x2010).
    pub volume_name: Option<String>,
    /// Volume UUID (key 0x2011).
    pub volume_uuid: Option<String>,
    /// Volume capacity in bytes (key 0x2012).
    pub volume_size: Option<i64>,
    /// Volume creation time, raw Cocoa seconds (key 0x2013).
    pub volume_creation_raw: Option<f64>,
    #[serde(serialize_with = "serialize_opt")]
    pub volume_creation: Option<DateTime<Utc>>,
    /// Volume property flags (key 0x2020).
    pub volume_flags: Option<ResourceFlags>,
    /// Whether the volume is the boot/root volume (key 0x2030).
    pub volume_is_root: Option<bool>,
    /// Volume mount point URL (key 0x2050).
    pub volume_mount_point: Option<String>,
    /// Index of the containing folder within `path_components` (key 0xc001).
    pub containing_folder_index: Option<i64>,
    /// Creator user name (key 0xc011).
    pub user_name: Option<String>,
    /// Creator uid (key 0xc012).
    pub uid: Option<i64>,
    /// Bookmark was created from a file reference URL (key 0xd001).
    pub was_file_reference: Option<bool>,
    /// `CFURLBookmarkCreationOptions` used (key 0xd010).
    pub creation_options: Option<i64>,
    /// Localized display name (key 0xf017).
    pub display_name: Option<String>,
    /// Bookmark creation time, raw Cocoa seconds (key 0xf030).
    pub bookmark_creation_raw: Option<f64>,
    #[serde(serialize_with = "serialize_opt")]
    pub bookmark_creation: Option<DateTime<Utc>>,
    /// Read-write sandbox extension (security scope, key 0xf080), as text.
    pub security_extension_rw: Option<String>,
    /// Read-only sandbox extension (security scope, key 0xf081), as text.
    pub security_extension_ro: Option<String>,
    /// Every TOC entry, in order, including the ones mapped above.
    pub entries: Vec<BookmarkEntry>,
}

impl Bookmark {
    /// The security extension (read-write, else read-only), if any.
    pub fn security_extension(&self) -> Option<&str> {
        self.security_extension_rw
            .as_deref()
            .or(self.security_extension_ro.as_deref())
    }

    /// First entry with numeric key `key`.
    pub fn entry(&self, key: u32) -> Option<&BookmarkValue> {
        self.entries.iter().find(|e| e.key == key).map(|e| &e.value)
    }
}

/// Well-known numeric keys.
pub mod keys {
    pub const PATH: u32 = 0x1004;
    pub const CNID_PATH: u32 = 0x1005;
    pub const FILE_PROPERTIES: u32 = 0x1010;
    pub const FILE_NAME: u32 = 0x1020;
    pub const FILE_ID: u32 = 0x1030;
    pub const FILE_CREATION_DATE: u32 = 0x1040;
    pub const TOC_PATH: u32 = 0x2000;
    pub const VOLUME_PATH: u32 = 0x2002;
    pub const VOLUME_URL: u32 = 0x2005;
    pub const VOLUME_NAME: u32 = 0x2010;
    pub const VOLUME_UUID: u32 = 0x2011;
    pub const VOLUME_SIZE: u32 = 0x2012;
    pub const VOLUME_CREATION_DATE: u32 = 0x2013;
    pub const VOLUME_PROPERTIES: u32 = 0x2020;
    pub const VOLUME_IS_ROOT: u32 = 0x2030;
    pub const VOLUME_BOOKMARK: u32 = 0x2040;
    pub const VOLUME_MOUNT_POINT: u32 = 0x2050;
    pub const CONTAINING_FOLDER: u32 = 0xc001;
    pub const USER_NAME: u32 = 0xc011;
    pub const UID: u32 = 0xc012;
    pub const WAS_FILE_REFERENCE: u32 = 0xd001;
    pub const CREATION_OPTIONS: u32 = 0xd010;
    pub const URL_LENGTHS: u32 = 0xe003;
    pub const DISPLAY_NAME: u32 = 0xf017;
    pub const ICON_DATA: u32 = 0xf020;
    pub const ICON_REF: u32 = 0xf021;
    pub const TYPE_BINDING_DATA: u32 = 0xf022;
    pub const CREATION_TIME: u32 = 0xf030;
    pub const SANDBOX_RW_EXTENSION: u32 = 0xf080;
    pub const SANDBOX_RO_EXTENSION: u32 = 0xf081;
    pub const ALIAS_DATA: u32 = 0xfe00;

    /// Symbolic name of a known key.
    pub fn name(key: u32) -> Option<&'static str> {
        Some(match key {
            PATH => "path",
            CNID_PATH => "cnid_path",
            FILE_PROPERTIES => "file_properties",
            FILE_NAME => "file_name",
            FILE_ID => "file_id",
            FILE_CREATION_DATE => "file_creation_date",
            TOC_PATH => "toc_path",
            VOLUME_PATH => "volume_path",
            VOLUME_URL => "volume_url",
            VOLUME_NAME => "volume_name",
            VOLUME_UUID => "volume_uuid",
            VOLUME_SIZE => "volume_size",
            VOLUME_CREATION_DATE => "volume_creation_date",
            VOLUME_PROPERTIES => "volume_properties",
            VOLUME_IS_ROOT => "volume_is_root",
            VOLUME_BOOKMARK => "volume_bookmark",
            VOLUME_MOUNT_POINT => "volume_mount_point",
            CONTAINING_FOLDER => "containing_folder_index",
            USER_NAME => "user_name",
            UID => "uid",
            WAS_FILE_REFERENCE => "was_file_reference",
            CREATION_OPTIONS => "creation_options",
            URL_LENGTHS => "url_lengths",
            DISPLAY_NAME => "display_name",
            ICON_DATA => "icon_data",
            ICON_REF => "icon_ref",
            TYPE_BINDING_DATA => "type_binding_data",
            CREATION_TIME => "creation_time",
            SANDBOX_RW_EXTENSION => "sandbox_rw_extension",
            SANDBOX_RO_EXTENSION => "sandbox_ro_extension",
            ALIAS_DATA => "alias_data",
            _ => return None,
        })
    }
}

/// True when `data` starts with the bookmark magic.
pub fn is_bookmark(data: &[u8]) -> bool {
    data.starts_with(BOOKMARK_MAGIC)
}

/// Decode bookmark data.
pub fn parse_bookmark(data: &[u8]) -> Result<Bookmark, BookmarkError> {
    let mut r = ByteReader::new(data);
    let magic = r
        .take("header.magic", 4)
        .map_err(|_| BookmarkError::BadMagic {
            found: data.get(..4).unwrap_or(data).to_vec(),
        })?;
    if magic != BOOKMARK_MAGIC {
        return Err(BookmarkError::BadMagic {
            found: magic.to_vec(),
        });
    }
    let declared = r.u32_le("header.size")?;
    let version = r.u32_le("header.version")?;
    let header_size = r.u32_le("header.data_offset")?;
    let len = data.len() as u64;
    if u64::from(declared) > len {
        return Err(BookmarkError::Truncated {
            declared: u64::from(declared),
            actual: len,
        });
    }
    // Bytes beyond the declared size (padding in containers) are ignored;
    // a zero size (seen in hand-made data) means "the whole buffer".
    let end = if declared == 0 {
        len
    } else {
        u64::from(declared)
    };
    if header_size < 16 || u64::from(header_size) > end {
        return Err(BookmarkError::BadHeaderSize {
            size: header_size,
            len,
        });
    }
    let area = crate::formats::bytes::slice_at(
        data,
        "data_area",
        u64::from(header_size),
        checked_sub("data_area.length", end, u64::from(header_size))?,
    )?;
    let mut decoder = Decoder {
        area,
        base: u64::from(header_size),
        values: 0,
    };
    let mut bm = Bookmark {
        version,
        ..Bookmark::default()
    };

    let mut toc_off = ByteReader::with_base(area, decoder.base).u32_le("first_toc_offset")?;
    let mut seen = HashSet::new();
    loop {
        if !seen.insert(toc_off) {
            return Err(BookmarkError::TocCycle { offset: toc_off });
        }
        if seen.len() > MAX_TOCS {
            return Err(BookmarkError::TooManyTocs { max: MAX_TOCS });
        }
        let next = decoder.read_toc(toc_off, &mut bm.entries)?;
        if next == 0 {
            break;
        }
        toc_off = next;
    }
    fill_fields(&mut bm);
    Ok(bm)
}

struct Decoder<'a> {
    area: &'a [u8],
    base: u64,
    values: usize,
}

impl<'a> Decoder<'a> {
    fn reader(&self, field: &'static str, offset: u32) -> Result<ByteReader<'a>, BinaryError> {
        let mut r = ByteReader::with_base(self.area, self.base);
        r.seek(field, u64::from(offset))?;
        Ok(r)
    }

    fn file_offset(&self, offset: u32) -> u64 {
        self.base.saturating_add(u64::from(offset))
    }

    /// Read one TOC at `offset`, append its entries, return the next offset.
    fn read_toc(
        &mut self,
        offset: u32,
        out: &mut Vec<BookmarkEntry>,
    ) -> Result<u32, BookmarkError> {
        let mut r = self.reader("toc", offset)?;
        let _size = r.u32_le("toc.size")?;
        let magic_at = r.offset();
        let magic = r.u32_le("toc.magic")?;
        if magic != TOC_MAGIC {
            return Err(BookmarkError::BadTocMagic {
                offset: magic_at,
                found: magic,
            });
        }
        let toc_id = r.u32_le("toc.identifier")?;
        let next = r.u32_le("toc.next_offset")?;
        let count = r.u32_le("toc.count")?;
        // Every entry is 12 bytes: reject counts the buffer cannot hold
        // before reserving anything.
        let need = u64::from(count).saturating_mul(12);
        if need > r.remaining() as u64 {
            return Err(BinaryError::Truncated {
                field: "toc.entries",
                offset: r.offset(),
                need,
                have: r.remaining() as u64,
            }
            .into());
        }
        for _ in 0..count {
            let key = r.u32_le("toc.entry.key")?;
            let value_off = r.u32_le("toc.entry.offset")?;
            let _reserved = r.u32_le("toc.entry.reserved")?;
            let key_string = if key & 0x8000_0000 != 0 {
                match self.record(key & 0x7fff_ffff, 0)? {
                    BookmarkValue::String(s) => Some(s),
                    other => Some(format!("{other:?}")),
                }
            } else {
                None
            };
            let value = self.record(value_off, 0)?;
            out.push(BookmarkEntry {
                toc_id,
                key,
                key_name: if key_string.is_none() {
                    keys::name(key)
                } else {
                    None
                },
                key_string,
                value,
            });
        }
        Ok(next)
    }

    /// Decode the record at `offset`.
    fn record(&mut self, offset: u32, depth: usize) -> Result<BookmarkValue, BookmarkError> {
        let file_offset = self.file_offset(offset);
        if depth > MAX_DEPTH {
            return Err(BookmarkError::TooDeep {
                offset: file_offset,
                max: MAX_DEPTH,
            });
        }
        self.values += 1;
        if self.values > MAX_VALUES {
            return Err(BookmarkError::TooManyValues { max: MAX_VALUES });
        }
        let mut r = self.reader("record", offset)?;
        let length = r.u32_le("record.length")?;
        let type_code = r.u32_le("record.type")?;
        let payload = r.take("record.payload", length as usize)?;
        let bad = |reason: String| BookmarkError::BadRecord {
            offset: file_offset,
            reason,
        };
        let mut p = ByteReader::with_base(payload, file_offset.saturating_add(8));
        let value = match type_code >> 8 {
            0x01 => BookmarkValue::String(String::from_utf8_lossy(payload).into_owned()),
            0x02 => BookmarkValue::Data(payload.to_vec()),
            0x03 => decode_number(type_code & 0xff, &mut p).map_err(|e| match e {
                NumberError::Read(e) => BookmarkError::Read(e),
                NumberError::Subtype(s) => bad(format!("unknown number subtype {s}")),
            })?,
            0x04 => BookmarkValue::Date(p.f64_be("record.date")?),
            0x05 => BookmarkValue::Bool(type_code & 0xff != 0),
            0x06 => {
                let mut items = Vec::new();
                while p.remaining() >= 4 {
                    let off = p.u32_le("record.array.offset")?;
                    items.push(self.record(off, depth + 1)?);
                }
                BookmarkValue::Array(items)
            }
            0x07 => {
                let mut items = Vec::new();
                while p.remaining() >= 8 {
                    let k = p.u32_le("record.dict.key")?;
                    let v = p.u32_le("record.dict.value")?;
                    let k = self.record(k, depth + 1)?;
                    let v = self.record(v, depth + 1)?;
                    items.push((k, v));
                }
                BookmarkValue::Dictionary(items)
            }
            0x08 => {
                let b = p.array::<16>("record.uuid")?;
                BookmarkValue::Uuid(format_uuid(&b))
            }
            0x09 if type_code & 0xff == 0x02 => {
                let b = p.u32_le("record.url.base")?;
                let rel = p.u32_le("record.url.relative")?;
                BookmarkValue::RelativeUrl {
                    base: Box::new(self.record(b, depth + 1)?),
                    relative: Box::new(self.record(rel, depth + 1)?),
                }
            }
            0x09 => BookmarkValue::Url(String::from_utf8_lossy(payload).into_owned()),
            0x0a => BookmarkValue::Null,
            _ => BookmarkValue::Unknown {
                type_code,
                data: payload.to_vec(),
            },
        };
        Ok(value)
    }
}

enum NumberError {
    Read(BinaryError),
    Subtype(u32),
}

impl From<BinaryError> for NumberError {
    fn from(e: BinaryError) -> Self {
        NumberError::Read(e)
    }
}

/// Decode a number record payload by its `CFNumberType` subtype.
fn decode_number(subtype: u32, p: &mut ByteReader<'_>) -> Result<BookmarkValue, NumberError> {
    const F: &str = "record.number";
    Ok(match subtype {
        // kCFNumberSInt8Type, kCFNumberCharType
        1 | 7 => BookmarkValue::Integer(i64::from(p.u8(F)? as i8)),
        // SInt16, Short
        2 | 8 => BookmarkValue::Integer(i64::from(p.u16_le(F)? as i16)),
        // SInt32, Int
        3 | 9 => BookmarkValue::Integer(i64::from(p.i32_le(F)?)),
        // SInt64, Long, LongLong, CFIndex, NSInteger
        4 | 10 | 11 | 14 | 15 => BookmarkValue::Integer(p.i64_le(F)?),
        // Float32, Float
        5 | 12 => {
            let b = p.array::<4>(F)?;
            BookmarkValue::Float(f64::from(f32::from_le_bytes(b)))
        }
        // Float64, Double, CGFloat
        6 | 13 | 16 => BookmarkValue::Float(p.f64_le(F)?),
        other => return Err(NumberError::Subtype(other)),
    })
}

/// Format 16 bytes as an upper-case hyphenated UUID.
pub fn format_uuid(b: &[u8; 16]) -> String {
    let h = hex::encode_upper(b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

fn resource_flags(v: &BookmarkValue) -> Option<ResourceFlags> {
    let BookmarkValue::Data(d) = v else {
        return None;
    };
    let mut r = ByteReader::new(d);
    let flags = r.u64_le("flags").ok()?;
    let valid = r.u64_le("valid").unwrap_or(0);
    let reserved = r.u64_le("reserved").unwrap_or(0);
    Some(ResourceFlags {
        flags,
        valid,
        reserved,
    })
}

fn text_of_data(v: &BookmarkValue) -> Option<String> {
    match v {
        BookmarkValue::Data(d) => Some(
            String::from_utf8_lossy(d)
                .trim_end_matches('\0')
                .to_string(),
        ),
        other => other.as_text(),
    }
}

/// Map well-known entries onto the named fields (first occurrence wins, so
/// the main TOC takes precedence over later ones).
fn fill_fields(bm: &mut Bookmark) {
    let entries = std::mem::take(&mut bm.entries);
    for e in entries.iter().filter(|e| e.key_string.is_none()) {
        let v = &e.value;
        match e.key {
            keys::PATH if bm.path_components.is_empty() => {
                if let BookmarkValue::Array(items) = v {
                    bm.path_components = items.iter().filter_map(|i| i.as_text()).collect();
                }
            }
            keys::CNID_PATH if bm.file_ids.is_empty() => {
                if let BookmarkValue::Array(items) = v {
                    bm.file_ids = items.iter().filter_map(|i| i.as_i64()).collect();
                }
            }
            keys::FILE_PROPERTIES if bm.resource_flags.is_none() => {
                bm.resource_flags = resource_flags(v)
            }
            keys::FILE_NAME if bm.file_name.is_none() => bm.file_name = v.as_text(),
            keys::FILE_ID if bm.target_file_id.is_none() => bm.target_file_id = v.as_i64(),
            keys::FILE_CREATION_DATE if bm.target_creation_raw.is_none() => {
                if let BookmarkValue::Date(d) = v {
                    bm.target_creation_raw = Some(*d);
                    bm.target_creation = from_mac_absolute(*d);
                }
            }
            keys::VOLUME_PATH if bm.volume_path.is_none() => bm.volume_path = v.as_text(),
            keys::VOLUME_URL if bm.volume_url.is_none() => bm.volume_url = v.as_text(),
            keys::VOLUME_NAME if bm.volume_name.is_none() => bm.volume_name = v.as_text(),
            keys::VOLUME_UUID if bm.volume_uuid.is_none() => bm.volume_uuid = v.as_text(),
            keys::VOLUME_SIZE if bm.volume_size.is_none() => bm.volume_size = v.as_i64(),
            keys::VOLUME_CREATION_DATE if bm.volume_creation_raw.is_none() => {
                if let BookmarkValue::Date(d) = v {
                    bm.volume_creation_raw = Some(*d);
                    bm.volume_creation = from_mac_absolute(*d);
                }
            }
            keys::VOLUME_PROPERTIES if bm.volume_flags.is_none() => {
                bm.volume_flags = resource_flags(v)
            }
            keys::VOLUME_IS_ROOT if bm.volume_is_root.is_none() => {
                if let BookmarkValue::Bool(b) = v {
                    bm.volume_is_root = Some(*b);
                }
            }
            keys::VOLUME_MOUNT_POINT if bm.volume_mount_point.is_none() => {
                bm.volume_mount_point = v.as_text()
            }
            keys::CONTAINING_FOLDER if bm.containing_folder_index.is_none() => {
                bm.containing_folder_index = v.as_i64()
            }
            keys::USER_NAME if bm.user_name.is_none() => bm.user_name = v.as_text(),
            keys::UID if bm.uid.is_none() => bm.uid = v.as_i64(),
            keys::WAS_FILE_REFERENCE if bm.was_file_reference.is_none() => {
                if let BookmarkValue::Bool(b) = v {
                    bm.was_file_reference = Some(*b);
                }
            }
            keys::CREATION_OPTIONS if bm.creation_options.is_none() => {
                bm.creation_options = v.as_i64()
            }
            keys::DISPLAY_NAME if bm.display_name.is_none() => bm.display_name = v.as_text(),
            keys::CREATION_TIME if bm.bookmark_creation_raw.is_none() => {
                if let BookmarkValue::Date(d) = v {
                    bm.bookmark_creation_raw = Some(*d);
                    bm.bookmark_creation = from_mac_absolute(*d);
                }
            }
            keys::SANDBOX_RW_EXTENSION if bm.security_extension_rw.is_none() => {
                bm.security_extension_rw = text_of_data(v)
            }
            keys::SANDBOX_RO_EXTENSION if bm.security_extension_ro.is_none() => {
                bm.security_extension_ro = text_of_data(v)
            }
            _ => {}
        }
    }
    bm.entries = entries;
    if !bm.path_components.is_empty() {
        bm.path = Some(format!("/{}", bm.path_components.join("/")));
    }
    if bm.target_file_id.is_none() {
        bm.target_file_id = bm.file_ids.last().copied();
    }
    if let Some(f) = bm.resource_flags {
        bm.is_directory = f.get(ResourceFlags::IS_DIRECTORY);
        bm.is_application = f.get(ResourceFlags::IS_APPLICATION);
        bm.is_executable = f.get(ResourceFlags::IS_EXECUTABLE);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    // Other modules' tests reach the builder through here too.
    pub(crate) use crate::testdata::bookmark::{sample, Builder};

    #[test]
    fn decodes_synthetic_bookmark() {
        let bm = parse_bookmark(&sample()).unwrap();
        assert_eq!(bm.version, 0x1004_0000);
        assert_eq!(bm.path_components, ["Applications", "Syncthing.app"]);
        assert_eq!(bm.path.as_deref(), Some("/Applications/Syncthing.app"));
        assert_eq!(bm.file_ids, [103, 706090]);
        assert_eq!(bm.target_file_id, Some(706090));
        assert_eq!(bm.target_creation_raw, Some(665473989.0));
        assert_eq!(
            bm.target_creation.unwrap().to_rfc3339(),
            "2022-02-02T05:53:09+00:00"
        );
        assert_eq!(bm.volume_path.as_deref(), Some("/"));
        assert_eq!(bm.volume_url.as_deref(), Some("file:///"));
        assert_eq!(bm.volume_name.as_deref(), Some("Macintosh HD"));
        assert_eq!(
            bm.volume_uuid.as_deref(),
            Some("0A81F3B1-51D9-3335-B3E3-169C3640360D")
        );
        assert_eq!(bm.volume_size, Some(160851517440));
        assert_eq!(bm.volume_creation_raw, Some(241134516.0));
        assert_eq!(bm.volume_is_root, Some(true));
        assert_eq!(bm.uid, Some(501));
        assert_eq!(bm.user_name.as_deref(), Some("sur"));
        assert_eq!(bm.is_application, Some(true));
        assert_eq!(bm.is_directory, Some(true));
        assert_eq!(bm.is_executable, None);
        assert_eq!(
            bm.security_extension(),
            Some("abc;com.apple.app-sandbox.read-write;/x")
        );
        let named = bm.entries.last().unwrap();
        assert_eq!(named.key_string.as_deref(), Some("custom"));
        assert_eq!(named.value, BookmarkValue::Null);
        // Serializes to JSON.
        let json = serde_json::to_value(&bm).unwrap();
        assert_eq!(json["volume_creation"], "2008-08-22T21:48:36Z");
    }

    #[test]
    fn every_truncation_is_an_error_not_a_panic() {
        let data = sample();
        for n in 0..data.len() {
            assert!(parse_bookmark(&data[..n]).is_err(), "prefix {n}");
            // Also with the size field patched, so that the parser gets past
            // the size check and fails on the structure instead.
            let mut cut = data[..n].to_vec();
            if cut.len() >= 8 {
                cut[4..8].copy_from_slice(&(n as u32).to_le_bytes());
            }
            let _ = parse_bookmark(&cut);
        }
    }

    #[test]
    fn every_byte_flip_is_handled() {
        let data = sample();
        for i in 0..data.len() {
            for v in [0x00u8, 0xff, 0x80, 0x7f] {
                let mut d = data.clone();
                d[i] = v;
                let _ = parse_bookmark(&d);
            }
        }
    }

    #[test]
    fn bad_magic_and_tiny_inputs() {
        assert!(matches!(
            parse_bookmark(b"alis\0\0\0\0"),
            Err(BookmarkError::BadMagic { .. })
        ));
        assert!(matches!(
            parse_bookmark(b""),
            Err(BookmarkError::BadMagic { .. })
        ));
        assert!(parse_bookmark(b"book").is_err());
        let mut d = sample();
        d[12..16].copy_from_slice(&4u32.to_le_bytes());
        assert!(matches!(
            parse_bookmark(&d),
            Err(BookmarkError::BadHeaderSize { size: 4, .. })
        ));
    }

    #[test]
    fn toc_cycle_is_detected() {
        let mut b = Builder::new();
        let s = b.string("x");
        let p = b.array(&[s]);
        b.entry(keys::PATH, p);
        let data = b.finish_cyclic();
        assert!(matches!(
            parse_bookmark(&data),
            Err(BookmarkError::TocCycle { .. })
        ));
    }

    #[test]
    fn self_referencing_array_is_depth_limited() {
        let mut b = Builder::new();
        // The array at offset 4 contains itself.
        let off = b.array(&[4]);
        assert_eq!(off, 4);
        b.entry(keys::PATH, off);
        let data = b.finish();
        assert!(matches!(
            parse_bookmark(&data),
            Err(BookmarkError::TooDeep { .. })
        ));
    }

    #[test]
    fn fan_out_is_capped() {
        // An array of 256 references to an array of 256 references to a
        // string would be 65k values per level: the budget stops it.
        let mut b = Builder::new();
        let s = b.string("x");
        let inner = b.array(&[s; 256]);
        let mid = b.array(&[inner; 256]);
        let outer = b.array(&[mid; 256]);
        b.entry(keys::PATH, outer);
        assert!(matches!(
            parse_bookmark(&b.finish()),
            Err(BookmarkError::TooManyValues { .. })
        ));
    }

    #[test]
    fn huge_toc_count_is_rejected_without_allocation() {
        let mut b = Builder::new();
        let s = b.string("x");
        b.entry(keys::VOLUME_NAME, s);
        let mut data = b.finish();
        // The TOC count is the last u32 before the single 12-byte entry.
        let at = data.len() - 16;
        data[at..at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(matches!(
            parse_bookmark(&data),
            Err(BookmarkError::Read(BinaryError::Truncated { .. }))
        ));
    }

    #[test]
    fn number_widths_and_floats() {
        let mut b = Builder::new();
        let n1 = b.raw(0x0301, &[0xff]);
        let n2 = b.raw(0x0302, &(-2i16).to_le_bytes());
        let n5 = b.raw(0x0305, &1.5f32.to_le_bytes());
        let n6 = b.raw(0x0306, &2.25f64.to_le_bytes());
        let f = b.raw(0x0500, &[]);
        let arr = b.array(&[n1, n2, n5, n6, f]);
        b.entry(0x9999, arr);
        let bm = parse_bookmark(&b.finish()).unwrap();
        assert_eq!(
            bm.entry(0x9999),
            Some(&BookmarkValue::Array(vec![
                BookmarkValue::Integer(-1),
                BookmarkValue::Integer(-2),
                BookmarkValue::Float(1.5),
                BookmarkValue::Float(2.25),
                BookmarkValue::Bool(false),
            ]))
        );
    }

    #[test]
    fn unknown_number_subtype_is_typed_error() {
        let mut b = Builder::new();
        let n = b.raw(0x0363, &[0; 8]);
        b.entry(keys::UID, n);
        assert!(matches!(
            parse_bookmark(&b.finish()),
            Err(BookmarkError::BadRecord { .. })
        ));
    }

    fn load(name: &str) -> Vec<u8> {
        crate::testdata::read(&format!("bookmark/{name}"))
    }

    const MAC_HD_UUID: &str = "0A81F3B1-51D9-3335-B3E3-169C3640360D";

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn real_loginitem() {
        let d = load("loginitem.bookmark");
        let bm = parse_bookmark(&d).unwrap();
        assert_eq!(bm.path_components, ["Applications", "Syncthing.app"]);
        assert_eq!(bm.path.as_deref(), Some("/Applications/Syncthing.app"));
        assert_eq!(bm.file_ids, [103, 706090]);
        assert_eq!(bm.target_creation_raw, Some(665473989.0));
        assert_eq!(bm.volume_path.as_deref(), Some("/"));
        assert_eq!(bm.volume_url.as_deref(), Some("file:///"));
        assert_eq!(bm.volume_name.as_deref(), Some("Macintosh HD"));
        assert_eq!(bm.volume_uuid.as_deref(), Some(MAC_HD_UUID));
        assert_eq!(bm.volume_size, Some(160851517440));
        assert_eq!(bm.volume_creation_raw, Some(241134516.0));
        assert_eq!(
            bm.volume_flags,
            Some(ResourceFlags {
                flags: 4294967425,
                valid: 4294972399,
                reserved: 0
            })
        );
        assert_eq!(bm.volume_is_root, Some(true));
        assert_eq!(bm.display_name.as_deref(), Some("Syncthing"));
        assert_eq!(bm.security_extension_rw.as_deref(), Some("64cb7eaa9a1bbccc4e1397c9f2a411ebe539cd29;00000000;00000000;0000000000000020;com.apple.app-sandbox.read-write;01;01000004;00000000000ac62a;/applications/syncthing.app"));
        assert_eq!(bm.security_extension_ro, None);
        assert_eq!(
            bm.resource_flags,
            Some(ResourceFlags {
                flags: 2,
                valid: 15,
                reserved: 0
            })
        );
        assert_eq!(bm.is_application, None);
        assert_eq!(bm.containing_folder_index.unwrap_or(0), 0);
        assert_eq!(bm.uid.unwrap_or(0), 0);
        assert_eq!(bm.creation_options.unwrap_or(0), 0);
        assert!(!bm.was_file_reference.unwrap_or(false));
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn real_poisonapple() {
        let d = load("poisonapple.bookmark");
        let bm = parse_bookmark(&d).unwrap();
        assert_eq!(
            bm.path.as_deref(),
            Some("/Users/sur/Library/Python/3.8/lib/python/site-packages/poisonapple/auxiliary/testing.app")
        );
        assert_eq!(
            bm.file_ids,
            [
                12884925338,
                12884935193,
                12884935201,
                12885139219,
                12885139220,
                12885139221,
                12885139222,
                12885139223,
                12885139514,
                12885139519,
                12885142308
            ]
        );
        assert_eq!(bm.target_file_id, Some(12885142308));
        assert_eq!(bm.target_creation_raw, Some(678248174.9226916));
        assert_eq!(bm.volume_name.as_deref(), Some("Macintosh HD"));
        assert_eq!(bm.volume_uuid.as_deref(), Some(MAC_HD_UUID));
        assert_eq!(bm.volume_size, Some(85555372032));
        assert_eq!(bm.volume_creation_raw, Some(599558400.0));
        assert_eq!(bm.display_name.as_deref(), Some("testing"));
        assert_eq!(bm.resource_flags.map(|f| f.flags), Some(530));
        assert_eq!(bm.is_application, Some(true));
        assert_eq!(bm.containing_folder_index, Some(9));
        assert_eq!(bm.uid, Some(501));
        assert_eq!(bm.user_name.as_deref(), Some("sur"));
        assert_eq!(bm.creation_options, Some(536870912));
        assert_eq!(bm.security_extension(), None);
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn real_systemevents_ro_extension() {
        let d = load("systemevents.bookmark");
        let bm = parse_bookmark(&d).unwrap();
        assert_eq!(
            bm.path.as_deref(),
            Some("/System/Library/CoreServices/System Events.app")
        );
        assert_eq!(
            bm.file_ids,
            [
                1152921500311879701,
                1152921500311993981,
                1152921500312123682,
                1152921500312197977
            ]
        );
        assert_eq!(bm.target_creation_raw, Some(599558400.0));
        assert_eq!(bm.volume_size, Some(85555372032));
        assert_eq!(bm.display_name.as_deref(), Some("System Events"));
        assert_eq!(bm.is_application, Some(true));
        assert_eq!(bm.security_extension_rw, None);
        assert_eq!(bm.security_extension_ro.as_deref(), Some("46d8327f9637aa681e789f0fc10ad53b5ab5343e2ccace15d15e508c16c64fbc;00;00000000;00000000;00000000;000000000000001a;com.apple.app-sandbox.read;01;0100000a;0fffffff0004db59;02;/system/library/coreservices/system events.app"));
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn real_mac_alias_mixed_widths() {
        let d = load("macAlias.bookmark");
        let bm = parse_bookmark(&d).unwrap();
        assert_eq!(
            bm.path_components,
            [
                "..",
                "..",
                "..",
                "Users",
                "puffycid",
                "Downloads",
                "powershell-7.2.5-osx-arm64.pkg"
            ]
        );
        // puffyCid/macos-bookmarks keeps only the two 64-bit elements; the
        // array also holds 32-bit ones, which are decoded here.
        assert_eq!(
            bm.file_ids,
            [
                1152921500312725496,
                1152921500311879701,
                2,
                21327,
                360459,
                360510,
                37719400
            ]
        );
        assert_eq!(bm.target_creation_raw, Some(677959217.851971));
        assert_eq!(bm.volume_path.as_deref(), Some("/System/Volumes/Data"));
        assert_eq!(
            bm.volume_url.as_deref(),
            Some("file:///System/Volumes/Data")
        );
        assert_eq!(bm.volume_name.as_deref(), Some("Macintosh HD - Data"));
        assert_eq!(
            bm.volume_uuid.as_deref(),
            Some("96FB41C0-6CE9-4DA2-8435-35BC19C735A3")
        );
        assert_eq!(bm.volume_creation_raw, Some(616544347.691502));
        assert_eq!(bm.volume_size, Some(2000662327296));
        assert!(!bm.volume_is_root.unwrap_or(false));
        assert_eq!(bm.containing_folder_index, Some(5));
        assert_eq!(bm.uid, Some(99));
        assert_eq!(bm.user_name.as_deref(), Some("unknown"));
        assert_eq!(bm.creation_options, Some(512));
        assert_eq!(bm.was_file_reference, Some(true));
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn real_downloads_and_ventura() {
        let d = load("downloads.bookmark");
        let bm = parse_bookmark(&d).unwrap();
        assert_eq!(
            bm.path.as_deref(),
            Some("/Users/puffycid/Downloads/powershell-7.2.4-osx-x64.pkg")
        );
        assert_eq!(bm.file_ids, [21327, 360459, 360510, 37602008]);
        assert_eq!(bm.target_creation_raw, Some(677388100.0747445));
        assert_eq!(bm.volume_creation_raw, Some(667551907.0));
        assert_eq!(
            bm.volume_uuid.as_deref(),
            Some("96FB41C0-6CE9-4DA2-8435-35BC19C735A3")
        );
        assert_eq!(bm.volume_size, Some(2000662327296));
        assert_eq!(bm.user_name.as_deref(), Some("puffycid"));
        assert_eq!(bm.containing_folder_index, Some(2));
        assert_eq!(bm.uid, Some(501));
        assert_eq!(bm.creation_options, Some(671094784));

        let v = parse_bookmark(&load("ventura.bookmark")).unwrap();
        assert_eq!(v.volume_size, Some(122107002880));
        assert_eq!(v.path.as_deref(), Some("/Applications/Syncthing.app"));
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn real_dtformats_btm_blob() {
        let d = load("backgrounditems.btm.bookmark_data");
        let bm = parse_bookmark(&d).unwrap();
        assert_eq!(
            bm.path.as_deref(),
            Some("/Applications/iTunes.app/Contents/MacOS/iTunesHelper.app")
        );
        assert_eq!(bm.volume_name.as_deref(), Some("Macintosh HD"));
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn real_corrupt_samples_are_typed_errors() {
        let d = load("bad_header.bookmark");
        assert!(matches!(
            parse_bookmark(&d),
            Err(BookmarkError::BadMagic { .. })
        ));
        let d = load("bad_content.bookmark");
        assert_eq!(
            parse_bookmark(&d),
            Err(BookmarkError::Truncated {
                declared: 716,
                actual: 377
            })
        );
        // Every prefix of every real sample is handled without panicking.
        for name in [
            "loginitem.bookmark",
            "poisonapple.bookmark",
            "systemevents.bookmark",
            "macAlias.bookmark",
            "downloads.bookmark",
            "ventura.bookmark",
        ] {
            let d = load(name);
            for n in 0..d.len() {
                let mut cut = d[..n].to_vec();
                if cut.len() >= 8 {
                    cut[4..8].copy_from_slice(&(n as u32).to_le_bytes());
                }
                let _ = parse_bookmark(&cut);
            }
        }
    }

    /// Everything decoded from the synthetic bookmark, as a reviewed snapshot.
    #[test]
    fn snapshot_of_the_sample_bookmark() {
        let b = parse_bookmark(&sample()).unwrap();
        insta::assert_json_snapshot!(b);
    }
}
