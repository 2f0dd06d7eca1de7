//! Opt-in: every real sample in `$MACTRIAGE_REALDATA` placed at its path on
//! a Mac, collected in one run of the real binary. The files are copied into
//! a temporary root at test time and never into the repository.

mod common;

use common::realdata::{build_root, Variant, SAMPLE_ACCOUNTS};
use common::*;

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn every_real_sample_in_one_collection() {
    let real = realdata_dir();
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    build_root(&real, &root, Variant::Full);
    let before = snapshot(&root);

    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let run = collect(&root, &out, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let members = members_map(&run.tarball());
    let man = manifest(&members);

    let count = |name: &str| collector(&man, name)["records"].as_u64().unwrap();
    assert_eq!(count("quarantine_events"), 14);
    // XProtect 2158: one location (164 YARA rules, 94 legacy signatures,
    // counted from the files); Wi-Fi: plaso's 4 remembered networks and
    // the macOS 13+ file's 1 (9 access points).
    let xp = jsonl(&members, "xprotect");
    assert_eq!(xp.len(), 1);
    assert_eq!(xp[0]["version"], "2158");
    assert_eq!(xp[0]["yara_rules"], 164);
    assert_eq!(xp[0]["plist_entries"], 94);
    let wifi = jsonl(&members, "wifi_networks");
    assert_eq!(wifi.len(), 4 + 1);
    assert_eq!(wifi[0]["ssid"], "europa");
    assert_eq!(wifi[0]["last_connected"], "2013-07-30T00:29:26Z");
    assert_eq!(wifi[4]["ssid"], "Matt_Foley");
    assert_eq!(wifi[4]["added"], "2023-04-15T13:53:47.476017Z");
    assert_eq!(wifi[4]["bss"].as_array().unwrap().len(), 9);
    assert_eq!(count("asl"), 2 + 318);
    // GlobalLoginItems.sfl2: 2 items; FavoriteVolumes.sfl4: 12 items;
    // com.apple.finder.plist: 10 FXRecentFolders, 3
    // RecentMoveAndCopyDestinations, 5 FXDesktopVolumePositions, 1
    // SGTRecentFileSearches.
    assert_eq!(count("recent_items"), 2 + 12 + 10 + 3 + 5 + 1);
    let recent = jsonl(&members, "recent_items");
    let desktop: Vec<&str> = recent
        .iter()
        .filter(|r| r["list"] == "FXDesktopVolumePositions")
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        desktop,
        [
            "Google Chrome",
            "base_ext",
            "Backups_black_ssd",
            "Firefox",
            "installer"
        ]
    );
    let volumes: Vec<&str> = recent
        .iter()
        .filter(|r| r["format"] == "sfl4" && !r["date_last_seen"].is_null())
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        volumes,
        ["Macintosh HD", "Working2", "Secure", "Base", "working"]
    );
    assert_eq!(count("shell_history"), 4 + 5 + 4);
    // plaso's utmpx_mac: 6 entries (the signature record not counted).
    assert_eq!(count("login_history"), 6);
    let logins = jsonl(&members, "login_history");
    assert_eq!(logins[1]["user"], "moxilo");
    assert_eq!(logins[1]["timestamp"], "2013-11-13T17:52:41.736713Z");
    // plaso's TCC-test.db: 21 entries, the first kTCCServiceUbiquity for
    // com.apple.weather, modified 2020-05-29T12:09:51Z.
    assert_eq!(count("tcc"), 21);
    let tcc = jsonl(&members, "tcc");
    assert_eq!(tcc[0]["client"], "com.apple.weather");
    assert_eq!(tcc[0]["timestamp"], "2020-05-29T12:09:51Z");
    assert_eq!(tcc[0]["user"], "ann");
    // plaso's knowledgeC 10.13: 17 /app/* entries, the first
    // com.apple.Installer-Progress started 2019-02-10T16:59:57Z; with the
    // other streams (2 /display/isBacklit, 2 /activity/level), 21.
    assert_eq!(count("knowledgec"), 21);
    let kc = jsonl(&members, "knowledgec");
    let apps: Vec<_> = kc
        .iter()
        .filter(|r| r["stream"].as_str().unwrap().starts_with("/app/"))
        .collect();
    assert_eq!(apps.len(), 17);
    assert_eq!(apps[0]["bundle_id"], "com.apple.Installer-Progress");
    assert_eq!(apps[0]["start"], "2019-02-10T16:59:57Z");
    // The account records: user and nobody (real), ann, bob, cat; and the
    // login window's record, from plaso's loginwindow.plist (placed for
    // persistence: hooks and a login item, no last, auto-login or guest
    // setting).
    assert_eq!(count("accounts"), 6);
    let accounts = jsonl(&members, "accounts");
    let lw = accounts
        .iter()
        .find(|a| a["kind"] == "login_window")
        .unwrap();
    assert_eq!(
        lw["source"],
        "/Library/Preferences/com.apple.loginwindow.plist"
    );
    assert_eq!(lw["loginwindow_present"], true);
    for field in ["last_user", "auto_login_user", "guest_enabled"] {
        assert!(lw[field].is_null(), "{field}: {lw}");
    }
    let user = accounts.iter().find(|a| a["name"] == "user").unwrap();
    assert_eq!(user["uid"], 501);
    assert_eq!(user["password_last_set"], "2013-12-28T04:35:47Z");
    assert_eq!(user["home_exists"], false);
    // plaso 12 + 6, artemis 2 + 736, and the bare copy of the 736.
    assert_eq!(count("fsevents"), 12 + 6 + 2 + 736 + 736);
    let fse = jsonl(&members, "fsevents");
    let spotlight = fse
        .iter()
        .find(|r| r["event_id"] == 47747061)
        .expect("plaso's record 3");
    assert_eq!(spotlight["path"], ".Spotlight-V100/Store-V1");
    assert_eq!(spotlight["flags"], 0x0100_0080);
    let preboot: Vec<_> = fse.iter().filter(|r| r["event_id"] == 163140).collect();
    assert_eq!(preboot.len(), 2);
    for r in preboot {
        assert_eq!(r["path"], "/Volumes/Preboot");
        assert_eq!(
            r["flag_names"],
            serde_json::json!(["Removed", "IsDirectory", "Mount", "Unmount"])
        );
    }
    // Visits: Chrome 69 + 4x1, hindsight 46+84+58+46+61, Edge 56;
    // Safari 25 + 42; Firefox 1 + 3 + 4 (3 of ff67's only in its WAL).
    let history = jsonl(&members, "browser_history");
    let (tombstones, visits): (Vec<_>, Vec<_>) =
        history.into_iter().partition(|r| r["deleted"] == true);
    assert_eq!(visits.len(), 69 + 4 + 295 + 56 + 25 + 42 + 1 + 3 + 4);
    // Safari deleted history (history_tombstones): plaso 6 rows, artemis 18.
    assert_eq!(tombstones.len(), 6 + 18);
    assert!(tombstones.iter().all(|r| r["browser"] == "Safari"));
    // Downloads: Chrome 2 + 4x1, hindsight 5x2, Edge 3; Safari 3;
    // Firefox 1 (legacy downloads.sqlite) + 1 (ff54, only in its WAL).
    let downloads = jsonl(&members, "browser_downloads");
    assert_eq!(downloads.len(), 2 + 4 + 10 + 3 + 3 + 1 + 1);
    assert_eq!(
        count("browsers"),
        (visits.len() + tombstones.len() + downloads.len()) as u64
    );
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
        "login_history",
        "tcc",
        "knowledgec",
        "persistence",
        "fsevents",
    ] {
        for r in jsonl(&members, stream) {
            if let Some(t) = r["timestamp"].as_str() {
                assert!(t.ends_with('Z') && t.len() >= 20, "{stream}: {t}");
                assert!(!r["timestamp_raw"].is_null(), "{stream}: {r}");
            }
            assert!(r["source"].as_str().unwrap().starts_with('/'));
        }
    }
    // The host and account records are archived raw, and the manifest
    // reads the version from them (SOURCES.md: 14.7.4, build 23H420).
    assert_eq!(man["host"]["os_version"], "14.7.4");
    assert_eq!(man["host"]["os_build"], "23H420");
    assert_eq!(man["host"]["hostname"], "realdata-mac");
    for f in [
        "/System/Library/CoreServices/SystemVersion.plist",
        "/System/Library/CoreServices/SystemVersionCompat.plist",
        "/Library/Preferences/SystemConfiguration/preferences.plist",
        "/private/var/db/dslocal/nodes/Default/users/user.plist",
        "/private/var/db/dslocal/nodes/Default/users/nobody.plist",
        "/private/var/db/dslocal/nodes/Default/users/ann.plist",
    ] {
        assert!(members.contains_key(&format!("[root]{f}")), "{f}");
    }
    assert_eq!(collector(&man, "host_files")["status"], "ok");
    // system: SystemVersion.plist, its Compat file, preferences.plist (and
    // whatever else of its files the root holds); accounts: the 5 account
    // records it parses.
    let files = |c: &str| collector(&man, c)["files"].as_u64().unwrap();
    assert_eq!(files("host_files"), 0);
    assert!(files("system") >= 3);
    assert!(files("accounts") >= 5);
    for (name, uid) in SAMPLE_ACCOUNTS {
        let u = man["users"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["name"] == *name)
            .unwrap();
        assert_eq!(u["uid"], *uid);
        assert_eq!(u["has_account"], true);
    }

    // The WAL files are archived beside their databases.
    assert!(members
        .keys()
        .any(|k| k.ends_with("c.default-release/places.sqlite-wal")));
    assert_eq!(snapshot(&root), before);
}
