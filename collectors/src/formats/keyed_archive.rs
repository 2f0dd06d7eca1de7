//! NSKeyedArchiver archives: resolving the object graph into plain values.
//!
//! `NSKeyedArchiver` (Foundation, every macOS version) serializes an object
//! graph into a property list (binary or XML):
//!
//! * `$archiver` = `"NSKeyedArchiver"`, `$version` = 100000,
//! * `$top`: a dictionary of named roots (usually just `root`),
//! * `$objects`: a flat array; index 0 is the string `$null` (nil). Objects
//!   refer to each other by UID (`plist` UID type in binary plists, a
//!   `{CF$UID = n}` dictionary in XML plists).
//! * A class instance is a dictionary whose `$class` points to a dictionary
//!   with `$classname` and `$classes` (the class hierarchy, most derived
//!   first). Foundation classes encode their content under `NS.*` keys:
//!   `NS.keys` + `NS.objects` (NSDictionary), `NS.objects` (NSArray, NSSet,
//!   NSOrderedSet), `NS.string` / `NS.bytes` (NSString), `NS.data` /
//!   `NS.bytes` (NSData), `NS.time` (NSDate, seconds since 2001-01-01),
//!   `NS.base` + `NS.relative` (NSURL), `NS.uuidbytes` (NSUUID).
//!
//! On macOS it is used, among many others, by SharedFileList files
//! (`.sfl` to `.sfl4`), login item stores (`backgrounditems.btm`,
//! `BackgroundItems-v*.btm`), Notification Center and Dock state, and
//! `NSUserDefaults` values holding archived objects.
//!
//! [`decode_keyed_archive`] turns the graph into ordinary [`plist::Value`]s:
//! Foundation collections become arrays / dictionaries, strings, data, dates
//! and numbers become their plist counterparts, NSURL becomes its absolute
//! string and NSUUID its hyphenated upper-case string. Instances of other
//! classes become a dictionary of their decoded fields plus
//! `"$class": "<classname>"`. nil / NSNull become the string [`NULL_MARKER`]
//! (nil fields of other classes are left out). A reference to an object that
//! is still being decoded (a cycle) becomes `{"$cycle": <uid>}`. Nesting is
//! limited to [`MAX_DEPTH`] and the number of decoded values to
//! [`MAX_NODES`], so hostile archives cannot cause unbounded recursion or
//! exponential work on shared sub-graphs.
//!
//! References: Apple Foundation documentation (NSKeyedArchiver,
//! NSKeyedUnarchiver); mac_apt `ccl_bplist.py` (`deserialise_NsKeyedArchiver`);
//! the CoreFoundation open source `CFBinaryPList.c`.

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use plist::{Dictionary, Value};
use thiserror::Error;

use super::bookmark::format_uuid;

/// Value standing for nil / NSNull.
pub const NULL_MARKER: &str = "$null";
/// Key of the marker dictionary that replaces a cyclic reference.
pub const CYCLE_KEY: &str = "$cycle";
/// Key holding the class name of an instance of a non-Foundation class.
pub const CLASS_KEY: &str = "$class";
/// Maximum object nesting.
pub const MAX_DEPTH: usize = 64;
/// Maximum number of objects resolved from one archive.
pub const MAX_NODES: usize = 500_000;

/// A failure to decode a keyed archive.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum KeyedArchiveError {
    /// The bytes are not a readable property list.
    #[error("property list: {0}")]
    Plist(#[from] crate::kit::plist::PlistError),
    /// The property list is not an NSKeyedArchiver archive.
    #[error("not an NSKeyedArchiver archive: {0}")]
    NotAnArchive(&'static str),
    /// A UID points outside `$objects`.
    #[error("UID {uid} is out of range ($objects has {len} entries)")]
    BadUid { uid: u64, len: usize },
    /// Nesting exceeds [`MAX_DEPTH`].
    #[error("objects nest deeper than {max} (at UID {uid})")]
    TooDeep { uid: u64, max: usize },
    /// More than [`MAX_NODES`] objects resolved.
    #[error("more than {max} objects resolved")]
    TooManyNodes { max: usize },
    /// An object is malformed.
    #[error("object {uid}: {reason}")]
    InvalidObject { uid: u64, reason: String },
}

/// True when `root` looks like an NSKeyedArchiver archive.
pub fn is_keyed_archive(root: &Value) -> bool {
    root.as_dictionary().is_some_and(|d| {
        d.get("$objects").and_then(Value::as_array).is_some()
            && d.get("$top").and_then(Value::as_dictionary).is_some()
    })
}

/// Read a property list, bounded (see [`crate::kit::plist`]).
pub fn read_plist(data: &[u8]) -> Result<Value, KeyedArchiveError> {
    Ok(crate::kit::plist::read(data)?)
}

/// Read a property list from bytes and decode it as a keyed archive.
pub fn decode_keyed_archive_bytes(data: &[u8]) -> Result<Value, KeyedArchiveError> {
    decode_keyed_archive(&read_plist(data)?)
}

/// Resolve an NSKeyedArchiver archive into plain values.
///
/// Returns the decoded `root` object when `$top` holds only `root`, else a
/// dictionary of every decoded `$top` entry.
pub fn decode_keyed_archive(root: &Value) -> Result<Value, KeyedArchiveError> {
    let dict = root.as_dictionary().ok_or(KeyedArchiveError::NotAnArchive(
        "top level is not a dictionary",
    ))?;
    if let Some(a) = dict.get("$archiver") {
        if a.as_string() != Some("NSKeyedArchiver") {
            return Err(KeyedArchiveError::NotAnArchive(
                "$archiver is not NSKeyedArchiver",
            ));
        }
    }
    let objects = dict
        .get("$objects")
        .and_then(Value::as_array)
        .ok_or(KeyedArchiveError::NotAnArchive("no $objects array"))?;
    let top = dict
        .get("$top")
        .and_then(Value::as_dictionary)
        .ok_or(KeyedArchiveError::NotAnArchive("no $top dictionary"))?;
    let mut ctx = Ctx {
        objects,
        stack: Vec::new(),
        nodes: 0,
    };
    if top.len() == 1 {
        if let Some(r) = top.get("root") {
            return ctx.resolve(r, 0);
        }
    }
    let mut out = Dictionary::new();
    for (k, v) in top {
        out.insert(k.clone(), ctx.resolve(v, 0)?);
    }
    Ok(Value::Dictionary(out))
}

/// The UID a value refers to: a plist UID or an XML `{CF$UID = n}`.
pub fn uid_of(v: &Value) -> Option<u64> {
    match v {
        Value::Uid(u) => Some(u.get()),
        Value::Dictionary(d) if d.len() == 1 => {
            d.get("CF$UID").and_then(Value::as_unsigned_integer)
        }
        _ => None,
    }
}

/// True for the nil / NSNull marker.
pub fn is_null(v: &Value) -> bool {
    v.as_string() == Some(NULL_MARKER)
}

fn null() -> Value {
    Value::String(NULL_MARKER.to_string())
}

struct Ctx<'a> {
    objects: &'a [Value],
    stack: Vec<u64>,
    nodes: usize,
}

enum Kind {
    Dictionary,
    Array,
    String,
    Data,
    Date,
    Url,
    Uuid,
    Number,
    Null,
    AttributedString,
}

fn kind_of(class: &str) -> Option<Kind> {
    Some(match class {
        "NSDictionary" | "NSMutableDictionary" => Kind::Dictionary,
        "NSArray"
        | "NSMutableArray"
        | "NSSet"
        | "NSMutableSet"
        | "NSOrderedSet"
        | "NSMutableOrderedSet"
        | "NSCountedSet" => Kind::Array,
        "NSString" | "NSMutableString" => Kind::String,
        "NSData" | "NSMutableData" => Kind::Data,
        "NSDate" => Kind::Date,
        "NSURL" => Kind::Url,
        "NSUUID" => Kind::Uuid,
        "NSNumber" => Kind::Number,
        "NSNull" => Kind::Null,
        "NSAttributedString" | "NSMutableAttributedString" => Kind::AttributedString,
        _ => return None,
    })
}

impl<'a> Ctx<'a> {
    /// Resolve a field value: a UID reference or an inline value.
    fn resolve(&mut self, v: &Value, depth: usize) -> Result<Value, KeyedArchiveError> {
        if let Some(uid) = uid_of(v) {
            return self.object(uid, depth);
        }
        self.inline(v, depth, u64::MAX)
    }

    fn inline(&mut self, v: &Value, depth: usize, uid: u64) -> Result<Value, KeyedArchiveError> {
        if depth > MAX_DEPTH {
            return Err(KeyedArchiveError::TooDeep {
                uid,
                max: MAX_DEPTH,
            });
        }
        Ok(match v {
            Value::Array(items) => Value::Array(
                items
                    .iter()
                    .map(|i| self.resolve(i, depth + 1))
                    .collect::<Result<_, _>>()?,
            ),
            Value::Dictionary(d) => {
                let mut out = Dictionary::new();
                for (k, v) in d {
                    out.insert(k.clone(), self.resolve(v, depth + 1)?);
                }
                Value::Dictionary(out)
            }
            other => other.clone(),
        })
    }

    fn object(&mut self, uid: u64, depth: usize) -> Result<Value, KeyedArchiveError> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(KeyedArchiveError::TooManyNodes { max: MAX_NODES });
        }
        if depth > MAX_DEPTH {
            return Err(KeyedArchiveError::TooDeep {
                uid,
                max: MAX_DEPTH,
            });
        }
        let obj = usize::try_from(uid)
            .ok()
            .and_then(|i| self.objects.get(i))
            .ok_or(KeyedArchiveError::BadUid {
                uid,
                len: self.objects.len(),
            })?;
        if self.stack.contains(&uid) {
            let mut d = Dictionary::new();
            d.insert(CYCLE_KEY.to_string(), Value::Integer(uid.into()));
            return Ok(Value::Dictionary(d));
        }
        self.stack.push(uid);
        let out = self.decode_object(uid, obj, depth);
        self.stack.pop();
        out
    }

    fn decode_object(
        &mut self,
        uid: u64,
        obj: &Value,
        depth: usize,
    ) -> Result<Value, KeyedArchiveError> {
        match obj {
            Value::String(s) if uid == 0 && s == NULL_MARKER => Ok(null()),
            Value::Dictionary(d) if d.contains_key("$class") => self.instance(uid, d, depth),
            other => self.inline(other, depth + 1, uid),
        }
    }

    fn class_info(
        &self,
        uid: u64,
        d: &Dictionary,
    ) -> Result<(String, Vec<String>), KeyedArchiveError> {
        let invalid = |reason: &str| KeyedArchiveError::InvalidObject {
            uid,
            reason: reason.to_string(),
        };
        let class_uid = d
            .get("$class")
            .and_then(uid_of)
            .ok_or_else(|| invalid("$class is not a UID"))?;
        let class = usize::try_from(class_uid)
            .ok()
            .and_then(|i| self.objects.get(i))
            .ok_or(KeyedArchiveError::BadUid {
                uid: class_uid,
                len: self.objects.len(),
            })?
            .as_dictionary()
            .ok_or_else(|| invalid("$class does not point to a class dictionary"))?;
        let name = class
            .get("$classname")
            .and_then(Value::as_string)
            .ok_or_else(|| invalid("class has no $classname"))?
            .to_string();
        let mut hierarchy: Vec<String> = class
            .get("$classes")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|c| c.as_string().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        if hierarchy.is_empty() {
            hierarchy.push(name.clone());
        }
        Ok((name, hierarchy))
    }

    fn instance(
        &mut self,
        uid: u64,
        d: &Dictionary,
        depth: usize,
    ) -> Result<Value, KeyedArchiveError> {
        let (name, hierarchy) = self.class_info(uid, d)?;
        let kind = hierarchy.iter().find_map(|c| kind_of(c));
        if let Some(kind) = kind {
            if let Some(v) = self.foundation(uid, kind, d, depth)? {
                return Ok(v);
            }
        }
        // Any other class (or a Foundation class without its usual fields):
        // its decoded fields plus the class name.
        let mut out = Dictionary::new();
        out.insert(CLASS_KEY.to_string(), Value::String(name));
        for (k, v) in d {
            if k == "$class" {
                continue;
            }
            let v = self.resolve(v, depth + 1)?;
            if !is_null(&v) {
                out.insert(k.clone(), v);
            }
        }
        Ok(Value::Dictionary(out))
    }

    /// Decode a Foundation class; `None` when its fields are missing.
    fn foundation(
        &mut self,
        uid: u64,
        kind: Kind,
        d: &Dictionary,
        depth: usize,
    ) -> Result<Option<Value>, KeyedArchiveError> {
        let invalid = |reason: &str| KeyedArchiveError::InvalidObject {
            uid,
            reason: reason.to_string(),
        };
        let depth = depth + 1;
        Ok(Some(match kind {
            Kind::Dictionary => {
                let (Some(keys), Some(objs)) = (
                    d.get("NS.keys").and_then(Value::as_array),
                    d.get("NS.objects").and_then(Value::as_array),
                ) else {
                    return Ok(None);
                };
                if keys.len() != objs.len() {
                    return Err(invalid("NS.keys and NS.objects differ in length"));
                }
                let mut out = Dictionary::new();
                for (k, v) in keys.iter().zip(objs) {
                    let k = key_string(&self.resolve(k, depth)?);
                    let v = self.resolve(v, depth)?;
                    out.insert(k, v);
                }
                Value::Dictionary(out)
            }
            Kind::Array => {
                let Some(objs) = d.get("NS.objects").and_then(Value::as_array) else {
                    // Empty sets/arrays are sometimes archived with no key.
                    return Ok(Some(Value::Array(Vec::new())));
                };
                Value::Array(
                    objs.iter()
                        .map(|o| self.resolve(o, depth))
                        .collect::<Result<_, _>>()?,
                )
            }
            Kind::String => {
                if let Some(s) = d.get("NS.string") {
                    match self.resolve(s, depth)? {
                        Value::String(s) => Value::String(s),
                        Value::Data(b) => Value::String(String::from_utf8_lossy(&b).into_owned()),
                        _ => return Err(invalid("NS.string is not a string")),
                    }
                } else if let Some(b) = d.get("NS.bytes") {
                    match self.resolve(b, depth)? {
                        Value::Data(b) => Value::String(String::from_utf8_lossy(&b).into_owned()),
                        Value::String(s) => Value::String(s),
                        _ => return Err(invalid("NS.bytes is not data")),
                    }
                } else {
                    return Ok(None);
                }
            }
            Kind::Data => {
                let Some(b) = d.get("NS.data").or_else(|| d.get("NS.bytes")) else {
                    return Ok(None);
                };
                match self.resolve(b, depth)? {
                    Value::Data(b) => Value::Data(b),
                    Value::String(s) if s == NULL_MARKER => Value::Data(Vec::new()),
                    _ => return Err(invalid("NS.data is not data")),
                }
            }
            Kind::Date => {
                let Some(t) = d.get("NS.time") else {
                    return Ok(None);
                };
                let t = match self.resolve(t, depth)? {
                    Value::Real(r) => r,
                    Value::Integer(i) => i.as_signed().map(|i| i as f64).unwrap_or(f64::NAN),
                    _ => return Err(invalid("NS.time is not a number")),
                };
                cocoa_plist_date(t).unwrap_or(Value::Real(t))
            }
            Kind::Url => {
                let Some(rel) = d.get("NS.relative") else {
                    return Ok(None);
                };
                let rel = self.resolve(rel, depth)?;
                let base = match d.get("NS.base") {
                    Some(b) => self.resolve(b, depth)?,
                    None => null(),
                };
                let rel = rel.as_string().unwrap_or_default().to_string();
                match base.as_string() {
                    Some(b) if !is_null(&base) => Value::String(join_url(b, &rel)),
                    _ => Value::String(rel),
                }
            }
            Kind::Uuid => {
                let Some(b) = d.get("NS.uuidbytes") else {
                    return Ok(None);
                };
                match self.resolve(b, depth)? {
                    Value::Data(b) => match <[u8; 16]>::try_from(b.as_slice()) {
                        Ok(arr) => Value::String(format_uuid(&arr)),
                        Err(_) => Value::Data(b),
                    },
                    _ => return Err(invalid("NS.uuidbytes is not data")),
                }
            }
            Kind::Number => {
                for key in ["NS.intval", "NS.dblval", "NS.boolval", "NS.number"] {
                    if let Some(v) = d.get(key) {
                        return Ok(Some(self.resolve(v, depth)?));
                    }
                }
                return Ok(None);
            }
            Kind::Null => null(),
            Kind::AttributedString => {
                let Some(s) = d.get("NSString") else {
                    return Ok(None);
                };
                self.resolve(s, depth)?
            }
        }))
    }
}

/// A dictionary key from a decoded key object.
fn key_string(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Integer(i) => i.to_string(),
        Value::Real(r) => r.to_string(),
        Value::Boolean(b) => b.to_string(),
        other => to_json(other).to_string(),
    }
}

/// Resolve `relative` against `base` (simple RFC 3986 subset: an absolute
/// relative URL wins, otherwise it replaces the base's last path segment).
fn join_url(base: &str, relative: &str) -> String {
    if relative.contains("://") || base.is_empty() {
        return relative.to_string();
    }
    if relative.starts_with('/') {
        // Keep scheme://authority from the base.
        if let Some(scheme_end) = base.find("://") {
            let after = scheme_end + 3;
            let auth_end = base
                .get(after..)
                .and_then(|r| r.find('/'))
                .map_or(base.len(), |i| after + i);
            return format!("{}{relative}", base.get(..auth_end).unwrap_or(base));
        }
        return relative.to_string();
    }
    match base.rfind('/') {
        Some(i) => format!("{}{relative}", base.get(..=i).unwrap_or(base)),
        None => format!("{base}/{relative}"),
    }
}

/// 2001-01-01T00:00:00Z, the Cocoa epoch.
fn cocoa_epoch() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(crate::kit::time::MAC_EPOCH_OFFSET.unsigned_abs())
}

/// A plist date from Cocoa seconds, if representable (0, "unset", is
/// kept as the stored number).
fn cocoa_plist_date(t: f64) -> Option<Value> {
    let t = crate::kit::time::from_mac_absolute(t)?;
    let st = crate::kit::time::to_system_time(&t)?;
    Some(Value::Date(plist::Date::from(st)))
}

/// Cocoa seconds (since 2001-01-01) of a decoded date: the `NS.time` value
/// an archive stored (exact to the nanosecond the date keeps).
pub fn plist_date_to_cocoa(d: plist::Date) -> f64 {
    let st: SystemTime = d.into();
    match st.duration_since(cocoa_epoch()) {
        Ok(after) => after.as_secs_f64(),
        Err(e) => -e.duration().as_secs_f64(),
    }
}

/// Convert a plist value to JSON: data as hex, dates as RFC 3339, UIDs as
/// `{"CF$UID": n}`, non-finite reals as strings.
pub fn to_json(v: &Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        Value::Array(a) => J::Array(a.iter().map(to_json).collect()),
        Value::Dictionary(d) => J::Object(
            d.iter()
                .map(|(k, v)| (k.clone(), to_json(v)))
                .collect::<serde_json::Map<_, _>>(),
        ),
        Value::Boolean(b) => J::Bool(*b),
        Value::Data(b) => J::String(hex::encode(b)),
        Value::Date(d) => {
            let st: SystemTime = (*d).into();
            J::String(chrono::DateTime::<chrono::Utc>::from(st).to_rfc3339())
        }
        Value::Real(r) => {
            serde_json::Number::from_f64(*r).map_or_else(|| J::String(r.to_string()), J::Number)
        }
        Value::Integer(i) => match (i.as_signed(), i.as_unsigned()) {
            (Some(s), _) => J::from(s),
            (None, Some(u)) => J::from(u),
            _ => J::Null,
        },
        Value::String(s) => J::String(s.clone()),
        Value::Uid(u) => {
            let mut m = serde_json::Map::new();
            m.insert("CF$UID".into(), J::from(u.get()));
            J::Object(m)
        }
        _ => J::Null,
    }
}

/// All data values inside `v` (depth-first), e.g. to find embedded bookmarks.
pub fn collect_data<'v>(v: &'v Value, out: &mut Vec<&'v [u8]>) {
    match v {
        Value::Data(d) => out.push(d),
        Value::Array(a) => a.iter().for_each(|i| collect_data(i, out)),
        Value::Dictionary(d) => d.values().for_each(|i| collect_data(i, out)),
        _ => {}
    }
}

/// Count of each `$class` name in a decoded value (diagnostics).
pub fn class_histogram(v: &Value) -> BTreeMap<String, usize> {
    fn walk(v: &Value, h: &mut BTreeMap<String, usize>) {
        match v {
            Value::Array(a) => a.iter().for_each(|i| walk(i, h)),
            Value::Dictionary(d) => {
                if let Some(c) = d.get(CLASS_KEY).and_then(Value::as_string) {
                    *h.entry(c.to_string()).or_default() += 1;
                }
                d.values().for_each(|i| walk(i, h));
            }
            _ => {}
        }
    }
    let mut h = BTreeMap::new();
    walk(v, &mut h);
    h
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    // Other modules' tests reach the builder through here too.
    pub(crate) use crate::testdata::keyed_archive::{dict, uid, Archive};

    fn foundation_sample() -> Value {
        let mut a = Archive::new();
        let k_name = a.string("name");
        let k_when = a.string("when");
        let k_url = a.string("url");
        let k_id = a.string("id");
        let k_blob = a.string("blob");
        let k_list = a.string("list");
        let k_obj = a.string("obj");
        let name = a.string("Report.pdf");
        let date_c = a.class(&["NSDate", "NSObject"]);
        let when = a.push(dict(vec![
            ("$class", date_c),
            ("NS.time", Value::Real(665473989.0)),
        ]));
        let url_c = a.class(&["NSURL", "NSObject"]);
        let base_url = {
            let rel = a.string("file:///Users/sur/");
            a.push(dict(vec![
                ("$class", url_c.clone()),
                ("NS.base", uid(0)),
                ("NS.relative", rel),
            ]))
        };
        let rel = a.string("Documents/Report.pdf");
        let url = a.push(dict(vec![
            ("$class", url_c),
            ("NS.base", base_url),
            ("NS.relative", rel),
        ]));
        let uuid_c = a.class(&["NSUUID", "NSObject"]);
        let id = a.push(dict(vec![
            ("$class", uuid_c),
            ("NS.uuidbytes", Value::Data((0u8..16).collect())),
        ]));
        let data_c = a.class(&["NSMutableData", "NSData", "NSObject"]);
        let blob = a.push(dict(vec![
            ("$class", data_c),
            ("NS.data", Value::Data(vec![1, 2, 3])),
        ]));
        let str_c = a.class(&["NSMutableString", "NSString", "NSObject"]);
        let s = a.push(dict(vec![
            ("$class", str_c),
            ("NS.bytes", Value::Data(b"bytes".to_vec())),
        ]));
        let list = a.array(vec![s, Value::Integer(7.into())]);
        let item_c = a.class(&["SFLListItem", "NSObject"]);
        let obj = a.push(dict(vec![
            ("$class", item_c),
            ("order", Value::Integer(3.into())),
            ("missing", uid(0)),
        ]));
        let root = a.dictionary(vec![
            (k_name, name),
            (k_when, when),
            (k_url, url),
            (k_id, id),
            (k_blob, blob),
            (k_list, list),
            (k_obj, obj),
        ]);
        a.finish(root)
    }

    #[test]
    fn dates_give_back_the_stored_seconds() {
        for t in [791181140.618473, 665473989.0, 0.5, -63114076800.0, -1.25] {
            let Some(Value::Date(d)) = cocoa_plist_date(t) else {
                panic!("{t} not representable");
            };
            assert_eq!(plist_date_to_cocoa(d), t);
        }
        assert_eq!(cocoa_plist_date(f64::NAN), None);
    }

    #[test]
    fn decodes_foundation_classes() {
        let v = decode_keyed_archive(&foundation_sample()).unwrap();
        let d = v.as_dictionary().unwrap();
        assert_eq!(d["name"], Value::String("Report.pdf".into()));
        let Value::Date(when) = &d["when"] else {
            panic!("not a date: {:?}", d["when"]);
        };
        assert_eq!(when.to_xml_format(), "2022-02-02T05:53:09Z");
        assert_eq!(
            d["url"],
            Value::String("file:///Users/sur/Documents/Report.pdf".into())
        );
        assert_eq!(
            d["id"],
            Value::String("00010203-0405-0607-0809-0A0B0C0D0E0F".into())
        );
        assert_eq!(d["blob"], Value::Data(vec![1, 2, 3]));
        assert_eq!(
            d["list"],
            Value::Array(vec![
                Value::String("bytes".into()),
                Value::Integer(7.into())
            ])
        );
        let obj = d["obj"].as_dictionary().unwrap();
        assert_eq!(obj["$class"], Value::String("SFLListItem".into()));
        assert_eq!(obj["order"], Value::Integer(3.into()));
        assert!(!obj.contains_key("missing"));
    }

    #[test]
    fn xml_and_binary_round_trips_decode_the_same() {
        let archive = foundation_sample();
        let direct = decode_keyed_archive(&archive).unwrap();
        // XML plists cannot hold UIDs: write them as {CF$UID = n} as
        // Foundation does.
        fn cf_uids(v: &Value) -> Value {
            match v {
                Value::Uid(u) => dict(vec![("CF$UID", Value::Integer(u.get().into()))]),
                Value::Array(a) => Value::Array(a.iter().map(cf_uids).collect()),
                Value::Dictionary(d) => {
                    Value::Dictionary(d.iter().map(|(k, v)| (k.clone(), cf_uids(v))).collect())
                }
                other => other.clone(),
            }
        }
        let mut xml = Vec::new();
        plist::to_writer_xml(&mut xml, &cf_uids(&archive)).unwrap();
        assert!(String::from_utf8_lossy(&xml).contains("CF$UID"));
        assert_eq!(decode_keyed_archive_bytes(&xml).unwrap(), direct);
        let mut bin = Vec::new();
        plist::to_writer_binary(&mut bin, &archive).unwrap();
        assert_eq!(decode_keyed_archive_bytes(&bin).unwrap(), direct);
    }

    #[test]
    fn self_reference_becomes_cycle_marker() {
        let mut a = Archive::new();
        let me = a.reserve();
        let c = a.class(&["NSArray", "NSObject"]);
        let s = a.string("x");
        a.set(
            me,
            dict(vec![
                ("$class", c),
                ("NS.objects", Value::Array(vec![s, uid(me)])),
            ]),
        );
        let v = decode_keyed_archive(&a.finish(uid(me))).unwrap();
        assert_eq!(
            v,
            Value::Array(vec![
                Value::String("x".into()),
                dict(vec![(CYCLE_KEY, Value::Integer(me.into()))])
            ])
        );
        // A generic object pointing at itself through a field.
        let mut a = Archive::new();
        let me = a.reserve();
        let c = a.class(&["Node", "NSObject"]);
        a.set(me, dict(vec![("$class", c), ("next", uid(me))]));
        let v = decode_keyed_archive(&a.finish(uid(me))).unwrap();
        let d = v.as_dictionary().unwrap();
        assert_eq!(
            d["next"],
            dict(vec![(CYCLE_KEY, Value::Integer(me.into()))])
        );
    }

    #[test]
    fn depth_bomb_is_an_error() {
        let mut a = Archive::new();
        let mut cur = a.string("leaf");
        for _ in 0..200 {
            cur = a.array(vec![cur]);
        }
        assert!(matches!(
            decode_keyed_archive(&a.finish(cur)),
            Err(KeyedArchiveError::TooDeep { .. })
        ));
        // Inline (non-UID) nesting is limited too.
        let mut v = Value::String("x".into());
        for _ in 0..200 {
            v = Value::Array(vec![v]);
        }
        let a = Archive::new();
        assert!(matches!(
            decode_keyed_archive(&a.finish(v)),
            Err(KeyedArchiveError::TooDeep { .. })
        ));
    }

    #[test]
    fn shared_subgraph_explosion_is_capped() {
        // Each level references the next twice: 2^40 paths.
        let mut a = Archive::new();
        let mut cur = a.string("leaf");
        for _ in 0..40 {
            cur = a.array(vec![cur.clone(), cur]);
        }
        assert_eq!(
            decode_keyed_archive(&a.finish(cur)),
            Err(KeyedArchiveError::TooManyNodes { max: MAX_NODES })
        );
    }

    #[test]
    fn malformed_archives_are_errors() {
        let mut a = Archive::new();
        let bad = a.array(vec![uid(999)]);
        assert_eq!(
            decode_keyed_archive(&a.finish(bad)),
            Err(KeyedArchiveError::BadUid { uid: 999, len: 3 })
        );
        assert!(matches!(
            decode_keyed_archive(&Value::Array(vec![])),
            Err(KeyedArchiveError::NotAnArchive(_))
        ));
        assert!(matches!(
            decode_keyed_archive(&dict(vec![("$top", dict(vec![]))])),
            Err(KeyedArchiveError::NotAnArchive(_))
        ));
        let mut a = Archive::new();
        let c = a.class(&["NSDictionary"]);
        let d = a.push(dict(vec![
            ("$class", c),
            ("NS.keys", Value::Array(vec![uid(0)])),
            ("NS.objects", Value::Array(vec![])),
        ]));
        assert!(matches!(
            decode_keyed_archive(&a.finish(d)),
            Err(KeyedArchiveError::InvalidObject { .. })
        ));
        let mut a = Archive::new();
        let d = a.push(dict(vec![("$class", Value::Integer(1.into()))]));
        assert!(matches!(
            decode_keyed_archive(&a.finish(d)),
            Err(KeyedArchiveError::InvalidObject { .. })
        ));
        assert!(matches!(
            decode_keyed_archive_bytes(b"not a plist"),
            Err(KeyedArchiveError::Plist(_))
        ));
    }

    #[test]
    fn binary_truncation_never_panics() {
        let mut bin = Vec::new();
        plist::to_writer_binary(&mut bin, &foundation_sample()).unwrap();
        for n in 0..bin.len() {
            let _ = decode_keyed_archive_bytes(&bin[..n]);
        }
        for i in 0..bin.len() {
            let mut d = bin.clone();
            d[i] ^= 0x5a;
            let _ = decode_keyed_archive_bytes(&d);
        }
    }

    #[test]
    fn url_joining() {
        assert_eq!(join_url("file:///a/b/", "c"), "file:///a/b/c");
        assert_eq!(join_url("file:///a/b", "c"), "file:///a/c");
        assert_eq!(join_url("http://h/x/y", "/z"), "http://h/z");
        assert_eq!(join_url("file:///a/", "smb://srv/share"), "smb://srv/share");
        assert_eq!(join_url("", "x"), "x");
    }

    fn realdata() -> std::path::PathBuf {
        crate::testdata::dir()
    }

    /// Paths of every bookmark embedded in a decoded value.
    fn bookmark_paths(v: &Value) -> Vec<Result<String, String>> {
        let mut data = Vec::new();
        collect_data(v, &mut data);
        data.into_iter()
            .filter(|d| super::super::bookmark::is_bookmark(d))
            .map(|d| {
                super::super::bookmark::parse_bookmark(d)
                    .map(|b| b.path.unwrap_or_default())
                    .map_err(|e| e.to_string())
            })
            .collect()
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn real_btm_files() {
        let root = realdata();
        let read = |p: &str| std::fs::read(root.join(p)).unwrap();

        let v = decode_keyed_archive_bytes(&read("btm/backgrounditems.btm")).unwrap();
        let mut data = Vec::new();
        collect_data(&v, &mut data);
        let expected = read("bookmark/backgrounditems.btm.bookmark_data");
        assert!(data.contains(&expected.as_slice()));
        assert_eq!(
            bookmark_paths(&v),
            [Ok(
                "/Applications/iTunes.app/Contents/MacOS/iTunesHelper.app".to_string()
            )]
        );

        let v = decode_keyed_archive_bytes(&read("btm/backgrounditems_sierra.btm")).unwrap();
        assert_eq!(
            bookmark_paths(&v),
            [Ok("/Applications/Syncthing.app".to_string())]
        );

        let v = decode_keyed_archive_bytes(&read("btm/backgrounditemsPoisonApple.btm")).unwrap();
        let paths: Vec<String> = bookmark_paths(&v).into_iter().map(Result::unwrap).collect();
        assert_eq!(
            paths,
            [
                "/Applications/LuLu.app",
                "/System/Library/CoreServices/System Events.app",
                "/Users/sur/Library/Python/3.8/lib/python/site-packages/poisonapple/auxiliary/testing.app"
            ]
        );

        let v = decode_keyed_archive_bytes(&read("btm/BackgroundItems-v4.btm")).unwrap();
        let paths: Vec<String> = bookmark_paths(&v)
            .into_iter()
            .filter_map(Result::ok)
            .collect();
        assert!(
            paths.iter().any(|p| p == "/Applications/Syncthing.app"),
            "{paths:?}"
        );

        assert!(matches!(
            decode_keyed_archive_bytes(&read("btm/malformed/bad_plist.btm")),
            Err(KeyedArchiveError::Plist(_))
        ));
        let v = decode_keyed_archive_bytes(&read("btm/malformed/bad_bookmark.btm")).unwrap();
        let results = bookmark_paths(&v);
        assert!(results.iter().any(Result::is_err), "{results:?}");
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn real_sfl2_archive() {
        let root = realdata();
        let data = std::fs::read(root.join("sfl/com.apple.LSSharedFileList.GlobalLoginItems.sfl2"))
            .unwrap();
        let v = decode_keyed_archive_bytes(&data).unwrap();
        let items = v.as_dictionary().unwrap()["items"].as_array().unwrap();
        assert_eq!(items.len(), 2);
        let first = items[0].as_dictionary().unwrap();
        assert_eq!(first["Name"], Value::String("Perseus".into()));
        assert_eq!(
            bookmark_paths(&items[0]),
            [Ok("/Users/android/Downloads/medusa.py".to_string())]
        );
    }

    /// Found by fuzzing (`sfl` target): an offset-table position near
    /// `u64::MAX` overflowed the bounds check.
    #[test]
    fn offset_table_position_cannot_overflow() {
        let data: &[u8] = &[
            98, 112, 108, 105, 115, 116, 48, 48, 212, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71,
            71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71,
            71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 71, 185, 71, 109, 101, 16,
            0, 0, 0, 0, 0, 0, 0, 105, 100, 225, 6, 90, 47, 118, 97, 114, 47, 101, 109, 112, 116,
            121, 35, 8, 90, 95, 115, 112, 50, 52, 63, 65, 74, 76, 0, 0, 0, 0, 0, 0, 1, 1, 255, 255,
            255, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 79,
        ];
        assert!(read_plist(data).is_err());
        assert!(decode_keyed_archive_bytes(data).is_err());
    }
}
