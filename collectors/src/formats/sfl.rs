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
//! * `.sfl3` — macOS 14 Sonoma and later; the same keyed-archive dictionary
//!   layout as `.sfl2` (decoded with the same rules; no public sample was
//!   available to confirm additional keys).
//! * Legacy plists (10.5 – 10.10), in `~/Library/Preferences/`:
//!   `com.apple.recentitems.plist` (`RecentApplications`, `RecentDocuments`,
//!   `RecentServers`, `Hosts` → `CustomListItems` with `Name` and `Alias`
//!   (alias record) / `Bookmark` / `URL`), `com.apple.finder.plist`
//!   (`FXRecentFolders` → `name` + `file-data` {`_CFURLAliasData`,
//!   `_CFURLString`} / `file-bookmark`; `GoToFieldHistory`,
//!   `RecentMoveAndCopyDestinations`) and `com.apple.sidebarlists.plist`
//!   (`systemitems` → `VolumesList`, `favorites` / `favoriteservers` →
//!   `CustomListItems`).
//!
//! Every item is returned even when its embedded bookmark or alias is
//! corrupt; the decoding error is reported in [`RecentItem::bookmark_error`].
//!
//! References: mac_apt `plugins/recentitems.py`; Sarah Edwards, macMRU-Parser
//! and "mac4n6" posts on SFL/SFL2; puffyCid macos-loginitems / artemis.

use chrono::{DateTime, Utc};
use plist::{Dictionary, Value};
use serde::Serialize;
use thiserror::Error;

use super::alias::parse_alias;
use super::apple_time::serialize_opt_datetime;
use super::bookmark::{is_bookmark, parse_bookmark, Bookmark};
use super::keyed_archive::{
    decode_keyed_archive, is_keyed_archive, read_plist, to_json, KeyedArchiveError,
};

/// Which SharedFileList generation a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum SflFormat {
    /// 10.11–10.12 `.sfl`.
    Sfl,
    /// 10.13–13 `.sfl2`.
    Sfl2,
    /// 14+ `.sfl3`.
    Sfl3,
    /// Decide from the content.
    Auto,
}

impl SflFormat {
    /// The format suggested by a file name's extension (`Auto` if unknown).
    pub fn from_file_name(name: &str) -> SflFormat {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".sfl3") {
            SflFormat::Sfl3
        } else if lower.ends_with(".sfl2") {
            SflFormat::Sfl2
        } else if lower.ends_with(".sfl") {
            SflFormat::Sfl
        } else {
            SflFormat::Auto
        }
    }
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
    #[serde(serialize_with = "serialize_opt_datetime")]
    pub created: Option<DateTime<Utc>>,
    /// Raw target creation time (Cocoa seconds for bookmarks, HFS seconds for
    /// aliases).
    pub created_raw: Option<f64>,
    /// When the bookmark itself was created (bookmark key 0xf030), if stored.
    #[serde(serialize_with = "serialize_opt_datetime")]
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
}

/// The list name for a SharedFileList / plist file name:
/// `com.apple.LSSharedFileList.RecentDocuments.sfl2` → `RecentDocuments`,
/// `com.apple.textedit.sfl2` → `com.apple.textedit`.
pub fn list_name_from_file_name(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let mut stem = base;
    for ext in [".sfl3", ".sfl2", ".sfl", ".plist"] {
        if let Some(s) = stem.strip_suffix(ext) {
            stem = s;
            break;
        }
    }
    stem.strip_prefix("com.apple.LSSharedFileList.")
        .unwrap_or(stem)
        .to_string()
}

/// Decode a `.sfl`, `.sfl2` or `.sfl3` file. `list` is left empty for the
/// caller to fill (see [`list_name_from_file_name`]).
pub fn parse_sfl(data: &[u8], format_hint: SflFormat) -> Result<Vec<RecentItem>, SflError> {
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
    let mut out = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let Some(d) = item.as_dictionary() else {
            continue;
        };
        out.push(item_from_dict(String::new(), index, d));
    }
    Ok(out)
}

/// Decode a legacy recent-items plist.
pub fn parse_legacy_recent_plist(
    data: &[u8],
    kind: LegacyRecentKind,
) -> Result<Vec<RecentItem>, SflError> {
    let root = read_plist(data)?;
    let top = root
        .as_dictionary()
        .ok_or_else(|| SflError::Structure("top level is not a dictionary".into()))?;
    let mut out = Vec::new();
    match kind {
        LegacyRecentKind::RecentItems | LegacyRecentKind::SidebarLists => {
            for (key, v) in top {
                let Some(d) = v.as_dictionary() else {
                    continue;
                };
                if let Some(items) = d.get("CustomListItems").and_then(Value::as_array) {
                    push_items(&mut out, key, items);
                }
                // sidebarlists: systemitems → VolumesList
                if let Some(items) = d.get("VolumesList").and_then(Value::as_array) {
                    push_items(&mut out, "VolumesList", items);
                }
            }
        }
        LegacyRecentKind::Finder => {
            if let Some(items) = top.get("FXRecentFolders").and_then(Value::as_array) {
                push_items(&mut out, "FXRecentFolders", items);
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
                            out.push(item);
                        }
                    }
                }
            }
        }
    }
    Ok(out)
}

fn push_items(out: &mut Vec<RecentItem>, list: &str, items: &[Value]) {
    for (index, v) in items.iter().enumerate() {
        if let Some(d) = v.as_dictionary() {
            out.push(item_from_dict(list.to_string(), index, d));
        }
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

    let mut props = serde_json::Map::new();
    for key in [
        "CustomItemProperties",
        "properties",
        "flags",
        "EntryType",
        "Flags",
    ] {
        if let Some(v) = d.get(key) {
            let j = to_json(v);
            if !(j.is_object() && j.as_object().is_some_and(|o| o.is_empty())) {
                props.insert(key.to_string(), j);
            }
        }
    }
    if !props.is_empty() {
        item.properties = Some(serde_json::Value::Object(props));
    }
    item
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
mod tests {
    use super::super::keyed_archive::tests::{dict, Archive};
    use super::*;

    fn bookmark() -> Vec<u8> {
        super::super::bookmark::tests::sample()
    }

    fn sfl2_archive(bookmarks: &[Vec<u8>]) -> Vec<u8> {
        let mut a = Archive::new();
        let k_items = a.string("items");
        let k_props = a.string("properties");
        let k_bm = a.string("Bookmark");
        let k_uuid = a.string("uuid");
        let k_vis = a.string("visibility");
        let k_cip = a.string("CustomItemProperties");
        let mut items = Vec::new();
        for (i, b) in bookmarks.iter().enumerate() {
            let bm = a.push(Value::Data(b.clone()));
            let uuid = a.string(&format!("UUID-{i}"));
            let vis = a.push(Value::Integer(0.into()));
            let k_hidden = a.string("com.apple.LSSharedFileList.ItemIsHidden");
            let t = a.push(Value::Boolean(true));
            let cip = a.dictionary(vec![(k_hidden, t)]);
            items.push(a.dictionary(vec![
                (k_bm.clone(), bm),
                (k_uuid.clone(), uuid),
                (k_vis.clone(), vis),
                (k_cip.clone(), cip),
            ]));
        }
        let arr = a.array(items);
        let props = a.dictionary(vec![]);
        let root = a.dictionary(vec![(k_items, arr), (k_props, props)]);
        let mut out = Vec::new();
        plist::to_writer_binary(&mut out, &a.finish(root)).unwrap();
        out
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
        let items = parse_sfl(&sfl2_archive(&[good, bad]), SflFormat::Sfl2).unwrap();
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
        let items = parse_sfl(&out, SflFormat::Sfl).unwrap();
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
        let out = parse_legacy_recent_plist(&legacy(items), LegacyRecentKind::RecentItems).unwrap();
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
        let out =
            parse_legacy_recent_plist(&legacy(sidebar), LegacyRecentKind::SidebarLists).unwrap();
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
        ]);
        let out = parse_legacy_recent_plist(&legacy(finder), LegacyRecentKind::Finder).unwrap();
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].list, "FXRecentFolders");
        assert_eq!(out[0].name.as_deref(), Some("Downloads"));
        assert_eq!(out[0].path.as_deref(), Some("/Users/sur/Downloads/"));
        assert_eq!(out[1].list, "GoToFieldHistory");
        assert_eq!(out[1].url.as_deref(), Some("/tmp/"));
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn real_global_login_items_sfl2() {
        let root = crate::testdata::dir();
        let name = "com.apple.LSSharedFileList.GlobalLoginItems.sfl2";
        let data = std::fs::read(std::path::Path::new(&root).join("sfl").join(name)).unwrap();
        let mut items = parse_sfl(&data, SflFormat::from_file_name(name)).unwrap();
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
}
