//! Running one command of the table: an absolute path in a system
//! directory, owned by root and writable by no one else; an empty
//! environment; no standard input; its own process group, killed whole when
//! its time runs out or its output passes the cap.

use std::io::Read;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use crate::kit::CommandOutcome;

/// Directories a command may be run from (its path, and the path its
/// symbolic links lead to).
pub const SYSTEM_DIRS: &[&str] = &[
    "/bin/",
    "/sbin/",
    "/usr/bin/",
    "/usr/sbin/",
    "/usr/libexec/",
    "/System/",
    // Where Microsoft Defender's `mdatp` is linked from (root-owned).
    "/usr/local/bin/mdatp",
    "/Applications/Microsoft Defender.app/",
];

/// What one run produced.
#[derive(Debug)]
pub struct Ran {
    pub outcome: CommandOutcome,
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    pub duration: Duration,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Standard output passed the cap (the command was then killed).
    pub truncated: bool,
    pub error: Option<String>,
}

impl Ran {
    fn not_run(outcome: CommandOutcome, error: String) -> Ran {
        Ran {
            outcome,
            exit_code: None,
            signal: None,
            duration: Duration::ZERO,
            stdout: Vec::new(),
            stderr: Vec::new(),
            truncated: false,
            error: Some(error),
        }
    }
}

/// Whether an executable may be run; `Err` carries the outcome (missing,
/// or refused: failed to start) and why.
pub fn vet(exe: &str) -> Result<(), (CommandOutcome, String)> {
    // A directory (trailing `/`) holds what is below it; a file is itself.
    let in_system_dir = |p: &str| {
        SYSTEM_DIRS.iter().any(|d| {
            if d.ends_with('/') {
                p.starts_with(d)
            } else {
                p == *d
            }
        })
    };
    if !exe.starts_with('/') || exe.contains("/../") || !in_system_dir(exe) {
        return Err((
            CommandOutcome::FailedToStart,
            format!("{exe}: not an absolute path in a system directory; not run"),
        ));
    }
    let real = match std::fs::canonicalize(exe) {
        Ok(r) => r,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err((
                CommandOutcome::Missing,
                format!("{exe}: not on this system"),
            ))
        }
        Err(e) => return Err((CommandOutcome::FailedToStart, format!("{exe}: {e}"))),
    };
    let real_s = real.to_string_lossy();
    if !in_system_dir(&real_s) {
        return Err((
            CommandOutcome::FailedToStart,
            format!("{exe} leads to {real_s}, outside the system directories; not run"),
        ));
    }
    for p in [real.as_path(), real.parent().unwrap_or(Path::new("/"))] {
        let m = std::fs::metadata(p).map_err(|e| {
            (
                CommandOutcome::FailedToStart,
                format!("{}: {e}", p.display()),
            )
        })?;
        if m.uid() != 0 || m.permissions().mode() & 0o022 != 0 {
            return Err((
                CommandOutcome::FailedToStart,
                format!(
                    "{}: not owned by root, or writable by others; not run",
                    p.display()
                ),
            ));
        }
    }
    let m = std::fs::metadata(&real)
        .map_err(|e| (CommandOutcome::FailedToStart, format!("{exe}: {e}")))?;
    if !m.is_file() || m.permissions().mode() & 0o111 == 0 {
        return Err((
            CommandOutcome::FailedToStart,
            format!("{exe}: not an executable file"),
        ));
    }
    Ok(())
}

/// Read `r` into memory, at most `cap` bytes; set `over` and stop reading
/// when there is more.
fn capped_reader(
    mut r: impl Read + Send + 'static,
    cap: usize,
    over: Arc<AtomicBool>,
) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("command-output".into())
        .spawn(move || {
            let mut out = Vec::new();
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                match r.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => {
                        let room = cap.saturating_sub(out.len());
                        out.extend_from_slice(buf.get(..n.min(room)).unwrap_or_default());
                        if n > room {
                            over.store(true, Ordering::SeqCst);
                            break;
                        }
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(_) => break,
                }
            }
            let _ = tx.send(out);
        });
    if spawned.is_err() {
        // The receiver then reports nothing read.
    }
    rx
}

/// Run `argv` until it exits, `timeout` passes, `stop()` says so, or its
/// standard output passes `cap` bytes (standard error is kept to `cap` too).
pub fn run(argv: &[&str], timeout: Duration, cap: usize, stop: &dyn Fn() -> bool) -> Ran {
    let Some((exe, args)) = argv.split_first() else {
        return Ran::not_run(CommandOutcome::FailedToStart, "empty command".into());
    };
    if let Err((outcome, why)) = vet(exe) {
        return Ran::not_run(outcome, why);
    }
    let started = Instant::now();
    let mut cmd = Command::new(exe);
    cmd.args(args)
        .env_clear()
        .current_dir("/")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return Ran::not_run(CommandOutcome::FailedToStart, format!("{exe}: {e}")),
    };
    let over = Arc::new(AtomicBool::new(false));
    let err_over = Arc::new(AtomicBool::new(false));
    let out_rx = child
        .stdout
        .take()
        .map(|s| capped_reader(s, cap, over.clone()));
    let err_rx = child
        .stderr
        .take()
        .map(|s| capped_reader(s, cap, err_over.clone()));
    let pgid = nix::unistd::Pid::from_raw(i32::try_from(child.id()).unwrap_or(0));
    let kill_group = || {
        if pgid.as_raw() > 0 {
            let _ = nix::sys::signal::killpg(pgid, nix::sys::signal::Signal::SIGKILL);
        }
    };
    let deadline = started + timeout;
    let mut timed_out = false;
    let mut capped = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) => {}
            Err(_) => {
                kill_group();
                break child.wait().ok();
            }
        }
        if over.load(Ordering::SeqCst) {
            capped = true;
        } else if Instant::now() >= deadline || stop() {
            timed_out = true;
        }
        if capped || timed_out {
            kill_group();
            break child.wait().ok();
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    // Leftovers of the command (a child it left behind holding the pipes)
    // must not keep the run waiting.
    let collect = |rx: Option<mpsc::Receiver<Vec<u8>>>| -> Vec<u8> {
        let Some(rx) = rx else { return Vec::new() };
        match rx.recv_timeout(Duration::from_millis(500)) {
            Ok(v) => v,
            Err(_) => {
                kill_group();
                rx.recv_timeout(Duration::from_millis(500))
                    .unwrap_or_default()
            }
        }
    };
    let stdout = collect(out_rx);
    let stderr = collect(err_rx);
    let capped = capped || over.load(Ordering::SeqCst);
    let duration = started.elapsed();
    let (exit_code, signal) = match status {
        Some(s) => (s.code(), s.signal()),
        None => (None, None),
    };
    let outcome = if timed_out {
        CommandOutcome::TimedOut
    } else if capped {
        CommandOutcome::OutputCapped
    } else if exit_code.is_some() {
        CommandOutcome::Exited
    } else {
        CommandOutcome::Signalled
    };
    let error = match outcome {
        CommandOutcome::TimedOut => Some(format!(
            "still running after {:.1}s; killed",
            duration.as_secs_f64()
        )),
        CommandOutcome::OutputCapped => Some(format!(
            "output passed the {cap}-byte cap; the rest was dropped and the command killed"
        )),
        CommandOutcome::Signalled => Some(format!(
            "ended by signal {}",
            signal.map_or("?".into(), |s| s.to_string())
        )),
        _ => None,
    };
    Ran {
        outcome,
        exit_code,
        signal,
        duration,
        stdout,
        stderr,
        truncated: capped,
        error,
    }
}
