use super::*;
use crate::kit::{testing, Status};
use crate::testdata::dslocal::record;
use serde_json::json;

fn s(v: &str) -> P {
    P::String(v.into())
}

fn list(v: &[&str]) -> P {
    P::Array(v.iter().map(|x| s(x)).collect())
}

fn xml(v: &P) -> Vec<u8> {
    let mut out = Vec::new();
    v.to_writer_xml(&mut out).unwrap();
    out
}

fn dict(entries: &[(&str, P)]) -> P {
    let mut d = Dictionary::new();
    for (k, v) in entries {
        d.insert((*k).into(), v.clone());
    }
    P::Dictionary(d)
}

fn write(root: &Path, rel: &str, data: &[u8]) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, data).unwrap();
}

const USERS: &str = "private/var/db/dslocal/nodes/Default/users";
const GROUPS: &str = "private/var/db/dslocal/nodes/Default/groups";

/// The salt and entropy planted in the shadow hash: they must never reach
/// a record.
const SALT: &[u8] = b"SALT-never-exported-0123456789ab";
const ENTROPY: &[u8] = b"ENTROPY-never-exported-abcdef012";

fn shadow() -> P {
    let mut out = Vec::new();
    dict(&[
        (
            "SALTED-SHA512-PBKDF2",
            dict(&[
                ("entropy", P::Data(ENTROPY.to_vec())),
                ("iterations", P::Integer(45_000.into())),
                ("salt", P::Data(SALT.to_vec())),
            ]),
        ),
        (
            "SRP-RFC5054-4096-SHA512-PBKDF2",
            dict(&[
                ("iterations", P::Integer(52_000.into())),
                ("salt", P::Data(SALT.to_vec())),
                ("verifier", P::Data(ENTROPY.to_vec())),
            ]),
        ),
    ])
    .to_writer_binary(&mut out)
    .unwrap();
    P::Data(out)
}

fn policy(created: f64) -> P {
    P::Data(xml(&dict(&[
        ("creationTime", P::Real(created)),
        ("failedLoginCount", P::Integer(3.into())),
        ("failedLoginTimestamp", P::Integer(1_700_000_000.into())),
        ("passwordLastSetTime", P::Real(created + 5.25)),
    ])))
}

/// A Mac with administrators by name, by generated UID and through a
/// nested group, a hidden account, a deleted one, a home whose account is
/// gone, auto-login and guest settings.
fn build(r: &Path, created: f64) {
    write(
        r,
        &format!("{USERS}/alice.plist"),
        &record(&[
            ("name", list(&["alice", "Alice.Admin"])),
            ("realname", s("Alice Admin")),
            ("uid", s("501")),
            ("gid", s("20")),
            ("home", s("/Users/alice")),
            ("shell", s("/bin/zsh")),
            ("generateduid", s("A11CE000-0000-4000-8000-000000000501")),
            (
                "authentication_authority",
                list(&[
                    ";ShadowHash;HASHLIST:<SALTED-SHA512-PBKDF2,SRP-RFC5054-4096-SHA512-PBKDF2>",
                    ";Kerberosv5;;alice@LKDC:SHA1.0123;LKDC:SHA1.0123;",
                    ";SecureToken;",
                ]),
            ),
            ("accountPolicyData", policy(created)),
            ("ShadowHashData", shadow()),
            ("picture", s("/Library/User Pictures/Animals/Eagle.heic")),
            ("hint", s("the usual")),
        ]),
    );
    write(
        r,
        &format!("{USERS}/bob.plist"),
        &record(&[
            ("name", s("bob")),
            ("uid", s("502")),
            ("gid", s("20")),
            ("home", s("/Users/bob")),
            ("generateduid", s("B0B00000-0000-4000-8000-000000000502")),
        ]),
    );
    write(
        r,
        &format!("{USERS}/carol.plist"),
        &record(&[
            ("name", s("carol")),
            ("uid", s("503")),
            ("gid", s("20")),
            ("home", s("/Users/carol")),
            ("generateduid", s("CA401000-0000-4000-8000-000000000503")),
        ]),
    );
    write(
        r,
        &format!("{USERS}/svc.plist"),
        &record(&[
            ("name", s("svc")),
            ("uid", s("401")),
            ("gid", s("80")),
            ("home", s("/var/svc")),
            ("IsHidden", s("1")),
            ("generateduid", s("5C000000-0000-4000-8000-000000000401")),
        ]),
    );
    write(
        r,
        &format!("{USERS}/dave.plist"),
        &record(&[
            ("name", s("dave")),
            ("uid", s("504")),
            ("gid", s("20")),
            ("home", s("/Users/dave")),
        ]),
    );
    write(
        r,
        &format!("{USERS}/Guest.plist"),
        &record(&[
            ("name", s("Guest")),
            ("uid", s("201")),
            ("gid", s("201")),
            ("home", s("/Users/Guest")),
        ]),
    );
    write(
        r,
        &format!("{GROUPS}/admin.plist"),
        &record(&[
            ("name", s("admin")),
            ("gid", s("80")),
            ("realname", s("Administrators")),
            ("generateduid", s("ABCDEFAB-CDEF-ABCD-EFAB-CDEF00000050")),
            ("users", list(&["root", "alice"])),
            (
                "groupmembers",
                list(&["b0b00000-0000-4000-8000-000000000502"]),
            ),
            (
                "nestedgroups",
                list(&["DE500000-0000-4000-8000-000000000700"]),
            ),
        ]),
    );
    write(
        r,
        &format!("{GROUPS}/devs.plist"),
        &record(&[
            ("name", s("devs")),
            ("gid", s("700")),
            ("generateduid", s("DE500000-0000-4000-8000-000000000700")),
            ("users", list(&["carol"])),
        ]),
    );
    write(
        r,
        &format!("{GROUPS}/staff.plist"),
        &record(&[("name", s("staff")), ("gid", s("20"))]),
    );
    let deleted_at =
        plist::Date::from(std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_704_164_645));
    write(
        r,
        &DELETED_USERS_PLIST[1..],
        &xml(&dict(&[(
            "deletedUsers",
            P::Array(vec![dict(&[
                ("date", P::Date(deleted_at)),
                ("dsAttrTypeStandard:RealName", s("Mallory M")),
                ("dsAttrTypeStandard:UniqueID", P::Integer(505.into())),
                ("name", s("mallory")),
            ])]),
        )])),
    );
    write(
        r,
        &LOGINWINDOW_PLIST[1..],
        &xml(&dict(&[
            ("lastUserName", s("alice")),
            ("lastUser", s("loggedIn")),
            ("autoLoginUser", s("bob")),
            ("autoLoginUserUID", P::Integer(502.into())),
            ("GuestEnabled", P::Boolean(true)),
            ("HiddenUsersList", list(&["dave"])),
        ])),
    );
    write(
        r,
        &KCPASSWORD[1..],
        b"\x1c\xeb\x26\x4e\xa1\x9c\xdd\xea\xa3\xb9\x1f\x00",
    );
    for h in ["alice", "bob", "carol", "dave", "mallory", "Shared"] {
        std::fs::create_dir_all(r.join("Users").join(h)).unwrap();
    }
    write(r, "Users/Deleted Users/mallory.dmg", b"image");
}

fn by<'a>(recs: &'a [serde_json::Value], kind: &str, name: &str) -> &'a serde_json::Value {
    recs.iter()
        .find(|r| r["kind"] == kind && r["name"] == name)
        .unwrap_or_else(|| panic!("no {kind} {name}"))
}

#[test]
fn users_groups_admins_hidden_and_deleted() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let yesterday = chrono::Utc::now().timestamp() - 86_400;
    let created = yesterday as f64 + 0.5;
    build(r, created);
    let (report, sink) = testing::run_on(r, &Accounts);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let recs = sink.records(STREAM);
    let kinds: Vec<(&str, &str)> = recs
        .iter()
        .map(|r| {
            (
                r["kind"].as_str().unwrap(),
                r["name"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("user", "Guest"),
            ("user", "alice"),
            ("user", "bob"),
            ("user", "carol"),
            ("user", "dave"),
            ("user", "svc"),
            ("group", "admin"),
            ("group", "devs"),
            ("group", "staff"),
            ("deleted_user", "mallory"),
            ("home_without_account", "mallory"),
            ("login_window", ""),
        ]
    );

    // alice: an administrator by name, created yesterday.
    let alice = by(&recs, "user", "alice");
    let expected_created = time::rfc3339(&time::from_unix(yesterday, 500_000_000).unwrap());
    assert_eq!(alice["timestamp"], expected_created.as_str());
    assert_eq!(alice["created"], expected_created.as_str());
    assert_eq!(alice["created_raw"], created);
    assert_eq!(alice["timestamp_raw"], created);
    assert_eq!(alice["user"], "alice");
    assert_eq!(alice["aliases"], json!(["Alice.Admin"]));
    assert_eq!(alice["real_name"], "Alice Admin");
    assert_eq!(
        (alice["uid"].clone(), alice["gid"].clone()),
        (json!(501), json!(20))
    );
    assert_eq!(alice["primary_group"], "staff");
    assert_eq!(alice["home"], "/Users/alice");
    assert_eq!(alice["home_exists"], true);
    assert_eq!(alice["admin"], true);
    assert_eq!(alice["admin_via"], json!(["users"]));
    assert_eq!(alice["groups"], json!(["admin", "staff"]));
    assert_eq!(alice["hidden"], false);
    assert_eq!(
        alice["auth_authority_kinds"],
        json!(["ShadowHash", "Kerberosv5", "SecureToken"])
    );
    assert_eq!(alice["policy_source"], "accountPolicyData");
    assert_eq!(
        alice["password_last_set"],
        time::rfc3339(&time::from_unix(yesterday + 5, 750_000_000).unwrap()).as_str()
    );
    assert_eq!(alice["failed_login_count"], 3);
    assert_eq!(alice["last_failed_login"], "2023-11-14T22:13:20Z");
    assert_eq!(alice["last_failed_login_raw"], 1_700_000_000);
    assert_eq!(
        alice["picture"],
        "/Library/User Pictures/Animals/Eagle.heic"
    );
    assert_eq!(alice["password_hint"], "the usual");
    assert_eq!(alice["shadow_hash"], true);
    assert_eq!(
        alice["shadow_hash_types"],
        json!([
            {"type": "SALTED-SHA512-PBKDF2", "iterations": 45000},
            {"type": "SRP-RFC5054-4096-SHA512-PBKDF2", "iterations": 52000}
        ])
    );
    assert_eq!(alice["last_user"], true);
    assert_eq!(alice["auto_login"], false);
    assert_eq!(alice["system_account"], false);

    // bob: by generated UID (case differs), and the auto-login user.
    let bob = by(&recs, "user", "bob");
    assert_eq!(bob["admin_via"], json!(["groupmembers"]));
    assert_eq!(bob["auto_login"], true);
    assert_eq!(bob["shadow_hash"], false);
    assert_eq!(bob["shadow_hash_types"], serde_json::Value::Null);
    assert_eq!(bob["timestamp"], serde_json::Value::Null);
    // carol: through devs, nested in admin.
    let carol = by(&recs, "user", "carol");
    assert_eq!(carol["admin"], true);
    assert_eq!(carol["admin_via"], json!(["nestedgroups"]));
    assert_eq!(carol["groups"], json!(["admin", "devs", "staff"]));
    // svc: hidden, and admin by its primary group; its home is absent.
    let svc = by(&recs, "user", "svc");
    assert_eq!(svc["hidden"], true);
    assert_eq!(svc["hidden_reasons"], json!(["IsHidden"]));
    assert_eq!(svc["is_hidden_raw"], "1");
    assert_eq!(svc["admin_via"], json!(["primary_gid"]));
    assert_eq!(svc["home_exists"], false);
    // dave: hidden by the login window's list; not an admin.
    let dave = by(&recs, "user", "dave");
    assert_eq!(dave["hidden_reasons"], json!(["HiddenUsersList"]));
    assert_eq!(dave["admin"], false);
    assert_eq!(dave["admin_via"], json!([]));

    let admin = by(&recs, "group", "admin");
    assert_eq!(admin["gid"], 80);
    assert_eq!(admin["members"], json!(["alice", "bob", "carol", "svc"]));
    assert_eq!(admin["users"], json!(["root", "alice"]));
    assert_eq!(admin["nested_group_names"], json!(["devs"]));
    assert_eq!(admin["user"], serde_json::Value::Null);

    let mallory = by(&recs, "deleted_user", "mallory");
    assert_eq!(mallory["timestamp"], "2024-01-02T03:04:05Z");
    assert_eq!(mallory["deleted"], "2024-01-02T03:04:05Z");
    assert_eq!(mallory["deleted_raw"], 1_704_164_645.0 - 978_307_200.0);
    assert_eq!(mallory["uid"], 505);
    assert_eq!(mallory["real_name"], "Mallory M");
    assert_eq!(mallory["home_exists"], true);
    assert_eq!(
        mallory["deleted_home_image"],
        "/Users/Deleted Users/mallory.dmg"
    );
    assert_eq!(mallory["source"], DELETED_USERS_PLIST);
    let orphan = by(&recs, "home_without_account", "mallory");
    assert_eq!(orphan["home"], "/Users/mallory");
    assert_eq!(orphan["deleted_user"], "mallory");

    let lw = recs.last().unwrap();
    assert_eq!(lw["source"], LOGINWINDOW_PLIST);
    assert_eq!(lw["last_user"], "alice");
    assert_eq!(lw["auto_login_user"], "bob");
    assert_eq!(lw["auto_login_uid"], 502);
    assert_eq!(lw["kcpassword_present"], true);
    assert_eq!(lw["kcpassword_size"], 12);
    assert_eq!(lw["guest_enabled"], true);
    assert_eq!(lw["guest_account"], true);
    assert_eq!(lw["guest_smb_access"], serde_json::Value::Null);
    assert_eq!(lw["hidden_users_list"], json!(["dave"]));

    // The shadow hash's secrets never leave the record file, and the
    // auto-login password is neither archived nor read.
    let jsonl = sink.member_bytes("parsed/accounts.jsonl").unwrap();
    let text = String::from_utf8(jsonl).unwrap();
    for secret in [SALT, ENTROPY] {
        assert!(!text.contains(&hex::encode(secret)));
        assert!(!text.contains(std::str::from_utf8(secret).unwrap()));
        use base64::Engine as _;
        assert!(!text.contains(&base64::engine::general_purpose::STANDARD.encode(secret)));
    }
    assert!(!text.contains("\"salt\"") && !text.contains("entropy") && !text.contains("verifier"));
    assert!(!sink.members().iter().any(|m| m.contains("kcpassword")));
    // The account records are archived (once, whoever comes first).
    assert!(sink
        .members()
        .contains(&format!("[root]/{USERS}/alice.plist")));
}

#[test]
fn broken_records_are_reported_and_the_rest_is_kept() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    write(r, &format!("{USERS}/broken.plist"), b"not a plist");
    write(
        r,
        &format!("{USERS}/ok.plist"),
        &record(&[
            ("name", s("ok")),
            ("uid", s("five hundred")),
            ("accountPolicyData", P::Data(b"<plist><dict>".to_vec())),
            ("ShadowHashData", P::Data(b"bplist00garbage".to_vec())),
        ]),
    );
    write(r, &format!("{USERS}/list.plist"), &xml(&list(&["x"])));
    std::os::unix::fs::symlink("/etc/passwd", r.join(USERS).join("evil.plist")).unwrap();
    write(
        r,
        &DELETED_USERS_PLIST[1..],
        &xml(&dict(&[("deletedUsers", s("nope"))])),
    );
    let (report, sink) = testing::run_on(r, &Accounts);
    assert_eq!(report.status, Status::Partial);
    let msgs: Vec<(String, String)> = report
        .errors
        .iter()
        .map(|e| {
            (
                e.path.clone().unwrap_or_default(),
                e.message.chars().take(40).collect(),
            )
        })
        .collect();
    assert_eq!(report.errors.len(), 5, "{msgs:#?}");
    let has = |path: &str, msg: &str| {
        report
            .errors
            .iter()
            .any(|e| e.path.as_deref().unwrap_or("").ends_with(path) && e.message.contains(msg))
    };
    assert!(has("broken.plist", "not a readable property list"));
    assert!(has("list.plist", "not a dictionary"));
    assert!(has("ok.plist", "accountPolicyData"));
    assert!(has("ok.plist", "ShadowHashData"));
    assert!(has("com.apple.preferences.accounts.plist", "not a list"));
    let recs = sink.records(STREAM);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["name"], "ok");
    assert_eq!(recs[0]["uid"], serde_json::Value::Null);
    assert_eq!(recs[0]["uid_raw"], "five hundred");
    assert_eq!(recs[0]["shadow_hash"], true);
    assert_eq!(recs[0]["shadow_hash_types"], serde_json::Value::Null);
    // The symlinked record is kept as a link, not followed.
    let items = sink.items.lock().unwrap();
    let link = items.iter().find(|i| i.0.ends_with("evil.plist")).unwrap();
    assert_eq!(link.3.as_deref(), Some(Path::new("/etc/passwd")));
}

#[test]
fn an_empty_root_gives_an_empty_stream() {
    let d = tempfile::tempdir().unwrap();
    let (report, sink) = testing::run_on(d.path(), &Accounts);
    assert_eq!(report.status, Status::Ok);
    assert_eq!(sink.members(), vec!["parsed/accounts.jsonl"]);
    assert!(sink.records(STREAM).is_empty());
}

/// The real records of `../shared/realdata/users/` (SOURCES.md): artemis'
/// `nobody` (10.15+ accountPolicyData), plaso's `nobody` (no policy) and
/// plaso's `user` (OS X 10.9, passwordpolicyoptions, a PBKDF2 shadow hash).
#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn realdata_account_records() {
    let real = crate::testdata::dir();
    let real = Path::new(&real).join("users");
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    for (from, to) in [
        ("artemis_nobody.plist", "nobody.plist"),
        ("plaso_nobody.plist", "nobody_old.plist"),
        ("plaso_user.plist", "user.plist"),
    ] {
        write(
            r,
            &format!("{USERS}/{to}"),
            &std::fs::read(real.join(from)).unwrap(),
        );
    }
    let (report, sink) = testing::run_on(r, &Accounts);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let recs = sink.records(STREAM);
    assert_eq!(recs.len(), 3);
    // artemis asserts: nobody, uid -2, gid -2, home /var/empty, shell
    // /usr/bin/false, real name "Unprivileged User", created
    // 2020-07-17T16:29:42.687Z, password last set 2020-07-17T16:29:47.901Z
    // (milliseconds; the stored values are finer).
    let nobody = &recs[0];
    assert!(nobody["source"]
        .as_str()
        .unwrap()
        .ends_with("/nobody.plist"));
    assert_eq!(nobody["name"], "nobody");
    assert_eq!(nobody["uid"], -2);
    assert_eq!(nobody["gid"], -2);
    assert_eq!(nobody["home"], "/var/empty");
    assert_eq!(nobody["shell"], "/usr/bin/false");
    assert_eq!(nobody["real_name"], "Unprivileged User");
    assert_eq!(nobody["system_account"], true);
    assert!(nobody["created"]
        .as_str()
        .unwrap()
        .starts_with("2020-07-17T16:29:42.687"));
    assert!(nobody["password_last_set"]
        .as_str()
        .unwrap()
        .starts_with("2020-07-17T16:29:47.901"));
    assert_eq!(nobody["created_raw"], 1_595_003_382.687_535);
    assert_eq!(nobody["failed_login_count"], 0);
    assert_eq!(nobody["last_failed_login"], serde_json::Value::Null);
    assert_eq!(nobody["last_failed_login_raw"], 0);
    // plaso's older nobody: the same account, no policy data.
    let old = &recs[1];
    assert_eq!(old["name"], "nobody");
    assert_eq!(old["policy_source"], serde_json::Value::Null);
    assert_eq!(old["created"], serde_json::Value::Null);
    // plaso's user: uid 501, Joaquin Moreno, SALTED-SHA512-PBKDF2 with
    // 37313 iterations, password last set 2013-12-28T04:35:47Z.
    let user = &recs[2];
    assert_eq!(user["name"], "user");
    assert_eq!(user["uid"], 501);
    assert_eq!(user["real_name"], "Joaquin Moreno");
    assert_eq!(user["policy_source"], "passwordpolicyoptions");
    assert_eq!(user["password_last_set"], "2013-12-28T04:35:47Z");
    // 2001-01-01T00:00:00Z is how 10.9 wrote "never".
    assert_eq!(user["last_login"], serde_json::Value::Null);
    assert_eq!(user["last_login_raw"], 0.0);
    assert_eq!(user["shadow_hash"], true);
    assert_eq!(
        user["shadow_hash_types"],
        json!([{"type": "SALTED-SHA512-PBKDF2", "iterations": 37313}])
    );
    assert_eq!(user["auth_authority_kinds"], json!(["ShadowHash"]));
    assert_eq!(user["picture"], "/Library/User Pictures/Animals/Parrot.tif");
    assert_eq!(user["jpeg_photo"], true);
    // No byte of the stored hash or salt is written.
    let shadow = plist::Value::from_file(real.join("plaso_user.plist")).unwrap();
    let blob = shadow.as_dictionary().unwrap()["ShadowHashData"]
        .as_array()
        .unwrap()[0]
        .as_data()
        .unwrap()
        .to_vec();
    let inner = crate::kit::plist::read(&blob).unwrap();
    let h = inner.as_dictionary().unwrap()["SALTED-SHA512-PBKDF2"]
        .as_dictionary()
        .unwrap();
    let text = String::from_utf8(sink.member_bytes("parsed/accounts.jsonl").unwrap()).unwrap();
    for k in ["entropy", "salt"] {
        let bytes = h[k].as_data().unwrap();
        assert!(!text.contains(&hex::encode(bytes)), "{k}");
        assert!(!text.contains(&hex::encode(&bytes[..8])), "{k}");
    }
}

/// The records of the bundled fixture, as a reviewed snapshot.
#[test]
fn snapshot_of_the_bundled_fixture() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/mac-basic");
    let (report, sink) = testing::run_on(&root, &Accounts);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let mut recs = sink.records(STREAM);
    // The home's mtime depends on the checkout.
    for r in &mut recs {
        if r["kind"] == "home_without_account" {
            r["modified"] = json!("[checkout]");
            r["modified_raw"] = json!("[checkout]");
            r["owner_uid"] = json!("[checkout]");
        }
    }
    insta::assert_json_snapshot!(recs);
}
