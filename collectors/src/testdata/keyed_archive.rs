//! NSKeyedArchiver object graphs (`$archiver`, `$version`, `$top`,
//! `$objects`), and the SharedFileList `.sfl2` archives macOS writes with
//! them.

use std::collections::BTreeMap;

use plist::{Dictionary, Uid, Value};

/// A reference to the object at `n` in `$objects` (0 is `$null`).
pub fn uid(n: u64) -> Value {
    Value::Uid(Uid::new(n))
}

/// A plain dictionary of `pairs`.
pub fn dict(pairs: Vec<(&str, Value)>) -> Value {
    let mut d = Dictionary::new();
    for (k, v) in pairs {
        d.insert(k.to_string(), v);
    }
    Value::Dictionary(d)
}

/// Builds the `$objects` of an archive; each class is written once, when
/// first used.
#[derive(Debug, Clone)]
pub struct Archive {
    objects: Vec<Value>,
    classes: BTreeMap<String, u64>,
}

impl Default for Archive {
    fn default() -> Self {
        Archive::new()
    }
}

impl Archive {
    pub fn new() -> Archive {
        Archive {
            objects: vec![Value::String("$null".into())],
            classes: BTreeMap::new(),
        }
    }

    /// Append an object; returns a reference to it.
    pub fn push(&mut self, v: Value) -> Value {
        self.objects.push(v);
        uid(self.objects.len() as u64 - 1)
    }

    /// Reserve a slot to fill later (for cycles).
    pub fn reserve(&mut self) -> u64 {
        self.objects.push(Value::Boolean(false));
        self.objects.len() as u64 - 1
    }

    /// Fill a slot [`Archive::reserve`] gave.
    pub fn set(&mut self, at: u64, v: Value) {
        self.objects[at as usize] = v;
    }

    /// A reference to the class whose name and superclasses are
    /// `hierarchy`, which must not be empty.
    pub fn class(&mut self, hierarchy: &[&str]) -> Value {
        if let Some(u) = self.classes.get(hierarchy[0]) {
            return uid(*u);
        }
        let c = dict(vec![
            ("$classname", Value::String(hierarchy[0].into())),
            (
                "$classes",
                Value::Array(
                    hierarchy
                        .iter()
                        .map(|s| Value::String((*s).into()))
                        .collect(),
                ),
            ),
        ]);
        let at = self.objects.len() as u64;
        self.classes.insert(hierarchy[0].into(), at);
        self.push(c)
    }

    pub fn string(&mut self, s: &str) -> Value {
        self.push(Value::String(s.into()))
    }

    /// An `NSMutableArray` of `items`.
    pub fn array(&mut self, items: Vec<Value>) -> Value {
        let c = self.class(&["NSMutableArray", "NSArray", "NSObject"]);
        self.push(dict(vec![
            ("$class", c),
            ("NS.objects", Value::Array(items)),
        ]))
    }

    /// An `NSDictionary` of (key reference, value reference) `pairs`.
    pub fn dictionary(&mut self, pairs: Vec<(Value, Value)>) -> Value {
        let c = self.class(&["NSDictionary", "NSObject"]);
        let (k, v): (Vec<_>, Vec<_>) = pairs.into_iter().unzip();
        self.push(dict(vec![
            ("$class", c),
            ("NS.keys", Value::Array(k)),
            ("NS.objects", Value::Array(v)),
        ]))
    }

    /// The archive, its root object `root`.
    pub fn finish(self, root: Value) -> Value {
        dict(vec![
            ("$archiver", Value::String("NSKeyedArchiver".into())),
            ("$version", Value::Integer(100000.into())),
            ("$top", dict(vec![("root", root)])),
            ("$objects", Value::Array(self.objects)),
        ])
    }
}

/// One item of a `.sfl2` list.
#[derive(Debug, Clone, Default)]
pub struct SflItem {
    /// The item's bookmark data (see [`super::bookmark`]).
    pub bookmark: Vec<u8>,
    pub uuid: String,
    pub visibility: i64,
    /// `CustomItemProperties` (e.g. `com.apple.LSSharedFileList.ItemIsHidden`);
    /// the key is left out when empty.
    pub custom_properties: Vec<(String, Value)>,
}

impl SflItem {
    /// A visible item without custom properties.
    pub fn new(bookmark: Vec<u8>, uuid: impl Into<String>) -> SflItem {
        SflItem {
            bookmark,
            uuid: uuid.into(),
            ..SflItem::default()
        }
    }
}

/// A SharedFileList `.sfl2` archive, as macOS 10.13 and later write it: a
/// root `NSDictionary` of `items` (dictionaries holding `Bookmark`, `uuid`,
/// `visibility` and, when there are any, `CustomItemProperties`) and an
/// empty `properties`.
///
/// `$objects` holds the two classes first, then the keys and each distinct
/// `visibility` number once (an archive stores an object once, however
/// often it is referenced), then each item, the items' array and the root.
pub fn sfl2(items: &[SflItem]) -> Value {
    let mut a = Archive::new();
    a.class(&["NSDictionary", "NSObject"]);
    a.class(&["NSMutableArray", "NSArray", "NSObject"]);
    let k_items = a.string("items");
    let k_props = a.string("properties");
    let k_bm = a.string("Bookmark");
    let k_uuid = a.string("uuid");
    let k_vis = a.string("visibility");
    let k_cip = items
        .iter()
        .any(|i| !i.custom_properties.is_empty())
        .then(|| a.string("CustomItemProperties"));
    let mut visibilities: Vec<(i64, Value)> = Vec::new();
    for item in items {
        if !visibilities.iter().any(|(v, _)| *v == item.visibility) {
            let r = a.push(Value::Integer(item.visibility.into()));
            visibilities.push((item.visibility, r));
        }
    }
    let mut refs = Vec::new();
    for item in items {
        let bm = a.push(Value::Data(item.bookmark.clone()));
        let uuid = a.string(&item.uuid);
        let vis = visibilities
            .iter()
            .find(|(v, _)| *v == item.visibility)
            .map(|(_, r)| r.clone())
            .expect("every visibility was archived");
        let mut pairs = vec![
            (k_bm.clone(), bm),
            (k_uuid.clone(), uuid),
            (k_vis.clone(), vis),
        ];
        if let (Some(k_cip), false) = (&k_cip, item.custom_properties.is_empty()) {
            let mut props = Vec::new();
            for (k, v) in &item.custom_properties {
                let k = a.string(k);
                let v = a.push(v.clone());
                props.push((k, v));
            }
            pairs.push((k_cip.clone(), a.dictionary(props)));
        }
        refs.push(a.dictionary(pairs));
    }
    let arr = a.array(refs);
    let props = a.dictionary(vec![]);
    let root = a.dictionary(vec![(k_items, arr), (k_props, props)]);
    a.finish(root)
}

/// [`sfl2`] as a binary property list, the way it is stored.
pub fn sfl2_bytes(items: &[SflItem]) -> Vec<u8> {
    let mut out = Vec::new();
    plist::to_writer_binary(&mut out, &sfl2(items)).expect("writing to memory");
    out
}
