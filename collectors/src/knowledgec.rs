//! `knowledgec`: CoreDuet's knowledge store: which application was in
//! focus and when, when the display was on, Safari history, app
//! activities, media, Bluetooth and more, per stream.
//!
//! **What.** `knowledged` records events in a Core Data SQLite store: each
//! `ZOBJECT` row with a `ZSTREAMNAME` (`/app/inFocus`, `/app/usage`,
//! `/display/isBacklit`, `/safari/history`, `/app/activity`,
//! `/media/nowPlaying`, `/bluetooth/isConnected`...) is one event, with its
//! start, end and creation times (Mac absolute time), a value (string,
//! integer or double), the source that reported it (`ZSOURCE`: bundle ID,
//! device ID...) and, for some streams, structured metadata
//! (`ZSTRUCTUREDMETADATA`, one column per metadata key).
//!
//! **Where.**
//! - `/private/var/db/CoreDuet/Knowledge/knowledgeC.db` (system; macOS
//!   10.13+);
//! - `~/Library/Application Support/Knowledge/knowledgeC.db` (every home).
//!
//! Each database is staged with its `-wal`/`-journal` (the kit's WAL-safe
//! snapshot) and the staged copy is read. Columns are read by name, so the
//! schema's drift between versions gives `null`s, not errors; the
//! structured metadata is joined column by column, whatever columns the
//! version has.
//!
//! **Output** `parsed/knowledgec.jsonl`, one record per event: see
//! `docs/collectors/knowledgec.md`.
//!
//! **References.** plaso `parsers/sqlite_plugins/mac_knowledgec.py` (its
//! test on a 10.13 `knowledgeC.db`: 17 `/app/*` events); mac_apt
//! `plugins/screentime.py`; Sarah Edwards, "Knowledge is Power! Using the
//! macOS/iOS knowledgeC.db Database to Determine Precise User and
//! Application Usage" (mac4n6.com, 2018) and APOLLO's knowledgeC modules.

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde_json::Value;

use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::sqlite::{
    col_or_null, column_indices, get_f64, get_i64, get_json, get_text, quote_ident, table_columns,
};
use crate::kit::{time, Collector, Ctx, Fatal};

pub struct KnowledgeC;

const STREAM: &str = "knowledgec";

pub const SYSTEM_DB: &str = "/private/var/db/CoreDuet/Knowledge/knowledgeC.db";
pub const USER_DB: &str = "Library/Application Support/Knowledge/knowledgeC.db";

/// `ZOBJECT` columns read: (stored, alias).
const OBJECT: [(&str, &str); 11] = [
    ("Z_PK", "pk"),
    ("ZSTREAMNAME", "stream"),
    ("ZSTARTDATE", "start"),
    ("ZENDDATE", "end"),
    ("ZCREATIONDATE", "created"),
    ("ZSECONDSFROMGMT", "gmt_offset"),
    ("ZVALUESTRING", "value_string"),
    ("ZVALUEINTEGER", "value_integer"),
    ("ZVALUEDOUBLE", "value_double"),
    ("ZUUID", "uuid"),
    ("ZCONFIDENCE", "confidence"),
];

/// `ZSOURCE` columns read.
const SOURCE: [(&str, &str); 6] = [
    ("ZBUNDLEID", "s_bundle_id"),
    ("ZDEVICEID", "s_device_id"),
    ("ZSOURCEID", "s_source_id"),
    ("ZGROUPID", "s_group_id"),
    ("ZITEMID", "s_item_id"),
    ("ZUSERID", "s_user_id"),
];

/// `ZSTRUCTUREDMETADATA` columns that are Core Data bookkeeping.
const METADATA_SKIP: [&str; 4] = ["Z_PK", "Z_ENT", "Z_OPT", "ZMETADATAHASH"];

/// A Mac absolute time column: (converted, raw).
fn mac_time<I: rusqlite::RowIndex + Copy>(row: &rusqlite::Row<'_>, i: I) -> (Value, Value) {
    let raw = get_json(row, i);
    (
        time::json(get_f64(row, i).and_then(time::from_mac_absolute)),
        raw,
    )
}

/// The columns of `table` with their declared types (the table is known
/// to be a table, not a view).
fn declared_types(conn: &Connection, table: &str) -> Vec<(String, String)> {
    let Ok(mut stmt) = conn.prepare(&format!("PRAGMA table_info({})", quote_ident(table))) else {
        return Vec::new();
    };
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?.unwrap_or_default(),
        ))
    });
    match rows {
        Ok(rows) => rows.filter_map(Result::ok).collect(),
        Err(_) => Vec::new(),
    }
}

impl KnowledgeC {
    fn parse_db(&self, ctx: &mut Ctx<'_>, target: &Path, user: Option<&str>) {
        let Some(db) = ctx.acquire_sqlite(target) else {
            return;
        };
        let conn = match db.open() {
            Ok(c) => c,
            Err(e) => {
                ctx.error(target, format!("cannot open database: {e}"));
                return;
            }
        };
        let object_cols = match table_columns(&conn, "ZOBJECT") {
            Ok(Some(c)) => c,
            Ok(None) => {
                ctx.error(target, "no ZOBJECT table: not a knowledgeC database");
                return;
            }
            Err(e) => {
                ctx.error(target, format!("cannot read the schema: {e}"));
                return;
            }
        };
        if !object_cols.contains("ZSTREAMNAME") {
            let mut names: Vec<&str> = object_cols.iter().map(String::as_str).collect();
            names.sort_unstable();
            ctx.error(
                target,
                format!(
                    "ZOBJECT has no ZSTREAMNAME column; columns: {}",
                    names.join(", ")
                ),
            );
            return;
        }
        let mut select: Vec<String> = OBJECT
            .iter()
            .map(|(c, a)| col_or_null(&object_cols, "o", c, a))
            .collect();
        let mut joins = String::new();
        match table_columns(&conn, "ZSOURCE") {
            Ok(Some(cols)) if object_cols.contains("ZSOURCE") && cols.contains("Z_PK") => {
                select.extend(SOURCE.iter().map(|(c, a)| col_or_null(&cols, "s", c, a)));
                joins.push_str(" LEFT JOIN ZSOURCE s ON s.Z_PK = o.ZSOURCE");
            }
            Err(e) => {
                ctx.error(target, format!("ZSOURCE not joined: {e}"));
                select.extend(
                    SOURCE
                        .iter()
                        .map(|(_, a)| format!("NULL AS {}", quote_ident(a))),
                );
            }
            _ => select.extend(
                SOURCE
                    .iter()
                    .map(|(_, a)| format!("NULL AS {}", quote_ident(a))),
            ),
        }
        // Structured metadata: every column but the bookkeeping ones.
        let mut metadata: Vec<(String, bool)> = Vec::new();
        match table_columns(&conn, "ZSTRUCTUREDMETADATA") {
            Ok(Some(cols))
                if object_cols.contains("ZSTRUCTUREDMETADATA") && cols.contains("Z_PK") =>
            {
                for (name, decl) in declared_types(&conn, "ZSTRUCTUREDMETADATA") {
                    if METADATA_SKIP.contains(&name.as_str()) {
                        continue;
                    }
                    select.push(format!(
                        "m.{} AS {}",
                        quote_ident(&name),
                        quote_ident(&format!("m:{name}"))
                    ));
                    metadata.push((name, decl.eq_ignore_ascii_case("TIMESTAMP")));
                }
                joins
                    .push_str(" LEFT JOIN ZSTRUCTUREDMETADATA m ON m.Z_PK = o.ZSTRUCTUREDMETADATA");
            }
            Err(e) => ctx.error(target, format!("ZSTRUCTUREDMETADATA not joined: {e}")),
            _ => {}
        }
        let sql = format!(
            "SELECT {} FROM ZOBJECT o{joins} WHERE o.ZSTREAMNAME IS NOT NULL ORDER BY o.Z_PK",
            select.join(", ")
        );
        let mut stmt = match conn.prepare(&sql) {
            Ok(s) => s,
            Err(e) => {
                ctx.error(target, format!("cannot query ZOBJECT: {e}"));
                return;
            }
        };
        let mut rows = match stmt.query([]) {
            Ok(r) => r,
            Err(e) => {
                ctx.error(target, format!("cannot query ZOBJECT: {e}"));
                return;
            }
        };
        let database = if user.is_some() { "user" } else { "system" };
        let mut n = 0u64;
        let mut ix = None;
        let meta_base = OBJECT.len() + SOURCE.len();
        loop {
            let row = match rows.next() {
                Ok(Some(r)) => r,
                Ok(None) => break,
                Err(e) => {
                    ctx.error(target, format!("read error after {n} rows: {e}"));
                    break;
                }
            };
            n += 1;
            if n % 4096 == 0 && ctx.should_stop() {
                break;
            }
            let [pk, stream, start, end, created, gmt, vs, vi, vd, uuid, confidence, bundle, device, source_id, group, item, source_user] =
                *ix.get_or_insert_with(|| {
                    column_indices(
                        row,
                        [
                            "pk",
                            "stream",
                            "start",
                            "end",
                            "created",
                            "gmt_offset",
                            "value_string",
                            "value_integer",
                            "value_double",
                            "uuid",
                            "confidence",
                            "s_bundle_id",
                            "s_device_id",
                            "s_source_id",
                            "s_group_id",
                            "s_item_id",
                            "s_user_id",
                        ],
                    )
                });
            let stream_v = get_text(row, stream);
            let value_string = get_text(row, vs);
            let value_integer = get_i64(row, vi);
            let value_double = get_f64(row, vd);
            let value: Value = match (&value_string, value_integer, value_double) {
                (Some(s), _, _) => s.clone().into(),
                (None, Some(i), _) => i.into(),
                (None, None, Some(f)) => serde_json::Number::from_f64(f)
                    .map(Value::Number)
                    .unwrap_or(Value::Null),
                _ => Value::Null,
            };
            let source_bundle = get_text(row, bundle);
            let bundle_id = source_bundle.clone().or_else(|| {
                stream_v
                    .as_deref()
                    .is_some_and(|s| s.starts_with("/app/"))
                    .then(|| value_string.clone())
                    .flatten()
            });
            let (start_t, start_raw) = mac_time(row, start);
            let (end_t, end_raw) = mac_time(row, end);
            let (created_t, created_raw) = mac_time(row, created);
            let duration = match (get_f64(row, start), get_f64(row, end)) {
                (Some(s), Some(e)) if s != 0.0 && e != 0.0 => serde_json::Number::from_f64(e - s)
                    .map(Value::Number)
                    .unwrap_or(Value::Null),
                _ => Value::Null,
            };
            let mut meta = serde_json::Map::new();
            let mut meta_times = serde_json::Map::new();
            for (i, (name, is_time)) in metadata.iter().enumerate() {
                let col = meta_base + i;
                let v = get_json(row, col);
                if v.is_null() {
                    continue;
                }
                if *is_time {
                    meta_times.insert(
                        name.clone(),
                        time::json(get_f64(row, col).and_then(time::from_mac_absolute)),
                    );
                }
                meta.insert(name.clone(), v);
            }
            let rec = ctx
                .record(target, user)
                .set("timestamp", start_t.clone())
                .set("timestamp_raw", start_raw.clone())
                .set("database", database)
                .set("stream", stream_v)
                .set("start", start_t)
                .set("start_raw", start_raw)
                .set("end", end_t)
                .set("end_raw", end_raw)
                .set("duration_s", duration)
                .set("created", created_t)
                .set("created_raw", created_raw)
                .set("seconds_from_gmt", get_i64(row, gmt))
                .set("bundle_id", bundle_id)
                .set("value", value)
                .set("value_string", value_string)
                .set("value_integer", value_integer)
                .set("value_double", get_json(row, vd))
                .set("source_bundle_id", source_bundle)
                .set("device_id", get_text(row, device))
                .set("source_id", get_text(row, source_id))
                .set("group_id", get_text(row, group))
                .set("item_id", get_text(row, item))
                .set("source_user_id", get_i64(row, source_user))
                .set("confidence", get_json(row, confidence))
                .set("uuid", get_text(row, uuid))
                .set("object_pk", get_i64(row, pk))
                .set(
                    "metadata",
                    if meta.is_empty() {
                        Value::Null
                    } else {
                        Value::Object(meta)
                    },
                )
                .set(
                    "metadata_times",
                    if meta_times.is_empty() {
                        Value::Null
                    } else {
                        Value::Object(meta_times)
                    },
                );
            ctx.emit(STREAM, rec);
        }
    }
}

static DESCRIPTION: Description = Description {
    name: "knowledgec",
    reads: "CoreDuet knowledgeC.db (system and every home): app focus and usage, display, Safari history, activities, with source and structured metadata",
    outputs: &[STREAM],
    scope: Scope::AnyRoot,
    cost: Cost::Bulk,
};

impl Collector for KnowledgeC {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        ctx.declare_output(STREAM);
        self.parse_db(ctx, Path::new(SYSTEM_DB), None);
        for user in ctx.users() {
            if ctx.should_stop() {
                return Ok(());
            }
            let target: PathBuf = user.home.join(USER_DB);
            ctx.in_home(&user.home, |ctx| {
                self.parse_db(ctx, &target, Some(&user.name))
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
