//! `open_files`: the files each running process holds open, deleted ones
//! included.
//!
//! **What.** Per process, every descriptor that names something in a file
//! system: path, descriptor number, access mode, and whether the file was
//! deleted while still open (`deleted: true`): malware that removes its
//! payload or log after opening it leaves it reachable only this way.
//!
//! **Where.** The running kernel (live only; skipped on any other root): on
//! macOS `proc_pidinfo(PROC_PIDLISTFDS)` and
//! `proc_pidfdinfo(PROC_PIDFDVNODEPATHINFO)` through the `libproc` crate
//! (what `lsof` reads; a deleted file is one with no link left); on Linux
//! `/proc/<pid>/fd` and `/proc/<pid>/fdinfo` (see [`crate::live::sys`]).
//!
//! **Caps.** At most [`MAX_PER_PROCESS`] files per process and
//! [`MAX_TOTAL`] in all; each cut is a `capped` issue in the manifest with
//! the cap and the number found.
//!
//! **Output** `parsed/open_files.jsonl`, one record per open file: `pid`,
//! `process` (name), `exe`, `exe_sha256` (shared with `processes`), `fd`,
//! `path` (`path_b64` when not UTF-8), `mode` (`r`, `w`, `rw`), `flags_raw`,
//! `type`, `deleted`, `inode`, `size`, `offset`.

use std::collections::BTreeSet;
use std::path::Path;

use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::{Collector, Ctx, Fatal, IssueKind};
use crate::live::exe::Owners;
use crate::live::network::report_problems;
use crate::live::sys::{self, ReadError};

pub struct OpenFiles;

const STREAM: &str = "open_files";

/// Open files recorded per process at most.
pub const MAX_PER_PROCESS: usize = 2_000;
/// Open files recorded in all at most.
pub const MAX_TOTAL: usize = 200_000;

static DESCRIPTION: Description = Description {
    name: "open_files",
    reads: "Files each running process holds open, deleted ones flagged (live only)",
    outputs: &[STREAM],
    scope: Scope::LiveOnly,
    cost: Cost::Cheap,
};

impl Collector for OpenFiles {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        if !ctx.source().is_live() {
            return Err(Fatal::new(
                "live-only collector: it reads the running system, not an evidence root",
            ));
        }
        let pids = sys::pids().map_err(Fatal::new)?;
        collect(ctx, &pids, MAX_PER_PROCESS, MAX_TOTAL);
        Ok(())
    }
}

/// Record the open files of `pids` under the two caps.
fn collect(ctx: &mut Ctx<'_>, pids: &[u32], per_process: usize, total: usize) {
    let mut owners = Owners::load(ctx, pids);
    let mut recorded = 0usize;
    let mut problems = Vec::new();
    let mut gone = 0u64;
    let mut left_processes = BTreeSet::new();
    for &pid in pids {
        if ctx.should_stop() {
            break;
        }
        let room = total.saturating_sub(recorded);
        if room == 0 {
            left_processes.insert(pid);
            continue;
        }
        let list = match sys::open_files(pid, per_process.min(room)) {
            Ok(l) => l,
            // Exited between the listing of pids and now: nothing to record.
            Err(ReadError::Gone) => {
                gone += 1;
                continue;
            }
            Err(e) => {
                problems.push(sys::Problem {
                    path: proc_path(pid),
                    denied: matches!(e, ReadError::Denied(_)),
                    message: e.to_string(),
                });
                continue;
            }
        };
        problems.extend(list.problems);
        let owner = owners.get(ctx, pid).unwrap_or_default();
        for f in &list.files {
            let rec = ctx
                .record(Path::new(&proc_path(pid)), None)
                .set("pid", pid)
                .set("process", owner.name.clone())
                .set("exe", owner.exe.clone())
                .set("exe_sha256", owner.exe_sha256.clone())
                .set("fd", f.fd)
                .name("path", "path_b64", &f.path)
                .set("mode", f.mode.map(|m| m.as_str()))
                .set("flags_raw", f.flags_raw)
                .set("type", f.file_type)
                .set("deleted", f.deleted)
                .set("inode", f.inode)
                .set("size", f.size)
                .set("offset", f.offset);
            ctx.emit(STREAM, rec);
        }
        recorded += list.files.len();
        if list.over_cap > 0 {
            let found = (list.files.len() as u64).saturating_add(list.over_cap);
            let cap = list.files.len() as u64;
            ctx.issue(
                Path::new(&proc_path(pid)),
                IssueKind::Capped {
                    cap,
                    found: Some(found),
                },
                if cap as usize >= per_process {
                    format!("{found} open files; the first {cap} recorded (cap per process)")
                } else {
                    format!("{found} open files; the first {cap} recorded (total cap of {total} reached)")
                },
            );
        }
    }
    if !left_processes.is_empty() {
        ctx.issue_general(
            IssueKind::Capped {
                cap: total as u64,
                found: None,
            },
            format!(
                "total cap of {total} open files reached; {} processes not read",
                left_processes.len()
            ),
        );
    }
    if gone > 0 {
        ctx.info(format!(
            "{gone} processes exited before their files were read"
        ));
    }
    report_problems(ctx, &problems, "open files");
}

fn proc_path(pid: u32) -> String {
    if cfg!(target_os = "linux") {
        format!("/proc/{pid}")
    } else {
        format!("pid {pid}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::collector::{Collector, Cost, Description, Scope};
    use crate::kit::{testing, Status};

    #[test]
    fn it_refuses_to_run_on_an_evidence_root() {
        let d = tempfile::tempdir().unwrap();
        let (report, _) = testing::run_on(d.path(), &OpenFiles);
        assert_eq!(report.status, Status::Failed);
    }

    static CAPPED: Description = Description {
        name: "open_files",
        reads: "this process, with small caps",
        outputs: &[STREAM],
        scope: Scope::LiveOnly,
        cost: Cost::Cheap,
    };

    /// This process and a pid that does not exist, with caps of 3 per
    /// process and 5 in all.
    struct Capped(Vec<u32>);
    impl Collector for Capped {
        fn describe(&self) -> &'static Description {
            &CAPPED
        }
        fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
            collect(ctx, &self.0, 3, 5);
            Ok(())
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn caps_are_recorded_and_vanished_processes_are_passed_over() {
        let d = tempfile::tempdir().unwrap();
        // Keep more than three files open.
        let files: Vec<std::fs::File> = (0..4)
            .map(|i| std::fs::File::create(d.path().join(format!("f{i}"))).unwrap())
            .collect();
        let me = std::process::id();
        // A pid above pid_max never exists.
        let (report, sink) = testing::run_live(&Capped(vec![me, 4_194_305, me]));
        drop(files);
        let recs = sink.records("open_files");
        // 3 for the first listing of this process, 2 (what is left of the
        // total) for the second.
        assert_eq!(recs.len(), 5, "{recs:#?}");
        let capped: Vec<_> = report
            .errors
            .iter()
            .filter(|e| matches!(e.kind, IssueKind::Capped { .. }))
            .collect();
        assert_eq!(capped.len(), 2, "{:#?}", report.errors);
        assert_eq!(
            capped[0].kind,
            IssueKind::Capped {
                cap: 3,
                found: capped_found(&capped[0].kind)
            }
        );
        assert!(capped[0].message.ends_with("(cap per process)"));
        assert!(capped[1].message.contains("total cap of 5"));
        // The vanished pid is no error.
        assert_eq!(report.errors.len(), 2, "{:#?}", report.errors);
        assert_eq!(report.status, Status::Partial);
    }

    fn capped_found(k: &IssueKind) -> Option<u64> {
        match k {
            IssueKind::Capped { found, .. } => {
                assert!(found.unwrap() > 4);
                *found
            }
            _ => None,
        }
    }
}
