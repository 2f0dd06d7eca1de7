//! Web browser history and downloads: Safari, the Chromium family, Firefox
//! and its forks.
//!
//! **Artifacts.** Every browser keeps its history in SQLite, usually in WAL
//! mode while it runs; the newest visits often exist only in the `-wal`.
//! Databases are staged with their companions ([`Ctx::acquire_sqlite`]) and
//! the staged copy is read, so WAL-only rows are included and the originals
//! are never opened by SQLite.
//!
//! **Where** (per home, under `~/Library`):
//! - Safari ([`safari`]): `Safari/History.db`, `Safari/Downloads.plist`, the
//!   same under `Containers/com.apple.Safari/Data/Library/Safari/`, and the
//!   Safari 17 profiles in `…/Safari/Profiles/<UUID>/`;
//! - Chromium family ([`chromium`]): `Application Support/<vendor dir>/<profile>/History`
//!   (and `Archived History` of old versions) for Chrome (stable, Beta, Dev,
//!   Canary), Chromium, Edge (stable, Beta, Dev, Canary), Brave, Opera,
//!   Opera GX, Vivaldi, Arc; every subdirectory holding a `History` is a
//!   profile (`Default`, `Profile N`, `Guest Profile`, `System Profile`...);
//! - Firefox and forks ([`firefox`]): `Application Support/<Firefox|LibreWolf|Waterfox|…>/Profiles/*/places.sqlite`
//!   and the legacy `downloads.sqlite`.
//!
//! **Output** `parsed/browser_history.jsonl` (one record per visit, and per
//! Safari `history_tombstones` row with `deleted: true`) and
//! `parsed/browser_downloads.jsonl` (one record per download); every field is
//! described in `docs/collectors/browsers.md`. Stored times are kept beside
//! each converted time as `*_raw`.
//!
//! **Robustness.** Databases are read through [`crate::kit::sqlite`]:
//! columns by name ([`Columns`]), so missing and extra columns are
//! tolerated. A database that cannot be opened (corrupt, truncated,
//! encrypted, empty) or that lacks a table it must have is an error for
//! that database only; the others go on. Rows are streamed, never
//! collected, so memory does not grow with the size of a history.
//!
//! **References.** plaso `parsers/sqlite_plugins/{safari,chrome_history,firefox_history,firefox_downloads}.py`;
//! hindsight `pyhindsight/browsers/chrome.py`; artemis
//! `forensics/src/artifacts/applications/{safari,chromium,firefox}`; mac_apt
//! `plugins/safari.py`; Chromium `ui/base/page_transition_types.h`,
//! `components/history/core/browser/history_database.cc`,
//! `components/history/core/browser/download_constants.h`; Mozilla
//! `toolkit/components/places/nsINavHistoryService.idl`,
//! `toolkit/components/downloads/DownloadHistory.sys.mjs`.
//!
//! [`Columns`]: crate::kit::sqlite::Columns

pub mod chromium;
pub mod firefox;
pub mod safari;
#[cfg(test)]
mod tests;

use std::path::Path;

use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::source::Kind;
use crate::kit::{Collector, Ctx, Fatal};

pub struct Browsers;

/// One record per visit (and per Safari deleted-history tombstone).
pub const HISTORY: &str = "browser_history";
/// One record per download.
pub const DOWNLOADS: &str = "browser_downloads";

static DESCRIPTION: Description = Description {
    name: "browsers",
    reads: "Safari, Chromium-family and Firefox history and downloads (every home, every profile)",
    outputs: &[HISTORY, DOWNLOADS],
    scope: Scope::AnyRoot,
    cost: Cost::Bulk,
};

impl Collector for Browsers {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        for user in ctx.users() {
            if ctx.should_stop() {
                break;
            }
            safari::collect(ctx, user);
            chromium::collect(ctx, user);
            firefox::collect(ctx, user);
        }
        Ok(())
    }
}

/// The subdirectories of `dir` (symlinks are not followed). Absent is
/// silent; any other listing failure is an error.
pub(crate) fn subdirs(ctx: &mut Ctx<'_>, dir: &Path) -> Vec<(String, std::path::PathBuf)> {
    match ctx.source().read_dir(dir) {
        Ok(entries) => entries
            .into_iter()
            .filter(|e| e.kind == Kind::Dir)
            .map(|e| (e.name.to_string_lossy().into_owned(), e.path))
            .collect(),
        Err(e) if e.is_not_found() => Vec::new(),
        Err(e) => {
            ctx.source_error(dir, "cannot list directory", &e);
            Vec::new()
        }
    }
}

/// True when `path` exists on the target (any kind).
pub(crate) fn exists(ctx: &Ctx<'_>, path: &Path) -> bool {
    ctx.source().lstat(path).is_ok()
}

/// Decode `%XX` escapes of a `file://` URI into a plain path; other URIs,
/// and bytes that do not form UTF-8, are kept lossily. `file:///a%20b` →
/// `/a b`; `file://host/x` → `//host/x`.
pub fn file_uri_to_path(uri: &str) -> String {
    let rest = match uri.get(..7) {
        Some(p) if p.eq_ignore_ascii_case("file://") => uri.get(7..).unwrap_or_default(),
        _ => return uri.to_string(),
    };
    // An empty or `localhost` authority: the path starts at the next `/`.
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    let rest = if rest.starts_with('/') {
        rest.to_string()
    } else {
        format!("//{rest}")
    };
    let mut b = rest.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    while let Some((&c, tail)) = b.split_first() {
        if c == b'%' {
            if let Some(([hi, lo], after)) = tail.split_first_chunk::<2>() {
                let hex = |x: u8| (x as char).to_digit(16);
                if let (Some(h), Some(l)) = (hex(*hi), hex(*lo)) {
                    out.push((h * 16 + l) as u8);
                    b = after;
                    continue;
                }
            }
        }
        out.push(c);
        b = tail;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn file_uris() {
        assert_eq!(
            file_uri_to_path("file:///Users/a/Downloads/My%20File%E2%9C%93.zip"),
            "/Users/a/Downloads/My File\u{2713}.zip"
        );
        assert_eq!(file_uri_to_path("file:///D:/x%2"), "/D:/x%2");
        assert_eq!(file_uri_to_path("file://localhost/tmp/a"), "/tmp/a");
        assert_eq!(file_uri_to_path("FILE:///a%zz"), "/a%zz");
        assert_eq!(file_uri_to_path("https://x/%20"), "https://x/%20");
        assert_eq!(file_uri_to_path("file:///a%ff"), "/a\u{fffd}");
    }
}
