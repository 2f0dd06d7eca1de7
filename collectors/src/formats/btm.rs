//! Background Task Management stores (`.btm`): login items, launch agents
//! and daemons, and the apps and developers they belong to.
//!
//! **Where, which versions.**
//! - macOS 10.13 – 12: per user,
//!   `~/Library/Application Support/com.apple.backgroundtaskmanagementagent/backgrounditems.btm`.
//!   An NSKeyedArchiver archive whose root dictionary holds `version` (1 or
//!   2) and `backgroundItems` (`BackgroundItems`): `allContainers`, a list of
//!   `BackgroundItemContainer`s (`identifier` UUID, `bookmark` of the app
//!   that added the items, or none for items the user added,
//!   `userElection`), each with `internalItems` (an array, or an
//!   `NSHashTable` in version 1) of `BackgroundLoginItem`s: `bookmark`
//!   (`Bookmark`: `data` bookmark bytes, `identifier` UUID), `hidden`,
//!   `loginItemType`, `type`.
//! - macOS 13 Ventura and later: one system-wide store,
//!   `/private/var/db/com.apple.backgroundtaskmanagement/BackgroundItems-v<N>.btm`
//!   (v4 on 13.0, up to v13 and later on 15): `$top` holds `version` and
//!   `store` (`Storage`): `itemsByUserIdentifier`, a dictionary from a
//!   user's UUID (the account's `generateduid`, or
//!   `FFFFEEEE-DDDD-CCCC-BBBB-AAAA` + the uid in hex for system accounts)
//!   to a list of `ItemRecord`s, `userSettingsByUserIdentifier`
//!   (`BTMUserSettings`) and `mdmPaloadsByIdentifier` (sic).
//!
//! **ItemRecord fields** (all versions decode what they share; keys this
//! decoder does not know are listed in `unknown_keys`, never an error):
//! `uuid`, `identifier` (`<type>.<bundle id>` for apps and login items, a
//! launchd label for agents and daemons), `type` (bit set: 0x1 user item,
//! 0x2 app, 0x4 login item, 0x8 agent, 0x10 daemon, 0x20 developer, 0x10000
//! legacy, 0x80000 curated), `disposition` (bit set: 0x1 enabled, 0x2
//! allowed, 0x4 hidden, 0x8 notified), `generation`, `name`,
//! `developerName`, `teamIdentifier`, `bundleIdentifier`,
//! `associatedBundleIdentifiers`, `container` (the identifier of the parent
//! item), `items` (identifiers of embedded items), `url` (the app, or the
//! agent's/daemon's plist), `executablePath`, `bookmark` (bookmark data);
//! later versions add `designatedRequirement`, `lightweightRequirement`,
//! `modificationDate`, `executableModificationDate`, `programArguments`,
//! `sha256` and `flags`.
//!
//! References: Objective-See DumpBTM (`dumpBTM.m`: type and disposition
//! bits, the parent/child path rule); hewigovens BTMParser; puffyCid
//! macos-loginitems (legacy stores); `sfltool dumpbtm`.

use plist::Value;
use serde::Serialize;
use serde_json::Value as J;
use thiserror::Error;

use super::bookmark::{parse_bookmark, Bookmark};
use super::keyed_archive::{decode_keyed_archive_bytes, to_json, KeyedArchiveError, CLASS_KEY};

/// Type bits of an `ItemRecord`.
pub const TYPE_BITS: [(i64, &str); 8] = [
    (0x1, "user item"),
    (0x2, "app"),
    (0x4, "login item"),
    (0x8, "agent"),
    (0x10, "daemon"),
    (0x20, "developer"),
    (0x10000, "legacy"),
    (0x80000, "curated"),
];

/// Disposition bits of an `ItemRecord`.
pub const DISPOSITION_BITS: [(i64, &str); 4] = [
    (0x1, "enabled"),
    (0x2, "allowed"),
    (0x4, "hidden"),
    (0x8, "notified"),
];

/// `ItemRecord` keys decoded into fields.
const KNOWN_KEYS: [&str; 24] = [
    CLASS_KEY,
    "uuid",
    "identifier",
    "type",
    "disposition",
    "generation",
    "name",
    "developerName",
    "teamIdentifier",
    "bundleIdentifier",
    "associatedBundleIdentifiers",
    "container",
    "items",
    "url",
    "executablePath",
    "bookmark",
    "designatedRequirement",
    "lightweightRequirement",
    "modificationDate",
    "executableModificationDate",
    "programArguments",
    "sha256",
    "flags",
    "embeddedItems",
];

/// A failure to read a store as a whole.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum BtmError {
    #[error(transparent)]
    Archive(#[from] KeyedArchiveError),
    #[error("unexpected structure: {0}")]
    Structure(String),
}

/// The target of a decoded bookmark.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BookmarkTarget {
    pub path: Option<String>,
    pub volume_name: Option<String>,
    pub volume_uuid: Option<String>,
    /// The target's creation time, raw Cocoa seconds, and as UTC.
    pub target_created_raw: Option<f64>,
    pub target_created: Option<String>,
    pub user_name: Option<String>,
    pub uid: Option<i64>,
}

impl BookmarkTarget {
    fn of(b: &Bookmark) -> Self {
        BookmarkTarget {
            path: b.path.clone(),
            volume_name: b.volume_name.clone(),
            volume_uuid: b.volume_uuid.clone(),
            target_created_raw: b.target_creation_raw,
            target_created: b.target_creation.map(|t| crate::kit::time::rfc3339(&t)),
            user_name: b.user_name.clone(),
            uid: b.uid,
        }
    }
}

/// A decoded bookmark, or why it did not decode.
fn bookmark(data: &[u8]) -> (Option<BookmarkTarget>, Option<String>) {
    match parse_bookmark(data) {
        Ok(b) => (Some(BookmarkTarget::of(&b)), None),
        Err(e) => (None, Some(e.to_string())),
    }
}

/// One background item.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BtmItem {
    /// The user key of `itemsByUserIdentifier` (v4+).
    pub user_uuid: Option<String>,
    pub uuid: Option<String>,
    pub identifier: Option<String>,
    pub name: Option<String>,
    pub developer_name: Option<String>,
    pub team_id: Option<String>,
    pub type_raw: Option<i64>,
    pub type_names: Vec<&'static str>,
    pub disposition_raw: Option<i64>,
    pub disposition_names: Vec<&'static str>,
    pub generation: Option<i64>,
    pub bundle_id: Option<String>,
    pub associated_bundle_ids: Vec<String>,
    /// Identifier of the parent item.
    pub container: Option<String>,
    /// Identifiers of embedded items.
    pub embedded: Vec<String>,
    /// The stored URL (absolute string).
    pub url: Option<String>,
    /// The path of `url` (percent-decoded), resolved against the parent's
    /// for an embedded item stored relative to its app.
    pub url_path: Option<String>,
    pub executable_path: Option<String>,
    pub program_arguments: Vec<String>,
    pub designated_requirement: Option<String>,
    pub sha256: Option<String>,
    pub flags: Option<i64>,
    pub modification_date_raw: Option<f64>,
    pub executable_modification_date_raw: Option<f64>,
    pub bookmark: Option<BookmarkTarget>,
    pub bookmark_error: Option<String>,
    /// Legacy stores: the item's `hidden`, `loginItemType` and `type`.
    pub hidden: Option<bool>,
    pub login_item_type: Option<i64>,
    /// Legacy stores: the container's bookmark target (the app that added
    /// the item) and its identifier.
    pub container_path: Option<String>,
    /// Keys of the record this decoder does not know, with their values.
    pub unknown_keys: Option<J>,
}

/// A decoded store.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BtmStore {
    /// `$top.version` (v4+) or the root's `version` (legacy).
    pub version: Option<i64>,
    /// `legacy` (10.13 – 12) or `storage` (13+).
    pub layout: &'static str,
    pub items: Vec<BtmItem>,
    /// Per-user settings (v4+), as JSON.
    pub user_settings: Option<J>,
    /// MDM payloads (v4+), as JSON, when any.
    pub mdm_payloads: Option<J>,
    /// Top-level keys this decoder does not know.
    pub unknown_keys: Vec<String>,
}

fn names(bits: &[(i64, &'static str)], v: i64) -> Vec<&'static str> {
    bits.iter()
        .filter(|(b, _)| v & b != 0)
        .map(|(_, n)| *n)
        .collect()
}

fn string(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if s != super::keyed_archive::NULL_MARKER => Some(s.clone()),
        _ => None,
    }
}

fn int(v: Option<&Value>) -> Option<i64> {
    match v? {
        Value::Integer(i) => i.as_signed(),
        Value::Boolean(b) => Some(i64::from(*b)),
        _ => None,
    }
}

fn real(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Real(r) => Some(*r),
        Value::Integer(i) => i.as_signed().map(|i| i as f64),
        Value::Date(d) => {
            let st: std::time::SystemTime = (*d).into();
            let t = chrono::DateTime::<chrono::Utc>::from(st);
            let secs = t.timestamp() - crate::kit::time::MAC_EPOCH_OFFSET;
            Some(secs as f64 + f64::from(t.timestamp_subsec_nanos()) / 1e9)
        }
        _ => None,
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(a)) => a.iter().filter_map(|x| string(Some(x))).collect(),
        _ => Vec::new(),
    }
}

/// Percent-decode a `file://` URL's path (other URLs: `None`).
pub fn file_url_path(url: &str) -> Option<String> {
    let rest = url.strip_prefix("file://")?;
    // `file://localhost/x` and `file:///x`.
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    let bytes = rest.as_bytes();
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
    let mut s = String::from_utf8_lossy(&out).into_owned();
    if s.len() > 1 && s.ends_with('/') {
        s.pop();
    }
    Some(s)
}

/// Decode a `.btm` store.
pub fn parse_btm(data: &[u8]) -> Result<BtmStore, BtmError> {
    let root = decode_keyed_archive_bytes(data)?;
    let top = root
        .as_dictionary()
        .ok_or_else(|| BtmError::Structure("root is not a dictionary".into()))?;
    if let Some(store) = top.get("store") {
        return parse_storage(top, store);
    }
    if let Some(bg) = top.get("backgroundItems") {
        return parse_legacy(top, bg);
    }
    Err(BtmError::Structure(format!(
        "neither `store` nor `backgroundItems` at the top (keys: {})",
        top.keys().cloned().collect::<Vec<_>>().join(", ")
    )))
}

fn unknown_top(top: &plist::Dictionary, known: &[&str]) -> Vec<String> {
    top.keys()
        .filter(|k| !known.contains(&k.as_str()))
        .cloned()
        .collect()
}

fn parse_storage(top: &plist::Dictionary, store: &Value) -> Result<BtmStore, BtmError> {
    let store = store
        .as_dictionary()
        .ok_or_else(|| BtmError::Structure("`store` is not an object".into()))?;
    let by_user = store
        .get("itemsByUserIdentifier")
        .and_then(Value::as_dictionary)
        .ok_or_else(|| BtmError::Structure("`store` has no itemsByUserIdentifier".into()))?;
    let mut items = Vec::new();
    for (user, list) in by_user {
        let list = match list {
            Value::Array(a) => a.as_slice(),
            _ => continue,
        };
        let start = items.len();
        for rec in list {
            let Some(d) = rec.as_dictionary() else {
                continue;
            };
            items.push(item_record(user, d));
        }
        resolve_embedded(items.get_mut(start..).unwrap_or_default());
    }
    let mut unknown = unknown_top(top, &["store", "version"]);
    unknown.extend(
        unknown_top(
            store,
            &[
                CLASS_KEY,
                "itemsByUserIdentifier",
                "userSettingsByUserIdentifier",
                "mdmPaloadsByIdentifier",
                "mdmPayloadsByIdentifier",
            ],
        )
        .into_iter()
        .map(|k| format!("store.{k}")),
    );
    let mdm = store
        .get("mdmPaloadsByIdentifier")
        .or_else(|| store.get("mdmPayloadsByIdentifier"))
        .map(to_json)
        .filter(|v| v.as_object().is_some_and(|o| !o.is_empty()));
    Ok(BtmStore {
        version: int(top.get("version")),
        layout: "storage",
        items,
        user_settings: store.get("userSettingsByUserIdentifier").map(to_json),
        mdm_payloads: mdm,
        unknown_keys: unknown,
    })
}

fn item_record(user: &str, d: &plist::Dictionary) -> BtmItem {
    let type_raw = int(d.get("type"));
    let disposition_raw = int(d.get("disposition"));
    let mut item = BtmItem {
        user_uuid: Some(user.to_string()),
        uuid: string(d.get("uuid")),
        identifier: string(d.get("identifier")),
        name: string(d.get("name")),
        developer_name: string(d.get("developerName")),
        team_id: string(d.get("teamIdentifier")),
        type_raw,
        type_names: type_raw.map(|t| names(&TYPE_BITS, t)).unwrap_or_default(),
        disposition_raw,
        disposition_names: disposition_raw
            .map(|t| names(&DISPOSITION_BITS, t))
            .unwrap_or_default(),
        generation: int(d.get("generation")),
        bundle_id: string(d.get("bundleIdentifier")),
        associated_bundle_ids: strings(d.get("associatedBundleIdentifiers")),
        container: string(d.get("container")),
        embedded: strings(d.get("items").or_else(|| d.get("embeddedItems"))),
        url: string(d.get("url")),
        url_path: None,
        executable_path: string(d.get("executablePath")),
        program_arguments: strings(d.get("programArguments")),
        designated_requirement: string(d.get("designatedRequirement")),
        sha256: match d.get("sha256") {
            Some(Value::Data(b)) => Some(hex::encode(b)),
            other => string(other),
        },
        flags: int(d.get("flags")),
        modification_date_raw: real(d.get("modificationDate")),
        executable_modification_date_raw: real(d.get("executableModificationDate")),
        ..BtmItem::default()
    };
    item.url_path = item.url.as_deref().and_then(file_url_path);
    if let Some(Value::Data(b)) = d.get("bookmark") {
        let (t, e) = bookmark(b);
        item.bookmark = t;
        item.bookmark_error = e;
    }
    let unknown: serde_json::Map<String, J> = d
        .iter()
        .filter(|(k, _)| !KNOWN_KEYS.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), to_json(v)))
        .collect();
    if !unknown.is_empty() {
        item.unknown_keys = Some(J::Object(unknown));
    }
    item
}

/// An embedded item (a login item inside its app) stores its URL relative
/// to the app (`Contents/Library/LoginItems/X.app` against `file:///`):
/// resolve it against the parent's path, as DumpBTM does.
fn resolve_embedded(items: &mut [BtmItem]) {
    let parents: Vec<(Option<String>, Option<String>)> = items
        .iter()
        .map(|i| (i.identifier.clone(), i.url_path.clone()))
        .collect();
    for item in items.iter_mut() {
        let Some(container) = item.container.as_deref() else {
            continue;
        };
        let Some(rel) = item.url_path.as_deref() else {
            continue;
        };
        if !rel.starts_with("/Contents/") {
            continue;
        }
        let parent = parents
            .iter()
            .find(|(id, _)| id.as_deref() == Some(container))
            .and_then(|(_, p)| p.clone());
        if let Some(p) = parent {
            item.url_path = Some(format!("{}{rel}", p.trim_end_matches('/')));
        }
    }
}

fn parse_legacy(top: &plist::Dictionary, bg: &Value) -> Result<BtmStore, BtmError> {
    let containers = bg
        .as_dictionary()
        .and_then(|d| d.get("allContainers"))
        .and_then(Value::as_array)
        .ok_or_else(|| BtmError::Structure("backgroundItems has no allContainers".into()))?;
    let mut items = Vec::new();
    for c in containers {
        let Some(c) = c.as_dictionary() else {
            continue;
        };
        let (container_target, container_error) = match c
            .get("bookmark")
            .and_then(Value::as_dictionary)
            .and_then(|b| b.get("data"))
        {
            Some(Value::Data(b)) => bookmark(b),
            _ => (None, None),
        };
        let container_id = string(c.get("identifier"));
        let internal: Vec<&plist::Dictionary> = match c.get("internalItems") {
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_dictionary).collect(),
            // Version 1: an NSHashTable, its members under `$0`, `$1`, ...
            Some(Value::Dictionary(h)) => h
                .iter()
                .filter(|(k, _)| k.as_str() != CLASS_KEY)
                .filter_map(|(_, v)| v.as_dictionary())
                .filter(|d| d.contains_key("bookmark"))
                .collect(),
            _ => Vec::new(),
        };
        for d in internal {
            let bm = d.get("bookmark").and_then(Value::as_dictionary);
            let (target, err) = match bm.and_then(|b| b.get("data")) {
                Some(Value::Data(b)) => bookmark(b),
                _ => (None, Some("no bookmark data".to_string())),
            };
            let type_raw = int(d.get("type"));
            let mut unknown = serde_json::Map::new();
            for (k, v) in d {
                if ![
                    CLASS_KEY,
                    "bookmark",
                    "hidden",
                    "loginItemType",
                    "type",
                    "container",
                ]
                .contains(&k.as_str())
                {
                    unknown.insert(k.clone(), to_json(v));
                }
            }
            items.push(BtmItem {
                uuid: bm.and_then(|b| string(b.get("identifier"))),
                name: target.as_ref().and_then(|t| {
                    t.path
                        .as_deref()
                        .and_then(|p| p.rsplit('/').next())
                        .map(|n| n.trim_end_matches(".app").to_string())
                }),
                type_raw,
                url_path: target.as_ref().and_then(|t| t.path.clone()),
                hidden: match d.get("hidden") {
                    Some(Value::Boolean(b)) => Some(*b),
                    _ => None,
                },
                login_item_type: int(d.get("loginItemType")),
                container: container_id.clone(),
                container_path: container_target.as_ref().and_then(|t| t.path.clone()),
                bookmark: target,
                bookmark_error: err.or_else(|| {
                    container_error
                        .as_ref()
                        .map(|e| format!("container bookmark: {e}"))
                }),
                unknown_keys: (!unknown.is_empty()).then_some(J::Object(unknown)),
                ..BtmItem::default()
            });
        }
    }
    let mut unknown = unknown_top(top, &["backgroundItems", "version"]);
    if let Some(bgd) = bg.as_dictionary() {
        unknown.extend(
            unknown_top(bgd, &[CLASS_KEY, "allContainers"])
                .into_iter()
                .map(|k| format!("backgroundItems.{k}")),
        );
    }
    Ok(BtmStore {
        version: int(top.get("version")),
        layout: "legacy",
        items,
        user_settings: None,
        mdm_payloads: None,
        unknown_keys: unknown,
    })
}

/// The uid encoded in Apple's well-known user UUIDs
/// (`FFFFEEEE-DDDD-CCCC-BBBB-AAAA` + 8 hex digits), e.g. `…AAAAFFFFFFFE`
/// is -2 (nobody), `…AAAA000000F8` is 248.
pub fn well_known_uid(uuid: &str) -> Option<i64> {
    let hex = uuid
        .to_ascii_uppercase()
        .strip_prefix("FFFFEEEE-DDDD-CCCC-BBBB-AAAA")?
        .to_string();
    let v = u32::from_str_radix(&hex, 16).ok()?;
    Some(i64::from(v as i32))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real(name: &str) -> Option<Vec<u8>> {
        Some(crate::testdata::read(&format!("btm/{name}")))
    }

    #[test]
    fn urls_and_uids() {
        assert_eq!(
            file_url_path("file:///Applications/1Password.app/").as_deref(),
            Some("/Applications/1Password.app")
        );
        assert_eq!(
            file_url_path("file:///A%20B/c%2").as_deref(),
            Some("/A B/c%2")
        );
        assert_eq!(file_url_path("https://x"), None);
        assert_eq!(
            well_known_uid("FFFFEEEE-DDDD-CCCC-BBBB-AAAAFFFFFFFE"),
            Some(-2)
        );
        assert_eq!(
            well_known_uid("FFFFEEEE-DDDD-CCCC-BBBB-AAAA000000F8"),
            Some(248)
        );
        assert_eq!(well_known_uid("B39008E8-5A4C-4551-B795-07EB2968EAEF"), None);
        assert_eq!(
            names(&DISPOSITION_BITS, 11),
            vec!["enabled", "allowed", "notified"]
        );
        assert_eq!(names(&TYPE_BITS, 0x10010), vec!["daemon", "legacy"]);
    }

    #[test]
    fn not_a_store_is_an_error() {
        assert!(parse_btm(b"garbage").is_err());
        let mut out = Vec::new();
        plist::to_writer_xml(&mut out, &Value::Array(vec![])).unwrap();
        assert!(parse_btm(&out).is_err());
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn real_v13_store() {
        let Some(data) = real("BackgroundItems-v13.btm") else {
            return;
        };
        let s = parse_btm(&data).unwrap();
        assert_eq!(s.version, Some(13));
        assert_eq!(s.layout, "storage");
        // BTMParser's test: the 1Password Launcher login item.
        let it = s
            .items
            .iter()
            .find(|i| i.identifier.as_deref() == Some("4.com.1password.1password-launcher"))
            .unwrap();
        assert_eq!(it.name.as_deref(), Some("1Password Launcher"));
        assert_eq!(
            it.uuid.as_deref(),
            Some("B3A2C9E2-7993-4C73-A23C-F215C413A2AD")
        );
        assert_eq!(it.developer_name.as_deref(), Some("AgileBits Inc."));
        assert_eq!(it.team_id.as_deref(), Some("2BUA8C4S2C"));
        assert_eq!(it.type_raw, Some(4));
        assert_eq!(it.type_names, vec!["login item"]);
        assert_eq!(it.disposition_raw, Some(2));
        assert_eq!(it.disposition_names, vec!["allowed"]);
        assert_eq!(
            it.bundle_id.as_deref(),
            Some("com.1password.1password-launcher")
        );
        assert_eq!(it.container.as_deref(), Some("2.com.1password.1password"));
        assert_eq!(it.generation, Some(1));
        assert_eq!(
            it.user_uuid.as_deref(),
            Some("DCA7C5DA-F8EE-4910-A2F5-C32EDCAC43FC")
        );
        // Its URL is relative to the parent app, file:///Applications/1Password.app/.
        assert_eq!(
            it.url_path.as_deref(),
            Some("/Applications/1Password.app/Contents/Library/LoginItems/1Password Launcher.app")
        );
        let parent = s
            .items
            .iter()
            .find(|i| i.identifier.as_deref() == Some("2.com.1password.1password"))
            .unwrap();
        assert_eq!(
            parent.url.as_deref(),
            Some("file:///Applications/1Password.app/")
        );
        assert!(s.unknown_keys.is_empty(), "{:?}", s.unknown_keys);
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn real_v4_and_legacy_stores() {
        let Some(data) = real("BackgroundItems-v4.btm") else {
            return;
        };
        let s = parse_btm(&data).unwrap();
        assert_eq!(s.version, Some(4));
        // macos-loginitems: the one bookmark is /Applications/Syncthing.app.
        let with_bm: Vec<_> = s.items.iter().filter(|i| i.bookmark.is_some()).collect();
        assert_eq!(with_bm.len(), 1);
        assert_eq!(
            with_bm[0].bookmark.as_ref().unwrap().path.as_deref(),
            Some("/Applications/Syncthing.app")
        );

        let s = parse_btm(&real("backgrounditems_sierra.btm").unwrap()).unwrap();
        assert_eq!(s.layout, "legacy");
        assert_eq!(s.items.len(), 1);
        // macos-loginitems: Syncthing, created 665473989.0 (Cocoa seconds).
        let b = s.items[0].bookmark.as_ref().unwrap();
        assert_eq!(b.path.as_deref(), Some("/Applications/Syncthing.app"));
        assert_eq!(b.volume_name.as_deref(), Some("Macintosh HD"));

        let s = parse_btm(&real("backgrounditemsPoisonApple.btm").unwrap()).unwrap();
        let paths: Vec<_> = s
            .items
            .iter()
            .map(|i| i.url_path.clone().unwrap())
            .collect();
        assert_eq!(
            paths,
            vec![
                "/Applications/LuLu.app",
                "/Users/sur/Library/Python/3.8/lib/python/site-packages/poisonapple/auxiliary/testing.app"
            ]
        );
        assert_eq!(
            s.items[1].container_path.as_deref(),
            Some("/System/Library/CoreServices/System Events.app")
        );
        assert_eq!(
            s.items[1].bookmark.as_ref().unwrap().user_name.as_deref(),
            Some("sur")
        );

        // Version 1 (plaso): internal items in an NSHashTable.
        let s = parse_btm(&real("backgrounditems.btm").unwrap()).unwrap();
        assert_eq!(s.items.len(), 1);
        assert_eq!(
            s.items[0].url_path.as_deref(),
            Some("/Applications/iTunes.app/Contents/MacOS/iTunesHelper.app")
        );

        // The malformed samples: a truncated bookmark is an item error, an
        // invalid plist a store error.
        let s = parse_btm(&real("malformed/bad_bookmark.btm").unwrap()).unwrap();
        assert!(s.items.iter().any(|i| i.bookmark_error.is_some()));
        assert!(parse_btm(&real("malformed/bad_plist.btm").unwrap()).is_err());
    }
}
