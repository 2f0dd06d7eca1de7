//! Safari history (`History.db`) and downloads (`Downloads.plist`).
//!
//! **Where.** `~/Library/Safari/` (all versions), the same path inside the
//! sandbox container, `~/Library/Containers/com.apple.Safari/Data/Library/Safari/`
//! (newer macOS moves part of Safari's data there), and the per-profile
//! directories of Safari 17 and later, `<either>/Profiles/<UUID>/`.
//!
//! **History.db** (Safari 7 / OS X 10.9 and later; before that `History.plist`,
//! not read here): `history_items` (one row per URL: `url`, `visit_count`,
//! `domain_expansion`...) and `history_visits` (one per visit: `visit_time` in
//! Mac absolute time, seconds since 2001-01-01 as a double, `title`,
//! `load_successful`, `http_non_get`, and `redirect_source` /
//! `redirect_destination`, ids of the visits that redirected here / that this
//! one redirected to). Safari stores no referrer. `history_tombstones`
//! (present in both checked schema versions; absent in older ones, which is
//! not an error): one row per deletion of history, `start_time` and
//! `end_time` (Mac absolute time, double) bounding the deleted time range,
//! `url` (NULL when the whole range was cleared; set when one page's history
//! was removed), `generation` (a counter used by history sync) and `id`.
//! These rows become history records with `deleted: true`.
//!
//! **Downloads.plist**: a `DownloadHistory` array of dictionaries:
//! `DownloadEntryURL`, `DownloadEntryPath`, `DownloadEntryBookmarkBlob` (a
//! bookmark of the downloaded file, which follows it when it is moved),
//! `DownloadEntryProgressBytesSoFar` / `…TotalToLoad`, `DownloadEntryDateAddedKey`
//! / `…DateFinishedKey`, `DownloadEntryIdentifier`, `DownloadEntrySandboxIdentifier`,
//! `DownloadEntryRemoveWhenDoneKey`.
//!
//! **Versions.** Checked against History.db schema versions 13 (Safari 11,
//! 2017) and 16 (Safari 15, macOS 12, 2022) and a macOS 12 Downloads.plist.
//!
//! **References.** plaso `sqlite_plugins/safari.py`, `plist_plugins/safari_downloads.py`;
//! artemis `forensics/src/artifacts/applications/safari/{history,downloads}.rs`;
//! mac_apt `plugins/safari.py`.

use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::Value;

use super::chromium::Source;
use super::{subdirs, DOWNLOADS, HISTORY};
use crate::formats::keyed_archive::read_plist;
use crate::kit::sqlite::{Columns, Db};
use crate::kit::time;
use crate::kit::users::UserHome;
use crate::kit::Ctx;

/// Safari data directories, relative to the home.
const BASES: [&str; 2] = [
    "Library/Safari",
    "Library/Containers/com.apple.Safari/Data/Library/Safari",
];

const BROWSER: &str = "Safari";
/// Largest `Downloads.plist` parsed (it is archived whatever its size).
const MAX_PLIST: u64 = 64 * 1024 * 1024;

/// Collect Safari history and downloads of one home.
pub fn collect(ctx: &mut Ctx<'_>, user: &UserHome) {
    for base in BASES {
        let base = user.home.join(base);
        let mut dirs = vec![("Default".to_string(), base.clone())];
        dirs.extend(subdirs(ctx, &base.join("Profiles")));
        for (profile, dir) in dirs {
            if ctx.should_stop() {
                return;
            }
            let target = dir.join("History.db");
            if let Some(db) = ctx.open_sqlite(&target) {
                let src = Source {
                    user: &user.name,
                    browser: BROWSER,
                    profile: &profile,
                    target: &target,
                };
                history(ctx, &db, &src);
                tombstones(ctx, &db, &src);
            }
            let plist = dir.join("Downloads.plist");
            let src = Source {
                user: &user.name,
                browser: BROWSER,
                profile: &profile,
                target: &plist,
            };
            downloads(ctx, &src);
        }
    }
}

fn history(ctx: &mut Ctx<'_>, db: &Db, src: &Source<'_>) {
    let Some(items) = db.require_table(ctx, "history_items", "Safari History") else {
        return;
    };
    let Some(visits) = db.require_table(ctx, "history_visits", "Safari History") else {
        return;
    };
    let mut cols = Columns::new()
        .expr("v.rowid", "visit_id")
        .table(
            &items,
            "i",
            &[
                ("url", "url"),
                ("visit_count", "visit_count"),
                ("domain_expansion", "domain_expansion"),
            ],
        )
        .table(
            &visits,
            "v",
            &[
                ("visit_time", "visit_time"),
                ("title", "title"),
                ("load_successful", "load_successful"),
                ("http_non_get", "http_non_get"),
                ("synthesized", "synthesized"),
                ("origin", "origin"),
                ("redirect_source", "redirect_source"),
                ("redirect_destination", "redirect_destination"),
            ],
        );
    let mut joins = String::new();
    for (col, t, alias) in [
        ("redirect_source", "rs", "redirect_source_url"),
        ("redirect_destination", "rd", "redirect_destination_url"),
    ] {
        if visits.contains(col) {
            joins.push_str(&format!(
                " LEFT JOIN history_visits {t} ON {t}.id = v.{col} \
                 LEFT JOIN history_items {t}i ON {t}i.id = {t}.history_item"
            ));
            cols = cols.expr(&format!("{t}i.url"), alias);
        } else {
            cols = cols.expr("NULL", alias);
        }
    }
    let sql = format!(
        "SELECT {} FROM history_visits v LEFT JOIN history_items i ON i.id = v.history_item{joins} \
         ORDER BY v.rowid",
        cols.sql()
    );
    db.for_each_row(ctx, "history_visits", &sql, &cols, |ctx, r| {
        let t = r.f64("visit_time");
        let flag = |alias: &str| r.i64(alias).map(|x| x != 0);
        let rec = src
            .record(ctx)
            .time(t.and_then(time::from_mac_absolute), r.json("visit_time"))
            .sql_text("url", "url_b64", r.raw("url"))
            .sql_text("title", "title_b64", r.raw("title"))
            .set("visit_count", r.i64("visit_count"))
            .set("referrer", Value::Null)
            .set("load_successful", flag("load_successful"))
            .set("http_non_get", flag("http_non_get"))
            .set("synthesized", flag("synthesized"))
            .set("origin", r.i64("origin"))
            .sql_text(
                "domain_expansion",
                "domain_expansion_b64",
                r.raw("domain_expansion"),
            )
            .sql_text(
                "redirect_source",
                "redirect_source_b64",
                r.raw("redirect_source_url"),
            )
            .sql_text(
                "redirect_destination",
                "redirect_destination_b64",
                r.raw("redirect_destination_url"),
            )
            .set("redirect_source_visit", r.i64("redirect_source"))
            .set("redirect_destination_visit", r.i64("redirect_destination"))
            .set("visit_id", r.i64("visit_id"))
            .set("deleted", false);
        ctx.emit(HISTORY, rec);
        Ok(())
    });
}

/// One history record per `history_tombstones` row (history the user
/// deleted), marked `deleted: true`. `timestamp` is the end of the deleted
/// range. No table (older Safari): nothing, silently.
fn tombstones(ctx: &mut Ctx<'_>, db: &Db, src: &Source<'_>) {
    let Some(have) = db.optional_table(ctx, "history_tombstones") else {
        return;
    };
    let cols = Columns::new().table(
        &have,
        "t",
        &[
            ("id", "tombstone_id"),
            ("start_time", "start_time"),
            ("end_time", "end_time"),
            ("url", "url"),
            ("generation", "generation"),
        ],
    );
    let sql = format!(
        "SELECT {} FROM history_tombstones t ORDER BY t.rowid",
        cols.sql()
    );
    db.for_each_row(ctx, "history_tombstones", &sql, &cols, |ctx, r| {
        let end = r.f64("end_time");
        let mac = |alias: &str| time::json(r.f64(alias).and_then(time::from_mac_absolute));
        let rec = src
            .record(ctx)
            .time(end.and_then(time::from_mac_absolute), r.json("end_time"))
            .sql_text("url", "url_b64", r.raw("url"))
            .set("title", Value::Null)
            .set("visit_count", Value::Null)
            .set("referrer", Value::Null)
            .set("visit_id", Value::Null)
            .set("deleted", true)
            .set("deleted_from", mac("start_time"))
            .set("deleted_from_raw", r.json("start_time"))
            .set("deleted_until", mac("end_time"))
            .set("deleted_until_raw", r.json("end_time"))
            .set("generation", r.i64("generation"))
            .set("tombstone_id", r.i64("tombstone_id"));
        ctx.emit(HISTORY, rec);
        Ok(())
    });
}

/// The downloaded file's path as recorded by the bookmark blob, which
/// follows the file when it is moved or renamed. `None` when the blob does
/// not decode or holds no path; the caller then falls back to
/// `DownloadEntryPath`, and the blob is kept as hex either way.
pub fn bookmark_target_path(blob: &[u8]) -> Option<String> {
    crate::formats::bookmark::parse_bookmark(blob).ok()?.path
}

/// Mac absolute time (seconds since 2001-01-01) of a plist date: the value a
/// binary plist stores.
fn plist_date_raw(d: plist::Date) -> f64 {
    let t: SystemTime = d.into();
    let epoch = UNIX_EPOCH + Duration::from_secs(time::MAC_EPOCH_OFFSET as u64);
    match t.duration_since(epoch) {
        Ok(d) => d.as_secs_f64(),
        Err(e) => -e.duration().as_secs_f64(),
    }
}

fn plist_int(v: Option<&plist::Value>) -> Value {
    match v {
        Some(plist::Value::Integer(i)) => match i.as_signed() {
            Some(s) => s.into(),
            None => i.as_unsigned().map(Value::from).unwrap_or(Value::Null),
        },
        Some(plist::Value::Real(f)) => serde_json::Number::from_f64(*f)
            .map(Value::Number)
            .unwrap_or(Value::Null),
        _ => Value::Null,
    }
}

/// A plist date as (converted time, raw Mac absolute time).
fn plist_time(v: Option<&plist::Value>) -> (Value, Value) {
    match v {
        Some(plist::Value::Date(d)) => {
            let raw = plist_date_raw(*d);
            (
                time::json(time::from_mac_absolute(raw)),
                serde_json::Number::from_f64(raw)
                    .map(Value::Number)
                    .unwrap_or(Value::Null),
            )
        }
        Some(plist::Value::Real(f)) => (
            time::json(time::from_mac_absolute(*f)),
            serde_json::Number::from_f64(*f)
                .map(Value::Number)
                .unwrap_or(Value::Null),
        ),
        _ => (Value::Null, Value::Null),
    }
}

fn downloads(ctx: &mut Ctx<'_>, src: &Source<'_>) {
    let target: &Path = src.target;
    let Some(acq) = ctx.acquire(target) else {
        return;
    };
    if acq.meta.size > MAX_PLIST {
        ctx.error(
            target,
            format!(
                "{} bytes, over the {MAX_PLIST}-byte parsing limit; archived, not parsed",
                acq.meta.size
            ),
        );
        return;
    }
    let parsed = std::fs::read(acq.path())
        .map_err(|e| e.to_string())
        .and_then(|data| read_plist(&data).map_err(|e| e.to_string()));
    let value = match parsed {
        Ok(v) => v,
        Err(e) => {
            ctx.error(target, format!("cannot parse the property list: {e}"));
            return;
        }
    };
    let Some(entries) = value
        .as_dictionary()
        .and_then(|d| d.get("DownloadHistory"))
        .and_then(|v| v.as_array())
    else {
        ctx.error(
            target,
            "no DownloadHistory array: not a Safari Downloads.plist",
        );
        return;
    };
    for (i, entry) in entries.iter().enumerate() {
        let Some(e) = entry.as_dictionary() else {
            ctx.error(target, format!("DownloadHistory[{i}] is not a dictionary"));
            continue;
        };
        let text = |k: &str| e.get(k).and_then(|v| v.as_string()).map(str::to_owned);
        let blob = e.get("DownloadEntryBookmarkBlob").and_then(|v| v.as_data());
        let entry_path = text("DownloadEntryPath");
        let from_bookmark = blob.and_then(bookmark_target_path);
        let path_source = match (&from_bookmark, &entry_path) {
            (Some(_), _) => Some("bookmark"),
            (None, Some(_)) => Some("DownloadEntryPath"),
            _ => None,
        };
        let (start, start_raw) = plist_time(e.get("DownloadEntryDateAddedKey"));
        let (end, end_raw) = plist_time(e.get("DownloadEntryDateFinishedKey"));
        let mut rec = src
            .record(ctx)
            .set("url", text("DownloadEntryURL"))
            .set("url_chain", Value::Null)
            .set("target_path", from_bookmark.or_else(|| entry_path.clone()))
            .set("target_path_source", path_source)
            .set("download_entry_path", entry_path)
            .set("bookmark_hex", blob.map(hex::encode))
            .set("end_time", end)
            .set("end_time_raw", end_raw)
            .set(
                "received_bytes",
                plist_int(e.get("DownloadEntryProgressBytesSoFar")),
            )
            .set(
                "total_bytes",
                plist_int(e.get("DownloadEntryProgressTotalToLoad")),
            )
            .set("identifier", text("DownloadEntryIdentifier"))
            .set("sandbox_id", text("DownloadEntrySandboxIdentifier"))
            .set(
                "remove_when_done",
                e.get("DownloadEntryRemoveWhenDoneKey")
                    .and_then(|v| v.as_boolean()),
            );
        rec.insert("timestamp", start);
        rec.insert("timestamp_raw", start_raw);
        ctx.emit(DOWNLOADS, rec);
    }
}
