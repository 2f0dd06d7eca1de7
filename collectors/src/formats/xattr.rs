//! Values of the extended attributes macOS sets on files that came from
//! elsewhere or were opened.
//!
//! - `com.apple.quarantine` (Mac OS X 10.5 and later): text,
//!   `flags;time;agent;event-UUID` with `flags` and `time` in hex (`time` is
//!   POSIX seconds), written by LaunchServices for a quarantine-aware
//!   application (browsers, Mail, Messages, AirDrop). The UUID is the
//!   `LSQuarantineEventIdentifier` of the download's row in the user's
//!   `QuarantineEventsV2` database. Flag names follow `qtn_flags` of
//!   Apple's private `quarantine.h` as quoted in public sources:
//!   `0x0001` download, `0x0002` sandbox, `0x0004` hard, `0x0040` user
//!   approved (Gatekeeper let it run).
//! - `com.apple.metadata:kMDItemWhereFroms`: a binary property list, an
//!   array of strings (the download URL, then the page it came from; for
//!   mail, the sender and subject).
//! - `com.apple.metadata:kMDItemDownloadedDate`: a binary property list,
//!   an array of one date.
//! - `com.apple.lastuseddate#PS`: 16 bytes, a `struct timespec`
//!   (little-endian seconds and nanoseconds, 64 bits each): when the file
//!   was last opened through LaunchServices.
//! - `com.apple.provenance` (macOS 13 and later): 11 bytes, three header
//!   bytes then the 8-byte (little-endian) primary key of the app's row in
//!   the `provenance_tracking` table of
//!   `/var/db/SystemPolicyConfiguration/ExecPolicy` (Howard Oakley,
//!   "How macOS now tracks the provenance of apps", 2023).
//!
//! These decoders are pure functions of the value's bytes.

use thiserror::Error;

use super::bytes::{BinaryError, ByteReader};
use crate::kit::plist::{self, PlistError};

/// Why an attribute's value could not be decoded.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum XattrError {
    #[error(transparent)]
    Binary(#[from] BinaryError),
    #[error(transparent)]
    Plist(#[from] PlistError),
    /// A quarantine value that is not `flags;time;agent[;uuid]`.
    #[error("quarantine value: {0}")]
    Quarantine(String),
    /// A value of the wrong size.
    #[error("{what}: {len} bytes, expected {expected}")]
    Length {
        what: &'static str,
        len: usize,
        expected: usize,
    },
    /// A property list of the wrong shape.
    #[error("{what}: {found}")]
    Shape { what: &'static str, found: String },
}

/// A decoded `com.apple.quarantine`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantine {
    pub flags: u32,
    /// The flags field as stored (hex digits).
    pub flags_raw: String,
    /// POSIX seconds.
    pub time: i64,
    /// The time field as stored (hex digits).
    pub time_raw: String,
    /// The application that wrote the file (may be empty).
    pub agent: String,
    /// The quarantine event UUID, when present.
    pub event_id: Option<String>,
}

impl Quarantine {
    /// The decoded attribute as records carry it: every field, the flags'
    /// names, the time converted with the stored hex beside it.
    pub fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "flags": self.flags,
            "flags_raw": self.flags_raw,
            "flag_names": quarantine_flag_names(self.flags),
            "time": crate::kit::time::json(crate::kit::time::from_unix_secs(self.time)),
            "time_raw": self.time_raw,
            "agent": self.agent,
            "event_id": self.event_id,
        })
    }
}

/// Names of the quarantine flag bits.
const QUARANTINE_FLAGS: [(u32, &str); 4] = [
    (0x0001, "Download"),
    (0x0002, "Sandbox"),
    (0x0004, "Hard"),
    (0x0040, "UserApproved"),
];

/// The names of the quarantine flag bits set; unnamed bits as hex.
pub fn quarantine_flag_names(flags: u32) -> Vec<String> {
    (0..32)
        .map(|b| 1u32 << b)
        .filter(|m| flags & m != 0)
        .map(|m| match QUARANTINE_FLAGS.iter().find(|(f, _)| *f == m) {
            Some((_, n)) => (*n).to_string(),
            None => format!("{m:#06x}"),
        })
        .collect()
}

/// Decode a `com.apple.quarantine` value.
pub fn quarantine(value: &[u8]) -> Result<Quarantine, XattrError> {
    let text = std::str::from_utf8(value)
        .map_err(|e| XattrError::Quarantine(format!("not UTF-8 ({e})")))?;
    let text = text.trim_end_matches(['\0', '\n']);
    let mut parts = text.splitn(4, ';');
    let flags_raw = parts.next().unwrap_or_default();
    let time_raw = parts
        .next()
        .ok_or_else(|| XattrError::Quarantine(format!("no time field in {text:?}")))?;
    let agent = parts
        .next()
        .ok_or_else(|| XattrError::Quarantine(format!("no agent field in {text:?}")))?;
    let event_id = parts.next().filter(|s| !s.is_empty()).map(str::to_string);
    let hex = |field: &'static str, s: &str, max_len: usize| {
        if s.is_empty() || s.len() > max_len {
            return Err(XattrError::Quarantine(format!("{field} {s:?} is not hex")));
        }
        u64::from_str_radix(s, 16)
            .map_err(|_| XattrError::Quarantine(format!("{field} {s:?} is not hex")))
    };
    let flags = u32::try_from(hex("flags", flags_raw, 8)?)
        .map_err(|_| XattrError::Quarantine(format!("flags {flags_raw:?} out of range")))?;
    let time = i64::try_from(hex("time", time_raw, 16)?)
        .map_err(|_| XattrError::Quarantine(format!("time {time_raw:?} out of range")))?;
    Ok(Quarantine {
        flags,
        flags_raw: flags_raw.to_string(),
        time,
        time_raw: time_raw.to_string(),
        agent: agent.to_string(),
        event_id,
    })
}

/// Decode `com.apple.metadata:kMDItemWhereFroms`: the strings of its array
/// (other values are skipped).
pub fn where_froms(value: &[u8]) -> Result<Vec<String>, XattrError> {
    match plist::read(value)? {
        ::plist::Value::Array(items) => {
            Ok(items.into_iter().filter_map(|v| v.into_string()).collect())
        }
        ::plist::Value::String(s) => Ok(vec![s]),
        other => Err(XattrError::Shape {
            what: "kMDItemWhereFroms",
            found: format!("not an array of strings ({})", kind(&other)),
        }),
    }
}

/// Decode `com.apple.metadata:kMDItemDownloadedDate`: its dates.
pub fn downloaded_dates(value: &[u8]) -> Result<Vec<std::time::SystemTime>, XattrError> {
    let one = |v: ::plist::Value| v.as_date().map(std::time::SystemTime::from);
    match plist::read(value)? {
        ::plist::Value::Array(items) => Ok(items.into_iter().filter_map(one).collect()),
        v @ ::plist::Value::Date(_) => Ok(one(v).into_iter().collect()),
        other => Err(XattrError::Shape {
            what: "kMDItemDownloadedDate",
            found: format!("not an array of dates ({})", kind(&other)),
        }),
    }
}

fn kind(v: &::plist::Value) -> &'static str {
    match v {
        ::plist::Value::Array(_) => "array",
        ::plist::Value::Dictionary(_) => "dictionary",
        ::plist::Value::Boolean(_) => "boolean",
        ::plist::Value::Data(_) => "data",
        ::plist::Value::Date(_) => "date",
        ::plist::Value::Real(_) => "real",
        ::plist::Value::Integer(_) => "integer",
        ::plist::Value::String(_) => "string",
        ::plist::Value::Uid(_) => "uid",
        _ => "other",
    }
}

/// Decode `com.apple.lastuseddate#PS`: (seconds, nanoseconds).
pub fn last_used_date(value: &[u8]) -> Result<(i64, i64), XattrError> {
    if value.len() != 16 {
        return Err(XattrError::Length {
            what: "lastuseddate#PS",
            len: value.len(),
            expected: 16,
        });
    }
    let mut r = ByteReader::new(value);
    Ok((r.i64_le("tv_sec")?, r.i64_le("tv_nsec")?))
}

/// A decoded `com.apple.provenance`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// The three header bytes, hex.
    pub header: String,
    /// The `provenance_tracking` primary key.
    pub id: u64,
}

/// Decode `com.apple.provenance`.
pub fn provenance(value: &[u8]) -> Result<Provenance, XattrError> {
    if value.len() != 11 {
        return Err(XattrError::Length {
            what: "provenance",
            len: value.len(),
            expected: 11,
        });
    }
    let mut r = ByteReader::new(value);
    let header = r.array::<3>("provenance.header")?;
    Ok(Provenance {
        header: hex::encode(header),
        id: r.u64_le("provenance.id")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarantine_values() {
        // As `xattr -p` shows one written by Brave (quoted in public
        // write-ups of the format).
        let q = quarantine(b"00C1;607842eb;Brave;F643CD5F-6071-46AB-83AB-390BA944DEC5").unwrap();
        assert_eq!(q.flags, 0xc1);
        assert_eq!(
            quarantine_flag_names(q.flags),
            vec!["Download", "UserApproved", "0x0080"]
        );
        assert_eq!(q.time, 0x6078_42eb);
        assert_eq!(q.agent, "Brave");
        assert_eq!(
            q.event_id.as_deref(),
            Some("F643CD5F-6071-46AB-83AB-390BA944DEC5")
        );
        // No UUID (written by a tool, not LaunchServices), an agent with a
        // semicolon-free name, a trailing NUL.
        let q = quarantine(b"0081;5e0b7a2c;curl;\0").unwrap();
        assert_eq!(q.event_id, None);
        assert_eq!(q.agent, "curl");
        for bad in [
            &b""[..],
            b"0081",
            b"zz;1;a;",
            b"0081;;a;",
            b"\xff;1;a",
            b"123456789;1;a;",
        ] {
            assert!(quarantine(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn plists_dates_and_provenance() {
        let mut buf = Vec::new();
        ::plist::Value::Array(vec![
            "https://dl.example.test/tool.dmg".into(),
            "https://example.test/download".into(),
            ::plist::Value::Integer(3.into()),
        ])
        .to_writer_binary(&mut buf)
        .unwrap();
        assert_eq!(
            where_froms(&buf).unwrap(),
            vec![
                "https://dl.example.test/tool.dmg",
                "https://example.test/download"
            ]
        );
        assert!(matches!(where_froms(b"junk"), Err(XattrError::Plist(_))));
        let mut d = Vec::new();
        let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000);
        ::plist::Value::Array(vec![::plist::Value::Date(t.into())])
            .to_writer_binary(&mut d)
            .unwrap();
        assert_eq!(downloaded_dates(&d).unwrap(), vec![t]);
        let mut e = Vec::new();
        ::plist::Value::Boolean(true)
            .to_writer_binary(&mut e)
            .unwrap();
        assert!(matches!(
            downloaded_dates(&e),
            Err(XattrError::Shape { .. })
        ));

        let mut ps = 1_700_000_000i64.to_le_bytes().to_vec();
        ps.extend(123_456_789i64.to_le_bytes());
        assert_eq!(last_used_date(&ps).unwrap(), (1_700_000_000, 123_456_789));
        assert!(last_used_date(&ps[..15]).is_err());

        let mut p = vec![1u8, 2, 0];
        p.extend(0x1234u64.to_le_bytes());
        assert_eq!(
            provenance(&p).unwrap(),
            Provenance {
                header: "010200".into(),
                id: 0x1234
            }
        );
        assert!(provenance(&p[..10]).is_err());
    }
}
