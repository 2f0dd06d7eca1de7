//! Apple System Log "ASL DB" binary store (format version 2).
//!
//! The Apple System Log arrived in Mac OS X 10.4, whose `syslogd` kept a
//! single `/var/log/asl.db` (format version 1, fixed 80-byte records; not
//! handled here). From 10.5 on, `syslogd` writes per-day "ASL DB" files in
//! format version 2, which this module reads. Unified logging replaced ASL as
//! the main log store in macOS 10.12, but `syslogd` still writes ASL files for
//! messages sent through the legacy API, and `powerd` and DiagnosticMessages
//! keep using them on current releases. Locations on macOS:
//!
//! - `/private/var/log/asl/*.asl`, including `Logs/`, `BB.*` and `AUX.*`
//!   sub-stores (per-day files such as `2019.09.26.U0.asl`);
//! - `/private/var/log/DiagnosticMessages/*.asl`;
//! - `/private/var/log/powermanagement/*.asl`.
//!
//! # Layout
//!
//! All integers are big-endian.
//!
//! The file starts with an 80-byte header:
//!
//! | offset | size | field                                            |
//! |-------:|-----:|--------------------------------------------------|
//! | 0      | 12   | signature `"ASL DB"` padded with NUL bytes       |
//! | 12     | 4    | format version (2)                               |
//! | 16     | 8    | offset of the first record (0 = no records)      |
//! | 24     | 8    | creation time, POSIX seconds                     |
//! | 32     | 4    | string cache size                                |
//! | 36     | 8    | offset of the last record (Libc `asl_file.c`)    |
//! | 36     | 1    | filter mask (later `libsystem_asl` releases) ... |
//! | 37     | 8    | ... followed by the offset of the last record    |
//!
//! The last-record offset moved by one byte when later `libsystem_asl`
//! releases put a filter mask at offset 36; both readings are kept in
//! [`AslHeader`]. Parsers that only know the older layout (plaso) report the
//! newer files, such as the 2019 sample in the test suite, as "dirty". This
//! reader never uses the last-record offset to find records: it follows the
//! chain of next-record offsets from the first record.
//!
//! A message record (type 0) is 122 bytes plus 8 per key/value string:
//!
//! | size | field                                                         |
//! |-----:|---------------------------------------------------------------|
//! | 2    | record type (0 = message)                                      |
//! | 4    | length of the rest of the record (116 + 8 × kv count)         |
//! | 8    | offset of the next record (0 = last)                          |
//! | 8    | message ID                                                     |
//! | 8    | time, POSIX seconds                                            |
//! | 4    | nanoseconds                                                    |
//! | 2    | level (0 Emergency … 7 Debug)                                  |
//! | 2    | flags                                                          |
//! | 4 ×7 | PID, UID, GID, read UID, read GID, ref PID, kv count          |
//! | 8 ×6 | string refs: host, sender, facility, message, ref proc, session|
//! | 8 ×n | string refs: key 0, value 0, key 1, value 1, …                |
//! | 8    | offset of the previous record                                  |
//!
//! A string reference of 0 means "no string". If its top bit is set the
//! string is stored inline: the low 7 bits of the top byte hold the length
//! (at most 7) and the bytes follow in the remaining 7 bytes. Otherwise it is
//! the file offset of a string record: type 1 (u16), length (u32), then that
//! many bytes, NUL-terminated.
//!
//! Records are appended to the end of the file (strings first, then the record
//! that uses them), so a valid chain only moves forward. The reader relies on
//! that: a next-record offset that does not point past the current record is
//! reported as a cycle or a backward link, which also guarantees termination.
//!
//! # References
//!
//! - libyal dtformats, "Apple System Log (ASL) file format"
//!   (`documentation/Apple System Log (ASL) file format.asciidoc`, `dtformats/asl.py`).
//! - plaso, `plaso/parsers/asl.py` and `asl.yaml`.
//! - Apple Libc / libsystem_asl sources: `asl_file.c`, `asl_file.h`, `asl_core.c`.

use std::collections::HashMap;
use std::io::{self, Read, Seek, SeekFrom};

use chrono::{DateTime, Utc};
use serde::Serialize;
use thiserror::Error;

use crate::formats::bytes::{checked_sub, slice_at, BinaryError, ByteReader};

/// Length of the file header.
pub const HEADER_LEN: u64 = 80;
/// The signature at the start of every ASL DB file (followed by NUL padding).
pub const SIGNATURE: &[u8; 6] = b"ASL DB";
/// The only supported format version.
pub const SUPPORTED_VERSION: u32 = 2;
/// Largest record body (after the 6-byte type/length prefix) this reader accepts.
pub const MAX_RECORD_LEN: u64 = 1024 * 1024;
/// Largest string record this reader accepts.
pub const MAX_STRING_LEN: u64 = 1024 * 1024;

/// Record type of a message record.
const TYPE_MSG: u16 = 0;
/// Record type of a string record.
const TYPE_STR: u16 = 1;
/// Length of a message record body without key/value refs (includes the
/// trailing previous-record offset).
const RECORD_FIXED_BODY: u64 = 116;
/// Strings longer than this are not cached.
const CACHE_MAX_STRING: usize = 1024;
/// Number of cached strings before the cache is cleared.
const CACHE_MAX_ENTRIES: usize = 4096;

/// An error while reading an ASL DB file.
#[derive(Debug, Error)]
pub enum AslError {
    /// A bounds-checked read failed (truncated data, offset out of range, bad value).
    #[error(transparent)]
    Binary(#[from] BinaryError),
    /// The underlying reader failed.
    #[error("I/O error reading `{field}` at offset {offset:#x}: {source}")]
    Io {
        field: &'static str,
        offset: u64,
        #[source]
        source: io::Error,
    },
    /// The file does not start with `"ASL DB"`.
    #[error("not an ASL DB file: signature is {found:?}")]
    BadSignature { found: String },
    /// The header names a format version this reader does not handle.
    #[error("unsupported ASL DB format version {version} (only version 2 is supported)")]
    UnsupportedVersion { version: u32 },
    /// A length field exceeds the reader's safety limit.
    #[error(
        "field `{field}` at offset {offset:#x}: declared size {size:#x} exceeds limit {limit:#x}"
    )]
    TooLarge {
        field: &'static str,
        offset: u64,
        size: u64,
        limit: u64,
    },
    /// A next-record offset points at a record already read.
    #[error(
        "record chain: record at {offset:#x} links to {next:#x}, which was already read (cycle)"
    )]
    ChainCycle { offset: u64, next: u64 },
    /// A next-record offset points backwards or into the current record.
    #[error("record chain: record at {offset:#x} links backwards to {next:#x} (record ends at {record_end:#x})")]
    ChainBackwards {
        offset: u64,
        next: u64,
        record_end: u64,
    },
    /// A next-record offset (or the header's first-record offset) points outside the file.
    #[error("record chain: `{field}` at {offset:#x} links to {next:#x}, outside the file ({file_len:#x} bytes)")]
    ChainOutOfRange {
        field: &'static str,
        offset: u64,
        next: u64,
        file_len: u64,
    },
}

/// Human-readable name of an ASL level (0 = Emergency … 7 = Debug).
pub fn level_name(level: u16) -> &'static str {
    match level {
        0 => "Emergency",
        1 => "Alert",
        2 => "Critical",
        3 => "Error",
        4 => "Warning",
        5 => "Notice",
        6 => "Info",
        7 => "Debug",
        _ => "Unknown",
    }
}

/// The 80-byte file header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AslHeader {
    /// Format version (always [`SUPPORTED_VERSION`] for a header that parsed).
    pub version: u32,
    /// Offset of the first record, 0 if the file holds no records.
    pub first_record_offset: u64,
    /// Creation time, POSIX seconds.
    pub creation_time: i64,
    /// String cache size used by the writer.
    pub string_cache_size: u32,
    /// Last-record offset read as a u64 at offset 36 (Libc `asl_file.c` layout).
    pub last_record_offset_at_36: u64,
    /// Byte at offset 36: the filter mask in later `libsystem_asl` layouts
    /// (the high byte of the last-record offset in the older layout).
    pub filter_mask: u8,
    /// Last-record offset read as a u64 at offset 37 (`libsystem_asl` layout
    /// with a filter mask byte at 36).
    pub last_record_offset_at_37: u64,
}

impl AslHeader {
    /// Parse a header from its 80 bytes (or more; the rest is ignored).
    pub fn parse(data: &[u8]) -> Result<Self, AslError> {
        // Check the signature on whatever is there, so that a short file of
        // something else is reported as such rather than as truncated.
        let seen = data.get(..data.len().min(12)).unwrap_or_default();
        let want = SIGNATURE.get(..seen.len().min(6)).unwrap_or_default();
        if !seen.starts_with(want) {
            return Err(AslError::BadSignature {
                found: String::from_utf8_lossy(seen).into_owned(),
            });
        }
        let mut r = ByteReader::new(data);
        r.skip("header.signature", 12)?;
        let version = r.u32_be("header.version")?;
        if version != SUPPORTED_VERSION {
            return Err(AslError::UnsupportedVersion { version });
        }
        let first_record_offset = r.u64_be("header.first_record_offset")?;
        let creation_time = r.i64_be("header.creation_time")?;
        let string_cache_size = r.u32_be("header.string_cache_size")?;
        let mut at_36 = r.clone();
        let last_record_offset_at_36 = at_36.u64_be("header.last_record_offset")?;
        let filter_mask = r.u8("header.filter_mask")?;
        let last_record_offset_at_37 = r.u64_be("header.last_record_offset")?;
        // The rest of the 80 bytes is reserved; require it to be present.
        r.seek("header.reserved", HEADER_LEN)
            .map_err(|_| BinaryError::Truncated {
                field: "header.reserved",
                offset: r.offset(),
                need: HEADER_LEN.saturating_sub(r.offset()),
                have: r.remaining() as u64,
            })?;
        Ok(AslHeader {
            version,
            first_record_offset,
            creation_time,
            string_cache_size,
            last_record_offset_at_36,
            filter_mask,
            last_record_offset_at_37,
        })
    }

    /// Whether `offset` equals the last-record offset under either header layout.
    pub fn last_record_offset_matches(&self, offset: u64) -> bool {
        offset == self.last_record_offset_at_36 || offset == self.last_record_offset_at_37
    }

    /// The creation time as a UTC date-time, if representable.
    pub fn creation_datetime(&self) -> Option<DateTime<Utc>> {
        DateTime::from_timestamp(self.creation_time, 0)
    }
}

/// One message record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AslRecord {
    /// File offset of the record.
    pub offset: u64,
    /// Message ID.
    pub message_id: u64,
    /// Time the message was logged, POSIX seconds.
    pub seconds: i64,
    /// Nanoseconds part of the time.
    pub nanoseconds: u32,
    /// Level as stored (0 = Emergency … 7 = Debug; see [`level_name`]).
    pub level: u16,
    /// Record flags as stored.
    pub flags: u16,
    /// Sending process ID.
    pub pid: u32,
    /// Sending user ID (-2 is `nobody`).
    pub uid: i32,
    /// Sending group ID.
    pub gid: i32,
    /// User allowed to read the message (-1 = everyone).
    pub read_uid: i32,
    /// Group allowed to read the message (-1 = everyone).
    pub read_gid: i32,
    /// Referenced process ID (for messages logged on behalf of another process).
    pub ref_pid: u32,
    /// Host name.
    pub host: Option<String>,
    /// Sender (process name).
    pub sender: Option<String>,
    /// Facility.
    pub facility: Option<String>,
    /// Message text.
    pub message: Option<String>,
    /// Referenced process name.
    pub ref_proc: Option<String>,
    /// Session.
    pub session: Option<String>,
    /// Additional key/value pairs, in file order. A missing value is "".
    pub extra: Vec<(String, String)>,
    /// Offset of the previous record, as stored.
    pub previous_offset: u64,
    /// Whether any string was not valid UTF-8 (and was decoded lossily).
    pub lossy: bool,
    /// Strings that could not be read; the affected fields are `None` (or the
    /// key/value pair is left out). Each entry names the field and the error.
    pub warnings: Vec<String>,
}

impl AslRecord {
    /// The record's time as a UTC date-time, if representable.
    pub fn timestamp(&self) -> Option<DateTime<Utc>> {
        DateTime::from_timestamp(self.seconds, self.nanoseconds)
    }

    /// Name of the record's level.
    pub fn level_name(&self) -> &'static str {
        level_name(self.level)
    }

    /// Value of the first additional key named `key`.
    pub fn extra_value(&self, key: &str) -> Option<&str> {
        self.extra
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// A decoded string and whether decoding was lossy.
type DecodedString = (String, bool);

/// Streaming reader over the records of an ASL DB file.
///
/// Reads one record at a time through `Read + Seek`; memory use is bounded by
/// the record and string size limits, a small string cache, and 8 bytes per
/// record read (the offsets already visited, for cycle reports).
///
/// The iterator yields records in chain order. After the first error it
/// yields that error once and then ends; records read before stay valid.
#[derive(Debug)]
pub struct AslReader<R> {
    inner: R,
    header: AslHeader,
    file_len: u64,
    /// Offset of the next record to read, or `None` when the chain has ended.
    next: Option<u64>,
    /// An error to report on the next call, after the record that led to it.
    pending: Option<AslError>,
    /// Offsets of records read so far; strictly increasing.
    visited: Vec<u64>,
    /// Whether the chain ended normally (a next offset of 0).
    clean_end: bool,
    cache: HashMap<u64, DecodedString>,
    /// Current position of `inner`, when known; saves seeks (which make a
    /// `BufReader` drop its buffer) for reads that follow each other.
    pos: Option<u64>,
}

/// How one kind of typed block is named in errors and bounded.
struct BlockSpec {
    header: &'static str,
    kind: &'static str,
    length: &'static str,
    body: &'static str,
    expected: u16,
    what: &'static str,
    min: u64,
    max: u64,
}

const MESSAGE_BLOCK: BlockSpec = BlockSpec {
    header: "record",
    kind: "record.type",
    length: "record.length",
    body: "record.body",
    expected: TYPE_MSG,
    what: "a message record",
    min: RECORD_FIXED_BODY,
    max: MAX_RECORD_LEN,
};

const STRING_BLOCK: BlockSpec = BlockSpec {
    header: "string.header",
    kind: "string.type",
    length: "string.length",
    body: "string.data",
    expected: TYPE_STR,
    what: "a string record",
    min: 0,
    max: MAX_STRING_LEN,
};

impl<R: Read + Seek> AslReader<R> {
    /// Read the header and prepare to iterate records.
    pub fn new(mut inner: R) -> Result<Self, AslError> {
        let file_len = inner
            .seek(SeekFrom::End(0))
            .map_err(|source| AslError::Io {
                field: "file length",
                offset: 0,
                source,
            })?;
        let mut buf = [0u8; HEADER_LEN as usize];
        let have = usize::try_from(file_len.min(HEADER_LEN)).unwrap_or(0);
        let head = buf.get_mut(..have).unwrap_or_default();
        read_exact_at(&mut inner, &mut None, 0, head, "header")?;
        let header = AslHeader::parse(head)?;

        let first = header.first_record_offset;
        let mut reader = AslReader {
            inner,
            header,
            file_len,
            next: None,
            pending: None,
            visited: Vec::new(),
            clean_end: false,
            cache: HashMap::new(),
            pos: None,
        };
        if first == 0 {
            reader.clean_end = true;
        } else if first < HEADER_LEN || first >= file_len {
            reader.pending = Some(AslError::ChainOutOfRange {
                field: "header.first_record_offset",
                offset: 16,
                next: first,
                file_len,
            });
        } else {
            reader.next = Some(first);
        }
        Ok(reader)
    }

    /// The file header.
    pub fn header(&self) -> &AslHeader {
        &self.header
    }

    /// Length of the file in bytes.
    pub fn file_len(&self) -> u64 {
        self.file_len
    }

    /// Number of records read so far.
    pub fn records_read(&self) -> usize {
        self.visited.len()
    }

    /// Offset of the last record read so far.
    pub fn last_record_offset(&self) -> Option<u64> {
        self.visited.last().copied()
    }

    /// Once the chain has ended normally: whether the header's last-record
    /// offset disagrees (under both header layouts) with the last record
    /// actually found. `None` while iterating or after a chain error.
    pub fn header_is_stale(&self) -> Option<bool> {
        if !self.clean_end {
            return None;
        }
        let last = self.last_record_offset().unwrap_or(0);
        Some(!self.header.last_record_offset_matches(last))
    }

    /// Give back the underlying reader.
    pub fn into_inner(self) -> R {
        self.inner
    }

    /// Read the typed block at `offset`: a big-endian `u16` type and `u32`
    /// length, then that many bytes (the layout of message and string
    /// records alike). Returns the body's offset and the body.
    fn read_block(&mut self, offset: u64, spec: &BlockSpec) -> Result<(u64, Vec<u8>), AslError> {
        let mut head = [0u8; 6];
        self.check_span(spec.header, offset, 6)?;
        read_exact_at(
            &mut self.inner,
            &mut self.pos,
            offset,
            &mut head,
            spec.header,
        )?;
        let mut h = ByteReader::with_base(&head, offset);
        let kind = h.u16_be(spec.kind)?;
        if kind != spec.expected {
            return Err(BinaryError::invalid(
                spec.kind,
                offset,
                format!("type {kind} (expected {}, {})", spec.expected, spec.what),
            )
            .into());
        }
        let len = u64::from(h.u32_be(spec.length)?);
        if len > spec.max {
            return Err(AslError::TooLarge {
                field: spec.length,
                offset: offset.saturating_add(2),
                size: len,
                limit: spec.max,
            });
        }
        if len < spec.min {
            return Err(BinaryError::invalid(
                spec.length,
                offset.saturating_add(2),
                format!("{len} bytes, less than the fixed {}", spec.min),
            )
            .into());
        }
        let body_offset = offset.saturating_add(6);
        self.check_span(spec.body, body_offset, len)?;
        let mut body = vec![0u8; usize::try_from(len).unwrap_or(0)];
        read_exact_at(
            &mut self.inner,
            &mut self.pos,
            body_offset,
            &mut body,
            spec.body,
        )?;
        Ok((body_offset, body))
    }

    /// Read the record at `offset`, and work out where the chain goes next.
    fn read_record(&mut self, offset: u64) -> Result<AslRecord, AslError> {
        let (body_offset, body) = self.read_block(offset, &MESSAGE_BLOCK)?;
        let len = body.len() as u64;

        let mut r = ByteReader::with_base(&body, body_offset);
        let next = r.u64_be("record.next")?;
        let message_id = r.u64_be("record.message_id")?;
        let seconds = r.i64_be("record.seconds")?;
        let nanoseconds = r.u32_be("record.nanoseconds")?;
        let level = r.u16_be("record.level")?;
        let flags = r.u16_be("record.flags")?;
        let pid = r.u32_be("record.pid")?;
        let uid = r.i32_be("record.uid")?;
        let gid = r.i32_be("record.gid")?;
        let read_uid = r.i32_be("record.read_uid")?;
        let read_gid = r.i32_be("record.read_gid")?;
        let ref_pid = r.u32_be("record.ref_pid")?;
        let kv_count = u64::from(r.u32_be("record.kv_count")?);
        let refs: [u64; 6] = [
            r.u64_be("record.host")?,
            r.u64_be("record.sender")?,
            r.u64_be("record.facility")?,
            r.u64_be("record.message")?,
            r.u64_be("record.ref_proc")?,
            r.u64_be("record.session")?,
        ];
        // The body holds the fixed fields, 8 bytes per kv string and the
        // previous-record offset; the kv count must fit in what is left.
        let kv_room = checked_sub("record.kv_count", len, RECORD_FIXED_BODY)? / 8;
        if kv_count > kv_room {
            return Err(BinaryError::invalid(
                "record.kv_count",
                body_offset.saturating_add(60),
                format!("{kv_count} strings, but the record has room for {kv_room}"),
            )
            .into());
        }
        let mut kv_refs = Vec::with_capacity(usize::try_from(kv_count).unwrap_or(0));
        for _ in 0..kv_count {
            kv_refs.push(r.u64_be("record.kv")?);
        }
        let prev_pos = checked_sub("record.previous", len, 8)?;
        r.seek("record.previous", prev_pos)?;
        let previous_offset = r.u64_be("record.previous")?;

        let mut record = AslRecord {
            offset,
            message_id,
            seconds,
            nanoseconds,
            level,
            flags,
            pid,
            uid,
            gid,
            read_uid,
            read_gid,
            ref_pid,
            host: None,
            sender: None,
            facility: None,
            message: None,
            ref_proc: None,
            session: None,
            extra: Vec::new(),
            previous_offset,
            lossy: false,
            warnings: Vec::new(),
        };
        const NAMES: [&str; 6] = [
            "host", "sender", "facility", "message", "ref_proc", "session",
        ];
        let mut values: [Option<String>; 6] = Default::default();
        for ((name, reference), value) in NAMES.iter().zip(refs).zip(values.iter_mut()) {
            *value = self.string_field(&mut record, name, reference);
        }
        let [host, sender, facility, message, ref_proc, session] = values;
        record.host = host;
        record.sender = sender;
        record.facility = facility;
        record.message = message;
        record.ref_proc = ref_proc;
        record.session = session;
        for pair in kv_refs.chunks(2) {
            let (key_ref, value_ref) = match pair {
                [k, v] => (*k, Some(*v)),
                [k] => (*k, None),
                _ => continue,
            };
            let Some(key) = self.string_field(&mut record, "extra key", key_ref) else {
                continue;
            };
            let value = match value_ref {
                Some(v) => self.string_field(&mut record, "extra value", v),
                None => None,
            };
            record.extra.push((key, value.unwrap_or_default()));
        }

        // Where the chain goes next.
        let record_end = body_offset.saturating_add(len);
        self.visited.push(offset);
        if next == 0 {
            self.clean_end = true;
            self.next = None;
        } else if next < record_end {
            let err = if self.visited.binary_search(&next).is_ok() {
                AslError::ChainCycle { offset, next }
            } else {
                AslError::ChainBackwards {
                    offset,
                    next,
                    record_end,
                }
            };
            self.pending = Some(err);
            self.next = None;
        } else if next >= self.file_len {
            self.pending = Some(AslError::ChainOutOfRange {
                field: "record.next",
                offset,
                next,
                file_len: self.file_len,
            });
            self.next = None;
        } else {
            self.next = Some(next);
        }
        Ok(record)
    }

    /// Resolve a string reference for `field`, recording failures in the record.
    fn string_field(
        &mut self,
        record: &mut AslRecord,
        field: &str,
        reference: u64,
    ) -> Option<String> {
        match self.read_string(reference) {
            Ok(Some((s, lossy))) => {
                record.lossy |= lossy;
                Some(s)
            }
            Ok(None) => None,
            Err(e) => {
                record.warnings.push(format!("{field}: {e}"));
                None
            }
        }
    }

    /// Resolve a string reference: 0 = none, top bit = inline, else a file offset.
    fn read_string(&mut self, reference: u64) -> Result<Option<DecodedString>, AslError> {
        if reference == 0 {
            return Ok(None);
        }
        if reference & (1 << 63) != 0 {
            let bytes = reference.to_be_bytes();
            let len = u64::from(bytes[0] & 0x7f);
            let data = slice_at(&bytes, "string.inline", 1, len).map_err(|_| {
                BinaryError::invalid(
                    "string.inline",
                    0,
                    format!("inline length {len} exceeds 7 (reference {reference:#018x})"),
                )
            })?;
            return Ok(Some(decode(data)));
        }
        if let Some(hit) = self.cache.get(&reference) {
            return Ok(Some(hit.clone()));
        }
        if reference < HEADER_LEN {
            return Err(BinaryError::OutOfRange {
                field: "string.offset",
                value: reference,
                len: self.file_len,
            }
            .into());
        }
        let (_, data) = self.read_block(reference, &STRING_BLOCK)?;
        let decoded = decode(&data);
        if decoded.0.len() <= CACHE_MAX_STRING {
            if self.cache.len() >= CACHE_MAX_ENTRIES {
                self.cache.clear();
            }
            self.cache.insert(reference, decoded.clone());
        }
        Ok(Some(decoded))
    }

    /// Fail with a named truncation error unless `offset .. offset + len` is in the file.
    fn check_span(&self, field: &'static str, offset: u64, len: u64) -> Result<(), AslError> {
        if offset > self.file_len {
            return Err(BinaryError::OutOfRange {
                field,
                value: offset,
                len: self.file_len,
            }
            .into());
        }
        let have = checked_sub(field, self.file_len, offset)?;
        if len > have {
            return Err(BinaryError::Truncated {
                field,
                offset,
                need: len,
                have,
            }
            .into());
        }
        Ok(())
    }
}

impl<R: Read + Seek> Iterator for AslReader<R> {
    type Item = Result<AslRecord, AslError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(err) = self.pending.take() {
            self.next = None;
            return Some(Err(err));
        }
        let offset = self.next.take()?;
        match self.read_record(offset) {
            Ok(record) => Some(Ok(record)),
            Err(err) => {
                self.next = None;
                Some(Err(err))
            }
        }
    }
}

impl<R: Read + Seek> std::iter::FusedIterator for AslReader<R> {}

/// Strip trailing NULs and decode as UTF-8, lossily.
fn decode(data: &[u8]) -> DecodedString {
    let end = data.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
    let bytes = data.get(..end).unwrap_or_default();
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), false),
        Err(_) => (String::from_utf8_lossy(bytes).into_owned(), true),
    }
}

/// A buffered reader whose seeks stay inside its buffer when they can.
///
/// An ASL store writes each record's strings just before the record, so the
/// reader jumps back a few hundred bytes for every string. A plain
/// `BufReader` drops its buffer on every seek and refills it: with a 64 KiB
/// buffer that is about 64 KiB read per string. `SeekBuf` turns a seek that
/// lands in the buffered window into a cursor move (`seek_relative`).
#[derive(Debug)]
pub struct SeekBuf<R> {
    inner: io::BufReader<R>,
    /// The logical position, once known.
    pos: Option<u64>,
}

impl<R: Read + Seek> SeekBuf<R> {
    pub fn with_capacity(capacity: usize, inner: R) -> Self {
        SeekBuf {
            inner: io::BufReader::with_capacity(capacity, inner),
            pos: None,
        }
    }
}

impl<R: Read> Read for SeekBuf<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pos = self.pos.map(|p| p + n as u64);
        Ok(n)
    }
}

impl<R: Read + Seek> Seek for SeekBuf<R> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        if let (SeekFrom::Start(target), Some(cur)) = (to, self.pos) {
            if let (Ok(t), Ok(c)) = (i64::try_from(target), i64::try_from(cur)) {
                self.inner.seek_relative(t - c)?;
                self.pos = Some(target);
                return Ok(target);
            }
        }
        self.pos = None;
        let p = self.inner.seek(to)?;
        self.pos = Some(p);
        Ok(p)
    }
}

/// Fill `buf` from `offset` (seeking only when `pos` is elsewhere), naming
/// `field` in errors. `pos` tracks the reader's position.
fn read_exact_at<R: Read + Seek>(
    inner: &mut R,
    pos: &mut Option<u64>,
    offset: u64,
    buf: &mut [u8],
    field: &'static str,
) -> Result<(), AslError> {
    let io_err = |source| AslError::Io {
        field,
        offset,
        source,
    };
    if *pos != Some(offset) {
        *pos = None;
        inner.seek(SeekFrom::Start(offset)).map_err(io_err)?;
    }
    *pos = None;
    inner.read_exact(buf).map_err(io_err)?;
    *pos = offset.checked_add(buf.len() as u64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::asl::{sample, Rec, Store};
    use crate::testdata::Rng;
    use std::io::Cursor;
    use std::path::PathBuf;

    /// Read everything; returns the good records and the errors, and checks
    /// that the iterator ends (and stays ended).
    fn read_all(data: &[u8]) -> Result<(Vec<AslRecord>, Vec<AslError>), AslError> {
        let mut reader = AslReader::new(Cursor::new(data))?;
        let mut records = Vec::new();
        let mut errors = Vec::new();
        for (i, item) in reader.by_ref().enumerate() {
            assert!(i < 1_000_000, "iterator did not terminate");
            match item {
                Ok(r) => records.push(r),
                Err(e) => errors.push(e),
            }
        }
        assert!(reader.next().is_none(), "iterator resumed after ending");
        Ok((records, errors))
    }

    /// Counts the bytes read from the underlying reader.
    struct Counting<R> {
        inner: R,
        read: std::rc::Rc<std::cell::Cell<u64>>,
    }
    impl<R: Read> Read for Counting<R> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.inner.read(buf)?;
            self.read.set(self.read.get() + n as u64);
            Ok(n)
        }
    }
    impl<R: Seek> Seek for Counting<R> {
        fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
            self.inner.seek(to)
        }
    }

    #[test]
    fn seek_buf_reads_each_byte_about_once() {
        let mut b = Store::new();
        let host = b.string(b"host.local");
        for i in 0..2000u64 {
            let m = b.string(format!("message number {i} with some padding text").as_bytes());
            b.record(&Rec {
                message_id: i,
                seconds: 1_600_000_000 + i as i64,
                strings: [host, 0, 0, m, 0, 0],
                ..Rec::default()
            });
        }
        let len = b.size() as u64;
        let (plain, _) = read_all(b.bytes()).unwrap();
        let read = std::rc::Rc::new(std::cell::Cell::new(0));
        let counting = Counting {
            inner: Cursor::new(b.bytes().to_vec()),
            read: read.clone(),
        };
        let reader = AslReader::new(SeekBuf::with_capacity(4096, counting)).unwrap();
        let buffered: Vec<AslRecord> = reader.map(Result::unwrap).collect();
        assert_eq!(buffered.len(), 2000);
        assert_eq!(buffered.len(), plain.len());
        for (a, b) in buffered.iter().zip(&plain) {
            assert_eq!((a.offset, &a.message), (b.offset, &b.message));
        }
        // With this small buffer a string just before its record is sometimes
        // outside the buffered window, so about 2x is read; a plain BufReader
        // refilled its whole buffer for every string (hundreds of times).
        assert!(
            read.get() < 3 * len,
            "{} bytes read for a {len}-byte file",
            read.get()
        );
    }

    fn record_end(data: &[u8], offset: u64) -> u64 {
        let o = offset as usize;
        let len = u32::from_be_bytes(data[o + 2..o + 6].try_into().unwrap());
        offset + 6 + u64::from(len)
    }

    #[test]
    fn round_trip() {
        let (data, offsets) = sample();
        let mut reader = AslReader::new(Cursor::new(&data[..])).unwrap();
        assert_eq!(
            reader.header(),
            &AslHeader {
                version: 2,
                first_record_offset: offsets[0],
                creation_time: 1_600_000_000,
                string_cache_size: 256,
                last_record_offset_at_36: offsets[2],
                filter_mask: 0,
                last_record_offset_at_37: offsets[2] << 8,
            }
        );
        assert_eq!(reader.header_is_stale(), None);
        let records: Vec<AslRecord> = reader.by_ref().map(Result::unwrap).collect();
        assert_eq!(reader.header_is_stale(), Some(false));
        assert_eq!(reader.records_read(), 3);
        assert_eq!(reader.last_record_offset(), Some(offsets[2]));
        assert_eq!(records.len(), 3);

        assert_eq!(
            records[0],
            AslRecord {
                offset: offsets[0],
                message_id: 1,
                seconds: 1_600_000_000,
                nanoseconds: 123_456_789,
                level: 5,
                flags: 1,
                pid: 42,
                uid: 501,
                gid: 20,
                read_uid: -1,
                read_gid: 80,
                ref_pid: 7,
                host: Some("host.local".into()),
                sender: Some("sender".into()),
                facility: Some("daemon".into()),
                message: Some("Hello, world".into()),
                ref_proc: None,
                session: Some("s1".into()),
                extra: vec![
                    ("Key1".into(), "v1".into()),
                    ("K2".into(), "value two".into())
                ],
                previous_offset: 0,
                lossy: false,
                warnings: vec![],
            }
        );
        assert_eq!(
            records[0].timestamp().unwrap().to_rfc3339(),
            "2020-09-13T12:26:40.123456789+00:00"
        );
        assert_eq!(records[0].level_name(), "Notice");
        assert_eq!(records[0].extra_value("K2"), Some("value two"));

        let r = &records[1];
        assert_eq!((r.offset, r.message_id, r.level), (offsets[1], 2, 3));
        assert_eq!((r.uid, r.gid, r.read_uid, r.read_gid), (-2, -2, -1, -1));
        assert_eq!(r.host.as_deref(), Some("host.local"));
        assert_eq!(r.sender.as_deref(), Some("sender"));
        assert_eq!(r.facility, None);
        assert_eq!(r.message.as_deref(), Some("second"));
        assert!(r.extra.is_empty());
        assert_eq!(r.previous_offset, offsets[0]);

        let r = &records[2];
        assert_eq!(r.message.as_deref(), Some("caf\u{e9}"));
        assert_eq!(r.sender, None);
        assert_eq!(r.extra, vec![("Empty".to_string(), String::new())]);
        assert_eq!(r.level_name(), "Debug");
        assert_eq!(r.previous_offset, offsets[1]);
        assert!(records.iter().all(|r| r.warnings.is_empty() && !r.lossy));
    }

    #[test]
    fn level_names() {
        let names: Vec<&str> = (0..9).map(level_name).collect();
        assert_eq!(
            names,
            [
                "Emergency",
                "Alert",
                "Critical",
                "Error",
                "Warning",
                "Notice",
                "Info",
                "Debug",
                "Unknown"
            ]
        );
    }

    #[test]
    fn empty_store_has_no_records() {
        let data = Store::new().into_bytes();
        let mut reader = AslReader::new(Cursor::new(&data[..])).unwrap();
        assert!(reader.next().is_none());
        assert_eq!(reader.header_is_stale(), Some(false));
    }

    #[test]
    fn truncated_at_every_offset() {
        let (data, offsets) = sample();
        let ends: Vec<u64> = offsets.iter().map(|&o| record_end(&data, o)).collect();
        assert_eq!(*ends.last().unwrap(), data.len() as u64);
        for n in 0..=data.len() {
            let cut = &data[..n];
            match read_all(cut) {
                Err(e) => {
                    assert!(n < 80, "header error at length {n}: {e}");
                    assert!(matches!(e, AslError::Binary(BinaryError::Truncated { .. })));
                }
                Ok((records, errors)) => {
                    assert!(n >= 80);
                    let expect = ends.iter().filter(|&&e| e <= n as u64).count();
                    assert_eq!(records.len(), expect, "good records at length {n}");
                    assert_eq!(errors.len(), usize::from(n < data.len()), "at length {n}");
                    for (r, &o) in records.iter().zip(&offsets) {
                        assert_eq!(r.offset, o);
                        assert!(r.warnings.is_empty());
                    }
                }
            }
        }
    }

    #[test]
    fn truncation_error_names_offset() {
        let (data, offsets) = sample();
        let cut = &data[..offsets[1] as usize + 20];
        let (records, errors) = read_all(cut).unwrap();
        assert_eq!(records.len(), 1);
        match &errors[..] {
            [AslError::Binary(BinaryError::Truncated { field, offset, .. })] => {
                assert_eq!(*field, "record.body");
                assert_eq!(*offset, offsets[1] + 6);
            }
            other => panic!("unexpected errors {other:?}"),
        }
        assert!(errors[0].to_string().contains("record.body"));
    }

    #[test]
    fn cycle_to_earlier_record() {
        let (mut data, offsets) = sample();
        let at = offsets[1] as usize + 6;
        data[at..at + 8].copy_from_slice(&offsets[0].to_be_bytes());
        let (records, errors) = read_all(&data).unwrap();
        assert_eq!(records.len(), 2);
        match &errors[..] {
            [AslError::ChainCycle { offset, next }] => {
                assert_eq!((*offset, *next), (offsets[1], offsets[0]));
            }
            other => panic!("unexpected errors {other:?}"),
        }
    }

    #[test]
    fn cycle_to_itself() {
        let (mut data, offsets) = sample();
        let at = offsets[0] as usize + 6;
        data[at..at + 8].copy_from_slice(&offsets[0].to_be_bytes());
        let (records, errors) = read_all(&data).unwrap();
        assert_eq!(records.len(), 1);
        assert!(matches!(&errors[..], [AslError::ChainCycle { .. }]));
    }

    #[test]
    fn backward_link_into_strings() {
        let (mut data, offsets) = sample();
        let at = offsets[1] as usize + 6;
        data[at..at + 8].copy_from_slice(&80u64.to_be_bytes());
        let (records, errors) = read_all(&data).unwrap();
        assert_eq!(records.len(), 2);
        assert!(matches!(
            &errors[..],
            [AslError::ChainBackwards { next: 80, .. }]
        ));
    }

    #[test]
    fn next_outside_file() {
        let (mut data, offsets) = sample();
        let at = offsets[1] as usize + 6;
        let past = data.len() as u64 + 1000;
        data[at..at + 8].copy_from_slice(&past.to_be_bytes());
        let (records, errors) = read_all(&data).unwrap();
        assert_eq!(records.len(), 2);
        assert!(matches!(
            &errors[..],
            [AslError::ChainOutOfRange {
                field: "record.next",
                ..
            }]
        ));

        // Same for the header's first-record offset.
        let (mut data, _) = sample();
        data[16..24].copy_from_slice(&past.to_be_bytes());
        let (records, errors) = read_all(&data).unwrap();
        assert_eq!(records.len(), 0);
        assert!(matches!(
            &errors[..],
            [AslError::ChainOutOfRange {
                field: "header.first_record_offset",
                ..
            }]
        ));
    }

    #[test]
    fn stale_last_record_offset() {
        let (mut data, _) = sample();
        data[36..44].copy_from_slice(&0x1234u64.to_be_bytes());
        let mut reader = AslReader::new(Cursor::new(&data[..])).unwrap();
        assert_eq!(reader.by_ref().filter(Result::is_ok).count(), 3);
        assert_eq!(reader.header_is_stale(), Some(true));
    }

    #[test]
    fn last_record_offset_after_filter_mask() {
        // Later libsystem_asl layout: filter mask at 36, last offset at 37.
        let (mut data, offsets) = sample();
        data[36] = 0x7f;
        data[37..45].copy_from_slice(&offsets[2].to_be_bytes());
        let mut reader = AslReader::new(Cursor::new(&data[..])).unwrap();
        assert_eq!(reader.header().filter_mask, 0x7f);
        assert_eq!(reader.header().last_record_offset_at_37, offsets[2]);
        assert_eq!(reader.by_ref().filter(Result::is_ok).count(), 3);
        assert_eq!(reader.header_is_stale(), Some(false));
    }

    #[test]
    fn bad_signature_and_version() {
        let (mut data, _) = sample();
        data[0] = b'X';
        let err = AslReader::new(Cursor::new(&data[..])).unwrap_err();
        assert!(matches!(err, AslError::BadSignature { .. }), "{err}");

        let err = AslReader::new(Cursor::new(&b"<?xml version"[..])).unwrap_err();
        assert!(matches!(err, AslError::BadSignature { .. }), "{err}");

        let err = AslReader::new(Cursor::new(&[][..])).unwrap_err();
        assert!(matches!(
            err,
            AslError::Binary(BinaryError::Truncated { .. })
        ));

        let (mut data, _) = sample();
        data[12..16].copy_from_slice(&1u32.to_be_bytes());
        let err = AslReader::new(Cursor::new(&data[..])).unwrap_err();
        assert!(matches!(err, AslError::UnsupportedVersion { version: 1 }));
    }

    /// Offset of string reference `index` (0 = host … 5 = session) of a record.
    fn string_ref_at(record: u64, index: usize) -> usize {
        record as usize + 66 + 8 * index
    }

    #[test]
    fn bad_string_references_lose_only_the_field() {
        let (mut data, offsets) = sample();
        let len = data.len() as u64;
        // sender: table offset past the end of the file
        let at = string_ref_at(offsets[0], 1);
        data[at..at + 8].copy_from_slice(&(len + 100).to_be_bytes());
        // facility: inline string claiming 15 bytes
        let at = string_ref_at(offsets[0], 2);
        data[at..at + 8].copy_from_slice(&0x8f41_4243_4445_4647u64.to_be_bytes());
        // message: points at a record rather than a string
        let at = string_ref_at(offsets[0], 3);
        data[at..at + 8].copy_from_slice(&offsets[1].to_be_bytes());
        // host of the second record: inside the header
        let at = string_ref_at(offsets[1], 0);
        data[at..at + 8].copy_from_slice(&8u64.to_be_bytes());

        let (records, errors) = read_all(&data).unwrap();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(records.len(), 3);
        let r = &records[0];
        assert_eq!((r.sender.as_ref(), r.facility.as_ref()), (None, None));
        assert_eq!(r.message, None);
        assert_eq!(r.host.as_deref(), Some("host.local"));
        assert_eq!(r.extra.len(), 2);
        assert_eq!(r.warnings.len(), 3, "{:?}", r.warnings);
        assert!(r.warnings[0].starts_with("sender: "));
        assert!(r.warnings[1].starts_with("facility: "));
        assert!(r.warnings[2].starts_with("message: ") && r.warnings[2].contains("string.type"));
        assert_eq!(records[1].host, None);
        assert_eq!(records[1].warnings.len(), 1);
        assert_eq!(records[2].host.as_deref(), Some("host.local"));
    }

    #[test]
    fn string_truncated_by_end_of_file() {
        let mut b = Store::new();
        let host = b.string(b"host");
        b.record(&Rec {
            strings: [host, 0, 0, 0, 0, 0],
            ..Rec::default()
        });
        // A string record whose length runs past the end of the file.
        let first = b.records()[0];
        let mut data = b.into_bytes();
        let bad = data.len() as u64;
        data.extend_from_slice(&1u16.to_be_bytes());
        data.extend_from_slice(&0x1000u32.to_be_bytes());
        data.extend_from_slice(b"abc");
        let at = string_ref_at(first, 0);
        data[at..at + 8].copy_from_slice(&bad.to_be_bytes());
        let (records, errors) = read_all(&data).unwrap();
        assert!(errors.is_empty());
        assert_eq!(records[0].host, None);
        assert!(records[0].warnings[0].contains("string.data"));
    }

    #[test]
    fn lossy_utf8_is_flagged() {
        let mut b = Store::new();
        let msg = b.string(&[0xff, b'a']);
        b.record(&Rec {
            strings: [0, 0, 0, msg, 0, 0],
            ..Rec::default()
        });
        let (records, _) = read_all(b.bytes()).unwrap();
        assert_eq!(records[0].message.as_deref(), Some("\u{fffd}a"));
        assert!(records[0].lossy);
    }

    #[test]
    fn oversized_lengths_are_rejected() {
        let (mut data, offsets) = sample();
        let at = offsets[0] as usize + 2;
        data[at..at + 4].copy_from_slice(&0x7fff_ffffu32.to_be_bytes());
        let (records, errors) = read_all(&data).unwrap();
        assert!(records.is_empty());
        assert!(matches!(
            &errors[..],
            [AslError::TooLarge {
                field: "record.length",
                ..
            }]
        ));

        // Record shorter than its fixed part.
        let (mut data, offsets) = sample();
        let at = offsets[0] as usize + 2;
        data[at..at + 4].copy_from_slice(&20u32.to_be_bytes());
        let (records, errors) = read_all(&data).unwrap();
        assert!(records.is_empty());
        assert!(errors[0].to_string().contains("record.length"));

        // More key/value strings than the record has room for.
        let (mut data, offsets) = sample();
        let at = offsets[0] as usize + 62;
        data[at..at + 4].copy_from_slice(&1000u32.to_be_bytes());
        let (records, errors) = read_all(&data).unwrap();
        assert!(records.is_empty());
        assert!(
            errors[0].to_string().contains("record.kv_count"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn random_damage_never_panics() {
        let (data, _) = sample();
        let mut rng = Rng::new(0x2545_f491_4f6c_dd1d);
        let mut rand = move || rng.next();
        for _ in 0..3000 {
            let mut d = data.clone();
            for _ in 0..(1 + rand() % 4) {
                let i = (rand() % d.len() as u64) as usize;
                d[i] = rand() as u8;
            }
            let n = d.len() - (rand() % 64) as usize;
            if let Ok((records, _)) = read_all(&d[..n]) {
                assert!(records.len() <= 3);
            }
        }
    }

    fn realdata(rel: &str) -> PathBuf {
        crate::testdata::path(rel)
    }

    fn open(path: &PathBuf) -> AslReader<std::io::BufReader<std::fs::File>> {
        let file = std::fs::File::open(path).unwrap();
        AslReader::new(std::io::BufReader::new(file)).unwrap()
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn realdata_applesystemlog() {
        let path = realdata("asl/applesystemlog.asl");
        let mut reader = open(&path);
        let h = reader.header().clone();
        assert_eq!(h.version, 2);
        assert_eq!(
            h.creation_datetime().unwrap().to_rfc3339(),
            "2013-11-25T09:45:35+00:00"
        );
        let records: Vec<AslRecord> = reader.by_ref().map(Result::unwrap).collect();
        assert_eq!(records.len(), 2);
        assert_eq!(reader.header_is_stale(), Some(false));
        assert_eq!(h.last_record_offset_at_36, 974);

        let message = "Incorrect NSStringEncoding value 0x8000100 detected. \
            Assuming NSASCIIStringEncoding. Will stop this compatiblity \
            mapping behavior in the near future.";
        let expected = [
            (
                442,
                101406,
                "2013-11-25T09:45:35.705481+00:00",
                "2013-11-25 09:45:35.701",
            ),
            (
                974,
                102643,
                "2013-11-25T17:12:43.571140+00:00",
                "2013-11-25 17:12:43.537",
            ),
        ];
        for (r, (offset, id, time, local_time)) in records.iter().zip(expected) {
            assert_eq!(r.offset, offset);
            assert_eq!(r.message_id, id);
            assert_eq!(r.timestamp().unwrap().to_rfc3339(), time);
            assert_eq!(r.host.as_deref(), Some("DarkTemplar-2.local"));
            assert_eq!(r.sender.as_deref(), Some("locationd"));
            assert_eq!(r.facility.as_deref(), Some("com.apple.locationd"));
            assert_eq!(r.message.as_deref(), Some(message));
            assert_eq!(r.pid, 69);
            assert_eq!((r.uid, r.gid), (205, 205));
            assert_eq!((r.read_uid, r.read_gid), (205, -1));
            assert_eq!(r.level, 4);
            assert_eq!(r.level_name(), "Warning");
            assert_eq!(
                r.extra,
                vec![
                    ("CFLog Local Time".to_string(), local_time.to_string()),
                    ("CFLog Thread".to_string(), "1007".to_string()),
                    (
                        "Sender_Mach_UUID".to_string(),
                        "50E1F76A-60FF-368C-B74E-EB48F6D98C51".to_string()
                    ),
                ]
            );
            assert!(r.warnings.is_empty() && !r.lossy);
        }
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn realdata_dirty_2019() {
        let path = realdata("asl/2019.09.26.asl");
        let mut reader = open(&path);
        let h = reader.header().clone();
        assert_eq!(h.version, 2);
        assert_eq!(
            h.creation_datetime().unwrap().to_rfc3339(),
            "2019-09-25T22:50:16+00:00"
        );
        let mut count = 0;
        for item in reader.by_ref() {
            let r = item.unwrap();
            assert!(r.warnings.is_empty(), "{:?}", r.warnings);
            count += 1;
        }
        assert_eq!(count, 318);
        // Read at offset 36 (the layout plaso uses) the last-record offset is
        // stale; with the filter-mask layout it is the real last record.
        let last = reader.last_record_offset().unwrap();
        assert_eq!(last, 0x22f45);
        assert_ne!(h.last_record_offset_at_36, last);
        assert_eq!(h.last_record_offset_at_37, last);
        assert_eq!(reader.header_is_stale(), Some(false));
    }

    /// The decoded records of the synthetic store, as a reviewed snapshot.
    #[test]
    fn snapshot_of_the_synthetic_store() {
        let (data, _) = sample();
        let (records, errors) = read_all(&data).unwrap();
        assert!(errors.is_empty());
        insta::assert_json_snapshot!(records);
    }
}
