//! Who is on this Mac and what they may touch, end to end: a root with an
//! administrator created yesterday, a hidden account, a deleted account
//! and a Full Disk Access grant to an unsigned program, collected by the
//! real binary; each fact must be visible in the records.

mod common;

use std::path::Path;

use common::*;
use mactriage_collectors::testdata::dslocal::record;
use plist::Value as P;

const USERS: &str = "private/var/db/dslocal/nodes/Default/users";
const GROUPS: &str = "private/var/db/dslocal/nodes/Default/groups";

fn write(root: &Path, rel: &str, data: &[u8]) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, data).unwrap();
}

fn s(v: &str) -> P {
    P::String(v.into())
}

fn policy(created: f64) -> P {
    let mut d = plist::Dictionary::new();
    d.insert("creationTime".into(), P::Real(created));
    d.insert("passwordLastSetTime".into(), P::Real(created));
    d.insert("failedLoginCount".into(), P::Integer(0.into()));
    let mut out = Vec::new();
    P::Dictionary(d).to_writer_xml(&mut out).unwrap();
    P::Data(out)
}

#[test]
fn an_admin_created_yesterday_a_hidden_and_a_deleted_user_and_an_unsigned_full_disk_access_grant() {
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    let r = &root;
    let yesterday = chrono::Utc::now().timestamp() - 86_400;

    // The owner, an administrator for years.
    write(
        r,
        &format!("{USERS}/anna.plist"),
        &record(&[
            ("name", s("anna")),
            ("uid", s("501")),
            ("gid", s("20")),
            ("home", s("/Users/anna")),
            ("generateduid", s("A0000000-0000-4000-8000-000000000501")),
            ("accountPolicyData", policy(1_600_000_000.0)),
        ]),
    );
    // An administrator created yesterday, by generated UID.
    write(
        r,
        &format!("{USERS}/ops.plist"),
        &record(&[
            ("name", s("ops")),
            ("realname", s("Operations")),
            ("uid", s("502")),
            ("gid", s("20")),
            ("home", s("/Users/ops")),
            ("generateduid", s("0F500000-0000-4000-8000-000000000502")),
            ("accountPolicyData", policy(yesterday as f64)),
        ]),
    );
    // A hidden account.
    write(
        r,
        &format!("{USERS}/support.plist"),
        &record(&[
            ("name", s("support")),
            ("uid", s("503")),
            ("gid", s("20")),
            ("home", s("/var/support")),
            ("IsHidden", s("1")),
            ("generateduid", s("50000000-0000-4000-8000-000000000503")),
        ]),
    );
    write(
        r,
        &format!("{GROUPS}/admin.plist"),
        &record(&[
            ("name", s("admin")),
            ("gid", s("80")),
            ("users", P::Array(vec![s("root"), s("anna")])),
            (
                "groupmembers",
                P::Array(vec![
                    s("A0000000-0000-4000-8000-000000000501"),
                    s("0F500000-0000-4000-8000-000000000502"),
                ]),
            ),
        ]),
    );
    // A deleted account, its home left behind.
    let mut deleted = plist::Dictionary::new();
    deleted.insert(
        "date".into(),
        P::Date(plist::Date::from(
            std::time::UNIX_EPOCH + std::time::Duration::from_secs(yesterday as u64 - 3600),
        )),
    );
    deleted.insert("name".into(), s("carl"));
    deleted.insert("dsAttrTypeStandard:RealName".into(), s("Carl"));
    deleted.insert("dsAttrTypeStandard:UniqueID".into(), P::Integer(504.into()));
    let mut prefs = plist::Dictionary::new();
    prefs.insert(
        "deletedUsers".into(),
        P::Array(vec![P::Dictionary(deleted)]),
    );
    let mut out = Vec::new();
    P::Dictionary(prefs).to_writer_binary(&mut out).unwrap();
    write(
        r,
        "Library/Preferences/com.apple.preferences.accounts.plist",
        &out,
    );
    for h in ["anna", "ops", "carl"] {
        std::fs::create_dir_all(r.join("Users").join(h)).unwrap();
    }
    // Full Disk Access granted in System Settings to an unsigned program
    // in ops' Downloads, ten minutes after the account was created.
    let db = r.join("Library/Application Support/com.apple.TCC/TCC.db");
    std::fs::create_dir_all(db.parent().unwrap()).unwrap();
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "CREATE TABLE access (service TEXT NOT NULL, client TEXT NOT NULL,
           client_type INTEGER NOT NULL, auth_value INTEGER NOT NULL,
           auth_reason INTEGER NOT NULL, auth_version INTEGER NOT NULL, csreq BLOB,
           policy_id INTEGER, indirect_object_identifier_type INTEGER,
           indirect_object_identifier TEXT NOT NULL DEFAULT 'UNUSED',
           indirect_object_code_identity BLOB, flags INTEGER,
           last_modified INTEGER NOT NULL DEFAULT (CAST(strftime('%s','now') AS INTEGER)),
           PRIMARY KEY (service, client, client_type, indirect_object_identifier))",
    )
    .unwrap();
    conn.execute(
        "INSERT INTO access (service, client, client_type, auth_value, auth_reason,
           auth_version, csreq, flags, last_modified)
         VALUES ('kTCCServiceSystemPolicyAllFiles', '/Users/ops/Downloads/sync-helper',
           1, 2, 3, 1, NULL, 0, ?1)",
        [yesterday + 600],
    )
    .unwrap();
    drop(conn);

    let before = snapshot(r);
    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let run = collect(r, &out, &["--only", "host_files,accounts,tcc"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let members = members_map(&run.tarball());
    let man = manifest(&members);
    assert_eq!(collector(&man, "accounts")["status"], "ok");
    assert_eq!(collector(&man, "tcc")["status"], "ok");
    let accounts = jsonl(&members, "accounts");
    let tcc = jsonl(&members, "tcc");
    let user = |name: &str| {
        accounts
            .iter()
            .find(|a| a["kind"] == "user" && a["name"] == name)
            .unwrap_or_else(|| panic!("no user {name}"))
    };
    let rfc = |secs: i64| {
        chrono::DateTime::from_timestamp(secs, 0)
            .unwrap()
            .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
    };

    // An administrator created yesterday.
    let ops = user("ops");
    assert_eq!(ops["admin"], true);
    assert_eq!(ops["admin_via"], serde_json::json!(["groupmembers"]));
    assert_eq!(ops["created"], rfc(yesterday).as_str());
    assert_eq!(ops["timestamp"], rfc(yesterday).as_str());
    assert_eq!(ops["hidden"], false);
    // A hidden account (not an administrator).
    let support = user("support");
    assert_eq!(support["hidden"], true);
    assert_eq!(support["hidden_reasons"], serde_json::json!(["IsHidden"]));
    assert_eq!(support["admin"], false);
    // A deleted account, and its home without an account.
    let carl = accounts
        .iter()
        .find(|a| a["kind"] == "deleted_user")
        .unwrap();
    assert_eq!(carl["name"], "carl");
    assert_eq!(carl["uid"], 504);
    assert_eq!(carl["deleted"], rfc(yesterday - 3600).as_str());
    assert_eq!(carl["home_exists"], true);
    let home = accounts
        .iter()
        .find(|a| a["kind"] == "home_without_account")
        .unwrap();
    assert_eq!(home["home"], "/Users/carl");
    assert_eq!(home["deleted_user"], "carl");
    // The owner stays an administrator created long ago.
    assert_eq!(
        user("anna")["admin_via"],
        serde_json::json!(["users", "groupmembers"])
    );
    assert_eq!(user("anna")["created"], "2020-09-13T12:26:40Z");

    // Full Disk Access to an unsigned program, set by a user.
    assert_eq!(tcc.len(), 1);
    let fda = &tcc[0];
    assert_eq!(fda["service_name"], "Full Disk Access");
    assert_eq!(fda["client"], "/Users/ops/Downloads/sync-helper");
    assert_eq!(fda["client_type_name"], "absolute_path");
    assert_eq!(fda["decision"], "allowed");
    assert_eq!(fda["auth_reason_name"], "user_set");
    assert_eq!(fda["csreq"], serde_json::Value::Null);
    assert_eq!(fda["database"], "system");
    assert_eq!(fda["timestamp"], rfc(yesterday + 600).as_str());

    assert_eq!(snapshot(r), before);
}
