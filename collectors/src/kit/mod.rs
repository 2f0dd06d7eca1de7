//! The collector kit: everything a collector uses besides its own format.
//!
//! A [`Collector`] reads artifacts through its [`Ctx`], which is the only way
//! it touches evidence or output:
//! - [`Ctx::acquire`] copies a file from the target into a private staging
//!   directory and hands the staged copy to the archive; the collector parses
//!   the staged copy, so what was parsed is byte-for-byte what was archived;
//! - [`Ctx::archive`] sends a file to the archive without parsing it;
//! - [`Ctx::acquire_sqlite`] (see [`sqlite`]) stages a database with its
//!   `-wal`/`-journal` companions;
//! - [`Ctx::read_bytes`] acquires a file and reads the staged copy into
//!   memory up to a size limit (the bounded read every whole-file parser
//!   starts from);
//! - [`Ctx::read_plist`] (see [`plist`]) is [`Ctx::read_bytes`] of a
//!   property list, read within bounds;
//! - [`Ctx::emit`] writes one [`Record`] to `parsed/<stream>.jsonl`;
//! - [`Ctx::error`] records a problem: it lands in the manifest and the log,
//!   and makes the collector `partial`;
//! - [`Ctx::write_live_response`] and [`Ctx::command_run`] keep what a
//!   command run on the live system printed (`live_response/...`) and how it
//!   ended (the manifest);
//! - [`Env::shared`] holds what collectors of one run share (a cache of
//!   executable hashes), so that nothing is computed twice.
//!
//! The pieces, one concern each:
//!
//! | module | what |
//! |---|---|
//! | [`collector`] | the [`Collector`] trait, its static [`Description`], and the runner that contains each collector |
//! | [`context`] | [`Env`] (what a run shares) and [`Ctx`] (one collector's view of it) |
//! | [`record`] | [`Record`], one parsed row |
//! | [`budget`] | time and size budgets, and typed refusals |
//! | [`report`] | [`Status`], typed [`Issue`]s, [`CollectorReport`], log events |
//! | [`sink`] | archive items, file metadata, the [`ArchiveSink`] the writer implements |
//! | [`source`] | the evidence root, read without following symlinks or writing |
//! | [`users`] | home directories on the target |
//! | [`sqlite`] | staged database snapshots and row helpers |
//! | [`walk`] | one bounded, symlink-safe directory walk |
//! | [`plist`] | the safe property-list reader, and [`Ctx::read_plist`] from the target |
//! | [`time`] | every epoch and number form a Mac stores, converted exactly |
//! | [`text`] | escaping for logs and the body file; names that are not UTF-8 |

pub mod budget;
pub mod collector;
pub mod context;
pub mod plist;
pub mod record;
pub mod report;
pub mod sink;
pub mod source;
pub mod sqlite;
pub mod text;
pub mod time;
pub mod users;
pub mod walk;

#[cfg(test)]
pub mod testing;

pub use budget::{Budget, BudgetRefusal};
pub use collector::{run_collector, Collector, Description, Fatal};
pub use context::{Acquired, Ctx, Env, Options, ReadError};
pub use record::Record;
pub use report::{
    CollectorReport, CommandOutcome, CommandRun, Events, Issue, IssueKind, Level, NoEvents, Status,
};
pub use sink::{
    member_for, ArchiveItem, ArchiveSink, Content, FileMeta, FileTime, StagedFile, ROOT_PREFIX,
};
