use super::*;
use crate::kit::{testing, Status};
use serde_json::json;

/// The tables of a knowledgeC store, reduced to the columns read (as in
/// macOS 10.13-14) and a few metadata keys.
const SCHEMA: &str = "
CREATE TABLE ZOBJECT (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,
  ZSOURCE INTEGER, ZSTRUCTUREDMETADATA INTEGER, ZSECONDSFROMGMT INTEGER,
  ZVALUEINTEGER INTEGER, ZCREATIONDATE TIMESTAMP, ZENDDATE TIMESTAMP,
  ZSTARTDATE TIMESTAMP, ZVALUEDOUBLE FLOAT, ZUUID VARCHAR, ZSTREAMNAME VARCHAR,
  ZVALUESTRING VARCHAR);
CREATE TABLE ZSOURCE (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,
  ZUSERID INTEGER, ZBUNDLEID VARCHAR, ZDEVICEID VARCHAR, ZGROUPID VARCHAR,
  ZITEMID VARCHAR, ZSOURCEID VARCHAR);
CREATE TABLE ZSTRUCTUREDMETADATA (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER,
  Z_OPT INTEGER, Z_DKAPPLICATIONACTIVITYMETADATAKEY__EXPIRATIONDATE TIMESTAMP,
  Z_DKSAFARIHISTORYMETADATAKEY__TITLE VARCHAR,
  Z_DKAPPLICATIONACTIVITYMETADATAKEY__ITEMRELATEDCONTENTURL VARCHAR,
  Z_DKNOWPLAYINGMETADATAKEY__DURATION FLOAT, ZMETADATAHASH VARCHAR UNIQUE);";

fn db_at(root: &Path, rel: &str) -> Connection {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    Connection::open(p).unwrap()
}

#[test]
fn streams_sources_metadata_and_wal_rows() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let c = db_at(r, &format!("Users/eve/{USER_DB}"));
    c.execute_batch(&format!(
        "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; {SCHEMA}
         INSERT INTO ZSOURCE VALUES (1, 14, 1, 501, 'com.apple.Safari', 'DEVICE-1', NULL, NULL, 'src');
         INSERT INTO ZSTRUCTUREDMETADATA VALUES (1, 15, 1, 700000100.5, 'Example page',
           'https://example.com/', NULL, 'h1');
         INSERT INTO ZOBJECT (Z_PK, ZSTREAMNAME, ZSTARTDATE, ZENDDATE, ZCREATIONDATE,
           ZSECONDSFROMGMT, ZVALUESTRING, ZVALUEINTEGER, ZVALUEDOUBLE, ZUUID)
           VALUES (1, '/app/inFocus', 700000000, 700000060, 700000061.25, 3600,
             'com.apple.Terminal', 42, 4.2e1, 'U1');
         INSERT INTO ZOBJECT (Z_PK, ZSTREAMNAME) VALUES (2, NULL);
         PRAGMA wal_checkpoint(TRUNCATE);
         INSERT INTO ZOBJECT (Z_PK, ZSTREAMNAME, ZSTARTDATE, ZENDDATE, ZCREATIONDATE,
           ZVALUESTRING, ZSOURCE, ZSTRUCTUREDMETADATA)
           VALUES (3, '/safari/history', 700000100, 700000100, 700000101,
             'https://example.com/', 1, 1);
         INSERT INTO ZOBJECT (Z_PK, ZSTREAMNAME, ZSTARTDATE, ZENDDATE, ZVALUEINTEGER,
           ZVALUEDOUBLE) VALUES (4, '/display/isBacklit', 700000200, 0, 1, 1.0);"
    ))
    .unwrap();
    let (report, sink) = testing::run_on(r, &KnowledgeC);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let recs = sink.records(STREAM);
    assert_eq!(recs.len(), 3);
    let focus = &recs[0];
    assert_eq!(focus["user"], "eve");
    assert_eq!(focus["database"], "user");
    assert_eq!(focus["stream"], "/app/inFocus");
    assert_eq!(focus["bundle_id"], "com.apple.Terminal");
    assert_eq!(focus["source_bundle_id"], serde_json::Value::Null);
    assert_eq!(focus["timestamp"], "2023-03-08T20:26:40Z");
    assert_eq!(focus["start_raw"], 700000000);
    assert_eq!(focus["end"], "2023-03-08T20:27:40Z");
    assert_eq!(focus["duration_s"], 60.0);
    assert_eq!(focus["created"], "2023-03-08T20:27:41.250Z");
    assert_eq!(focus["seconds_from_gmt"], 3600);
    assert_eq!(focus["value"], "com.apple.Terminal");
    assert_eq!(focus["value_integer"], 42);
    assert_eq!(focus["metadata"], serde_json::Value::Null);
    // Only in the WAL: a Safari visit with its source and metadata.
    let visit = &recs[1];
    assert_eq!(visit["stream"], "/safari/history");
    assert_eq!(visit["bundle_id"], "com.apple.Safari");
    assert_eq!(visit["device_id"], "DEVICE-1");
    assert_eq!(visit["source_user_id"], 501);
    assert_eq!(
        visit["metadata"],
        json!({
            "Z_DKAPPLICATIONACTIVITYMETADATAKEY__EXPIRATIONDATE": 700000100.5,
            "Z_DKSAFARIHISTORYMETADATAKEY__TITLE": "Example page",
            "Z_DKAPPLICATIONACTIVITYMETADATAKEY__ITEMRELATEDCONTENTURL": "https://example.com/"
        })
    );
    assert_eq!(
        visit["metadata_times"],
        json!({"Z_DKAPPLICATIONACTIVITYMETADATAKEY__EXPIRATIONDATE": "2023-03-08T20:28:20.500Z"})
    );
    let lit = &recs[2];
    assert_eq!(lit["value"], 1);
    assert_eq!(lit["end"], serde_json::Value::Null);
    assert_eq!(lit["duration_s"], serde_json::Value::Null);
    drop(c);
}

#[test]
fn foreign_and_corrupt_databases() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let c = db_at(r, &SYSTEM_DB[1..]);
    c.execute_batch("CREATE TABLE ZOBJECT (Z_PK INTEGER, ZNAME TEXT)")
        .unwrap();
    drop(c);
    let c = db_at(r, &format!("Users/a/{USER_DB}"));
    c.execute_batch("CREATE TABLE other (x)").unwrap();
    drop(c);
    let p = r.join("Users/b").join(USER_DB);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, b"SQLite format 3\0garbage").unwrap();
    // Only ZOBJECT: no source, no metadata, still read.
    let c = db_at(r, &format!("Users/c/{USER_DB}"));
    c.execute_batch(
        "CREATE TABLE ZOBJECT (Z_PK INTEGER PRIMARY KEY, ZSTREAMNAME VARCHAR, ZSTARTDATE TIMESTAMP);
         INSERT INTO ZOBJECT VALUES (1, '/app/usage', 1.5);",
    )
    .unwrap();
    drop(c);
    let (report, sink) = testing::run_on(r, &KnowledgeC);
    let msgs: Vec<&str> = report.errors.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(msgs.len(), 3, "{msgs:?}");
    assert_eq!(
        msgs[0],
        "ZOBJECT has no ZSTREAMNAME column; columns: ZNAME, Z_PK"
    );
    assert_eq!(
        msgs[1],
        "no `ZOBJECT` table: not a knowledgeC database, or an empty or damaged one"
    );
    assert_eq!(
        msgs[2],
        "cannot open database (corrupt, truncated, encrypted or not SQLite): file is not a database"
    );
    let recs = sink.records(STREAM);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["stream"], "/app/usage");
    assert_eq!(recs[0]["timestamp"], "2001-01-01T00:00:01.500Z");
    assert_eq!(recs[0]["bundle_id"], serde_json::Value::Null);
}

/// Text that is not UTF-8 (SQLite keeps whatever a writer gives it as
/// TEXT), in the object, its source and its metadata: the lossy string,
/// and the exact bytes beside it.
#[test]
fn text_that_is_not_utf8_is_kept_exactly() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let c = db_at(r, &format!("Users/eve/{USER_DB}"));
    c.execute_batch(SCHEMA).unwrap();
    c.execute(
        "INSERT INTO ZSOURCE (Z_PK, ZBUNDLEID) VALUES (1, CAST(?1 AS TEXT))",
        [b"com.example.\xe9".to_vec()],
    )
    .unwrap();
    c.execute(
        "INSERT INTO ZSTRUCTUREDMETADATA (Z_PK, Z_DKSAFARIHISTORYMETADATAKEY__TITLE)
         VALUES (1, CAST(?1 AS TEXT))",
        [b"caf\xe9".to_vec()],
    )
    .unwrap();
    c.execute(
        "INSERT INTO ZOBJECT (Z_PK, ZSTREAMNAME, ZSTARTDATE, ZVALUESTRING, ZSOURCE,
           ZSTRUCTUREDMETADATA, ZUUID)
         VALUES (1, '/safari/history', 700000000, CAST(?1 AS TEXT), 1, 1, 'U1')",
        [b"https://example.com/\xff".to_vec()],
    )
    .unwrap();
    drop(c);
    let (report, sink) = testing::run_on(r, &KnowledgeC);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let recs = sink.records(STREAM);
    assert_eq!(recs.len(), 1);
    let rec = &recs[0];
    assert_eq!(rec["value_string"], "https://example.com/\u{fffd}");
    assert_eq!(rec["value_string_b64"], "aHR0cHM6Ly9leGFtcGxlLmNvbS//");
    assert_eq!(rec["source_bundle_id"], "com.example.\u{fffd}");
    assert_eq!(rec["source_bundle_id_b64"], "Y29tLmV4YW1wbGUu6Q==");
    assert_eq!(
        rec["metadata"],
        json!({"Z_DKSAFARIHISTORYMETADATAKEY__TITLE": "caf\u{fffd}"})
    );
    assert_eq!(
        rec["metadata_b64"],
        json!({"Z_DKSAFARIHISTORYMETADATAKEY__TITLE": "Y2Fm6Q=="})
    );
    // UTF-8 text has no `_b64` beside it.
    assert_eq!(rec["uuid"], "U1");
    assert!(rec.get("uuid_b64").is_none());
    assert!(rec.get("stream_b64").is_none());
}

/// plaso's `knowledgec-10.13.db`: plaso keeps only the `/app/*` and
/// `/safari/*` streams and asserts 17 entries, the first
/// `com.apple.Installer-Progress`, created 2019-02-10T16:59:58.860664Z,
/// started 16:59:57Z, ended 16:59:58Z. The other streams, read with
/// `sqlite3`, are 2 `/display/isBacklit` and 2 `/activity/level` rows.
#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn realdata_plaso_knowledgec_1013() {
    let real = crate::testdata::dir();
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join(&SYSTEM_DB[1..]);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::copy(
        Path::new(&real).join("knowledgec/plaso_knowledgec-10.13.db"),
        &p,
    )
    .unwrap();
    let (report, sink) = testing::run_on(d.path(), &KnowledgeC);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let recs = sink.records(STREAM);
    assert_eq!(recs.len(), 21);
    let apps: Vec<&serde_json::Value> = recs
        .iter()
        .filter(|r| {
            let s = r["stream"].as_str().unwrap();
            s.starts_with("/app/") || s.starts_with("/safari/")
        })
        .collect();
    assert_eq!(apps.len(), 17);
    let first = apps[0];
    assert_eq!(first["bundle_id"], "com.apple.Installer-Progress");
    assert_eq!(first["stream"], "/app/inFocus");
    assert_eq!(first["start"], "2019-02-10T16:59:57Z");
    assert_eq!(first["end"], "2019-02-10T16:59:58Z");
    // plaso prints microseconds; the stored double is finer.
    assert!(first["created"]
        .as_str()
        .unwrap()
        .starts_with("2019-02-10T16:59:58.860664"));
    assert_eq!(first["database"], "system");
    assert_eq!(
        recs.iter()
            .filter(|r| r["stream"] == "/display/isBacklit")
            .count(),
        2
    );
    assert_eq!(
        recs.iter()
            .filter(|r| r["stream"] == "/activity/level")
            .count(),
        2
    );
}

/// The records of the bundled fixture, as a reviewed snapshot.
#[test]
fn snapshot_of_the_bundled_fixture() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/mac-basic");
    let (report, sink) = testing::run_on(&root, &KnowledgeC);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    insta::assert_json_snapshot!(sink.records(STREAM));
}
