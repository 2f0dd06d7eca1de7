//! `processes`: the running processes, their executables and their tree.
//!
//! **What.** A snapshot of the process table of the running system: who runs
//! what, started when, from which executable, with its SHA-256. A process
//! whose executable is gone from disk (deleted after launch) is a classic
//! sign of malware covering its tracks and is flagged.
//!
//! **Where.** The running kernel, through `sysinfo` (on macOS `sysctl` and
//! `proc_pidinfo`; on Linux `/proc`). Live only: under any root other than
//! `/` the runner skips it.
//!
//! **Output** `parsed/processes.jsonl`, one record per process: `pid`,
//! `ppid`, `uid`, `user`, `name`, `exe`, `cmdline` (array), `cwd`,
//! `timestamp` (start time, UTC; `timestamp_raw` = epoch seconds), `status`,
//! `memory_bytes` (resident), `cpu_time_s` (user + system), `exe_sha256`,
//! `exe_deleted`, and `exe_hash_error` when no hash could be computed.
//! Fields the kernel would not reveal (another user's process when not run
//! as root) are `null`.
//!
//! `parsed/process_tree.txt`: the same processes as an indented tree (pid,
//! user, start time, command line). A process whose parent is not in the
//! table sits under a `(not running)` placeholder for that parent.
//!
//! **Hashing.** Each distinct executable (device and inode) is hashed once
//! per run, at most [`MAX_HASH_SIZE`] bytes, opened without following
//! symbolic links and only if it is a regular file; `network` and
//! `open_files` reuse the same hashes (see [`crate::live::exe`]). On Linux a
//! deleted executable is still hashed through `/proc/<pid>/exe`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::Value;
use sysinfo::{Process, ProcessRefreshKind, UpdateKind};

use crate::formats::macho::SignatureKeys;
use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::time;
use crate::kit::{Collector, Ctx, Fatal};
use crate::live::exe::{exe_state, ExeHasher};
pub use crate::live::exe::{sha256_bounded, MAX_HASH_SIZE};
use crate::live::{display_cmdline, entry, is_thread, system};

pub struct Processes;

const STREAM: &str = "processes";
const TREE: &str = "process_tree.txt";

static DESCRIPTION: Description = Description {
    name: "processes",
    reads: "Running processes with executable hashes, and the process tree (live only)",
    outputs: &[STREAM],
    scope: Scope::LiveOnly,
    cost: Cost::Cheap,
};

impl Collector for Processes {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        if !ctx.source().is_live() {
            return Err(Fatal::new(
                "live-only collector: it reads the running system, not an evidence root",
            ));
        }
        let sys = system(
            ProcessRefreshKind::nothing()
                .with_memory()
                .with_cmd(UpdateKind::Always)
                .with_exe(UpdateKind::Always)
                .with_cwd(UpdateKind::Always)
                .with_user(UpdateKind::Always),
        );
        let mut procs: Vec<&Process> = sys.processes().values().filter(|p| !is_thread(p)).collect();
        procs.sort_by_key(|p| p.pid().as_u32());
        if procs.is_empty() {
            return Err(Fatal::new("the process table could not be read"));
        }
        let cpu = cpu_times();
        let mut users = UserNames::default();
        let mut hasher = ExeHasher::new(ctx);
        let mut nodes = Vec::with_capacity(procs.len());
        for p in procs {
            let e = entry(p);
            let user = e.uid.and_then(|u| users.name(u));
            let (exe, exe_deleted) = match p.exe() {
                Some(path) => {
                    let (clean, deleted) = exe_state(path);
                    (Some(clean), Some(deleted))
                }
                None => (None, None),
            };
            let hash = match (&exe, exe_deleted) {
                (Some(path), Some(deleted)) => Some(hasher.hash(ctx, e.pid, path, deleted)),
                _ => None,
            };
            let start = if e.start_time == 0 {
                None
            } else {
                i64::try_from(e.start_time)
                    .ok()
                    .and_then(time::from_unix_secs)
            };
            let mut rec = ctx
                .record(&source_of(e.pid), user.as_deref())
                .time(start, e.start_time)
                .set("pid", e.pid)
                .set("ppid", e.ppid)
                .set("uid", e.uid)
                .set("name", e.name.clone())
                .set(
                    "exe",
                    exe.as_ref().map(|x| x.to_string_lossy().into_owned()),
                )
                .set("cmdline", e.cmdline.clone())
                .set("cwd", p.cwd().map(|c| c.to_string_lossy().into_owned()))
                .set("status", p.status().to_string())
                .set("memory_bytes", p.memory())
                .set("cpu_time_s", cpu.get(&e.pid).copied())
                .set("exe_deleted", exe_deleted);
            match hash {
                Some(Ok(h)) => {
                    rec.insert("exe_sha256", h.sha256);
                    if let Some(m) = &h.macho {
                        EXE_SIGNATURE.write(&mut rec, m.as_ref().map_err(String::as_str));
                    }
                }
                Some(Err(why)) => {
                    rec.insert("exe_sha256", Value::Null);
                    rec.insert("exe_hash_error", why);
                }
                None => rec.insert("exe_sha256", Value::Null),
            }
            ctx.emit(STREAM, rec);
            nodes.push(TreeNode {
                pid: e.pid,
                ppid: e.ppid,
                user: user.unwrap_or_else(|| e.uid.map(|u| u.to_string()).unwrap_or("?".into())),
                start,
                command: display_cmdline(&e.cmdline, &e.name),
            });
        }
        if hasher.failed > 0 {
            ctx.info(format!(
                "{} executables could not be hashed (see exe_hash_error)",
                hasher.failed
            ));
        }
        let tree = render_tree(&nodes, Utc::now());
        ctx.write_output(TREE, tree.as_bytes());
        Ok(())
    }
}

/// The executable's code signature fields.
const EXE_SIGNATURE: SignatureKeys = SignatureKeys {
    status: "exe_signature_status",
    signing_id: "exe_signing_id",
    team_id: "exe_team_id",
    signer: "exe_signer",
    cdhash: "exe_cdhash",
    arches: Some("exe_arches"),
    error: Some("exe_macho_error"),
};

/// What a record names as its source.
fn source_of(pid: u32) -> PathBuf {
    if cfg!(target_os = "linux") {
        PathBuf::from(format!("/proc/{pid}"))
    } else {
        PathBuf::from(format!("kern.proc.pid.{pid}"))
    }
}

/// User names by uid, looked up once each.
#[derive(Default)]
struct UserNames(HashMap<u32, Option<String>>);

impl UserNames {
    fn name(&mut self, uid: u32) -> Option<String> {
        self.0
            .entry(uid)
            .or_insert_with(|| {
                nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid))
                    .ok()
                    .flatten()
                    .map(|u| u.name)
            })
            .clone()
    }
}

/// User + system CPU seconds by pid, where the platform tells.
#[cfg(target_os = "linux")]
fn cpu_times() -> HashMap<u32, f64> {
    let mut out = HashMap::new();
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return out;
    };
    for e in dir.flatten() {
        let Some(pid) = e.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else {
            continue;
        };
        if let Some(t) = std::fs::read_to_string(e.path().join("stat"))
            .ok()
            .and_then(|s| parse_proc_stat_cpu(&s))
        {
            out.insert(pid, t);
        }
    }
    out
}

/// CPU seconds from `/proc/<pid>/stat` (utime + stime, in USER_HZ ticks,
/// which the kernel ABI fixes at 100 per second).
#[cfg(any(target_os = "linux", test))]
fn parse_proc_stat_cpu(stat: &str) -> Option<f64> {
    // The command name (field 2) may hold spaces and parentheses.
    let rest = &stat[stat.rfind(')')? + 1..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let utime: u64 = f.get(11)?.parse().ok()?;
    let stime: u64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) as f64 / 100.0)
}

#[cfg(target_os = "macos")]
fn cpu_times() -> HashMap<u32, f64> {
    // sysinfo does not expose accumulated CPU time; ps(1) reads it from
    // proc_pidinfo for every process at once.
    let out = std::process::Command::new("/bin/ps")
        .args(["-axo", "pid=,time="])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output();
    match out {
        Ok(o) if o.status.success() => parse_ps_times(&String::from_utf8_lossy(&o.stdout)),
        _ => HashMap::new(),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "macos")))]
fn cpu_times() -> HashMap<u32, f64> {
    HashMap::new()
}

/// Parse `ps -o pid=,time=` output: `[[dd-]hh:]mm:ss[.cc]` per pid.
#[cfg(any(target_os = "macos", test))]
fn parse_ps_times(text: &str) -> HashMap<u32, f64> {
    text.lines()
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            let pid = it.next()?.parse().ok()?;
            Some((pid, parse_ps_time(it.next()?)?))
        })
        .collect()
}

#[cfg(any(target_os = "macos", test))]
fn parse_ps_time(t: &str) -> Option<f64> {
    let (days, rest) = match t.split_once('-') {
        Some((d, r)) => (d.parse::<f64>().ok()?, r),
        None => (0.0, t),
    };
    let mut secs = 0.0;
    for part in rest.split(':') {
        let v: f64 = part.parse().ok()?;
        if !v.is_finite() || v < 0.0 {
            return None;
        }
        secs = secs * 60.0 + v;
    }
    Some(days * 86_400.0 + secs)
}

/// One line of the tree.
#[derive(Debug, Clone)]
pub struct TreeNode {
    pub pid: u32,
    pub ppid: Option<u32>,
    pub user: String,
    pub start: Option<DateTime<Utc>>,
    /// The command line, already on one line.
    pub command: String,
}

/// The process tree as text, like `pstree`: two spaces per level.
pub fn render_tree(nodes: &[TreeNode], taken: DateTime<Utc>) -> String {
    let by_pid: BTreeMap<u32, &TreeNode> = nodes.iter().map(|n| (n.pid, n)).collect();
    let mut children: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    // Roots: no parent, or its own parent. Orphans: parent not listed.
    let mut roots: BTreeSet<u32> = BTreeSet::new();
    let mut missing: BTreeSet<u32> = BTreeSet::new();
    for n in by_pid.values() {
        match n.ppid {
            Some(pp) if pp != n.pid => {
                children.entry(pp).or_default().push(n.pid);
                if !by_pid.contains_key(&pp) {
                    missing.insert(pp);
                }
            }
            _ => {
                roots.insert(n.pid);
            }
        }
    }
    for c in children.values_mut() {
        c.sort_unstable();
    }
    let mut out = format!(
        "# process tree at {}\n# PID USER START COMMAND; two spaces of indent per level\n",
        taken.to_rfc3339_opts(SecondsFormat::Secs, true)
    );
    let mut seen: BTreeSet<u32> = BTreeSet::new();
    // Entries: (pid, depth, placeholder).
    let mut starts: Vec<(u32, bool)> = roots.iter().map(|&p| (p, false)).collect();
    starts.extend(missing.iter().map(|&p| (p, true)));
    starts.sort_unstable();
    let write_subtree =
        |start: u32, placeholder: bool, seen: &mut BTreeSet<u32>, out: &mut String| {
            let mut stack = vec![(start, 0usize, placeholder)];
            while let Some((pid, depth, ph)) = stack.pop() {
                let indent = "  ".repeat(depth);
                if ph {
                    out.push_str(&format!(
                        "{indent}{pid} ? ? (not running; parent of the processes below)\n"
                    ));
                } else {
                    if !seen.insert(pid) {
                        continue;
                    }
                    let Some(n) = by_pid.get(&pid) else { continue };
                    let start = n
                        .start
                        .map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true))
                        .unwrap_or_else(|| "?".into());
                    out.push_str(&format!("{indent}{pid} {} {start} {}\n", n.user, n.command));
                }
                if let Some(kids) = children.get(&pid) {
                    for &k in kids.iter().rev() {
                        if !seen.contains(&k) {
                            stack.push((k, depth + 1, false));
                        }
                    }
                }
            }
        };
    for (pid, ph) in starts {
        write_subtree(pid, ph, &mut seen, &mut out);
    }
    // Whatever is left sits on a loop of parent links (pid reuse while the
    // table was read): print it rather than lose it.
    let left: Vec<u32> = by_pid
        .keys()
        .copied()
        .filter(|p| !seen.contains(p))
        .collect();
    if !left.is_empty() {
        out.push_str("# processes whose parent links form a loop:\n");
        for pid in left {
            if !seen.contains(&pid) {
                write_subtree(pid, false, &mut seen, &mut out);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
