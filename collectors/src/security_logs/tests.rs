use std::path::Path;

use super::*;
use crate::kit::testing::run_on;
use crate::kit::Status;
use crate::testdata::security::{self, Scan};

/// 2024-02-13T11:00:00Z.
const T: i64 = 1_707_822_000;

fn write(root: &Path, rel: &str, data: &[u8]) {
    let p = root.join(rel.trim_start_matches('/'));
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, data).unwrap();
}

fn db_path(root: &Path, rel: &str) -> std::path::PathBuf {
    let p = root.join(rel.trim_start_matches('/'));
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    p
}

const UPDATER: Scan<'static> = Scan {
    cdhash: "4f1b2ac3d6e1c0b6a3d8b7e7e6a5d1c2b3a49f80",
    team: None,
    signing_id: "updater-55554944",
    bundle_id: "NOT_A_BUNDLE",
    object_id: 1_234_567,
    policy_match: 11,
    malware_result: 0,
    flags: 512,
    timestamp: T,
    url: Some("/Users/Shared/.sysupdate/updater"),
};

const ZOOM: Scan<'static> = Scan {
    cdhash: "9d1e0c6a4b3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a",
    team: Some("BJ4HAAB9B3"),
    signing_id: "us.zoom.xos",
    bundle_id: "us.zoom.xos",
    object_id: 99,
    policy_match: 8,
    malware_result: 1,
    flags: 0,
    timestamp: T - 3600,
    url: None,
};

fn gk_reject() -> Vec<u8> {
    let bm = crate::testdata::bookmark::for_path(
        &["Users", "alice", "Downloads", "UpdateHelper.app"],
        "alice",
        (T - 978_307_200) as f64,
    );
    let mut d = plist::Dictionary::new();
    d.insert("BookmarkData".into(), plist::Value::Data(bm));
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(T as u64 + 60);
    d.insert("TimeStamp".into(), plist::Value::Date(t.into()));
    d.insert("XProtectMalwareType".into(), 2.into());
    d.insert("PromptType".into(), 6.into());
    d.insert("DirectApproval".into(), false.into());
    d.insert("IsExecutionPath".into(), true.into());
    let mut out = Vec::new();
    plist::Value::Dictionary(d)
        .to_writer_binary(&mut out)
        .unwrap();
    out
}

const META: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>ExtensionBlacklist</key><dict><key>Extensions</key><array><dict/><dict/></array></dict>
<key>GKChecks</key><dict><key>CodeSignatureIDs</key><array><string>com.apple.a2p</string></array></dict>
<key>PlugInBlacklist</key><dict><key>10</key><dict><key>a</key><dict/><key>b</key><dict/><key>c</key><dict/></dict></dict>
<key>Version</key><integer>5287</integer>
</dict></plist>"#;

const YARA: &str =
    "private rule Macho { condition: true }\nrule XProtect_A { condition: Macho }\nrule XProtect_B\n{ condition: Macho }\n";

fn sample_root(root: &Path) {
    security::exec_policy(&db_path(root, EXEC_POLICY), &[UPDATER, ZOOM]);
    security::system_policy(
        &db_path(root, SYSTEM_POLICY),
        &[(
            "UnsignedHelper",
            "cdhash H\"4f1b2ac3d6e1c0b6a3d8b7e7e6a5d1c2b3a49f80\"",
            1,
            T - 30,
            Some("helpdesk"),
        )],
    );
    security::xpdb(
        &db_path(root, XPDB[0]),
        &[(
            "2024-02-13 11:05:00",
            "XProtect_MACOS_PWS_Generic",
            "/Users/Shared/.sysupdate/updater",
            UPDATER.cdhash,
            UPDATER.signing_id,
            None,
        )],
    );
    write(root, LAST_GK_REJECT[0], &gk_reject());
    let res = "/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Resources";
    write(root, &format!("{res}/XProtect.meta.plist"), META.as_bytes());
    write(root, &format!("{res}/XProtect.yara"), YARA.as_bytes());
}

#[test]
fn every_store_is_read_with_exact_times() {
    let d = tempfile::tempdir().unwrap();
    sample_root(d.path());
    let (report, sink) = run_on(d.path(), &SecurityLogs);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);

    let xp = sink.records("xprotect");
    assert_eq!(xp.len(), 1);
    assert_eq!(xp[0]["version"], "5287");
    assert_eq!(xp[0]["yara_rules"], 3);
    assert_eq!(xp[0]["yara_private_rules"], 1);
    assert_eq!(xp[0]["extension_blocklist"], 2);
    assert_eq!(xp[0]["plugin_blocklist"], 3);
    assert_eq!(xp[0]["gatekeeper_signature_ids"], 1);
    assert_eq!(xp[0]["plist_entries"], serde_json::Value::Null);
    assert_eq!(xp[0]["xprotect_plist"], false);

    let det = sink.records("xprotect_detections");
    // settings (1 row) and events (1 row).
    assert_eq!(det.len(), 2);
    let ev = det.iter().find(|r| r["table"] == "events").unwrap();
    assert_eq!(ev["timestamp"], "2024-02-13T11:05:00Z");
    assert_eq!(ev["timestamp_raw"], "2024-02-13 11:05:00");
    assert_eq!(ev["violated_rule"], "XProtect_MACOS_PWS_Generic");
    assert_eq!(ev["exec_cdhash"], UPDATER.cdhash);
    assert_eq!(ev["row"]["profile_hash"], serde_json::Value::Null);

    let gk = sink.records("gatekeeper_exec_policy");
    let scans: Vec<_> = gk
        .iter()
        .filter(|r| r["table"] == "policy_scan_cache")
        .collect();
    assert_eq!(scans.len(), 2);
    assert_eq!(scans[0]["cdhash"], UPDATER.cdhash);
    assert_eq!(scans[0]["timestamp"], "2024-02-13T11:00:00Z");
    assert_eq!(scans[0]["timestamp_raw"], T);
    assert_eq!(scans[0]["mod_time"], "2024-02-13T10:59:00Z");
    assert_eq!(scans[0]["revocation_check_time"], "2024-02-13T11:00:01Z");
    assert_eq!(scans[0]["team_identifier"], serde_json::Value::Null);
    assert_eq!(scans[0]["flags"], 512);
    assert_eq!(scans[1]["team_identifier"], "BJ4HAAB9B3");
    assert_eq!(scans[1]["malware_result"], 1);
    // Every column, as stored.
    assert_eq!(scans[1]["row"]["scan_version"], 4146);
    assert_eq!(scans[1]["row"]["fs_type_name"], "apfs");
    let prov: Vec<_> = gk
        .iter()
        .filter(|r| r["table"] == "provenance_tracking")
        .collect();
    assert_eq!(prov.len(), 1);
    assert_eq!(prov[0]["url"], "/Users/Shared/.sysupdate/updater");
    assert_eq!(prov[0]["timestamp"], "2024-02-13T11:00:00Z");
    // settings: 1; the empty measurements table: none.
    assert_eq!(gk.len(), 4);

    let rules = sink.records("gatekeeper_rules");
    let auth: Vec<_> = rules.iter().filter(|r| r["table"] == "authority").collect();
    assert_eq!(auth.len(), 1);
    assert_eq!(auth[0]["label"], "UnsignedHelper");
    assert_eq!(auth[0]["timestamp"], "2024-02-13T10:59:30Z");
    assert_eq!(auth[0]["modified"], "2024-02-13T10:59:30Z");
    // 5000000 (Julian) is Apple's "never".
    assert_eq!(auth[0]["expires_raw"], 5_000_000.0);
    assert_eq!(auth[0]["row"]["user"], "helpdesk");
    assert_eq!(rules.len(), 2, "authority 1 + feature 1: {rules:?}");

    let rej = sink.records("gatekeeper_reject");
    assert_eq!(rej.len(), 1);
    assert_eq!(rej[0]["timestamp"], "2024-02-13T11:01:00Z");
    assert_eq!(rej[0]["path"], "/Users/alice/Downloads/UpdateHelper.app");
    assert_eq!(rej[0]["xprotect_malware_type"], 2);
    assert_eq!(rej[0]["xprotect_malware_type_name"], "unsigned");
    assert_eq!(rej[0]["prompt_type"], 6);
    assert_eq!(rej[0]["direct_approval"], false);
    assert_eq!(rej[0]["is_execution_path"], true);

    // Everything parsed is archived.
    let m = sink.members();
    for p in [EXEC_POLICY, SYSTEM_POLICY, XPDB[0], LAST_GK_REJECT[0]] {
        assert!(m.contains(&format!("[root]{p}")), "{p} not in {m:?}");
    }
    assert!(m.iter().any(|p| p.ends_with("XProtect.yara")));
}

#[test]
fn snapshot_of_the_sample_root() {
    let d = tempfile::tempdir().unwrap();
    sample_root(d.path());
    let (_, sink) = run_on(d.path(), &SecurityLogs);
    let mut all = serde_json::Map::new();
    for s in DESCRIPTION.outputs {
        all.insert(s.to_string(), sink.records(s).into());
    }
    insta::assert_json_snapshot!(all);
}

#[test]
fn an_empty_root_is_ok_and_silent() {
    let d = tempfile::tempdir().unwrap();
    let (report, sink) = run_on(d.path(), &SecurityLogs);
    assert_eq!(report.status, Status::Ok);
    // Only the (empty) declared streams.
    assert!(
        sink.members().iter().all(|m| m.starts_with("parsed/")),
        "{:?}",
        sink.members()
    );
    for s in DESCRIPTION.outputs {
        assert!(sink.records(s).is_empty());
    }
}

#[test]
fn unknown_tables_and_columns_are_read_not_refused() {
    let d = tempfile::tempdir().unwrap();
    let p = db_path(d.path(), EXEC_POLICY);
    let c = rusqlite::Connection::open(&p).unwrap();
    c.execute_batch(
        "CREATE TABLE policy_scan_cache (cdhash TEXT, timestamp INTEGER, new_column BLOB);
         INSERT INTO policy_scan_cache VALUES ('ab', 1707822000, X'0102');
         CREATE TABLE staged_samples (x); INSERT INTO staged_samples VALUES (CAST(X'61ff' AS TEXT));
         CREATE VIEW loop AS SELECT 1;",
    )
    .unwrap();
    drop(c);
    let (report, sink) = run_on(d.path(), &SecurityLogs);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let r = sink.records("gatekeeper_exec_policy");
    assert_eq!(r.len(), 2);
    assert_eq!(r[0]["table"], "policy_scan_cache");
    assert_eq!(r[0]["timestamp"], "2024-02-13T11:00:00Z");
    assert_eq!(r[0]["row"]["new_column"], "0102");
    assert_eq!(r[1]["table"], "staged_samples");
    assert_eq!(r[1]["row"]["x"], "a\u{fffd}");
    assert_eq!(r[1]["row"]["x_b64"], "Yf8=");
}

#[test]
fn a_corrupt_database_is_one_error_and_the_rest_is_read() {
    let d = tempfile::tempdir().unwrap();
    sample_root(d.path());
    write(d.path(), EXEC_POLICY, &[0x42; 4096]);
    write(d.path(), LAST_GK_REJECT[0], b"bplist00\x01\x02");
    let (report, sink) = run_on(d.path(), &SecurityLogs);
    assert_eq!(report.status, Status::Partial);
    assert_eq!(report.errors.len(), 2, "{:?}", report.errors);
    assert!(sink.records("gatekeeper_exec_policy").is_empty());
    assert!(sink.records("gatekeeper_reject").is_empty());
    assert_eq!(sink.records("gatekeeper_rules").len(), 2);
    assert_eq!(sink.records("xprotect").len(), 1);
    // The damaged files are still archived.
    let m = sink.members();
    assert!(m.contains(&format!("[root]{EXEC_POLICY}")));
    assert!(m.contains(&format!("[root]{}", LAST_GK_REJECT[0])));
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn real_xprotect_2158_is_counted() {
    use crate::testdata::realdata;
    let d = tempfile::tempdir().unwrap();
    let res = "/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Resources";
    for (name, sample) in [
        (
            "XProtect.meta.plist",
            "xprotect/knightsc_XProtect.meta.plist",
        ),
        ("XProtect.plist", "xprotect/knightsc_XProtect.plist"),
        ("XProtect.yara", "xprotect/knightsc_XProtect.yara"),
    ] {
        write(d.path(), &format!("{res}/{name}"), &realdata::read(sample));
    }
    let (report, sink) = run_on(d.path(), &SecurityLogs);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let xp = sink.records("xprotect");
    assert_eq!(xp.len(), 1);
    // Expected values counted from the files themselves (grep for
    // `^\s*(private\s+|global\s+)*rule\s+NAME`, plistlib for the lists):
    // `<real>2158</real>`; 164 rule declarations of which 2 `private rule`
    // (Macho, PE); 94 signatures in XProtect.plist; 129 Safari extensions,
    // 6 plug-ins under key 10, 7 Gatekeeper signing IDs in the meta plist.
    assert_eq!(xp[0]["version"], "2158");
    assert_eq!(xp[0]["version_raw"], 2158.0);
    assert_eq!(xp[0]["yara_rules"], 164);
    assert_eq!(xp[0]["yara_private_rules"], 2);
    assert_eq!(xp[0]["plist_entries"], 94);
    assert_eq!(xp[0]["extension_blocklist"], 129);
    assert_eq!(xp[0]["plugin_blocklist"], 6);
    assert_eq!(xp[0]["gatekeeper_signature_ids"], 7);
    assert_eq!(xp[0]["min_java_version"], "1.6.0_45-b06-451");
    assert_eq!(xp[0]["macos"], "10.15+");
}

#[test]
fn a_symlink_where_a_store_is_expected_is_not_followed() {
    let d = tempfile::tempdir().unwrap();
    let outside = d.path().join("outside.db");
    security::exec_policy(&outside, &[UPDATER]);
    let link = db_path(d.path().join("root").as_path(), EXEC_POLICY);
    std::os::unix::fs::symlink(&outside, &link).unwrap();
    let gk = d.path().join("root/private/var/db/.LastGKReject");
    std::os::unix::fs::symlink("/etc/passwd", &gk).unwrap();
    let (report, sink) = run_on(&d.path().join("root"), &SecurityLogs);
    assert!(sink.records("gatekeeper_exec_policy").is_empty());
    assert!(sink.records("gatekeeper_reject").is_empty());
    // Each link is kept as a link (or reported), never read through.
    let m = sink.members();
    assert!(
        m.contains(&format!("[root]{EXEC_POLICY}")) || !report.errors.is_empty(),
        "{m:?} {:?}",
        report.errors
    );
}

#[test]
fn a_yara_file_over_the_limit_is_archived_and_one_error() {
    let d = tempfile::tempdir().unwrap();
    let yara = "/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Resources/XProtect.yara";
    write(d.path(), yara, b"");
    std::fs::File::create(d.path().join(yara.trim_start_matches('/')))
        .unwrap()
        .set_len((64 << 20) + 1)
        .unwrap();
    let (report, sink) = run_on(d.path(), &SecurityLogs);
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert_eq!(report.errors[0].path.as_deref(), Some(yara));
    assert_eq!(
        report.errors[0].message,
        "67108865 bytes, over the 67108864-byte parsing limit; archived, not parsed"
    );
    let r = sink.records("xprotect");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0]["yara"], false);
    assert_eq!(r[0]["yara_rules"], serde_json::Value::Null);
    assert!(sink.members().contains(&format!("[root]{yara}")));
}
