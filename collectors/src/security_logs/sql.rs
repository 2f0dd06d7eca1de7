//! Reading a security database generically: every table, every column as
//! stored, with the columns whose meaning is known lifted beside it.

use std::path::Path;

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::types::ValueRef;
use serde_json::{Map, Value};

use crate::kit::sqlite::{quote_ident, value_json, Columns};
use crate::kit::{text, time, Ctx};

/// How a time column is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Epoch {
    /// Seconds since 1970 (`strftime('%s','now')`).
    Unix,
    /// Julian days (`julianday('now')`), as `SystemPolicy` stores dates.
    Julian,
    /// `YYYY-MM-DD HH:MM:SS[.fff]` text in UTC, or Unix seconds.
    TextOrUnix,
}

/// What is known of one table: its time columns (`(column, key, key_raw,
/// epoch)`; the key `timestamp` is the record's own time) and the columns
/// lifted to the top of a record under their own name.
#[derive(Debug)]
pub struct TableSpec {
    pub table: &'static str,
    pub times: &'static [(&'static str, &'static str, &'static str, Epoch)],
    pub fields: &'static [&'static str],
}

/// Julian day number of 1970-01-01T00:00:00Z.
const UNIX_EPOCH_JULIAN: f64 = 2_440_587.5;

/// A Julian date (days, float) to UTC, to the millisecond SQLite's
/// `julianday('now')` keeps; 0 is "unset".
pub fn from_julian(days: f64) -> Option<DateTime<Utc>> {
    if days == 0.0 || !days.is_finite() || days.abs() > 1e8 {
        return None;
    }
    let ms = ((days - UNIX_EPOCH_JULIAN) * 86_400_000.0).round() as i64;
    let nanos = u32::try_from(ms.rem_euclid(1000) * 1_000_000).ok()?;
    time::from_unix(ms.div_euclid(1000), nanos)
}

fn number(v: ValueRef<'_>) -> Option<f64> {
    match v {
        ValueRef::Integer(i) => Some(i as f64),
        ValueRef::Real(f) => Some(f),
        ValueRef::Text(t) => std::str::from_utf8(t).ok()?.trim().parse().ok(),
        _ => None,
    }
}

/// Convert a stored time.
pub fn convert(v: ValueRef<'_>, epoch: Epoch) -> Option<DateTime<Utc>> {
    match (epoch, v) {
        (_, ValueRef::Null) => None,
        (Epoch::Unix | Epoch::TextOrUnix, ValueRef::Integer(i)) => time::from_unix_secs(i),
        (Epoch::TextOrUnix, ValueRef::Text(t)) => {
            let s = std::str::from_utf8(t).ok()?.trim();
            if let Ok(n) = s.parse::<f64>() {
                return time::from_unix_f64(n);
            }
            if let Ok(d) = DateTime::parse_from_rfc3339(s) {
                return Some(d.with_timezone(&Utc));
            }
            NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f")
                .ok()
                .map(|n| n.and_utc())
        }
        (Epoch::Unix | Epoch::TextOrUnix, v) => time::from_unix_f64(number(v)?),
        (Epoch::Julian, v) => from_julian(number(v)?),
    }
}

/// A row's columns as stored, in a JSON object: each column under its
/// name ([`value_json`]: text as UTF-8, lossy; a blob as hex) and, for
/// text that is not UTF-8, its exact bytes under `<name>_b64` (the kit's
/// `key`/`key_b64` pair, as [`crate::kit::Record::text`] writes it),
/// unless a column has that name.
pub fn row_json(columns: &[(&str, Option<ValueRef<'_>>)]) -> Map<String, Value> {
    let mut row = Map::new();
    for (name, v) in columns {
        row.insert(
            (*name).to_string(),
            v.map(value_json).unwrap_or(Value::Null),
        );
    }
    for (name, v) in columns {
        let Some(ValueRef::Text(t)) = v else { continue };
        if let Some(b64) = text::b64_if_not_utf8_bytes(t) {
            row.entry(format!("{name}_b64")).or_insert(Value::from(b64));
        }
    }
    row
}

/// Read every table of the database at `target` into `stream`: one record
/// per row, `database` (the file name), `table`, the lifted columns and
/// times of its [`TableSpec`], and `row` (every column as stored).
/// Returns the number of rows read.
pub fn read_database(ctx: &mut Ctx<'_>, target: &Path, stream: &str, specs: &[TableSpec]) -> u64 {
    let Some(db) = ctx.open_sqlite(target) else {
        return 0;
    };
    let database = target.file_name().map(text::lossy).unwrap_or_default();
    // Names as stored: one that is not UTF-8 cannot be named in a query,
    // so it is reported and the others are read.
    let tables: Result<Vec<Vec<u8>>, _> = db
        .conn()
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .and_then(|mut st| {
            st.query_map([], |r| Ok(r.get_ref(0)?.as_bytes_or_null()?.unwrap_or_default().to_vec()))?
                .collect::<Result<Vec<_>, _>>()
        });
    let tables: Vec<String> = match tables {
        Ok(t) => t
            .into_iter()
            .filter_map(|name| match String::from_utf8(name) {
                Ok(n) => Some(n),
                Err(e) => {
                    ctx.error(
                        target,
                        format!(
                            "table `{}` not read: its name is not UTF-8",
                            text::printable(e.as_bytes())
                        ),
                    );
                    None
                }
            })
            .collect(),
        Err(e) => {
            ctx.error(target, format!("cannot list the tables: {e}"));
            return 0;
        }
    };
    let mut total = 0;
    for table in tables {
        if ctx.should_stop() {
            break;
        }
        // Refuses a view of that name; absent cannot happen.
        let Ok(Some(_)) = db.table(ctx, &table) else {
            continue;
        };
        // Column names from the schema, read without trusting them to be
        // UTF-8 (a name that is not keeps its text lossily as the key);
        // the rows are read by position.
        let names: Vec<String> = match db
            .conn()
            .prepare(&format!("PRAGMA table_info({})", quote_ident(&table)))
            .and_then(|mut st| {
                st.query_map([], |r| {
                    Ok(String::from_utf8_lossy(
                        r.get_ref(1)?.as_bytes_or_null()?.unwrap_or_default(),
                    )
                    .into_owned())
                })?
                .collect::<Result<Vec<_>, _>>()
            }) {
            Ok(n) => n,
            Err(e) => {
                ctx.error(target, format!("cannot read table `{table}`: {e}"));
                continue;
            }
        };
        if names.is_empty() {
            continue;
        }
        let spec = specs.iter().find(|s| s.table.eq_ignore_ascii_case(&table));
        let cols = Columns::new();
        let sql = format!("SELECT * FROM {}", quote_ident(&table));
        let position = |col: &str| names.iter().position(|n| n.eq_ignore_ascii_case(col));
        let times: Vec<_> = spec
            .map(|spec| {
                spec.times
                    .iter()
                    .filter_map(|t| position(t.0).map(|i| (i, t)))
                    .collect()
            })
            .unwrap_or_default();
        let fields: Vec<(usize, &str)> = spec
            .map(|spec| {
                spec.fields
                    .iter()
                    .filter_map(|k| position(k).map(|i| (i, *k)))
                    .collect()
            })
            .unwrap_or_default();
        let what = format!("table `{table}`");
        total += db.for_each_row(ctx, &what, &sql, &cols, |ctx, f| {
            let columns: Vec<(&str, Option<ValueRef<'_>>)> = names
                .iter()
                .enumerate()
                .map(|(i, n)| (n.as_str(), f.row().get_ref(i).ok()))
                .collect();
            let row = row_json(&columns);
            let mut rec = ctx
                .record(target, None)
                .set("database", database.clone())
                .set("table", table.clone());
            for &(i, (_, key, key_raw, epoch)) in &times {
                let Ok(v) = f.row().get_ref(i) else { continue };
                if *key == "timestamp" && rec.get("timestamp").is_some_and(|t| !t.is_null()) {
                    continue;
                }
                rec.insert(key, time::json(convert(v, *epoch)));
                rec.insert(key_raw, value_json(v));
            }
            for &(i, key) in &fields {
                if let Ok(v) = f.row().get_ref(i) {
                    rec.insert(key, value_json(v));
                }
            }
            rec.insert("row", Value::Object(row));
            ctx.emit(stream, rec);
            Ok(())
        });
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn julian_dates_convert_to_the_millisecond() {
        // 2451545.0 is 2000-01-01T12:00:00Z by definition of the J2000 epoch.
        assert_eq!(time::json(from_julian(2_451_545.0)), "2000-01-01T12:00:00Z");
        assert_eq!(from_julian(0.0), None);
        // The Unix epoch.
        assert_eq!(
            from_julian(UNIX_EPOCH_JULIAN).map(|t| t.timestamp()),
            Some(0)
        );
    }

    #[test]
    fn text_times_are_utc() {
        let t = convert(ValueRef::Text(b"2024-02-13 10:20:30"), Epoch::TextOrUnix);
        assert_eq!(time::json(t), "2024-02-13T10:20:30Z");
        let t = convert(ValueRef::Integer(1_707_819_630), Epoch::TextOrUnix);
        assert_eq!(time::json(t), "2024-02-13T10:20:30Z");
        assert_eq!(convert(ValueRef::Text(b"soon"), Epoch::TextOrUnix), None);
        assert_eq!(convert(ValueRef::Integer(0), Epoch::Unix), None);
    }

    #[test]
    fn text_that_is_not_utf8_is_kept_exactly() {
        let row = row_json(&[
            ("ok", Some(ValueRef::Text(b"ok"))),
            ("bad", Some(ValueRef::Text(b"a\xff"))),
            ("blob", Some(ValueRef::Blob(&[1, 2]))),
            ("n", Some(ValueRef::Integer(7))),
            ("gone", None),
            // A column of that name keeps its own value.
            ("odd", Some(ValueRef::Text(b"\xfe"))),
            ("odd_b64", Some(ValueRef::Text(b"mine"))),
        ]);
        assert_eq!(
            Value::Object(row),
            serde_json::json!({
                "ok": "ok",
                "bad": "a\u{fffd}",
                "bad_b64": "Yf8=",
                "blob": "0102",
                "n": 7,
                "gone": null,
                "odd": "\u{fffd}",
                "odd_b64": "mine",
            })
        );
    }
}
