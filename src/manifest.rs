//! `manifest.json`: a typed structure, serialised once at the end of a run.
//!
//! Every string from the target in it is UTF-8 (lossy), with the exact bytes
//! beside it in a `*_b64` field where they are not UTF-8 (see
//! `docs/output.md`), so serialising it cannot fail on target data.

use serde::Serialize;

use mactriage_collectors::kit::budget::Limit;
use mactriage_collectors::kit::text;
use mactriage_collectors::kit::users::UserHome;
use mactriage_collectors::kit::{CollectorReport, Issue, IssueKind, Status};

use crate::archive::FileEntry;
use crate::host::{HostInfo, StartupChecks};

#[derive(Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

pub const TOOL: Tool = Tool {
    name: "mactriage",
    version: env!("CARGO_PKG_VERSION"),
};

#[derive(Serialize)]
pub struct Limits {
    pub time_limit_s: Option<f64>,
    /// True when the time limit stopped anything (computed from the typed
    /// issues and the budget, never from message text).
    pub time_limit_reached: bool,
    /// True when a signal interrupted the run.
    pub interrupted: bool,
    pub max_file_size: u64,
    pub max_total_size: u64,
    pub bytes_accounted: u64,
}

#[derive(Serialize)]
pub struct Collection<'a> {
    pub root: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root_b64: Option<String>,
    pub live: bool,
    pub started: String,
    pub ended: String,
    pub duration_s: f64,
    pub command_line: &'a [String],
    pub tarball: &'a str,
    pub checks: &'a StartupChecks,
    pub limits: Limits,
    pub compression_level: u32,
    /// `--low-priority`: the nice value and disk I/O policy the run had.
    pub priority: &'a crate::priority::Priority,
}

#[derive(Serialize)]
pub struct Counts {
    pub ok: usize,
    pub partial: usize,
    pub failed: usize,
    pub skipped: usize,
}

impl Counts {
    pub fn of(reports: &[CollectorReport]) -> Counts {
        let count = |s: Status| reports.iter().filter(|r| r.status == s).count();
        Counts {
            ok: count(Status::Ok),
            partial: count(Status::Partial),
            failed: count(Status::Failed),
            skipped: count(Status::Skipped),
        }
    }
}

#[derive(Serialize)]
pub struct Summary {
    pub status: Status,
    pub collectors: Counts,
    pub records: u64,
    pub files: usize,
    pub bytes: u64,
    /// Files present on the target and left out by a budget.
    pub not_collected: usize,
}

/// A home directory, as the manifest lists it.
#[derive(Serialize)]
pub struct User {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_b64: Option<String>,
    pub home: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub home_b64: Option<String>,
    pub uid: Option<u32>,
    pub has_account: bool,
}

impl From<&UserHome> for User {
    fn from(u: &UserHome) -> User {
        User {
            name: u.name.clone(),
            // Without an account record, the name is the directory's.
            name_b64: if u.has_account {
                None
            } else {
                u.home.file_name().and_then(text::b64_if_not_utf8)
            },
            home: text::lossy(u.home.as_os_str()),
            home_b64: text::b64_if_not_utf8(u.home.as_os_str()),
            uid: u.uid,
            has_account: u.has_account,
        }
    }
}

/// One file present on the target and not collected, or a collector that
/// stopped before the end: the `skipped` list.
#[derive(Serialize)]
pub struct Skipped<'a> {
    pub collector: &'a str,
    #[serde(flatten)]
    pub issue: &'a Issue,
}

#[derive(Serialize)]
pub struct Manifest<'a> {
    pub tool: Tool,
    pub host: &'a HostInfo,
    /// What the machine is and which defences were on (the `system`
    /// collector's summary; null when it did not run).
    pub system: Option<&'a mactriage_collectors::system::Summary>,
    pub collection: Collection<'a>,
    pub summary: Summary,
    pub users: Vec<User>,
    /// Problems that belong to no collector (user discovery, host facts).
    pub errors: &'a [Issue],
    /// Everything a budget or a signal left out, from the typed issues.
    pub skipped: Vec<Skipped<'a>>,
    pub collectors: &'a [CollectorReport],
    pub files: &'a [FileEntry],
    /// The directories above collected files (mode, owner, times).
    pub directories: &'a [FileEntry],
    pub outputs: &'a [FileEntry],
}

/// The `skipped` list: every budget issue of every collector.
pub fn skipped(reports: &[CollectorReport]) -> Vec<Skipped<'_>> {
    reports
        .iter()
        .flat_map(|r| {
            r.errors
                .iter()
                .filter(|e| e.is_left_out())
                .map(move |issue| Skipped {
                    collector: &r.name,
                    issue,
                })
        })
        .collect()
}

/// Files left out by a budget.
pub fn not_collected(reports: &[CollectorReport]) -> usize {
    reports
        .iter()
        .flat_map(|r| &r.errors)
        .filter(|e| matches!(e.kind, IssueKind::NotCollected { .. }))
        .count()
}

/// True when any issue says the time limit left something out.
pub fn time_limit_hit(reports: &[CollectorReport]) -> bool {
    reports
        .iter()
        .flat_map(|r| &r.errors)
        .any(|e| e.kind.limit() == Some(Limit::TimeLimit))
}
