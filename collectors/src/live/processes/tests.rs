use std::process::Command;

use chrono::TimeZone;
use serde_json::Value;

use super::*;
use crate::kit::{testing, Status};
use crate::live::testutil::{copy_exe, sleep_bin, spawn, wait_for_subtree};
use sha2::{Digest, Sha256};
use std::path::Path;

fn sha256_file(p: &Path) -> String {
    hex::encode(Sha256::digest(std::fs::read(p).unwrap()))
}

fn find(recs: &[Value], pid: u32) -> &Value {
    recs.iter()
        .find(|r| r["pid"] == pid)
        .unwrap_or_else(|| panic!("no record for pid {pid}"))
}

/// Kills and reaps a child when the test ends, even on failure.
struct Reap(std::process::Child);
impl Drop for Reap {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn a_real_process_chain_is_collected_with_links_times_and_hashes() {
    let dir = tempfile::tempdir().unwrap();
    let exe = copy_exe(&sleep_bin(), dir.path(), "mt-sleep");
    let gone = copy_exe(&sleep_bin(), dir.path(), "mt-gone");
    let t0 = Utc::now().timestamp();
    // sh (A) -> sh (B) -> mt-sleep 300 (C); A -> mt-sleep 301 (D);
    // A -> mt-gone 302 (E), whose file is then deleted.
    let mut cmd = Command::new("/bin/sh");
    cmd.arg("-c")
        .arg(r#"/bin/sh -c '"$1" 300; :' inner "$0" & "$0" 301 & "$1" 302 & wait"#)
        .arg(&exe)
        .arg(&gone);
    let chain = Reap(spawn(&mut cmd));
    let a = chain.0.id();
    let procs = wait_for_subtree(a, &["300", "301", "302"]);
    std::fs::remove_file(&gone).unwrap();
    let by_last = |arg: &str| {
        procs
            .iter()
            .find(|e| e.cmdline.last().map(String::as_str) == Some(arg))
            .unwrap()
            .clone()
    };
    let c = by_last("300");
    let d = by_last("301");
    let e = by_last("302");
    let b = procs
        .iter()
        .find(|x| Some(x.pid) == c.ppid)
        .expect("C's parent in the tree")
        .clone();

    let (report, sink) = testing::run_live(&Processes);
    let pids: Vec<u32> = procs.iter().map(|p| p.pid).collect();
    drop(chain);
    // Kill the rest of the chain (the shell is gone; its children are not).
    for p in &pids {
        let _ = nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(*p as i32),
            nix::sys::signal::Signal::SIGKILL,
        );
    }

    assert_ne!(report.status, Status::Failed, "{:?}", report.errors);
    let recs = sink.records("processes");
    assert!(recs.len() >= pids.len());
    let (ra, rb, rc, rd, re) = (
        find(&recs, a),
        find(&recs, b.pid),
        find(&recs, c.pid),
        find(&recs, d.pid),
        find(&recs, e.pid),
    );

    // Parent links.
    assert_eq!(rb["ppid"], a);
    assert_eq!(rc["ppid"], b.pid);
    assert_eq!(rd["ppid"], a);
    assert_eq!(re["ppid"], a);
    assert_eq!(ra["ppid"], std::process::id());

    // Command lines, as arrays.
    assert_eq!(
        rc["cmdline"],
        serde_json::json!([exe.to_str().unwrap(), "300"])
    );
    assert_eq!(rb["cmdline"][0], "/bin/sh");
    assert_eq!(rb["cmdline"][2], r#""$1" 300; :"#);
    assert_eq!(rd["name"], "mt-sleep");

    // Start times: recent, and stored as epoch seconds.
    for r in [ra, rb, rc, rd] {
        let raw = r["timestamp_raw"].as_i64().unwrap();
        assert!((t0 - 5..=Utc::now().timestamp() + 5).contains(&raw), "{r}");
        let ts = Utc.timestamp_opt(raw, 0).unwrap();
        assert_eq!(r["timestamp"], crate::kit::time::json(Some(ts)));
    }

    // The executable and its hash.
    assert_eq!(rc["exe"], exe.to_str().unwrap());
    assert_eq!(rc["exe_deleted"], false);
    assert_eq!(rc["exe_sha256"], sha256_file(&exe));
    assert_eq!(rd["exe_sha256"], sha256_file(&exe));
    assert_eq!(rc["uid"], nix::unistd::getuid().as_raw());
    assert!(rc["memory_bytes"].as_u64().unwrap() > 0);
    assert!(rc["cpu_time_s"].as_f64().is_some());
    assert_eq!(
        rc["cwd"],
        std::env::current_dir().unwrap().to_str().unwrap()
    );

    // The deleted executable: flagged, and still hashed (through /proc).
    assert_eq!(re["exe"], gone.to_str().unwrap());
    assert_eq!(re["exe_deleted"], true);
    assert_eq!(
        re["exe_sha256"],
        sha256_file(&exe),
        "same bytes as the copy"
    );

    // The tree: C two levels below A, D one level below A.
    let tree = String::from_utf8(sink.member_bytes("parsed/process_tree.txt").unwrap()).unwrap();
    let line = |pid: u32| {
        tree.lines()
            .find(|l| l.trim_start().starts_with(&format!("{pid} ")))
            .unwrap_or_else(|| panic!("pid {pid} not in tree"))
    };
    let depth = |pid: u32| line(pid).len() - line(pid).trim_start().len();
    assert_eq!(depth(b.pid), depth(a) + 2);
    assert_eq!(depth(c.pid), depth(a) + 4);
    assert_eq!(depth(d.pid), depth(a) + 2);
    assert!(line(c.pid).ends_with(&format!("{} 300", exe.display())));
    assert!(tree.lines().position(|l| l == line(a)) < tree.lines().position(|l| l == line(c.pid)));
}

#[test]
fn it_refuses_to_run_on_an_evidence_root() {
    let d = tempfile::tempdir().unwrap();
    let (report, _) = testing::run_on(d.path(), &Processes);
    assert_eq!(report.status, Status::Failed);
    assert_eq!(
        Processes.describe().scope,
        crate::kit::collector::Scope::LiveOnly
    );
}

fn node(pid: u32, ppid: Option<u32>, cmd: &str) -> TreeNode {
    TreeNode {
        pid,
        ppid,
        user: "root".into(),
        start: Utc.timestamp_opt(1_700_000_000, 0).single(),
        command: cmd.into(),
    }
}

#[test]
fn the_tree_nests_children_and_hangs_orphans_under_a_placeholder() {
    let nodes = vec![
        node(1, None, "/sbin/launchd"),
        node(50, Some(1), "/usr/sbin/syslogd"),
        node(60, Some(50), "child of syslogd"),
        node(70, Some(1), "/usr/libexec/other"),
        node(900, Some(4242), "/tmp/orphan --flag"),
        node(901, Some(900), "orphan child"),
        // A loop from pid reuse: neither has a root above it.
        node(500, Some(501), "loop a"),
        node(501, Some(500), "loop b"),
    ];
    let t = render_tree(&nodes, Utc.timestamp_opt(1_700_000_100, 0).unwrap());
    let body: Vec<&str> = t.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        body,
        vec![
            "1 root 2023-11-14T22:13:20Z /sbin/launchd",
            "  50 root 2023-11-14T22:13:20Z /usr/sbin/syslogd",
            "    60 root 2023-11-14T22:13:20Z child of syslogd",
            "  70 root 2023-11-14T22:13:20Z /usr/libexec/other",
            "4242 ? ? (not running; parent of the processes below)",
            "  900 root 2023-11-14T22:13:20Z /tmp/orphan --flag",
            "    901 root 2023-11-14T22:13:20Z orphan child",
            "500 root 2023-11-14T22:13:20Z loop a",
            "  501 root 2023-11-14T22:13:20Z loop b",
        ]
    );
    assert!(t.starts_with("# process tree at 2023-11-14T22:15:00Z\n"));
}

#[test]
fn hashing_is_bounded() {
    let data = vec![7u8; 1000];
    assert_eq!(
        sha256_bounded(&data[..], 1000, || false).unwrap(),
        hex::encode(Sha256::digest(&data))
    );
    assert!(sha256_bounded(&data[..], 999, || false).is_err());
    assert!(sha256_bounded(&data[..], 1000, || true).is_err());
}

#[test]
fn cpu_time_parsers() {
    let stat = "1234 (a (b) c) S 1 1234 1234 0 -1 4194560 100 0 0 0 250 75 0 0 20 0 1 0 100 0 0";
    assert_eq!(parse_proc_stat_cpu(stat), Some(3.25));
    let ps = "    1 12:34.56\n  200 0:00.03\n  300 1-02:03:04\n garbage\n";
    let m = parse_ps_times(ps);
    assert_eq!(m.get(&1), Some(&(12.0 * 60.0 + 34.56)));
    assert_eq!(m.get(&200), Some(&0.03));
    assert_eq!(
        m.get(&300),
        Some(&(86_400.0 + 2.0 * 3600.0 + 3.0 * 60.0 + 4.0))
    );
    assert_eq!(m.len(), 3);
}

#[test]
fn a_mach_o_executable_gets_its_signature_fields() {
    use crate::formats::macho::tests::{slice, Sign, CPU_ARM64};
    let data = slice(CPU_ARM64, Sign::Adhoc, "com.example.tool");
    let m = crate::formats::macho::parse(&data).unwrap();
    let mut rec = crate::Record::new("processes", Path::new("/proc/1"), None);
    EXE_SIGNATURE.write(&mut rec, Ok(&m));
    assert_eq!(rec.get("exe_signature_status"), Some(&Value::from("adhoc")));
    assert_eq!(
        rec.get("exe_signing_id"),
        Some(&Value::from("com.example.tool"))
    );
    assert_eq!(rec.get("exe_arches"), Some(&serde_json::json!(["arm64"])));
    let mut rec = crate::Record::new("processes", Path::new("/proc/1"), None);
    EXE_SIGNATURE.write(&mut rec, Err("truncated"));
    assert_eq!(rec.get("exe_macho_error"), Some(&Value::from("truncated")));
}
