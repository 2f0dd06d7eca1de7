//! Directory-services records of the local node
//! (`/private/var/db/dslocal/nodes/Default/{users,groups}/<name>.plist`):
//! binary property lists whose every attribute is an array.

use plist::{Dictionary, Value};

/// A record of `attrs`, in that order; a value that is not an array
/// becomes a one-element array, as `opendirectoryd` stores it.
pub fn record(attrs: &[(&str, Value)]) -> Vec<u8> {
    let mut d = Dictionary::new();
    for (k, v) in attrs {
        let v = match v {
            Value::Array(_) => v.clone(),
            other => Value::Array(vec![other.clone()]),
        };
        d.insert((*k).into(), v);
    }
    let mut out = Vec::new();
    Value::Dictionary(d).to_writer_binary(&mut out).unwrap();
    out
}
