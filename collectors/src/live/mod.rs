//! The running system: processes, and the two live-response actions that
//! act on it (`kill-tree`, `notify`).
//!
//! Everything here reads the process table through `sysinfo`, so the same
//! code is built and tested on Linux (CI) and runs on macOS. The few
//! platform-specific details (how to tell a deleted executable, where CPU
//! time comes from) are small and behind `cfg`.

pub mod exe;
pub mod kill_tree;
pub mod live_response;
pub mod netconfig;
pub mod netconfig_files;
pub mod network;
pub mod notify;
pub mod open_files;
pub mod processes;
pub mod sys;
pub mod volumes;

use std::collections::BTreeMap;

use crate::kit::text::printable_str;
use sysinfo::{
    Process, ProcessRefreshKind, ProcessStatus, ProcessesToUpdate, System, ThreadKind, UpdateKind,
};

/// One process, as the live code needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcEntry {
    pub pid: u32,
    pub ppid: Option<u32>,
    pub name: String,
    pub cmdline: Vec<String>,
    /// Start time, seconds since 1970 (0 when unknown).
    pub start_time: u64,
    pub uid: Option<u32>,
    /// Dead, waiting for its parent to reap it.
    pub zombie: bool,
}

/// True for a Linux thread that `sysinfo` lists beside the processes.
pub(crate) fn is_thread(p: &Process) -> bool {
    p.thread_kind() == Some(ThreadKind::Userland)
}

/// A fresh process table with what `kind` asks for (plus pid, parent, name
/// and start time, which sysinfo always reads).
pub(crate) fn system(kind: ProcessRefreshKind) -> System {
    let mut sys = System::new();
    sys.refresh_processes_specifics(ProcessesToUpdate::All, true, kind);
    sys
}

pub(crate) fn entry(p: &Process) -> ProcEntry {
    ProcEntry {
        pid: p.pid().as_u32(),
        ppid: p.parent().map(|pp| pp.as_u32()),
        name: p.name().to_string_lossy().into_owned(),
        cmdline: p
            .cmd()
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect(),
        start_time: p.start_time(),
        uid: p.user_id().map(|u| **u),
        zombie: p.status() == ProcessStatus::Zombie,
    }
}

/// The process table by pid: pid, parent, name, command line, start time
/// and owner of every process (threads left out).
pub fn process_table() -> BTreeMap<u32, ProcEntry> {
    let sys = system(
        ProcessRefreshKind::nothing()
            .with_cmd(UpdateKind::Always)
            .with_user(UpdateKind::Always),
    );
    sys.processes()
        .values()
        .filter(|p| !is_thread(p))
        .map(|p| (p.pid().as_u32(), entry(p)))
        .collect()
}

/// A command line as one line of text: arguments joined by spaces, control
/// characters and bidirectional overrides escaped (see [`crate::kit::text`])
/// so that a hostile argument cannot forge lines or reorder what is shown.
pub fn display_cmdline(cmdline: &[String], name: &str) -> String {
    if cmdline.is_empty() {
        return format!("[{}]", printable_str(name));
    }
    let mut out = String::new();
    for (i, a) in cmdline.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&printable_str(a));
    }
    out
}

/// Helpers for tests that run real processes.
#[cfg(test)]
pub(crate) mod testutil {
    use std::path::{Path, PathBuf};
    use std::process::{Child, Command};
    use std::time::{Duration, Instant};

    use super::{process_table, ProcEntry};

    /// `sleep(1)` on this machine.
    pub fn sleep_bin() -> PathBuf {
        ["/bin/sleep", "/usr/bin/sleep"]
            .iter()
            .map(PathBuf::from)
            .find(|p| p.is_file())
            .expect("a sleep binary")
    }

    /// Copy an executable into `dir` (mode 0755).
    pub fn copy_exe(src: &Path, dir: &Path, name: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let dest = dir.join(name);
        std::fs::copy(src, &dest).expect("copy executable");
        std::fs::set_permissions(&dest, std::fs::Permissions::from_mode(0o755)).unwrap();
        dest
    }

    /// Spawn, retrying while another test thread's fork still holds the
    /// freshly written executable open (ETXTBSY).
    pub fn spawn(cmd: &mut Command) -> Child {
        let mut tries = 0;
        loop {
            match cmd.spawn() {
                Ok(c) => return c,
                Err(e) if e.raw_os_error() == Some(nix::libc::ETXTBSY) && tries < 50 => {
                    tries += 1;
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(e) => panic!("spawn failed: {e}"),
            }
        }
    }

    /// The descendants of `root` (itself included), by pid.
    pub fn subtree(root: u32) -> Vec<ProcEntry> {
        let t = process_table();
        let mut out: Vec<ProcEntry> = Vec::new();
        let mut todo = vec![root];
        while let Some(p) = todo.pop() {
            if let Some(e) = t.get(&p) {
                out.push(e.clone());
                todo.extend(t.values().filter(|c| c.ppid == Some(p)).map(|c| c.pid));
            }
        }
        out.sort_by_key(|e| e.pid);
        out
    }

    /// Wait until the subtree of `root` has a process whose command line
    /// ends with each of `leaf_args` (the shells have forked and exec'd).
    pub fn wait_for_subtree(root: u32, leaf_args: &[&str]) -> Vec<ProcEntry> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let t = subtree(root);
            let ready = leaf_args.iter().all(|arg| {
                t.iter()
                    .any(|e| e.cmdline.last().map(String::as_str) == Some(*arg))
            });
            if ready {
                return t;
            }
            assert!(
                Instant::now() < deadline,
                "process tree never formed: {t:?}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// True while `pid` exists and is not a zombie.
    #[cfg(target_os = "linux")]
    pub fn alive(pid: u32) -> bool {
        match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
            Ok(s) => match s.rfind(')') {
                Some(i) => !s[i + 1..].trim_start().starts_with(['Z', 'X']),
                None => true,
            },
            Err(_) => false,
        }
    }

    #[cfg(not(target_os = "linux"))]
    pub fn alive(pid: u32) -> bool {
        let pid = nix::unistd::Pid::from_raw(pid as i32);
        nix::sys::signal::kill(pid, None).is_ok()
    }

    /// Wait until `pid` is dead (gone or a zombie); false on timeout.
    pub fn wait_dead(pid: u32) -> bool {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if !alive(pid) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_lines_stay_on_one_line() {
        let cmd = vec!["sh".to_string(), "-c".into(), "a\nb\r\x1b[2J".into()];
        assert_eq!(display_cmdline(&cmd, "sh"), "sh -c a\\nb\\r\\u{1b}[2J");
        assert_eq!(display_cmdline(&[], "kthreadd"), "[kthreadd]");
        // A right-to-left override would make "gpj.exe" read as "exe.jpg".
        assert_eq!(
            display_cmdline(&["open".into(), "x\u{202e}gpj.exe".into()], "open"),
            "open x\\u{202e}gpj.exe"
        );
    }

    #[test]
    fn the_table_has_this_process_and_its_parent() {
        let t = process_table();
        let me = std::process::id();
        let e = t.get(&me).expect("own process listed");
        assert_eq!(e.ppid, Some(std::os::unix::process::parent_id()));
    }
}
