//! Classic Carbon alias records (`AliasHandle` / `AliasRecord` data).
//!
//! The Alias Manager record predates bookmark data (see [`super::bookmark`]);
//! it was the file reference format from classic Mac OS through OS X 10.5 and
//! is still found in artifacts written by older systems or kept for
//! compatibility, for example `com.apple.loginitems.plist` (`Alias`),
//! `com.apple.recentitems.plist` and `com.apple.sidebarlists.plist`
//! (`Alias` in `CustomListItems`, up to 10.10), `com.apple.finder.plist`
//! (`FXRecentFolders` → `file-data` → `_CFURLAliasData`), `alis` resources of
//! Finder alias files, and `.DS_Store` `pict` records.
//!
//! Layout (big-endian):
//!
//! * Header: application-specific 4 bytes, record size (u16), version (u16,
//!   2 or 3).
//! * Version 2 fixed part (142 bytes): kind (u16, 0 file / 1 folder), volume
//!   name (Pascal string in 28 bytes), volume creation date (u32 HFS seconds),
//!   file system signature (2 bytes, e.g. `H+`), disk type (u16), parent
//!   directory CNID (u32), target name (Pascal string in 64 bytes), target
//!   CNID (u32), target creation date (u32), file type and creator (4 bytes
//!   each), levels from/to (i16 each), volume attributes (u32), volume file
//!   system id (u16), 10 reserved bytes.
//! * Version 3 fixed part (50 bytes): kind (u16), volume creation date (u64:
//!   HFS seconds << 16 | 1/65536 fraction), file system type (4 bytes), disk
//!   type (u16), parent CNID (u32), target CNID (u32), target creation date
//!   (u64, same encoding), volume attributes (u32), 14 reserved bytes.
//! * Tagged values until tag 0xffff: tag (u16), length (u16), data padded to
//!   an even length. Tags: 0 parent folder name, 1 CNIDs of the parent
//!   folders, 2 Carbon path (`Volume:dir:file`), 3–5 AppleShare zone / server
//!   / user, 6 driver name, 9 network mount information, 10 dial-up
//!   information, 14 Unicode target name, 15 Unicode volume name (both
//!   UTF-16BE with a u16 character count), 16/17 high-resolution volume /
//!   target creation dates, 18 POSIX path (relative to the mount point),
//!   19 POSIX mount point, 20 alias record of the disk image holding the
//!   volume, 21 user-home prefix length.
//!
//! Classic strings are MacRoman; they are converted to Unicode here.
//!
//! References: libyal dtformats "Mac OS login item alias data format"
//! (`alias_data.yaml`); the `mac_alias` Python package documentation;
//! Apple "Alias Manager Reference" (legacy).

use chrono::{DateTime, Utc};
use serde::Serialize;
use thiserror::Error;

use crate::formats::bytes::{BinaryError, ByteReader};
use crate::kit::time::{from_hfs, serialize_opt};

/// Nesting limit for tag 20 (alias of the disk image holding the volume).
const MAX_NESTING: usize = 4;
/// Maximum tagged values read from one record.
const MAX_TAGS: usize = 1024;

/// A failure to decode an alias record.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum AliasError {
    /// The version field is not 2 or 3.
    #[error("unsupported alias record version {version}")]
    UnsupportedVersion { version: u16 },
    /// The record size field is larger than the data or smaller than the
    /// fixed part.
    #[error("alias record declares {declared:#x} bytes, {actual:#x} present (fixed part needs {minimum:#x})")]
    BadSize {
        declared: u64,
        actual: u64,
        minimum: u64,
    },
    /// Disk-image aliases nest too deeply.
    #[error("nested disk-image alias records deeper than {max}")]
    TooDeep { max: usize },
    /// A bounds-checked read failed.
    #[error(transparent)]
    Read(#[from] BinaryError),
}

/// A tagged value the decoder does not map onto a field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AliasTag {
    pub tag: u16,
    /// Data as hex.
    pub data: String,
}

/// A decoded alias record.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Alias {
    pub version: u16,
    pub record_size: u16,
    /// The application-specific header bytes, as hex.
    pub app_info: String,
    /// 0 = file, 1 = folder.
    pub kind: u16,
    pub volume_name: Option<String>,
    /// Volume creation date, HFS seconds since 1904.
    pub volume_creation_raw: Option<u64>,
    #[serde(serialize_with = "serialize_opt")]
    pub volume_creation: Option<DateTime<Utc>>,
    /// File system signature, e.g. `H+`.
    pub filesystem_type: Option<String>,
    pub disk_type: u16,
    pub parent_cnid: u32,
    pub target_cnid: u32,
    /// Target name: the Unicode name (tag 14) if present, else the fixed one.
    pub target_name: Option<String>,
    /// Target creation date, HFS seconds since 1904.
    pub target_creation_raw: Option<u64>,
    #[serde(serialize_with = "serialize_opt")]
    pub target_creation: Option<DateTime<Utc>>,
    /// Four-character file type (version 2 only).
    pub file_type: Option<String>,
    /// Four-character creator code (version 2 only).
    pub creator_code: Option<String>,
    pub volume_attributes: u32,
    /// Name of the parent folder (tag 0).
    pub folder_name: Option<String>,
    /// CNIDs of the parent folders, nearest first (tag 1).
    pub parent_cnids: Vec<u32>,
    /// Carbon path, `Volume:dir:file` (tag 2).
    pub carbon_path: Option<String>,
    pub appleshare_zone: Option<String>,
    pub appleshare_server: Option<String>,
    pub appleshare_user: Option<String>,
    pub driver_name: Option<String>,
    /// Volume name in Unicode (tag 15).
    pub unicode_volume_name: Option<String>,
    /// POSIX path relative to the volume mount point (tag 18).
    pub posix_path: Option<String>,
    /// Volume mount point (tag 19).
    pub volume_mount_point: Option<String>,
    /// User-home prefix length (tag 21).
    pub user_home_prefix_length: Option<u16>,
    /// Alias of the disk image that holds the volume (tag 20).
    pub disk_image: Option<Box<Alias>>,
    /// Absolute POSIX path: the mount point (tag 19, else `/`) joined with
    /// the POSIX path (tag 18). `None` without tag 18; the Carbon path is not
    /// converted because the volume's mount point is unknown.
    pub path: Option<String>,
    /// Tags not mapped above (network mount info, dial-up info, ...).
    pub other_tags: Vec<AliasTag>,
}

/// Decode an alias record (version 2 or 3).
pub fn parse_alias(data: &[u8]) -> Result<Alias, AliasError> {
    parse_nested(data, 0)
}

fn parse_nested(data: &[u8], depth: usize) -> Result<Alias, AliasError> {
    if depth > MAX_NESTING {
        return Err(AliasError::TooDeep { max: MAX_NESTING });
    }
    let mut r = ByteReader::new(data);
    let app_info = r.take("header.app_info", 4)?;
    let record_size = r.u16_be("header.record_size")?;
    let version = r.u16_be("header.version")?;
    let fixed_end: u64 = match version {
        2 => 150,
        3 => 58,
        v => return Err(AliasError::UnsupportedVersion { version: v }),
    };
    let len = data.len() as u64;
    let declared = u64::from(record_size);
    if declared > len || declared < fixed_end {
        return Err(AliasError::BadSize {
            declared,
            actual: len,
            minimum: fixed_end,
        });
    }
    let record = crate::formats::bytes::slice_at(data, "record", 0, declared)?;
    let mut r = ByteReader::new(record);
    r.seek("header.end", 8)?;
    let mut a = Alias {
        version,
        record_size,
        app_info: hex::encode(app_info),
        ..Alias::default()
    };
    a.kind = r.u16_be("alias.kind")?;
    if version == 2 {
        let vol = r.take("alias.volume_name", 28)?;
        a.volume_name = pascal(vol);
        let vdate = r.u32_be("alias.volume_creation")?;
        set_date(
            &mut a.volume_creation_raw,
            &mut a.volume_creation,
            u64::from(vdate),
        );
        a.filesystem_type = four_cc(r.take("alias.filesystem_type", 2)?);
        a.disk_type = r.u16_be("alias.disk_type")?;
        a.parent_cnid = r.u32_be("alias.parent_cnid")?;
        a.target_name = pascal(r.take("alias.target_name", 64)?);
        a.target_cnid = r.u32_be("alias.target_cnid")?;
        let tdate = r.u32_be("alias.target_creation")?;
        set_date(
            &mut a.target_creation_raw,
            &mut a.target_creation,
            u64::from(tdate),
        );
        a.file_type = four_cc(r.take("alias.file_type", 4)?);
        a.creator_code = four_cc(r.take("alias.creator", 4)?);
        let _levels_from = r.u16_be("alias.levels_from")?;
        let _levels_to = r.u16_be("alias.levels_to")?;
        a.volume_attributes = r.u32_be("alias.volume_attributes")?;
        let _fs_id = r.u16_be("alias.volume_fs_id")?;
        r.skip("alias.reserved", 10)?;
    } else {
        let vdate = r.u64_be("alias.volume_creation")?;
        set_date(
            &mut a.volume_creation_raw,
            &mut a.volume_creation,
            vdate >> 16,
        );
        a.filesystem_type = four_cc(r.take("alias.filesystem_type", 4)?);
        a.disk_type = r.u16_be("alias.disk_type")?;
        a.parent_cnid = r.u32_be("alias.parent_cnid")?;
        a.target_cnid = r.u32_be("alias.target_cnid")?;
        let tdate = r.u64_be("alias.target_creation")?;
        set_date(
            &mut a.target_creation_raw,
            &mut a.target_creation,
            tdate >> 16,
        );
        a.volume_attributes = r.u32_be("alias.volume_attributes")?;
        r.skip("alias.reserved", 14)?;
    }

    for _ in 0..MAX_TAGS {
        if r.remaining() < 4 {
            break;
        }
        let tag = r.u16_be("tag.id")?;
        let size = r.u16_be("tag.size")?;
        if tag == 0xffff {
            break;
        }
        let value = r.take("tag.data", usize::from(size))?;
        if size % 2 == 1 && r.remaining() > 0 {
            r.skip("tag.padding", 1)?;
        }
        apply_tag(&mut a, tag, value, depth)?;
    }

    a.path = match (&a.volume_mount_point, &a.posix_path) {
        (Some(m), Some(p)) => Some(join_posix(m, p)),
        (None, Some(p)) => Some(join_posix("/", p)),
        _ => None,
    };
    Ok(a)
}

fn apply_tag(a: &mut Alias, tag: u16, value: &[u8], depth: usize) -> Result<(), AliasError> {
    match tag {
        0 => a.folder_name = Some(mac_roman(value)),
        1 => {
            let mut t = ByteReader::new(value);
            while t.remaining() >= 4 {
                a.parent_cnids.push(t.u32_be("tag.cnid")?);
            }
        }
        2 => a.carbon_path = Some(mac_roman(value)),
        3 => a.appleshare_zone = Some(mac_roman(value)),
        4 => a.appleshare_server = Some(mac_roman(value)),
        5 => a.appleshare_user = Some(mac_roman(value)),
        6 => a.driver_name = Some(mac_roman(value)),
        14 => {
            if let Some(s) = utf16_counted(value) {
                a.target_name = Some(s);
            }
        }
        15 => a.unicode_volume_name = utf16_counted(value),
        16 | 17 => {
            let mut t = ByteReader::new(value);
            if let Ok(v) = t.u64_be("tag.date") {
                if tag == 16 {
                    set_date(&mut a.volume_creation_raw, &mut a.volume_creation, v >> 16);
                } else {
                    set_date(&mut a.target_creation_raw, &mut a.target_creation, v >> 16);
                }
            }
        }
        18 => a.posix_path = Some(String::from_utf8_lossy(value).into_owned()),
        19 => a.volume_mount_point = Some(String::from_utf8_lossy(value).into_owned()),
        20 => a.disk_image = Some(Box::new(parse_nested(value, depth + 1)?)),
        21 => {
            let mut t = ByteReader::new(value);
            a.user_home_prefix_length = t.u16_be("tag.home_prefix").ok();
        }
        _ => a.other_tags.push(AliasTag {
            tag,
            data: hex::encode(value),
        }),
    }
    Ok(())
}

fn set_date(raw: &mut Option<u64>, dt: &mut Option<DateTime<Utc>>, secs: u64) {
    if secs != 0 {
        *raw = Some(secs);
        *dt = from_hfs(secs);
    }
}

fn join_posix(mount: &str, path: &str) -> String {
    let mount = mount.trim_end_matches('/');
    let path = path.trim_start_matches('/');
    format!("{mount}/{path}")
}

/// A Pascal string (length byte + MacRoman text) in a fixed-size field.
fn pascal(field: &[u8]) -> Option<String> {
    let (&n, rest) = field.split_first()?;
    let text = rest.get(..usize::from(n)).unwrap_or(rest);
    (!text.is_empty()).then(|| mac_roman(text))
}

fn four_cc(b: &[u8]) -> Option<String> {
    let s = mac_roman(b);
    let s = s.trim_end_matches('\0');
    (!s.is_empty()).then(|| s.to_string())
}

/// UTF-16BE text preceded by a u16 character count.
fn utf16_counted(value: &[u8]) -> Option<String> {
    let mut r = ByteReader::new(value);
    let count = r.u16_be("utf16.count").ok()?;
    let mut units = Vec::with_capacity(usize::from(count).min(value.len() / 2));
    for _ in 0..count {
        match r.u16_be("utf16.unit") {
            Ok(u) => units.push(u),
            Err(_) => break,
        }
    }
    Some(String::from_utf16_lossy(&units))
}

/// MacRoman 0x80..=0xff.
const MAC_ROMAN_HIGH: &str = "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u{a0}ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\u{f8ff}ÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";

/// Convert MacRoman bytes to a string.
pub fn mac_roman(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| {
            if b < 0x80 {
                char::from(b)
            } else {
                MAC_ROMAN_HIGH
                    .chars()
                    .nth(usize::from(b - 0x80))
                    .unwrap_or('\u{fffd}')
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(out: &mut Vec<u8>, id: u16, data: &[u8]) {
        out.extend_from_slice(&id.to_be_bytes());
        out.extend_from_slice(&(data.len() as u16).to_be_bytes());
        out.extend_from_slice(data);
        if data.len() % 2 == 1 {
            out.push(0);
        }
    }

    fn utf16(s: &str) -> Vec<u8> {
        let units: Vec<u16> = s.encode_utf16().collect();
        let mut v = (units.len() as u16).to_be_bytes().to_vec();
        for u in units {
            v.extend_from_slice(&u.to_be_bytes());
        }
        v
    }

    fn finish(mut rec: Vec<u8>) -> Vec<u8> {
        let n = rec.len() as u16;
        rec[4..6].copy_from_slice(&n.to_be_bytes());
        rec
    }

    fn v2_sample() -> Vec<u8> {
        let mut r = vec![0, 0, 0, 0, 0, 0, 0, 2];
        r.extend_from_slice(&0u16.to_be_bytes()); // kind: file
        let mut vol = vec![7u8];
        vol.extend_from_slice(b"Caf\x8e HD");
        vol.resize(28, 0);
        r.extend_from_slice(&vol);
        r.extend_from_slice(&3_000_000_000u32.to_be_bytes());
        r.extend_from_slice(b"H+");
        r.extend_from_slice(&0u16.to_be_bytes());
        r.extend_from_slice(&16u32.to_be_bytes()); // parent
        let mut name = vec![8u8];
        name.extend_from_slice(b"notes.txt"); // length byte says 8: "notes.tx"
        name.resize(64, 0);
        r.extend_from_slice(&name);
        r.extend_from_slice(&42u32.to_be_bytes()); // target cnid
        r.extend_from_slice(&3_000_000_100u32.to_be_bytes());
        r.extend_from_slice(b"TEXTttxt");
        r.extend_from_slice(&[0xff, 0xff, 0xff, 0xff]);
        r.extend_from_slice(&0u32.to_be_bytes());
        r.extend_from_slice(&0u16.to_be_bytes());
        r.extend_from_slice(&[0; 10]);
        assert_eq!(r.len(), 150);
        tag(&mut r, 0, b"Docs");
        tag(&mut r, 1, &[0, 0, 0, 16, 0, 0, 0, 2]);
        tag(&mut r, 2, b"Caf\x8e HD:Docs:notes.txt");
        tag(&mut r, 14, &utf16("notes.txt"));
        tag(&mut r, 18, b"/Docs/notes.txt");
        tag(&mut r, 19, b"/Volumes/Cafe HD");
        tag(&mut r, 9, b"xyz");
        tag(&mut r, 0xffff, &[]);
        finish(r)
    }

    #[test]
    fn decodes_v2() {
        let a = parse_alias(&v2_sample()).unwrap();
        assert_eq!(a.version, 2);
        assert_eq!(a.volume_name.as_deref(), Some("Café HD"));
        assert_eq!(a.volume_creation_raw, Some(3_000_000_000));
        assert_eq!(
            a.volume_creation.unwrap().to_rfc3339(),
            "1999-01-24T05:20:00+00:00"
        );
        assert_eq!(a.filesystem_type.as_deref(), Some("H+"));
        assert_eq!(a.parent_cnid, 16);
        assert_eq!(a.target_cnid, 42);
        assert_eq!(a.target_name.as_deref(), Some("notes.txt"));
        assert_eq!(a.file_type.as_deref(), Some("TEXT"));
        assert_eq!(a.creator_code.as_deref(), Some("ttxt"));
        assert_eq!(a.folder_name.as_deref(), Some("Docs"));
        assert_eq!(a.parent_cnids, [16, 2]);
        assert_eq!(a.carbon_path.as_deref(), Some("Café HD:Docs:notes.txt"));
        assert_eq!(a.path.as_deref(), Some("/Volumes/Cafe HD/Docs/notes.txt"));
        assert_eq!(
            a.other_tags,
            [AliasTag {
                tag: 9,
                data: "78797a".into()
            }]
        );
    }

    #[test]
    fn mac_roman_table_is_complete() {
        assert_eq!(MAC_ROMAN_HIGH.chars().count(), 128);
        assert_eq!(mac_roman(&[0x8e, 0xa5, 0xff]), "é•ˇ");
    }

    #[test]
    fn truncation_and_corruption_never_panic() {
        let data = v2_sample();
        for n in 0..data.len() {
            assert!(parse_alias(&data[..n]).is_err());
            let mut cut = data[..n].to_vec();
            if n >= 6 {
                cut[4..6].copy_from_slice(&(n as u16).to_be_bytes());
                let _ = parse_alias(&cut);
            }
        }
        for i in 0..data.len() {
            let mut d = data.clone();
            d[i] ^= 0xff;
            let _ = parse_alias(&d);
        }
    }

    #[test]
    fn bad_version_and_size() {
        let mut d = v2_sample();
        d[7] = 9;
        assert_eq!(
            parse_alias(&d),
            Err(AliasError::UnsupportedVersion { version: 9 })
        );
        let mut d = v2_sample();
        d[4..6].copy_from_slice(&0xfff0u16.to_be_bytes());
        assert!(matches!(parse_alias(&d), Err(AliasError::BadSize { .. })));
    }

    #[test]
    fn nested_disk_image_alias_is_depth_limited() {
        // A v3 record whose tag 20 holds a copy of itself, repeatedly.
        let mut inner: Vec<u8> = Vec::new();
        for _ in 0..8 {
            let mut r = vec![0, 0, 0, 0, 0, 0, 0, 3];
            r.resize(58, 0);
            if !inner.is_empty() {
                tag(&mut r, 20, &inner);
            }
            tag(&mut r, 0xffff, &[]);
            inner = finish(r);
        }
        assert_eq!(
            parse_alias(&inner),
            Err(AliasError::TooDeep { max: MAX_NESTING })
        );
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn real_loginitems_alias_v3() {
        let root = crate::testdata::dir();
        let p = std::path::Path::new(&root).join("bookmark/com.apple.loginitems.plist.alias_data");
        let a = parse_alias(&std::fs::read(p).unwrap()).unwrap();
        assert_eq!(a.version, 3);
        assert_eq!(a.record_size, 216);
        assert_eq!(a.kind, 1);
        assert_eq!(a.filesystem_type.as_deref(), Some("H+"));
        assert_eq!(a.parent_cnid, 159406);
        assert_eq!(a.target_cnid, 159409);
        assert_eq!(a.volume_creation_raw, Some(0xce18_710e));
        assert_eq!(
            a.volume_creation.unwrap().to_rfc3339(),
            "2013-07-26T18:31:42+00:00"
        );
        assert_eq!(a.target_creation_raw, Some(0xcbf7_0a4f));
        assert_eq!(a.parent_cnids, [159406, 71719, 71718, 141]);
        assert_eq!(a.target_name.as_deref(), Some("iTunesHelper.app"));
        assert_eq!(a.unicode_volume_name.as_deref(), Some("Macintosh HD"));
        assert_eq!(
            a.posix_path.as_deref(),
            Some("Applications/iTunes.app/Contents/MacOS/iTunesHelper.app")
        );
        assert_eq!(a.volume_mount_point.as_deref(), Some("/"));
        assert_eq!(
            a.path.as_deref(),
            Some("/Applications/iTunes.app/Contents/MacOS/iTunesHelper.app")
        );
        assert!(a.other_tags.is_empty());
    }
}
