//! Chromium-family `History` databases: visits and downloads.
//!
//! **Where.** `~/Library/Application Support/<vendor dir>/<profile>/History`,
//! for the browsers in [`BROWSERS`]. A profile is every subdirectory of the
//! vendor directory that holds a `History` file (`Default`, `Profile 1`,
//! `Guest Profile`, `System Profile`...); Opera keeps its only profile in
//! the vendor directory itself, so that is checked too. `Archived History`
//! (visits older than 90 days, Chrome before about version 37) has the same
//! visit tables and is read as well.
//!
//! **Schema.** `urls` (one row per URL) and `visits` (one per visit; `url`
//! points to `urls.id`, `from_visit` to the referring visit, `transition` is
//! a `ui::PageTransition`, `visit_time` WebKit time: microseconds since
//! 1601-01-01 UTC). `downloads` (+ `downloads_url_chains`, the redirect
//! chain, since meta version 24). Before that (Chrome < ~26), `downloads` had
//! `full_path` and `url` columns and its `start_time`/`end_time` were POSIX
//! seconds; the unit is recognised by magnitude (WebKit values of any
//! plausible date exceed 10^16, POSIX seconds stay below 10^11).
//!
//! **Versions.** Checked against meta versions 16, 20, 22, 28, 32, 33, 36 and
//! 70 (Chrome 2011-2017 on Linux and Windows, Edge 141 on macOS, 2025).
//!
//! **References.** Chromium `components/history/core/browser/history_database.cc`,
//! `…/visit_database.cc`, `…/download_database.cc`, `…/download_constants.h`,
//! `ui/base/page_transition_types.h`; plaso `chrome_history.py`; hindsight.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{subdirs, DOWNLOADS, HISTORY};
use crate::kit::sqlite::{is_interrupted, Columns, Db};
use crate::kit::text;
use crate::kit::time;
use crate::kit::users::UserHome;
use crate::kit::Ctx;
use rusqlite::types::ValueRef;

/// (browser name, vendor directory under `~/Library/Application Support`).
pub const BROWSERS: &[(&str, &str)] = &[
    ("Google Chrome", "Google/Chrome"),
    ("Google Chrome Beta", "Google/Chrome Beta"),
    ("Google Chrome Dev", "Google/Chrome Dev"),
    ("Google Chrome Canary", "Google/Chrome Canary"),
    ("Chromium", "Chromium"),
    ("Microsoft Edge", "Microsoft Edge"),
    ("Microsoft Edge Beta", "Microsoft Edge Beta"),
    ("Microsoft Edge Dev", "Microsoft Edge Dev"),
    ("Microsoft Edge Canary", "Microsoft Edge Canary"),
    ("Brave", "BraveSoftware/Brave-Browser"),
    ("Brave Beta", "BraveSoftware/Brave-Browser-Beta"),
    ("Brave Nightly", "BraveSoftware/Brave-Browser-Nightly"),
    ("Opera", "com.operasoftware.Opera"),
    ("Opera GX", "com.operasoftware.OperaGX"),
    ("Vivaldi", "Vivaldi"),
    ("Arc", "Arc/User Data"),
];

/// History files of one profile: (file name, has downloads tables).
const FILES: [(&str, bool); 2] = [("History", true), ("Archived History", false)];

/// Collect every Chromium-family profile of one home.
pub fn collect(ctx: &mut Ctx<'_>, user: &UserHome) {
    let support = user.home.join("Library/Application Support");
    for (browser, dir) in BROWSERS {
        let root = support.join(dir);
        for (profile, dir) in profiles(ctx, &root) {
            for (file, has_downloads) in FILES {
                if ctx.should_stop() {
                    return;
                }
                let target = dir.join(file);
                let Some(db) = ctx.open_sqlite(&target) else {
                    continue;
                };
                let src = Source {
                    user: &user.name,
                    browser,
                    profile: &profile,
                    target: &target,
                };
                history(ctx, &db, &src);
                if has_downloads {
                    downloads(ctx, &db, &src);
                }
            }
        }
    }
}

/// The profiles under a vendor directory: (name, directory). The vendor
/// directory itself counts when it holds a `History` (Opera).
fn profiles(ctx: &mut Ctx<'_>, root: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    if super::exists(ctx, &root.join("History")) {
        let name = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        out.push((name, root.to_path_buf()));
    }
    for (name, dir) in subdirs(ctx, root) {
        if FILES.iter().any(|(f, _)| super::exists(ctx, &dir.join(f))) {
            out.push((name, dir));
        }
    }
    out
}

/// Where a record comes from.
pub(crate) struct Source<'a> {
    pub user: &'a str,
    pub browser: &'a str,
    pub profile: &'a str,
    pub target: &'a Path,
}

impl Source<'_> {
    pub fn record(&self, ctx: &Ctx<'_>) -> crate::kit::Record {
        ctx.record(self.target, Some(self.user))
            .set("browser", self.browser)
            .set("profile", self.profile)
    }
}

/// A value's bytes as stored: TEXT and BLOB exactly, numbers as their
/// decimal text, NULL as `null` (as a chain URL is written).
fn stored_bytes(v: ValueRef<'_>) -> Vec<u8> {
    match v {
        ValueRef::Text(b) | ValueRef::Blob(b) => b.to_vec(),
        ValueRef::Integer(i) => i.to_string().into_bytes(),
        ValueRef::Real(f) => f.to_string().into_bytes(),
        ValueRef::Null => b"null".to_vec(),
    }
}

/// The core type of a page transition (`t & 0xFF`).
pub fn transition_core(core: u32) -> Option<&'static str> {
    Some(match core {
        0 => "LINK",
        1 => "TYPED",
        2 => "AUTO_BOOKMARK",
        3 => "AUTO_SUBFRAME",
        4 => "MANUAL_SUBFRAME",
        5 => "GENERATED",
        6 => "AUTO_TOPLEVEL",
        7 => "FORM_SUBMIT",
        8 => "RELOAD",
        9 => "KEYWORD",
        10 => "KEYWORD_GENERATED",
        _ => return None,
    })
}

/// Qualifier bits of a page transition.
const QUALIFIERS: [(u32, &str); 9] = [
    (0x0080_0000, "BLOCKED"),
    (0x0100_0000, "FORWARD_BACK"),
    (0x0200_0000, "FROM_ADDRESS_BAR"),
    (0x0400_0000, "HOME_PAGE"),
    (0x0800_0000, "FROM_API"),
    (0x1000_0000, "CHAIN_START"),
    (0x2000_0000, "CHAIN_END"),
    (0x4000_0000, "CLIENT_REDIRECT"),
    (0x8000_0000, "SERVER_REDIRECT"),
];

/// Decode a stored transition (a signed 32-bit value): the core type's name
/// (`UNKNOWN_<n>` for an unknown one) and the qualifiers set, unknown bits
/// as one hex value.
pub fn decode_transition(raw: i64) -> (String, Vec<String>) {
    let t = (raw as u64 & 0xFFFF_FFFF) as u32;
    let core = t & 0xFF;
    let name = transition_core(core)
        .map(str::to_owned)
        .unwrap_or_else(|| format!("UNKNOWN_{core}"));
    let mut quals = Vec::new();
    let mut rest = t & 0xFFFF_FF00;
    for (bit, q) in QUALIFIERS {
        if t & bit != 0 {
            quals.push(q.to_string());
            rest &= !bit;
        }
    }
    if rest != 0 {
        quals.push(format!("0x{rest:08X}"));
    }
    (name, quals)
}

/// A download's state (`history::DownloadState`).
pub fn download_state(n: i64) -> Option<&'static str> {
    Some(match n {
        0 => "IN_PROGRESS",
        1 => "COMPLETE",
        2 => "CANCELLED",
        3 => "BUG_140687",
        4 => "INTERRUPTED",
        _ => return None,
    })
}

/// A download's danger type (`history::DownloadDangerType`, the values that
/// have been stable since they were introduced).
pub fn danger_type(n: i64) -> Option<&'static str> {
    Some(match n {
        0 => "NOT_DANGEROUS",
        1 => "DANGEROUS_FILE",
        2 => "DANGEROUS_URL",
        3 => "DANGEROUS_CONTENT",
        4 => "MAYBE_DANGEROUS_CONTENT",
        5 => "UNCOMMON_CONTENT",
        6 => "USER_VALIDATED",
        7 => "DANGEROUS_HOST",
        8 => "POTENTIALLY_UNWANTED",
        9 => "ALLOWLISTED_BY_POLICY",
        10 => "ASYNC_SCANNING",
        _ => return None,
    })
}

/// A download time: WebKit microseconds, or POSIX seconds in old schemas
/// (recognised by magnitude, see the module documentation).
pub fn download_time(v: i64) -> Option<chrono::DateTime<chrono::Utc>> {
    if v.unsigned_abs() < 100_000_000_000 {
        time::from_unix_secs(v)
    } else {
        time::from_webkit(v)
    }
}

fn history(ctx: &mut Ctx<'_>, db: &Db, src: &Source<'_>) {
    let Some(urls) = db.require_table(ctx, "urls", "Chromium History") else {
        return;
    };
    let Some(visits) = db.require_table(ctx, "visits", "Chromium History") else {
        return;
    };
    let (referrer_join, referrer) = if visits.contains("from_visit") {
        (
            "LEFT JOIN visits fv ON fv.id = v.from_visit AND v.from_visit != 0 \
             LEFT JOIN urls fu ON fu.id = fv.url",
            "fu.url",
        )
    } else {
        ("", "NULL")
    };
    let cols = Columns::new()
        .expr("v.rowid", "visit_id")
        .table(
            &urls,
            "u",
            &[
                ("url", "url"),
                ("title", "title"),
                ("visit_count", "visit_count"),
                ("typed_count", "typed_count"),
                ("hidden", "hidden"),
            ],
        )
        .table(
            &visits,
            "v",
            &[
                ("visit_time", "visit_time"),
                ("from_visit", "from_visit"),
                ("transition", "transition"),
                ("visit_duration", "visit_duration"),
                ("external_referrer_url", "external_referrer_url"),
            ],
        )
        .expr(referrer, "referrer");
    let sql = format!(
        "SELECT {} FROM visits v LEFT JOIN urls u ON u.id = v.url {referrer_join} ORDER BY v.rowid",
        cols.sql()
    );
    db.for_each_row(ctx, "visits", &sql, &cols, |ctx, r| {
        let t = r.i64("visit_time");
        let raw_tr = r.i64("transition");
        let (tr, quals) = match raw_tr {
            Some(raw) => {
                let (n, q) = decode_transition(raw);
                (Value::from(n), Value::from(q))
            }
            None => (Value::Null, Value::Null),
        };
        let rec = src
            .record(ctx)
            .time(t.and_then(time::from_webkit), r.json("visit_time"))
            .sql_text("url", "url_b64", r.raw("url"))
            .sql_text("title", "title_b64", r.raw("title"))
            .set("visit_count", r.i64("visit_count"))
            .set("typed_count", r.i64("typed_count"))
            .set("hidden", r.i64("hidden").map(|h| h != 0))
            .sql_text("referrer", "referrer_b64", r.raw("referrer"))
            .sql_text(
                "external_referrer_url",
                "external_referrer_url_b64",
                r.raw("external_referrer_url"),
            )
            .set("transition", tr)
            .set("transition_qualifiers", quals)
            .set("transition_raw", raw_tr)
            .set("visit_duration_us", r.i64("visit_duration"))
            .set("visit_id", r.i64("visit_id"))
            .set("from_visit", r.i64("from_visit"));
        ctx.emit(HISTORY, rec);
        Ok(())
    });
}

/// Download columns: (stored column, alias).
const DOWNLOAD_COLUMNS: [(&str, &str); 21] = [
    ("guid", "guid"),
    ("current_path", "current_path"),
    ("target_path", "target_path"),
    ("full_path", "full_path"),
    ("url", "url"),
    ("start_time", "start_time"),
    ("end_time", "end_time"),
    ("received_bytes", "received_bytes"),
    ("total_bytes", "total_bytes"),
    ("state", "state"),
    ("danger_type", "danger_type"),
    ("interrupt_reason", "interrupt_reason"),
    ("opened", "opened"),
    ("last_access_time", "last_access_time"),
    ("referrer", "referrer"),
    ("site_url", "site_url"),
    ("tab_url", "tab_url"),
    ("tab_referrer_url", "tab_referrer_url"),
    ("mime_type", "mime_type"),
    ("original_mime_type", "original_mime_type"),
    ("by_ext_name", "by_ext_name"),
];

fn downloads(ctx: &mut Ctx<'_>, db: &Db, src: &Source<'_>) {
    let target = src.target;
    let Some(have) = db.require_table(ctx, "downloads", "Chromium History") else {
        return;
    };
    let chains = db.optional_table(ctx, "downloads_url_chains");
    let mut chain_stmt = match chains {
        Some(ref c) if c.contains("id") && c.contains("url") => {
            let order = if c.contains("chain_index") {
                "chain_index"
            } else {
                "rowid"
            };
            match db.conn().prepare(&format!(
                "SELECT url FROM downloads_url_chains WHERE id = ?1 ORDER BY {order}"
            )) {
                Ok(s) => Some(s),
                Err(e) => {
                    ctx.error(target, format!("cannot query downloads_url_chains: {e}"));
                    None
                }
            }
        }
        _ => None,
    };
    let cols = Columns::new()
        .expr("d.rowid", "download_id")
        .table(&have, "d", &DOWNLOAD_COLUMNS);
    let sql = format!("SELECT {} FROM downloads d ORDER BY d.rowid", cols.sql());
    db.for_each_row(ctx, "downloads", &sql, &cols, |ctx, r| {
        let id = r.i64("download_id");
        // The chain's URLs as stored (TEXT need not be UTF-8).
        let mut chain: Option<Vec<Vec<u8>>> = None;
        if let (Some(stmt), Some(id)) = (chain_stmt.as_mut(), id) {
            // Without an index this lookup scans the whole table: when the
            // run stops, the interruption ends the query of downloads too.
            match stmt.query_map([id], |r| r.get_ref(0).map(stored_bytes)) {
                Ok(it) => {
                    let mut v = Vec::new();
                    for u in it {
                        match u {
                            Ok(b) => v.push(b),
                            Err(e) if is_interrupted(&e) => return Err(e),
                            Err(e) => {
                                ctx.error(target, format!("downloads_url_chains of {id}: {e}"));
                                break;
                            }
                        }
                    }
                    chain = Some(v);
                }
                Err(e) if is_interrupted(&e) => return Err(e),
                Err(e) => ctx.error(target, format!("downloads_url_chains of {id}: {e}")),
            }
        }
        let chain_b64: Option<Vec<Option<String>>> = chain
            .as_ref()
            .map(|c| c.iter().map(|u| text::b64_if_not_utf8_bytes(u)).collect())
            .filter(|c: &Vec<Option<String>>| c.iter().any(Option::is_some));
        let chain_text: Option<Vec<String>> = chain.as_ref().map(|c| {
            c.iter()
                .map(|u| String::from_utf8_lossy(u).into_owned())
                .collect()
        });
        let not_null = |alias: &str| r.raw(alias).filter(|v| !matches!(v, ValueRef::Null));
        // The last URL of the chain, else the row's own.
        let url = chain
            .as_ref()
            .and_then(|c| c.last())
            .map(|u| ValueRef::Text(u));
        let url = url.or_else(|| not_null("url"));
        let start = r.i64("start_time");
        let end = r.i64("end_time");
        let last_access = r.i64("last_access_time");
        let state = r.i64("state");
        let danger = r.i64("danger_type");
        let target_path = not_null("target_path").or_else(|| not_null("full_path"));
        let mut rec = src
            .record(ctx)
            .time(start.and_then(download_time), r.json("start_time"))
            .sql_text("url", "url_b64", url)
            .set("url_chain", chain_text)
            .sql_text("target_path", "target_path_b64", target_path)
            .sql_text("current_path", "current_path_b64", r.raw("current_path"))
            .set(
                "end_time",
                crate::kit::time::json(end.and_then(download_time)),
            )
            .set("end_time_raw", r.json("end_time"))
            .set("received_bytes", r.i64("received_bytes"))
            .set("total_bytes", r.i64("total_bytes"))
            .set("state", state.and_then(download_state))
            .set("state_raw", state)
            .set("danger_type", danger.and_then(danger_type))
            .set("danger_type_raw", danger)
            .set("interrupt_reason", r.i64("interrupt_reason"))
            .set("opened", r.i64("opened").map(|o| o != 0))
            .set(
                "last_access_time",
                crate::kit::time::json(last_access.and_then(time::from_webkit)),
            )
            .set("last_access_time_raw", r.json("last_access_time"))
            .sql_text("referrer", "referrer_b64", r.raw("referrer"))
            .sql_text("site_url", "site_url_b64", r.raw("site_url"))
            .sql_text("tab_url", "tab_url_b64", r.raw("tab_url"))
            .sql_text(
                "tab_referrer_url",
                "tab_referrer_url_b64",
                r.raw("tab_referrer_url"),
            )
            .sql_text("mime_type", "mime_type_b64", r.raw("mime_type"))
            .sql_text(
                "original_mime_type",
                "original_mime_type_b64",
                r.raw("original_mime_type"),
            )
            .sql_text("extension_name", "extension_name_b64", r.raw("by_ext_name"))
            .sql_text("guid", "guid_b64", r.raw("guid"))
            .set("download_id", id);
        if let Some(b) = chain_b64 {
            rec.insert("url_chain_b64", b);
        }
        ctx.emit(DOWNLOADS, rec);
        Ok(())
    });
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn transitions() {
        assert_eq!(decode_transition(0), ("LINK".into(), vec![]));
        // TYPED | CHAIN_START | CHAIN_END | FROM_ADDRESS_BAR
        let (c, q) = decode_transition(0x3200_0001);
        assert_eq!(c, "TYPED");
        assert_eq!(q, vec!["FROM_ADDRESS_BAR", "CHAIN_START", "CHAIN_END"]);
        // Stored signed: SERVER_REDIRECT | CHAIN_END | LINK = -1610612736.
        let (c, q) = decode_transition(-1_610_612_736);
        assert_eq!(c, "LINK");
        assert_eq!(q, vec!["CHAIN_END", "SERVER_REDIRECT"]);
        let (c, q) = decode_transition(0x0040_0063);
        assert_eq!(c, "UNKNOWN_99");
        assert_eq!(q, vec!["0x00400000"]);
    }

    #[test]
    fn download_times_by_magnitude() {
        assert_eq!(
            time::json(download_time(1_306_139_730)),
            serde_json::json!("2011-05-23T08:35:30Z")
        );
        assert_eq!(
            time::json(download_time(13_161_017_331_811_123)),
            serde_json::json!("2018-01-21T14:08:51.811123Z")
        );
        assert_eq!(download_time(0), None);
    }
}
