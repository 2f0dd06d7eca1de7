//! Opt-in: every real sample in `$MACTRIAGE_REALDATA` placed at its path on
//! a Mac, collected in one run of the real binary. The files are copied into
//! a temporary root at test time and never into the repository.

mod common;

use std::path::{Path, PathBuf};

use common::*;

fn realdata() -> Option<PathBuf> {
    let dir = std::env::var_os("MACTRIAGE_REALDATA")?;
    let dir = PathBuf::from(dir);
    let dir = if dir.is_relative() {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)
    } else {
        dir
    };
    dir.is_dir().then_some(dir)
}

fn place(real: &Path, root: &Path, from: &str, to: &str) {
    let dest = root.join(to);
    std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
    std::fs::copy(real.join(from), &dest).unwrap_or_else(|e| panic!("{from}: {e}"));
}

#[test]
fn every_real_sample_in_one_collection() {
    let Some(real) = realdata() else {
        eprintln!("MACTRIAGE_REALDATA not set; skipping");
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    let chrome = "Library/Application Support/Google/Chrome";
    let ff = "Library/Application Support/Firefox/Profiles";
    let p = |r: &str, to: &str| place(&real, &root, r, to);

    p(
        "quarantine/quarantine.db",
        "Users/ann/Library/Preferences/com.apple.LaunchServices.QuarantineEventsV2",
    );
    for (i, f) in [
        "History",
        "History-57.0.2987.133",
        "History-58.0.3029.96",
        "History-59.0.3071.86",
        "History-59_added-fake-column",
    ]
    .iter()
    .enumerate()
    {
        p(
            &format!("chrome/plaso/{f}"),
            &format!("Users/ann/{chrome}/Profile {}/History", i + 1),
        );
    }
    for n in ["01", "10", "20", "30", "60"] {
        p(
            &format!("chrome/hindsight/{n}/History"),
            &format!("Users/bob/{chrome}/Profile {n}/History"),
        );
    }
    p(
        "chrome/edge_v141/History",
        "Users/cat/Library/Application Support/Microsoft Edge/Default/History",
    );
    p(
        "safari/plaso/History.db",
        "Users/ann/Library/Safari/History.db",
    );
    p(
        "safari/artemis/History.db",
        "Users/bob/Library/Safari/History.db",
    );
    p(
        "safari/artemis/Downloads.plist",
        "Users/bob/Library/Safari/Downloads.plist",
    );
    p(
        "firefox/plaso/places.sqlite",
        &format!("Users/ann/{ff}/a.default/places.sqlite"),
    );
    p(
        "firefox/plaso/downloads.sqlite",
        &format!("Users/ann/{ff}/a.default/downloads.sqlite"),
    );
    for (d, v) in [
        ("ff54_linux", "b.default"),
        ("ff67_linux", "c.default-release"),
    ] {
        for f in ["places.sqlite", "places.sqlite-wal"] {
            p(
                &format!("firefox/{d}/{f}"),
                &format!("Users/cat/{ff}/{v}/{f}"),
            );
        }
    }
    p(
        "asl/applesystemlog.asl",
        "private/var/log/asl/2013.11.25.U205.asl",
    );
    p(
        "asl/2019.09.26.asl",
        "private/var/log/powermanagement/2019.09.26.asl",
    );
    p(
        "sfl/com.apple.LSSharedFileList.GlobalLoginItems.sfl2",
        "Users/ann/Library/Application Support/com.apple.sharedfilelist/com.apple.LSSharedFileList.GlobalLoginItems.sfl2",
    );
    // Persistence: launchd jobs, hooks, login items, emond, BTM stores,
    // system extensions, and Mach-O programs for them to start.
    for (from, to) in [
        ("persistence/osquery_test_launchd.plist", "System/Library/LaunchDaemons/com.apple.mDNSResponder.plist"),
        ("persistence/plaso_launchd.plist", "Library/LaunchDaemons/com.foobar.test.plist"),
        ("persistence/plaso_launchd.minimal.plist", "Library/LaunchAgents/foo.plist"),
        ("persistence/plaso_StartupParameters.plist", "Library/StartupItems/Awesome/StartupParameters.plist"),
        ("persistence/plaso_loginwindow.plist", "Library/Preferences/com.apple.loginwindow.plist"),
        ("persistence/plaso_com.apple.loginitems.plist", "Users/bob/Library/Preferences/com.apple.loginitems.plist"),
        ("persistence/artemis_loginitems.501.plist", "private/var/db/com.apple.xpc.launchd/loginitems.501.plist"),
        ("persistence/emond/artemis_SampleRules.plist", "private/etc/emond.d/rules/SampleRules.plist"),
        ("persistence/emond/artemis_test123.plist", "private/etc/emond.d/rules/test123.plist"),
        ("persistence/systemextensions/osquery_db.plist", "Library/SystemExtensions/db.plist"),
        ("persistence/apple_oss/crontab.default", "private/etc/crontab"),
        ("btm/BackgroundItems-v13.btm", "private/var/db/com.apple.backgroundtaskmanagement/BackgroundItems-v13.btm"),
        ("btm/backgrounditemsPoisonApple.btm", "Users/cat/Library/Application Support/com.apple.backgroundtaskmanagementagent/backgrounditems.btm"),
        ("macho/apple_ls_universal", "usr/sbin/mDNSResponder"),
        ("macho/appledev_google_x86_64", "Test"),
        ("macho/devid_objective-see_filemonitor.superblob", "Library/PrivilegedHelperTools/com.example.blob"),
        ("macho/unsigned_fat_i386_x86_64.dylib", "Library/PrivilegedHelperTools/com.example.dylib"),
    ] {
        p(from, to);
    }
    p("shell/bash_history", "Users/ann/.bash_history");
    p("shell/bash_history_desync", "Users/bob/.bash_history");
    p("shell/zsh_extended_history.txt", "Users/cat/.zsh_history");
    let before = snapshot(&root);

    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let run = collect(&root, &out, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let members = members_map(&run.tarball());
    let man = manifest(&members);

    let count = |name: &str| collector(&man, name)["records"].as_u64().unwrap();
    assert_eq!(count("quarantine_events"), 14);
    assert_eq!(count("asl"), 2 + 318);
    assert_eq!(count("recent_items"), 2);
    assert_eq!(count("shell_history"), 4 + 5 + 4);
    // Visits: Chrome 69 + 4x1, hindsight 46+84+58+46+61, Edge 56;
    // Safari 25 + 42; Firefox 1 + 3 + 4 (3 of ff67's only in its WAL).
    let visits = jsonl(&members, "browser_history");
    assert_eq!(visits.len(), 69 + 4 + 295 + 56 + 25 + 42 + 1 + 3 + 4);
    // Downloads: Chrome 2 + 4x1, hindsight 5x2, Edge 3; Safari 3;
    // Firefox 1 (legacy downloads.sqlite) + 1 (ff54, only in its WAL).
    let downloads = jsonl(&members, "browser_downloads");
    assert_eq!(downloads.len(), 2 + 4 + 10 + 3 + 3 + 1 + 1);
    assert_eq!(count("browsers"), (visits.len() + downloads.len()) as u64);
    let by = |b: &str| visits.iter().filter(|v| v["browser"] == b).count();
    assert_eq!(by("Safari"), 67);
    assert_eq!(by("Firefox"), 8);
    assert_eq!(by("Microsoft Edge"), 56);

    // Persistence, with the values the upstream projects assert.
    let pers = jsonl(&members, "persistence");
    let one = |key: &str, val: &str| {
        pers.iter()
            .find(|r| r[key] == val)
            .unwrap_or_else(|| panic!("no persistence record with {key} = {val}"))
    };
    let m = one("label", "com.apple.mDNSResponder");
    assert_eq!(m["user_name"], "_mdnsresponder");
    assert_eq!(m["program_signing_id"], "com.apple.ls");
    assert_eq!(m["program_signer"], "Software Signing");
    assert_eq!(m["apple"], true);
    let t = one("label", "com.foobar.test");
    assert_eq!(t["command"], "/Test --flag arg1");
    assert_eq!(
        t["program_cdhash"],
        "23cbe7039ac34bf26f0b1ccc22ff96d6f0d80b72"
    );
    assert_eq!(t["program_team_id"], "EQHXZ8M8AV");
    assert_eq!(
        one("kind", "LoginHook")["command"],
        "/Users/matthew/login.sh"
    );
    assert_eq!(
        one("kind", "LogoutHook")["command"],
        "/Users/matthew/logout.sh"
    );
    assert_eq!(one("kind", "com.apple.loginitems")["name"], "iTunesHelper");
    assert_eq!(
        one("identifier", "com.docker.helper")["app_bundle_id"],
        "com.docker.docker"
    );
    assert_eq!(one("name", "poisonapple rule")["run_as"], "root");
    assert_eq!(one("name", "sample rule")["enabled"], false);
    assert_eq!(
        one("identifier", "com.objective-see.lulu.extension")["state"],
        "activated_enabled"
    );
    let b = one("identifier", "4.com.1password.1password-launcher");
    assert_eq!(b["developer_name"], "AgileBits Inc.");
    assert_eq!(b["team_id"], "2BUA8C4S2C");
    assert_eq!(
        one("description", "My Awesome Service")["category"],
        "startup_item"
    );
    assert!(pers.iter().any(|r| r["url_path"]
        == "/Users/sur/Library/Python/3.8/lib/python/site-packages/poisonapple/auxiliary/testing.app"));
    // The raw signature blob is no program; the dylib is unsigned.
    assert_eq!(
        one(
            "program_path",
            "/Library/PrivilegedHelperTools/com.example.dylib"
        )["program_signature_status"],
        "unsigned"
    );
    assert!(
        members.contains_key("[root]/Test"),
        "third-party programs are archived"
    );
    assert!(
        !members.contains_key("[root]/usr/sbin/mDNSResponder"),
        "Apple's are hashed in place"
    );

    // Every record's timestamp is RFC 3339 UTC with its stored value beside.
    for stream in [
        "browser_history",
        "quarantine_events",
        "asl",
        "shell_history",
        "persistence",
    ] {
        for r in jsonl(&members, stream) {
            if let Some(t) = r["timestamp"].as_str() {
                assert!(t.ends_with('Z') && t.len() >= 20, "{stream}: {t}");
                assert!(!r["timestamp_raw"].is_null(), "{stream}: {r}");
            }
            assert!(r["source"].as_str().unwrap().starts_with('/'));
        }
    }
    // The WAL files are archived beside their databases.
    assert!(members
        .keys()
        .any(|k| k.ends_with("c.default-release/places.sqlite-wal")));
    assert_eq!(snapshot(&root), before);
}
