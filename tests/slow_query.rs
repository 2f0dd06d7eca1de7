//! `--time-limit` holds inside one SQLite query: a Chromium `History` whose
//! `downloads_url_chains` has millions of rows and no index makes each
//! download's chain lookup scan the whole table, so reading the downloads
//! takes far longer than the limit. The query is interrupted when the run
//! stops, the rows read before are kept, and the cut is reported on the
//! database. Alone in its own test binary, so that no other test competes
//! for the CPU while it is timed.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::*;

const DOWNLOADS: u64 = 400;
const FILLER_CHAIN_ROWS: u64 = 3_000_000;
const HISTORY: &str = "Users/alice/Library/Application Support/Google/Chrome/Default/History";

/// A History with `DOWNLOADS` downloads, each with one chain entry, among
/// `FILLER_CHAIN_ROWS` chain rows of other ids: no primary key (Chrome's
/// is `(id, chain_index)`), so no index, so every lookup is a full scan.
fn slow_history(path: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let c = rusqlite::Connection::open(path).unwrap();
    c.execute_batch(&format!(
        "CREATE TABLE urls(id INTEGER PRIMARY KEY, url LONGVARCHAR, title LONGVARCHAR,
           visit_count INTEGER DEFAULT 0 NOT NULL, typed_count INTEGER DEFAULT 0 NOT NULL,
           last_visit_time INTEGER NOT NULL, hidden INTEGER DEFAULT 0 NOT NULL);
         CREATE TABLE visits(id INTEGER PRIMARY KEY, url INTEGER NOT NULL,
           visit_time INTEGER NOT NULL, from_visit INTEGER, transition INTEGER DEFAULT 0 NOT NULL,
           segment_id INTEGER, visit_duration INTEGER DEFAULT 0 NOT NULL);
         CREATE TABLE downloads(id INTEGER PRIMARY KEY, guid VARCHAR NOT NULL,
           current_path LONGVARCHAR NOT NULL, target_path LONGVARCHAR NOT NULL,
           start_time INTEGER NOT NULL, received_bytes INTEGER NOT NULL,
           total_bytes INTEGER NOT NULL, state INTEGER NOT NULL);
         CREATE TABLE downloads_url_chains(id INTEGER NOT NULL, chain_index INTEGER NOT NULL,
           url LONGVARCHAR NOT NULL);
         BEGIN;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {DOWNLOADS})
           INSERT INTO downloads SELECT i, 'guid-' || i, '/Users/alice/Downloads/f' || i,
             '/Users/alice/Downloads/f' || i, 13350000000000000 + i, 10, 10, 1 FROM n;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {FILLER_CHAIN_ROWS})
           INSERT INTO downloads_url_chains SELECT {DOWNLOADS} + i, 0, '' FROM n;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {DOWNLOADS})
           INSERT INTO downloads_url_chains SELECT i, 0, 'https://dl.example.test/' || i FROM n;
         COMMIT;"
    ))
    .unwrap();
}

#[test]
fn a_slow_query_is_interrupted_at_the_time_limit_and_the_cut_reported() {
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    slow_history(&root.join(HISTORY));
    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();

    let started = Instant::now();
    let run = collect_within(
        &root,
        &out,
        &["--only", "browsers", "--time-limit", "2s"],
        Duration::from_secs(120),
    );
    let elapsed = started.elapsed();
    assert_eq!(run.code, 1, "{}", run.stderr);
    // Standalone this ends at about 2.0 s; without the interruption the
    // downloads took 36 s on the same machine.
    assert!(
        elapsed < Duration::from_secs(5),
        "the run took {elapsed:?} with a 2 s limit"
    );

    let members = check_sound_tarball(&run);
    let man = manifest(&members);
    assert_eq!(man["collection"]["limits"]["time_limit_reached"], true);
    let target = format!("/{HISTORY}");
    let cuts: Vec<&serde_json::Value> = man["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["path"] == target.as_str() && s["kind"] == "cut_short")
        .collect();
    assert_eq!(cuts.len(), 1, "{:#}", man["skipped"]);
    let cut = cuts[0];
    assert_eq!(cut["collector"], "browsers");
    assert_eq!(cut["limit"], "time_limit");
    // The downloads read before the cut are kept, in order, whole.
    let downloads = jsonl(&members, "browser_downloads");
    assert!(
        (downloads.len() as u64) < DOWNLOADS,
        "every download was read: the test proves nothing"
    );
    assert_eq!(
        cut["message"],
        format!(
            "downloads: stopped by --time-limit after {} rows; the rest are not read",
            downloads.len()
        )
    );
    for (i, d) in downloads.iter().enumerate() {
        let id = i as u64 + 1;
        assert_eq!(d["download_id"], id);
        let url = format!("https://dl.example.test/{id}");
        assert_eq!(d["url"], url.as_str());
        assert_eq!(d["url_chain"], serde_json::json!([url]));
    }
    assert_eq!(collector(&man, "browsers")["status"], "partial");
    assert_eq!(
        collector(&man, "browsers")["records"],
        downloads.len() as u64
    );
}
