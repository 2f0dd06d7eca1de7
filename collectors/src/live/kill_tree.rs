//! `kill-tree`: stop and kill a process and every descendant.
//!
//! Killing a malicious process one PID at a time loses the race against its
//! children: the parent dies, a child forks again or is reparented to
//! `launchd` and survives. So [`kill_tree`] first **freezes** the whole
//! subtree with `SIGSTOP`, top down, rescanning the process table until a
//! scan finds no new descendant (a stopped process cannot fork), then sends
//! the chosen signal to every frozen process. If that signal can be caught
//! (`SIGTERM`, `SIGHUP`...) it then sends `SIGCONT`, so that the stopped
//! processes wake up and handle it.
//!
//! Refused (nothing is signalled): PID 1, PIDs ≤ 0 (process groups), the
//! calling process, and any of its ancestors (the shell or agent running the
//! collection). A PID whose process has changed between two scans (its start
//! time differs: the PID was reused) is not signalled.
//!
//! Limit: a descendant that forks and whose parent exits *before* the first
//! `SIGSTOP` reaches it is reparented away and can escape; the freeze makes
//! that window as short as one scan.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::str::FromStr;
use std::time::{Duration, Instant};

use nix::errno::Errno;
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use serde::{Serialize, Serializer};

use crate::live::{display_cmdline, process_table, ProcEntry};

/// Scans of the process table before giving up on a subtree that keeps
/// growing (each scan stops everything new it finds).
const MAX_ROUNDS: usize = 50;

/// Why nothing was signalled.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KillError {
    /// A PID that must not be killed (PID 1, this process, its ancestors).
    #[error("refused: {0}")]
    Refused(String),
    /// No process has that PID.
    #[error("no such process: {0}")]
    NoSuchProcess(i32),
    /// The operating system would not let us signal the process.
    #[error("permission denied to signal PID {0}; run as root")]
    PermissionDenied(i32),
    /// A signal name or number that does not exist.
    #[error("unknown signal {0:?} (use a name like TERM, SIGKILL, or a number like 9)")]
    BadSignal(String),
}

impl KillError {
    /// The exit status the binary reports: 2 for every refusal.
    pub fn exit_code(&self) -> i32 {
        2
    }
}

/// Parse a signal as `KILL`, `SIGKILL`, `kill` or `9`.
pub fn parse_signal(s: &str) -> Result<Signal, KillError> {
    let t = s.trim();
    let bad = || KillError::BadSignal(s.to_string());
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        let n: i32 = t.parse().map_err(|_| bad())?;
        return Signal::try_from(n).map_err(|_| bad());
    }
    let up = t.to_ascii_uppercase();
    let name = if up.starts_with("SIG") {
        up
    } else {
        format!("SIG{up}")
    };
    Signal::from_str(&name).map_err(|_| bad())
}

/// One process of the tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TreeProcess {
    pub pid: i32,
    pub ppid: Option<i32>,
    /// 0 for the PID asked for, 1 for its children, and so on.
    pub depth: usize,
    pub name: String,
    pub cmdline: Vec<String>,
    pub uid: Option<u32>,
    /// Start time, seconds since 1970 (0 when unknown).
    pub start_time: u64,
}

/// What happened to one process.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "result", content = "detail")]
pub enum Outcome {
    /// Dry run: listed only.
    Listed,
    /// The signal was delivered.
    Signalled,
    /// It exited (or its PID was reused) before it could be signalled.
    Vanished,
    /// Signalled with SIGKILL, but still running after the grace period.
    Survived,
    /// Signalling failed.
    Failed(String),
}

/// One process and what happened to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Killed {
    #[serde(flatten)]
    pub process: TreeProcess,
    #[serde(flatten)]
    pub outcome: Outcome,
}

/// What [`kill_tree`] did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KillReport {
    pub root: i32,
    #[serde(serialize_with = "signal_name")]
    pub signal: Signal,
    pub dry_run: bool,
    /// The tree, parents before children.
    pub processes: Vec<Killed>,
    /// Process table scans made while freezing the tree.
    pub scans: usize,
    pub warnings: Vec<String>,
}

fn signal_name<S: Serializer>(s: &Signal, ser: S) -> Result<S::Ok, S::Error> {
    ser.serialize_str(s.as_str())
}

impl KillReport {
    /// True when every process of the tree was signalled (or already gone).
    pub fn complete(&self) -> bool {
        self.processes.iter().all(|k| {
            matches!(
                k.outcome,
                Outcome::Listed | Outcome::Signalled | Outcome::Vanished
            )
        })
    }

    /// A human-readable account, one process per line, indented as a tree.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let n = self.processes.len();
        let verb = if self.dry_run { "would send" } else { "sent" };
        let _ = writeln!(
            out,
            "{verb} {} to {n} process{} in the tree of PID {}{}:",
            self.signal.as_str(),
            if n == 1 { "" } else { "es" },
            self.root,
            if self.dry_run { " (dry run)" } else { "" }
        );
        for k in &self.processes {
            let p = &k.process;
            let status = match &k.outcome {
                Outcome::Listed => String::new(),
                Outcome::Signalled => " [signalled]".into(),
                Outcome::Vanished => " [gone before signalled]".into(),
                Outcome::Survived => " [STILL RUNNING]".into(),
                Outcome::Failed(e) => format!(" [FAILED: {e}]"),
            };
            let _ = writeln!(
                out,
                "{}{} {}{status}",
                "  ".repeat(p.depth + 1),
                p.pid,
                display_cmdline(&p.cmdline, &p.name)
            );
        }
        for w in &self.warnings {
            let _ = writeln!(out, "warning: {w}");
        }
        out
    }
}

/// The pids of `pid` and its ancestors, from the table.
fn ancestors(table: &BTreeMap<u32, ProcEntry>, pid: u32) -> BTreeSet<u32> {
    let mut out = BTreeSet::new();
    let mut cur = Some(pid);
    while let Some(p) = cur {
        if !out.insert(p) {
            break; // a loop of parent links
        }
        cur = table.get(&p).and_then(|e| e.ppid);
    }
    out
}

/// `root` and its descendants, parents before children, with depths.
fn descendants(table: &BTreeMap<u32, ProcEntry>, root: u32) -> Vec<(ProcEntry, usize)> {
    let mut children: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for e in table.values() {
        if let Some(pp) = e.ppid {
            if pp != e.pid {
                children.entry(pp).or_default().push(e.pid);
            }
        }
    }
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    let mut stack = vec![(root, 0usize)];
    while let Some((pid, depth)) = stack.pop() {
        if !seen.insert(pid) {
            continue;
        }
        let Some(e) = table.get(&pid) else { continue };
        out.push((e.clone(), depth));
        if let Some(kids) = children.get(&pid) {
            for &k in kids.iter().rev() {
                stack.push((k, depth + 1));
            }
        }
    }
    out
}

fn tree_process(e: &ProcEntry, depth: usize) -> TreeProcess {
    TreeProcess {
        pid: e.pid as i32,
        ppid: e.ppid.map(|p| p as i32),
        depth,
        name: e.name.clone(),
        cmdline: e.cmdline.clone(),
        uid: e.uid,
        start_time: e.start_time,
    }
}

fn send(pid: u32, sig: Signal) -> Result<(), Errno> {
    kill(Pid::from_raw(pid as i32), sig)
}

/// Check that `pid` may be killed, against a fresh process table.
fn check_target(pid: i32, table: &BTreeMap<u32, ProcEntry>) -> Result<u32, KillError> {
    if pid <= 0 {
        return Err(KillError::Refused(format!(
            "PID {pid} is not a process (0 and negative numbers name process groups)"
        )));
    }
    if pid == 1 {
        return Err(KillError::Refused(
            "PID 1 is launchd (init); killing it would bring the system down".into(),
        ));
    }
    let root = pid as u32;
    let me = std::process::id();
    if root == me {
        return Err(KillError::Refused(format!(
            "PID {pid} is this process (mactriage) itself"
        )));
    }
    let Some(entry) = table.get(&root) else {
        return Err(KillError::NoSuchProcess(pid));
    };
    if entry.zombie {
        return Err(KillError::NoSuchProcess(pid));
    }
    if ancestors(table, me).contains(&root) {
        return Err(KillError::Refused(format!(
            "PID {pid} ({}) is an ancestor of mactriage (the shell or agent running it); \
             killing it would end this session",
            entry.name
        )));
    }
    Ok(root)
}

/// Stop `pid` and all its descendants, then send them `signal` (and
/// `SIGCONT` if `signal` can be caught). With `dry_run`, only list the tree.
///
/// Returns [`KillError`] when nothing was signalled because the target is
/// refused, does not exist, or may not be signalled. Problems with single
/// descendants are reported in [`KillReport::processes`] instead.
pub fn kill_tree(pid: i32, signal: Signal, dry_run: bool) -> Result<KillReport, KillError> {
    let mut table = process_table();
    let root = check_target(pid, &table)?;
    let mut report = KillReport {
        root: pid,
        signal,
        dry_run,
        processes: Vec::new(),
        scans: 1,
        warnings: Vec::new(),
    };
    if dry_run {
        report.processes = descendants(&table, root)
            .iter()
            .map(|(e, d)| Killed {
                process: tree_process(e, *d),
                outcome: Outcome::Listed,
            })
            .collect();
        return Ok(report);
    }

    let me = std::process::id();
    let protected = {
        let mut p = ancestors(&table, me);
        p.insert(1);
        p
    };

    // Freeze: stop everything in the subtree, rescanning until no new
    // descendant appears.
    let mut frozen: BTreeMap<u32, (ProcEntry, usize)> = BTreeMap::new();
    let mut order: Vec<u32> = Vec::new();
    let mut outcomes: BTreeMap<u32, Outcome> = BTreeMap::new();
    loop {
        let new: Vec<(ProcEntry, usize)> = descendants(&table, root)
            .into_iter()
            .filter(|(e, _)| !frozen.contains_key(&e.pid))
            .collect();
        if new.is_empty() {
            break;
        }
        for (e, depth) in new {
            let p = e.pid;
            if protected.contains(&p) {
                report
                    .warnings
                    .push(format!("PID {p} is protected and was left alone"));
                continue;
            }
            match send(p, Signal::SIGSTOP) {
                Ok(()) => {}
                Err(Errno::ESRCH) => {
                    outcomes.insert(p, Outcome::Vanished);
                }
                Err(Errno::EPERM) if p == root && frozen.is_empty() => {
                    return Err(KillError::PermissionDenied(pid));
                }
                Err(err) => {
                    outcomes.insert(p, Outcome::Failed(format!("SIGSTOP: {}", err.desc())));
                }
            }
            frozen.insert(p, (e, depth));
            order.push(p);
        }
        if report.scans >= MAX_ROUNDS {
            report.warnings.push(format!(
                "the tree was still growing after {MAX_ROUNDS} scans; processes forked since may survive"
            ));
            break;
        }
        table = process_table();
        report.scans += 1;
    }

    // Kill everything frozen, unless its PID now names another process.
    for &p in &order {
        if outcomes.contains_key(&p) {
            continue;
        }
        let Some((e, _)) = frozen.get(&p) else {
            continue;
        };
        let same = table
            .get(&p)
            .is_some_and(|now| now.start_time == e.start_time && !now.zombie);
        if !same {
            outcomes.insert(p, Outcome::Vanished);
            continue;
        }
        let r = match send(p, signal) {
            Ok(()) => Outcome::Signalled,
            Err(Errno::ESRCH) => Outcome::Vanished,
            Err(err) => Outcome::Failed(format!("{}: {}", signal.as_str(), err.desc())),
        };
        outcomes.insert(p, r);
    }
    if catchable(signal) {
        for &p in &order {
            if outcomes.get(&p) == Some(&Outcome::Signalled) {
                if let Err(err) = send(p, Signal::SIGCONT) {
                    if err != Errno::ESRCH {
                        report
                            .warnings
                            .push(format!("PID {p}: SIGCONT failed: {}", err.desc()));
                    }
                }
            }
        }
    } else if signal == Signal::SIGKILL {
        confirm_dead(&frozen, &mut outcomes);
    }

    report.processes = order
        .iter()
        .filter_map(|p| {
            let (e, depth) = frozen.get(p)?;
            Some(Killed {
                process: tree_process(e, *depth),
                outcome: outcomes.remove(p).unwrap_or(Outcome::Signalled),
            })
        })
        .collect();
    Ok(report)
}

/// True for a signal the process can handle (so it must be woken up to).
fn catchable(s: Signal) -> bool {
    !matches!(s, Signal::SIGKILL | Signal::SIGSTOP | Signal::SIGCONT)
}

/// Wait briefly for processes sent SIGKILL to die; mark the survivors.
fn confirm_dead(frozen: &BTreeMap<u32, (ProcEntry, usize)>, outcomes: &mut BTreeMap<u32, Outcome>) {
    let deadline = Instant::now() + Duration::from_secs(2);
    loop {
        let table = process_table();
        let alive: Vec<u32> = outcomes
            .iter()
            .filter(|(_, o)| **o == Outcome::Signalled)
            .map(|(p, _)| *p)
            .filter(|p| {
                table.get(p).is_some_and(|now| {
                    !now.zombie && Some(now.start_time) == frozen.get(p).map(|f| f.0.start_time)
                })
            })
            .collect();
        if alive.is_empty() {
            return;
        }
        if Instant::now() >= deadline {
            for p in alive {
                outcomes.insert(p, Outcome::Survived);
            }
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[cfg(test)]
mod tests;
