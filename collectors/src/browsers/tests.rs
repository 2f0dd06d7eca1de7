//! Tests of the browsers collector: fixtures built here with rusqlite, and
//! opt-in checks against real files (`MACTRIAGE_REALDATA`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde_json::{json, Value};

use super::{Browsers, DOWNLOADS, HISTORY};
use crate::kit::{testing, Status};

/// `<root>/Users/<user>/Library/<rel>`, created.
fn lib_dir(root: &Path, user: &str, rel: &str) -> PathBuf {
    let p = root.join("Users").join(user).join("Library").join(rel);
    std::fs::create_dir_all(&p).unwrap();
    p
}

const CHROME_SCHEMA: &str = "
    CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR);
    INSERT INTO meta VALUES ('version', '60');
    CREATE TABLE urls(id INTEGER PRIMARY KEY AUTOINCREMENT, url LONGVARCHAR, title LONGVARCHAR,
      visit_count INTEGER DEFAULT 0 NOT NULL, typed_count INTEGER DEFAULT 0 NOT NULL,
      last_visit_time INTEGER NOT NULL, hidden INTEGER DEFAULT 0 NOT NULL);
    CREATE TABLE visits(id INTEGER PRIMARY KEY, url INTEGER NOT NULL, visit_time INTEGER NOT NULL,
      from_visit INTEGER, transition INTEGER DEFAULT 0 NOT NULL, segment_id INTEGER,
      visit_duration INTEGER DEFAULT 0 NOT NULL);
    CREATE TABLE downloads(id INTEGER PRIMARY KEY, guid VARCHAR NOT NULL,
      current_path LONGVARCHAR NOT NULL, target_path LONGVARCHAR NOT NULL,
      start_time INTEGER NOT NULL, received_bytes INTEGER NOT NULL, total_bytes INTEGER NOT NULL,
      state INTEGER NOT NULL, danger_type INTEGER NOT NULL, interrupt_reason INTEGER NOT NULL,
      hash BLOB NOT NULL, end_time INTEGER NOT NULL, opened INTEGER NOT NULL,
      last_access_time INTEGER NOT NULL, transient INTEGER NOT NULL, referrer VARCHAR NOT NULL,
      site_url VARCHAR NOT NULL, tab_url VARCHAR NOT NULL, tab_referrer_url VARCHAR NOT NULL,
      http_method VARCHAR NOT NULL, by_ext_id VARCHAR NOT NULL, by_ext_name VARCHAR NOT NULL,
      etag VARCHAR NOT NULL, last_modified VARCHAR NOT NULL, mime_type VARCHAR(255) NOT NULL,
      original_mime_type VARCHAR(255) NOT NULL);
    CREATE TABLE downloads_url_chains(id INTEGER NOT NULL, chain_index INTEGER NOT NULL,
      url LONGVARCHAR NOT NULL, PRIMARY KEY (id, chain_index));";

/// WebKit time of 2024-01-01T00:00:00Z.
const WK_2024: i64 = 13_348_540_800_000_000;

/// A Chrome History whose checkpointed part holds one visit, and whose WAL
/// holds two more visits and a download. The returned connection must stay
/// open: closing it would checkpoint the WAL away.
fn chrome_with_wal(path: &Path) -> Connection {
    let c = Connection::open(path).unwrap();
    c.execute_batch(&format!(
        "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; {CHROME_SCHEMA}
         INSERT INTO urls VALUES (1, 'https://a.test/', 'A', 1, 1, {WK_2024}, 0);
         INSERT INTO visits VALUES (1, 1, {WK_2024}, 0, {typed}, 0, 0);
         PRAGMA wal_checkpoint(TRUNCATE);
         INSERT INTO urls VALUES (2, 'https://b.test/x', 'B', 2, 0, {WK_2024}, 0);
         INSERT INTO visits VALUES (2, 2, {t2}, 1, 0, 0, 5000000);
         INSERT INTO visits VALUES (3, 2, {t3}, 2, -1610612728, 0, 0);
         INSERT INTO downloads VALUES (7, 'G', '/Users/a/Downloads/f.dmg', '/Users/a/Downloads/f.dmg',
           {t2}, 10, 20, 4, 3, 40, X'', {t3}, 0, 0, 0, 'https://b.test/x', '', '', '', '',
           '', 'Ext', '', '', 'application/x-apple-diskimage', '');
         INSERT INTO downloads_url_chains VALUES (7, 1, 'https://cdn.test/f.dmg');
         INSERT INTO downloads_url_chains VALUES (7, 0, 'https://b.test/f.dmg');",
        typed = 0x3000_0001,
        t2 = WK_2024 + 1_000_001,
        t3 = WK_2024 + 2_000_000,
    ))
    .unwrap();
    c
}

fn by_profile(recs: &[Value]) -> BTreeMap<String, Vec<Value>> {
    let mut m: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for r in recs {
        let key = format!(
            "{}/{}",
            r["browser"].as_str().unwrap_or(""),
            r["profile"].as_str().unwrap_or("")
        );
        m.entry(key).or_default().push(r.clone());
    }
    m
}

#[test]
fn chromium_wal_rows_profiles_transitions_and_chains() {
    let d = tempfile::tempdir().unwrap();
    let root = d.path();
    let def = lib_dir(root, "a", "Application Support/Google/Chrome/Default");
    let _keep = chrome_with_wal(&def.join("History"));
    assert!(def.join("History-wal").exists());
    // Opera keeps its profile in the vendor directory itself; a second
    // Edge profile with the old (pre-chain) downloads schema.
    let opera = lib_dir(root, "a", "Application Support/com.operasoftware.Opera");
    let c = Connection::open(opera.join("History")).unwrap();
    c.execute_batch(&format!(
        "{CHROME_SCHEMA} INSERT INTO urls VALUES (1, 'https://o.test/', NULL, 1, 0, 0, 1);
         INSERT INTO visits VALUES (1, 1, {WK_2024}, NULL, 8, 0, 0);"
    ))
    .unwrap();
    drop(c);
    let edge = lib_dir(root, "b", "Application Support/Microsoft Edge/Profile 1");
    let c = Connection::open(edge.join("History")).unwrap();
    c.execute_batch(
        "CREATE TABLE urls(id INTEGER PRIMARY KEY, url, title, visit_count, typed_count,
           last_visit_time, hidden, favicon_id);
         CREATE TABLE visits(id INTEGER PRIMARY KEY, url, visit_time, from_visit, transition,
           segment_id, is_indexed);
         CREATE TABLE downloads(id INTEGER PRIMARY KEY, full_path, url, start_time,
           received_bytes, total_bytes, state);
         INSERT INTO downloads VALUES (1, '/tmp/x.exe', 'http://old.test/x.exe', 1306139730,
           5, 5, 1);",
    )
    .unwrap();
    drop(c);
    // A directory without History is not a profile.
    lib_dir(root, "a", "Application Support/Google/Chrome/Crashpad");

    let (report, sink) = testing::run_on(root, &Browsers);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let hist = by_profile(&sink.records(HISTORY));
    assert_eq!(
        hist.keys().collect::<Vec<_>>(),
        vec!["Google Chrome/Default", "Opera/com.operasoftware.Opera"]
    );
    let chrome = &hist["Google Chrome/Default"];
    assert_eq!(chrome.len(), 3, "the two WAL-only visits are read");
    assert_eq!(chrome[0]["url"], "https://a.test/");
    assert_eq!(chrome[0]["timestamp"], "2024-01-01T00:00:00Z");
    assert_eq!(chrome[0]["timestamp_raw"], WK_2024);
    assert_eq!(chrome[0]["transition"], "TYPED");
    assert_eq!(
        chrome[0]["transition_qualifiers"],
        json!(["CHAIN_START", "CHAIN_END"])
    );
    assert_eq!(chrome[0]["referrer"], Value::Null);
    assert_eq!(chrome[1]["referrer"], "https://a.test/");
    assert_eq!(chrome[1]["timestamp"], "2024-01-01T00:00:01.000001Z");
    assert_eq!(chrome[1]["visit_duration_us"], 5_000_000);
    assert_eq!(chrome[1]["user"], "a");
    assert_eq!(chrome[2]["referrer"], "https://b.test/x");
    // -1610612728 = 0xA0000008: RELOAD | CHAIN_END | SERVER_REDIRECT.
    assert_eq!(chrome[2]["transition"], "RELOAD");
    assert_eq!(chrome[2]["transition_raw"], -1_610_612_728i64);
    assert_eq!(
        chrome[2]["transition_qualifiers"],
        json!(["CHAIN_END", "SERVER_REDIRECT"])
    );
    let opera = &hist["Opera/com.operasoftware.Opera"];
    assert_eq!(opera[0]["hidden"], true);
    assert_eq!(opera[0]["title"], Value::Null);

    let dl = sink.records(DOWNLOADS);
    assert_eq!(dl.len(), 2);
    let c = &dl[0];
    assert_eq!(c["url"], "https://cdn.test/f.dmg");
    assert_eq!(
        c["url_chain"],
        json!(["https://b.test/f.dmg", "https://cdn.test/f.dmg"])
    );
    assert_eq!(c["target_path"], "/Users/a/Downloads/f.dmg");
    assert_eq!(c["timestamp"], "2024-01-01T00:00:01.000001Z");
    assert_eq!(c["end_time"], "2024-01-01T00:00:02Z");
    assert_eq!(c["end_time_raw"], WK_2024 + 2_000_000);
    assert_eq!(c["state"], "INTERRUPTED");
    assert_eq!(c["danger_type"], "DANGEROUS_CONTENT");
    assert_eq!(c["danger_type_raw"], 3);
    assert_eq!(c["received_bytes"], 10);
    assert_eq!(c["total_bytes"], 20);
    assert_eq!(c["mime_type"], "application/x-apple-diskimage");
    assert_eq!(c["extension_name"], "Ext");
    assert_eq!(c["last_access_time"], Value::Null);
    let old = &dl[1];
    assert_eq!(old["browser"], "Microsoft Edge");
    assert_eq!(old["profile"], "Profile 1");
    assert_eq!(old["url"], "http://old.test/x.exe");
    assert_eq!(old["url_chain"], Value::Null);
    assert_eq!(old["target_path"], "/tmp/x.exe");
    assert_eq!(old["timestamp"], "2011-05-23T08:35:30Z");
    assert_eq!(old["timestamp_raw"], 1_306_139_730);
    assert_eq!(old["end_time"], Value::Null);
    assert_eq!(old["state"], "COMPLETE");
    // Every database and its WAL went to the archive.
    let members = sink.members();
    assert!(members.contains(
        &"[root]/Users/a/Library/Application Support/Google/Chrome/Default/History-wal".into()
    ));
}

const PLACES_SCHEMA: &str = "
    CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url LONGVARCHAR, title LONGVARCHAR,
      rev_host LONGVARCHAR, visit_count INTEGER DEFAULT 0, hidden INTEGER DEFAULT 0 NOT NULL,
      typed INTEGER DEFAULT 0 NOT NULL, frecency INTEGER DEFAULT -1 NOT NULL,
      last_visit_date INTEGER, guid TEXT, foreign_count INTEGER DEFAULT 0 NOT NULL,
      url_hash INTEGER DEFAULT 0 NOT NULL, description TEXT, preview_image_url TEXT,
      origin_id INTEGER);
    CREATE TABLE moz_historyvisits (id INTEGER PRIMARY KEY, from_visit INTEGER,
      place_id INTEGER, visit_date INTEGER, visit_type INTEGER, session INTEGER);
    CREATE TABLE moz_anno_attributes (id INTEGER PRIMARY KEY, name VARCHAR(32) UNIQUE NOT NULL);
    CREATE TABLE moz_annos (id INTEGER PRIMARY KEY, place_id INTEGER NOT NULL,
      anno_attribute_id INTEGER, content LONGVARCHAR, flags INTEGER DEFAULT 0,
      expiration INTEGER DEFAULT 0, type INTEGER DEFAULT 0, dateAdded INTEGER DEFAULT 0,
      lastModified INTEGER DEFAULT 0);";

#[test]
fn firefox_history_and_annotation_downloads() {
    let d = tempfile::tempdir().unwrap();
    let root = d.path();
    let prof = lib_dir(
        root,
        "a",
        "Application Support/Firefox/Profiles/abcd.default-release",
    );
    let c = Connection::open(prof.join("places.sqlite")).unwrap();
    c.execute_batch(&format!(
        "{PLACES_SCHEMA}
         INSERT INTO moz_places (id, url, title, visit_count, typed) VALUES
           (1, 'https://a.test/', 'A', 1, 1), (2, 'https://a.test/f%20x.zip', NULL, 1, 0);
         INSERT INTO moz_historyvisits VALUES (1, 0, 1, 1700000000123456, 2, 0);
         INSERT INTO moz_historyvisits VALUES (2, 1, 2, 1700000001000000, 7, 0);
         INSERT INTO moz_historyvisits VALUES (3, 99, 1, 1700000002000000, 42, 0);
         INSERT INTO moz_anno_attributes VALUES (1, 'downloads/destinationFileURI'),
           (2, 'downloads/metaData'), (3, 'bookmarkProperties/description');
         INSERT INTO moz_annos (place_id, anno_attribute_id, content, dateAdded) VALUES
           (2, 1, 'file:///Users/a/Downloads/f%20x.zip', 1700000001000000),
           (2, 2, '{{\"state\":1,\"endTime\":1700000003500,\"fileSize\":1234}}', 1700000003500000),
           (1, 3, 'not a download', 0);"
    ))
    .unwrap();
    drop(c);
    let (report, sink) = testing::run_on(root, &Browsers);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let h = sink.records(HISTORY);
    assert_eq!(h.len(), 3);
    assert_eq!(h[0]["browser"], "Firefox");
    assert_eq!(h[0]["profile"], "abcd.default-release");
    assert_eq!(h[0]["timestamp"], "2023-11-14T22:13:20.123456Z");
    assert_eq!(h[0]["timestamp_raw"], 1_700_000_000_123_456i64);
    assert_eq!(h[0]["visit_type"], "TYPED");
    assert_eq!(h[0]["visit_type_raw"], 2);
    assert_eq!(h[0]["typed"], true);
    assert_eq!(h[1]["visit_type"], "DOWNLOAD");
    assert_eq!(h[1]["referrer"], "https://a.test/");
    // A dangling from_visit and an unknown type.
    assert_eq!(h[2]["referrer"], Value::Null);
    assert_eq!(h[2]["visit_type"], Value::Null);
    assert_eq!(h[2]["visit_type_raw"], 42);
    let dl = sink.records(DOWNLOADS);
    assert_eq!(dl.len(), 1);
    assert_eq!(dl[0]["url"], "https://a.test/f%20x.zip");
    assert_eq!(dl[0]["target_path"], "/Users/a/Downloads/f x.zip");
    assert_eq!(dl[0]["target_uri"], "file:///Users/a/Downloads/f%20x.zip");
    assert_eq!(dl[0]["timestamp"], "2023-11-14T22:13:21Z");
    assert_eq!(dl[0]["end_time"], "2023-11-14T22:13:23.500Z");
    assert_eq!(dl[0]["end_time_raw"], 1_700_000_003_500i64);
    assert_eq!(dl[0]["state"], "FINISHED");
    assert_eq!(dl[0]["total_bytes"], 1234);
}

#[test]
fn profiles_ini_names_profiles_outside_the_profiles_directory() {
    let ini = "[General]\nStartWithLastProfile=1\n\n[Profile0]\nName=default\nIsRelative=1\nPath=Profiles/x.default\n\n[Profile1]\nName=work\nIsRelative=0\nPath=/Users/a/Documents/ff-work\n\n[Profile2]\nName=escape\nIsRelative=1\nPath=../../../../etc\n\n[Install4F96D1932A9F858E]\nDefault=Profiles/x.default\n";
    let base = Path::new("/Users/a/Library/Application Support/Firefox");
    let got = super::firefox::parse_profiles_ini(ini.as_bytes(), base);
    assert_eq!(
        got,
        vec![
            ("default".to_string(), base.join("Profiles/x.default")),
            (
                "work".to_string(),
                PathBuf::from("/Users/a/Documents/ff-work")
            ),
        ]
    );

    // Collected: the profile in Profiles/ once, and the one outside it.
    let d = tempfile::tempdir().unwrap();
    let root = d.path();
    let fx = lib_dir(root, "a", "Application Support/Firefox");
    std::fs::write(fx.join("profiles.ini"), ini).unwrap();
    let inside = lib_dir(root, "a", "Application Support/Firefox/Profiles/x.default");
    let outside = root.join("Users/a/Documents/ff-work");
    std::fs::create_dir_all(&outside).unwrap();
    for (dir, url) in [
        (&inside, "https://in.test/"),
        (&outside, "https://out.test/"),
    ] {
        let c = Connection::open(dir.join("places.sqlite")).unwrap();
        c.execute_batch(&format!(
            "{PLACES_SCHEMA}
             INSERT INTO moz_places (id, url, title, visit_count, typed) VALUES (1, '{url}', 'T', 1, 0);
             INSERT INTO moz_historyvisits VALUES (1, 0, 1, 1700000000000000, 1, 0);"
        ))
        .unwrap();
    }
    let (report, sink) = testing::run_on(root, &Browsers);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let h = sink.records(HISTORY);
    let urls: Vec<(&str, &str)> = h
        .iter()
        .map(|r| (r["profile"].as_str().unwrap(), r["url"].as_str().unwrap()))
        .collect();
    assert_eq!(
        urls,
        vec![
            ("x.default", "https://in.test/"),
            ("work", "https://out.test/")
        ]
    );
    assert!(sink
        .members()
        .contains(&"[root]/Users/a/Library/Application Support/Firefox/profiles.ini".to_string()));
}

#[test]
fn names_and_text_that_are_not_utf8_are_kept_exactly() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let d = tempfile::tempdir().unwrap();
    let root = d.path();
    // Two profile directories whose names differ only in bytes that are not
    // UTF-8, one named by an absolute Path= outside Profiles/.
    let fx = lib_dir(root, "a", "Application Support/Firefox");
    let inside = fx.join("Profiles").join(OsStr::from_bytes(b"p\xe9"));
    let outside = root.join("Users/a").join(OsStr::from_bytes(b"p\xe8"));
    let mut ini = b"[Profile0]\r\nName=w\xffrk\r\nIsRelative=0\r\nPath=/Users/a/p\xe8\r\n".to_vec();
    ini.extend_from_slice(b"[Profile1]\nIsRelative=1\nPath=Profiles/p\xe9\n");
    std::fs::write(fx.join("profiles.ini"), &ini).unwrap();
    let parsed = super::firefox::parse_profiles_ini(
        &ini,
        Path::new("/Users/a/Library/Application Support/Firefox"),
    );
    assert_eq!(parsed.len(), 2);
    assert_eq!(parsed[0].0, "w\u{fffd}rk");
    assert_eq!(parsed[0].1.as_os_str().as_bytes(), b"/Users/a/p\xe8");
    for (dir, url) in [
        (&inside, "X'68747470733A2F2F696E2E746573742FFF'"),
        (&outside, "'https://out.test/'"),
    ] {
        std::fs::create_dir_all(dir).unwrap();
        let c = Connection::open(dir.join("places.sqlite")).unwrap();
        c.execute_batch(&format!(
            "{PLACES_SCHEMA}
             INSERT INTO moz_places (id, url, title, visit_count, typed) VALUES (1, CAST({url} AS TEXT), 'T', 1, 0);
             INSERT INTO moz_historyvisits VALUES (1, 0, 1, 1700000000000000, 1, 0);"
        ))
        .unwrap();
    }
    let (report, sink) = testing::run_on(root, &Browsers);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let h = sink.records(HISTORY);
    assert_eq!(h.len(), 2, "{h:?}");
    let b64 = |b: &[u8]| {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(b)
    };
    assert_eq!(h[0]["url"], "https://in.test/\u{fffd}");
    assert_eq!(h[0]["url_b64"], b64(b"https://in.test/\xff"));
    assert_eq!(
        h[0]["source_b64"],
        b64(b"/Users/a/Library/Application Support/Firefox/Profiles/p\xe9/places.sqlite")
    );
    assert_eq!(h[1]["url"], "https://out.test/");
    assert!(h[1].get("url_b64").is_none());
    assert_eq!(h[1]["profile"], "w\u{fffd}rk");
    assert_eq!(h[1]["source_b64"], b64(b"/Users/a/p\xe8/places.sqlite"));
}

#[test]
fn safari_history_redirects_and_downloads_plist() {
    let d = tempfile::tempdir().unwrap();
    let root = d.path();
    let saf = lib_dir(root, "a", "Safari");
    let c = Connection::open(saf.join("History.db")).unwrap();
    c.execute_batch(
        "CREATE TABLE history_items (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL UNIQUE,
           domain_expansion TEXT NULL, visit_count INTEGER NOT NULL);
         CREATE TABLE history_visits (id INTEGER PRIMARY KEY AUTOINCREMENT,
           history_item INTEGER NOT NULL, visit_time REAL NOT NULL, title TEXT NULL,
           load_successful BOOLEAN NOT NULL DEFAULT 1, http_non_get BOOLEAN NOT NULL DEFAULT 0,
           synthesized BOOLEAN NOT NULL DEFAULT 0, redirect_source INTEGER NULL UNIQUE,
           redirect_destination INTEGER NULL UNIQUE, origin INTEGER NOT NULL DEFAULT 0);
         INSERT INTO history_items VALUES (1, 'http://x.test/', 'x', 1), (2, 'https://x.test/', 'x', 1);
         INSERT INTO history_visits (id, history_item, visit_time, title, redirect_destination)
           VALUES (1, 1, 700000000.25, NULL, 2);
         INSERT INTO history_visits (id, history_item, visit_time, title, redirect_source,
           load_successful) VALUES (2, 2, 700000000.5, 'X', 1, 0);",
    )
    .unwrap();
    drop(c);
    // A Safari 17 profile in the container.
    let prof = lib_dir(
        root,
        "a",
        "Containers/com.apple.Safari/Data/Library/Safari/Profiles/6A1B",
    );
    let mut entry = plist::Dictionary::new();
    entry.insert("DownloadEntryURL".into(), "https://x.test/a.pkg".into());
    entry.insert(
        "DownloadEntryPath".into(),
        "/Users/a/Downloads/a.pkg".into(),
    );
    entry.insert(
        "DownloadEntryBookmarkBlob".into(),
        plist::Value::Data(b"book\x00\x01".to_vec()),
    );
    entry.insert("DownloadEntryProgressBytesSoFar".into(), 100.into());
    entry.insert("DownloadEntryProgressTotalToLoad".into(), 200.into());
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_millis(1_678_307_200_250);
    entry.insert(
        "DownloadEntryDateAddedKey".into(),
        plist::Date::from(t).into(),
    );
    entry.insert("DownloadEntryIdentifier".into(), "ID-1".into());
    let mut top = plist::Dictionary::new();
    top.insert(
        "DownloadHistory".into(),
        plist::Value::Array(vec![plist::Value::Dictionary(entry), 5.into()]),
    );
    plist::Value::Dictionary(top)
        .to_file_binary(prof.join("Downloads.plist"))
        .unwrap();

    let (report, sink) = testing::run_on(root, &Browsers);
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert!(report.errors[0].message.contains("DownloadHistory[1]"));
    let h = sink.records(HISTORY);
    assert_eq!(h.len(), 2);
    assert_eq!(h[0]["browser"], "Safari");
    assert_eq!(h[0]["profile"], "Default");
    assert_eq!(h[0]["timestamp"], "2023-03-08T20:26:40.250Z");
    assert_eq!(h[0]["timestamp_raw"], 700_000_000.25);
    assert_eq!(h[0]["redirect_destination"], "https://x.test/");
    assert_eq!(h[0]["redirect_source"], Value::Null);
    assert_eq!(h[0]["visit_count"], 1);
    assert_eq!(h[1]["redirect_source"], "http://x.test/");
    assert_eq!(h[1]["load_successful"], false);
    assert_eq!(h[1]["title"], "X");
    let dl = sink.records(DOWNLOADS);
    assert_eq!(dl.len(), 1);
    assert_eq!(dl[0]["profile"], "6A1B");
    assert_eq!(dl[0]["url"], "https://x.test/a.pkg");
    assert_eq!(dl[0]["target_path"], "/Users/a/Downloads/a.pkg");
    assert_eq!(dl[0]["target_path_source"], "DownloadEntryPath");
    assert_eq!(dl[0]["bookmark_hex"], "626f6f6b0001");
    assert_eq!(dl[0]["timestamp"], "2023-03-08T20:26:40.250Z");
    assert_eq!(dl[0]["timestamp_raw"], 700_000_000.25);
    assert_eq!(dl[0]["end_time"], Value::Null);
    assert_eq!(dl[0]["received_bytes"], 100);
    assert_eq!(dl[0]["total_bytes"], 200);
}

/// `history_tombstones` rows (Safari's record of deleted history) become
/// history records with `deleted: true`; a History.db without the table
/// (older Safari) is no error.
#[test]
fn safari_tombstones_are_deleted_history() {
    let d = tempfile::tempdir().unwrap();
    let root = d.path();
    let schema = "CREATE TABLE history_items (id INTEGER PRIMARY KEY AUTOINCREMENT,
           url TEXT NOT NULL UNIQUE, visit_count INTEGER NOT NULL);
         CREATE TABLE history_visits (id INTEGER PRIMARY KEY AUTOINCREMENT,
           history_item INTEGER NOT NULL, visit_time REAL NOT NULL, title TEXT NULL);
         INSERT INTO history_items VALUES (1, 'https://kept.test/', 1);
         INSERT INTO history_visits VALUES (1, 1, 700000000.5, 'Kept');";
    let new = lib_dir(root, "a", "Safari");
    let c = Connection::open(new.join("History.db")).unwrap();
    // The table as Safari 11 and 15 create it.
    c.execute_batch(&format!(
        "{schema}
         CREATE TABLE history_tombstones (id INTEGER PRIMARY KEY AUTOINCREMENT,
           start_time REAL NOT NULL, end_time REAL NOT NULL, url TEXT,
           generation INTEGER NOT NULL DEFAULT 0);
         INSERT INTO history_tombstones VALUES (1, 700000000.0, 700003600.0, NULL, 0);
         INSERT INTO history_tombstones VALUES (2, -63114076800.0, 710000000.25, NULL, 3);
         INSERT INTO history_tombstones VALUES (3, 700000000.5, 700000000.5,
           'https://gone.test/page', 4);"
    ))
    .unwrap();
    drop(c);
    let old = lib_dir(root, "b", "Safari");
    Connection::open(old.join("History.db"))
        .unwrap()
        .execute_batch(schema)
        .unwrap();

    let (report, sink) = testing::run_on(root, &Browsers);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let h = sink.records(HISTORY);
    assert_eq!(h.len(), 2 + 3);
    let visits: Vec<&Value> = h.iter().filter(|r| r["deleted"] == false).collect();
    assert_eq!(visits.len(), 2);
    assert!(visits.iter().all(|r| r["url"] == "https://kept.test/"));
    let t: Vec<&Value> = h.iter().filter(|r| r["deleted"] == true).collect();
    assert_eq!(t.len(), 3);
    assert!(t.iter().all(|r| r["user"] == "a"
        && r["browser"] == "Safari"
        && r["profile"] == "Default"
        && r["title"].is_null()
        && r["visit_id"].is_null()));
    // An hour cleared: 700000000 to 700003600 s after 2001-01-01.
    assert_eq!(t[0]["tombstone_id"], 1);
    assert_eq!(t[0]["url"], Value::Null);
    assert_eq!(t[0]["timestamp"], "2023-03-08T21:26:40Z");
    assert_eq!(t[0]["timestamp_raw"], 700_003_600.0);
    assert_eq!(t[0]["deleted_from"], "2023-03-08T20:26:40Z");
    assert_eq!(t[0]["deleted_from_raw"], 700_000_000.0);
    assert_eq!(t[0]["deleted_until"], "2023-03-08T21:26:40Z");
    assert_eq!(t[0]["deleted_until_raw"], 700_003_600.0);
    assert_eq!(t[0]["generation"], 0);
    // All history: the range starts at NSDate.distantPast, 730487 days
    // before 2001-01-01: Apple prints it as 0001-01-01 (Julian calendar),
    // the proleptic Gregorian calendar of RFC 3339 gives 0000-12-30.
    assert_eq!(t[1]["deleted_from"], "0000-12-30T00:00:00Z");
    assert_eq!(t[1]["deleted_from_raw"], -63_114_076_800.0);
    assert_eq!(t[1]["timestamp"], "2023-07-02T14:13:20.250Z");
    assert_eq!(t[1]["generation"], 3);
    // One page's history removed.
    assert_eq!(t[2]["url"], "https://gone.test/page");
    assert_eq!(t[2]["timestamp"], "2023-03-08T20:26:40.500Z");
    assert_eq!(t[2]["tombstone_id"], 3);
}

/// Each broken database is one error; every other database is still read.
#[test]
fn broken_databases_each_one_error() {
    let d = tempfile::tempdir().unwrap();
    let root = d.path();
    // Good: read in full.
    let good = lib_dir(root, "a", "Application Support/Google/Chrome/Default");
    let _keep = chrome_with_wal(&good.join("History"));
    // Corrupt (or encrypted): not a database.
    let p = lib_dir(root, "a", "Application Support/Google/Chrome/Profile 1");
    std::fs::write(p.join("History"), vec![0xA5u8; 16384]).unwrap();
    // Missing the visits table.
    let p = lib_dir(root, "a", "Application Support/Google/Chrome/Profile 2");
    let c = Connection::open(p.join("History")).unwrap();
    c.execute_batch(&CHROME_SCHEMA.replace("CREATE TABLE visits", "CREATE TABLE visits_gone"))
        .unwrap();
    drop(c);
    // Empty file: SQLite sees an empty database, so no tables.
    let p = lib_dir(root, "a", "Application Support/Vivaldi/Default");
    std::fs::write(p.join("History"), b"").unwrap();
    // Truncated: the header promises pages that are not there.
    let p = lib_dir(root, "a", "Application Support/Firefox/Profiles/x.default");
    let c = Connection::open(p.join("places.sqlite")).unwrap();
    c.execute_batch(PLACES_SCHEMA).unwrap();
    c.execute_batch("BEGIN").unwrap();
    for i in 0..3000 {
        c.execute(
            "INSERT INTO moz_places (id, url, title) VALUES (?1, ?2, 'a somewhat long title')",
            rusqlite::params![
                i,
                format!("https://example.test/{i}/padding-padding-padding")
            ],
        )
        .unwrap();
        c.execute(
            "INSERT INTO moz_historyvisits VALUES (?1, 0, ?1, 1700000000000000, 1, 0)",
            [i],
        )
        .unwrap();
    }
    c.execute_batch("COMMIT").unwrap();
    drop(c);
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(p.join("places.sqlite"))
        .unwrap();
    let len = f.metadata().unwrap().len();
    f.set_len(len / 2).unwrap();
    drop(f);

    let (report, sink) = testing::run_on(root, &Browsers);
    assert_eq!(report.status, Status::Partial);
    let msgs: Vec<String> = report
        .errors
        .iter()
        .map(|e| format!("{}: {}", e.path.as_deref().unwrap_or(""), e.message))
        .collect();
    assert_eq!(report.errors.len(), 5, "{msgs:#?}");
    assert!(
        msgs[0].contains("Profile 1/History: cannot open database"),
        "{msgs:#?}"
    );
    assert!(msgs[0].contains("not a database"), "{msgs:#?}");
    assert!(
        msgs[1].contains("Profile 2/History: no `visits` table"),
        "{msgs:#?}"
    );
    assert!(
        msgs[2].contains("Vivaldi/Default/History: empty database"),
        "{msgs:#?}"
    );
    // The header check names the truncation, then SQLite fails.
    assert!(msgs[3].contains("places.sqlite: truncated"), "{msgs:#?}");
    assert!(msgs[4].contains("places.sqlite"), "{msgs:#?}");
    assert!(msgs[4].contains("malformed"), "{msgs:#?}");
    let hist = by_profile(&sink.records(HISTORY));
    assert_eq!(hist["Google Chrome/Default"].len(), 3);
    // The Profile 2 downloads table is intact and still read.
    assert_eq!(sink.records(DOWNLOADS).len(), 1);
}

/// One million visits parse in seconds, streaming.
#[test]
#[ignore = "slow: generates a one-million-visit History"]
fn one_million_visits() {
    let d = tempfile::tempdir().unwrap();
    let root = d.path();
    let p = lib_dir(root, "a", "Application Support/Google/Chrome/Default");
    let c = Connection::open(p.join("History")).unwrap();
    c.execute_batch(CHROME_SCHEMA).unwrap();
    let gen = std::time::Instant::now();
    c.execute_batch(&format!(
        "BEGIN;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
         INSERT INTO urls SELECT i, 'https://site' || i || '.test/page', 'Title ' || i, 20, 0,
           {WK_2024}, 0 FROM n;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
         INSERT INTO visits SELECT i, (i % 50000) + 1, {WK_2024} + i * 1000000,
           CASE WHEN i > 1 THEN i - 1 ELSE 0 END, 805306368, 0, 0 FROM n;
         COMMIT;"
    ))
    .unwrap();
    drop(c);
    eprintln!("generated in {:.2?}", gen.elapsed());
    let t = std::time::Instant::now();
    let (report, sink) = testing::run_on(root, &Browsers);
    let took = t.elapsed();
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    assert_eq!(report.records, 1_000_000);
    eprintln!("1,000,000 visits collected in {took:.2?}");
    let recs = sink.records(HISTORY);
    assert_eq!(recs.len(), 1_000_000);
    assert_eq!(recs[999_999]["referrer"], recs[999_998]["url"]);
    // A debug build on a shared 2-core machine; a release build is several
    // times faster. The bound catches accidental quadratic work (a missing
    // index on the referrer join, per-row schema queries), not noise.
    assert!(took.as_secs() < 180, "took {took:?}");
}

// ---------------------------------------------------------------------------
// Real files (opt-in: MACTRIAGE_REALDATA=/path/to/realdata)

fn realdata() -> PathBuf {
    crate::testdata::dir()
}

/// Copy `real/rel` (and its `-wal`, if any) to `dest_dir/name`.
fn place(real: &Path, rel: &str, dest_dir: &Path, name: &str) {
    std::fs::copy(real.join(rel), dest_dir.join(name)).unwrap();
    let wal = real.join(format!("{rel}-wal"));
    if wal.exists() {
        std::fs::copy(wal, dest_dir.join(format!("{name}-wal"))).unwrap();
    }
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn realdata_chromium_every_version() {
    let real = realdata();
    let d = tempfile::tempdir().unwrap();
    let root = d.path();
    let files = [
        ("plaso20", "chrome/plaso/History"),
        ("plaso57", "chrome/plaso/History-57.0.2987.133"),
        ("plaso58", "chrome/plaso/History-58.0.3029.96"),
        ("plaso59", "chrome/plaso/History-59.0.3071.86"),
        ("plaso59x", "chrome/plaso/History-59_added-fake-column"),
        ("h01", "chrome/hindsight/01/History"),
        ("h10", "chrome/hindsight/10/History"),
        ("h20", "chrome/hindsight/20/History"),
        ("h30", "chrome/hindsight/30/History"),
        ("h60", "chrome/hindsight/60/History"),
    ];
    for (profile, rel) in files {
        let dir = lib_dir(
            root,
            "u",
            &format!("Application Support/Google/Chrome/{profile}"),
        );
        place(&real, rel, &dir, "History");
    }
    let edge = lib_dir(root, "u", "Application Support/Microsoft Edge/Default");
    place(&real, "chrome/edge_v141/History", &edge, "History");

    let (report, sink) = testing::run_on(root, &Browsers);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let hist = by_profile(&sink.records(HISTORY));
    let dls = by_profile(&sink.records(DOWNLOADS));
    let counts: Vec<(String, usize, usize)> = hist
        .iter()
        .map(|(k, v)| (k.clone(), v.len(), dls.get(k).map_or(0, Vec::len)))
        .collect();
    let g = |p: &str, v: usize, dl: usize| (format!("Google Chrome/{p}"), v, dl);
    assert_eq!(
        counts,
        vec![
            g("h01", 46, 2),
            g("h10", 84, 2),
            g("h20", 58, 2),
            g("h30", 46, 2),
            g("h60", 61, 2),
            g("plaso20", 69, 2),
            g("plaso57", 1, 1),
            g("plaso58", 1, 1),
            g("plaso59", 1, 1),
            g("plaso59x", 1, 1),
            ("Microsoft Edge/Default".into(), 56, 3),
        ]
    );

    // plaso: Chrome 8 (meta version 20), 69 visits + 2 downloads.
    let p = &hist["Google Chrome/plaso20"];
    let first = &p[0];
    assert_eq!(first["url"], "http://start.ubuntu.com/10.04/Google/");
    assert_eq!(first["title"], "Ubuntu Start Page");
    assert_eq!(first["visit_count"], 4);
    assert_eq!(first["timestamp"], "2011-04-07T12:03:11Z");
    assert_eq!(first["transition"], "LINK");
    assert!(p
        .iter()
        .any(|r| r["url"] == "http://www.google.ch/blank.html" && r["hidden"] == true));
    let dl = &dls["Google Chrome/plaso20"][0];
    assert_eq!(dl["target_path"], "/home/john/Downloads/funcats_scr.exe");
    assert_eq!(
        dl["url"],
        "http://fatloss4idiotsx.com/download/funcats/funcats_scr.exe"
    );
    assert_eq!(dl["received_bytes"], 1_132_155);
    assert_eq!(dl["total_bytes"], 1_132_155);
    assert_eq!(dl["timestamp"], "2011-05-23T08:35:30Z");
    assert_eq!(dl["end_time"], Value::Null);

    // plaso: Chrome 57/58/59 and the file with an added column.
    for (p, visit, start, end) in [
        (
            "plaso57",
            "2018-01-21T14:09:53.885478Z",
            "2018-01-21T14:09:53.900399Z",
            "2018-01-21T14:09:54.858738Z",
        ),
        (
            "plaso58",
            "2018-01-21T14:09:27.315765Z",
            "2018-01-21T14:09:27.200398Z",
            "2018-01-21T14:09:28.116062Z",
        ),
        (
            "plaso59",
            "2018-01-21T14:08:52.037692Z",
            "2018-01-21T14:08:51.811123Z",
            "2018-01-21T14:08:52.662377Z",
        ),
        (
            "plaso59x",
            "2018-01-21T14:08:52.037692Z",
            "2018-01-21T14:08:51.811123Z",
            "2018-01-21T14:08:52.662377Z",
        ),
    ] {
        let key = format!("Google Chrome/{p}");
        let v = &hist[&key][0];
        assert_eq!(
            v["url"],
            "https://raw.githubusercontent.com/dfirlabs/chrome-specimens/master/generate-specimens.sh"
        );
        assert_eq!(v["timestamp"], visit, "{p}");
        assert_eq!(v["title"], "");
        assert_eq!(v["visit_count"], 1);
        let dl = &dls[&key][0];
        assert_eq!(dl["timestamp"], start, "{p}");
        assert_eq!(dl["end_time"], end, "{p}");
        assert_eq!(
            dl["target_path"],
            "/home/ubuntu/Downloads/plaso-20171231.1.win32.msi"
        );
        assert_eq!(dl["received_bytes"], 3_080_192);
        assert_eq!(dl["total_bytes"], 3_080_192);
        assert_eq!(
            dl["url"],
            "https://raw.githubusercontent.com/log2timeline/l2tbinaries/master/win32/plaso-20171231.1.win32.msi"
        );
        assert_eq!(dl["url_chain"].as_array().map(Vec::len), Some(1));
    }

    // hindsight: the Wikipedia "Computer forensics" visit and the
    // Hard_disk.jpg download of each version. hindsight converts through a
    // float and is 1 µs off for 01, 20 and 60 (e.g. 13014880135498622 is
    // 04:28:55.498622, hindsight says .498623); these are the exact values.
    for (p, visit, download) in [
        ("h01", "2013-06-05T04:28:55.498622Z", "2013-06-05T04:28:30Z"),
        ("h10", "2013-06-27T04:23:14.176756Z", "2013-06-27T04:23:25Z"),
        ("h20", "2013-06-30T21:26:13.162177Z", "2013-06-30T21:26:05Z"),
        (
            "h30",
            "2013-10-02T23:15:13.326712Z",
            "2013-10-02T23:17:29.397160Z",
        ),
        (
            "h60",
            "2017-08-05T22:06:56.507863Z",
            "2017-08-05T22:06:52.088355Z",
        ),
    ] {
        let key = format!("Google Chrome/{p}");
        assert!(
            hist[&key].iter().any(|r| {
                r["url"]
                    .as_str()
                    .unwrap_or("")
                    .ends_with("wikipedia.org/wiki/Computer_forensics")
                    && r["timestamp"] == visit
            }),
            "{p}"
        );
        let dl = &dls[&key][0];
        assert!(
            dl["url"]
                .as_str()
                .unwrap_or("")
                .ends_with("upload.wikimedia.org/wikipedia/commons/7/7a/Hard_disk.jpg"),
            "{p}: {dl}"
        );
        assert_eq!(dl["timestamp"], download, "{p}");
        assert_eq!(dl["received_bytes"], 1_387_537, "{p}");
        assert!(dl["target_path"]
            .as_str()
            .unwrap_or("")
            .ends_with("\\Downloads\\Hard_disk.jpg"));
    }

    // Edge 141 on macOS: two-step URL chains, signed transitions.
    let e = &hist["Microsoft Edge/Default"];
    assert_eq!(e[0]["transition"], "AUTO_TOPLEVEL");
    assert_eq!(e[0]["transition_qualifiers"], json!(["CHAIN_START"]));
    assert_eq!(e[1]["transition_raw"], -2_147_483_642i64);
    assert_eq!(e[1]["transition_qualifiers"], json!(["SERVER_REDIRECT"]));
    assert_eq!(e.iter().filter(|r| !r["referrer"].is_null()).count(), 18);
    let dl = &dls["Microsoft Edge/Default"][0];
    assert_eq!(
        dl["target_path"],
        "/Users/android/Downloads/osquery-5.19.0.pkg"
    );
    assert_eq!(
        dl["url"],
        "https://pkg.osquerypackages.com/darwin/osquery-5.19.0.pkg"
    );
    assert_eq!(
        dl["url_chain"],
        json!([
            "https://pkg.osquery.io/darwin/osquery-5.19.0.pkg",
            "https://pkg.osquerypackages.com/darwin/osquery-5.19.0.pkg"
        ])
    );
    assert_eq!(dl["timestamp_raw"], 13_406_596_666_277_243i64);
    assert_eq!(dl["timestamp"], "2025-11-02T22:37:46.277243Z");
    assert_eq!(dl["received_bytes"], 25_507_645);
    assert_eq!(dl["state"], "COMPLETE");
    assert_eq!(dl["danger_type"], "MAYBE_DANGEROUS_CONTENT");
    assert_eq!(dl["mime_type"], "application/vnd.apple.installer+xml");
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn realdata_safari() {
    let real = realdata();
    let d = tempfile::tempdir().unwrap();
    let root = d.path();
    let plaso = lib_dir(root, "p", "Safari");
    place(&real, "safari/plaso/History.db", &plaso, "History.db");
    let art = lib_dir(root, "puffycid", "Safari");
    place(&real, "safari/artemis/History.db", &art, "History.db");
    place(
        &real,
        "safari/artemis/Downloads.plist",
        &art,
        "Downloads.plist",
    );

    let (report, sink) = testing::run_on(root, &Browsers);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let h = sink.records(HISTORY);
    let (deleted, h): (Vec<_>, Vec<_>) = h.into_iter().partition(|r| r["deleted"] == true);
    let (p, a): (Vec<_>, Vec<_>) = h.into_iter().partition(|r| r["user"] == "p");
    // plaso: 25 visits; its visit 37 redirected to https://www.facebook.com/.
    assert_eq!(p.len(), 25);
    assert!(p.iter().any(|r| r["url"] == "http://facebook.com/"
        && r["timestamp"]
            .as_str()
            .unwrap()
            .starts_with("2017-11-09T21:24:28.829571")
        && r["visit_count"] == 2
        // plaso reports the stored empty title as None.
        && r["title"] == ""
        && r["http_non_get"] == false
        && r["redirect_destination"] == "https://www.facebook.com/"));
    // artemis: 42 visits.
    assert_eq!(a.len(), 42);
    let ddg = a
        .iter()
        .find(|r| {
            r["url"]
                == "https://www.google.com/search?client=safari&rls=en&q=duckduckgo&ie=UTF-8&oe=UTF-8"
        })
        .unwrap();
    assert_eq!(ddg["title"], "duckduckgo - Google Search");
    assert_eq!(ddg["visit_count"], 2);
    assert_eq!(ddg["load_successful"], true);
    assert!(ddg["timestamp"]
        .as_str()
        .unwrap()
        .starts_with("2022-06-20T02:47:23"));
    assert!(a.iter().any(|r| r["url"]
        == "https://docs.microsoft.com/en-us/powershell/scripting/overview"
        && r["timestamp"]
            .as_str()
            .unwrap()
            .starts_with("2022-06-20T03:20:44")));

    // history_tombstones (read with sqlite3): plaso 6 rows, artemis 18,
    // none with a URL. plaso row 1 clears 531772220 to 531775820 (an hour),
    // rows 3 to 6 everything from NSDate.distantPast (-63114076800).
    let (tp, ta): (Vec<_>, Vec<_>) = deleted.into_iter().partition(|r| r["user"] == "p");
    assert_eq!(tp.len(), 6);
    assert_eq!(ta.len(), 18);
    assert!(tp.iter().chain(&ta).all(|r| r["url"].is_null()));
    assert_eq!(tp[0]["tombstone_id"], 1);
    assert_eq!(tp[0]["deleted_from_raw"], 531772220.0);
    assert_eq!(tp[0]["deleted_from"], "2017-11-07T18:30:20Z");
    assert_eq!(tp[0]["timestamp_raw"], 531775820.0);
    assert_eq!(tp[0]["timestamp"], "2017-11-07T19:30:20Z");
    assert_eq!(tp[2]["deleted_from"], "0000-12-30T00:00:00Z");
    assert_eq!(tp[2]["deleted_until_raw"], 531790043.583456);
    assert!(tp[2]["timestamp"]
        .as_str()
        .unwrap()
        .starts_with("2017-11-07T23:27:23.5834"));
    assert_eq!(tp[2]["generation"], 1);
    let gens: Vec<i64> = tp
        .iter()
        .map(|r| r["generation"].as_i64().unwrap())
        .collect();
    assert_eq!(gens, vec![0, 0, 1, 29, 31, 33]);
    assert!(ta
        .iter()
        .all(|r| r["deleted_from_raw"] == -63114076800.0 && r["generation"] == 0));
    assert_eq!(ta[0]["timestamp_raw"], 616875400.580184);
    assert!(ta[0]["timestamp"]
        .as_str()
        .unwrap()
        .starts_with("2020-07-19T18:16:40.5801"));
    assert_eq!(ta[17]["tombstone_id"], 18);
    assert_eq!(ta[17]["timestamp_raw"], 664319747.492631);

    let dl = sink.records(DOWNLOADS);
    assert_eq!(dl.len(), 3);
    let d0 = &dl[0];
    assert!(d0["url"]
        .as_str()
        .unwrap()
        .starts_with("https://objects.githubusercontent.com/github-production-release-asset-2e65be/49609581/97b2b465"));
    assert_eq!(
        d0["target_path"],
        "/Users/puffycid/Downloads/powershell-7.2.5-osx-arm64.pkg"
    );
    assert_eq!(d0["identifier"], "835D414A-492E-4DBB-BD6B-E8FACD4ED84D");
    assert_eq!(d0["sandbox_id"], "DBA9EBA4-D23B-43C5-9DEB-131566E7BD8B");
    assert_eq!(d0["received_bytes"], 63_055_607);
    assert_eq!(d0["total_bytes"], 63_055_607);
    assert!(d0["timestamp"]
        .as_str()
        .unwrap()
        .starts_with("2022-06-26T18:00:17.824"));
    assert!(d0["end_time"]
        .as_str()
        .unwrap()
        .starts_with("2022-06-26T18:00:22.056"));
    assert_eq!(d0["bookmark_hex"].as_str().unwrap().len(), 720 * 2);
    // Every entry keeps its whole bookmark blob ("book" magic); the path
    // comes from the decoded bookmark, and equals DownloadEntryPath.
    let lens: Vec<usize> = dl
        .iter()
        .map(|r| r["bookmark_hex"].as_str().unwrap().len() / 2)
        .collect();
    assert_eq!(lens, vec![720, 716, 716]);
    assert!(dl.iter().all(
        |r| r["bookmark_hex"].as_str().unwrap().starts_with("626f6f6b")
            && r["target_path_source"] == "bookmark"
            && r["target_path"] == r["download_entry_path"]
    ));
    assert_eq!(
        dl[2]["target_path"],
        "/Users/puffycid/Downloads/powershell-7.2.5-osx-x64.pkg"
    );
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn realdata_firefox() {
    let real = realdata();
    let d = tempfile::tempdir().unwrap();
    let root = d.path();
    let prof = |name: &str| {
        lib_dir(
            root,
            "u",
            &format!("Application Support/Firefox/Profiles/{name}"),
        )
    };
    let p = prof("plaso.default");
    place(&real, "firefox/plaso/places.sqlite", &p, "places.sqlite");
    place(
        &real,
        "firefox/plaso/downloads.sqlite",
        &p,
        "downloads.sqlite",
    );
    place(
        &real,
        "firefox/ff54_linux/places.sqlite",
        &prof("0kyqpgxn.default"),
        "places.sqlite",
    );
    place(
        &real,
        "firefox/ff67_linux/places.sqlite",
        &prof("c81od3v4.default-release"),
        "places.sqlite",
    );

    let (report, sink) = testing::run_on(root, &Browsers);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let hist = by_profile(&sink.records(HISTORY));
    let dls = by_profile(&sink.records(DOWNLOADS));
    let n = |m: &BTreeMap<String, Vec<Value>>, k: &str| {
        m.get(&format!("Firefox/{k}")).map_or(0, Vec::len)
    };
    assert_eq!(n(&hist, "plaso.default"), 1);
    assert_eq!(n(&hist, "0kyqpgxn.default"), 3);
    assert_eq!(n(&hist, "c81od3v4.default-release"), 4);
    assert_eq!(n(&dls, "plaso.default"), 1);
    assert_eq!(n(&dls, "0kyqpgxn.default"), 1);
    assert_eq!(n(&dls, "c81od3v4.default-release"), 0);

    // plaso places.sqlite: the one visit.
    let v = &hist["Firefox/plaso.default"][0];
    assert_eq!(v["url"], "http://news.google.com/");
    assert_eq!(v["title"], "Google News");
    assert_eq!(v["timestamp"], "2011-07-01T11:16:21.371935Z");
    assert_eq!(v["visit_type"], "TYPED");
    assert_eq!(v["visit_count"], 1);
    // plaso downloads.sqlite.
    let dl = &dls["Firefox/plaso.default"][0];
    assert_eq!(
        dl["url"],
        "https://plaso.googlecode.com/files/plaso-static-1.0.1-win32-vs2008.zip"
    );
    assert_eq!(
        dl["target_uri"],
        "file:///D:/plaso-static-1.0.1-win32-vs2008.zip"
    );
    assert_eq!(dl["target_path"], "/D:/plaso-static-1.0.1-win32-vs2008.zip");
    assert_eq!(dl["timestamp"], "2013-07-18T18:59:59.312Z");
    assert_eq!(dl["end_time"], "2013-07-18T19:01:18.578Z");
    assert_eq!(dl["received_bytes"], 15_974_599);
    assert_eq!(dl["total_bytes"], 15_974_599);
    assert_eq!(dl["state"], "FINISHED");

    // Firefox 54: the download annotations exist only in the WAL.
    let dl = &dls["Firefox/0kyqpgxn.default"][0];
    assert_eq!(
        dl["target_path"],
        "/home/ubuntu/Downloads/plaso-20180630.1.win32.msi"
    );
    assert_eq!(dl["file_name"], "plaso-20180630.1.win32.msi");
    assert_eq!(dl["timestamp_raw"], 1_533_106_840_384_000i64);
    assert_eq!(dl["timestamp"], "2018-08-01T07:00:40.384Z");
    // Firefox 67: three of the four visits exist only in the WAL.
    let v = &hist["Firefox/c81od3v4.default-release"];
    assert!(
        v.iter()
            .all(|r| r["timestamp"].as_str().unwrap().starts_with("2019-05-30")),
        "{v:#?}"
    );
}
