//! A database held open and exclusively locked by another process, with its
//! newest rows only in the write-ahead log, is still collected in full.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use common::*;

/// Creates a Chrome History in WAL mode, commits 3 visits into the main
/// file and 2 more that stay in the WAL, then holds an exclusive lock until
/// killed.
const HOLDER: &str = r#"
import sqlite3, sys, time
db = sys.argv[1]
c = sqlite3.connect(db, isolation_level=None)
c.execute("PRAGMA journal_mode=WAL")
c.execute("PRAGMA wal_autocheckpoint=0")
c.execute("CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR)")
c.execute("INSERT INTO meta VALUES('version','56')")
c.execute("CREATE TABLE urls(id INTEGER PRIMARY KEY AUTOINCREMENT, url LONGVARCHAR, title LONGVARCHAR, visit_count INTEGER DEFAULT 0 NOT NULL, typed_count INTEGER DEFAULT 0 NOT NULL, last_visit_time INTEGER NOT NULL, hidden INTEGER DEFAULT 0 NOT NULL)")
c.execute("CREATE TABLE visits(id INTEGER PRIMARY KEY, url INTEGER NOT NULL, visit_time INTEGER NOT NULL, from_visit INTEGER, transition INTEGER DEFAULT 0 NOT NULL, segment_id INTEGER, visit_duration INTEGER DEFAULT 0 NOT NULL)")
c.execute("CREATE TABLE downloads(id INTEGER PRIMARY KEY, guid VARCHAR NOT NULL, current_path LONGVARCHAR NOT NULL, target_path LONGVARCHAR NOT NULL, start_time INTEGER NOT NULL, received_bytes INTEGER NOT NULL, total_bytes INTEGER NOT NULL, state INTEGER NOT NULL, danger_type INTEGER NOT NULL, interrupt_reason INTEGER NOT NULL, end_time INTEGER NOT NULL, opened INTEGER NOT NULL, referrer VARCHAR NOT NULL, mime_type VARCHAR(255) NOT NULL)")
c.execute("CREATE TABLE downloads_url_chains(id INTEGER NOT NULL, chain_index INTEGER NOT NULL, url LONGVARCHAR NOT NULL, PRIMARY KEY (id, chain_index))")
def visit(i):
    t = 13_300_000_000_000_000 + i * 1_000_000
    c.execute("INSERT INTO urls(id,url,title,visit_count,last_visit_time) VALUES(?,?,?,1,?)", (i, "https://example.invalid/%d" % i, "page %d" % i, t))
    c.execute("INSERT INTO visits(id,url,visit_time,from_visit,transition) VALUES(?,?,?,0,805306368)", (i, i, t))
for i in range(1, 4):
    visit(i)
c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
for i in range(4, 6):
    visit(i)
c.execute("PRAGMA locking_mode=EXCLUSIVE")
c.execute("BEGIN EXCLUSIVE")
c.execute("INSERT INTO meta VALUES('uncommitted','1')")
c.execute("INSERT INTO downloads VALUES(9,'g','/Users/alice/Downloads/p.pkg','/Users/alice/Downloads/p.pkg',13300000005000000,10,10,1,0,0,13300000006000000,0,'','application/octet-stream')")
print("ready", flush=True)
time.sleep(120)
"#;

#[test]
fn a_locked_database_is_collected_with_its_wal_rows() {
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("python3 not found; skipping");
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    let profile = root.join("Users/alice/Library/Application Support/Google/Chrome/Default");
    std::fs::create_dir_all(&profile).unwrap();
    let db = profile.join("History");
    let mut holder = Command::new("python3")
        .args(["-c", HOLDER])
        .arg(&db)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(holder.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(line.trim(), "ready");
    assert!(
        std::fs::metadata(profile.join("History-wal"))
            .unwrap()
            .len()
            > 0
    );
    let before = snapshot(&root);

    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let run = collect(&root, &out, &["--only", "browsers"]);
    let _ = holder.kill();
    let _ = holder.wait();
    assert_eq!(run.code, 0, "{}", run.stderr);

    let members = members_map(&run.tarball());
    let visits = jsonl(&members, "browser_history");
    let urls: Vec<&str> = visits.iter().map(|v| v["url"].as_str().unwrap()).collect();
    assert_eq!(
        urls,
        (1..=5)
            .map(|i| format!("https://example.invalid/{i}"))
            .collect::<Vec<_>>()
    );
    // Exact integer conversion of the stored WebKit time.
    assert_eq!(visits[0]["timestamp_raw"], 13_300_000_001_000_000i64);
    assert_eq!(visits[0]["timestamp"], "2022-06-18T04:26:41Z");
    assert_eq!(
        visits[0]["transition"].as_str().unwrap().split('|').next(),
        Some("LINK")
    );
    // The uncommitted download (inside the held transaction) is not there.
    assert!(jsonl(&members, "browser_downloads").is_empty());
    // The database and its WAL are in the archive byte for byte.
    let prefix = "[root]/Users/alice/Library/Application Support/Google/Chrome/Default/History";
    assert!(members.contains_key(prefix));
    assert!(members.contains_key(&format!("{prefix}-wal")));
    // And the original was not touched while locked.
    assert_eq!(snapshot(&root), before);
}
