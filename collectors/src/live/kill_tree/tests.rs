use std::process::{Child, Command};

use super::*;
use crate::live::testutil::{alive, sleep_bin, spawn, wait_dead, wait_for_subtree};

/// Kills and reaps a child when the test ends, even on failure.
struct Reap(Child);
impl Drop for Reap {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// sh (A) -> sh (B) -> sleep <n> (C); A -> sleep <n+1> (D). Returns A and
/// the subtree once it has formed.
fn three_levels(n: u32) -> (Reap, Vec<ProcEntry>) {
    let mut cmd = Command::new("/bin/sh");
    cmd.arg("-c")
        .arg(format!(
            r#"/bin/sh -c '"$0" {n}; :' "$0" & "$0" {}; :"#,
            n + 1
        ))
        .arg(sleep_bin());
    let a = Reap(spawn(&mut cmd));
    let procs = wait_for_subtree(a.0.id(), &[&n.to_string(), &(n + 1).to_string()]);
    (a, procs)
}

fn by_last(procs: &[ProcEntry], arg: &str) -> ProcEntry {
    procs
        .iter()
        .find(|e| e.cmdline.last().map(String::as_str) == Some(arg))
        .unwrap()
        .clone()
}

#[test]
fn signal_names_parse() {
    for s in ["KILL", "SIGKILL", "kill", "sigkill", "9", " 9 "] {
        assert_eq!(parse_signal(s), Ok(Signal::SIGKILL), "{s}");
    }
    assert_eq!(parse_signal("TERM"), Ok(Signal::SIGTERM));
    assert_eq!(parse_signal("15"), Ok(Signal::SIGTERM));
    assert_eq!(parse_signal("HUP"), Ok(Signal::SIGHUP));
    for s in ["", "NOPE", "SIG", "0", "999", "-9", "9x"] {
        assert!(
            matches!(parse_signal(s), Err(KillError::BadSignal(_))),
            "{s}"
        );
    }
}

#[test]
fn refuses_pid_1_itself_ancestors_and_groups() {
    let r = |p| kill_tree(p, Signal::SIGKILL, false);
    assert!(matches!(r(1), Err(KillError::Refused(_))));
    assert!(matches!(r(0), Err(KillError::Refused(_))));
    assert!(matches!(r(-5), Err(KillError::Refused(_))));
    assert!(matches!(
        r(std::process::id() as i32),
        Err(KillError::Refused(_))
    ));
    let parent = std::os::unix::process::parent_id() as i32;
    match r(parent) {
        Err(KillError::Refused(m)) => assert!(m.contains("ancestor"), "{m}"),
        other => panic!("parent not refused: {other:?}"),
    }
    // Even in a dry run.
    assert!(matches!(
        kill_tree(parent, Signal::SIGKILL, true),
        Err(KillError::Refused(_))
    ));
    // PIDs never reach 2^30 (Linux pid_max ≤ 2^22; macOS 99999).
    assert_eq!(r(1 << 30), Err(KillError::NoSuchProcess(1 << 30)));
    assert_eq!(KillError::NoSuchProcess(5).exit_code(), 2);
}

#[test]
fn kills_the_whole_tree_and_nothing_else() {
    // A sibling outside the tree, same parent (this test).
    let outsider = Reap(spawn(Command::new(sleep_bin()).arg("311")));
    let (mut a, procs) = three_levels(312);
    let c = by_last(&procs, "312");
    let d = by_last(&procs, "313");
    let b = c.ppid.unwrap();
    assert_ne!(b, a.0.id());
    assert_eq!(procs.len(), 4, "{procs:?}");

    let report = kill_tree(a.0.id() as i32, Signal::SIGKILL, false).unwrap();
    // The shell we started is reaped here so it does not linger as a zombie.
    let _ = a.0.wait();
    assert!(report.complete(), "{}", report.to_text());
    let killed: BTreeSet<i32> = report.processes.iter().map(|k| k.process.pid).collect();
    let expect: BTreeSet<i32> = procs.iter().map(|e| e.pid as i32).collect();
    assert_eq!(killed, expect);
    assert_eq!(report.processes[0].process.pid, a.0.id() as i32);
    assert_eq!(report.processes[0].process.depth, 0);
    let rc = report
        .processes
        .iter()
        .find(|k| k.process.pid == c.pid as i32)
        .unwrap();
    assert_eq!(rc.process.depth, 2);
    assert_eq!(
        rc.process.cmdline,
        vec![sleep_bin().to_str().unwrap(), "312"]
    );
    assert_eq!(rc.outcome, Outcome::Signalled);
    for p in [b, c.pid, d.pid] {
        assert!(wait_dead(p), "PID {p} survived");
    }
    assert!(alive(outsider.0.id()), "the outsider was killed");
    let text = report.to_text();
    assert!(
        text.starts_with(&format!(
            "sent SIGKILL to 4 processes in the tree of PID {}",
            a.0.id()
        )),
        "{text}"
    );
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["signal"], "SIGKILL");
    assert_eq!(json["processes"][0]["result"], "signalled");
}

#[test]
fn a_catchable_signal_reaches_stopped_processes() {
    // SIGTERM to stopped processes only acts once they are continued.
    let (mut a, procs) = three_levels(322);
    let report = kill_tree(a.0.id() as i32, Signal::SIGTERM, false).unwrap();
    let _ = a.0.wait();
    assert_eq!(report.processes.len(), 4);
    for e in &procs {
        assert!(wait_dead(e.pid), "PID {} survived SIGTERM", e.pid);
    }
}

#[test]
fn dry_run_lists_without_signalling() {
    let (a, procs) = three_levels(332);
    let report = kill_tree(a.0.id() as i32, Signal::SIGKILL, true).unwrap();
    assert!(report.dry_run);
    assert_eq!(report.processes.len(), procs.len());
    assert!(report
        .processes
        .iter()
        .all(|k| k.outcome == Outcome::Listed));
    std::thread::sleep(Duration::from_millis(100));
    for e in &procs {
        assert!(alive(e.pid));
        // Not stopped either.
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", e.pid)).unwrap_or_default();
        assert!(
            !stat[stat.rfind(')').unwrap_or(0)..].starts_with(") T"),
            "{stat}"
        );
    }
    assert!(report.to_text().starts_with("would send SIGKILL"));
    drop(a);
    for e in &procs {
        let _ = send(e.pid, Signal::SIGKILL);
    }
}

#[test]
fn tree_walk_orders_parents_first_and_survives_loops() {
    let e = |pid, ppid| ProcEntry {
        pid,
        ppid,
        name: format!("p{pid}"),
        cmdline: vec![],
        start_time: 1,
        uid: Some(0),
        zombie: false,
    };
    let table: BTreeMap<u32, ProcEntry> = [
        e(1, None),
        e(10, Some(1)),
        e(11, Some(10)),
        e(12, Some(11)),
        e(13, Some(10)),
        e(20, Some(1)),
        e(30, Some(31)),
        e(31, Some(30)),
    ]
    .into_iter()
    .map(|x| (x.pid, x))
    .collect();
    let d: Vec<(u32, usize)> = descendants(&table, 10)
        .iter()
        .map(|(x, d)| (x.pid, *d))
        .collect();
    assert_eq!(d, vec![(10, 0), (11, 1), (12, 2), (13, 1)]);
    assert_eq!(descendants(&table, 30).len(), 2);
    assert_eq!(ancestors(&table, 12), BTreeSet::from([1, 10, 11, 12]));
    assert_eq!(ancestors(&table, 30), BTreeSet::from([30, 31]));
}
