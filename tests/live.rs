//! The live-response helpers, through the real binary.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::bin;

fn alive(pid: i32) -> bool {
    // A zombie is dead for our purpose: read its state.
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(s) => !s
            .rsplit_once(')')
            .map(|(_, rest)| rest.trim_start().starts_with('Z'))
            .unwrap_or(false),
        Err(_) => false,
    }
}

fn children_of(pid: i32) -> Vec<i32> {
    let mut out = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(p) = e.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        if let Ok(stat) = std::fs::read_to_string(format!("/proc/{p}/stat")) {
            if let Some((_, rest)) = stat.rsplit_once(')') {
                let ppid: i32 = rest.split_whitespace().nth(1).unwrap().parse().unwrap();
                if ppid == pid {
                    out.push(p);
                }
            }
        }
    }
    out
}

#[test]
fn kill_tree_kills_three_levels_and_nothing_else() {
    // sh (top) -> sh (child) -> sleep (grandchild); a sibling sleep outside.
    let mut top = Command::new("sh")
        .args(["-c", "sh -c 'sleep 300 & wait' & wait"])
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut sibling = Command::new("sleep").arg("300").spawn().unwrap();
    let top_pid = top.id() as i32;
    // Wait for the grandchild to exist.
    let deadline = Instant::now() + Duration::from_secs(10);
    let (child, grandchild) = loop {
        let kids = children_of(top_pid);
        if let Some(&c) = kids.first() {
            if let Some(&g) = children_of(c).first() {
                break (c, g);
            }
        }
        assert!(Instant::now() < deadline, "tree did not start");
        std::thread::sleep(Duration::from_millis(20));
    };

    let dry = bin()
        .args(["kill-tree", &top_pid.to_string(), "--dry-run"])
        .output()
        .unwrap();
    assert_eq!(
        dry.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );
    assert!(alive(top_pid) && alive(child) && alive(grandchild));
    let listed = String::from_utf8_lossy(&dry.stdout);
    for p in [top_pid, child, grandchild] {
        assert!(listed.contains(&p.to_string()), "{listed}");
    }

    let out = bin()
        .args(["kill-tree", &top_pid.to_string()])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = top.wait();
    let deadline = Instant::now() + Duration::from_secs(5);
    while (alive(child) || alive(grandchild)) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(!alive(child), "child survived");
    assert!(!alive(grandchild), "grandchild survived");
    assert!(alive(sibling.id() as i32), "the sibling was killed");
    let _ = sibling.kill();
    let _ = sibling.wait();
}

#[test]
fn kill_tree_refuses_pid_1_itself_and_missing() {
    for (pid, expect) in [("1", "PID 1"), ("0", ""), ("999999999", "")] {
        let out = bin().args(["kill-tree", pid]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{pid}: {stderr}");
        assert!(stderr.contains(expect), "{pid}: {stderr}");
    }
    // Its own parent (this test process) is refused too.
    let me = std::process::id().to_string();
    let out = bin().args(["kill-tree", &me]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let bad = bin()
        .args(["kill-tree", "1234", "--signal", "NOPE"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn notify_fails_clearly_without_osascript() {
    if std::path::Path::new("/usr/bin/osascript").exists() {
        return;
    }
    let out = bin()
        .args(["notify", "--message", "\"; do shell script \"id\" -- 日本"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("osascript"), "{stderr}");
}

#[test]
fn collect_captures_a_process_chain_on_the_live_system() {
    // sh -> sh -> sleep, all started now, from a copied `sleep` so that the
    // executable hash can be checked against a file we know.
    let work = tempfile::tempdir().unwrap();
    let sleep = work.path().join("triage-test-sleep");
    std::fs::copy(
        std::process::Command::new("sh")
            .args(["-c", "command -v sleep"])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap(),
        &sleep,
    )
    .unwrap();
    let script = format!("{} 300 & wait", sleep.display());
    let mut top = Command::new("sh")
        .args(["-c", &format!("sh -c '{script}' & wait")])
        .spawn()
        .unwrap();
    let top_pid = top.id() as i32;
    let deadline = Instant::now() + Duration::from_secs(10);
    let (mid, leaf) = loop {
        if let Some(&m) = children_of(top_pid).first() {
            if let Some(&l) = children_of(m).first() {
                break (m, l);
            }
        }
        assert!(Instant::now() < deadline, "chain did not start");
        std::thread::sleep(Duration::from_millis(20));
    };

    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let run = common::collect(Path::new("/"), &out, &["--only", "processes"]);
    let _ = Command::new("kill").arg(leaf.to_string()).status();
    let _ = top.kill();
    let _ = top.wait();
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);

    let members = common::members_map(&run.tarball());
    let man = common::manifest(&members);
    assert_eq!(man["collection"]["live"], true);
    assert_ne!(common::collector(&man, "processes")["status"], "skipped");
    let procs = common::jsonl(&members, "processes");
    let find = |pid: i32| {
        procs
            .iter()
            .find(|p| p["pid"] == pid)
            .unwrap_or_else(|| panic!("pid {pid} not collected"))
    };
    let (t, m, l) = (find(top_pid), find(mid), find(leaf));
    assert_eq!(m["ppid"], top_pid);
    assert_eq!(l["ppid"], mid);
    assert_eq!(t["cmdline"][0], "sh");
    assert_eq!(l["cmdline"][0], sleep.to_str().unwrap());
    assert_eq!(l["cmdline"][1], "300");
    let sha = common::sha256(&std::fs::read(&sleep).unwrap());
    assert_eq!(l["exe_sha256"], sha);
    assert_eq!(l["exe_deleted"], false);
    // Started within the last minute, in UTC.
    let started = chrono::DateTime::parse_from_rfc3339(l["timestamp"].as_str().unwrap()).unwrap();
    let age = chrono::Utc::now().signed_duration_since(started);
    assert!(age.num_seconds() >= -2 && age.num_seconds() < 60, "{age}");
    // The tree shows the chain nested.
    let tree = String::from_utf8_lossy(&members["parsed/process_tree.txt"].data).into_owned();
    let line_of = |pid: i32| {
        tree.lines()
            .find(|l| l.trim_start().starts_with(&pid.to_string()))
            .unwrap_or_else(|| panic!("{pid} not in the tree"))
            .to_string()
    };
    let indent = |s: &str| s.len() - s.trim_start().len();
    assert!(indent(&line_of(mid)) > indent(&line_of(top_pid)));
    assert!(indent(&line_of(leaf)) > indent(&line_of(mid)));
}
