//! How a collector ended: its status, the typed issues it recorded, its
//! report; and the events (log lines) a run emits.
//!
//! An [`Issue`] has a [`IssueKind`]: an error, a file that a budget left out
//! (present on the target, not collected), or a collector cut short. The
//! manifest's `skipped` list, `time_limit_reached` and the exit status are
//! computed from the kinds, never from the wording of a message.

use std::ffi::OsStr;

use serde::Serialize;

use super::budget::{BudgetRefusal, Limit};
use super::text;

/// Severity of a log line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Debug,
    Info,
    Warn,
    Error,
}

/// Receives the log of a run (the binary writes it to collection.log and,
/// depending on the terminal, to stderr).
pub trait Events: Send + Sync {
    fn log(&self, level: Level, collector: &str, message: &str);
}

/// Events that go nowhere (tests).
pub struct NoEvents;
impl Events for NoEvents {
    fn log(&self, _: Level, _: &str, _: &str) {}
}

/// How a collector ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Finished without a problem.
    Ok,
    /// Finished, but some artifacts could not be read or were left out.
    Partial,
    /// Could not run at all (a fatal error or an internal failure).
    Failed,
    /// Not run, by design (deselected, or live-only on a dead box).
    Skipped,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Partial => "partial",
            Status::Failed => "failed",
            Status::Skipped => "skipped",
        }
    }
}

/// What kind of problem an [`Issue`] is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum IssueKind {
    /// Something could not be read, parsed or written.
    Error,
    /// A file present on the target that a budget left out.
    NotCollected {
        limit: Limit,
        /// Its size, from `lstat`, when known.
        #[serde(skip_serializing_if = "Option::is_none")]
        size: Option<u64>,
    },
    /// The operating system refused access (not root, or no Full Disk
    /// Access): what is there was not collected, which is not "absent".
    Denied,
    /// A list cut at a fixed cap of the collector's (open files of a
    /// process, a command's output): the first `cap` items (or bytes) of
    /// `found` were kept.
    Capped {
        cap: u64,
        /// How many there were, when known.
        #[serde(skip_serializing_if = "Option::is_none")]
        found: Option<u64>,
    },
    /// The collector stopped before the end of its work.
    CutShort {
        limit: Limit,
        /// False when the collector stopped listing too, so files beyond
        /// those listed as not collected may exist.
        enumeration_complete: bool,
    },
}

impl IssueKind {
    /// The budget behind the issue, if a budget caused it.
    pub fn limit(&self) -> Option<Limit> {
        match self {
            IssueKind::Error | IssueKind::Denied | IssueKind::Capped { .. } => None,
            IssueKind::NotCollected { limit, .. } | IssueKind::CutShort { limit, .. } => {
                Some(*limit)
            }
        }
    }

    /// A file left out by a budget, from its refusal.
    pub fn not_collected(refusal: &BudgetRefusal, size: Option<u64>) -> IssueKind {
        IssueKind::NotCollected {
            limit: refusal.limit(),
            size,
        }
    }
}

/// A problem, with the path it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// The path on the target (UTF-8, lossy).
    pub path: Option<String>,
    /// The exact path bytes, base64, when they are not UTF-8.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path_b64: Option<String>,
    #[serde(flatten)]
    pub kind: IssueKind,
    pub message: String,
}

impl Issue {
    /// An issue about `path`.
    pub fn at(path: &OsStr, kind: IssueKind, message: impl Into<String>) -> Issue {
        Issue {
            path: Some(text::lossy(path)),
            path_b64: text::b64_if_not_utf8(path),
            kind,
            message: message.into(),
        }
    }

    /// An issue that concerns no single path.
    pub fn general(kind: IssueKind, message: impl Into<String>) -> Issue {
        Issue {
            path: None,
            path_b64: None,
            kind,
            message: message.into(),
        }
    }

    /// True when a budget caused it.
    pub fn is_budget(&self) -> bool {
        self.kind.limit().is_some()
    }

    /// True when something present may have been left out: a budget, a
    /// signal, a refusal of access or a cap (the manifest's `skipped` list).
    pub fn is_left_out(&self) -> bool {
        self.is_budget() || matches!(self.kind, IssueKind::Denied | IssueKind::Capped { .. })
    }
}

/// How a command run by a collector ended (see [`CommandRun`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CommandOutcome {
    /// It ran and exited (`exit_code` says how).
    Exited,
    /// A signal ended it (`signal` says which); not one the runner sent.
    Signalled,
    /// Its time ran out and the runner killed it.
    TimedOut,
    /// Its output passed the cap: the runner kept the first part and
    /// killed it.
    OutputCapped,
    /// The executable is not on this system.
    Missing,
    /// It exists but could not be started.
    FailedToStart,
    /// Not started: the run's time (or the commands' total time) was up.
    NotRun,
}

/// One command a collector ran on the live system: what ran, how it ended,
/// and where its output is in the archive. Listed in the manifest under the
/// collector (`commands`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CommandRun {
    /// The command line as run (absolute executable path first).
    pub argv: Vec<String>,
    /// The archive member holding its standard output, if any was written.
    pub output: Option<String>,
    /// The archive member holding its standard error, when it wrote any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stderr: Option<String>,
    pub outcome: CommandOutcome,
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    pub timed_out: bool,
    pub duration_s: f64,
    /// Bytes of standard output kept (at most the cap).
    pub stdout_bytes: u64,
    /// True when the output went past the cap and the rest was dropped.
    pub truncated: bool,
    /// Why it did not run or did not finish, when it did not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// What one collector did: this becomes its entry in the manifest.
#[derive(Debug, Clone, Serialize)]
pub struct CollectorReport {
    pub name: String,
    pub status: Status,
    pub records: u64,
    pub files: u64,
    pub duration_s: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub errors: Vec<Issue>,
    /// The commands it ran (live response), in order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub commands: Vec<CommandRun>,
    /// Facts about how it ran that are not problems (e.g. the unified log
    /// window's anchor): see [`super::Ctx::note`].
    #[serde(skip_serializing_if = "serde_json::Map::is_empty")]
    pub notes: serde_json::Map<String, serde_json::Value>,
}

impl CollectorReport {
    /// A collector that was not run, and why.
    pub fn skipped(name: &str, reason: impl Into<String>) -> Self {
        CollectorReport {
            name: name.to_string(),
            status: Status::Skipped,
            records: 0,
            files: 0,
            duration_s: 0.0,
            reason: Some(reason.into()),
            errors: Vec::new(),
            commands: Vec::new(),
            notes: serde_json::Map::new(),
        }
    }

    /// Add an issue found after the collector ended (e.g. by the writer).
    pub fn add_error(&mut self, issue: Issue) {
        if self.status == Status::Ok {
            self.status = Status::Partial;
        }
        self.errors.push(issue);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issues_serialize_their_kind_and_exact_path() {
        use std::os::unix::ffi::OsStrExt;
        let i = Issue::at(
            OsStr::from_bytes(b"/Users/caf\xe9/x"),
            IssueKind::NotCollected {
                limit: Limit::TimeLimit,
                size: Some(3),
            },
            "time limit reached; not collected",
        );
        let v = serde_json::to_value(&i).unwrap();
        assert_eq!(v["kind"], "not_collected");
        assert_eq!(v["limit"], "time_limit");
        assert_eq!(v["size"], 3);
        assert_eq!(v["path"], "/Users/caf\u{fffd}/x");
        assert_eq!(v["path_b64"], "L1VzZXJzL2NhZukveA==");
        assert!(i.is_budget());
        let e = Issue::general(IssueKind::Error, "x");
        assert_eq!(serde_json::to_value(&e).unwrap()["kind"], "error");
        assert!(!e.is_budget());
    }
}
