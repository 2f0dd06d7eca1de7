//! Firefox (and forks) `places.sqlite` history and downloads, and the legacy
//! `downloads.sqlite`.
//!
//! **Where.** `~/Library/Application Support/<vendor>/Profiles/<profile>/`
//! for the vendors in [`VENDORS`] (Firefox, including Developer Edition and
//! Nightly, which share its directory; LibreWolf; Waterfox; Floorp; Zen), and
//! `~/Library/Application Support/TorBrowser-Data/Browser/<profile>/`, and
//! every profile that the vendor's `profiles.ini` names, including those
//! placed elsewhere through an absolute `Path=` (`IsRelative=0`). The
//! `profiles.ini` itself is archived: it lists the profiles.
//!
//! **Schema.** `moz_places` (one row per URL) and `moz_historyvisits` (one per
//! visit: `place_id`, `visit_date` in PRTime, microseconds since 1970,
//! `visit_type` a `nsINavHistoryService::TRANSITION_*`, `from_visit`).
//! Since Firefox 26 downloads are page annotations in `moz_annos`:
//! `downloads/destinationFileURI` (a `file://` URI, its `dateAdded` the start
//! of the download), `downloads/destinationFileName` and, since about
//! Firefox 28, `downloads/metaData` (JSON: `state`, `endTime` in
//! milliseconds since 1970, `fileSize`). Before that, `downloads.sqlite`
//! held `moz_downloads` (PRTime start and end, `source`, `target` URI,
//! `currBytes`, `maxBytes`, `mimeType`).
//!
//! **Versions.** Checked against places.sqlite of Firefox ~4 (2011), 54 and
//! 67 (the latter two with rows only in the WAL) and a Firefox ≤ 25
//! downloads.sqlite.
//!
//! **References.** Mozilla `toolkit/components/places/nsINavHistoryService.idl`,
//! `toolkit/components/downloads/DownloadHistory.sys.mjs`,
//! `nsIDownloadManager.idl` (legacy states); plaso `firefox_history.py`,
//! `firefox_downloads.py`; dfirlabs firefox-specimens.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::chromium::Source;
use super::{file_uri_to_path, subdirs, DOWNLOADS, HISTORY};
use crate::kit::sqlite::{Columns, Db};
use crate::kit::time;
use crate::kit::users::UserHome;
use crate::kit::Ctx;

/// (browser name, profiles directory under `~/Library/Application Support`).
pub const VENDORS: &[(&str, &str)] = &[
    ("Firefox", "Firefox/Profiles"),
    ("LibreWolf", "librewolf/Profiles"),
    ("LibreWolf", "LibreWolf/Profiles"),
    ("Waterfox", "Waterfox/Profiles"),
    ("Floorp", "Floorp/Profiles"),
    ("Zen", "zen/Profiles"),
    ("Tor Browser", "TorBrowser-Data/Browser"),
];

/// Longest `profiles.ini` read (real ones are a few hundred bytes).
const MAX_PROFILES_INI: u64 = 1 << 20;

/// The profile directories a `profiles.ini` names, as (name, path): `Path=`
/// relative to `base` unless `IsRelative=0`. Paths that are not absolute
/// after that, or that climb with `..`, are left out. The file is read as
/// bytes: a `Path=` need not be UTF-8, and is kept exactly.
pub fn parse_profiles_ini(ini: &[u8], base: &Path) -> Vec<(String, PathBuf)> {
    use std::os::unix::ffi::OsStrExt;
    let mut out = Vec::new();
    let mut section: Option<(Option<String>, Option<PathBuf>, bool)> = None;
    let mut flush = |sec: Option<(Option<String>, Option<PathBuf>, bool)>| {
        if let Some((name, Some(path), relative)) = sec {
            let p = if relative { base.join(&path) } else { path };
            let escapes = p
                .components()
                .any(|c| matches!(c, std::path::Component::ParentDir));
            if p.is_absolute() && !escapes {
                let name = name.unwrap_or_else(|| {
                    p.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                });
                out.push((name, p));
            }
        }
    };
    for line in ini.split(|&b| b == b'\n') {
        let line = line.trim_ascii();
        if line.starts_with(b"[") {
            flush(section.take());
            let is_profile = line
                .strip_prefix(b"[")
                .unwrap_or(line)
                .to_ascii_lowercase()
                .starts_with(b"profile");
            section = is_profile.then_some((None, None, true));
            continue;
        }
        let Some(sec) = section.as_mut() else {
            continue;
        };
        let mut kv = line.splitn(2, |&b| b == b'=');
        let (Some(k), Some(v)) = (kv.next(), kv.next()) else {
            continue;
        };
        let v = v.trim_ascii();
        match k.trim_ascii() {
            b"Name" => sec.0 = Some(String::from_utf8_lossy(v).into_owned()),
            b"Path" => sec.1 = Some(PathBuf::from(std::ffi::OsStr::from_bytes(v))),
            b"IsRelative" => sec.2 = v != b"0",
            _ => {}
        }
    }
    flush(section.take());
    out
}

/// The profiles named by `<dir>/profiles.ini` (archived on the way).
fn ini_profiles(ctx: &mut Ctx<'_>, dir: &Path) -> Vec<(String, PathBuf)> {
    use std::io::Read;
    let ini = dir.join("profiles.ini");
    let Some(acq) = ctx.acquire(&ini) else {
        return Vec::new();
    };
    let mut bytes = Vec::new();
    let read = acq
        .open()
        .and_then(|f| f.take(MAX_PROFILES_INI).read_to_end(&mut bytes));
    if let Err(e) = read {
        ctx.error(&ini, format!("cannot read the staged copy: {e}"));
        return Vec::new();
    }
    parse_profiles_ini(&bytes, dir)
}

/// Collect every Firefox-family profile of one home.
pub fn collect(ctx: &mut Ctx<'_>, user: &UserHome) {
    let support = user.home.join("Library/Application Support");
    let mut seen: Vec<PathBuf> = Vec::new();
    for (browser, dir) in VENDORS {
        let dir = support.join(dir);
        let mut profiles = subdirs(ctx, &dir);
        // profiles.ini sits beside `Profiles/` (Tor Browser: inside it).
        let ini_dir = if dir.ends_with("Profiles") {
            dir.parent()
                .map(Path::to_path_buf)
                .unwrap_or_else(|| dir.clone())
        } else {
            dir.clone()
        };
        profiles.extend(ini_profiles(ctx, &ini_dir));
        for (profile, dir) in profiles {
            // Case-insensitive file systems list the same directory twice,
            // and profiles.ini names the ones the listing found. A name
            // that is not UTF-8 is compared by its exact bytes (two such
            // names must not meet in the same replacement characters).
            let key = match dir.to_str() {
                Some(s) => PathBuf::from(s.to_lowercase()),
                None => dir.clone(),
            };
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            if ctx.should_stop() {
                return;
            }
            collect_profile(ctx, user, browser, &profile, &dir);
        }
    }
}

fn collect_profile(ctx: &mut Ctx<'_>, user: &UserHome, browser: &str, profile: &str, dir: &Path) {
    let places = dir.join("places.sqlite");
    if let Some(db) = ctx.open_sqlite(&places) {
        let src = Source {
            user: &user.name,
            browser,
            profile,
            target: &places,
        };
        history(ctx, &db, &src);
        anno_downloads(ctx, &db, &src);
    }
    let legacy = dir.join("downloads.sqlite");
    if let Some(db) = ctx.open_sqlite(&legacy) {
        let src = Source {
            user: &user.name,
            browser,
            profile,
            target: &legacy,
        };
        legacy_downloads(ctx, &db, &src);
    }
}

/// The name of a `visit_type` (`nsINavHistoryService::TRANSITION_*`).
pub fn visit_type(n: i64) -> Option<&'static str> {
    Some(match n {
        1 => "LINK",
        2 => "TYPED",
        3 => "BOOKMARK",
        4 => "EMBED",
        5 => "REDIRECT_PERMANENT",
        6 => "REDIRECT_TEMPORARY",
        7 => "DOWNLOAD",
        8 => "FRAMED_LINK",
        9 => "RELOAD",
        _ => return None,
    })
}

/// The name of a download state (`nsIDownloadManager` / `DownloadHistory`
/// metadata; the numbering is shared).
pub fn download_state(n: i64) -> Option<&'static str> {
    Some(match n {
        -1 => "NOTSTARTED",
        0 => "DOWNLOADING",
        1 => "FINISHED",
        2 => "FAILED",
        3 => "CANCELED",
        4 => "PAUSED",
        5 => "QUEUED",
        6 => "BLOCKED_PARENTAL",
        7 => "SCANNING",
        8 => "DIRTY",
        9 => "BLOCKED_POLICY",
        _ => return None,
    })
}

fn history(ctx: &mut Ctx<'_>, db: &Db, src: &Source<'_>) {
    let Some(places) = db.require_table(ctx, "moz_places", "Firefox places") else {
        return;
    };
    let Some(visits) = db.require_table(ctx, "moz_historyvisits", "Firefox places") else {
        return;
    };
    let (join, referrer) = if visits.contains("from_visit") {
        (
            "LEFT JOIN moz_historyvisits fv ON fv.id = v.from_visit AND v.from_visit != 0 \
             LEFT JOIN moz_places fp ON fp.id = fv.place_id",
            "fp.url",
        )
    } else {
        ("", "NULL")
    };
    let cols = Columns::new()
        .expr("v.rowid", "visit_id")
        .table(
            &places,
            "p",
            &[
                ("url", "url"),
                ("title", "title"),
                ("visit_count", "visit_count"),
                ("typed", "typed"),
                ("hidden", "hidden"),
                ("frecency", "frecency"),
            ],
        )
        .table(
            &visits,
            "v",
            &[
                ("visit_date", "visit_date"),
                ("visit_type", "visit_type"),
                ("from_visit", "from_visit"),
                ("session", "session"),
            ],
        )
        .expr(referrer, "referrer");
    let sql = format!(
        "SELECT {} FROM moz_historyvisits v LEFT JOIN moz_places p ON p.id = v.place_id {join} \
         ORDER BY v.rowid",
        cols.sql()
    );
    db.for_each_row(ctx, "moz_historyvisits", &sql, &cols, |ctx, r| {
        let t = r.i64("visit_date");
        let vt = r.i64("visit_type");
        let rec = src
            .record(ctx)
            .time(t.and_then(time::from_prtime), r.json("visit_date"))
            .sql_text("url", "url_b64", r.raw("url"))
            .sql_text("title", "title_b64", r.raw("title"))
            .set("visit_count", r.i64("visit_count"))
            .set("typed", r.i64("typed").map(|x| x != 0))
            .set("hidden", r.i64("hidden").map(|x| x != 0))
            .set("frecency", r.i64("frecency"))
            .sql_text("referrer", "referrer_b64", r.raw("referrer"))
            .set("visit_type", vt.and_then(visit_type))
            .set("visit_type_raw", vt)
            .set("visit_id", r.i64("visit_id"))
            .set("from_visit", r.i64("from_visit"))
            .set("session", r.i64("session"));
        ctx.emit(HISTORY, rec);
        Ok(())
    });
}

/// Downloads recorded as page annotations (Firefox 26 and later).
fn anno_downloads(ctx: &mut Ctx<'_>, db: &Db, src: &Source<'_>) {
    let target = src.target;
    let Some(annos) = db.optional_table(ctx, "moz_annos") else {
        return;
    };
    if db.optional_table(ctx, "moz_anno_attributes").is_none() {
        return;
    }
    let Some(places) = db.optional_table(ctx, "moz_places") else {
        return;
    };
    let added = if annos.contains("dateAdded") {
        "a.dateAdded"
    } else {
        "NULL"
    };
    let anno = |what: &str, name: &str| {
        format!(
            "(SELECT {what} FROM moz_annos a JOIN moz_anno_attributes n \
             ON n.id = a.anno_attribute_id WHERE a.place_id = p.id AND n.name = '{name}' \
             ORDER BY a.rowid DESC LIMIT 1)"
        )
    };
    let cols = Columns::new()
        .expr("p.id", "place_id")
        .table(&places, "p", &[("url", "url"), ("title", "title")])
        .expr(
            &anno("a.content", "downloads/destinationFileURI"),
            "dest_uri",
        )
        .expr(&anno(added, "downloads/destinationFileURI"), "dest_added")
        .expr(
            &anno("a.content", "downloads/destinationFileName"),
            "dest_name",
        )
        .expr(&anno("a.content", "downloads/metaData"), "meta");
    let sql = format!(
        "SELECT {} FROM moz_places p WHERE p.id IN (SELECT a.place_id FROM moz_annos a \
         JOIN moz_anno_attributes n ON n.id = a.anno_attribute_id \
         WHERE n.name LIKE 'downloads/%') ORDER BY p.id",
        cols.sql()
    );
    db.for_each_row(ctx, "moz_annos downloads", &sql, &cols, |ctx, r| {
        let uri = r.text("dest_uri");
        let added = r.i64("dest_added");
        let meta_text = r.text("meta");
        let meta: Option<Value> = meta_text
            .as_deref()
            .and_then(|m| serde_json::from_str::<Value>(m).ok());
        if let (Some(text), None) = (&meta_text, &meta) {
            ctx.error(
                target,
                format!(
                    "downloads/metaData of place {} is not JSON: {text:.80}",
                    r.i64("place_id").unwrap_or(-1)
                ),
            );
        }
        let field = |k: &str| meta.as_ref().and_then(|m| m.get(k)).cloned();
        let state = field("state").and_then(|v| v.as_i64());
        let end_raw = field("endTime");
        let end = end_raw
            .as_ref()
            .and_then(Value::as_i64)
            .and_then(|ms| ms.checked_mul(1000))
            .and_then(time::from_prtime);
        let rec = src
            .record(ctx)
            .time(added.and_then(time::from_prtime), r.json("dest_added"))
            .sql_text("url", "url_b64", r.raw("url"))
            .set("url_chain", Value::Null)
            .set("target_path", uri.as_deref().map(file_uri_to_path))
            .sql_text("target_uri", "target_uri_b64", r.raw("dest_uri"))
            .sql_text("file_name", "file_name_b64", r.raw("dest_name"))
            .sql_text("title", "title_b64", r.raw("title"))
            .set("end_time", time::json(end))
            .set("end_time_raw", end_raw.unwrap_or(Value::Null))
            .set("received_bytes", Value::Null)
            .set("total_bytes", field("fileSize").unwrap_or(Value::Null))
            .set("state", state.and_then(download_state))
            .set("state_raw", field("state").unwrap_or(Value::Null))
            .set("metadata", meta.unwrap_or(Value::Null))
            .set("place_id", r.i64("place_id"));
        ctx.emit(DOWNLOADS, rec);
        Ok(())
    });
}

/// `moz_downloads` of a legacy `downloads.sqlite` (Firefox 3 to 25).
fn legacy_downloads(ctx: &mut Ctx<'_>, db: &Db, src: &Source<'_>) {
    let Some(have) = db.require_table(ctx, "moz_downloads", "Firefox downloads") else {
        return;
    };
    let cols = Columns::new().expr("d.rowid", "download_id").table(
        &have,
        "d",
        &[
            ("name", "name"),
            ("source", "source"),
            ("target", "target"),
            ("tempPath", "tempPath"),
            ("startTime", "startTime"),
            ("endTime", "endTime"),
            ("state", "state"),
            ("referrer", "referrer"),
            ("currBytes", "currBytes"),
            ("maxBytes", "maxBytes"),
            ("mimeType", "mimeType"),
            ("preferredApplication", "preferredApplication"),
            ("preferredAction", "preferredAction"),
        ],
    );
    let sql = format!(
        "SELECT {} FROM moz_downloads d ORDER BY d.rowid",
        cols.sql()
    );
    db.for_each_row(ctx, "moz_downloads", &sql, &cols, |ctx, r| {
        let start = r.i64("startTime");
        let end = r.i64("endTime");
        let state = r.i64("state");
        let uri = r.text("target");
        let rec = src
            .record(ctx)
            .time(start.and_then(time::from_prtime), r.json("startTime"))
            .sql_text("url", "url_b64", r.raw("source"))
            .set("url_chain", Value::Null)
            .set("target_path", uri.as_deref().map(file_uri_to_path))
            .sql_text("target_uri", "target_uri_b64", r.raw("target"))
            .sql_text("file_name", "file_name_b64", r.raw("name"))
            .sql_text("temp_path", "temp_path_b64", r.raw("tempPath"))
            .set("end_time", time::json(end.and_then(time::from_prtime)))
            .set("end_time_raw", r.json("endTime"))
            .set("received_bytes", r.i64("currBytes"))
            .set("total_bytes", r.i64("maxBytes"))
            .set("state", state.and_then(download_state))
            .set("state_raw", state)
            .sql_text("referrer", "referrer_b64", r.raw("referrer"))
            .sql_text("mime_type", "mime_type_b64", r.raw("mimeType"))
            .sql_text(
                "preferred_application",
                "preferred_application_b64",
                r.raw("preferredApplication"),
            )
            .set("download_id", r.i64("download_id"));
        ctx.emit(DOWNLOADS, rec);
        Ok(())
    });
}
