//! The collector contract and the context every collector runs in.
//!
//! A [`Collector`] reads artifacts through its [`Ctx`], which is the only way
//! it touches evidence or output:
//! - [`Ctx::acquire`] copies a file from the target into a private staging
//!   directory and hands the staged copy to the archive; the collector parses
//!   the staged copy, so what was parsed is byte-for-byte what was archived;
//! - [`Ctx::archive`] sends a file to the archive without parsing it;
//! - [`Ctx::acquire_sqlite`] (see [`crate::sqlite`]) stages a database with
//!   its `-wal`/`-journal` companions;
//! - [`Ctx::emit`] writes one record to `parsed/<stream>.jsonl`;
//! - [`Ctx::error`] records a problem: it lands in the manifest and the log,
//!   and makes the collector `partial`.
//!
//! The archive writer itself lives behind [`ArchiveSink`], so that the
//! binary can run it on its own thread while collectors parse.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Display;
use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use serde_json::Value;

use crate::source::{EvidenceSource, SourceError};
use crate::users::UserHome;

/// Prefix of every archive member copied from the target (UAC layout).
pub const ROOT_PREFIX: &str = "[root]";

// ---------------------------------------------------------------------------
// Files and their metadata

/// A timestamp as stored by the file system: seconds and nanoseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FileTime {
    pub secs: i64,
    pub nanos: u32,
}

impl FileTime {
    fn from_system(t: io::Result<SystemTime>) -> Option<FileTime> {
        let t = t.ok()?;
        match t.duration_since(UNIX_EPOCH) {
            Ok(d) => Some(FileTime {
                secs: i64::try_from(d.as_secs()).ok()?,
                nanos: d.subsec_nanos(),
            }),
            Err(e) => {
                let d = e.duration();
                let mut secs = -i64::try_from(d.as_secs()).ok()?;
                let mut nanos = d.subsec_nanos();
                if nanos > 0 {
                    secs -= 1;
                    nanos = 1_000_000_000 - nanos;
                }
                Some(FileTime { secs, nanos })
            }
        }
    }
}

/// What the archive and the manifest record about a file on the target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileMeta {
    pub size: u64,
    /// The full `st_mode`, file type bits included.
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    pub inode: u64,
    pub atime: Option<FileTime>,
    pub mtime: Option<FileTime>,
    pub ctime: Option<FileTime>,
    /// Birth time, where the operating system reports it.
    pub crtime: Option<FileTime>,
}

impl FileMeta {
    pub fn from_metadata(m: &std::fs::Metadata) -> FileMeta {
        FileMeta {
            size: m.len(),
            mode: m.mode(),
            uid: m.uid(),
            gid: m.gid(),
            inode: m.ino(),
            atime: FileTime::from_system(m.accessed()),
            mtime: FileTime::from_system(m.modified()),
            ctime: Some(FileTime {
                secs: m.ctime(),
                nanos: u32::try_from(m.ctime_nsec()).unwrap_or(0),
            }),
            crtime: FileTime::from_system(m.created()),
        }
    }

    /// Metadata for a file the tool itself produced (parsed output, manifest).
    pub fn generated(size: u64) -> FileMeta {
        let now = FileTime::from_system(Ok(SystemTime::now()));
        FileMeta {
            size,
            mode: 0o100_600,
            uid: 0,
            gid: 0,
            inode: 0,
            atime: now,
            mtime: now,
            ctime: now,
            crtime: None,
        }
    }
}

/// A file in the private staging directory, removed when the last holder
/// (the collector parsing it, the archive writer copying it) drops it.
#[derive(Debug)]
pub struct StagedFile {
    path: PathBuf,
}

impl StagedFile {
    pub fn new(path: PathBuf) -> Self {
        StagedFile { path }
    }
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for StagedFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Where an archive member's bytes come from.
#[derive(Debug)]
pub enum Content {
    /// A staged copy (also being parsed, or a generated output).
    Staged(Arc<StagedFile>),
    /// A file on the target, opened read-only; the writer reads it.
    Open(File),
    /// A symbolic link, stored as a link to this target.
    Symlink(PathBuf),
}

/// One member to append to the archive.
#[derive(Debug)]
pub struct ArchiveItem {
    /// The collector that asked for it (errors are reported against it).
    pub collector: &'static str,
    /// The member's path inside the archive.
    pub member: PathBuf,
    /// The path on the target; `None` for the tool's own outputs.
    pub source: Option<PathBuf>,
    pub meta: FileMeta,
    pub content: Content,
}

/// The archive writer, as collectors see it.
pub trait ArchiveSink: Send + Sync {
    /// Queue a member. May block while the writer catches up.
    fn submit(&self, item: ArchiveItem);
}

/// The archive member name of a target path.
pub fn member_for(target: &Path) -> PathBuf {
    let rel = target.strip_prefix("/").unwrap_or(target);
    Path::new(ROOT_PREFIX).join(rel)
}

// ---------------------------------------------------------------------------
// Budgets

/// Limits that keep a run inside Live Response's time and size budgets.
#[derive(Debug)]
pub struct Budget {
    deadline: Option<Instant>,
    max_file_size: u64,
    max_total: u64,
    used: AtomicU64,
    stop: AtomicBool,
}

/// Why a file was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BudgetRefusal {
    TimeLimit,
    FileTooLarge { size: u64, max: u64 },
    TotalSize { max: u64 },
}

/// The end of every budget refusal's message.
pub const NOT_COLLECTED: &str = "; not collected";

/// True when an error message says a budget left a file out (refused, cut
/// short while copying, or cut short while archiving).
pub fn is_budget_message(message: &str) -> bool {
    message.ends_with(NOT_COLLECTED) || message.contains("time limit reached")
}

impl Display for BudgetRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BudgetRefusal::TimeLimit => write!(f, "time limit reached{NOT_COLLECTED}"),
            BudgetRefusal::FileTooLarge { size, max } => write!(
                f,
                "file is {size} bytes, over the per-file limit of {max} bytes (--max-file-size){NOT_COLLECTED}"
            ),
            BudgetRefusal::TotalSize { max } => write!(
                f,
                "total size limit of {max} bytes reached (--max-total-size){NOT_COLLECTED}"
            ),
        }
    }
}

impl Budget {
    pub fn new(time_limit: Option<Duration>, max_file_size: u64, max_total: u64) -> Budget {
        Budget {
            deadline: time_limit.map(|d| Instant::now() + d),
            max_file_size,
            max_total,
            used: AtomicU64::new(0),
            stop: AtomicBool::new(false),
        }
    }

    /// No limits (tests).
    pub fn unlimited() -> Budget {
        Budget::new(None, u64::MAX, u64::MAX)
    }

    /// True once the time limit has passed (or a stop was requested).
    pub fn time_up(&self) -> bool {
        if self.stop.load(Ordering::Relaxed) {
            return true;
        }
        match self.deadline {
            Some(d) if Instant::now() >= d => {
                self.stop.store(true, Ordering::Relaxed);
                true
            }
            _ => false,
        }
    }

    pub fn deadline(&self) -> Option<Instant> {
        self.deadline
    }

    /// Account for a file of `size` bytes, or say why it must be skipped.
    pub fn reserve(&self, size: u64) -> Result<(), BudgetRefusal> {
        if self.time_up() {
            return Err(BudgetRefusal::TimeLimit);
        }
        if size > self.max_file_size {
            return Err(BudgetRefusal::FileTooLarge {
                size,
                max: self.max_file_size,
            });
        }
        let mut cur = self.used.load(Ordering::Relaxed);
        loop {
            let next = cur.saturating_add(size);
            if next > self.max_total {
                return Err(BudgetRefusal::TotalSize {
                    max: self.max_total,
                });
            }
            match self
                .used
                .compare_exchange_weak(cur, next, Ordering::Relaxed, Ordering::Relaxed)
            {
                Ok(_) => return Ok(()),
                Err(actual) => cur = actual,
            }
        }
    }

    /// Bytes accounted so far.
    pub fn used(&self) -> u64 {
        self.used.load(Ordering::Relaxed)
    }
}

// ---------------------------------------------------------------------------
// Events (log lines and progress)

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

// ---------------------------------------------------------------------------
// Reports

/// How a collector ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Finished without a problem.
    Ok,
    /// Finished, but some artifacts could not be read or were skipped.
    Partial,
    /// Could not run at all (a fatal error or an internal failure).
    Failed,
    /// Not run, by design (deselected, or live-only on a dead box).
    Skipped,
}

/// A problem, with the path it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    pub path: Option<String>,
    pub message: String,
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
        }
    }

    /// Add an error found after the collector ended (e.g. by the writer).
    pub fn add_error(&mut self, issue: Issue) {
        if self.status == Status::Ok {
            self.status = Status::Partial;
        }
        self.errors.push(issue);
    }
}

/// A failure that stops a collector (the others go on).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Fatal(pub String);

impl Fatal {
    pub fn new(msg: impl Display) -> Self {
        Fatal(msg.to_string())
    }
}

// ---------------------------------------------------------------------------
// Records

/// Fields reserved in a new [`Record`] (the largest collectors set about 25).
const RECORD_FIELDS: usize = 28;

/// One parsed record: a JSON object whose first keys are always
/// `collector`, `source`, `user` and `timestamp`.
///
/// Fields are kept as a short list of static keys and values, in insertion
/// order (setting a key again replaces its value in place): building a map
/// with owned keys for every one of millions of rows showed up in profiles.
#[derive(Debug, Clone, PartialEq)]
pub struct Record(Vec<(&'static str, Value)>);

impl Record {
    pub fn new(collector: &str, source: &Path, user: Option<&str>) -> Record {
        let mut v = Vec::with_capacity(RECORD_FIELDS);
        v.push(("collector", Value::from(collector)));
        v.push(("source", source.to_string_lossy().into_owned().into()));
        v.push(("user", user.map(Value::from).unwrap_or(Value::Null)));
        v.push(("timestamp", Value::Null));
        Record(v)
    }

    /// Set `timestamp` from a converted time, keeping the stored value
    /// beside it as `timestamp_raw`.
    pub fn time(mut self, t: Option<chrono::DateTime<chrono::Utc>>, raw: impl Into<Value>) -> Self {
        self.insert("timestamp", crate::time::json(t));
        self.insert("timestamp_raw", raw);
        self
    }

    /// Set a field.
    pub fn set(mut self, key: &'static str, value: impl Into<Value>) -> Self {
        self.insert(key, value);
        self
    }

    /// Set a field in place.
    pub fn insert(&mut self, key: &'static str, value: impl Into<Value>) {
        let value = value.into();
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
    }
}

impl Serialize for Record {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

struct Output {
    staged: Arc<StagedFile>,
    writer: Option<BufWriter<File>>,
    records: u64,
}

// ---------------------------------------------------------------------------
// The environment shared by all collectors of a run

/// Everything collectors of one run share.
pub struct Env {
    pub source: Arc<dyn EvidenceSource>,
    pub users: Vec<UserHome>,
    /// A private directory (mode 0700) outside the evidence root.
    pub staging: PathBuf,
    pub sink: Arc<dyn ArchiveSink>,
    pub budget: Arc<Budget>,
    pub events: Arc<dyn Events>,
    seq: AtomicU64,
    archived: Mutex<HashSet<PathBuf>>,
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
            seq: AtomicU64::new(0),
            archived: Mutex::new(HashSet::new()),
        }
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

/// A collector's view of the run.
pub struct Ctx<'e> {
    env: &'e Env,
    name: &'static str,
    errors: Vec<Issue>,
    files: u64,
    outputs: BTreeMap<String, Output>,
    home: Option<HomeScope>,
}

/// The home directory a collector is reading (see [`Ctx::in_home`]).
struct HomeScope {
    home: PathBuf,
    /// Decided at the first permission error below the home: `Some(why)`
    /// when the home itself cannot be listed.
    unreadable: Option<Option<String>>,
    /// Permission errors counted instead of recorded.
    absorbed: u64,
}

impl<'e> Ctx<'e> {
    pub fn new(env: &'e Env, name: &'static str) -> Ctx<'e> {
        Ctx {
            env,
            name,
            errors: Vec::new(),
            files: 0,
            outputs: BTreeMap::new(),
            home: None,
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

    /// True once the time budget is spent: stop starting new work.
    pub fn should_stop(&self) -> bool {
        self.env.budget.time_up()
    }

    /// Record a problem with `path`: it goes to the manifest and the log.
    pub fn error(&mut self, path: &Path, message: impl Display) {
        let message = message.to_string();
        if self.absorbed_by_home(path, &message) {
            return;
        }
        let path = path.to_string_lossy().into_owned();
        self.env
            .events
            .log(Level::Warn, self.name, &format!("{path}: {message}"));
        self.errors.push(Issue {
            path: Some(path),
            message,
        });
    }

    /// Read one home directory with `f`. When the home itself cannot be
    /// read (permission denied: not root, or no Full Disk Access), the
    /// permission errors of the paths below it are counted rather than
    /// recorded one by one, and one error names the home and the count.
    pub fn in_home(&mut self, home: &Path, f: impl FnOnce(&mut Self)) {
        let outer = self.home.replace(HomeScope {
            home: home.to_path_buf(),
            unreadable: None,
            absorbed: 0,
        });
        f(self);
        let scope = std::mem::replace(&mut self.home, outer);
        if let Some(HomeScope {
            unreadable: Some(Some(why)),
            absorbed,
            ..
        }) = scope
        {
            if absorbed > 0 {
                self.error(
                    home,
                    format!(
                        "home directory not readable: {why}; {absorbed} {} not read",
                        if absorbed == 1 { "path" } else { "paths" }
                    ),
                );
            }
        }
    }

    /// True when `message` about `path` is a permission error below a home
    /// that cannot be read, and was counted (see [`Ctx::in_home`]).
    fn absorbed_by_home(&mut self, path: &Path, message: &str) -> bool {
        let source = &self.env.source;
        let Some(scope) = self.home.as_mut() else {
            return false;
        };
        if !path.starts_with(&scope.home) || !crate::source::is_permission_message(message) {
            return false;
        }
        let unreadable =
            scope
                .unreadable
                .get_or_insert_with(|| match source.read_dir(&scope.home) {
                    Err(e) if e.is_permission_denied() => Some(e.to_string()),
                    _ => None,
                });
        if unreadable.is_some() {
            scope.absorbed += 1;
        }
        unreadable.is_some()
    }

    /// Record a problem that concerns no single path.
    pub fn error_general(&mut self, message: impl Display) {
        let message = message.to_string();
        self.env.events.log(Level::Warn, self.name, &message);
        self.errors.push(Issue {
            path: None,
            message,
        });
    }

    /// A line in the log only.
    pub fn info(&self, message: impl Display) {
        self.env
            .events
            .log(Level::Info, self.name, &message.to_string());
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
        if !self.env.claim(&member) {
            return;
        }
        self.files += 1;
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
            target.display(),
            link.display()
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
            other => self.error(target, other),
        }
    }

    fn check_name(&mut self, target: &Path) {
        if target.to_str().is_none() {
            self.error(
                target,
                "file name is not valid UTF-8 (shown with replacement characters); collected as stored",
            );
        }
    }

    /// Open a target file and check it against the budget.
    fn open_budgeted(&mut self, target: &Path) -> Option<(File, std::fs::Metadata)> {
        let (file, meta) = match self.env.source.open(target) {
            Ok(x) => x,
            Err(e) => {
                self.open_failed(target, e);
                return None;
            }
        };
        if let Err(refusal) = self.env.budget.reserve(meta.len()) {
            self.error(target, refusal);
            return None;
        }
        self.check_name(target);
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
            Err(e) => {
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

    /// Send a target file to the archive without parsing it. Returns true
    /// when it was queued.
    pub fn archive(&mut self, target: &Path) -> bool {
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

    /// Write a record to `parsed/<stream>.jsonl`.
    pub fn emit(&mut self, stream: &str, record: Record) {
        if !self.outputs.contains_key(stream) {
            self.declare_output(stream);
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
        let staged = Arc::new(StagedFile::new(
            self.env.staging_path(&format!("parsed-{stream}.jsonl")),
        ));
        let writer = match File::create(staged.path()) {
            Ok(f) => Some(BufWriter::with_capacity(256 * 1024, f)),
            Err(e) => {
                self.error_general(format!("cannot create parsed/{stream}.jsonl: {e}"));
                None
            }
        };
        self.outputs.insert(
            stream.to_string(),
            Output {
                staged,
                writer,
                records: 0,
            },
        );
    }

    /// Write a generated file that is not JSONL (a report, a text tree) to
    /// `parsed/<name>` in the archive. `name` is a plain file name. Returns
    /// true when it was queued; failures are recorded as errors.
    pub fn write_output(&mut self, name: &str, bytes: &[u8]) -> bool {
        if name.is_empty()
            || name.contains('/')
            || name == "."
            || name == ".."
            || name.ends_with(".jsonl")
        {
            self.error_general(format!("invalid output name {name:?}"));
            return false;
        }
        let member = PathBuf::from(format!("parsed/{name}"));
        let staged = Arc::new(StagedFile::new(
            self.env.staging_path(&format!("parsed-{name}")),
        ));
        let written = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(staged.path())
            .and_then(|mut f| f.write_all(bytes).and_then(|_| f.sync_data()));
        if let Err(e) = written {
            self.error_general(format!("cannot write parsed/{name}: {e}"));
            return false;
        }
        if !self.env.claim(&member) {
            self.error_general(format!("parsed/{name} was already written"));
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

    /// Flush the outputs into the archive and return the counts and errors.
    fn finish(mut self) -> (u64, u64, Vec<Issue>) {
        let records = self.records();
        let outputs = std::mem::take(&mut self.outputs);
        for (stream, mut out) in outputs {
            let flushed = match out.writer.take() {
                // No fsync: the staged file is read back from the page
                // cache by the archive writer and then deleted, and a write
                // error (a full disk) surfaces at write or flush. Syncing
                // forced every parsed byte to disk for nothing.
                Some(mut w) => w
                    .flush()
                    .and_then(|_| w.into_inner().map(drop).map_err(|e| e.into_error())),
                None => continue,
            };
            if let Err(e) = flushed {
                self.error_general(format!("cannot write parsed/{stream}.jsonl: {e}"));
                continue;
            }
            let size = std::fs::metadata(out.staged.path())
                .map(|m| m.len())
                .unwrap_or(0);
            let member = PathBuf::from(format!("parsed/{stream}.jsonl"));
            if self.env.claim(&member) {
                self.env.sink.submit(ArchiveItem {
                    collector: self.name,
                    member,
                    source: None,
                    meta: FileMeta::generated(size),
                    content: Content::Staged(out.staged.clone()),
                });
            }
        }
        (records, self.files, self.errors)
    }
}

/// Copy exactly `size` bytes (or fewer, if the file is shorter) from `src` to
/// a new file at `dest`. Stops with an error when the time budget runs out.
fn copy_exact(src: File, dest: &Path, size: u64, budget: &Budget) -> io::Result<u64> {
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
            Err(e) => return Err(e),
        };
        out.write_all(&buf[..n])?;
        total += n as u64;
        if budget.time_up() {
            return Err(io::Error::other("time limit reached while copying"));
        }
    }
    Ok(total)
}

// ---------------------------------------------------------------------------
// Collectors

/// One artifact family.
pub trait Collector: Send + Sync {
    /// Short name, used for `--only`/`--skip` and in the manifest.
    fn name(&self) -> &'static str;
    /// What it reads, for `mactriage list`.
    fn description(&self) -> &'static str;
    /// The `parsed/<stream>.jsonl` files it writes.
    fn outputs(&self) -> &'static [&'static str];
    /// True when it reads the running system rather than files.
    fn live_only(&self) -> bool {
        false
    }
    /// Collect. An `Err` means the collector could not run at all; problems
    /// with single artifacts go to [`Ctx::error`] instead.
    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal>;
}

/// Run one collector, containing any panic, and report what it did.
pub fn run_collector(env: &Env, collector: &dyn Collector) -> CollectorReport {
    let started = Instant::now();
    let name = collector.name();
    env.events.log(Level::Info, name, "started");
    let mut ctx = Ctx::new(env, name);
    for stream in collector.outputs() {
        ctx.declare_output(stream);
    }
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let r = collector.run(&mut ctx);
        (r, ctx)
    }));
    let (status, records, files, mut errors) = match outcome {
        Ok((result, ctx)) => {
            let (records, files, errors) = ctx.finish();
            match result {
                Ok(()) if errors.is_empty() => (Status::Ok, records, files, errors),
                Ok(()) => (Status::Partial, records, files, errors),
                Err(fatal) => {
                    let mut errors = errors;
                    errors.push(Issue {
                        path: None,
                        message: fatal.0,
                    });
                    (Status::Failed, records, files, errors)
                }
            }
        }
        Err(panic) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            (
                Status::Failed,
                0,
                0,
                vec![Issue {
                    path: None,
                    message: format!("internal error: {msg}"),
                }],
            )
        }
    };
    if status == Status::Failed {
        for e in &errors {
            env.events.log(Level::Error, name, &e.message);
        }
    }
    if env.budget.time_up() && status != Status::Failed {
        // The manifest must say that the collector was cut short.
        errors.push(Issue {
            path: None,
            message: "time limit reached; collection may be incomplete".into(),
        });
    }
    let status = if status == Status::Ok && !errors.is_empty() {
        Status::Partial
    } else {
        status
    };
    let duration_s = started.elapsed().as_secs_f64();
    env.events.log(
        Level::Info,
        name,
        &format!(
            "finished: {} ({records} records, {files} files, {duration_s:.2}s)",
            serde_json::to_value(status)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default()
        ),
    );
    CollectorReport {
        name: name.to_string(),
        status,
        records,
        files,
        duration_s,
        reason: None,
        errors,
    }
}

// ---------------------------------------------------------------------------
// Test support

/// An in-memory archive sink and environment, for unit tests of collectors.
#[cfg(test)]
pub mod testing {
    use super::*;
    use crate::source::FsSource;

    /// One received member: (member name, source, bytes, symlink target).
    pub type SinkItem = (PathBuf, Option<PathBuf>, Vec<u8>, Option<PathBuf>);

    /// What a test sink received.
    #[derive(Default)]
    pub struct MemorySink {
        pub items: Mutex<Vec<SinkItem>>,
    }

    impl ArchiveSink for MemorySink {
        fn submit(&self, item: ArchiveItem) {
            let (bytes, link) = match item.content {
                Content::Staged(s) => (std::fs::read(s.path()).unwrap_or_default(), None),
                Content::Open(mut f) => {
                    let mut v = Vec::new();
                    let _ = (&mut f).take(item.meta.size).read_to_end(&mut v);
                    (v, None)
                }
                Content::Symlink(l) => (Vec::new(), Some(l)),
            };
            if let Ok(mut items) = self.items.lock() {
                items.push((item.member, item.source, bytes, link));
            }
        }
    }

    impl MemorySink {
        pub fn members(&self) -> Vec<String> {
            let mut v: Vec<String> = self
                .items
                .lock()
                .map(|i| {
                    i.iter()
                        .map(|x| x.0.to_string_lossy().into_owned())
                        .collect()
                })
                .unwrap_or_default();
            v.sort();
            v
        }

        /// The bytes of one member, if it was submitted.
        pub fn member_bytes(&self, member: &str) -> Option<Vec<u8>> {
            let items = self.items.lock().ok()?;
            items
                .iter()
                .find(|x| x.0 == Path::new(member))
                .map(|x| x.2.clone())
        }

        /// The records written to `parsed/<stream>.jsonl`.
        pub fn records(&self, stream: &str) -> Vec<serde_json::Value> {
            let member = PathBuf::from(format!("parsed/{stream}.jsonl"));
            let items = match self.items.lock() {
                Ok(i) => i,
                Err(_) => return Vec::new(),
            };
            items
                .iter()
                .filter(|x| x.0 == member)
                .flat_map(|x| {
                    String::from_utf8_lossy(&x.2)
                        .lines()
                        .filter_map(|l| serde_json::from_str(l).ok())
                        .collect::<Vec<_>>()
                })
                .collect()
        }
    }

    /// Run `collector` on the tree at `root` and return its report and sink.
    pub fn run_on(root: &Path, collector: &dyn Collector) -> (CollectorReport, Arc<MemorySink>) {
        run_with(FsSource::new(root, false), collector)
    }

    /// Run `collector` against the running system (root `/`, live), as a
    /// live collection does.
    pub fn run_live(collector: &dyn Collector) -> (CollectorReport, Arc<MemorySink>) {
        run_with(FsSource::new("/", true), collector)
    }

    fn run_with(source: FsSource, collector: &dyn Collector) -> (CollectorReport, Arc<MemorySink>) {
        let source = Arc::new(source);
        let (users, _) = crate::users::discover(&*source);
        let staging = tempfile::tempdir().expect("staging dir");
        let sink = Arc::new(MemorySink::default());
        let env = Env::new(
            source,
            users,
            staging.path().to_path_buf(),
            sink.clone(),
            Arc::new(Budget::unlimited()),
            Arc::new(NoEvents),
        );
        let report = run_collector(&env, collector);
        (report, sink)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budget_refuses_large_and_over_total() {
        let b = Budget::new(None, 100, 150);
        assert!(b.reserve(100).is_ok());
        assert_eq!(
            b.reserve(101),
            Err(BudgetRefusal::FileTooLarge {
                size: 101,
                max: 100
            })
        );
        assert_eq!(b.reserve(60), Err(BudgetRefusal::TotalSize { max: 150 }));
        assert!(b.reserve(50).is_ok());
        assert_eq!(b.used(), 150);
        let t = Budget::new(Some(Duration::from_millis(0)), u64::MAX, u64::MAX);
        assert!(t.time_up());
        assert_eq!(t.reserve(1), Err(BudgetRefusal::TimeLimit));
    }

    #[test]
    fn member_names_never_escape() {
        assert_eq!(
            member_for(Path::new("/Users/a/.zsh_history")),
            PathBuf::from("[root]/Users/a/.zsh_history")
        );
    }

    struct Panicker;
    impl Collector for Panicker {
        fn name(&self) -> &'static str {
            "panicker"
        }
        fn description(&self) -> &'static str {
            "panics"
        }
        fn outputs(&self) -> &'static [&'static str] {
            &["panicker"]
        }
        fn run(&self, _: &mut Ctx<'_>) -> Result<(), Fatal> {
            panic!("boom")
        }
    }

    #[test]
    fn a_panicking_collector_is_failed_not_fatal() {
        let d = tempfile::tempdir().unwrap();
        let prev = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let (report, _) = testing::run_on(d.path(), &Panicker);
        std::panic::set_hook(prev);
        assert_eq!(report.status, Status::Failed);
        assert_eq!(report.errors[0].message, "internal error: boom");
    }
}

#[cfg(test)]
mod write_output_tests {
    use super::*;

    struct Writer;
    impl Collector for Writer {
        fn name(&self) -> &'static str {
            "writer"
        }
        fn description(&self) -> &'static str {
            "writes a text output"
        }
        fn outputs(&self) -> &'static [&'static str] {
            &[]
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
    use crate::source::{DirEntry, FsSource};
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
    }

    fn run(denied: &str, below_only: bool, c: &dyn Collector) -> (CollectorReport, u64) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/mac-basic");
        let source = Arc::new(Denying {
            inner: FsSource::new(&root, false),
            denied: PathBuf::from(denied),
            below_only,
        });
        let (users, _) = crate::users::discover(&*source);
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
        // Everything else of alice's is still read: 11 records less Safari's 3 visits.
        assert_eq!(records, 8);
    }
}
