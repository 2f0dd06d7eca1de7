//! The safe property-list reader: every plist from the target is read here.
//!
//! XML, binary (`bplist00`) and old-style ASCII property lists are read as a
//! stream of events and built into a [`plist::Value`] with hard bounds, so
//! that no file can make the run expand without limit:
//! - **values**: at most [`max_values`] for the file's size (a binary plist
//!   whose objects share references, 229 bytes expanding to 2^40 values, or
//!   a 66 MB XML file of millions of tiny dictionaries, is refused when the
//!   bound is passed, after a bounded amount of work);
//! - **depth**: at most [`MAX_DEPTH`] nested containers (later conversions
//!   recurse, and a deep file must not exhaust the stack);
//! - **entities**: an XML plist that declares entities (`<!ENTITY`) is
//!   refused; Apple's writer never emits them, and expanding them is how XML
//!   bombs work.
//!
//! The plist crate's binary reader follows object references itself and
//! refuses reference cycles; the event bound above is what stops shared
//! references from multiplying.
//!
//! [`Ctx::read_plist`] is the whole path from the target: acquire the file
//! (staged and archived) and read it into memory, refusing one over
//! [`MAX_FILE_BYTES`] ([`Ctx::read_bytes`]), then [`read`] it, recording
//! every problem against the target.

use std::io::Cursor;
use std::path::Path;

use plist::stream::{Event, Reader};
use plist::{Dictionary, Value};

use crate::kit::Ctx;

/// Nested containers allowed in one property list.
pub const MAX_DEPTH: usize = 256;

/// The most values any one property list may expand to.
pub const MAX_VALUES: usize = 1_000_000;

/// Property-list files larger than this are archived, not parsed by
/// [`Ctx::read_plist`].
pub const MAX_FILE_BYTES: u64 = 16 << 20;

/// Why a property list was not read.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PlistError {
    /// The bytes are not a readable property list.
    #[error("not a readable property list: {0}")]
    Malformed(String),
    /// The file expands to more values than its bound.
    #[error(
        "expands to more than {max} values (through shared references or sheer count); not decoded"
    )]
    TooManyValues { max: usize },
    /// Containers nest deeper than [`MAX_DEPTH`].
    #[error("containers nest deeper than {max}; not decoded")]
    TooDeep { max: usize },
    /// An XML property list declares entities.
    #[error("XML property list declares entities (<!ENTITY); not expanded, not decoded")]
    XmlEntities,
}

/// The value bound for a file of `len` bytes: an honest file holds at most
/// one value per byte or so (a binary object takes at least one byte, an XML
/// element several); eight per byte leaves room for shared strings, capped
/// at [`MAX_VALUES`].
pub fn max_values(len: usize) -> usize {
    len.saturating_mul(8).saturating_add(4096).min(MAX_VALUES)
}

/// True when the first kilobytes of an XML document declare an entity.
fn declares_entities(data: &[u8]) -> bool {
    // A DOCTYPE with an internal subset sits before the root element.
    let head = data.get(..data.len().min(64 * 1024)).unwrap_or(data);
    head.windows(8).any(|w| w.eq_ignore_ascii_case(b"<!ENTITY"))
}

enum Frame {
    Array(Vec<Value>),
    Dict(Dictionary, Option<String>),
}

/// Read a property list (XML, binary or ASCII) from bytes, within the
/// bounds above.
pub fn read(data: &[u8]) -> Result<Value, PlistError> {
    if !data.starts_with(b"bplist") && declares_entities(data) {
        return Err(PlistError::XmlEntities);
    }
    let max = max_values(data.len());
    let mut values = 0usize;
    let mut stack: Vec<Frame> = Vec::new();
    let mut root: Option<Value> = None;
    for event in Reader::new(Cursor::new(data)) {
        let event = event.map_err(|e| PlistError::Malformed(e.to_string()))?;
        values += 1;
        if values > max {
            return Err(PlistError::TooManyValues { max });
        }
        let value = match event {
            Event::StartArray(_) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(PlistError::TooDeep { max: MAX_DEPTH });
                }
                stack.push(Frame::Array(Vec::new()));
                continue;
            }
            Event::StartDictionary(_) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(PlistError::TooDeep { max: MAX_DEPTH });
                }
                stack.push(Frame::Dict(Dictionary::new(), None));
                continue;
            }
            Event::EndCollection => match stack.pop() {
                Some(Frame::Array(a)) => Value::Array(a),
                Some(Frame::Dict(d, None)) => Value::Dictionary(d),
                Some(Frame::Dict(_, Some(_))) => {
                    return Err(PlistError::Malformed(
                        "dictionary key without a value".into(),
                    ))
                }
                None => return Err(PlistError::Malformed("unbalanced container end".into())),
            },
            Event::Boolean(b) => Value::Boolean(b),
            Event::Data(d) => Value::Data(d.into_owned()),
            Event::Date(d) => Value::Date(d),
            Event::Integer(i) => Value::Integer(i),
            Event::Real(r) => Value::Real(r),
            Event::String(s) => Value::String(s.into_owned()),
            Event::Uid(u) => Value::Uid(u),
            _ => return Err(PlistError::Malformed("unknown event".into())),
        };
        match stack.last_mut() {
            None => {
                if root.is_some() {
                    return Err(PlistError::Malformed("more than one top object".into()));
                }
                root = Some(value);
            }
            Some(Frame::Array(a)) => a.push(value),
            Some(Frame::Dict(d, key)) => match key.take() {
                Some(k) => {
                    d.insert(k, value);
                }
                None => match value {
                    Value::String(k) => *key = Some(k),
                    _ => {
                        return Err(PlistError::Malformed(
                            "dictionary key is not a string".into(),
                        ))
                    }
                },
            },
        }
    }
    if !stack.is_empty() {
        return Err(PlistError::Malformed(
            "truncated: container not closed".into(),
        ));
    }
    root.ok_or_else(|| PlistError::Malformed("empty".into()))
}

impl Ctx<'_> {
    /// Acquire a property list from the target ([`Ctx::acquire`]: staged
    /// and archived) and [`read`] the staged copy within bounds. `None`
    /// when the file is absent (silently) or was not read: over
    /// [`MAX_FILE_BYTES`] (archived, not parsed), unreadable, malformed or
    /// past the bounds, each recorded as an error on `target`.
    pub fn read_plist(&mut self, target: &Path) -> Option<Value> {
        let data = self.read_bytes(target, MAX_FILE_BYTES)?.ok()?;
        match read(&data) {
            Ok(v) => Some(v),
            Err(e) => {
                self.error(target, e);
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::collector::{Cost, Description, Scope};
    use crate::kit::{testing, Collector, Fatal, Status};
    use crate::testdata::plist::bomb;

    static READ: Description = Description {
        name: "read",
        reads: "test",
        outputs: &["read"],
        scope: Scope::AnyRoot,
        cost: Cost::Cheap,
    };

    /// Reads four property lists and records which gave a value.
    struct ReadFour;
    impl Collector for ReadFour {
        fn describe(&self) -> &'static Description {
            &READ
        }
        fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
            for name in ["ok", "absent", "garbage", "big"] {
                let target = std::path::PathBuf::from(format!("/p/{name}.plist"));
                let v = ctx.read_plist(&target);
                let rec = ctx
                    .record(&target, None)
                    .set("read", v.map(|v| format!("{v:?}")));
                ctx.emit("read", rec);
            }
            Ok(())
        }
    }

    #[test]
    fn ctx_read_plist_acquires_bounds_and_records_problems() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("p");
        std::fs::create_dir(&p).unwrap();
        Value::Boolean(true)
            .to_file_binary(p.join("ok.plist"))
            .unwrap();
        std::fs::write(p.join("garbage.plist"), b"bplist00garbage").unwrap();
        let big = std::fs::File::create(p.join("big.plist")).unwrap();
        big.set_len(MAX_FILE_BYTES + 1).unwrap();
        drop(big);
        let (report, sink) = testing::run_on(d.path(), &ReadFour);
        assert_eq!(report.status, Status::Partial);
        let errors: Vec<(&str, &str)> = report
            .errors
            .iter()
            .map(|e| (e.path.as_deref().unwrap_or(""), e.message.as_str()))
            .collect();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert_eq!(errors[0].0, "/p/garbage.plist");
        assert!(
            errors[0].1.starts_with("not a readable property list"),
            "{errors:?}"
        );
        assert_eq!(
            errors[1],
            (
                "/p/big.plist",
                "16777217 bytes, over the 16777216-byte parsing limit; archived, not parsed"
            )
        );
        let read: Vec<serde_json::Value> = sink
            .records("read")
            .iter()
            .map(|r| r["read"].clone())
            .collect();
        assert_eq!(
            read,
            vec![
                serde_json::json!("Boolean(true)"),
                serde_json::Value::Null,
                serde_json::Value::Null,
                serde_json::Value::Null
            ]
        );
        // Every file that exists went into the archive, read or not.
        let members = sink.members();
        for name in ["ok", "garbage", "big"] {
            assert!(
                members.contains(&format!("[root]/p/{name}.plist")),
                "{name}: {members:?}"
            );
        }
        assert!(!members.iter().any(|m| m.contains("absent")));
    }

    #[test]
    fn reads_all_three_syntaxes_and_matches_the_plist_crate() {
        let xml = br#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict><key>a</key><array><integer>1</integer><string>x</string></array>
<key>b</key><dict/><key>c</key><real>1.5</real><key>d</key><date>2020-01-02T03:04:05Z</date>
<key>e</key><data>AAE=</data><key>f</key><true/></dict></plist>"#;
        let ours = read(xml).unwrap();
        let theirs = Value::from_reader(Cursor::new(&xml[..])).unwrap();
        assert_eq!(ours, theirs);
        let mut bin = Vec::new();
        theirs.to_writer_binary(&mut bin).unwrap();
        assert_eq!(read(&bin).unwrap(), theirs);
        let ascii = b"{ a = (1, x); b = {}; }";
        assert_eq!(
            read(ascii).unwrap(),
            Value::from_reader(Cursor::new(&ascii[..])).unwrap()
        );
    }

    #[test]
    fn shared_reference_bombs_are_refused_quickly() {
        // Small ones decode: the references really are shared arrays.
        let v = read(&bomb(3)).unwrap();
        assert_eq!(v.as_array().unwrap().len(), 2);
        let bomb = bomb(40);
        assert!(bomb.len() < 256);
        let started = std::time::Instant::now();
        assert_eq!(
            read(&bomb),
            Err(PlistError::TooManyValues {
                max: max_values(bomb.len())
            })
        );
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn many_tiny_dictionaries_are_bounded() {
        // Half a million empty dictionaries (3.5 MB of XML, two events
        // each) pass MAX_VALUES: refused, whatever the file's size allows.
        let mut xml = b"<plist version=\"1.0\"><array>".to_vec();
        for _ in 0..(MAX_VALUES / 2 + 1) {
            xml.extend_from_slice(b"<dict/>");
        }
        xml.extend_from_slice(b"</array></plist>");
        assert_eq!(
            read(&xml),
            Err(PlistError::TooManyValues { max: MAX_VALUES })
        );
    }

    #[test]
    fn deep_nesting_and_entities_are_refused() {
        let mut deep = b"<plist version=\"1.0\">".to_vec();
        for _ in 0..(MAX_DEPTH + 1) {
            deep.extend_from_slice(b"<array>");
        }
        for _ in 0..(MAX_DEPTH + 1) {
            deep.extend_from_slice(b"</array>");
        }
        deep.extend_from_slice(b"</plist>");
        assert_eq!(read(&deep), Err(PlistError::TooDeep { max: MAX_DEPTH }));
        let ent = br#"<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY a "aaaa">]><plist version="1.0"><string>&a;</string></plist>"#;
        assert_eq!(read(ent), Err(PlistError::XmlEntities));
    }

    #[test]
    fn truncated_and_garbage_are_errors() {
        assert!(matches!(read(b""), Err(PlistError::Malformed(_))));
        assert!(matches!(
            read(b"<plist version=\"1.0\"><array><string>x</string>"),
            Err(PlistError::Malformed(_))
        ));
        assert!(matches!(
            read(b"bplist00\x01\x02"),
            Err(PlistError::Malformed(_))
        ));
    }
}
