//! The binary artifacts of the USB-copy sample root, `fixtures/usb-copy`.
//!
//! The story the triage report must answer on one screen: on 2024-03-12,
//! carol plugs in a USB stick named `TEST-USB` (Finder puts its icon on the
//! desktop), copies `leak.txt` from her Desktop to it with `cp` in zsh,
//! opens the copy on the stick (it becomes a recent document, bookmarked
//! on the removable volume), ejects the stick and deletes the original.
//!
//! | artifact | what it holds |
//! |---|---|
//! | `Users/carol/.zsh_history` (committed as text) | `ls /Volumes/TEST-USB`, `cp Desktop/leak.txt /Volumes/TEST-USB/`, `diskutil eject /Volumes/TEST-USB`, ... |
//! | carol's `com.apple.finder.plist` | `FXDesktopVolumePositions`: `TEST-USB_<volume creation time>` |
//! | carol's `RecentDocuments.sfl2` | `/Volumes/TEST-USB/leak.txt` (volume `TEST-USB`, local, ejectable, removable, external) and `~/Desktop/leak.txt` |
//! | carol's account record | uid 501 |
//!
//! Written by [`write`], byte for byte the same on every run.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::artifacts::mkdirs;
use mactriage_collectors::testdata::keyed_archive::{sfl2, SflItem};

/// Unix time of 2001-01-01 (the Mac absolute time epoch).
const MAC_OFFSET: i64 = 978_307_200;
/// 2024-03-12T00:00:00Z, the day of the copy.
const DAY: i64 = 1_710_201_600;
/// 2024-02-20T09:00:00Z: when the stick was formatted (its volume's
/// creation time).
const STICK_FORMATTED: i64 = 1_708_419_600;

fn at(hh: i64, mm: i64, ss: i64) -> i64 {
    DAY + hh * 3600 + mm * 60 + ss
}

fn mac(unix: i64) -> f64 {
    (unix - MAC_OFFSET) as f64
}

/// A positive, normal double as C99's `printf("%a")` writes it
/// (`0x1.8p+1` for 3.0): how Finder suffixes desktop volume names.
pub fn hex_float(v: f64) -> String {
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1023;
    let mant = bits & ((1u64 << 52) - 1);
    let mut digits = format!("{mant:013x}");
    while digits.ends_with('0') {
        digits.pop();
    }
    let sign = if exp < 0 { "-" } else { "+" };
    if digits.is_empty() {
        format!("0x1p{sign}{}", exp.abs())
    } else {
        format!("0x1.{digits}p{sign}{}", exp.abs())
    }
}

/// A bookmark record (`book` format) of `/Volumes/<volume>/<parts...>` or,
/// when `volume` is None, of `/<parts...>` on the startup volume; the
/// target was created at `target_created`, the bookmark at `created` (Mac
/// absolute times).
fn bookmark(
    parts: &[&str],
    volume: Option<&str>,
    user: &str,
    target_created: f64,
    created: f64,
) -> Vec<u8> {
    let mut area: Vec<u8> = vec![0; 4];
    let mut entries: Vec<(u32, u32)> = Vec::new();
    fn rec(area: &mut Vec<u8>, type_code: u32, payload: &[u8]) -> u32 {
        let off = area.len() as u32;
        area.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        area.extend_from_slice(&type_code.to_le_bytes());
        area.extend_from_slice(payload);
        while area.len() % 4 != 0 {
            area.push(0);
        }
        off
    }
    let mut components: Vec<&str> = Vec::new();
    if let Some(v) = volume {
        components.push("Volumes");
        components.push(v);
    }
    components.extend_from_slice(parts);
    let offs: Vec<u32> = components
        .iter()
        .map(|p| rec(&mut area, 0x0101, p.as_bytes()))
        .collect();
    let arr: Vec<u8> = offs.iter().flat_map(|o| o.to_le_bytes()).collect();
    entries.push((0x1004, rec(&mut area, 0x0601, &arr)));
    entries.push((
        0x1040,
        rec(&mut area, 0x0400, &target_created.to_be_bytes()),
    ));
    match volume {
        Some(v) => {
            let path = format!("/Volumes/{v}");
            entries.push((0x2002, rec(&mut area, 0x0101, path.as_bytes())));
            entries.push((0x2010, rec(&mut area, 0x0101, v.as_bytes())));
            entries.push((
                0x2011,
                rec(
                    &mut area,
                    0x0801,
                    b"\x5e\x11\x0b\x57\x7e\x57\x4a\x51\x8b\x00\x0c\x0f\xfe\xe5\x1e\xab",
                ),
            ));
            entries.push((
                0x2013,
                rec(&mut area, 0x0400, &mac(STICK_FORMATTED).to_be_bytes()),
            ));
            // Volume properties: local, ejectable, removable, external;
            // the first nine kind bits are valid.
            let props: Vec<u8> = [0x161u64, 0x1ff, 0]
                .iter()
                .flat_map(|v| v.to_le_bytes())
                .collect();
            entries.push((0x2020, rec(&mut area, 0x0201, &props)));
        }
        None => {
            entries.push((0x2002, rec(&mut area, 0x0101, b"/")));
            entries.push((0x2010, rec(&mut area, 0x0101, b"Macintosh HD")));
            let props: Vec<u8> = [0x81u64, 0x1ff, 0]
                .iter()
                .flat_map(|v| v.to_le_bytes())
                .collect();
            entries.push((0x2020, rec(&mut area, 0x0201, &props)));
        }
    }
    entries.push((0xc011, rec(&mut area, 0x0101, user.as_bytes())));
    entries.push((0xf030, rec(&mut area, 0x0400, &created.to_be_bytes())));
    let toc = area.len() as u32;
    area.extend_from_slice(&((entries.len() * 12 + 12) as u32).to_le_bytes());
    area.extend_from_slice(&0xffff_fffeu32.to_le_bytes());
    area.extend_from_slice(&1u32.to_le_bytes());
    area.extend_from_slice(&0u32.to_le_bytes());
    area.extend_from_slice(&(entries.len() as u32).to_le_bytes());
    for (k, o) in entries {
        area.extend_from_slice(&k.to_le_bytes());
        area.extend_from_slice(&o.to_le_bytes());
        area.extend_from_slice(&0u32.to_le_bytes());
    }
    area[0..4].copy_from_slice(&toc.to_le_bytes());
    let mut out = Vec::new();
    out.extend_from_slice(b"book");
    out.extend_from_slice(&((area.len() + 48) as u32).to_le_bytes());
    out.extend_from_slice(&0x1004_0000u32.to_le_bytes());
    out.extend_from_slice(&48u32.to_le_bytes());
    out.resize(48, 0);
    out.extend_from_slice(&area);
    out
}

/// carol's Finder preferences: the stick's desktop icon, and Finder's
/// settings that show removable media there.
fn finder_plist() -> plist::Value {
    use plist::{Dictionary, Value};
    let mut pos = Dictionary::new();
    pos.insert("AnchorRelativeTo".into(), Value::Integer(1.into()));
    pos.insert("ScreenID".into(), Value::Integer(0.into()));
    pos.insert("xRelative".into(), Value::Integer((-66).into()));
    pos.insert("yRelative".into(), Value::Integer(70.into()));
    let mut vols = Dictionary::new();
    vols.insert(
        format!("TEST-USB_{}", hex_float(mac(STICK_FORMATTED))),
        Value::Dictionary(pos),
    );
    let mut top = Dictionary::new();
    top.insert("FXDesktopVolumePositions".into(), Value::Dictionary(vols));
    top.insert(
        "ShowExternalHardDrivesOnDesktop".into(),
        Value::Boolean(true),
    );
    top.insert("ShowRemovableMediaOnDesktop".into(), Value::Boolean(true));
    Value::Dictionary(top)
}

fn account_record(name: &str, uid: u32) -> plist::Value {
    use plist::{Dictionary, Value};
    let one = |s: &str| Value::Array(vec![Value::String(s.into())]);
    let mut d = Dictionary::new();
    d.insert("home".into(), one(&format!("/Users/{name}")));
    d.insert("name".into(), one(name));
    d.insert("shell".into(), one("/bin/zsh"));
    d.insert("uid".into(), one(&uid.to_string()));
    Value::Dictionary(d)
}

/// Write the binary artifacts below `root`. Returns their paths relative to
/// `root`, sorted.
pub fn write(root: &Path) -> Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    let mut put = |rel: PathBuf, v: plist::Value| -> Result<()> {
        let path = root.join(&rel);
        mkdirs(path.parent().context("no parent")?)?;
        let _ = fs::remove_file(&path);
        v.to_file_binary(&path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        written.push(rel);
        Ok(())
    };
    let lib = Path::new("Users/carol/Library");
    put(
        lib.join("Preferences/com.apple.finder.plist"),
        finder_plist(),
    )?;
    put(
        lib.join("Application Support/com.apple.sharedfilelist/com.apple.LSSharedFileList.RecentDocuments.sfl2"),
        sfl2(&[
            SflItem::new(
                // The copy was created by `cp`, opened half a minute later.
                bookmark(
                    &["leak.txt"],
                    Some("TEST-USB"),
                    "carol",
                    mac(at(14, 2, 3)),
                    mac(at(14, 2, 31)),
                ),
                "9A1C5E2B-7D3F-4B60-8E19-2C4D6F8A0B13",
            ),
            SflItem::new(
                bookmark(
                    &["Users", "carol", "Desktop", "leak.txt"],
                    None,
                    "carol",
                    mac(at(-20, 15, 0)),
                    mac(at(13, 48, 5)),
                ),
                "1F0E2D3C-4B5A-4968-8776-A5B4C3D2E1F0",
            ),
        ]),
    )?;
    put(
        PathBuf::from("private/var/db/dslocal/nodes/Default/users/carol.plist"),
        account_record("carol", 501),
    )?;
    written.sort();
    Ok(written)
}

/// Compare the artifacts under `committed` with what [`write`] writes now:
/// one line per difference, empty when they are the same bytes.
pub fn check(committed: &Path) -> Result<Vec<String>> {
    crate::fixtures::compare(committed, "usb-copy", write)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_floats_as_c_prints_them() {
        assert_eq!(hex_float(3.0), "0x1.8p+1");
        assert_eq!(hex_float(1.0), "0x1p+0");
        // The sample Mac's `base_ext` suffix (docs/collectors/recent_items.md).
        assert_eq!(hex_float(783393664.0), "0x1.758d1cp+29");
    }
}
