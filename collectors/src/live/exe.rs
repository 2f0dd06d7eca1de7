//! Executables of running processes: where each one is, whether it is gone
//! from disk, and its SHA-256, computed once per run.
//!
//! `processes`, `network` and `open_files` all name the executable behind a
//! pid. The hashes live in one run-wide cache ([`ExeHashes`], held by
//! [`crate::kit::Env::shared`]) keyed by device and inode, so an executable
//! is read once however many processes run it and whichever collector asks
//! first; two collectors asking at the same moment wait for one hash.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use sha2::{Digest, Sha256};

use crate::kit::Ctx;

/// Executables larger than this are not hashed.
pub const MAX_HASH_SIZE: u64 = 256 * 1024 * 1024;

/// An executable's SHA-256 (lowercase hex) and, for a Mach-O, its decoded
/// header and code signature (see [`crate::formats::macho`]).
#[derive(Debug, Clone)]
pub struct ExeFacts {
    pub sha256: String,
    pub macho: Option<Result<crate::formats::macho::MachO, String>>,
}

/// The result of reading one executable, or why not.
pub type HashResult = Result<ExeFacts, String>;

/// Executables up to this size are read whole and their Mach-O header and
/// code signature decoded as well as hashed; larger ones are only hashed.
pub const MAX_DECODE: u64 = 128 * 1024 * 1024;

/// One executable's hash, computed by whoever asks first.
type Slot = Arc<OnceLock<HashResult>>;

/// The run's executable hashes by (device, inode).
#[derive(Default)]
pub struct ExeHashes {
    done: Mutex<HashMap<(u64, u64), Slot>>,
    /// Executables read so far (each once).
    computed: std::sync::atomic::AtomicU64,
}

impl ExeHashes {
    fn slot(&self, key: (u64, u64)) -> Slot {
        let mut map = match self.done.lock() {
            Ok(m) => m,
            Err(poisoned) => poisoned.into_inner(),
        };
        map.entry(key).or_default().clone()
    }
}

/// One collector's hasher: the run's cache, plus its own count of failures.
pub struct ExeHasher {
    cache: Arc<ExeHashes>,
    pub failed: u64,
    stopped: bool,
}

impl ExeHasher {
    pub fn new(ctx: &Ctx<'_>) -> ExeHasher {
        ExeHasher {
            cache: ctx.env().shared::<ExeHashes>(),
            failed: 0,
            stopped: false,
        }
    }

    /// The SHA-256 of the executable of `pid` at `exe` (`deleted`: gone from
    /// disk, so read through the process where the platform allows).
    pub fn hash(&mut self, ctx: &Ctx<'_>, pid: u32, exe: &Path, deleted: bool) -> HashResult {
        let r = self.hash_inner(ctx, pid, exe, deleted);
        if r.is_err() {
            self.failed += 1;
        }
        r
    }

    /// The SHA-256 (and, for a Mach-O, the decoded header and signature)
    /// of the regular file at `path` on the target, opened without
    /// following links: for executables that no process names (an
    /// application bundle's, a persistence item's), sharing the run's cache.
    pub fn hash_path(&mut self, ctx: &Ctx<'_>, path: &Path) -> HashResult {
        let r = self.hash_opened(ctx, || ctx.source().open(path).map_err(|e| e.to_string()));
        if r.is_err() {
            self.failed += 1;
        }
        r
    }

    fn hash_inner(&mut self, ctx: &Ctx<'_>, pid: u32, exe: &Path, deleted: bool) -> HashResult {
        self.hash_opened(ctx, || open_exe(ctx, pid, exe, deleted))
    }

    fn hash_opened(
        &mut self,
        ctx: &Ctx<'_>,
        open: impl FnOnce() -> Result<(File, std::fs::Metadata), String>,
    ) -> HashResult {
        if self.stopped || ctx.should_stop() {
            self.stopped = true;
            return Err("time limit reached; not hashed".into());
        }
        let (file, meta) = open()?;
        let slot = self.cache.slot((meta.dev(), meta.ino()));
        slot.get_or_init(|| {
            self.cache
                .computed
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            if meta.len() > MAX_HASH_SIZE {
                Err(format!(
                    "executable is {} bytes, over the {MAX_HASH_SIZE}-byte hashing limit",
                    meta.len()
                ))
            } else if meta.len() <= MAX_DECODE {
                let mut data = Vec::new();
                file.take(MAX_DECODE)
                    .read_to_end(&mut data)
                    .map_err(|e| format!("read failed: {e}"))
                    .map(|_| ExeFacts {
                        sha256: hex::encode(Sha256::digest(&data)),
                        macho: crate::formats::macho::is_macho(&data).then(|| {
                            crate::formats::macho::parse(&data).map_err(|e| e.to_string())
                        }),
                    })
            } else {
                sha256_bounded(file, MAX_HASH_SIZE, || ctx.should_stop())
                    .map_err(|e| format!("read failed: {e}"))
                    .map(|sha256| ExeFacts {
                        sha256,
                        macho: None,
                    })
            }
        })
        .clone()
    }
}

/// The executable's path as it was, and whether it is gone from disk.
pub fn exe_state(path: &Path) -> (PathBuf, bool) {
    #[cfg(target_os = "linux")]
    {
        // The kernel appends " (deleted)" to the link of an unlinked image.
        // Existence is not checked: a process in another mount namespace
        // names a path that is not ours.
        use std::os::unix::ffi::OsStrExt;
        let b = path.as_os_str().as_bytes();
        match b.strip_suffix(b" (deleted)") {
            Some(rest) => (PathBuf::from(std::ffi::OsStr::from_bytes(rest)), true),
            None => (path.to_path_buf(), false),
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        let gone = matches!(std::fs::symlink_metadata(path), Err(e) if e.kind() == io::ErrorKind::NotFound);
        (path.to_path_buf(), gone)
    }
}

/// Open an executable for hashing: a regular file, never a link or device.
fn open_exe(
    ctx: &Ctx<'_>,
    pid: u32,
    exe: &Path,
    deleted: bool,
) -> Result<(File, std::fs::Metadata), String> {
    if deleted {
        return open_deleted(pid);
    }
    ctx.source().open(exe).map_err(|e| e.to_string())
}

#[cfg(target_os = "linux")]
fn open_deleted(pid: u32) -> Result<(File, std::fs::Metadata), String> {
    use std::os::unix::fs::OpenOptionsExt;
    // The magic link still reaches the unlinked image.
    let f = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(nix::libc::O_NONBLOCK)
        .open(format!("/proc/{pid}/exe"))
        .map_err(|e| format!("deleted executable, and /proc/{pid}/exe failed: {e}"))?;
    let m = f.metadata().map_err(|e| e.to_string())?;
    if !m.is_file() {
        return Err("not a regular file; not hashed".into());
    }
    Ok((f, m))
}

#[cfg(not(target_os = "linux"))]
fn open_deleted(_pid: u32) -> Result<(File, std::fs::Metadata), String> {
    Err("executable no longer on disk; not hashed".into())
}

/// SHA-256 of at most `max` bytes of `r`, as lowercase hex. Fails if there
/// are more bytes, or if `stop` says so between chunks.
pub fn sha256_bounded(r: impl Read, max: u64, stop: impl Fn() -> bool) -> io::Result<String> {
    let mut r = r.take(max.saturating_add(1));
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 256 * 1024];
    let mut total = 0u64;
    loop {
        let n = match r.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        total += n as u64;
        if total > max {
            return Err(io::Error::other(format!("more than {max} bytes")));
        }
        h.update(buf.get(..n).unwrap_or_default());
        if stop() {
            return Err(io::Error::other("time limit reached while hashing"));
        }
    }
    Ok(hex::encode(h.finalize()))
}

/// What the live collectors say about the process behind a pid.
#[derive(Debug, Clone, Default)]
pub struct Owner {
    pub name: Option<String>,
    pub exe: Option<String>,
    pub exe_deleted: Option<bool>,
    pub exe_sha256: Option<String>,
    pub exe_hash_error: Option<String>,
    pub uid: Option<u32>,
}

/// The owners of a set of pids: name, executable and its hash, read once
/// per pid. A pid that is gone by the time it is read has no entry.
pub struct Owners {
    hasher: ExeHasher,
    sys: sysinfo::System,
    seen: HashMap<u32, Option<Owner>>,
}

impl Owners {
    /// Read the process table for `pids` (names, executables, owners).
    pub fn load(ctx: &Ctx<'_>, pids: &[u32]) -> Owners {
        use sysinfo::{Pid, ProcessRefreshKind, ProcessesToUpdate, UpdateKind};
        let list: Vec<Pid> = pids.iter().map(|p| Pid::from_u32(*p)).collect();
        let mut sys = sysinfo::System::new();
        sys.refresh_processes_specifics(
            ProcessesToUpdate::Some(&list),
            true,
            ProcessRefreshKind::nothing()
                .with_exe(UpdateKind::Always)
                .with_user(UpdateKind::Always),
        );
        Owners {
            hasher: ExeHasher::new(ctx),
            sys,
            seen: HashMap::new(),
        }
    }

    /// The owner of `pid`; `None` when it is not (or no longer) running.
    pub fn get(&mut self, ctx: &Ctx<'_>, pid: u32) -> Option<Owner> {
        if let Some(o) = self.seen.get(&pid) {
            return o.clone();
        }
        let o = self.sys.process(sysinfo::Pid::from_u32(pid)).map(|p| {
            let mut o = Owner {
                name: Some(p.name().to_string_lossy().into_owned()),
                uid: p.user_id().map(|u| **u),
                ..Owner::default()
            };
            if let Some(path) = p.exe() {
                let (clean, deleted) = exe_state(path);
                match self.hasher.hash(ctx, pid, &clean, deleted) {
                    Ok(h) => o.exe_sha256 = Some(h.sha256),
                    Err(e) => o.exe_hash_error = Some(e),
                }
                o.exe = Some(clean.to_string_lossy().into_owned());
                o.exe_deleted = Some(deleted);
            }
            o
        });
        self.seen.insert(pid, o.clone());
        o
    }

    /// Executables that could not be hashed so far.
    pub fn hash_failures(&self) -> u64 {
        self.hasher.failed
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use crate::kit::collector::{Cost, Description, Scope};
    use crate::kit::{testing, Collector, Fatal};
    use crate::live::{network::Network, processes::Processes};
    use std::sync::atomic::Ordering;

    static BOTH: Description = Description {
        name: "both",
        reads: "processes, then network, in one run",
        outputs: &[],
        scope: Scope::LiveOnly,
        cost: Cost::Cheap,
    };

    /// `processes` then `network` in one run; the counts of executables
    /// read after each.
    struct Both(Mutex<Vec<(u64, usize)>>);

    impl Collector for Both {
        fn describe(&self) -> &'static Description {
            &BOTH
        }
        fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
            let cache = ctx.env().shared::<ExeHashes>();
            let count = || {
                let slots = cache.done.lock().map(|m| m.len()).unwrap_or(0);
                (cache.computed.load(Ordering::Relaxed), slots)
            };
            Processes.run(ctx)?;
            let after_processes = count();
            Network.run(ctx)?;
            let after_network = count();
            if let Ok(mut v) = self.0.lock() {
                v.extend([after_processes, after_network]);
            }
            Ok(())
        }
    }

    static OWNERS: Description = Description {
        name: "owners",
        reads: "the owners of a live and an exited pid",
        outputs: &[],
        scope: Scope::LiveOnly,
        cost: Cost::Cheap,
    };

    struct Lookup(u32, Mutex<Vec<Option<Owner>>>);
    impl Collector for Lookup {
        fn describe(&self) -> &'static Description {
            &OWNERS
        }
        fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
            let me = std::process::id();
            let mut owners = Owners::load(ctx, &[me, self.0]);
            let got = vec![owners.get(ctx, me), owners.get(ctx, self.0)];
            if let Ok(mut v) = self.1.lock() {
                *v = got;
            }
            Ok(())
        }
    }

    #[test]
    fn a_process_that_exited_has_no_owner_and_is_no_error() {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let gone = child.id();
        child.wait().unwrap();
        let l = Lookup(gone, Mutex::new(Vec::new()));
        let (report, _) = testing::run_live(&l);
        assert!(report.errors.is_empty(), "{:?}", report.errors);
        let got = l.1.lock().unwrap().clone();
        let me = got[0].as_ref().expect("this process");
        assert!(me.exe_sha256.is_some());
        assert_eq!(me.exe_deleted, Some(false));
        assert!(got[1].is_none());
    }

    #[test]
    fn network_reuses_the_hashes_processes_computed() {
        // This process holds a listener, so network asks for its hash.
        let _l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let both = Both(Mutex::new(Vec::new()));
        let (_report, sink) = testing::run_live(&both);
        let counts = both.0.lock().unwrap().clone();
        let (read_by_processes, slots) = counts[0];
        assert!(read_by_processes > 0);
        // Every executable read once: one computation per (dev, inode).
        assert_eq!(read_by_processes as usize, slots);
        // network found this process's executable already hashed.
        let me = std::process::id();
        let net = sink.records("network");
        assert!(net
            .iter()
            .any(|r| r["pids"].as_array().unwrap().contains(&me.into())
                && r["processes"][0]["exe_sha256"].is_string()));
        let (read_after_network, slots_after) = counts[1];
        assert_eq!(read_after_network as usize, slots_after);
        assert_eq!(
            read_after_network, read_by_processes,
            "network read no executable again"
        );
    }
}
