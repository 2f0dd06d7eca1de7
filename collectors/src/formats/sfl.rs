//! Recent items from SharedFileList files and legacy recent-items plists.
//!
//! SharedFileList (`LSSharedFileList`) stores the "recent" and "favourite"
//! lists of macOS (recent documents / applications / servers, Finder sidebar
//! favourites and volumes, per-application recent documents, login items).
//!
//! * `.sfl` — OS X 10.11 and macOS 10.12, in
//!   `~/Library/Application Support/com.apple.sharedfilelist/`. An
//!   NSKeyedArchiver archive whose root holds `items`: `SFLListItem` objects
//!   with `name`, `URL` (NSURL), `bookmark` (bookmark data), `order`,
//!   `uniqueIdentifier` (NSUUID), `visibility`, `flags`, `properties`.
//! * `.sfl2` — macOS 10.13 to 13, same place (plus
//!   `com.apple.LSSharedFileList.ApplicationRecentDocuments/<bundle id>.sfl2`).
//!   An NSKeyedArchiver archive whose root dictionary holds `items` (array of
//!   dictionaries with `Bookmark`, `uuid`, `visibility`,
//!   `CustomItemProperties`, sometimes `Name`) and `properties`.
//! * `.sfl3` — macOS 14 Sonoma, and `.sfl4` — later releases (a real
//!   `com.apple.LSSharedFileList.FavoriteVolumes.sfl4` was checked): the
//!   same keyed-archive dictionary layout as `.sfl2`. In `FavoriteVolumes`
//!   the items' `CustomItemProperties` carry the volume's `NSURLIsVolumeKey`
//!   and `NSURLVolumeIs*Key` booleans (internal, ejectable, root file
//!   system, ...), `com.apple.LSSharedFileList.DateLastSeen` (NSDate) and
//!   `com.apple.LSSharedFileList.SpecialItemIdentifier` (`IsComputer`,
//!   `IsMeetingRoom` (AirDrop), `IsICloudDrive`, `IsTrash`, `IsHome`, ...).
//! * Any other `.sfl*` extension is a generation this decoder does not know:
//!   it is read with the `.sfl2` rules and the caller reports it
//!   ([`SflFormat::Unknown`]).
//! * Legacy plists (10.5 – 10.10), in `~/Library/Preferences/`:
//!   `com.apple.recentitems.plist` (`RecentApplications`, `RecentDocuments`,
//!   `RecentServers`, `Hosts` → `CustomListItems` with `Name` and `Alias`
//!   (alias record) / `Bookmark` / `URL`), `com.apple.finder.plist`
//!   (`FXRecentFolders` → `name` + `file-data` {`_CFURLAliasData`,
//!   `_CFURLString`} / `file-bookmark`; `GoToFieldHistory`,
//!   `RecentMoveAndCopyDestinations`; `FXDesktopVolumePositions`, see
//!   below) and `com.apple.sidebarlists.plist` (`systemitems` →
//!   `VolumesList`: dictionaries with `Name`, `EntryType`, `SpecialID`,
//!   `Visibility`, `Flags`, `Alias`, `Icon`; `favorites` (a `VolumesList` or
//!   `CustomListItems`) / `favoriteservers` → `CustomListItems`).
//! * `com.apple.finder.plist` `FXDesktopVolumePositions` (every macOS
//!   version with a Finder desktop; still written by current ones): one key
//!   per volume whose icon Finder placed on the desktop (external disks,
//!   USB sticks, disk images, network volumes), `<volume name>_<suffix>`,
//!   valued by the icon's position (`xRelative`, `yRelative`, `ScreenID`,
//!   `AnchorRelativeTo`). The suffix is a C99 hexadecimal float (`%a`, e.g.
//!   `0x1.77264008p+29`), which mac_apt reads as the volume's creation date
//!   in Cocoa seconds: Finder tells same-named volumes apart with it.
//!
//! Every item is returned even when its embedded bookmark or alias is
//! corrupt; the decoding error is reported in [`RecentItem::bookmark_error`].
//!
//! References: mac_apt `plugins/recentitems.py` (its `ReadSFL2Plist` reads
//! `.sfl2`, `.sfl3` and `.sfl4` alike; `ReadFinderPlist` and
//! `ReadSidebarListsPlist`); osxripper `UsersSidebarPlist.py`; Sarah
//! Edwards, macMRU-Parser and "mac4n6" posts on SFL/SFL2; puffyCid
//! macos-loginitems / artemis; Apple's NSURL resource keys
//! (`NSURLVolumeIs*Key`).

use chrono::{DateTime, Utc};
use plist::{Dictionary, Value};
use serde::Serialize;
use thiserror::Error;

use super::alias::parse_alias;
use super::bookmark::{is_bookmark, parse_bookmark, Bookmark, VOLUME_KIND_FLAGS};
use super::keyed_archive::{
    decode_keyed_archive, is_keyed_archive, plist_date_to_cocoa, read_plist, to_json,
    KeyedArchiveError,
};
use crate::kit::time::{from_mac_absolute, serialize_opt};

/// Which SharedFileList generation a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum SflFormat {
    /// 10.11–10.12 `.sfl`.
    Sfl,
    /// 10.13–13 `.sfl2`.
    Sfl2,
    /// 14 `.sfl3`.
    Sfl3,
    /// `.sfl4`, after 14 (the first release is not established).
    Sfl4,
    /// Another `.sfl*` extension (a later generation): read with the
    /// `.sfl2` rules; the caller must report that the version is unknown.
    Unknown,
    /// Not a SharedFileList name: decide from the content.
    Auto,
}

impl SflFormat {
    /// The format a file name's extension names: `.sfl`, `.sfl2`, `.sfl3`,
    /// `.sfl4`, any other extension starting with `sfl` (`Unknown`), else
    /// `Auto`. Case does not matter.
    pub fn from_file_name(name: &str) -> SflFormat {
        match sfl_extension(name).as_deref() {
            Some("sfl") => SflFormat::Sfl,
            Some("sfl2") => SflFormat::Sfl2,
            Some("sfl3") => SflFormat::Sfl3,
            Some("sfl4") => SflFormat::Sfl4,
            Some(_) => SflFormat::Unknown,
            None => SflFormat::Auto,
        }
    }

    /// Whether the file is of the SharedFileList family (`*.sfl*`).
    pub fn is_sfl(self) -> bool {
        self != SflFormat::Auto
    }
}

/// The lower-cased extension of a SharedFileList file name (`sfl`, `sfl2`,
/// `sfl4`, ...): any extension that starts with `sfl`. `None` otherwise.
pub fn sfl_extension(name: &str) -> Option<String> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let (stem, ext) = base.rsplit_once('.')?;
    let ext = ext.to_ascii_lowercase();
    (!stem.is_empty() && ext.starts_with("sfl")).then_some(ext)
}

/// Which legacy plist is being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum LegacyRecentKind {
    /// `com.apple.recentitems.plist`.
    RecentItems,
    /// `com.apple.finder.plist`.
    Finder,
    /// `com.apple.sidebarlists.plist`.
    SidebarLists,
}

/// A failure to read a recent-items file as a whole.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum SflError {
    #[error(transparent)]
    Archive(#[from] KeyedArchiveError),
    /// The decoded content does not have the expected shape.
    #[error("unexpected structure: {0}")]
    Structure(String),
}

/// One entry of a recent / favourite list.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RecentItem {
    /// List name (from the file name or the plist key), e.g. `RecentDocuments`.
    pub list: String,
    /// Position within the list as stored (0 = first).
    pub index: usize,
    /// The stored `order` value (`.sfl`), if any.
    pub order: Option<i64>,
    /// Display name stored with the item.
    pub name: Option<String>,
    /// URL stored with the item (or the bookmark's target as a file URL).
    pub url: Option<String>,
    /// Target path from the bookmark / alias (or a `file://` URL).
    pub path: Option<String>,
    pub volume_name: Option<String>,
    pub volume_uuid: Option<String>,
    pub volume_path: Option<String>,
    /// Target creation time from the bookmark / alias.
    #[serde(serialize_with = "serialize_opt")]
    pub created: Option<DateTime<Utc>>,
    /// Raw target creation time (Cocoa seconds for bookmarks, HFS seconds for
    /// aliases).
    pub created_raw: Option<f64>,
    /// When the bookmark itself was created (bookmark key 0xf030), if stored.
    #[serde(serialize_with = "serialize_opt")]
    pub bookmark_created: Option<DateTime<Utc>>,
    /// Raw bookmark creation time, Cocoa seconds.
    pub bookmark_created_raw: Option<f64>,
    /// Item identifier (`uuid` / `uniqueIdentifier`).
    pub identifier: Option<String>,
    /// `visibility` value (0 = visible).
    pub visibility: Option<i64>,
    /// File IDs (CNIDs) along the path, from the bookmark / alias.
    pub file_ids: Vec<i64>,
    /// Creator user name recorded in the bookmark.
    pub user_name: Option<String>,
    /// Security-scope extension recorded in the bookmark.
    pub security_extension: Option<String>,
    /// `bookmark`, `alias` or `none`.
    pub reference_kind: &'static str,
    /// Why the embedded bookmark / alias could not be decoded.
    pub bookmark_error: Option<String>,
    /// Other stored properties (`CustomItemProperties`, `properties`,
    /// `flags`, ...) as JSON.
    pub properties: Option<serde_json::Value>,
    /// `NSURLIsVolumeKey` from the item's properties, or `true` for a Finder
    /// desktop volume.
    pub is_volume: Option<bool>,
    /// The `NSURLVolumeIs*Key` booleans stored with the item, as
    /// (output field, value), in [`VOLUME_KEYS`] order; only those present.
    pub volume_properties: Vec<(&'static str, bool)>,
    /// The volume-kind bits of the bookmark's volume properties (key
    /// 0x2020) that it marks valid, named as in [`VOLUME_KIND_FLAGS`].
    pub bookmark_volume_flags: Vec<(&'static str, bool)>,
    /// The volume's creation time: bookmark key 0x2013, or the suffix of a
    /// Finder `FXDesktopVolumePositions` key.
    #[serde(serialize_with = "serialize_opt")]
    pub volume_created: Option<DateTime<Utc>>,
    /// Raw volume creation time, Cocoa seconds.
    pub volume_created_raw: Option<f64>,
    /// `com.apple.LSSharedFileList.DateLastSeen` (when the volume was last
    /// seen mounted).
    #[serde(serialize_with = "serialize_opt")]
    pub date_last_seen: Option<DateTime<Utc>>,
    /// Raw `DateLastSeen`, Cocoa seconds as the archive stores them.
    pub date_last_seen_raw: Option<f64>,
    /// `com.apple.LSSharedFileList.SpecialItemIdentifier`, e.g.
    /// `com.apple.LSSharedFileList.IsComputer`.
    pub special_item: Option<String>,
    /// The whole `FXDesktopVolumePositions` key (name and suffix) as stored.
    pub desktop_position_key: Option<String>,
}

/// The decoded items of one file, with the problems met on the way that did
/// not stop the decoding (an entry that is not a dictionary, ...).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RecentList {
    pub items: Vec<RecentItem>,
    pub problems: Vec<String>,
}

/// The `NSURLVolumeIs*Key` resource keys an item may store (Apple's NSURL
/// volume resource keys), with the record field each becomes.
pub const VOLUME_KEYS: [(&str, &str); 10] = [
    ("NSURLVolumeIsLocalKey", "volume_is_local"),
    ("NSURLVolumeIsInternalKey", "volume_is_internal"),
    ("NSURLVolumeIsEjectableKey", "volume_is_ejectable"),
    ("NSURLVolumeIsRemovableKey", "volume_is_removable"),
    (
        "NSURLVolumeIsRootFileSystemKey",
        "volume_is_root_file_system",
    ),
    ("NSURLVolumeIsReadOnlyKey", "volume_is_read_only"),
    ("NSURLVolumeIsAutomountedKey", "volume_is_automounted"),
    ("NSURLVolumeIsBrowsableKey", "volume_is_browsable"),
    ("NSURLVolumeIsEncryptedKey", "volume_is_encrypted"),
    ("NSURLVolumeIsJournalingKey", "volume_is_journaling"),
];

const DATE_LAST_SEEN: &str = "com.apple.LSSharedFileList.DateLastSeen";
const SPECIAL_ITEM: &str = "com.apple.LSSharedFileList.SpecialItemIdentifier";

/// The list name for a SharedFileList / plist file name:
/// `com.apple.LSSharedFileList.RecentDocuments.sfl2` → `RecentDocuments`,
/// `com.apple.textedit.sfl2` → `com.apple.textedit`.
pub fn list_name_from_file_name(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = match base.rsplit_once('.') {
        Some((stem, ext))
            if !stem.is_empty()
                && (ext.to_ascii_lowercase().starts_with("sfl")
                    || ext.eq_ignore_ascii_case("plist")) =>
        {
            stem
        }
        _ => base,
    };
    stem.strip_prefix("com.apple.LSSharedFileList.")
        .unwrap_or(stem)
        .to_string()
}

/// Decode a SharedFileList file (`.sfl`, `.sfl2`, `.sfl3`, `.sfl4`; an
/// [`SflFormat::Unknown`] one with the `.sfl2` rules). `list` is left empty
/// for the caller to fill (see [`list_name_from_file_name`]).
pub fn parse_sfl(data: &[u8], format_hint: SflFormat) -> Result<RecentList, SflError> {
    let raw = read_plist(data)?;
    let root = if is_keyed_archive(&raw) {
        decode_keyed_archive(&raw)?
    } else if format_hint == SflFormat::Sfl {
        return Err(KeyedArchiveError::NotAnArchive("an .sfl file must be a keyed archive").into());
    } else {
        // Tolerate a plain plist with the same layout.
        raw
    };
    let items = match &root {
        Value::Dictionary(d) => d
            .get("items")
            .and_then(Value::as_array)
            .ok_or_else(|| SflError::Structure("root has no `items` array".into()))?,
        Value::Array(a) => a,
        _ => return Err(SflError::Structure("root is not a dictionary".into())),
    };
    let mut out = RecentList::default();
    push_items(&mut out, "", "items", items);
    Ok(out)
}

/// Decode a legacy recent-items plist.
pub fn parse_legacy_recent_plist(
    data: &[u8],
    kind: LegacyRecentKind,
) -> Result<RecentList, SflError> {
    let root = read_plist(data)?;
    let top = root
        .as_dictionary()
        .ok_or_else(|| SflError::Structure("top level is not a dictionary".into()))?;
    let mut out = RecentList::default();
    match kind {
        LegacyRecentKind::RecentItems | LegacyRecentKind::SidebarLists => {
            for (key, v) in top {
                let Some(d) = v.as_dictionary() else {
                    continue;
                };
                if let Some(items) = d.get("CustomListItems").and_then(Value::as_array) {
                    push_items(&mut out, key, &format!("{key}.CustomListItems"), items);
                }
                // sidebarlists: `systemitems` → VolumesList (the sidebar's
                // devices); `favorites` may be a VolumesList too.
                if let Some(items) = d.get("VolumesList").and_then(Value::as_array) {
                    let list = if key == "systemitems" {
                        "VolumesList"
                    } else {
                        key.as_str()
                    };
                    push_items(&mut out, list, &format!("{key}.VolumesList"), items);
                }
            }
        }
        LegacyRecentKind::Finder => {
            if let Some(items) = top.get("FXRecentFolders").and_then(Value::as_array) {
                push_items(&mut out, "FXRecentFolders", "FXRecentFolders", items);
            }
            match top.get(DESKTOP_VOLUMES) {
                Some(Value::Dictionary(d)) => push_desktop_volumes(&mut out, d),
                Some(_) => out
                    .problems
                    .push(format!("{DESKTOP_VOLUMES} is not a dictionary; not read")),
                None => {}
            }
            // The last server the user connected to (Go > Connect to
            // Server), e.g. an smb:// share.
            if let Some(v) = top.get("FXConnectToLastURL") {
                match v.as_string() {
                    Some(u) => {
                        let mut item = RecentItem {
                            list: "FXConnectToLastURL".to_string(),
                            reference_kind: "none",
                            ..RecentItem::default()
                        };
                        set_url(&mut item, u);
                        out.items.push(item);
                    }
                    None => out
                        .problems
                        .push("FXConnectToLastURL is not a string; not read".into()),
                }
            }
            // Recent Finder searches: what the user looked for.
            if let Some(v) = top.get("SGTRecentFileSearches") {
                match v.as_array() {
                    Some(searches) => {
                        for (index, search) in searches.iter().enumerate() {
                            let Some(d) = search.as_dictionary() else {
                                out.problems.push(format!(
                                    "SGTRecentFileSearches[{index}] is not a dictionary; not read"
                                ));
                                continue;
                            };
                            out.items.push(RecentItem {
                                list: "SGTRecentFileSearches".to_string(),
                                index,
                                name: d.get("name").and_then(Value::as_string).map(str::to_owned),
                                reference_kind: "none",
                                properties: Some(to_json(search)),
                                ..RecentItem::default()
                            });
                        }
                    }
                    None => out
                        .problems
                        .push("SGTRecentFileSearches is not an array; not read".into()),
                }
            }
            for key in ["GoToFieldHistory", "RecentMoveAndCopyDestinations"] {
                if let Some(items) = top.get(key).and_then(Value::as_array) {
                    for (index, v) in items.iter().enumerate() {
                        if let Some(s) = v.as_string() {
                            let mut item = RecentItem {
                                list: key.to_string(),
                                index,
                                reference_kind: "none",
                                ..RecentItem::default()
                            };
                            set_url(&mut item, s);
                            out.items.push(item);
                        } else {
                            out.problems
                                .push(format!("{key}[{index}] is not a string; not read"));
                        }
                    }
                }
            }
        }
    }
    Ok(out)
}

/// The Finder preference key naming the volumes shown on the desktop.
const DESKTOP_VOLUMES: &str = "FXDesktopVolumePositions";

/// One record per `FXDesktopVolumePositions` key, in stored order.
fn push_desktop_volumes(out: &mut RecentList, d: &Dictionary) {
    for (index, (key, position)) in d.iter().enumerate() {
        let (name, created) = split_desktop_volume_key(key);
        let mut item = RecentItem {
            list: DESKTOP_VOLUMES.to_string(),
            index,
            reference_kind: "none",
            name: Some(name.to_string()),
            volume_name: Some(name.to_string()),
            is_volume: Some(true),
            desktop_position_key: Some(key.clone()),
            ..RecentItem::default()
        };
        if let Some(raw) = created {
            item.volume_created = from_mac_absolute(raw);
            item.volume_created_raw = Some(raw);
        }
        let position = to_json(position);
        if position.as_object().is_some_and(|o| !o.is_empty()) {
            item.properties = Some(position);
        }
        out.items.push(item);
    }
}

/// Split a `FXDesktopVolumePositions` key into the volume name and the
/// value of its `_<hex float>` suffix (Cocoa seconds). A key without such a
/// suffix is all name.
pub fn split_desktop_volume_key(key: &str) -> (&str, Option<f64>) {
    match key.rsplit_once('_') {
        Some((name, suffix)) if !name.is_empty() => match parse_hex_float(suffix) {
            Some(v) => (name, Some(v)),
            None => (key, None),
        },
        _ => (key, None),
    }
}

/// Parse a C99 hexadecimal floating-point literal (`printf("%a")`):
/// `[-]0x<hex digits>[.<hex digits>]p<signed decimal exponent>`. Exact for
/// mantissas up to 53 bits (all a double can print); `None` otherwise.
pub fn parse_hex_float(s: &str) -> Option<f64> {
    let (negative, rest) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let rest = rest
        .strip_prefix("0x")
        .or_else(|| rest.strip_prefix("0X"))?;
    let (mantissa, exponent) = rest.split_once(['p', 'P'])?;
    let exponent: i32 = exponent.parse().ok()?;
    if !(-1100..=1100).contains(&exponent) {
        return None;
    }
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut m: u64 = 0;
    let mut scale: i32 = 0;
    for (c, fraction) in int_part
        .chars()
        .map(|c| (c, false))
        .chain(frac_part.chars().map(|c| (c, true)))
    {
        let digit = u64::from(c.to_digit(16)?);
        m = m.checked_mul(16)?.checked_add(digit)?;
        if fraction {
            scale -= 4;
        }
        if m >= 1 << 53 {
            return None;
        }
    }
    let v = m as f64 * 2f64.powi(exponent + scale);
    v.is_finite().then_some(if negative { -v } else { v })
}

/// One item per dictionary of `items`; anything else is noted in
/// `problems` (as `<what>[<index>]`), never silently dropped.
fn push_items(out: &mut RecentList, list: &str, what: &str, items: &[Value]) {
    for (index, v) in items.iter().enumerate() {
        match v.as_dictionary() {
            Some(d) => out.items.push(item_from_dict(list.to_string(), index, d)),
            None => out.problems.push(format!(
                "{what}[{index}] is not a dictionary ({}); not read",
                value_kind(v)
            )),
        }
    }
}

fn value_kind(v: &Value) -> &'static str {
    match v {
        Value::Array(_) => "an array",
        Value::Dictionary(_) => "a dictionary",
        Value::Boolean(_) => "a boolean",
        Value::Data(_) => "data",
        Value::Date(_) => "a date",
        Value::Real(_) => "a real",
        Value::Integer(_) => "an integer",
        Value::String(_) => "a string",
        Value::Uid(_) => "a UID",
        _ => "an unknown value",
    }
}

fn get<'d>(d: &'d Dictionary, keys: &[&str]) -> Option<&'d Value> {
    keys.iter().find_map(|k| d.get(k))
}

fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Integer(i) => i.as_signed(),
        Value::Boolean(b) => Some(i64::from(*b)),
        Value::Real(r) if r.fract() == 0.0 && r.abs() < 9.0e15 => Some(*r as i64),
        _ => None,
    }
}

/// Set `url` and, for `file://` URLs, `path`.
fn set_url(item: &mut RecentItem, url: &str) {
    item.url = Some(url.to_string());
    if item.path.is_none() {
        if let Some(rest) = url.strip_prefix("file://") {
            let rest = rest.strip_prefix("localhost").unwrap_or(rest);
            item.path = Some(percent_decode(rest));
        }
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok());
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn item_from_dict(list: String, index: usize, d: &Dictionary) -> RecentItem {
    let mut item = RecentItem {
        list,
        index,
        reference_kind: "none",
        ..RecentItem::default()
    };
    item.name = get(d, &["name", "Name"]).and_then(|v| v.as_string().map(str::to_string));
    item.order = get(d, &["order"]).and_then(as_i64);
    item.visibility = get(d, &["visibility"]).and_then(as_i64);
    item.identifier = get(d, &["uuid", "uniqueIdentifier", "UUID"]).and_then(|v| match v {
        Value::String(s) => Some(s.clone()),
        Value::Data(b) => <[u8; 16]>::try_from(b.as_slice())
            .ok()
            .map(|a| super::bookmark::format_uuid(&a)),
        _ => None,
    });

    // Reference data: a bookmark, an alias record, or a nested file-data
    // dictionary (Finder FXRecentFolders).
    let file_data = d.get("file-data").and_then(Value::as_dictionary);
    let bookmark = get(d, &["Bookmark", "bookmark", "file-bookmark"]).and_then(Value::as_data);
    let alias = get(d, &["Alias", "alias", "AliasData"])
        .or_else(|| file_data.and_then(|f| f.get("_CFURLAliasData")))
        .and_then(Value::as_data);
    let url = get(d, &["URL", "url"])
        .or_else(|| file_data.and_then(|f| f.get("_CFURLString")))
        .and_then(|v| match v {
            Value::String(s) => Some(s.clone()),
            // An undecoded NSURL dictionary.
            Value::Dictionary(u) => u
                .get("NS.relative")
                .and_then(Value::as_string)
                .map(str::to_string),
            _ => None,
        });

    if let Some(b) = bookmark {
        apply_reference(&mut item, b);
    } else if let Some(a) = alias {
        apply_reference(&mut item, a);
    }
    if let Some(u) = url {
        let path = item.path.take();
        set_url(&mut item, &u);
        if path.is_some() {
            item.path = path;
        }
    } else if let Some(p) = &item.path {
        item.url = Some(format!("file://{p}"));
    }

    // Everything else the item stores is kept as JSON, except what was
    // decoded above and the sidebar's `Icon` image data.
    let mut props = serde_json::Map::new();
    for (key, v) in d {
        let consumed = match key.as_str() {
            "order" => item.order.is_some(),
            "visibility" => item.visibility.is_some(),
            "name" | "Name" | "uuid" | "uniqueIdentifier" | "UUID" | "Bookmark" | "bookmark"
            | "file-bookmark" | "Alias" | "alias" | "AliasData" | "file-data" | "URL" | "url"
            | "$class" | "Icon" => true,
            _ => false,
        };
        if consumed {
            continue;
        }
        let j = to_json(v);
        if !(j.is_object() && j.as_object().is_some_and(|o| o.is_empty())) {
            props.insert(key.clone(), j);
        }
    }
    if !props.is_empty() {
        item.properties = Some(serde_json::Value::Object(props));
    }
    for key in ["CustomItemProperties", "properties"] {
        if let Some(p) = d.get(key).and_then(Value::as_dictionary) {
            apply_item_properties(&mut item, p);
        }
    }
    item
}

fn as_bool(v: &Value) -> Option<bool> {
    match v {
        Value::Boolean(b) => Some(*b),
        Value::Integer(i) => match i.as_signed() {
            Some(0) => Some(false),
            Some(1) => Some(true),
            _ => None,
        },
        _ => None,
    }
}

/// The volume keys, `DateLastSeen` and the special-item identifier of an
/// item's `CustomItemProperties` (`.sfl2`+) or `properties` (`.sfl`).
fn apply_item_properties(item: &mut RecentItem, p: &Dictionary) {
    if item.is_volume.is_none() {
        item.is_volume = p.get("NSURLIsVolumeKey").and_then(as_bool);
    }
    for (key, field) in VOLUME_KEYS {
        if item.volume_properties.iter().any(|(f, _)| *f == field) {
            continue;
        }
        if let Some(b) = p.get(key).and_then(as_bool) {
            item.volume_properties.push((field, b));
        }
    }
    item.volume_properties.sort_by_key(|(f, _)| {
        VOLUME_KEYS
            .iter()
            .position(|(_, field)| field == f)
            .unwrap_or(usize::MAX)
    });
    if item.date_last_seen_raw.is_none() {
        let raw = match p.get(DATE_LAST_SEEN) {
            Some(Value::Date(d)) => Some(plist_date_to_cocoa(*d)),
            Some(Value::Real(r)) => Some(*r),
            _ => None,
        };
        item.date_last_seen = raw.and_then(from_mac_absolute);
        item.date_last_seen_raw = raw;
    }
    if item.special_item.is_none() {
        item.special_item = p
            .get(SPECIAL_ITEM)
            .and_then(Value::as_string)
            .map(str::to_string);
    }
}

/// Decode bookmark or alias data into the item's target fields.
fn apply_reference(item: &mut RecentItem, data: &[u8]) {
    if is_bookmark(data) {
        item.reference_kind = "bookmark";
        match parse_bookmark(data) {
            Ok(bm) => apply_bookmark(item, &bm),
            Err(e) => item.bookmark_error = Some(format!("bookmark: {e}")),
        }
    } else {
        item.reference_kind = "alias";
        match parse_alias(data) {
            Ok(a) => {
                item.path = a.path.clone();
                item.volume_name = a.unicode_volume_name.clone().or(a.volume_name.clone());
                item.volume_path = a.volume_mount_point.clone();
                item.created = a.target_creation;
                item.created_raw = a.target_creation_raw.map(|v| v as f64);
                item.file_ids = std::iter::once(i64::from(a.target_cnid))
                    .chain(a.parent_cnids.iter().map(|c| i64::from(*c)))
                    .rev()
                    .collect();
                if item.name.is_none() {
                    item.name = a.target_name.clone();
                }
            }
            Err(e) => item.bookmark_error = Some(format!("alias: {e}")),
        }
    }
}

fn apply_bookmark(item: &mut RecentItem, bm: &Bookmark) {
    item.volume_created = bm.volume_creation;
    item.volume_created_raw = bm.volume_creation_raw;
    item.bookmark_volume_flags = bm
        .volume_flags
        .map(|f| f.named(&VOLUME_KIND_FLAGS))
        .unwrap_or_default();
    item.path = bm.path.clone();
    item.volume_name = bm.volume_name.clone();
    item.volume_uuid = bm.volume_uuid.clone();
    item.volume_path = bm.volume_path.clone();
    item.created = bm.target_creation;
    item.created_raw = bm.target_creation_raw;
    item.bookmark_created = bm.bookmark_creation;
    item.bookmark_created_raw = bm.bookmark_creation_raw;
    item.file_ids = bm.file_ids.clone();
    item.user_name = bm.user_name.clone();
    item.security_extension = bm.security_extension().map(str::to_string);
    if item.name.is_none() {
        item.name = bm
            .display_name
            .clone()
            .or_else(|| bm.path_components.last().cloned());
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::bookmark::keys;
    use super::super::bookmark::tests::Builder as BookmarkBuilder;
    use super::super::keyed_archive::tests::{dict, Archive};
    use super::*;
    use crate::testdata::keyed_archive::SflItem;

    /// A bookmark of a volume's root, as FavoriteVolumes items hold:
    /// `/Volumes/<name>`, with the volume's name, creation date and volume
    /// property flags (key 0x2020: flags, valid mask, reserved).
    pub(crate) fn volume_bookmark(name: &str, created: f64, flags: u64, valid: u64) -> Vec<u8> {
        let mut b = BookmarkBuilder::new();
        let parts = ["Volumes", name].map(|s| b.string(s));
        let path = b.array(&parts);
        let vpath = b.string(&format!("/Volumes/{name}"));
        let vname = b.string(name);
        let vcreated = b.date(created);
        let props: Vec<u8> = [flags, valid, 0]
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect();
        let vprops = b.raw(0x0201, &props);
        for (k, o) in [
            (keys::PATH, path),
            (keys::VOLUME_PATH, vpath),
            (keys::VOLUME_NAME, vname),
            (keys::VOLUME_CREATION_DATE, vcreated),
            (keys::VOLUME_PROPERTIES, vprops),
        ] {
            b.entry(k, o);
        }
        b.finish()
    }

    /// A binary `.sfl4` FavoriteVolumes archive laid out like the real one:
    /// a USB stick (name, bookmark, `NSURLVolumeIs*Key`s, `DateLastSeen`,
    /// `VolumeGroup`), the Trash (a special item), and one entry that is not
    /// a dictionary.
    pub(crate) fn favorite_volumes_sfl4() -> Vec<u8> {
        let mut a = Archive::new();
        let k_items = a.string("items");
        let k_props = a.string("properties");
        let k_vis = a.string("visibility");
        let k_cip = a.string("CustomItemProperties");
        let k_name = a.string("Name");
        let k_bm = a.string("Bookmark");
        let k_uuid = a.string("uuid");
        let date_c = a.class(&["NSDate", "NSObject"]);
        let t = a.push(Value::Boolean(true));
        let f = a.push(Value::Boolean(false));
        let one = a.push(Value::Integer(1.into()));
        let mut cip = Vec::new();
        for (key, v) in [
            ("NSURLIsVolumeKey", t.clone()),
            ("NSURLVolumeIsInternalKey", f.clone()),
            ("NSURLVolumeIsEjectableKey", t.clone()),
            ("NSURLVolumeIsRemovableKey", t.clone()),
            ("NSURLVolumeIsRootFileSystemKey", f.clone()),
        ] {
            let k = a.string(key);
            cip.push((k, v));
        }
        let k_seen = a.string(DATE_LAST_SEEN);
        let seen = a.push(dict(vec![
            ("$class", date_c),
            ("NS.time", Value::Real(791181140.618473)),
        ]));
        cip.push((k_seen, seen));
        let k_group = a.string("com.apple.LSSharedFileList.VolumeGroup");
        let two = a.push(Value::Integer(2.into()));
        cip.push((k_group, two));
        let cip = a.dictionary(cip);
        let name = a.string("USB Stick");
        // local | ejectable | removable | external; internal marked valid.
        let bm = a.push(Value::Data(volume_bookmark(
            "USB Stick",
            700_000_000.25,
            0x1 | 0x20 | 0x40 | 0x100,
            0x1 | 0x20 | 0x40 | 0x80 | 0x100,
        )));
        let uuid = a.string("11111111-2222-3333-4444-555555555555");
        let usb = a.dictionary(vec![
            (k_vis.clone(), one.clone()),
            (k_cip.clone(), cip),
            (k_name, name),
            (k_bm, bm),
            (k_uuid.clone(), uuid),
        ]);
        let k_special = a.string(SPECIAL_ITEM);
        let trash_id = a.string("com.apple.LSSharedFileList.IsTrash");
        let k_isvol = a.string("NSURLIsVolumeKey");
        let trash_cip = a.dictionary(vec![(k_special, trash_id), (k_isvol, t)]);
        let uuid2 = a.string("66666666-7777-8888-9999-000000000000");
        let trash = a.dictionary(vec![(k_vis, one), (k_cip, trash_cip), (k_uuid, uuid2)]);
        let stray = a.string("not an item");
        let arr = a.array(vec![usb, trash, stray]);
        let props = a.dictionary(vec![]);
        let root = a.dictionary(vec![(k_items, arr), (k_props, props)]);
        let mut out = Vec::new();
        plist::to_writer_binary(&mut out, &a.finish(root)).unwrap();
        out
    }

    fn bookmark() -> Vec<u8> {
        super::super::bookmark::tests::sample()
    }

    fn sfl2_archive(bookmarks: &[Vec<u8>]) -> Vec<u8> {
        let hidden = (
            "com.apple.LSSharedFileList.ItemIsHidden".to_string(),
            Value::Boolean(true),
        );
        let items: Vec<SflItem> = bookmarks
            .iter()
            .enumerate()
            .map(|(i, b)| SflItem {
                custom_properties: vec![hidden.clone()],
                ..SflItem::new(b.clone(), format!("UUID-{i}"))
            })
            .collect();
        crate::testdata::keyed_archive::sfl2_bytes(&items)
    }

    #[test]
    fn list_names() {
        assert_eq!(
            list_name_from_file_name("com.apple.LSSharedFileList.RecentDocuments.sfl2"),
            "RecentDocuments"
        );
        assert_eq!(
            list_name_from_file_name(
                "/x/com.apple.LSSharedFileList.ApplicationRecentDocuments/com.apple.textedit.sfl3"
            ),
            "com.apple.textedit"
        );
        assert_eq!(
            list_name_from_file_name("com.apple.LSSharedFileList.FavoriteItems.sfl"),
            "FavoriteItems"
        );
        assert_eq!(
            list_name_from_file_name("com.apple.recentitems.plist"),
            "com.apple.recentitems"
        );
        assert_eq!(SflFormat::from_file_name("a.SFL2"), SflFormat::Sfl2);
        assert_eq!(SflFormat::from_file_name("a.sfl"), SflFormat::Sfl);
        assert_eq!(SflFormat::from_file_name("a.sfl3"), SflFormat::Sfl3);
    }

    #[test]
    fn sfl2_with_one_corrupt_bookmark_keeps_both_items() {
        let good = bookmark();
        let mut bad = good.clone();
        bad.truncate(100);
        let items = parse_sfl(&sfl2_archive(&[good, bad]), SflFormat::Sfl2)
            .unwrap()
            .items;
        assert_eq!(items.len(), 2);
        let a = &items[0];
        assert_eq!(a.path.as_deref(), Some("/Applications/Syncthing.app"));
        assert_eq!(a.url.as_deref(), Some("file:///Applications/Syncthing.app"));
        assert_eq!(a.name.as_deref(), Some("Syncthing.app"));
        assert_eq!(a.identifier.as_deref(), Some("UUID-0"));
        assert_eq!(a.visibility, Some(0));
        assert_eq!(a.volume_name.as_deref(), Some("Macintosh HD"));
        assert_eq!(a.created_raw, Some(665473989.0));
        assert_eq!(a.reference_kind, "bookmark");
        assert_eq!(
            a.properties.as_ref().unwrap()["CustomItemProperties"]
                ["com.apple.LSSharedFileList.ItemIsHidden"],
            true
        );
        let b = &items[1];
        assert_eq!(b.index, 1);
        assert_eq!(b.identifier.as_deref(), Some("UUID-1"));
        assert!(b.path.is_none());
        assert!(b.bookmark_error.as_deref().unwrap().contains("declares"));
        // Serializes.
        let j = serde_json::to_value(&items).unwrap();
        assert_eq!(j[0]["created"], "2022-02-02T05:53:09Z");
    }

    #[test]
    fn sfl_list_items() {
        let mut a = Archive::new();
        let c = a.class(&["SFLListItem", "NSObject"]);
        let url_c = a.class(&["NSURL", "NSObject"]);
        let rel = a.string("file:///Users/sur/My%20Doc.txt");
        let url = a.push(dict(vec![
            ("$class", url_c),
            ("NS.base", super::super::keyed_archive::tests::uid(0)),
            ("NS.relative", rel),
        ]));
        let name = a.string("My Doc.txt");
        let item = a.push(dict(vec![
            ("$class", c),
            ("name", name),
            ("URL", url),
            ("order", Value::Integer(5.into())),
            ("bookmark", super::super::keyed_archive::tests::uid(0)),
        ]));
        let k_items = a.string("items");
        let arr = a.array(vec![item]);
        let root = a.dictionary(vec![(k_items, arr)]);
        let mut out = Vec::new();
        plist::to_writer_binary(&mut out, &a.finish(root)).unwrap();
        let items = parse_sfl(&out, SflFormat::Sfl).unwrap().items;
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].name.as_deref(), Some("My Doc.txt"));
        assert_eq!(items[0].order, Some(5));
        assert_eq!(
            items[0].url.as_deref(),
            Some("file:///Users/sur/My%20Doc.txt")
        );
        assert_eq!(items[0].path.as_deref(), Some("/Users/sur/My Doc.txt"));
        assert_eq!(items[0].reference_kind, "none");
    }

    #[test]
    fn not_an_archive_and_garbage() {
        assert!(parse_sfl(b"garbage", SflFormat::Auto).is_err());
        let mut out = Vec::new();
        plist::to_writer_binary(&mut out, &Value::Array(vec![])).unwrap();
        assert!(parse_sfl(&out, SflFormat::Sfl).is_err());
        let mut out = Vec::new();
        plist::to_writer_binary(&mut out, &Value::Boolean(true)).unwrap();
        assert!(matches!(
            parse_sfl(&out, SflFormat::Sfl2),
            Err(SflError::Structure(_))
        ));
    }

    fn legacy(v: Value) -> Vec<u8> {
        let mut out = Vec::new();
        plist::to_writer_xml(&mut out, &v).unwrap();
        out
    }

    #[test]
    fn legacy_recentitems_and_sidebar() {
        let items = dict(vec![
            (
                "RecentDocuments",
                dict(vec![
                    (
                        "CustomListItems",
                        Value::Array(vec![
                            dict(vec![
                                ("Name", Value::String("a.txt".into())),
                                ("Bookmark", Value::Data(bookmark())),
                            ]),
                            dict(vec![
                                ("Name", Value::String("bad".into())),
                                ("Alias", Value::Data(vec![0, 0, 0, 0, 0, 8, 0, 9])),
                            ]),
                        ]),
                    ),
                    ("MaxAmount", Value::Integer(10.into())),
                ]),
            ),
            (
                "Hosts",
                dict(vec![(
                    "CustomListItems",
                    Value::Array(vec![dict(vec![
                        ("Name", Value::String("srv".into())),
                        ("URL", Value::String("smb://srv".into())),
                    ])]),
                )]),
            ),
        ]);
        let out = parse_legacy_recent_plist(&legacy(items), LegacyRecentKind::RecentItems)
            .unwrap()
            .items;
        assert_eq!(out.len(), 3);
        let docs: Vec<_> = out.iter().filter(|i| i.list == "RecentDocuments").collect();
        assert_eq!(docs[0].path.as_deref(), Some("/Applications/Syncthing.app"));
        assert_eq!(docs[1].reference_kind, "alias");
        assert!(docs[1]
            .bookmark_error
            .as_deref()
            .unwrap()
            .starts_with("alias:"));
        let host = out.iter().find(|i| i.list == "Hosts").unwrap();
        assert_eq!(host.url.as_deref(), Some("smb://srv"));
        assert_eq!(host.path, None);

        let sidebar = dict(vec![(
            "systemitems",
            dict(vec![(
                "VolumesList",
                Value::Array(vec![dict(vec![(
                    "Name",
                    Value::String("Macintosh HD".into()),
                )])]),
            )]),
        )]);
        let out = parse_legacy_recent_plist(&legacy(sidebar), LegacyRecentKind::SidebarLists)
            .unwrap()
            .items;
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].list, "VolumesList");
        assert_eq!(out[0].name.as_deref(), Some("Macintosh HD"));
    }

    #[test]
    fn legacy_finder() {
        let finder = dict(vec![
            (
                "FXRecentFolders",
                Value::Array(vec![dict(vec![
                    ("name", Value::String("Downloads".into())),
                    (
                        "file-data",
                        dict(vec![(
                            "_CFURLString",
                            Value::String("file:///Users/sur/Downloads/".into()),
                        )]),
                    ),
                ])]),
            ),
            (
                "GoToFieldHistory",
                Value::Array(vec![Value::String("/tmp/".into())]),
            ),
            (
                "FXConnectToLastURL",
                Value::String("smb://fileserver/share".into()),
            ),
            (
                "SGTRecentFileSearches",
                Value::Array(vec![
                    dict(vec![
                        ("name", Value::String("passwords".into())),
                        ("type", Value::String("com.apple.finder".into())),
                    ]),
                    Value::String("not a search".into()),
                ]),
            ),
        ]);
        let parsed = parse_legacy_recent_plist(&legacy(finder), LegacyRecentKind::Finder).unwrap();
        assert_eq!(
            parsed.problems,
            ["SGTRecentFileSearches[1] is not a dictionary; not read"]
        );
        let out = parsed.items;
        assert_eq!(out.len(), 4);
        assert_eq!(out[0].list, "FXRecentFolders");
        assert_eq!(out[0].name.as_deref(), Some("Downloads"));
        assert_eq!(out[0].path.as_deref(), Some("/Users/sur/Downloads/"));
        assert_eq!(out[1].list, "FXConnectToLastURL");
        assert_eq!(out[1].url.as_deref(), Some("smb://fileserver/share"));
        assert_eq!(out[2].list, "SGTRecentFileSearches");
        assert_eq!(out[2].name.as_deref(), Some("passwords"));
        assert_eq!(
            out[2].properties.as_ref().unwrap()["type"],
            "com.apple.finder"
        );
        assert_eq!(out[3].list, "GoToFieldHistory");
        assert_eq!(out[3].url.as_deref(), Some("/tmp/"));
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn real_global_login_items_sfl2() {
        let root = crate::testdata::dir();
        let name = "com.apple.LSSharedFileList.GlobalLoginItems.sfl2";
        let data = std::fs::read(std::path::Path::new(&root).join("sfl").join(name)).unwrap();
        let mut items = parse_sfl(&data, SflFormat::from_file_name(name))
            .unwrap()
            .items;
        for i in &mut items {
            i.list = list_name_from_file_name(name);
        }
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].list, "GlobalLoginItems");
        assert_eq!(items[0].name.as_deref(), Some("Perseus"));
        assert_eq!(
            items[0].path.as_deref(),
            Some("/Users/android/Downloads/medusa.py")
        );
        assert!(items.iter().all(|i| i.bookmark_error.is_none()));
        assert!(items[1].path.is_some());
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn real_safari_downloads_bookmarks() {
        let root = crate::testdata::dir();
        let data =
            std::fs::read(std::path::Path::new(&root).join("safari/artemis/Downloads.plist"))
                .unwrap();
        let v = read_plist(&data).unwrap();
        let entries = v.as_dictionary().unwrap()["DownloadHistory"]
            .as_array()
            .unwrap();
        assert_eq!(entries.len(), 3);
        // Each blob resolves to the path Safari stored beside it.
        for e in entries {
            let e = e.as_dictionary().unwrap();
            let blob = e["DownloadEntryBookmarkBlob"].as_data().unwrap();
            let bm = parse_bookmark(blob).unwrap();
            assert_eq!(
                bm.path.as_deref(),
                e["DownloadEntryPath"].as_string(),
                "{bm:?}"
            );
            assert_eq!(bm.volume_name.as_deref(), Some("Macintosh HD"));
            assert_eq!(bm.user_name.as_deref(), Some("puffycid"));
        }
    }

    #[test]
    fn the_sfl_family_is_matched_by_extension_prefix() {
        for (name, f) in [
            (
                "com.apple.LSSharedFileList.FavoriteVolumes.sfl4",
                SflFormat::Sfl4,
            ),
            ("x.SFL4", SflFormat::Sfl4),
            ("x.sfl3", SflFormat::Sfl3),
            ("x.sfl5", SflFormat::Unknown),
            ("x.sfl10", SflFormat::Unknown),
            ("x.sflx", SflFormat::Unknown),
            ("/a.b/x.sfl", SflFormat::Sfl),
            ("x.sfl2.bak", SflFormat::Auto),
            ("x.plist", SflFormat::Auto),
            ("sfl4", SflFormat::Auto),
            (".sfl4", SflFormat::Auto),
        ] {
            assert_eq!(SflFormat::from_file_name(name), f, "{name}");
        }
        assert_eq!(sfl_extension("x.SFL5").as_deref(), Some("sfl5"));
        assert_eq!(
            list_name_from_file_name("com.apple.LSSharedFileList.FavoriteVolumes.sfl4"),
            "FavoriteVolumes"
        );
        assert_eq!(
            list_name_from_file_name("com.apple.LSSharedFileList.RecentDocuments.sfl7"),
            "RecentDocuments"
        );
        assert_eq!(list_name_from_file_name("a.b.txt"), "a.b.txt");
    }

    #[test]
    fn sfl4_volume_items_carry_their_volume_properties() {
        let list = parse_sfl(&favorite_volumes_sfl4(), SflFormat::Sfl4).unwrap();
        assert_eq!(list.items.len(), 2);
        assert_eq!(
            list.problems,
            vec!["items[2] is not a dictionary (a string); not read".to_string()]
        );
        let usb = &list.items[0];
        assert_eq!(usb.name.as_deref(), Some("USB Stick"));
        assert_eq!(usb.path.as_deref(), Some("/Volumes/USB Stick"));
        assert_eq!(usb.volume_name.as_deref(), Some("USB Stick"));
        assert_eq!(usb.is_volume, Some(true));
        assert_eq!(
            usb.volume_properties,
            vec![
                ("volume_is_internal", false),
                ("volume_is_ejectable", true),
                ("volume_is_removable", true),
                ("volume_is_root_file_system", false),
            ]
        );
        // The stored double comes back unchanged; 791181140.618473 s after
        // 2001-01-01 is 2026-01-27T04:32:20.618473Z.
        assert_eq!(usb.date_last_seen_raw, Some(791181140.618473));
        assert!(crate::kit::time::rfc3339(&usb.date_last_seen.unwrap())
            .starts_with("2026-01-27T04:32:20.618473"));
        assert_eq!(usb.volume_created_raw, Some(700_000_000.25));
        assert_eq!(
            crate::kit::time::rfc3339(&usb.volume_created.unwrap()),
            "2023-03-08T20:26:40.250Z"
        );
        assert_eq!(
            usb.bookmark_volume_flags,
            vec![
                ("local", true),
                ("ejectable", true),
                ("removable", true),
                ("internal", false),
                ("external", true),
            ]
        );
        assert_eq!(usb.special_item, None);
        assert_eq!(usb.visibility, Some(1));
        let props = usb.properties.as_ref().unwrap();
        assert_eq!(
            props["CustomItemProperties"]["com.apple.LSSharedFileList.VolumeGroup"],
            2
        );
        let trash = &list.items[1];
        assert_eq!(trash.index, 1);
        assert_eq!(trash.name, None);
        assert_eq!(trash.is_volume, Some(true));
        assert!(trash.volume_properties.is_empty());
        assert_eq!(
            trash.special_item.as_deref(),
            Some("com.apple.LSSharedFileList.IsTrash")
        );
        assert_eq!(trash.reference_kind, "none");
    }

    #[test]
    fn truncated_and_garbled_sfl4_are_errors() {
        let good = favorite_volumes_sfl4();
        for cut in 0..good.len() {
            assert!(
                parse_sfl(&good[..cut], SflFormat::Sfl4).is_err(),
                "cut at {cut}"
            );
        }
        // Every single byte overwritten: decoded or an error, never a panic.
        for at in 0..good.len() {
            let mut bad = good.clone();
            bad[at] ^= 0xff;
            if let Ok(list) = parse_sfl(&bad, SflFormat::Sfl4) {
                let _ = format!("{list:?}");
            }
        }
    }

    #[test]
    fn hex_floats() {
        // Values as Python's float.fromhex gives them.
        for (s, v) in [
            ("0x1.77264008p+29", 786745345.0),
            ("0x1.758d1cp+29", 783393664.0),
            ("0x1p-1", 0.5),
            ("-0x1.8p+1", -3.0),
            ("0x0p+0", 0.0),
            ("0x.8p1", 1.0),
            ("0X1P3", 8.0),
            ("0x1.fffffffffffffp+0", 2.0 - f64::EPSILON),
        ] {
            assert_eq!(parse_hex_float(s), Some(v), "{s}");
        }
        for s in [
            "",
            "1.5",
            "0x",
            "0x1.8",
            "0xp+1",
            "0xg1p1",
            "0x1p",
            "0x1p+99999",
            "0x1.00000000000001p+0",
            "0x1.8p+1.5",
        ] {
            assert_eq!(parse_hex_float(s), None, "{s}");
        }
        assert_eq!(
            split_desktop_volume_key("Backups_black_ssd_0x1.77264008p+29"),
            ("Backups_black_ssd", Some(786745345.0))
        );
        assert_eq!(split_desktop_volume_key("my_disk"), ("my_disk", None));
        assert_eq!(split_desktop_volume_key("_0x1p+0"), ("_0x1p+0", None));
        assert_eq!(split_desktop_volume_key("Disk"), ("Disk", None));
    }

    #[test]
    fn finder_desktop_volumes() {
        let finder = dict(vec![(
            "FXDesktopVolumePositions",
            dict(vec![
                (
                    "USB_KEY_0x1.4dc938p+29",
                    dict(vec![
                        ("xRelative", Value::Integer((-66).into())),
                        ("yRelative", Value::Integer(70.into())),
                    ]),
                ),
                ("Old Disk", dict(vec![])),
            ]),
        )]);
        let out = parse_legacy_recent_plist(&legacy(finder), LegacyRecentKind::Finder).unwrap();
        assert!(out.problems.is_empty());
        assert_eq!(out.items.len(), 2);
        let a = &out.items[0];
        assert_eq!(a.list, "FXDesktopVolumePositions");
        assert_eq!(a.name.as_deref(), Some("USB_KEY"));
        assert_eq!(a.volume_name.as_deref(), Some("USB_KEY"));
        assert_eq!(a.is_volume, Some(true));
        assert_eq!(
            a.desktop_position_key.as_deref(),
            Some("USB_KEY_0x1.4dc938p+29")
        );
        // 0x1.4dc938p+29 = 0x14dc938 * 2^5 = 700000000.
        assert_eq!(a.volume_created_raw, Some(700_000_000.0));
        assert_eq!(
            crate::kit::time::rfc3339(&a.volume_created.unwrap()),
            "2023-03-08T20:26:40Z"
        );
        assert_eq!(a.properties.as_ref().unwrap()["yRelative"], 70);
        let b = &out.items[1];
        assert_eq!(b.index, 1);
        assert_eq!(b.name.as_deref(), Some("Old Disk"));
        assert_eq!(b.volume_created_raw, None);
        assert_eq!(b.properties, None);

        let odd = dict(vec![(
            "FXDesktopVolumePositions",
            Value::String("x".into()),
        )]);
        let out = parse_legacy_recent_plist(&legacy(odd), LegacyRecentKind::Finder).unwrap();
        assert!(out.items.is_empty());
        assert_eq!(out.problems.len(), 1);
    }

    #[test]
    fn sidebar_volume_lists() {
        let entry = |name: &str, entry_type: i64| {
            dict(vec![
                ("Name", Value::String(name.into())),
                ("EntryType", Value::Integer(entry_type.into())),
                ("SpecialID", Value::Integer(1919905652.into())),
                ("Visibility", Value::String("AlwaysVisible".into())),
                ("Icon", Value::Data(b"ImgR....".to_vec())),
            ])
        };
        let sidebar = dict(vec![
            (
                "systemitems",
                dict(vec![
                    ("Controller", Value::String("VolumesList".into())),
                    (
                        "VolumesList",
                        Value::Array(vec![entry("Computer", 16), entry("Backup", 517)]),
                    ),
                ]),
            ),
            (
                "favorites",
                dict(vec![(
                    "VolumesList",
                    Value::Array(vec![entry("Applications", 16), Value::Integer(3.into())]),
                )]),
            ),
        ]);
        let out =
            parse_legacy_recent_plist(&legacy(sidebar), LegacyRecentKind::SidebarLists).unwrap();
        let names: Vec<(&str, &str)> = out
            .items
            .iter()
            .map(|i| (i.list.as_str(), i.name.as_deref().unwrap()))
            .collect();
        assert_eq!(
            names,
            vec![
                ("VolumesList", "Computer"),
                ("VolumesList", "Backup"),
                ("favorites", "Applications")
            ]
        );
        let p = out.items[1].properties.as_ref().unwrap();
        assert_eq!(p["EntryType"], 517);
        assert_eq!(p["SpecialID"], 1919905652);
        assert_eq!(p["Visibility"], "AlwaysVisible");
        assert!(p.get("Icon").is_none());
        assert_eq!(
            out.problems,
            vec!["favorites.VolumesList[1] is not a dictionary (an integer); not read".to_string()]
        );
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn real_favorite_volumes_sfl4_truncated_never_panics() {
        let name = "com.apple.LSSharedFileList.FavoriteVolumes.sfl4";
        let data = crate::testdata::read(&format!("sfl/{name}"));
        assert_eq!(
            parse_sfl(&data, SflFormat::from_file_name(name))
                .unwrap()
                .items
                .len(),
            12
        );
        for cut in (0..data.len()).step_by(37) {
            assert!(parse_sfl(&data[..cut], SflFormat::Sfl4).is_err(), "{cut}");
        }
    }
}
