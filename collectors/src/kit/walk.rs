//! One bounded, symlink-safe directory walk for every collector.
//!
//! Entries come from [`EvidenceSource::read_dir`](super::source::EvidenceSource::read_dir),
//! typed by `lstat`: a symbolic link is handed to the visitor as a link and
//! never descended into, so a walk never leaves the directory it was given.
//! The walk owns the checks every collector needs:
//! - the stop check ([`Ctx::should_stop`]), once per directory;
//! - a depth bound and an entry bound, each reported when hit (never
//!   silently): the entry bound as [`IssueKind::Capped`] (the walk kept the
//!   first `cap` entries: the manifest's `skipped` list), the depth bound
//!   as an error on the directory not entered;
//! - directories it cannot list are reported; an absent start is silent.
//!
//! Order is depth first, entries in name order, each directory's entries
//! visited before its subdirectories are entered.

use std::path::{Path, PathBuf};

use super::context::Ctx;
use super::report::IssueKind;
use super::source::{DirEntry, Kind};
use super::text;

/// Bounds of one walk.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Levels below the start that may be entered (0: the start only).
    pub max_depth: usize,
    /// Entries visited in all before the walk gives up.
    pub max_entries: usize,
}

/// What the visitor wants done with a directory entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visit {
    /// Enter it (directories only; ignored for anything else).
    Descend,
    /// Do not enter it.
    Skip,
}

/// How a walk ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WalkEnd {
    /// Every directory within the bounds was listed.
    Complete,
    /// The run is stopping ([`Ctx::should_stop`]).
    Stopped,
    /// The entry bound was hit (reported).
    EntryLimit,
}

/// Walk the directory `start` on the target, calling `visit` with each
/// entry and its depth (0 for the entries of `start`).
pub fn walk(
    ctx: &mut Ctx<'_>,
    start: &Path,
    limits: Limits,
    mut visit: impl FnMut(&mut Ctx<'_>, &DirEntry, usize) -> Visit,
) -> WalkEnd {
    let mut seen = 0usize;
    let mut stack: Vec<(PathBuf, usize)> = vec![(start.to_path_buf(), 0)];
    while let Some((dir, depth)) = stack.pop() {
        if ctx.should_stop() {
            return WalkEnd::Stopped;
        }
        let entries = match ctx.source().read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.is_not_found() => continue,
            Err(e) => {
                ctx.source_error(&dir, "cannot list directory", &e);
                continue;
            }
        };
        let mut subdirs = Vec::new();
        for e in &entries {
            seen += 1;
            if seen > limits.max_entries {
                ctx.issue(
                    start,
                    IssueKind::Capped {
                        cap: limits.max_entries as u64,
                        found: None,
                    },
                    format!(
                        "more than {} entries; the rest was not searched",
                        limits.max_entries
                    ),
                );
                return WalkEnd::EntryLimit;
            }
            if visit(ctx, e, depth) == Visit::Descend && e.kind == Kind::Dir {
                if depth < limits.max_depth {
                    subdirs.push((e.path.clone(), depth + 1));
                } else {
                    ctx.error(
                        &e.path,
                        format!(
                            "deeper than {} levels below {}; not searched",
                            limits.max_depth,
                            text::printable_os(start.as_os_str())
                        ),
                    );
                }
            }
        }
        stack.extend(subdirs.into_iter().rev());
    }
    WalkEnd::Complete
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::collector::{Collector, Cost, Description, Fatal, Scope};
    use crate::kit::testing;
    use std::sync::Mutex;

    static WALKER: Description = Description {
        name: "walker",
        reads: "walks /d",
        outputs: &[],
        scope: Scope::AnyRoot,
        cost: Cost::Cheap,
    };

    struct Walker {
        limits: Limits,
        seen: Mutex<Vec<(String, usize)>>,
    }
    impl Collector for Walker {
        fn describe(&self) -> &'static Description {
            &WALKER
        }
        fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
            walk(ctx, Path::new("/d"), self.limits, |_, e, depth| {
                if let Ok(mut s) = self.seen.lock() {
                    s.push((e.path.to_string_lossy().into_owned(), depth));
                }
                Visit::Descend
            });
            Ok(())
        }
    }

    fn tree() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        std::fs::create_dir_all(r.join("d/a/b/c")).unwrap();
        std::fs::write(r.join("d/a/b/c/f"), "x").unwrap();
        std::fs::write(r.join("d/z"), "x").unwrap();
        std::fs::create_dir(r.join("outside")).unwrap();
        std::fs::write(r.join("outside/secret"), "x").unwrap();
        std::os::unix::fs::symlink("../outside", r.join("d/link")).unwrap();
        d
    }

    #[test]
    fn walks_depth_first_in_name_order_without_following_links() {
        let d = tree();
        let w = Walker {
            limits: Limits {
                max_depth: 10,
                max_entries: 100,
            },
            seen: Mutex::new(Vec::new()),
        };
        let (report, _) = testing::run_on(d.path(), &w);
        assert!(report.errors.is_empty(), "{:?}", report.errors);
        let seen = w.seen.into_inner().unwrap();
        let names: Vec<(&str, usize)> = seen.iter().map(|(p, d)| (p.as_str(), *d)).collect();
        assert_eq!(
            names,
            vec![
                ("/d/a", 0),
                ("/d/link", 0),
                ("/d/z", 0),
                ("/d/a/b", 1),
                ("/d/a/b/c", 2),
                ("/d/a/b/c/f", 3),
            ]
        );
    }

    #[test]
    fn depth_and_entry_bounds_are_reported() {
        let d = tree();
        let w = Walker {
            limits: Limits {
                max_depth: 1,
                max_entries: 100,
            },
            seen: Mutex::new(Vec::new()),
        };
        let (report, _) = testing::run_on(d.path(), &w);
        assert_eq!(report.errors.len(), 1);
        assert_eq!(report.errors[0].path.as_deref(), Some("/d/a/b"));
        let w = Walker {
            limits: Limits {
                max_depth: 10,
                max_entries: 2,
            },
            seen: Mutex::new(Vec::new()),
        };
        let (report, _) = testing::run_on(d.path(), &w);
        assert_eq!(report.errors.len(), 1);
        assert!(report.errors[0].message.starts_with("more than 2 entries"));
        assert_eq!(
            report.errors[0].kind,
            IssueKind::Capped {
                cap: 2,
                found: None
            }
        );
        assert_eq!(w.seen.into_inner().unwrap().len(), 2);
    }
}
