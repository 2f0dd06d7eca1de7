//! The collector contract and the context every collector runs in.
//!
//! A [`Collector`] reads artifacts through its [`Ctx`], which is the only way
//! it touches evidence or output:
//! - [`Ctx::acquire`] copies a file from the target into a private staging
//!   directory and hands the staged copy to the archive; the collector parses
//!   the staged copy, so what was parsed is byte-for-byte what was archived;
//! - [`Ctx::archive`] sends a file to the archive without parsing it;
//! - [`Ctx::acquire_sqlite`] (see [`crate::kit::sqlite`]) stages a database with
//!   its `-wal`/`-journal` companions;
//! - [`Ctx::emit`] writes one record to `parsed/<stream>.jsonl`;
//! - [`Ctx::error`] records a problem: it lands in the manifest and the log,
//!   and makes the collector `partial`.
//!
//! The archive writer itself lives behind [`ArchiveSink`], so that the
//! binary can run it on its own thread while collectors parse.

use std::any::{Any, TypeId};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Display;
use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use super::budget::{Budget, BudgetRefusal};
use super::record::Record;
use super::report::{CommandRun, Events, Issue, IssueKind, Level};
use super::sink::{member_for, ArchiveItem, ArchiveSink, Content, FileMeta, StagedFile};
use super::source::{EvidenceSource, SourceError};
use super::text;
use super::users::UserHome;

/// A parsed stream being written: its current part, staged.
struct Output {
    staged: Arc<StagedFile>,
    writer: Option<BufWriter<Counted>>,
    records: u64,
    /// Parts already handed to the archive.
    parts: u32,
}

/// Parsed streams larger than this are written as numbered parts (see
/// [`part_member`]), each handed to the archive as soon as it is full:
/// the staging directory then holds at most one part per open stream,
/// instead of a whole stream (gigabytes for a large browser history), and
/// compression starts while the collector is still parsing.
pub const PART_SIZE: u64 = 128 << 20;

/// The archive member of a parsed stream, or of its part `part` (1-based)
/// when the stream was split: `parsed/<stream>.jsonl`, or
/// `parsed/<stream>.<NNNN>.jsonl` for every part of a split one. The parts
/// of a stream, concatenated in order, are the stream; no record is split
/// between two.
pub fn part_member(stream: &str, part: Option<u32>) -> PathBuf {
    match part {
        None => PathBuf::from(format!("parsed/{stream}.jsonl")),
        Some(n) => PathBuf::from(format!("parsed/{stream}.{n:04}.jsonl")),
    }
}

/// The stream of a member name and its part, the inverse of
/// [`part_member`]: `parsed/<stream>.jsonl` gives `(stream, None)`,
/// `parsed/<stream>.<NNNN>.jsonl` (four digits or more) `(stream,
/// Some(NNNN))`. The stream is a plain name (ASCII letters, digits, `_`,
/// `-`, `.`); anything else is not a parsed stream.
pub fn stream_of_member(member: &str) -> Option<(&str, Option<u32>)> {
    let name = member.strip_prefix("parsed/")?.strip_suffix(".jsonl")?;
    let (stream, part) = match name.rsplit_once('.') {
        Some((stream, n)) if n.len() >= 4 && n.bytes().all(|b| b.is_ascii_digit()) => {
            (stream, Some(n.parse().ok()?))
        }
        _ => (name, None),
    };
    let plain = !stream.is_empty()
        && stream
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.');
    plain.then_some((stream, part))
}

/// A staged file, counting what was written to it.
struct Counted {
    file: File,
    written: u64,
}

impl Write for Counted {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.file.write(buf)?;
        self.written += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

/// Bytes written to a stream's current part, buffered ones included.
fn part_bytes(w: &BufWriter<Counted>) -> u64 {
    w.get_ref().written + w.buffer().len() as u64
}

/// Choices of the run that collectors read (from the command line).
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// More target directories for the `files` listing (`--files-extra`).
    pub files_extra: Vec<PathBuf>,
    /// `--unified-logs`, `--unified-logs-since`, `--unified-logs-max-size`.
    pub unified_logs: crate::unified_logs::Settings,
    /// `--part-size`: the size at which a parsed stream is split (none:
    /// [`PART_SIZE`]).
    pub part_size: Option<u64>,
}

impl Options {
    /// The size at which a parsed stream is split into parts (at least 1).
    pub fn part_size(&self) -> u64 {
        self.part_size.unwrap_or(PART_SIZE).max(1)
    }
}

/// Everything collectors of one run share.
pub struct Env {
    pub source: Arc<dyn EvidenceSource>,
    pub users: Vec<UserHome>,
    /// A private directory (mode 0700) outside the evidence root.
    pub staging: PathBuf,
    pub sink: Arc<dyn ArchiveSink>,
    pub budget: Arc<Budget>,
    pub events: Arc<dyn Events>,
    pub options: Options,
    seq: AtomicU64,
    archived: Mutex<HashSet<PathBuf>>,
    shared: Mutex<HashMap<TypeId, Arc<dyn Any + Send + Sync>>>,
}

impl Env {
    pub fn new(
        source: Arc<dyn EvidenceSource>,
        users: Vec<UserHome>,
        staging: PathBuf,
        sink: Arc<dyn ArchiveSink>,
        budget: Arc<Budget>,
        events: Arc<dyn Events>,
    ) -> Env {
        Env {
            source,
            users,
            staging,
            sink,
            budget,
            events,
            options: Options::default(),
            seq: AtomicU64::new(0),
            archived: Mutex::new(HashSet::new()),
            shared: Mutex::new(HashMap::new()),
        }
    }

    /// The run's one value of type `T`, created on first use: state that
    /// collectors of one run share (e.g. a cache, so that two collectors do
    /// not compute the same thing twice). Collectors run on several
    /// threads; `T` does its own locking.
    pub fn shared<T: Default + Send + Sync + 'static>(&self) -> Arc<T> {
        let mut map = match self.shared.lock() {
            Ok(m) => m,
            Err(poisoned) => poisoned.into_inner(),
        };
        let slot = map
            .entry(TypeId::of::<T>())
            .or_insert_with(|| Arc::new(T::default()));
        match slot.clone().downcast::<T>() {
            Ok(v) => v,
            // Not reachable: the slot of T's TypeId holds a T.
            Err(_) => {
                let v = Arc::new(T::default());
                *slot = v.clone();
                v
            }
        }
    }

    /// The same environment with these options.
    pub fn with_options(mut self, options: Options) -> Env {
        self.options = options;
        self
    }

    /// A fresh path in the staging directory.
    pub fn staging_path(&self, hint: &str) -> PathBuf {
        let n = self.seq.fetch_add(1, Ordering::Relaxed);
        let safe: String = hint
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .take(64)
            .collect();
        self.staging.join(format!("{n:06}-{safe}"))
    }

    /// Mark a member as archived; false if it already was.
    fn claim(&self, member: &Path) -> bool {
        match self.archived.lock() {
            Ok(mut set) => set.insert(member.to_path_buf()),
            Err(poisoned) => poisoned.into_inner().insert(member.to_path_buf()),
        }
    }
}

/// The result of [`Ctx::acquire`]: a staged copy of a target file.
#[derive(Debug, Clone)]
pub struct Acquired {
    pub target: PathBuf,
    pub meta: FileMeta,
    /// True when the file was shorter than its size when copied.
    pub short: bool,
    staged: Arc<StagedFile>,
}

impl Acquired {
    /// The staged copy's host path.
    pub fn path(&self) -> &Path {
        self.staged.path()
    }

    /// Open the staged copy.
    pub fn open(&self) -> io::Result<File> {
        File::open(self.staged.path())
    }
}

/// Why [`Ctx::read_bytes`] acquired a file but did not read it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// Larger than the caller's parsing limit: archived, not read.
    #[error("{size} bytes, over the {max}-byte parsing limit; archived, not parsed")]
    TooLarge { size: u64, max: u64 },
    /// The staged copy could not be read.
    #[error("cannot read the staged copy: {0}")]
    Staged(String),
}

/// A collector's view of the run.
pub struct Ctx<'e> {
    env: &'e Env,
    name: &'static str,
    errors: Vec<Issue>,
    /// The target files this collector took, whichever collector archived
    /// them (see [`Ctx::submit`]).
    files: std::collections::HashSet<PathBuf>,
    outputs: BTreeMap<String, Output>,
    /// Homes whose refusals are being counted (see [`Ctx::issue`]).
    homes: Vec<HomeDenials>,
    commands: Vec<CommandRun>,
    /// Facts about how the collector ran, for its manifest entry (see
    /// [`Ctx::note`]).
    notes: serde_json::Map<String, serde_json::Value>,
}

/// The refusals below one home directory. When the home itself cannot be
/// listed (permission denied: not root, or no Full Disk Access), every
/// refusal below it follows from that one: they are counted, and one
/// [`IssueKind::Denied`] issue names the home and the count, instead of one
/// line per artifact path tried in it.
struct HomeDenials {
    home: PathBuf,
    /// `Some(why)` when the home itself cannot be listed.
    unreadable: Option<String>,
    absorbed: u64,
}

impl<'e> Ctx<'e> {
    pub fn new(env: &'e Env, name: &'static str) -> Ctx<'e> {
        Ctx {
            env,
            name,
            errors: Vec::new(),
            files: std::collections::HashSet::new(),
            outputs: BTreeMap::new(),
            homes: Vec::new(),
            commands: Vec::new(),
            notes: serde_json::Map::new(),
        }
    }

    pub fn name(&self) -> &'static str {
        self.name
    }

    pub fn env(&self) -> &'e Env {
        self.env
    }

    pub fn source(&self) -> &'e dyn EvidenceSource {
        &*self.env.source
    }

    pub fn users(&self) -> &'e [UserHome] {
        &self.env.users
    }

    /// True once the run must stop, listing included: past the time limit
    /// (or a signal) and its short grace for listing. Between the limit and
    /// the end of the grace, collectors go on enumerating and
    /// [`Ctx::acquire`]/[`Ctx::archive`] record each file they are handed
    /// as present and not collected, with its size from `lstat`.
    pub fn should_stop(&self) -> bool {
        self.env.budget.enumeration_over()
    }

    /// True once no more files are taken (the time limit has passed or a
    /// signal arrived); expensive parsing should not start.
    pub fn time_up(&self) -> bool {
        self.env.budget.time_up()
    }

    /// Record a problem with `path`: it goes to the manifest and the log.
    pub fn error(&mut self, path: &Path, message: impl Display) {
        self.issue(path, IssueKind::Error, message.to_string());
    }

    /// Record a failure of the evidence source on `path`, after `what`
    /// ("cannot list directory"): a refusal of access is typed
    /// [`IssueKind::Denied`], anything else an error.
    pub fn source_error(&mut self, path: &Path, what: &str, e: &SourceError) {
        let kind = if e.is_permission_denied() {
            IssueKind::Denied
        } else {
            IssueKind::Error
        };
        self.issue(path, kind, format!("{what}: {e}"));
    }

    /// True when a refusal about `path` lies below (or is) a home that
    /// cannot be listed, and was counted instead of recorded.
    fn absorbed_by_home(&mut self, path: &Path, kind: &IssueKind) -> bool {
        if *kind != IssueKind::Denied {
            return false;
        }
        let Some(home) = self
            .env
            .users
            .iter()
            .map(|u| &u.home)
            .filter(|h| path.starts_with(h))
            .max_by_key(|h| h.as_os_str().len())
        else {
            return false;
        };
        let at = match self.homes.iter().position(|d| d.home == *home) {
            Some(i) => i,
            None => {
                let unreadable = match self.env.source.read_dir(home) {
                    Err(e) if e.is_permission_denied() => Some(e.to_string()),
                    _ => None,
                };
                self.homes.push(HomeDenials {
                    home: home.clone(),
                    unreadable,
                    absorbed: 0,
                });
                self.homes.len() - 1
            }
        };
        match self.homes.get_mut(at) {
            Some(d) if d.unreadable.is_some() => {
                d.absorbed += 1;
                true
            }
            _ => false,
        }
    }

    /// One issue per unreadable home, with the count of refusals below it.
    fn report_unreadable_homes(&mut self) {
        for d in std::mem::take(&mut self.homes) {
            let (Some(why), n) = (d.unreadable, d.absorbed) else {
                continue;
            };
            if n == 0 {
                continue;
            }
            let message = format!(
                "home directory not readable: {why}; {n} {} not read",
                if n == 1 { "path" } else { "paths" }
            );
            self.env.events.log(
                Level::Warn,
                self.name,
                &format!("{}: {message}", text::printable_os(d.home.as_os_str())),
            );
            self.errors
                .push(Issue::at(d.home.as_os_str(), IssueKind::Denied, message));
        }
    }

    /// Record an issue of any kind about `path`.
    pub fn issue(&mut self, path: &Path, kind: IssueKind, message: String) {
        if self.absorbed_by_home(path, &kind) {
            return;
        }
        self.env.events.log(
            Level::Warn,
            self.name,
            &format!("{}: {message}", text::printable_os(path.as_os_str())),
        );
        self.errors.push(Issue::at(path.as_os_str(), kind, message));
    }

    /// Record a file present on the target that a budget left out.
    pub fn not_collected(&mut self, path: &Path, refusal: &BudgetRefusal, size: Option<u64>) {
        self.issue(
            path,
            IssueKind::not_collected(refusal, size),
            refusal.to_string(),
        );
    }

    /// Record a problem that concerns no single path.
    pub fn error_general(&mut self, message: impl Display) {
        self.issue_general(IssueKind::Error, message.to_string());
    }

    /// Record an issue of any kind that concerns no single path.
    pub fn issue_general(&mut self, kind: IssueKind, message: String) {
        self.env
            .events
            .log(Level::Warn, self.name, &text::printable_str(&message));
        self.errors.push(Issue::general(kind, message));
    }

    /// A fact about how the collector ran (a choice it made from the
    /// data, not a problem), listed under `notes` in its manifest entry.
    pub fn note(&mut self, key: &str, value: serde_json::Value) {
        self.notes.insert(key.to_string(), value);
    }

    /// The notes so far, taken (the runner moves them to the report).
    pub(super) fn take_notes(&mut self) -> serde_json::Map<String, serde_json::Value> {
        std::mem::take(&mut self.notes)
    }

    /// A line in the log only.
    pub fn info(&self, message: impl Display) {
        self.env.events.log(
            Level::Info,
            self.name,
            &text::printable_str(&message.to_string()),
        );
    }

    /// Errors recorded so far.
    pub fn errors(&self) -> &[Issue] {
        &self.errors
    }

    /// A new record for this collector.
    pub fn record(&self, source: &Path, user: Option<&str>) -> Record {
        Record::new(self.name, source, user)
    }

    fn submit(
        &mut self,
        member: PathBuf,
        source: Option<PathBuf>,
        meta: FileMeta,
        content: Content,
    ) {
        // Counted for every collector that takes the file, so a
        // collector's count does not depend on which of two concurrent
        // collectors reached a shared file first; archived once, by the
        // first (the manifest's `files` entry names it).
        self.files.insert(member.clone());
        if !self.env.claim(&member) {
            return;
        }
        self.env.sink.submit(ArchiveItem {
            collector: self.name,
            member,
            source,
            meta,
            content,
        });
    }

    /// Record a symlink as a symlink, without following it.
    fn record_symlink(&mut self, target: &Path) {
        let Ok(meta) = self.env.source.lstat(target) else {
            return;
        };
        let link = match self.env.source.read_link(target) {
            Ok(l) => l,
            Err(e) => {
                self.error(target, format!("unreadable symbolic link: {e}"));
                return;
            }
        };
        self.info(format!(
            "{}: symbolic link to {}; recorded as a link, not followed",
            text::printable_os(target.as_os_str()),
            text::printable_os(link.as_os_str())
        ));
        self.submit(
            member_for(target),
            Some(target.to_path_buf()),
            FileMeta::from_metadata(&meta),
            Content::Symlink(link),
        );
    }

    /// Handle an open failure the same way for every collector. Returns
    /// nothing: absent files are silent, symlinks are recorded, the rest are
    /// errors.
    fn open_failed(&mut self, target: &Path, err: SourceError) {
        match err {
            SourceError::NotFound | SourceError::Excluded => {}
            SourceError::Io(ref e) if e.kind() == io::ErrorKind::NotFound => {}
            SourceError::Symlink { ref which, .. } => {
                let which = which.clone();
                self.record_symlink(&which);
            }
            other if other.is_permission_denied() => {
                self.issue(target, IssueKind::Denied, other.to_string())
            }
            other => self.error(target, other),
        }
    }

    /// Past the time limit: record a file that exists as not collected,
    /// from `lstat` alone (nothing is opened). True when the run has
    /// stopped taking files.
    fn refused_for_time(&mut self, target: &Path) -> bool {
        let Some(reason) = self.env.budget.stop_reason() else {
            return false;
        };
        match self.env.source.lstat(target) {
            Ok(m) if m.file_type().is_file() => self.not_collected(target, &reason, Some(m.len())),
            Ok(m) if m.file_type().is_symlink() => self.not_collected(target, &reason, None),
            // Absent, or not a file: nothing was left out.
            _ => {}
        }
        true
    }

    /// Open a target file and check it against the budget.
    fn open_budgeted(&mut self, target: &Path) -> Option<(File, std::fs::Metadata)> {
        if self.refused_for_time(target) {
            return None;
        }
        let (file, meta) = match self.env.source.open(target) {
            Ok(x) => x,
            Err(e) => {
                self.open_failed(target, e);
                return None;
            }
        };
        if let Err(refusal) = self.env.budget.reserve(meta.len()) {
            self.not_collected(target, &refusal, Some(meta.len()));
            return None;
        }
        Some((file, meta))
    }

    /// Copy a target file to staging and queue the staged copy for the
    /// archive. Returns `None` when the file is absent (silently), a symlink
    /// (recorded as such), or unreadable (an error is recorded).
    pub fn acquire(&mut self, target: &Path) -> Option<Acquired> {
        let hint = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let dest = self.env.staging_path(&hint);
        self.acquire_to(target, dest)
    }

    /// [`Ctx::acquire`] into a chosen staging path.
    pub(crate) fn acquire_to(&mut self, target: &Path, dest: PathBuf) -> Option<Acquired> {
        let (file, meta) = self.open_budgeted(target)?;
        let mut fmeta = FileMeta::from_metadata(&meta);
        let staged = Arc::new(StagedFile::new(dest));
        let copied = match copy_exact(file, staged.path(), fmeta.size, &self.env.budget) {
            Ok(n) => n,
            Err(CopyError::Stopped(reason)) => {
                self.not_collected(target, &reason, Some(fmeta.size));
                return None;
            }
            Err(CopyError::Io(e)) => {
                self.error(target, format!("copy failed: {e}"));
                return None;
            }
        };
        let short = copied < fmeta.size;
        if short {
            self.error(
                target,
                format!(
                    "file shrank while being copied: {copied} of {} bytes read",
                    fmeta.size
                ),
            );
            fmeta.size = copied;
        }
        self.submit(
            member_for(target),
            Some(target.to_path_buf()),
            fmeta.clone(),
            Content::Staged(staged.clone()),
        );
        Some(Acquired {
            target: target.to_path_buf(),
            meta: fmeta,
            short,
            staged,
        })
    }

    /// [`Ctx::acquire`] a file and read its staged copy into memory, up to
    /// `max` bytes: the one bounded read every parser of a whole file
    /// starts from ([`Ctx::read_plist`] is built on it). `None` when the
    /// file is absent (silently) or was not acquired (a symlink, a refusal,
    /// a budget: the kit recorded why). `Some(Err)` when it was acquired
    /// (so archived) but not read: over `max`, or the staged copy
    /// unreadable; the [`ReadError`] is already an issue on `target`, and
    /// is handed back for the caller's record.
    pub fn read_bytes(&mut self, target: &Path, max: u64) -> Option<Result<Vec<u8>, ReadError>> {
        let acq = self.acquire(target)?;
        let read = if acq.meta.size > max {
            Err(ReadError::TooLarge {
                size: acq.meta.size,
                max,
            })
        } else {
            let mut data = Vec::new();
            acq.open()
                .and_then(|f| f.take(max).read_to_end(&mut data))
                .map(|_| data)
                .map_err(|e| ReadError::Staged(e.to_string()))
        };
        if let Err(e) = &read {
            self.error(target, e);
        }
        Some(read)
    }

    /// True when this collector took `target` (acquired or archived it,
    /// or recorded it as a link).
    pub fn took_file(&self, target: &Path) -> bool {
        self.files.contains(&member_for(target))
    }

    /// Count `target` among the files this collector took when it uses
    /// what another collector of the run read from it (a parse shared
    /// through [`Env::shared`]): the file was acquired and archived once,
    /// by that collector, and each collector's `files` still names it.
    /// Call it only for a file that was acquired.
    pub fn count_shared_file(&mut self, target: &Path) {
        self.files.insert(member_for(target));
    }

    /// Send a target file to the archive without parsing it. Returns true
    /// when it was queued.
    pub fn archive(&mut self, target: &Path) -> bool {
        if self.refused_for_time(target) {
            return false;
        }
        match self.env.source.lstat(target) {
            Ok(m) if m.file_type().is_symlink() => {
                self.record_symlink(target);
                return true;
            }
            Err(e) => {
                self.open_failed(target, e);
                return false;
            }
            Ok(_) => {}
        }
        let Some((file, meta)) = self.open_budgeted(target) else {
            return false;
        };
        self.submit(
            member_for(target),
            Some(target.to_path_buf()),
            FileMeta::from_metadata(&meta),
            Content::Open(file),
        );
        true
    }

    /// Record a directory of the target (mode, owner, times; no content) as
    /// a directory member, without counting it as a file. Absent paths are
    /// silent; a symlink is recorded as a link. Returns true when queued.
    pub fn archive_dir(&mut self, target: &Path) -> bool {
        match self.env.source.lstat(target) {
            Ok(m) if m.file_type().is_symlink() => {
                self.record_symlink(target);
                true
            }
            Ok(m) if m.is_dir() => {
                let member = member_for(target);
                if self.env.claim(&member) {
                    self.env.sink.submit(ArchiveItem {
                        collector: self.name,
                        member,
                        source: Some(target.to_path_buf()),
                        meta: FileMeta::from_metadata(&m),
                        content: Content::Directory,
                    });
                }
                true
            }
            Ok(_) => {
                self.error(target, "not a directory");
                false
            }
            Err(e) => {
                self.open_failed(target, e);
                false
            }
        }
    }

    /// Write a record to `parsed/<stream>.jsonl` (or its current part, see
    /// [`PART_SIZE`]).
    pub fn emit(&mut self, stream: &str, record: Record) {
        if !self.outputs.contains_key(stream) {
            self.declare_output(stream);
        }
        let full = self
            .outputs
            .get(stream)
            .and_then(|o| o.writer.as_ref())
            .is_some_and(|w| part_bytes(w) >= self.env.options.part_size());
        if full {
            // Before the record, not after: the last part is never empty.
            self.next_part(stream);
        }
        let Some(out) = self.outputs.get_mut(stream) else {
            return;
        };
        let Some(w) = out.writer.as_mut() else {
            return;
        };
        let res = serde_json::to_writer(&mut *w, &record)
            .map_err(io::Error::other)
            .and_then(|_| w.write_all(b"\n"));
        match res {
            Ok(()) => out.records += 1,
            Err(e) => {
                out.writer = None;
                let msg = format!("cannot write parsed/{stream}.jsonl: {e}");
                self.error_general(msg);
            }
        }
    }

    /// Create `parsed/<stream>.jsonl` even if no record is written to it.
    pub fn declare_output(&mut self, stream: &str) {
        if self.outputs.contains_key(stream) {
            return;
        }
        let (staged, writer) = self.stage_part(stream);
        self.outputs.insert(
            stream.to_string(),
            Output {
                staged,
                writer,
                records: 0,
                parts: 0,
            },
        );
    }

    /// A new staged file for a part of `stream`.
    fn stage_part(&mut self, stream: &str) -> (Arc<StagedFile>, Option<BufWriter<Counted>>) {
        let staged = Arc::new(StagedFile::new(
            self.env.staging_path(&format!("parsed-{stream}.jsonl")),
        ));
        let writer = match File::create(staged.path()) {
            Ok(file) => Some(BufWriter::with_capacity(
                256 * 1024,
                Counted { file, written: 0 },
            )),
            Err(e) => {
                self.error_general(format!("cannot create parsed/{stream}.jsonl: {e}"));
                None
            }
        };
        (staged, writer)
    }

    /// Hand the full part of `stream` to the archive and start the next.
    fn next_part(&mut self, stream: &str) {
        let Some(out) = self.outputs.get_mut(stream) else {
            return;
        };
        let Some(w) = out.writer.take() else {
            return;
        };
        out.parts += 1;
        let part = out.parts;
        let staged = out.staged.clone();
        if self.submit_output(stream, w, staged, Some(part)) {
            let (staged, writer) = self.stage_part(stream);
            if let Some(out) = self.outputs.get_mut(stream) {
                out.staged = staged;
                out.writer = writer;
            }
        }
    }

    /// Flush a staged part (or a whole stream) and queue it for the
    /// archive; false (and an error) when it could not be written.
    fn submit_output(
        &mut self,
        stream: &str,
        w: BufWriter<Counted>,
        staged: Arc<StagedFile>,
        part: Option<u32>,
    ) -> bool {
        // No fsync: the staged file is read back from the page cache by the
        // archive writer and then deleted, and a write error (a full disk)
        // surfaces at write or flush. Syncing forced every parsed byte to
        // disk for nothing.
        let member = part_member(stream, part);
        let size = match w.into_inner() {
            Ok(c) => c.written,
            Err(e) => {
                self.error_general(format!(
                    "cannot write {}: {}",
                    member.display(),
                    e.into_error()
                ));
                return false;
            }
        };
        if self.env.claim(&member) {
            self.env.sink.submit(ArchiveItem {
                collector: self.name,
                member,
                source: None,
                meta: FileMeta::generated(size),
                content: Content::Staged(staged),
            });
        }
        true
    }

    /// Withdraw a declared stream that this run does not look for at all
    /// (a live-only table on a dead box): no `parsed/<stream>.jsonl` is
    /// written, so its absence is not read as "looked and found nothing".
    /// A stream that already has records is kept.
    pub fn withdraw_output(&mut self, stream: &str) {
        if self.outputs.get(stream).is_some_and(|o| o.records == 0) {
            // Dropping the output drops its staged file.
            self.outputs.remove(stream);
        }
    }

    /// Write a generated file that is not JSONL (a report, a text tree) to
    /// `parsed/<name>` in the archive. `name` is a plain file name. Returns
    /// true when it was queued; failures are recorded as errors.
    pub fn write_output(&mut self, name: &str, bytes: &[u8]) -> bool {
        if !plain_name(name) || name.ends_with(".jsonl") {
            self.error_general(format!("invalid output name {name:?}"));
            return false;
        }
        self.write_generated(PathBuf::from(format!("parsed/{name}")), bytes)
    }

    /// Write what a command run on the live system printed to
    /// `live_response/<category>/<name>` in the archive (UAC's layout).
    /// `category` and `name` are plain names. Returns the member when it
    /// was queued; failures are recorded as errors.
    pub fn write_live_response(
        &mut self,
        category: &str,
        name: &str,
        bytes: &[u8],
    ) -> Option<String> {
        if !plain_name(category) || !plain_name(name) {
            self.error_general(format!("invalid output name {category:?}/{name:?}"));
            return None;
        }
        let member = format!("live_response/{category}/{name}");
        self.write_generated(PathBuf::from(&member), bytes)
            .then_some(member)
    }

    /// Record a command this collector ran (see [`CommandRun`]).
    pub fn command_run(&mut self, run: CommandRun) {
        self.commands.push(run);
    }

    fn write_generated(&mut self, member: PathBuf, bytes: &[u8]) -> bool {
        let shown = member.to_string_lossy().into_owned();
        let staged = Arc::new(StagedFile::new(
            self.env.staging_path(&shown.replace('/', "-")),
        ));
        let written = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(staged.path())
            .and_then(|mut f| f.write_all(bytes).and_then(|_| f.sync_data()));
        if let Err(e) = written {
            self.error_general(format!("cannot write {shown}: {e}"));
            return false;
        }
        if !self.env.claim(&member) {
            self.error_general(format!("{shown} was already written"));
            return false;
        }
        self.env.sink.submit(ArchiveItem {
            collector: self.name,
            member,
            source: None,
            meta: FileMeta::generated(bytes.len() as u64),
            content: Content::Staged(staged),
        });
        true
    }

    /// Records written so far, across all streams.
    pub fn records(&self) -> u64 {
        self.outputs.values().map(|o| o.records).sum()
    }

    /// Flush the outputs into the archive and return the counts, errors and
    /// commands run.
    pub(super) fn finish(mut self) -> (u64, u64, Vec<Issue>, Vec<CommandRun>) {
        self.report_unreadable_homes();
        let records = self.records();
        let outputs = std::mem::take(&mut self.outputs);
        for (stream, mut out) in outputs {
            let Some(w) = out.writer.take() else {
                continue;
            };
            // A stream split before ends with its last part.
            let part = (out.parts > 0).then(|| out.parts.saturating_add(1));
            self.submit_output(&stream, w, out.staged, part);
        }
        (records, self.files.len() as u64, self.errors, self.commands)
    }
}

/// A plain file name: not empty, no `/`, not `.` or `..`.
fn plain_name(name: &str) -> bool {
    !(name.is_empty() || name.contains('/') || name == "." || name == "..")
}

/// Why a copy to staging did not complete.
enum CopyError {
    /// The time budget ran out (or a signal came) during the copy.
    Stopped(BudgetRefusal),
    Io(io::Error),
}

impl From<io::Error> for CopyError {
    fn from(e: io::Error) -> Self {
        CopyError::Io(e)
    }
}

/// Copy exactly `size` bytes (or fewer, if the file is shorter) from `src` to
/// a new file at `dest`. Stops when the time budget runs out.
fn copy_exact(src: File, dest: &Path, size: u64, budget: &Budget) -> Result<u64, CopyError> {
    let mut out = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(dest)?;
    let mut reader = src.take(size);
    let mut buf = vec![0u8; 256 * 1024];
    let mut total = 0u64;
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e.into()),
        };
        out.write_all(buf.get(..n).unwrap_or_default())?;
        total += n as u64;
        if let Some(reason) = budget.stop_reason() {
            return Err(CopyError::Stopped(reason));
        }
    }
    Ok(total)
}

#[cfg(test)]
mod write_output_tests {
    use super::*;
    use crate::kit::collector::{Collector, Cost, Description, Fatal, Scope};
    use crate::kit::testing;
    use crate::kit::Status;

    static WRITER: Description = Description {
        name: "writer",
        reads: "writes a text output",
        outputs: &[],
        scope: Scope::AnyRoot,
        cost: Cost::Cheap,
    };

    struct Writer;
    impl Collector for Writer {
        fn describe(&self) -> &'static Description {
            &WRITER
        }
        fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
            assert!(ctx.write_output("tree.txt", b"a\n  b\n"));
            assert!(!ctx.write_output("../escape.txt", b"x"));
            assert!(!ctx.write_output("tree.txt", b"again"));
            Ok(())
        }
    }

    #[test]
    fn generated_text_outputs_land_in_parsed() {
        let d = tempfile::tempdir().unwrap();
        let (report, sink) = testing::run_on(d.path(), &Writer);
        assert_eq!(sink.members(), vec!["parsed/tree.txt"]);
        assert_eq!(sink.member_bytes("parsed/tree.txt").unwrap(), b"a\n  b\n");
        // The two refused writes are reported.
        assert_eq!(report.status, Status::Partial);
        assert_eq!(report.errors.len(), 2);
    }
}

#[cfg(test)]
mod home_scope_tests {
    use super::*;
    use crate::kit::budget::Budget;
    use crate::kit::collector::{run_collector, Collector};
    use crate::kit::report::{CollectorReport, NoEvents, Status};
    use crate::kit::source::{DirEntry, FsSource};
    use crate::kit::testing;
    use std::fs::Metadata;

    /// The fixture, with every path at or below `denied` refused as a
    /// directory with mode 000 refuses it to a user who is not root.
    struct Denying {
        inner: FsSource,
        denied: PathBuf,
        /// Only paths strictly below `denied` (the directory itself can be
        /// stat'ed, as a real mode-000 directory can).
        below_only: bool,
    }

    impl Denying {
        fn check(&self, target: &Path, listing: bool) -> Result<(), SourceError> {
            let hit = target.starts_with(&self.denied)
                && (listing || !self.below_only || target != self.denied);
            if hit {
                Err(SourceError::Io(io::Error::from_raw_os_error(
                    nix::libc::EACCES,
                )))
            } else {
                Ok(())
            }
        }
    }

    impl EvidenceSource for Denying {
        fn root(&self) -> &Path {
            self.inner.root()
        }
        fn is_live(&self) -> bool {
            false
        }
        fn host_path(&self, target: &Path) -> PathBuf {
            self.inner.host_path(target)
        }
        fn lstat(&self, target: &Path) -> Result<Metadata, SourceError> {
            self.check(target, false)?;
            self.inner.lstat(target)
        }
        fn open(&self, target: &Path) -> Result<(File, Metadata), SourceError> {
            self.check(target, true)?;
            self.inner.open(target)
        }
        fn read_link(&self, target: &Path) -> Result<PathBuf, SourceError> {
            self.check(target, false)?;
            self.inner.read_link(target)
        }
        fn read_dir(&self, target: &Path) -> Result<Vec<DirEntry>, SourceError> {
            self.check(target, true)?;
            self.inner.read_dir(target)
        }
        fn list_xattrs(&self, target: &Path) -> Result<Vec<std::ffi::OsString>, SourceError> {
            self.check(target, false)?;
            self.inner.list_xattrs(target)
        }
        fn get_xattr(
            &self,
            target: &Path,
            name: &std::ffi::OsStr,
            max: usize,
        ) -> Result<crate::kit::source::XattrValue, SourceError> {
            self.check(target, false)?;
            self.inner.get_xattr(target, name, max)
        }
    }

    fn run(denied: &str, below_only: bool, c: &dyn Collector) -> (CollectorReport, u64) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/mac-basic");
        let source = Arc::new(Denying {
            inner: FsSource::new(&root, false),
            denied: PathBuf::from(denied),
            below_only,
        });
        let (users, _) = crate::kit::users::discover(&*source);
        let staging = tempfile::tempdir().unwrap();
        let sink = Arc::new(testing::MemorySink::default());
        let env = Env::new(
            source,
            users,
            staging.path().to_path_buf(),
            sink,
            Arc::new(Budget::unlimited()),
            Arc::new(NoEvents),
        );
        let report = run_collector(&env, c);
        let records = report.records;
        (report, records)
    }

    #[test]
    fn an_unreadable_home_is_one_error_per_collector_with_a_count() {
        use crate::{browsers, quarantine_events, recent_items, shell_history};
        let collectors: [(&dyn Collector, u64, u64); 4] = [
            // (collector, paths it tries in alice's home, records left from
            // the other homes: see fixtures/README.md)
            // The home's listing; bob's 4 + 1 session command, olduser's 1,
            // root's 1.
            (&shell_history::ShellHistory, 1, 7),
            // The V2 and the older database.
            (&quarantine_events::QuarantineEvents, 2, 0),
            // The sharedfilelist directory and 3 legacy plists.
            (&recent_items::RecentItems, 4, 0),
            // Safari: 2 data directories x (Profiles/, History.db,
            // Downloads.plist); 16 Chromium vendor directories; 7 Firefox
            // vendors x (profiles directory, profiles.ini). bob's Firefox
            // has 3 visits and 1 download.
            (&browsers::Browsers, 36, 4),
        ];
        for (c, refused, records) in collectors {
            let (report, got) = run("/Users/alice", true, c);
            let alice: Vec<&Issue> = report
                .errors
                .iter()
                .filter(|e| {
                    e.path
                        .as_deref()
                        .is_some_and(|p| p.starts_with("/Users/alice"))
                })
                .collect();
            assert_eq!(alice.len(), 1, "{}: {:#?}", c.name(), report.errors);
            assert_eq!(alice[0].path.as_deref(), Some("/Users/alice"));
            assert_eq!(alice[0].kind, IssueKind::Denied, "{}", c.name());
            let paths = if refused == 1 { "path" } else { "paths" };
            assert_eq!(
                alice[0].message,
                format!(
                    "home directory not readable: Permission denied (os error 13); on macOS run \
                     as root and grant the tool Full Disk Access; {refused} {paths} not read"
                ),
                "{}",
                c.name()
            );
            assert_eq!(report.errors.len(), 1, "{}: {:#?}", c.name(), report.errors);
            assert_eq!(report.status, Status::Partial, "{}", c.name());
            // The other homes are read as before.
            assert_eq!(got, records, "{}", c.name());
        }
    }

    #[test]
    fn a_refused_file_in_a_readable_home_is_reported_on_its_own() {
        let db = "/Users/alice/Library/Safari/History.db";
        let (report, records) = run(db, false, &crate::browsers::Browsers);
        let paths: Vec<&str> = report
            .errors
            .iter()
            .filter_map(|e| e.path.as_deref())
            .collect();
        assert_eq!(paths, [db], "{:#?}", report.errors);
        assert!(report.errors[0].message.contains("Permission denied"));
        assert_eq!(report.errors[0].kind, IssueKind::Denied);
        // Everything else of alice's is still read: 11 records less Safari's 3 visits.
        assert_eq!(records, 8);
    }
}

#[cfg(test)]
mod part_tests {
    use super::*;
    use crate::kit::collector::{Collector, Cost, Description, Fatal, Scope};
    use crate::kit::testing;

    static WRITER: Description = Description {
        name: "writer",
        reads: "nothing: writes numbered records",
        outputs: &["big", "small"],
        scope: Scope::AnyRoot,
        cost: Cost::Cheap,
    };

    /// Writes `n` records to `big` and one to `small`.
    struct Writer(usize);
    impl Collector for Writer {
        fn describe(&self) -> &'static Description {
            &WRITER
        }
        fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
            for i in 0..self.0 {
                ctx.emit(
                    "big",
                    Record::new("writer", Path::new("/x"), None).set("n", i as u64),
                );
            }
            ctx.emit(
                "small",
                Record::new("writer", Path::new("/y"), None).set("n", 0u64),
            );
            Ok(())
        }
    }

    fn run(n: usize, part_size: u64) -> (crate::kit::CollectorReport, Vec<(String, Vec<u8>)>) {
        let d = tempfile::tempdir().unwrap();
        let options = Options {
            part_size: Some(part_size),
            ..Options::default()
        };
        let (report, sink) = testing::run_on_with(d.path(), &Writer(n), options);
        let items = sink
            .items
            .lock()
            .unwrap()
            .iter()
            .map(|x| (x.0.to_string_lossy().into_owned(), x.2.clone()))
            .collect();
        (report, items)
    }

    /// The value of `n` of every line of `bytes`, each a whole record.
    fn numbers(bytes: &[u8]) -> Vec<u64> {
        assert!(bytes.ends_with(b"\n"), "a part ends with a whole line");
        bytes
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| {
                let v: serde_json::Value = serde_json::from_slice(l).unwrap();
                v["n"].as_u64().unwrap()
            })
            .collect()
    }

    /// The length of one record line of `big` (records 0 to 9 have the
    /// same length), as written.
    fn line_len() -> u64 {
        let (_, items) = run(1, u64::MAX);
        items[0].1.len() as u64
    }

    #[test]
    fn a_stream_past_the_part_size_is_written_in_numbered_parts() {
        // A part is closed before the record that would follow once it
        // holds the part size or more: with 2.5 lines' worth, parts of
        // three records.
        let size = line_len() * 5 / 2;
        let (report, items) = run(10, size);
        assert_eq!(report.records, 11);
        let names: Vec<&str> = items.iter().map(|(m, _)| m.as_str()).collect();
        // Full parts go to the archive as they fill, in order; the last at
        // the end, with the streams that were never split.
        assert_eq!(
            names,
            [
                "parsed/big.0001.jsonl",
                "parsed/big.0002.jsonl",
                "parsed/big.0003.jsonl",
                "parsed/big.0004.jsonl",
                "parsed/small.jsonl",
            ]
        );
        let parts: Vec<Vec<u64>> = items.iter().take(4).map(|(_, b)| numbers(b)).collect();
        assert_eq!(
            parts,
            [vec![0, 1, 2], vec![3, 4, 5], vec![6, 7, 8], vec![9]]
        );
    }

    #[test]
    fn a_stream_that_fills_its_part_exactly_has_no_empty_last_part() {
        // Three records fill the part exactly; nothing follows them.
        let size = line_len() * 3;
        let (_, items) = run(3, size);
        let names: Vec<&str> = items.iter().map(|(m, _)| m.as_str()).collect();
        assert_eq!(names, ["parsed/big.jsonl", "parsed/small.jsonl"]);
        assert_eq!(numbers(&items[0].1), [0, 1, 2]);
        // One record more: two parts, the second holding it alone.
        let (_, items) = run(4, size);
        let names: Vec<&str> = items.iter().map(|(m, _)| m.as_str()).collect();
        assert_eq!(
            names,
            [
                "parsed/big.0001.jsonl",
                "parsed/big.0002.jsonl",
                "parsed/small.jsonl"
            ]
        );
        assert_eq!(numbers(&items[1].1), [3]);
    }

    #[test]
    fn parts_are_named_for_sorting() {
        assert_eq!(part_member("asl", None), Path::new("parsed/asl.jsonl"));
        assert_eq!(
            part_member("asl", Some(7)),
            Path::new("parsed/asl.0007.jsonl")
        );
        assert_eq!(
            part_member("asl", Some(12345)),
            Path::new("parsed/asl.12345.jsonl")
        );
        assert_eq!(Options::default().part_size(), PART_SIZE);
        // And back.
        assert_eq!(stream_of_member("parsed/asl.jsonl"), Some(("asl", None)));
        assert_eq!(
            stream_of_member("parsed/asl.0007.jsonl"),
            Some(("asl", Some(7)))
        );
        assert_eq!(
            stream_of_member("parsed/asl.12345.jsonl"),
            Some(("asl", Some(12345)))
        );
    }
}

#[cfg(test)]
mod read_bytes_tests {
    use super::*;
    use crate::kit::collector::{Collector, Cost, Description, Fatal, Scope};
    use crate::kit::testing;
    use crate::kit::Status;

    static READER: Description = Description {
        name: "reader",
        reads: "reads three files",
        outputs: &[],
        scope: Scope::AnyRoot,
        cost: Cost::Cheap,
    };

    type Got = Option<Result<Vec<u8>, ReadError>>;
    struct Reader(Mutex<Vec<Got>>);
    impl Collector for Reader {
        fn describe(&self) -> &'static Description {
            &READER
        }
        fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
            for name in ["ok", "absent", "big"] {
                let got = ctx.read_bytes(&PathBuf::from(format!("/f/{name}")), 4);
                if let Ok(mut g) = self.0.lock() {
                    g.push(got);
                }
            }
            Ok(())
        }
    }

    #[test]
    fn read_bytes_acquires_bounds_and_records_the_refusal() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir(d.path().join("f")).unwrap();
        std::fs::write(d.path().join("f/ok"), b"1234").unwrap();
        std::fs::write(d.path().join("f/big"), b"12345").unwrap();
        let r = Reader(Mutex::new(Vec::new()));
        let (report, sink) = testing::run_on(d.path(), &r);
        let got = r.0.into_inner().unwrap();
        assert_eq!(
            got,
            vec![
                Some(Ok(b"1234".to_vec())),
                None,
                Some(Err(ReadError::TooLarge { size: 5, max: 4 })),
            ]
        );
        // The refusal is one issue on the file, which is archived anyway;
        // an absent file is silent.
        assert_eq!(report.status, Status::Partial);
        assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
        assert_eq!(report.errors[0].path.as_deref(), Some("/f/big"));
        assert_eq!(
            report.errors[0].message,
            "5 bytes, over the 4-byte parsing limit; archived, not parsed"
        );
        assert_eq!(sink.members(), vec!["[root]/f/big", "[root]/f/ok"]);
        assert_eq!(report.files, 2);
    }
}
