//! The `software` collector end to end: the real binary on the sample
//! root (`fixtures/mac-basic`), whose install history, package receipt,
//! application and Homebrew kegs are described in `fixtures/README.md`.

mod common;

use serde_json::{json, Value};

use common::*;

/// Host-dependent values (the copied tree's times and owners) replaced.
fn stable(mut recs: Vec<Value>) -> Vec<Value> {
    for r in &mut recs {
        let kind = r["kind"].as_str().unwrap_or("").to_string();
        let o = r.as_object_mut().unwrap();
        let mut host = vec![
            "bundle_ctime",
            "bundle_btime",
            "bundle_uid",
            "exe_mtime",
            "exe_ctime",
            "exe_btime",
            "exe_uid",
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

#[test]
fn the_sample_root_gives_its_installs_receipt_app_and_kegs() {
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    copy_tree(&fixture("mac-basic"), &root);
    // What a browser download leaves on the bundle (git keeps no
    // extended attributes, so it is set on the copy).
    set_mac_xattr(
        &root.join("Users/alice/Applications/UpdateHelper.app"),
        "com.apple.quarantine",
        b"0083;6553f200;Safari;7D3C9E4A-1B2F-4C5D-8E6F-0A1B2C3D4E5F",
    );
    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let run = collect(&root, &out, &["--only", "software"]);
    assert_eq!(run.code, 0, "stderr:\n{}", run.stderr);
    let members = members_map(&run.tarball());
    let man = manifest(&members);
    let c = collector(&man, "software");
    assert_eq!(c["status"], "ok", "{c}");
    assert_eq!(c["records"], 7);
    assert_eq!(c["files"], 8);

    for m in [
        "[root]/Library/Receipts/InstallHistory.plist",
        "[root]/private/var/db/receipts/com.updatehelper.pkg.plist",
        "[root]/private/var/db/receipts/com.updatehelper.pkg.bom",
        "[root]/private/var/log/install.log",
        "[root]/Users/alice/Applications/UpdateHelper.app/Contents/Info.plist",
        "[root]/opt/homebrew/Cellar/wget/1.24.5/INSTALL_RECEIPT.json",
    ] {
        assert!(members.contains_key(m), "{m} missing");
    }
    // Executables are hashed in place, not archived.
    assert!(!members.keys().any(|m| m.contains("/Contents/MacOS/")));

    let recs = jsonl(&members, "software");
    let installs: Vec<&Value> = recs.iter().filter(|r| r["kind"] == "install").collect();
    assert_eq!(installs.len(), 3);
    assert_eq!(installs[0]["display_name"], "macOS 14.0");
    assert_eq!(installs[0]["timestamp"], "2023-10-02T08:15:00Z");
    assert_eq!(installs[1]["content_type"], "config-data");
    assert_eq!(
        installs[2]["package_identifiers"],
        json!(["com.updatehelper.pkg"])
    );

    let receipt = recs.iter().find(|r| r["kind"] == "receipt").unwrap();
    assert_eq!(receipt["package_identifier"], "com.updatehelper.pkg");
    assert_eq!(receipt["timestamp"], "2023-11-14T22:20:00Z");
    assert_eq!(
        receipt["bom"],
        "/private/var/db/receipts/com.updatehelper.pkg.bom"
    );

    let app = recs.iter().find(|r| r["kind"] == "app").unwrap();
    assert_eq!(app["user"], "alice");
    assert_eq!(app["bundle_id"], "com.updatehelper.UpdateHelper");
    assert_eq!(app["short_version"], "2.1");
    assert_eq!(app["exe_signature_status"], "adhoc");
    assert_eq!(app["exe_signing_id"], "com.updatehelper.UpdateHelper");
    assert_eq!(app["quarantine"]["agent"], "Safari");
    assert_eq!(app["quarantine"]["time"], "2023-11-14T22:17:36Z");
    assert_eq!(app["notes"], json!(["quarantined", "adhoc"]));
    let exe = std::fs::read(
        root.join("Users/alice/Applications/UpdateHelper.app/Contents/MacOS/UpdateHelper"),
    )
    .unwrap();
    assert_eq!(app["exe_sha256"], sha256(&exe).as_str());

    let wget = recs.iter().find(|r| r["name"] == "wget").unwrap();
    assert_eq!(wget["kind"], "homebrew_formula");
    assert_eq!(wget["installed_on_request"], true);
    assert_eq!(wget["tap"], "homebrew/core");
    assert_eq!(wget["receipt_time"], "2023-11-14T22:30:00Z");
    let firefox = recs.iter().find(|r| r["name"] == "firefox").unwrap();
    assert_eq!(firefox["kind"], "homebrew_cask");
    assert_eq!(firefox["version"], "125.0");
    // The cask's receipt in .metadata, and the definition saved at install.
    assert_eq!(
        firefox["receipt"],
        "/opt/homebrew/Caskroom/firefox/.metadata/INSTALL_RECEIPT.json"
    );
    assert_eq!(firefox["receipt_time"], "2024-02-12T09:15:00Z");
    assert_eq!(firefox["receipt_time_raw"], 1_707_729_300);
    assert_eq!(firefox["installed_on_request"], true);
    assert_eq!(firefox["tap"], "homebrew/cask");
    assert_eq!(firefox["caskfile_time"], "2024-02-12T09:15:02.417Z");
    assert_eq!(firefox["caskfile_time_raw"], "20240212091502.417");
    assert_eq!(
        firefox["caskfile"],
        "/opt/homebrew/Caskroom/firefox/.metadata/125.0/20240212091502.417/Casks/firefox.json"
    );
    for m in [
        "[root]/opt/homebrew/Caskroom/firefox/.metadata/INSTALL_RECEIPT.json",
        "[root]/opt/homebrew/Caskroom/firefox/.metadata/125.0/20240212091502.417/Casks/firefox.json",
    ] {
        assert!(members.contains_key(m), "{m} missing");
    }

    insta::assert_json_snapshot!(stable(recs));
}
