use super::*;
use crate::kit::{testing, Status};
use crate::testdata::csreq::{blob as req, developer_id, identifier_and_anchor_apple};
use rusqlite::{params, Connection};
use serde_json::json;

/// The `access` table of macOS 14 (`auth_value` schema with `pid`,
/// `boot_uuid`, `last_reminded`).
pub(crate) const SCHEMA_14: &str = "CREATE TABLE access (service TEXT NOT NULL,
    client TEXT NOT NULL, client_type INTEGER NOT NULL, auth_value INTEGER NOT NULL,
    auth_reason INTEGER NOT NULL, auth_version INTEGER NOT NULL, csreq BLOB,
    policy_id INTEGER, indirect_object_identifier_type INTEGER,
    indirect_object_identifier TEXT NOT NULL DEFAULT 'UNUSED',
    indirect_object_code_identity BLOB, flags INTEGER,
    last_modified INTEGER NOT NULL DEFAULT (CAST(strftime('%s','now') AS INTEGER)),
    pid INTEGER, pid_version INTEGER, boot_uuid TEXT NOT NULL DEFAULT 'UNUSED',
    last_reminded INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (service, client, client_type, indirect_object_identifier))";

/// The `access` table of macOS 10.15 (`allowed` schema).
const SCHEMA_1015: &str = "CREATE TABLE access (service TEXT NOT NULL,
    client TEXT NOT NULL, client_type INTEGER NOT NULL, allowed INTEGER NOT NULL,
    prompt_count INTEGER NOT NULL, csreq BLOB, policy_id INTEGER,
    indirect_object_identifier_type INTEGER, indirect_object_identifier TEXT,
    indirect_object_code_identity BLOB, flags INTEGER,
    last_modified INTEGER NOT NULL DEFAULT (CAST(strftime('%s','now') AS INTEGER)),
    PRIMARY KEY (service, client, client_type, indirect_object_identifier))";

fn db_at(root: &Path, rel: &str) -> Connection {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    Connection::open(p).unwrap()
}

#[test]
fn both_schemas_wal_rows_and_code_requirements() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let sys = db_at(r, &SYSTEM_DB[1..]);
    sys.execute_batch(&format!(
        "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; {SCHEMA_14};"
    ))
    .unwrap();
    let ins = "INSERT INTO access (service, client, client_type, auth_value, auth_reason,
        auth_version, csreq, indirect_object_identifier_type, indirect_object_identifier,
        indirect_object_code_identity, flags, last_modified, pid, boot_uuid, last_reminded)
        VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7, ?8, ?9, 0, ?10, ?11, ?12, ?13)";
    sys.execute(
        ins,
        params![
            "kTCCServiceAccessibility",
            "com.example.remote",
            0,
            2,
            3,
            developer_id("com.example.remote", "ABCDE12345"),
            Option::<i64>::None,
            "UNUSED",
            Option::<Vec<u8>>::None,
            1_700_000_000,
            Option::<i64>::None,
            "UNUSED",
            0
        ],
    )
    .unwrap();
    sys.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    // Only in the WAL: Full Disk Access to an unsigned program in a home.
    sys.execute(
        ins,
        params![
            "kTCCServiceSystemPolicyAllFiles",
            "/Users/eve/Downloads/helper",
            1,
            2,
            3,
            Option::<Vec<u8>>::None,
            Option::<i64>::None,
            "UNUSED",
            Option::<Vec<u8>>::None,
            1_700_000_100,
            4242,
            "6F1B2C3D-0000-4000-8000-000000000001",
            1_700_000_200
        ],
    )
    .unwrap();
    // A garbled code requirement.
    sys.execute(
        ins,
        params![
            "kTCCServiceScreenCapture",
            "com.example.bad",
            0,
            0,
            2,
            b"\xfa\xde\x0c\x00garbage".to_vec(),
            Option::<i64>::None,
            "UNUSED",
            Option::<Vec<u8>>::None,
            1_700_000_300,
            Option::<i64>::None,
            "UNUSED",
            0
        ],
    )
    .unwrap();
    // The 10.15 schema in a user's database: Automation of the Finder.
    let user = db_at(r, &format!("Users/eve/{USER_DB}"));
    user.execute_batch(SCHEMA_1015).unwrap();
    user.execute(
        "INSERT INTO access VALUES (?1, ?2, 0, 1, 1, ?3, NULL, 0, ?4, ?5, 0, ?6)",
        params![
            "kTCCServiceAppleEvents",
            "com.apple.Terminal",
            req(&identifier_and_anchor_apple("com.apple.Terminal")),
            "com.apple.finder",
            req(&identifier_and_anchor_apple("com.apple.finder")),
            1_590_000_000
        ],
    )
    .unwrap();
    drop(user);

    let (report, sink) = testing::run_on(r, &Tcc);
    assert_eq!(report.status, Status::Partial);
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert_eq!(report.errors[0].path.as_deref(), Some(SYSTEM_DB));
    assert!(report.errors[0]
        .message
        .starts_with("1 code requirement blob(s) did not decode"));
    let recs = sink.records(STREAM);
    assert_eq!(recs.len(), 4);

    let ax = &recs[0];
    assert_eq!(ax["source"], SYSTEM_DB);
    assert_eq!(ax["user"], serde_json::Value::Null);
    assert_eq!(ax["database"], "system");
    assert_eq!(ax["schema"], "auth_value");
    assert_eq!(ax["service_name"], "Accessibility");
    assert_eq!(ax["client_type_name"], "bundle_id");
    assert_eq!(ax["decision"], "allowed");
    assert_eq!(ax["auth_reason_name"], "user_set");
    assert_eq!(ax["csreq_identifier"], "com.example.remote");
    assert_eq!(ax["csreq_team_id"], "ABCDE12345");
    assert_eq!(ax["csreq_anchor"], "apple_generic");
    assert_eq!(ax["timestamp"], "2023-11-14T22:13:20Z");
    assert_eq!(ax["timestamp_raw"], 1_700_000_000);

    let fda = &recs[1];
    assert_eq!(fda["service"], "kTCCServiceSystemPolicyAllFiles");
    assert_eq!(fda["service_name"], "Full Disk Access");
    assert_eq!(fda["client"], "/Users/eve/Downloads/helper");
    assert_eq!(fda["client_type_name"], "absolute_path");
    assert_eq!(fda["decision"], "allowed");
    assert_eq!(fda["auth_value_name"], "allowed");
    assert_eq!(fda["csreq"], serde_json::Value::Null);
    assert_eq!(fda["csreq_identifier"], serde_json::Value::Null);
    assert_eq!(fda["pid"], 4242);
    assert_eq!(fda["boot_uuid"], "6F1B2C3D-0000-4000-8000-000000000001");
    assert_eq!(fda["last_reminded"], "2023-11-14T22:16:40Z");
    assert_eq!(fda["timestamp"], "2023-11-14T22:15:00Z");

    let bad = &recs[2];
    assert_eq!(bad["decision"], "denied");
    assert_eq!(bad["auth_reason_name"], "user_consent");
    assert_eq!(bad["csreq"], "fade0c0067617262616765");
    assert!(bad["csreq_error"].as_str().unwrap().contains("length"));

    let ae = &recs[3];
    assert_eq!(ae["source"], format!("/Users/eve/{USER_DB}"));
    assert_eq!(ae["user"], "eve");
    assert_eq!(ae["database"], "user");
    assert_eq!(ae["schema"], "allowed");
    assert_eq!(ae["allowed"], 1);
    assert_eq!(ae["prompt_count"], 1);
    assert_eq!(ae["decision"], "allowed");
    assert_eq!(ae["auth_value"], serde_json::Value::Null);
    assert_eq!(ae["csreq_identifier"], "com.apple.Terminal");
    assert_eq!(ae["csreq_anchor"], "apple");
    assert_eq!(ae["indirect_object"], "com.apple.finder");
    assert_eq!(ae["indirect_object_type_name"], "bundle_id");
    assert_eq!(ae["indirect_object_csreq_identifier"], "com.apple.finder");
    assert_eq!(ae["timestamp"], "2020-05-20T18:40:00Z");
    // The WAL went into the archive with the database.
    assert!(sink.members().contains(&format!("[root]{SYSTEM_DB}-wal")));
    drop(sys);
}

#[test]
fn unknown_schemas_missing_tables_and_corrupt_files() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let a = db_at(r, &format!("Users/a/{USER_DB}"));
    a.execute_batch(
        "CREATE TABLE access (service TEXT, client TEXT, verdict INTEGER, modified INTEGER);
         INSERT INTO access VALUES ('kTCCServiceCamera', 'com.example.cam', 7, 5);",
    )
    .unwrap();
    drop(a);
    let b = db_at(r, &format!("Users/b/{USER_DB}"));
    b.execute_batch("CREATE TABLE admin (key TEXT, value INTEGER)")
        .unwrap();
    drop(b);
    std::fs::create_dir_all(r.join("Users/c/Library/Application Support/com.apple.TCC")).unwrap();
    std::fs::write(r.join("Users/c").join(USER_DB), vec![0x41u8; 8192]).unwrap();
    let (report, sink) = testing::run_on(r, &Tcc);
    assert_eq!(report.status, Status::Partial);
    let msgs: Vec<&str> = report.errors.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(msgs.len(), 3, "{msgs:?}");
    assert_eq!(
        msgs[0],
        "unknown access table schema (neither auth_value nor allowed); columns: client, modified, service, verdict; rows kept with the known columns"
    );
    assert_eq!(
        msgs[1],
        "no `access` table: not a TCC database, or an empty or damaged one"
    );
    assert!(msgs[2].contains("not a database"), "{}", msgs[2]);
    let recs = sink.records(STREAM);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["schema"], "unknown");
    assert_eq!(recs[0]["service_name"], "Camera");
    assert_eq!(recs[0]["client"], "com.example.cam");
    assert_eq!(recs[0]["decision"], serde_json::Value::Null);
    assert_eq!(recs[0]["timestamp"], serde_json::Value::Null);
}

/// Text columns holding bytes that are not UTF-8 (SQLite keeps whatever
/// a writer gives it as TEXT): the lossy string, and the exact bytes
/// beside it.
#[test]
fn text_that_is_not_utf8_is_kept_exactly() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let c = db_at(r, &SYSTEM_DB[1..]);
    c.execute_batch(SCHEMA_14).unwrap();
    c.execute(
        "INSERT INTO access (service, client, client_type, auth_value, auth_reason,
           auth_version, indirect_object_identifier, last_modified, boot_uuid)
         VALUES ('kTCCServiceCamera', CAST(?1 AS TEXT), 1, 2, 2, 1, CAST(?2 AS TEXT), 5,
           'UNUSED')",
        params![b"/Users/eve/caf\xe9".to_vec(), b"\xffx".to_vec()],
    )
    .unwrap();
    drop(c);
    let (report, sink) = testing::run_on(r, &Tcc);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let recs = sink.records(STREAM);
    assert_eq!(recs.len(), 1);
    let rec = &recs[0];
    assert_eq!(rec["client"], "/Users/eve/caf\u{fffd}");
    assert_eq!(rec["client_b64"], "L1VzZXJzL2V2ZS9jYWbp");
    assert_eq!(rec["indirect_object"], "\u{fffd}x");
    assert_eq!(rec["indirect_object_b64"], "/3g=");
    // UTF-8 text has no `_b64` beside it.
    assert_eq!(rec["service_name"], "Camera");
    assert!(rec.get("service_b64").is_none());
    assert!(rec.get("boot_uuid_b64").is_none());
}

#[test]
fn mdm_overrides() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let p = r.join(&MDM_OVERRIDES[1..]);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    let dict = |e: Vec<(&str, P)>| {
        let mut d = plist::Dictionary::new();
        for (k, v) in e {
            d.insert(k.into(), v);
        }
        P::Dictionary(d)
    };
    let top = dict(vec![
        (
            "com.example.agent",
            dict(vec![
                (
                    "kTCCServiceSystemPolicyAllFiles",
                    dict(vec![
                        ("Allowed", P::Boolean(true)),
                        (
                            "CodeRequirementData",
                            P::Data(developer_id("com.example.agent", "TEAM123456")),
                        ),
                        ("IdentifierType", P::String("bundleID".into())),
                    ]),
                ),
                (
                    "kTCCServiceAppleEvents",
                    dict(vec![(
                        "com.apple.systemevents",
                        dict(vec![
                            ("Allowed", P::Boolean(false)),
                            ("CodeRequirementData", P::Data(b"\x00\x01".to_vec())),
                        ]),
                    )]),
                ),
            ]),
        ),
        (
            "/usr/local/bin/tool",
            dict(vec![(
                "kTCCServiceScreenCapture",
                dict(vec![(
                    "Authorization",
                    P::String("AllowStandardUserToSetSystemService".into()),
                )]),
            )]),
        ),
    ]);
    top.to_file_xml(&p).unwrap();
    let (report, sink) = testing::run_on(r, &Tcc);
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert!(report.errors[0]
        .message
        .starts_with("1 code requirement blob(s) did not decode"));
    let recs = sink.records(STREAM);
    let got: Vec<serde_json::Value> = recs
        .iter()
        .map(|r| {
            json!([
                r["kind"],
                r["client"],
                r["service_name"],
                r["decision"],
                r["indirect_object"],
                r["csreq_team_id"],
                r["authorization"]
            ])
        })
        .collect();
    assert_eq!(
        got,
        vec![
            json!([
                "mdm_override",
                "com.example.agent",
                "Full Disk Access",
                "allowed",
                null,
                "TEAM123456",
                null
            ]),
            json!([
                "mdm_override",
                "com.example.agent",
                "Automation (Apple Events)",
                "denied",
                "com.apple.systemevents",
                null,
                null
            ]),
            json!([
                "mdm_override",
                "/usr/local/bin/tool",
                "Screen Recording",
                "unknown",
                null,
                null,
                "AllowStandardUserToSetSystemService"
            ]),
        ]
    );
    assert_eq!(recs[0]["identifier_type"], "bundleID");
    assert_eq!(recs[0]["source"], MDM_OVERRIDES);
}

/// plaso's `TCC-test.db` (a user database from macOS 10.15): plaso asserts
/// 21 entries, the first `kTCCServiceUbiquity` for `com.apple.weather`,
/// allowed, prompt count 1, modified 2020-05-29T12:09:51Z.
#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn realdata_plaso_tcc_db() {
    let real = crate::testdata::dir();
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("Users/u").join(USER_DB);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::copy(Path::new(&real).join("tcc/plaso_TCC-test.db"), &p).unwrap();
    let (report, sink) = testing::run_on(d.path(), &Tcc);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let recs = sink.records(STREAM);
    assert_eq!(recs.len(), 21);
    let first = &recs[0];
    assert_eq!(first["service"], "kTCCServiceUbiquity");
    assert_eq!(first["client"], "com.apple.weather");
    assert_eq!(first["allowed"], 1);
    assert_eq!(first["prompt_count"], 1);
    assert_eq!(first["timestamp"], "2020-05-29T12:09:51Z");
    assert_eq!(first["schema"], "allowed");
    assert_eq!(first["user"], "u");
    // Every stored code requirement decodes; by reading the blobs: the
    // identifiers they name and the team IDs of the Developer ID ones.
    assert!(recs.iter().all(|r| r["csreq_error"].is_null()));
    assert_eq!(first["csreq_identifier"], "com.apple.weather");
    assert_eq!(first["csreq_anchor"], "apple");
    let find = |client: &str, service: &str| {
        recs.iter()
            .find(|r| r["client"] == client && r["service"] == service)
            .unwrap()
    };
    let op = find(
        "com.agilebits.onepassword7",
        "kTCCServiceSystemPolicyDownloadsFolder",
    );
    assert_eq!(op["csreq_identifier"], "com.agilebits.onepassword7");
    assert_eq!(op["csreq_team_id"], "2BUA8C4S2C");
    assert_eq!(op["csreq_anchor"], "apple_generic");
    assert_eq!(op["service_name"], "Downloads folder");
    let spotify = find(
        "com.spotify.client",
        "kTCCServiceSystemPolicyDownloadsFolder",
    );
    assert_eq!(spotify["csreq_team_id"], "2FNC3A47ZF");
    // Adobe's requirement names no identifier, only its team.
    let adobe = find(
        "com.adobe.Install",
        "kTCCServiceSystemPolicyDownloadsFolder",
    );
    assert_eq!(adobe["csreq_identifier"], serde_json::Value::Null);
    assert_eq!(adobe["csreq_team_id"], "JQ525L2MZD");
    let chrome = find("com.google.Chrome", "kTCCServiceCamera");
    assert_eq!(chrome["csreq_identifier"], "com.google.Chrome");
    assert_eq!(chrome["service_name"], "Camera");
    assert_eq!(recs.iter().filter(|r| !r["csreq"].is_null()).count(), 9);
}

/// The records of the bundled fixture, as a reviewed snapshot.
#[test]
fn snapshot_of_the_bundled_fixture() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/mac-basic");
    let (report, sink) = testing::run_on(&root, &Tcc);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    insta::assert_json_snapshot!(sink.records(STREAM));
}
