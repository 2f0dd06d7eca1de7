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
    // FSEvents stores: the files whose record counts upstream tests assert.
    for (f, to) in [
        (
            "plaso_fsevents-0000000002d89b58",
            ".fseventsd/0000000002d89b58",
        ),
        (
            "plaso_fsevents-00000000001a0b79",
            ".fseventsd/00000000001a0b79",
        ),
        (
            "artemis_DLS1_0000000000027d7a",
            ".fseventsd/0000000000027d7a",
        ),
        (
            "artemis_DLS2_0000000000027d79",
            "System/Volumes/Data/.fseventsd/0000000000027d79",
        ),
        (
            "artemis_Uncompressed_0000000000027d79",
            "Volumes/Raw/.fseventsd/0000000000027d79",
        ),
    ] {
        p(&format!("fsevents/{f}"), to);
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

    // Every record's timestamp is RFC 3339 UTC with its stored value beside.
    for stream in [
        "browser_history",
        "quarantine_events",
        "asl",
        "shell_history",
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
    // The WAL files are archived beside their databases.
    assert!(members
        .keys()
        .any(|k| k.ends_with("c.default-release/places.sqlite-wal")));
    assert_eq!(snapshot(&root), before);
}
