//! Parsed records: one JSON object per line of `parsed/<stream>.jsonl`.

use std::ffi::OsStr;
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use super::text;

/// Fields reserved in a new [`Record`] (the largest collectors set about 25).
const RECORD_FIELDS: usize = 28;

/// One parsed record: a JSON object whose first keys are always
/// `collector`, `source`, `user` and `timestamp`.
///
/// Fields are kept as a short list of static keys and values, in insertion
/// order (setting a key again replaces its value in place): building a map
/// with owned keys for every one of millions of rows showed up in profiles.
///
/// A `source` that is not UTF-8 is written lossily and, exactly, as
/// `source_b64` (see [`text`]); [`Record::name`] does the same for any other
/// name field.
#[derive(Debug, Clone, PartialEq)]
pub struct Record(Vec<(&'static str, Value)>);

impl Record {
    pub fn new(collector: &str, source: &Path, user: Option<&str>) -> Record {
        let mut v = Vec::with_capacity(RECORD_FIELDS);
        v.push(("collector", Value::from(collector)));
        v.push(("source", text::lossy(source.as_os_str()).into()));
        v.push(("user", user.map(Value::from).unwrap_or(Value::Null)));
        v.push(("timestamp", Value::Null));
        let mut r = Record(v);
        if let Some(b) = text::b64_if_not_utf8(source.as_os_str()) {
            r.insert("source_b64", b);
        }
        r
    }

    /// Set `timestamp` from a converted time, keeping the stored value
    /// beside it as `timestamp_raw`.
    pub fn time(mut self, t: Option<chrono::DateTime<chrono::Utc>>, raw: impl Into<Value>) -> Self {
        self.insert("timestamp", super::time::json(t));
        self.insert("timestamp_raw", raw);
        self
    }

    /// Set a field.
    pub fn set(mut self, key: &'static str, value: impl Into<Value>) -> Self {
        self.insert(key, value);
        self
    }

    /// Set a name or path field from the target: `key` holds it as UTF-8
    /// (lossy) and, when it is not UTF-8, `key_b64` holds the exact bytes.
    pub fn name(mut self, key: &'static str, key_b64: &'static str, name: &OsStr) -> Self {
        self.insert_name(key, key_b64, Some(name));
        self
    }

    /// [`Record::name`] in place; `None` sets `key` to null.
    pub fn insert_name(&mut self, key: &'static str, key_b64: &'static str, name: Option<&OsStr>) {
        match name {
            Some(name) => {
                self.insert(key, text::lossy(name));
                if let Some(b) = text::b64_if_not_utf8(name) {
                    self.insert(key_b64, b);
                }
            }
            None => self.insert(key, Value::Null),
        }
    }

    /// Set a text field from bytes stored in the evidence (a plist or
    /// database string): `key` holds them as UTF-8 (lossy) and, when they
    /// are not UTF-8, `key_b64` holds the exact bytes. `None` is null.
    pub fn text(mut self, key: &'static str, key_b64: &'static str, bytes: Option<&[u8]>) -> Self {
        self.insert_text(key, key_b64, bytes);
        self
    }

    /// [`Record::text`] in place.
    pub fn insert_text(&mut self, key: &'static str, key_b64: &'static str, bytes: Option<&[u8]>) {
        match bytes {
            Some(b) => {
                self.insert(key, String::from_utf8_lossy(b).into_owned());
                if let Some(x) = text::b64_if_not_utf8_bytes(b) {
                    self.insert(key_b64, x);
                }
            }
            None => self.insert(key, Value::Null),
        }
    }

    /// Set a text field from a SQLite value read as text (a number as its
    /// decimal text, NULL or an unreadable column as null), with the exact
    /// bytes in `key_b64` when a TEXT or BLOB value is not UTF-8 (SQLite
    /// stores whatever bytes it is given as TEXT).
    pub fn sql_text(
        self,
        key: &'static str,
        key_b64: &'static str,
        value: Option<rusqlite::types::ValueRef<'_>>,
    ) -> Self {
        use rusqlite::types::ValueRef;
        match value {
            Some(ValueRef::Text(b) | ValueRef::Blob(b)) => self.text(key, key_b64, Some(b)),
            Some(ValueRef::Integer(i)) => self.set(key, i.to_string()),
            Some(ValueRef::Real(f)) => self.set(key, f.to_string()),
            Some(ValueRef::Null) | None => self.set(key, Value::Null),
        }
    }

    /// Set a field in place.
    pub fn insert(&mut self, key: &'static str, value: impl Into<Value>) {
        let value = value.into();
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
    }

    /// The value of a field, if set.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }
}

impl Serialize for Record {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::ffi::OsStrExt;

    #[test]
    fn a_source_that_is_not_utf8_is_kept_exactly() {
        let r = Record::new(
            "c",
            Path::new(OsStr::from_bytes(b"/Users/caf\xe9/.zsh_history")),
            None,
        );
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(v["source"], "/Users/caf\u{fffd}/.zsh_history");
        assert_eq!(v["source_b64"], "L1VzZXJzL2NhZukvLnpzaF9oaXN0b3J5");
        let r = Record::new("c", Path::new("/Users/café"), None);
        assert!(r.get("source_b64").is_none());
        let r = r.name("file", "file_b64", OsStr::from_bytes(b"\xff"));
        assert_eq!(r.get("file"), Some(&Value::from("\u{fffd}")));
        assert_eq!(r.get("file_b64"), Some(&Value::from("/w==")));
    }

    #[test]
    fn stored_text_that_is_not_utf8_is_kept_exactly() {
        use rusqlite::types::ValueRef;
        let r = Record::new("c", Path::new("/x"), None)
            .text("a", "a_b64", Some(b"ok"))
            .text("b", "b_b64", Some(b"caf\xe9"))
            .text("c", "c_b64", None)
            .sql_text("d", "d_b64", Some(ValueRef::Text(b"http://x/\xff")))
            .sql_text("e", "e_b64", Some(ValueRef::Integer(42)))
            .sql_text("f", "f_b64", Some(ValueRef::Null))
            .sql_text("g", "g_b64", None);
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(v["a"], "ok");
        assert!(v.get("a_b64").is_none());
        assert_eq!(v["b"], "caf\u{fffd}");
        assert_eq!(v["b_b64"], "Y2Fm6Q==");
        assert_eq!(v["c"], Value::Null);
        assert_eq!(v["d"], "http://x/\u{fffd}");
        assert_eq!(v["d_b64"], "aHR0cDovL3gv/w==");
        assert_eq!(v["e"], "42");
        assert_eq!(v["f"], Value::Null);
        assert_eq!(v["g"], Value::Null);
        assert!(v.get("e_b64").is_none());
    }
}
