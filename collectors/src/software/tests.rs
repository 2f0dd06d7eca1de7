//! Tests of the software collector: a tree built here with every part and
//! its damage, and the real samples (opt-in, `MACTRIAGE_REALDATA`) at their
//! macOS paths.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use super::*;
use crate::kit::{testing, IssueKind, Status};
use crate::testdata::macho::{slice, Sign, CPU_ARM64};

fn write(root: &Path, rel: &str, data: &[u8]) -> PathBuf {
    let p = root.join(rel.trim_start_matches('/'));
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, data).unwrap();
    p
}

fn xml(v: &plist::Value) -> Vec<u8> {
    let mut out = Vec::new();
    plist::to_writer_xml(&mut out, v).unwrap();
    out
}

fn binary(v: &plist::Value) -> Vec<u8> {
    let mut out = Vec::new();
    plist::to_writer_binary(&mut out, v).unwrap();
    out
}

fn date(unix: u64) -> plist::Value {
    plist::Value::Date((std::time::UNIX_EPOCH + std::time::Duration::from_secs(unix)).into())
}

fn dict(entries: Vec<(&str, plist::Value)>) -> plist::Value {
    plist::Value::Dictionary(
        entries
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

fn s(v: &str) -> plist::Value {
    plist::Value::String(v.to_string())
}

/// An Info.plist as Xcode writes one (the keys this collector reads).
fn info(id: &str, exe: &str, short: &str, build: &str) -> Vec<u8> {
    xml(&dict(vec![
        ("CFBundleExecutable", s(exe)),
        ("CFBundleIdentifier", s(id)),
        ("CFBundleName", s(exe)),
        ("CFBundlePackageType", s("APPL")),
        ("CFBundleShortVersionString", s(short)),
        ("CFBundleVersion", s(build)),
        ("LSMinimumSystemVersion", s("12.0")),
    ]))
}

fn app(root: &Path, bundle: &str, id: &str, exe: &str, code: &[u8]) {
    write(
        root,
        &format!("{bundle}/Contents/Info.plist"),
        &info(id, exe, "1.2.3", "123"),
    );
    write(root, &format!("{bundle}/Contents/MacOS/{exe}"), code);
}

fn by<'a>(recs: &'a [Value], key: &str, val: &str) -> &'a Value {
    recs.iter()
        .find(|r| r[key] == val)
        .unwrap_or_else(|| panic!("no record with {key} = {val}: {recs:#?}"))
}

/// Host-dependent values (the tree's own times and owner) replaced.
fn stable(mut recs: Vec<Value>) -> Vec<Value> {
    for r in &mut recs {
        let kind = r["kind"].as_str().unwrap_or("").to_string();
        let Some(o) = r.as_object_mut() else { continue };
        let mut host = vec![
            "bundle_ctime",
            "bundle_btime",
            "bundle_uid",
            "exe_mtime",
            "exe_ctime",
            "exe_btime",
            "exe_uid",
            "exe_mode",
            "ctime",
            "btime",
        ];
        if kind == "app" || kind.starts_with("homebrew") {
            host.push("timestamp");
        }
        for k in host {
            if let Some(v) = o.get_mut(k) {
                if !v.is_null() {
                    *v = Value::from("<host>");
                }
            }
        }
    }
    recs
}

/// The whole tree: every part, and one fault of each kind.
fn tree(r: &Path) {
    // Install history: two entries, one with a mistyped field, one not a
    // dictionary.
    write(
        r,
        install::INSTALL_HISTORY,
        &xml(&plist::Value::Array(vec![
            dict(vec![
                ("date", date(1_700_000_000)),
                ("displayName", s("macOS 14.1")),
                ("displayVersion", s("14.1")),
                ("processName", s("softwareupdated")),
                (
                    "packageIdentifiers",
                    plist::Value::Array(vec![
                        s("com.apple.pkg.macOSBrain"),
                        s("com.apple.pkg.Core"),
                    ]),
                ),
            ]),
            s("not a dictionary"),
            dict(vec![
                ("date", date(1_700_086_400)),
                ("displayName", s("Example Tool")),
                ("displayVersion", plist::Value::Integer(2.into())),
                ("processName", s("Installer")),
                (
                    "packageIdentifiers",
                    plist::Value::Array(vec![s("com.example.tool")]),
                ),
            ]),
        ])),
    );
    // Receipts: a sound one with its bom, a corrupt one.
    write(
        r,
        "/private/var/db/receipts/com.example.tool.plist",
        &binary(&dict(vec![
            ("InstallDate", date(1_700_086_401)),
            ("InstallPrefixPath", s("/")),
            ("InstallProcessName", s("installer")),
            ("PackageFileName", s("ExampleTool.pkg")),
            ("PackageIdentifier", s("com.example.tool")),
            ("PackageVersion", s("2.0")),
        ])),
    );
    write(
        r,
        "/private/var/db/receipts/com.example.tool.bom",
        b"BOMStore\0\0\0\x01",
    );
    write(
        r,
        "/private/var/db/receipts/com.example.broken.plist",
        b"bplist00\x01\x02",
    );
    write(
        r,
        "/private/var/log/install.log",
        b"2023-11-14 10:00:00+00 Mac installer[1]: Installed\n",
    );
    write(
        r,
        "/private/var/log/install.log.0.gz",
        b"\x1f\x8b\x08\0\0\0\0\0",
    );
    write(r, "/private/var/log/system.log", b"not ours\n");
    // Applications.
    let signed = slice(CPU_ARM64, Sign::Adhoc, "com.example.Editor");
    app(
        r,
        "/Applications/Editor.app",
        "com.example.Editor",
        "Editor",
        &signed,
    );
    testing::set_mac_xattr(
        &r.join("Applications/Editor.app"),
        "com.apple.quarantine",
        b"0083;65535f00;Safari;2B5C1E0A-0D4F-4B8C-9E51-6A3B0D6C1F11",
    );
    app(
        r,
        "/Applications/Utilities/Helper.app",
        "com.example.helper",
        "Helper",
        &slice(CPU_ARM64, Sign::No, ""),
    );
    app(
        r,
        "/Applications/Vendor/Vendor Updater.app",
        "com.vendor.updater",
        "updater",
        b"#!/bin/sh\nexit 0\n",
    );
    // Info.plist names an executable that is not there.
    write(
        r,
        "/Applications/Gone.app/Contents/Info.plist",
        &info("com.example.gone", "Gone", "1", "1"),
    );
    // A corrupt Info.plist: the executable is the bundle's name.
    write(
        r,
        "/Applications/Broken.app/Contents/Info.plist",
        b"<?xml version=\"1.0\"?><plist><dict><key>",
    );
    write(r, "/Applications/Broken.app/Contents/MacOS/Broken", &signed);
    // A bundle that is a link.
    std::os::unix::fs::symlink(
        "/Volumes/Elsewhere/Thing.app",
        r.join("Applications/Link.app"),
    )
    .unwrap();
    // A name that is not UTF-8.
    let odd = r.join(std::ffi::OsStr::from_bytes_lossy_test(
        b"Applications/Caf\xe9.app",
    ));
    std::fs::create_dir_all(odd.join("Contents/MacOS")).unwrap();
    std::fs::write(
        odd.join("Contents/Info.plist"),
        info("com.example.cafe", "Cafe", "1", "1"),
    )
    .unwrap();
    std::fs::write(odd.join("Contents/MacOS/Cafe"), b"#!/bin/sh\n").unwrap();
    // Apple's, and one in a home.
    app(
        r,
        "/System/Applications/Calculator.app",
        "com.apple.calculator",
        "Calculator",
        &slice(CPU_ARM64, Sign::No, ""),
    );
    std::fs::create_dir_all(r.join("Users/alice")).unwrap();
    app(
        r,
        "/Users/alice/Applications/Notes Helper.app",
        "com.example.notes",
        "Notes Helper",
        &signed,
    );
    // Homebrew: a formula with its receipt, one whose receipt is not
    // JSON, a cask.
    write(
        r,
        "/opt/homebrew/Cellar/wget/1.24.5/INSTALL_RECEIPT.json",
        json!({
            "homebrew_version": "4.2.0",
            "installed_as_dependency": false,
            "installed_on_request": true,
            "poured_from_bottle": true,
            "time": 1_700_100_000,
            "arch": "arm64",
            "source": {"tap": "homebrew/core", "spec": "stable", "path": "/opt/homebrew/Library/Taps/homebrew/homebrew-core/Formula/w/wget.rb"},
        })
        .to_string()
        .as_bytes(),
    );
    write(r, "/opt/homebrew/Cellar/wget/1.24.5/bin/wget", b"");
    write(
        r,
        "/opt/homebrew/Cellar/openssl@3/3.2.0/INSTALL_RECEIPT.json",
        b"{\"time\": ",
    );
    write(
        r,
        "/opt/homebrew/Caskroom/firefox/125.0/Firefox.app/.keep",
        b"",
    );
    write(
        r,
        "/opt/homebrew/Caskroom/firefox/.metadata/125.0/x.json",
        b"{}",
    );
}

/// `OsStr` from bytes, for a test name that is not UTF-8.
trait FromBytes {
    fn from_bytes_lossy_test(b: &[u8]) -> &std::ffi::OsStr;
}
impl FromBytes for std::ffi::OsStr {
    fn from_bytes_lossy_test(b: &[u8]) -> &std::ffi::OsStr {
        std::os::unix::ffi::OsStrExt::from_bytes(b)
    }
}

#[test]
fn every_part_and_every_fault_of_a_built_tree() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    tree(r);
    let (report, sink) = testing::run_on(r, &Software);
    let recs = sink.records(STREAM);
    let count = |k: &str| recs.iter().filter(|r| r["kind"] == k).count();
    assert_eq!(count("install"), 2);
    assert_eq!(count("receipt"), 1);
    assert_eq!(count("app"), 9);
    assert_eq!(count("homebrew_formula"), 2);
    assert_eq!(count("homebrew_cask"), 1);
    assert_eq!(recs.len(), 15);

    // The faults, one issue each.
    let mut issues: Vec<(String, String)> = report
        .errors
        .iter()
        .map(|e| {
            let p = e.path.clone().unwrap_or_default();
            let p = p.strip_prefix("/").unwrap_or(&p).to_string();
            (p, e.message.clone())
        })
        .collect();
    issues.sort();
    assert!(report.errors.iter().all(|e| e.kind == IssueKind::Error));
    let paths: Vec<&str> = issues.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "Applications/Broken.app/Contents/Info.plist",
            "Applications/Gone.app/Contents/MacOS/Gone",
            "Library/Receipts/InstallHistory.plist",
            "Library/Receipts/InstallHistory.plist",
            "opt/homebrew/Cellar/openssl@3/3.2.0/INSTALL_RECEIPT.json",
            "private/var/db/receipts/com.example.broken.plist",
        ],
        "{issues:#?}"
    );
    assert_eq!(report.status, Status::Partial);

    // Archived: the plists read, the bom, the logs; the link as a link;
    // no executable.
    let members = sink.members();
    for m in [
        "[root]/Library/Receipts/InstallHistory.plist",
        "[root]/private/var/db/receipts/com.example.tool.plist",
        "[root]/private/var/db/receipts/com.example.tool.bom",
        "[root]/private/var/log/install.log",
        "[root]/private/var/log/install.log.0.gz",
        "[root]/Applications/Editor.app/Contents/Info.plist",
        "[root]/Applications/Link.app",
        "[root]/opt/homebrew/Cellar/wget/1.24.5/INSTALL_RECEIPT.json",
    ] {
        assert!(members.iter().any(|x| x == m), "{m} not in {members:#?}");
    }
    assert!(!members.iter().any(|m| m.contains("system.log")));
    assert!(!members.iter().any(|m| m.contains("/Contents/MacOS/")));

    let editor = by(&recs, "bundle_id", "com.example.Editor");
    let want = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(slice(
        CPU_ARM64,
        Sign::Adhoc,
        "com.example.Editor",
    )));
    assert_eq!(editor["exe_sha256"], want.as_str());
    assert_eq!(editor["exe_signature_status"], "adhoc");
    assert_eq!(editor["exe_signing_id"], "com.example.Editor");
    assert_eq!(editor["quarantine"]["agent"], "Safari");
    assert_eq!(editor["quarantine"]["time"], "2023-11-14T11:50:24Z");
    assert_eq!(editor["notes"], json!(["quarantined", "adhoc"]));
    let calc = by(&recs, "bundle_id", "com.apple.calculator");
    assert_eq!(calc["apple"], true);
    assert_eq!(
        calc["notes"],
        json!(["unsigned", "not_apple_signed_in_system_applications"])
    );
    let cafe = by(&recs, "bundle_id", "com.example.cafe");
    assert_eq!(cafe["name_b64"], "Q2Fm6S5hcHA=");

    insta::assert_json_snapshot!(stable(recs));
}

#[test]
fn an_absent_root_gives_nothing_and_no_issue() {
    let d = tempfile::tempdir().unwrap();
    let (report, sink) = testing::run_on(d.path(), &Software);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    assert!(sink.records(STREAM).is_empty());
}

#[test]
fn an_install_history_that_is_not_an_array_is_one_issue() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        install::INSTALL_HISTORY,
        &xml(&dict(vec![("date", date(1))])),
    );
    let (report, sink) = testing::run_on(d.path(), &Software);
    assert!(sink.records(STREAM).is_empty());
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert_eq!(
        report.errors[0].message,
        "the root is a dictionary, not an array"
    );
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn real_install_history_gives_its_seven_entries() {
    // plaso's test file: plaso asserts 7 entries, the first OS X 10.9.
    let data = crate::testdata::read("installhistory/plaso_InstallHistory.plist");
    let root = crate::kit::plist::read(&data).unwrap();
    let (entries, problems) = install::parse_history(&root).unwrap();
    assert!(problems.is_empty());
    assert_eq!(entries.len(), 7);
    let e = &entries[0];
    assert_eq!(e.display_name.as_deref(), Some("OS X"));
    assert_eq!(e.display_version.as_deref(), Some("10.9 (13A603)"));
    assert_eq!(e.process_name.as_deref(), Some("OS X Installer"));
    assert_eq!(
        e.date.map(|t| crate::kit::time::rfc3339(&t)).as_deref(),
        Some("2013-11-12T02:59:35Z")
    );
    assert_eq!(e.package_identifiers.len(), 14);
    assert_eq!(e.package_identifiers[0], "com.apple.pkg.BaseSystemBinaries");
    assert!(entries.iter().all(|e| e.problems.is_empty()));

    // And through the collector, at its macOS path.
    let d = tempfile::tempdir().unwrap();
    write(d.path(), install::INSTALL_HISTORY, &data);
    let (report, sink) = testing::run_on(d.path(), &Software);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let recs = sink.records(STREAM);
    assert_eq!(recs.len(), 7);
    assert_eq!(recs[0]["timestamp"], "2013-11-12T02:59:35Z");
    // 2013-11-12T02:59:35Z in Mac absolute seconds.
    assert_eq!(recs[0]["timestamp_raw"], 405_917_975.0);
    assert_eq!(recs[0]["display_name"], "OS X");
    assert_eq!(recs[0]["package_identifiers"].as_array().unwrap().len(), 14);
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn real_macho_files_as_application_executables() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let real = |name: &str| crate::testdata::read(&format!("macho/{name}"));
    app(
        r,
        "/Applications/Google.app",
        "com.google.goodcert",
        "goodcert",
        &real("appledev_google_x86_64"),
    );
    app(
        r,
        "/Applications/Adhoc.app",
        "com.example.adhoc",
        "adhoc",
        &real("adhoc_linker_arm64"),
    );
    app(
        r,
        "/Applications/Plain.app",
        "com.example.plain",
        "plain",
        &real("unsigned_x86_64"),
    );
    app(
        r,
        "/System/Applications/ls.app",
        "com.apple.ls",
        "ls",
        &real("apple_ls_universal"),
    );
    let (report, sink) = testing::run_on(r, &Software);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let recs = sink.records(STREAM);
    assert_eq!(recs.len(), 4);
    // Santa's assertions for signed-with-teamid.
    let g = by(&recs, "bundle_id", "com.google.goodcert");
    assert_eq!(g["exe_signature_status"], "signed");
    assert_eq!(g["exe_team_id"], "EQHXZ8M8AV");
    assert_eq!(g["exe_signing_id"], "goodcert");
    assert_eq!(g["exe_cdhash"], "23cbe7039ac34bf26f0b1ccc22ff96d6f0d80b72");
    assert_eq!(g["exe_apple_signed"], false);
    // Santa's assertion for allowed_cdhash.
    let a = by(&recs, "bundle_id", "com.example.adhoc");
    assert_eq!(a["exe_signature_status"], "adhoc");
    assert_eq!(a["exe_cdhash"], "dedebf2eac732d873008b17b3e44a56599dd614b");
    assert_eq!(a["notes"], json!(["adhoc"]));
    let p = by(&recs, "bundle_id", "com.example.plain");
    assert_eq!(p["exe_signature_status"], "unsigned");
    // artemis: Apple's ls, platform-signed, identifier com.apple.ls.
    let ls = by(&recs, "bundle_id", "com.apple.ls");
    assert_eq!(ls["apple"], true);
    assert_eq!(ls["exe_signing_id"], "com.apple.ls");
    assert_eq!(ls["exe_apple_signed"], true);
    assert_eq!(ls["notes"], json!([]));
    let want = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(real(
        "apple_ls_universal",
    )));
    assert_eq!(ls["exe_sha256"], want.as_str());
}

#[test]
fn a_cask_receipt_is_read_once_for_all_its_versions() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    // Two versions, one receipt that names none of them (so both use it),
    // damaged: one issue, not one per version.
    write(r, "/opt/homebrew/Caskroom/tool/1.0/.keep", b"");
    write(r, "/opt/homebrew/Caskroom/tool/2.0/.keep", b"");
    let receipt = "/opt/homebrew/Caskroom/tool/.metadata/INSTALL_RECEIPT.json";
    write(r, receipt, b"{\"time\": ");
    let (report, sink) = testing::run_on(r, &Software);
    let recs = sink.records(STREAM);
    assert_eq!(recs.len(), 2);
    for rec in &recs {
        assert_eq!(rec["receipt"], receipt);
        assert!(rec["error"].as_str().unwrap().starts_with("not JSON"));
    }
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert_eq!(report.errors[0].path.as_deref(), Some(receipt));

    // A good receipt: the budget is charged for it once (a budget that
    // holds exactly one copy refuses nothing).
    let body = json!({"time": 1_700_000_000, "arch": "arm64"}).to_string();
    write(r, receipt, body.as_bytes());
    let budget = crate::kit::Budget::new(None, u64::MAX, body.len() as u64);
    let (report, sink) = testing::run_on_with_budget(r, &Software, budget);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let recs = sink.records(STREAM);
    assert_eq!(recs.len(), 2);
    for rec in &recs {
        assert_eq!(rec["receipt_time_raw"], 1_700_000_000);
        assert_eq!(rec["arch"], "arm64");
    }
}

#[test]
fn a_receipt_over_the_limit_is_archived_and_one_issue() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let receipt = "/usr/local/Cellar/big/1.0/INSTALL_RECEIPT.json";
    let p = write(r, receipt, b"");
    std::fs::File::create(&p)
        .unwrap()
        .set_len((4 << 20) + 1)
        .unwrap();
    let (report, sink) = testing::run_on(r, &Software);
    let recs = sink.records(STREAM);
    assert_eq!(recs.len(), 1);
    let msg = "4194305 bytes, over the 4194304-byte parsing limit; archived, not parsed";
    assert_eq!(recs[0]["receipt"], receipt);
    assert_eq!(recs[0]["error"], msg);
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert_eq!(report.errors[0].message, msg);
    assert!(sink.members().contains(&format!("[root]{receipt}")));
}

#[test]
fn a_bundle_name_that_is_not_utf8_still_names_its_executable() {
    use std::os::unix::ffi::OsStrExt;
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    // No CFBundleExecutable: the executable is the bundle's base name,
    // byte for byte (Launch Services' fallback).
    let bundle = r
        .join("Applications")
        .join(std::ffi::OsStr::from_bytes(b"Caf\xe9.app"));
    std::fs::create_dir_all(bundle.join("Contents/MacOS")).unwrap();
    std::fs::write(
        bundle.join("Contents/Info.plist"),
        xml(&dict(vec![("CFBundleIdentifier", s("com.example.cafe"))])),
    )
    .unwrap();
    let exe = bundle
        .join("Contents/MacOS")
        .join(std::ffi::OsStr::from_bytes(b"Caf\xe9"));
    let code = slice(CPU_ARM64, Sign::No, "");
    std::fs::write(&exe, &code).unwrap();
    // A quarantine attribute that is not UTF-8: its text and exact bytes
    // (the kit's `key`/`key_b64`).
    testing::set_mac_xattr(&bundle, "com.apple.quarantine", b"0081;5e1a2b3c;Caf\xe9;");
    let (report, sink) = testing::run_on(r, &Software);
    let recs = sink.records(STREAM);
    assert_eq!(recs.len(), 1);
    let rec = &recs[0];
    // The attribute's only fault: its text is not UTF-8 (not decoded).
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert!(report.errors[0]
        .message
        .starts_with("com.apple.quarantine: quarantine value: not UTF-8"));
    assert_eq!(rec["executable_from"], "bundle_name");
    assert_eq!(
        rec["executable_b64"],
        base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            b"/Applications/Caf\xe9.app/Contents/MacOS/Caf\xe9"
        )
    );
    let want = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&code));
    assert_eq!(rec["exe_sha256"], want.as_str());
    assert!(!rec["notes"]
        .as_array()
        .unwrap()
        .contains(&json!("executable_missing")));
    assert_eq!(rec["quarantine_raw"], "0081;5e1a2b3c;Caf\u{fffd};");
    assert_eq!(rec["quarantine_raw_b64"], "MDA4MTs1ZTFhMmIzYztDYWbpOw==");
    assert!(rec["quarantine"]["error"].is_string());
}

/// Run `collectors` one after another in one run (one [`crate::kit::Env`]).
fn run_together(
    root: &Path,
    collectors: &[&dyn crate::kit::Collector],
    budget: crate::kit::Budget,
) -> (
    Vec<crate::kit::CollectorReport>,
    std::sync::Arc<testing::MemorySink>,
) {
    use crate::kit::source::FsSource;
    use std::sync::Arc;
    let source = Arc::new(FsSource::new(root, false));
    let (users, _) = crate::kit::users::discover(&*source);
    let staging = tempfile::tempdir().unwrap();
    let sink = Arc::new(testing::MemorySink::default());
    let env = crate::kit::Env::new(
        source,
        users,
        staging.path().to_path_buf(),
        sink.clone(),
        Arc::new(budget),
        Arc::new(crate::kit::NoEvents),
    );
    let reports = collectors
        .iter()
        .map(|c| crate::kit::run_collector(&env, *c))
        .collect();
    (reports, sink)
}

#[test]
fn the_install_history_is_read_once_per_run_and_counted_by_both_collectors() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let history = xml(&plist::Value::Array(vec![dict(vec![
        ("date", date(1_600_000_000)),
        ("displayName", s("macOS 11.0")),
        ("processName", s("OS X Installer")),
    ])]));
    write(r, install::INSTALL_HISTORY, &history);
    let member = format!("[root]{}", install::INSTALL_HISTORY);
    let system = crate::system::System;
    // Either order, under a budget that holds exactly one copy of the file:
    // a second read would be refused.
    let orders: [[&dyn crate::kit::Collector; 2]; 2] = [[&system, &Software], [&Software, &system]];
    for order in orders {
        let budget = crate::kit::Budget::new(None, u64::MAX, history.len() as u64);
        let (reports, sink) = run_together(r, &order, budget);
        for rep in &reports {
            assert_eq!(rep.status, Status::Ok, "{}: {:?}", rep.name, rep.errors);
            assert_eq!(rep.files, 1, "{}", rep.name);
        }
        assert_eq!(sink.members().iter().filter(|m| **m == member).count(), 1);
        let installs = sink.records(STREAM);
        assert_eq!(installs.len(), 1);
        assert_eq!(installs[0]["display_name"], "macOS 11.0");
        let sys = sink.records(crate::system::STREAM);
        let first = sys.iter().find(|x| x["fact"] == "first_install").unwrap();
        assert_eq!(first["timestamp"], "2020-09-13T12:26:40Z");
    }
    // Each alone reads it itself.
    for c in [&system as &dyn crate::kit::Collector, &Software] {
        let (report, sink) = testing::run_on(r, c);
        assert_eq!(report.files, 1, "{}", c.name());
        assert!(sink.members().contains(&member));
    }
    // A damaged file: the same issue in each collector's report, whichever
    // read it.
    write(r, install::INSTALL_HISTORY, b"<plist><array><dict>");
    let (reports, _) = run_together(r, &[&system, &Software], crate::kit::Budget::unlimited());
    for rep in &reports {
        assert_eq!(rep.status, Status::Partial, "{}", rep.name);
        let msgs: Vec<&str> = rep.errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(msgs.len(), 1, "{}: {msgs:?}", rep.name);
        assert!(
            msgs[0].starts_with("not a readable property list"),
            "{msgs:?}"
        );
        assert_eq!(rep.files, 1, "{}", rep.name);
    }
}
