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
//! snapshot) and the staged copy is read through [`Ctx::open_sqlite`]: the
//! run's time limit holds inside the query, and text that is not UTF-8 is
//! kept exactly (`<field>_b64`, `metadata_b64`). Columns are read by name, so the
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

use rusqlite::types::ValueRef;
use rusqlite::Connection;
use serde_json::Value;

use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::sqlite::{quote_ident, Columns, Fields};
use crate::kit::{text, time, Collector, Ctx, Fatal};

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
fn mac_time(r: &Fields<'_>, alias: &str) -> (Value, Value) {
    (
        time::json(r.f64(alias).and_then(time::from_mac_absolute)),
        r.json(alias),
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
        let Some(db) = ctx.open_sqlite(target) else {
            return;
        };
        let Some(object_cols) = db.require_table(ctx, "ZOBJECT", "knowledgeC") else {
            return;
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
        let source_cols = match db.table(ctx, "ZSOURCE") {
            Ok(Some(c)) if object_cols.contains("ZSOURCE") && c.contains("Z_PK") => Some(c),
            _ => None,
        };
        // Structured metadata: every column but the bookkeeping ones, as
        // (alias, name, is a date).
        let mut metadata: Vec<(String, String, bool)> = Vec::new();
        let mut joins = String::new();
        if source_cols.is_some() {
            joins.push_str(" LEFT JOIN ZSOURCE s ON s.Z_PK = o.ZSOURCE");
        }
        match db.table(ctx, "ZSTRUCTUREDMETADATA") {
            Ok(Some(c)) if object_cols.contains("ZSTRUCTUREDMETADATA") && c.contains("Z_PK") => {
                for (name, decl) in declared_types(db.conn(), "ZSTRUCTUREDMETADATA") {
                    if METADATA_SKIP.contains(&name.as_str()) {
                        continue;
                    }
                    let is_time = decl.eq_ignore_ascii_case("TIMESTAMP");
                    metadata.push((format!("m:{name}"), name, is_time));
                }
                joins
                    .push_str(" LEFT JOIN ZSTRUCTUREDMETADATA m ON m.Z_PK = o.ZSTRUCTUREDMETADATA");
            }
            _ => {}
        }
        let mut cols = Columns::new().table(&object_cols, "o", &OBJECT);
        cols = match &source_cols {
            Some(have) => cols.table(have, "s", &SOURCE),
            None => SOURCE
                .iter()
                .fold(cols, |c, (_, alias)| c.expr("NULL", alias)),
        };
        for (alias, name, _) in &metadata {
            cols = cols.expr(&format!("m.{}", quote_ident(name)), alias);
        }
        let sql = format!(
            "SELECT {} FROM ZOBJECT o{joins} WHERE o.ZSTREAMNAME IS NOT NULL ORDER BY o.Z_PK",
            cols.sql()
        );
        let database = if user.is_some() { "user" } else { "system" };
        db.for_each_row(ctx, "ZOBJECT", &sql, &cols, |ctx, r| {
            let stream = r.text("stream");
            let value_string = r.text("value_string");
            let value_integer = r.i64("value_integer");
            let value: Value = match (&value_string, value_integer, r.f64("value_double")) {
                (Some(s), _, _) => s.clone().into(),
                (None, Some(i), _) => i.into(),
                (None, None, Some(f)) => serde_json::Number::from_f64(f)
                    .map(Value::Number)
                    .unwrap_or(Value::Null),
                _ => Value::Null,
            };
            let bundle_id = r.text("s_bundle_id").or_else(|| {
                stream
                    .as_deref()
                    .is_some_and(|s| s.starts_with("/app/"))
                    .then(|| value_string.clone())
                    .flatten()
            });
            let (start_t, start_raw) = mac_time(r, "start");
            let (end_t, end_raw) = mac_time(r, "end");
            let (created_t, created_raw) = mac_time(r, "created");
            let duration = match (r.f64("start"), r.f64("end")) {
                (Some(s), Some(e)) if s != 0.0 && e != 0.0 => serde_json::Number::from_f64(e - s)
                    .map(Value::Number)
                    .unwrap_or(Value::Null),
                _ => Value::Null,
            };
            let mut meta = serde_json::Map::new();
            let mut meta_times = serde_json::Map::new();
            let mut meta_b64 = serde_json::Map::new();
            for (alias, name, is_time) in &metadata {
                let v = r.json(alias);
                if v.is_null() {
                    continue;
                }
                if *is_time {
                    meta_times.insert(
                        name.clone(),
                        time::json(r.f64(alias).and_then(time::from_mac_absolute)),
                    );
                }
                if let Some(ValueRef::Text(b)) = r.raw(alias) {
                    if let Some(x) = text::b64_if_not_utf8_bytes(b) {
                        meta_b64.insert(name.clone(), x.into());
                    }
                }
                meta.insert(name.clone(), v);
            }
            let object = |m: serde_json::Map<String, Value>| {
                if m.is_empty() {
                    Value::Null
                } else {
                    Value::Object(m)
                }
            };
            let mut rec = ctx
                .record(target, user)
                .set("timestamp", start_t.clone())
                .set("timestamp_raw", start_raw.clone())
                .set("database", database)
                .sql_text("stream", "stream_b64", r.raw("stream"))
                .set("start", start_t)
                .set("start_raw", start_raw)
                .set("end", end_t)
                .set("end_raw", end_raw)
                .set("duration_s", duration)
                .set("created", created_t)
                .set("created_raw", created_raw)
                .set("seconds_from_gmt", r.i64("gmt_offset"))
                .set("bundle_id", bundle_id)
                .set("value", value)
                .sql_text("value_string", "value_string_b64", r.raw("value_string"))
                .set("value_integer", value_integer)
                .set("value_double", r.json("value_double"))
                .sql_text(
                    "source_bundle_id",
                    "source_bundle_id_b64",
                    r.raw("s_bundle_id"),
                )
                .sql_text("device_id", "device_id_b64", r.raw("s_device_id"))
                .sql_text("source_id", "source_id_b64", r.raw("s_source_id"))
                .sql_text("group_id", "group_id_b64", r.raw("s_group_id"))
                .sql_text("item_id", "item_id_b64", r.raw("s_item_id"))
                .set("source_user_id", r.i64("s_user_id"))
                .set("confidence", r.json("confidence"))
                .sql_text("uuid", "uuid_b64", r.raw("uuid"))
                .set("object_pk", r.i64("pk"))
                .set("metadata", object(meta))
                .set("metadata_times", object(meta_times));
            if !meta_b64.is_empty() {
                // The exact bytes of the metadata text that is not UTF-8.
                rec.insert("metadata_b64", Value::Object(meta_b64));
            }
            ctx.emit(STREAM, rec);
            Ok(())
        });
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
            self.parse_db(ctx, &target, Some(&user.name));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
