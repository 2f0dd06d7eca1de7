//! `--time-limit`: a run on a root that cannot be archived in time ends
//! near the limit with a valid tarball that says what it left out. Alone in
//! its own test binary, so that no other test competes for the CPU while it
//! is timed.

mod common;

use std::time::{Duration, Instant};

use common::*;

#[test]
fn time_limit_ends_the_run_near_the_limit_with_a_valid_tarball() {
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    copy_tree(&fixture("mac-basic"), &root);
    // 4 GiB of sparse files in ASL attachment directories (archived raw):
    // no disk space, but more than can be hashed and compressed in two
    // seconds on any machine this runs on.
    for d in 0..16u64 {
        let dir = root.join(format!("private/var/log/asl/AUX.2024.01.{:02}", d + 1));
        std::fs::create_dir_all(&dir).unwrap();
        for i in 0..16u64 {
            let f = std::fs::File::create(dir.join(format!("{}", 1000 + i))).unwrap();
            f.set_len(16 << 20).unwrap();
        }
    }
    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();

    let started = Instant::now();
    let run = collect(
        &root,
        &out,
        &["--time-limit", "2s", "--max-total-size", "100G"],
    );
    let elapsed = started.elapsed();
    assert_eq!(run.code, 1, "{}", run.stderr);
    // Standalone this ends at about 2.1 s; the bound leaves room for a
    // loaded 2-core CI machine running the other tests at the same time.
    assert!(
        elapsed < Duration::from_millis(4500),
        "the run took {elapsed:?} with a 2 s limit"
    );

    let members = members_map(&run.tarball());
    let man = manifest(&members);
    let took = man["collection"]["duration_s"].as_f64().unwrap();
    let log = String::from_utf8_lossy(&members["collection.log"].data).into_owned();
    let log: Vec<&str> = log.lines().filter(|l| !l.contains(" WARN ")).collect();
    assert_eq!(
        man["collection"]["limits"]["time_limit_reached"],
        true,
        "{}",
        log.join("\n")
    );
    assert!(
        took < 3.5,
        "the collection took {took} s with a 2 s limit:\n{}",
        log.join("\n")
    );
    assert_eq!(man["summary"]["status"], "partial");
    // What was left out is listed, with why.
    let skipped = man["skipped"].as_array().unwrap();
    assert!(!skipped.is_empty());
    assert!(skipped.iter().all(|s| s["limit"] == "time_limit"));
    assert!(skipped.iter().any(|s| s["collector"] == "asl"));
    assert_eq!(collector(&man, "asl")["status"], "partial");
    // The manifest still matches the members it lists.
    for f in man["files"].as_array().unwrap() {
        if f["type"] == "symlink" {
            // `/private/etc/localtime`: a link has no content to hash.
            continue;
        }
        let m = &members[f["member"].as_str().unwrap()];
        assert_eq!(f["sha256"].as_str().unwrap(), sha256(&m.data));
    }
}

#[test]
fn every_file_found_and_not_collected_is_listed() {
    // 800 raw ASL attachment files of 8 MiB each (sparse): far more than a
    // second's archiving. Each is either in the tarball or listed in
    // `skipped` as present and not collected, with its size.
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    let mut all = std::collections::BTreeMap::new();
    for d in 0..8u64 {
        let rel = format!("private/var/log/asl/AUX.2024.02.{:02}", d + 1);
        let dir = root.join(&rel);
        std::fs::create_dir_all(&dir).unwrap();
        for i in 0..100u64 {
            let f = std::fs::File::create(dir.join(format!("{}", 1000 + i))).unwrap();
            let size = (8 << 20) + i;
            f.set_len(size).unwrap();
            all.insert(format!("/{rel}/{}", 1000 + i), size);
        }
    }
    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let run = collect(
        &root,
        &out,
        &[
            "--only",
            "asl",
            "--time-limit",
            "1s",
            "--max-total-size",
            "100G",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let members = members_map(&run.tarball());
    let man = manifest(&members);
    assert_eq!(man["collection"]["limits"]["time_limit_reached"], true);
    let collected: std::collections::BTreeSet<String> = man["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["source"].as_str().unwrap().to_string())
        .collect();
    let skipped = man["skipped"].as_array().unwrap();
    let mut listed = std::collections::BTreeMap::new();
    for s in skipped {
        assert_eq!(s["collector"], "asl");
        assert_eq!(s["limit"], "time_limit", "{s}");
        match s["kind"].as_str().unwrap() {
            "not_collected" => {
                listed.insert(
                    s["path"].as_str().unwrap().to_string(),
                    s["size"].as_u64().unwrap(),
                );
            }
            "cut_short" => assert_eq!(s["enumeration_complete"], true, "{s}"),
            other => panic!("unexpected kind {other}"),
        }
    }
    assert!(
        !listed.is_empty(),
        "nothing was left out: the test proves nothing"
    );
    assert!(!collected.is_empty(), "nothing was collected in a second");
    for (path, size) in &all {
        match listed.get(path) {
            Some(s) => assert_eq!(s, size, "{path}"),
            None => assert!(
                collected.contains(path),
                "{path} is neither collected nor listed"
            ),
        }
    }
    assert_eq!(
        man["summary"]["not_collected"].as_u64().unwrap(),
        listed.len() as u64
    );
}
