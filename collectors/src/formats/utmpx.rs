//! Login accounting records: `utmpx` (macOS 10.5+) and the older BSD
//! `utmp`/`wtmp` layout.
//!
//! **utmpx.** `/private/var/run/utmpx` holds who is logged in now and the
//! boot, shutdown and time-change events since boot; each record is the
//! 32-bit `struct utmpx32` of Libc's `utmpx32.h`, written in the host's
//! byte order (little-endian on Intel and Apple silicon), 628 bytes:
//!
//! | offset | size | field |
//! |---|---|---|
//! | 0 | 256 | `ut_user` (NUL-padded) |
//! | 256 | 4 | `ut_id` |
//! | 260 | 32 | `ut_line` (terminal) |
//! | 292 | 4 | `ut_pid` |
//! | 296 | 2 | `ut_type` |
//! | 298 | 2 | padding |
//! | 300 | 4 | `ut_tv.tv_sec` (signed) |
//! | 304 | 4 | `ut_tv.tv_usec` |
//! | 308 | 256 | `ut_host` |
//! | 564 | 64 | `ut_pad` |
//!
//! The first record of a file is usually a signature record (`ut_type`
//! 10, user `utmpx-1.00`); a file whose signature reads as type 10 only
//! big-endian is decoded big-endian (PowerPC).
//!
//! **utmp.** Before 10.5, `/var/log/wtmp` held BSD `struct utmp`: 36-byte
//! records of `ut_line[8]`, `ut_name[8]`, `ut_host[16]` and a 32-bit
//! `ut_time`, with no type: an empty name is a logout, line `~` with
//! name `reboot`/`shutdown` is a boot/shutdown, lines `|` and `{` the
//! old and new time of a clock change.
//!
//! A file whose size is not a whole number of records keeps its whole
//! records and reports the length of the tail.
//!
//! **References.** Apple Libc `include/utmpx.h` (`ut_type` values,
//! `_UTX_*SIZE`), `gen/utmpx32.h`, `gen/utmpx-darwin.c`; plaso
//! `parsers/utmpx.py` and `utmpx.yaml` (its test on `utmpx_mac`: 6
//! entries); mac_apt `plugins/utmpx.py`; FreeBSD `utmp.h` (4.4BSD layout).

use serde::Serialize;
use thiserror::Error;

use super::bytes::{BinaryError, ByteReader};

/// The size of one utmpx record.
pub const UTMPX_RECORD: usize = 628;
/// The size of one BSD utmp record.
pub const UTMP_RECORD: usize = 36;

/// `ut_type` of the signature record.
pub const SIGNATURE: i16 = 10;

/// Why a buffer did not decode.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum UtmpxError {
    #[error(transparent)]
    Binary(#[from] BinaryError),
}

/// The two layouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Utmpx,
    Utmp,
}

/// Byte order of a utmpx file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Endian {
    Little,
    Big,
}

/// One record, as stored (strings are the bytes before the first NUL).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// Its number in the file (0 for the first record).
    pub index: u64,
    /// Its offset in the file.
    pub offset: u64,
    pub user: Vec<u8>,
    /// `ut_id`, as stored.
    pub id: [u8; 4],
    pub line: Vec<u8>,
    pub host: Vec<u8>,
    pub pid: Option<i32>,
    /// `ut_type` (utmpx); `None` for BSD utmp, which has no type.
    pub kind: Option<i16>,
    pub tv_sec: i64,
    pub tv_usec: i64,
}

impl Entry {
    /// `ut_id` as a number in the file's byte order (how plaso prints it).
    pub fn id_number(&self, endian: Endian) -> u32 {
        match endian {
            Endian::Little => u32::from_le_bytes(self.id),
            Endian::Big => u32::from_be_bytes(self.id),
        }
    }

    /// True for the utmpx signature record.
    pub fn is_signature(&self) -> bool {
        self.kind == Some(SIGNATURE)
    }

    /// What happened, for both layouts: `login`, `logout`, `boot`,
    /// `shutdown`, `time_change_old`, `time_change_new`, ...
    pub fn event(&self) -> &'static str {
        match self.kind {
            Some(k) => type_event(k),
            None => match (self.line.as_slice(), self.user.as_slice()) {
                (b"~", b"reboot") => "boot",
                (b"~", b"shutdown") => "shutdown",
                (b"|", _) => "time_change_old",
                (b"{", _) => "time_change_new",
                (_, b"") => "logout",
                _ => "login",
            },
        }
    }

    /// Microseconds since 1970 (the stored time in one number).
    pub fn micros(&self) -> i64 {
        self.tv_sec
            .saturating_mul(1_000_000)
            .saturating_add(self.tv_usec)
    }
}

/// The `UTMPX` type constant of `ut_type`, lowercase.
pub fn type_name(t: i16) -> Option<&'static str> {
    Some(match t {
        0 => "empty",
        1 => "run_lvl",
        2 => "boot_time",
        3 => "old_time",
        4 => "new_time",
        5 => "init_process",
        6 => "login_process",
        7 => "user_process",
        8 => "dead_process",
        9 => "accounting",
        10 => "signature",
        11 => "shutdown_time",
        _ => return None,
    })
}

fn type_event(t: i16) -> &'static str {
    match t {
        2 => "boot",
        3 => "time_change_old",
        4 => "time_change_new",
        5 => "init",
        6 => "login_prompt",
        7 => "login",
        8 => "logout",
        10 => "signature",
        11 => "shutdown",
        0 => "empty",
        _ => "other",
    }
}

/// A decoded file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decoded {
    pub format: Format,
    pub endian: Endian,
    /// Every whole record, the signature included.
    pub entries: Vec<Entry>,
    /// Bytes after the last whole record (0 for a sound file).
    pub tail: usize,
}

fn cstr(b: &[u8]) -> Vec<u8> {
    let end = b.iter().position(|&c| c == 0).unwrap_or(b.len());
    b.get(..end).unwrap_or_default().to_vec()
}

/// The byte order of a utmpx buffer, from its signature record.
fn utmpx_endian(data: &[u8]) -> Endian {
    let mut r = ByteReader::new(data);
    let raw = r.seek("ut_type", 296).and_then(|_| r.array::<2>("ut_type"));
    match raw {
        Ok(b) if i16::from_le_bytes(b) != SIGNATURE && i16::from_be_bytes(b) == SIGNATURE => {
            Endian::Big
        }
        _ => Endian::Little,
    }
}

fn utmpx_record(chunk: &[u8], index: u64, endian: Endian) -> Result<Entry, UtmpxError> {
    let offset = index.saturating_mul(UTMPX_RECORD as u64);
    let mut r = ByteReader::with_base(chunk, offset);
    let user = cstr(r.take("ut_user", 256)?);
    let id = r.array::<4>("ut_id")?;
    let line = cstr(r.take("ut_line", 32)?);
    let (pid, kind) = match endian {
        Endian::Little => (r.i32_le("ut_pid")?, i16::from_le_bytes(r.array("ut_type")?)),
        Endian::Big => (r.i32_be("ut_pid")?, i16::from_be_bytes(r.array("ut_type")?)),
    };
    r.skip("ut_type padding", 2)?;
    let (sec, usec) = match endian {
        Endian::Little => (r.i32_le("ut_tv.tv_sec")?, r.i32_le("ut_tv.tv_usec")?),
        Endian::Big => (r.i32_be("ut_tv.tv_sec")?, r.i32_be("ut_tv.tv_usec")?),
    };
    let host = cstr(r.take("ut_host", 256)?);
    r.skip("ut_pad", 64)?;
    Ok(Entry {
        index,
        offset,
        user,
        id,
        line,
        host,
        pid: Some(pid),
        kind: Some(kind),
        tv_sec: i64::from(sec),
        tv_usec: i64::from(usec),
    })
}

fn utmp_record(chunk: &[u8], index: u64) -> Result<Entry, UtmpxError> {
    let offset = index.saturating_mul(UTMP_RECORD as u64);
    let mut r = ByteReader::with_base(chunk, offset);
    let line = cstr(r.take("ut_line", 8)?);
    let user = cstr(r.take("ut_name", 8)?);
    let host = cstr(r.take("ut_host", 16)?);
    let time = r.i32_le("ut_time")?;
    Ok(Entry {
        index,
        offset,
        user,
        id: [0; 4],
        line,
        host,
        pid: None,
        kind: None,
        tv_sec: i64::from(time),
        tv_usec: 0,
    })
}

/// Decode a utmpx file: every whole 628-byte record.
pub fn decode_utmpx(data: &[u8]) -> Result<Decoded, UtmpxError> {
    let endian = utmpx_endian(data);
    let mut entries = Vec::with_capacity(data.len() / UTMPX_RECORD);
    for (i, chunk) in data.chunks_exact(UTMPX_RECORD).enumerate() {
        entries.push(utmpx_record(chunk, i as u64, endian)?);
    }
    Ok(Decoded {
        format: Format::Utmpx,
        endian,
        entries,
        tail: data.len() % UTMPX_RECORD,
    })
}

/// Decode a BSD utmp/wtmp file: every whole 36-byte record.
pub fn decode_utmp(data: &[u8]) -> Result<Decoded, UtmpxError> {
    let mut entries = Vec::with_capacity(data.len() / UTMP_RECORD);
    for (i, chunk) in data.chunks_exact(UTMP_RECORD).enumerate() {
        entries.push(utmp_record(chunk, i as u64)?);
    }
    Ok(Decoded {
        format: Format::Utmp,
        endian: Endian::Little,
        entries,
        tail: data.len() % UTMP_RECORD,
    })
}

/// True when the buffer starts with a utmpx signature record (either byte
/// order).
pub fn has_utmpx_signature(data: &[u8]) -> bool {
    let Some(user) = data.get(..256) else {
        return false;
    };
    if cstr(user) != b"utmpx-1.00" {
        return false;
    }
    let mut r = ByteReader::new(data);
    matches!(
        r.seek("ut_type", 296).and_then(|_| r.array::<2>("ut_type")),
        Ok(b) if i16::from_le_bytes(b) == SIGNATURE || i16::from_be_bytes(b) == SIGNATURE
    )
}

/// Decode a login accounting file, choosing the layout: utmpx when the
/// file starts with the utmpx signature, or when it is not named like a
/// BSD `wtmp`/`utmp` file, or when its size fits utmpx records and not
/// utmp ones; BSD utmp otherwise.
pub fn decode(data: &[u8], bsd_name: bool) -> Result<Decoded, UtmpxError> {
    let utmpx = has_utmpx_signature(data)
        || !bsd_name
        || (data.len() % UTMPX_RECORD == 0 && data.len() % UTMP_RECORD != 0);
    if utmpx {
        decode_utmpx(data)
    } else {
        decode_utmp(data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::utmpx::{record as utmpx, signature};

    #[test]
    fn decodes_records_and_keeps_whole_ones_before_a_tail() {
        let mut data = signature();
        data.extend(utmpx("", [0; 4], "", 1, 2, 1_384_365_154, 0, ""));
        data.extend(utmpx(
            "eve",
            *b"s001",
            "ttys001",
            700,
            7,
            1_700_000_000,
            123_456,
            "203.0.113.9",
        ));
        data.extend(utmpx(
            "eve",
            *b"s001",
            "ttys001",
            700,
            8,
            1_700_000_100,
            0,
            "",
        ));
        data.extend_from_slice(&[0xab; 100]);
        let d = decode(&data, false).unwrap();
        assert_eq!(d.format, Format::Utmpx);
        assert_eq!(d.endian, Endian::Little);
        assert_eq!(d.tail, 100);
        assert_eq!(d.entries.len(), 4);
        assert!(d.entries[0].is_signature());
        let login = &d.entries[2];
        assert_eq!(login.user, b"eve");
        assert_eq!(login.line, b"ttys001");
        assert_eq!(login.host, b"203.0.113.9");
        assert_eq!(login.pid, Some(700));
        assert_eq!(login.event(), "login");
        assert_eq!(login.offset, 2 * 628);
        assert_eq!(login.micros(), 1_700_000_000_123_456);
        assert_eq!(login.id_number(d.endian), u32::from_le_bytes(*b"s001"));
        assert_eq!(d.entries[1].event(), "boot");
        assert_eq!(d.entries[3].event(), "logout");
        assert_eq!(type_name(7), Some("user_process"));
        assert_eq!(type_name(42), None);
    }

    #[test]
    fn big_endian_signature_and_bsd_utmp() {
        let mut be = signature();
        be[296..298].copy_from_slice(&SIGNATURE.to_be_bytes());
        let mut rec = utmpx("joe", [0; 4], "console", 0, 0, 0, 0, "");
        rec[292..296].copy_from_slice(&55i32.to_be_bytes());
        rec[296..298].copy_from_slice(&7i16.to_be_bytes());
        rec[300..304].copy_from_slice(&1_000_000_000i32.to_be_bytes());
        be.extend(rec);
        let d = decode(&be, false).unwrap();
        assert_eq!(d.endian, Endian::Big);
        assert_eq!(d.entries[1].kind, Some(7));
        assert_eq!(d.entries[1].pid, Some(55));
        assert_eq!(d.entries[1].tv_sec, 1_000_000_000);

        let mut wtmp = Vec::new();
        for (line, name, host, t) in [
            ("~", "reboot", "", 1_100_000_000i32),
            ("console", "joe", "", 1_100_000_060),
            ("ttyp1", "joe", "host.example", 1_100_000_100),
            ("ttyp1", "", "", 1_100_000_200),
        ] {
            let mut r = vec![0u8; UTMP_RECORD];
            r[..line.len()].copy_from_slice(line.as_bytes());
            r[8..8 + name.len()].copy_from_slice(name.as_bytes());
            r[16..16 + host.len()].copy_from_slice(host.as_bytes());
            r[32..36].copy_from_slice(&t.to_le_bytes());
            wtmp.extend(r);
        }
        let d = decode(&wtmp, true).unwrap();
        assert_eq!(d.format, Format::Utmp);
        let events: Vec<&str> = d.entries.iter().map(Entry::event).collect();
        assert_eq!(events, ["boot", "login", "login", "logout"]);
        assert_eq!(d.entries[2].host, b"host.example");
        assert_eq!(d.entries[3].tv_sec, 1_100_000_200);
        assert_eq!(d.tail, 0);
        // A wtmp-named file that starts with the utmpx signature is utmpx.
        assert_eq!(decode(&signature(), true).unwrap().format, Format::Utmpx);
    }

    #[test]
    fn short_and_empty_inputs() {
        let d = decode(&[], false).unwrap();
        assert!(d.entries.is_empty() && d.tail == 0);
        let d = decode(&[1, 2, 3], false).unwrap();
        assert!(d.entries.is_empty());
        assert_eq!(d.tail, 3);
        // Strings without a NUL fill their field.
        let mut r = utmpx("", [0; 4], "", 0, 7, 0, 0, "");
        r[..256].fill(b'a');
        let d = decode(&r, false).unwrap();
        assert_eq!(d.entries[0].user.len(), 256);
    }
}
