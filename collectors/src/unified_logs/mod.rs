//! `unified_logs`: the unified log store, archived raw, and the entries an
//! investigator searches for, decoded natively.
//!
//! **What.** Since macOS 10.12 (Sierra) the unified log is the main log of
//! a Mac: `logd` writes every process's `os_log` entries to compressed
//! `.tracev3` files; the format strings stay in the binaries and are kept
//! once per image in `uuidtext` files (and, for the shared cache, `dsc`
//! files); `timesync` files map each boot's continuous time to wall time.
//! Logins, `sudo`, `sshd`, TCC prompts, Gatekeeper and XProtect verdicts,
//! background items, mounts and installs are all there.
//!
//! **Where:**
//! - `/private/var/db/diagnostics/`: `Persist/`, `Special/`, `Signpost/`,
//!   `HighVolume/` (tracev3 files), `timesync/`, `version.plist`,
//!   `logdata.LiveData.tracev3` and the rest of the store;
//! - `/private/var/db/uuidtext/XX/<30 hex digits>` and
//!   `/private/var/db/uuidtext/dsc/<32 hex digits>`: the ones that the
//!   catalogs of the collected tracev3 files name.
//!
//! **Budget.** `--unified-logs-max-size` (default [`DEFAULT_MAX_SIZE`]):
//! the timesync files and the store's small files first, then the tracev3
//! files newest first, each with the uuidtext/dsc files its catalogs name
//! that are not taken yet; the first tracev3 file that does not fit ends
//! the taking, and every tracev3 file left out is listed as
//! `not_collected` in the manifest. The run-wide budgets still apply.
//!
//! **Parse.** With the `macos-unifiedlogs` crate (mandiant; the parser
//! artemis uses), on the staged copies only ([`provider::StagedProvider`]
//! serves the crate's file reads from them, with a bounded cache). Entries
//! are written as each catalog's are built. By default only the tracev3
//! files and entries of the last [`DEFAULT_SINCE`] before the newest
//! tracev3 file's modification time not later than the collection's start
//! ([`Window`]; noted in the manifest) are parsed, and only the entries the
//! topic table ([`topics`]) selects are written; `--unified-logs all`
//! writes every entry, `--unified-logs-since 0` lifts the window.
//!
//! **Bounds.** Nothing the files declare is trusted for an allocation:
//! a file whose chunk sets declare more than [`MAX_CHUNKSET`] (or a
//! catalog's more than [`MAX_CATALOG_DECOMPRESSED`]) is archived and not
//! handed to the crate; oversize entries are capped per file
//! ([`MAX_OVERSIZE`], [`MAX_OVERSIZE_BYTES`]); timesync, uuidtext and dsc
//! files over [`MAX_TIMESYNC`], [`MAX_UUIDTEXT`], [`MAX_DSC`] are archived
//! and not loaded. Each is a `capped` issue naming the file.
//!
//! **Output** `parsed/unified_logs.jsonl`: see `docs/collectors/unified_logs.md`.
//!
//! **Versions.** macOS 10.12 and later (tracev3 format as the crate reads
//! it, through macOS 26).
//!
//! **References.** libyal dtformats "Apple Unified Logging and Activity
//! Tracing formats"; mandiant macos-unifiedlogs (and its use in artemis);
//! Apple `log(1)` (`log show --archive`, `log collect`).

mod parallel;
pub mod provider;
pub mod topics;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use macos_unifiedlogs::iterator::UnifiedLogIterator;
use macos_unifiedlogs::parser::build_log_selected;
use macos_unifiedlogs::timesync::TimesyncBoot;
use macos_unifiedlogs::unified_log::{EventType, LogData, LogType, UnifiedLogData};
use serde_json::json;

use crate::formats::tracev3::{self, Uuid};
use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::report::IssueKind;
use crate::kit::source::Kind;
use crate::kit::{time, walk, Acquired, BudgetRefusal, Collector, Ctx, Fatal, Record};

pub struct UnifiedLogs;

const STREAM: &str = "unified_logs";
/// The store.
pub const DIAGNOSTICS: &str = "/private/var/db/diagnostics";
/// The format strings.
pub const UUIDTEXT: &str = "/private/var/db/uuidtext";
/// A typical Mac's store (Persist, Special, Signpost, HighVolume) is a few
/// hundred MB to 1.5 GB, and the uuidtext/dsc files its catalogs name a
/// few hundred MB more; the tracev3 chunks are already compressed, so the
/// tarball does not shrink them. 1 GiB keeps days to weeks of history and
/// leaves, inside the default 2 GiB `--max-total-size`, the other GiB for
/// everything else, well under the 3 GB `getfile` limit.
pub const DEFAULT_MAX_SIZE: u64 = 1 << 30;
/// Three days before the newest entry: the period most triage questions
/// are about (what happened since the alert), and small enough that the
/// decode fits the default 8-minute time limit; older entries stay in the
/// archived store for `log show --archive`.
pub const DEFAULT_SINCE: Duration = Duration::from_secs(3 * 24 * 3600);
/// Two threads decode tracev3 files: the decode is the longest part of a
/// full collection, and this collector would otherwise keep one core busy
/// long after the other collectors are done (docs/performance.md).
pub const DEFAULT_DECODERS: usize = 2;
/// A tracev3 file larger than this is archived, not parsed (logd rotates
/// them at about 10 MB; the crate copies the rest of the file at every
/// catalog, so a huge crafted one would cost time in proportion to its
/// square).
pub const MAX_PARSE: u64 = 64 << 20;
/// A chunk set declaring a larger decompressed size than this keeps its
/// file from the decoder (archived, not decoded): the crate's LZ4 call
/// allocates the declared size (a u32: up to 4 GiB) before it decompresses,
/// and a failed allocation aborts the process, which `catch_unwind` cannot
/// contain. logd fills 64 KiB buffers: the real chunk sets seen declare at
/// most 65,408 bytes; 4 MiB leaves 64 times that.
pub const MAX_CHUNKSET: u64 = 4 << 20;
/// The chunk sets of one catalog are decoded together: a file whose
/// catalog declares more than this in all is not decoded either (real
/// ones declare a few hundred KB; LZ4 reaches 255:1, so a small file could
/// otherwise declare, and fill, gigabytes).
pub const MAX_CATALOG_DECOMPRESSED: u64 = 64 << 20;
/// Oversize entries (the arguments of messages too large for their
/// firehose entry) are kept across catalogs for the entries that refer to
/// them: at most this many per file (real files hold tens), the oldest
/// dropped first...
pub const MAX_OVERSIZE: usize = 4096;
/// ...and at most this many bytes of their stored data.
pub const MAX_OVERSIZE_BYTES: u64 = 16 << 20;
/// A timesync file larger than this is archived, not loaded (real ones are
/// a few KB to a few hundred KB: 32 bytes per record).
pub const MAX_TIMESYNC: u64 = 4 << 20;
/// A uuidtext file larger than this is archived, not loaded (real ones
/// hold the format strings of one image: a few KB, a few MB for the
/// largest frameworks).
pub const MAX_UUIDTEXT: u64 = 32 << 20;
/// A dsc file larger than this is archived, not loaded (real ones are tens
/// of MB, the strings of a whole shared cache).
pub const MAX_DSC: u64 = 256 << 20;
const MAX_DEPTH: usize = 3;
const MAX_ENTRIES: usize = 100_000;

/// Which entries are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    /// Those the topic table selects (the default).
    Topics,
    /// Every entry.
    All,
    /// None: archive the store only.
    None,
}

/// The collector's options (`--unified-logs*`).
#[derive(Debug, Clone)]
pub struct Settings {
    pub max_size: u64,
    pub selection: Selection,
    /// The window before the newest tracev3 file; `None`: everything.
    pub since: Option<Duration>,
    /// The collection's start: the window is anchored on the newest
    /// tracev3 file dated at or before it (`None`: when the collector
    /// runs).
    pub now: Option<SystemTime>,
    /// Threads decoding files at once (see [`parallel`]); 1: the
    /// collector's own thread, file after file.
    pub decoders: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            max_size: DEFAULT_MAX_SIZE,
            selection: Selection::Topics,
            since: Some(DEFAULT_SINCE),
            now: None,
            decoders: DEFAULT_DECODERS,
        }
    }
}

/// A file of the store.
#[derive(Debug, Clone)]
struct Item {
    path: PathBuf,
    size: u64,
    mtime: Option<SystemTime>,
}

/// The store as walked.
#[derive(Debug, Default)]
struct Store {
    tracev3: Vec<Item>,
    timesync: Vec<Item>,
    /// Every other file (version.plist, ...).
    other: Vec<Item>,
    /// Symbolic links: recorded as links.
    links: Vec<PathBuf>,
}

fn is_tracev3(name: &str) -> bool {
    name.ends_with(".tracev3")
}

/// The path of a uuidtext (or dsc) file.
fn uuidtext_path(uuid: &str, dsc: bool) -> Option<PathBuf> {
    if dsc {
        return Some(Path::new(UUIDTEXT).join("dsc").join(uuid));
    }
    let (dir, rest) = (uuid.get(..2)?, uuid.get(2..)?);
    Some(Path::new(UUIDTEXT).join(dir).join(rest))
}

impl UnifiedLogs {
    fn walk(&self, ctx: &mut Ctx<'_>) -> Store {
        let mut s = Store::default();
        let limits = walk::Limits {
            max_depth: MAX_DEPTH,
            max_entries: MAX_ENTRIES,
        };
        let mut found: Vec<(PathBuf, bool)> = Vec::new();
        walk::walk(ctx, Path::new(DIAGNOSTICS), limits, |ctx, e, _| {
            let name = e.name.to_string_lossy();
            match e.kind {
                Kind::Dir => {
                    if is_tracev3(&name) || name.ends_with(".timesync") {
                        ctx.error(&e.path, "a directory where a log file should be");
                        return walk::Visit::Skip;
                    }
                    return walk::Visit::Descend;
                }
                Kind::File => found.push((e.path.clone(), is_tracev3(&name))),
                Kind::Symlink => s.links.push(e.path.clone()),
                Kind::Other(what) => {
                    ctx.error(&e.path, format!("not a regular file ({what}); not opened"))
                }
            }
            walk::Visit::Skip
        });
        for (path, tv3) in found {
            let meta = match ctx.source().lstat(&path) {
                Ok(m) => m,
                Err(e) => {
                    ctx.source_error(&path, "cannot stat", &e);
                    continue;
                }
            };
            let item = Item {
                size: meta.len(),
                mtime: meta.modified().ok(),
                path,
            };
            let in_timesync = item
                .path
                .parent()
                .and_then(|p| p.file_name())
                .is_some_and(|n| n == "timesync");
            if tv3 {
                s.tracev3.push(item);
            } else if in_timesync {
                s.timesync.push(item);
            } else {
                s.other.push(item);
            }
        }
        s
    }

    /// The uuidtext/dsc files a tracev3 file's catalogs name, read from the
    /// target without copying (preambles and catalogs only), up to the size
    /// the walk found. `None` when the run stopped during the walk.
    fn needs(&self, ctx: &Ctx<'_>, it: &Item) -> Option<BTreeSet<Uuid>> {
        match ctx.source().open(&it.path) {
            Ok((mut f, _)) => {
                let s = tracev3::scan_until(&mut f, it.size, &|| ctx.time_up());
                (!s.stopped).then_some(s.uuids)
            }
            Err(_) => Some(BTreeSet::new()),
        }
    }
}

/// What the budget kept.
#[derive(Debug, Default)]
struct Plan {
    support: Vec<PathBuf>,
    timesync: Vec<PathBuf>,
    /// Kept tracev3 files, newest first, with the UUIDs they need (indices
    /// into `uuids`: the plan is held for the whole run, and a store's
    /// files name the same few thousand UUIDs over and over).
    tracev3: Vec<(Item, Box<[u32]>)>,
    /// Every UUID a kept file needs, once.
    uuids: Vec<Uuid>,
    /// uuidtext and dsc files charged and kept: (UUID, is dsc) -> path.
    /// One UUID may have both (an image's uuidtext and a shared cache's
    /// dsc): each is charged once and kept, and the decoder asks for the
    /// kind it needs.
    strings: BTreeMap<(Uuid, bool), PathBuf>,
}

impl Plan {
    /// The UUIDs of a kept file's needs.
    fn needs<'a>(&'a self, ids: &'a [u32]) -> impl Iterator<Item = Uuid> + 'a {
        ids.iter()
            .filter_map(|i| self.uuids.get(usize::try_from(*i).ok()?).copied())
    }
}

fn plan(ctx: &mut Ctx<'_>, c: &UnifiedLogs, store: &mut Store, max: u64) -> Plan {
    let mut p = Plan::default();
    let mut ids: HashMap<Uuid, u32> = HashMap::new();
    let mut left = max;
    let refusal = BudgetRefusal::UnifiedLogsSize { max };
    let take = |ctx: &mut Ctx<'_>, it: &Item, left: &mut u64| -> bool {
        if it.size <= *left {
            *left -= it.size;
            true
        } else {
            ctx.not_collected(&it.path, &refusal, Some(it.size));
            false
        }
    };
    store.timesync.sort_by(|a, b| a.path.cmp(&b.path));
    for it in &store.timesync {
        if take(ctx, it, &mut left) {
            p.timesync.push(it.path.clone());
        }
    }
    store.other.sort_by(|a, b| a.path.cmp(&b.path));
    for it in &store.other {
        if take(ctx, it, &mut left) {
            p.support.push(it.path.clone());
        }
    }
    // Newest first: by modification time, then by name (the hex sequence
    // number logd gives them).
    store
        .tracev3
        .sort_by(|a, b| (b.mtime, b.path.file_name()).cmp(&(a.mtime, a.path.file_name())));
    let mut full = false;
    // Left out because the run is stopping (its reason) or the budget is
    // spent.
    let left_out = |ctx: &mut Ctx<'_>, it: &Item| {
        let why = ctx
            .env()
            .budget
            .stop_reason()
            .unwrap_or_else(|| refusal.clone());
        ctx.not_collected(&it.path, &why, Some(it.size));
    };
    for it in &store.tracev3 {
        if full || ctx.should_stop() {
            left_out(ctx, it);
            continue;
        }
        // A file that cannot fit is not scanned for what it needs.
        if it.size > left {
            full = true;
            ctx.not_collected(&it.path, &refusal, Some(it.size));
            continue;
        }
        let Some(needs) = c.needs(ctx, it) else {
            // Stopped during the walk of its catalogs.
            left_out(ctx, it);
            continue;
        };
        let mut extra: Vec<((Uuid, bool), PathBuf, u64)> = Vec::new();
        for u in &needs {
            for dsc in [false, true] {
                let key = (*u, dsc);
                if p.strings.contains_key(&key) {
                    continue;
                }
                let Some(path) = uuidtext_path(&u.hex(), dsc) else {
                    continue;
                };
                if let Ok(m) = ctx.source().lstat(&path) {
                    extra.push((key, path, if m.is_file() { m.len() } else { 0 }));
                }
            }
        }
        let cost = extra
            .iter()
            .fold(it.size, |acc, (_, _, s)| acc.saturating_add(*s));
        if cost > left {
            full = true;
            ctx.not_collected(&it.path, &refusal, Some(it.size));
            continue;
        }
        left -= cost;
        for (key, path, _) in extra {
            p.strings.insert(key, path);
        }
        let needs: Box<[u32]> = needs
            .into_iter()
            .filter_map(|u| match ids.get(&u) {
                Some(i) => Some(*i),
                None => {
                    let i = u32::try_from(p.uuids.len()).ok()?;
                    ids.insert(u, i);
                    p.uuids.push(u);
                    Some(i)
                }
            })
            .collect();
        p.tracev3.push((it.clone(), needs));
    }
    p
}

/// The decode's time window, computed once: both the file filter (by
/// modification time) and the entry filter (ns since 1970) come from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    /// Where the window ends: the newest kept tracev3 file's modification
    /// time not later than the collection's start, or the start itself
    /// when every file is dated later.
    pub anchor: SystemTime,
    /// True when the anchor is a file's modification time, false when it
    /// is the collection's start.
    pub anchored_on_file: bool,
    /// Kept tracev3 files dated after the collection's start (decoded:
    /// they are inside the window).
    pub dated_later: usize,
    /// The window's start, `anchor - since`.
    pub start: SystemTime,
    /// The same, in nanoseconds since 1970 (negative before).
    pub start_ns: i128,
}

impl Window {
    /// The window of `since` before the anchor; `None` without a window
    /// (`since` unset), without a known modification time, or when the
    /// start would lie before what the system's time can hold.
    pub fn new(
        since: Option<Duration>,
        mtimes: impl IntoIterator<Item = SystemTime>,
        now: SystemTime,
    ) -> Option<Window> {
        let since = since?;
        let mtimes: Vec<SystemTime> = mtimes.into_iter().collect();
        let dated_later = mtimes.iter().filter(|m| **m > now).count();
        let newest = mtimes.iter().filter(|m| **m <= now).max().copied();
        let (anchor, anchored_on_file) = match newest {
            Some(m) => (m, true),
            None if dated_later > 0 => (now, false),
            None => return None,
        };
        let start = anchor.checked_sub(since)?;
        let start_ns = match start.duration_since(SystemTime::UNIX_EPOCH) {
            Ok(d) => i128::try_from(d.as_nanos()).ok()?,
            Err(e) => -i128::try_from(e.duration().as_nanos()).ok()?,
        };
        Some(Window {
            anchor,
            anchored_on_file,
            dated_later,
            start,
            start_ns,
        })
    }

    /// True when a file modified at `mtime` may hold entries in the window.
    pub fn holds_file(&self, mtime: Option<SystemTime>) -> bool {
        mtime.is_none_or(|m| m >= self.start)
    }

    /// The manifest note.
    fn note(&self, since: Duration) -> serde_json::Value {
        // Through the exact, checked conversion: a crafted modification
        // time may lie outside what a calendar date holds (null then).
        let t = |s: SystemTime| {
            let d = match s.duration_since(SystemTime::UNIX_EPOCH) {
                Ok(d) => i64::try_from(d.as_secs())
                    .ok()
                    .map(|x| (x, d.subsec_nanos())),
                Err(e) => {
                    let d = e.duration();
                    let (mut secs, mut ns) = (i64::try_from(d.as_secs()).ok().map(|x| -x), 0u32);
                    if d.subsec_nanos() > 0 {
                        secs = secs.and_then(|x| x.checked_sub(1));
                        ns = 1_000_000_000 - d.subsec_nanos();
                    }
                    secs.map(|x| (x, ns))
                }
            };
            time::json(d.and_then(|(secs, ns)| time::from_unix(secs, ns)))
        };
        json!({
            "since_s": since.as_secs(),
            "anchor": t(self.anchor),
            "anchor_source": if self.anchored_on_file { "newest_tracev3_mtime" } else { "collection_start" },
            "start": t(self.start),
            "tracev3_dated_after_start": self.dated_later,
        })
    }
}

/// Continuous time since boot -> nanoseconds since 1970, as the crate
/// computes it (`TimesyncBoot::get_timestamp`), in integers: the boot's
/// timesync record at or before the entry (or the first after it), and on
/// Apple silicon the 125/3 timebase. `None` when the boot has no timesync.
pub fn wall_time(
    ts: &HashMap<String, TimesyncBoot>,
    boot: &str,
    continuous: u64,
    preamble: u64,
) -> Option<i128> {
    let b = ts.get(boot)?;
    let (num, den): (i128, i128) = if b.timebase_numerator == 125 && b.timebase_denominator == 3 {
        (125, 3)
    } else {
        (1, 1)
    };
    let (mut kernel, mut wall) = (0u64, 0i64);
    if preamble == 0 {
        wall = b.boot_time;
    }
    for r in &b.timesync {
        if r.kernel_time > continuous {
            if kernel == 0 && wall == 0 {
                kernel = r.kernel_time;
                wall = r.walltime;
            }
            break;
        }
        kernel = r.kernel_time;
        wall = r.walltime;
    }
    if wall == 0 {
        return None;
    }
    Some((i128::from(continuous) - i128::from(kernel)) * num / den + i128::from(wall))
}

/// The continuous time and preamble time of each entry `build_log` makes
/// from `chunk`, in its order: firehose entries, then simple dumps, then
/// state dumps, per catalog.
fn continuous_times(chunk: &UnifiedLogData) -> Vec<(u64, u64)> {
    let mut v = Vec::new();
    for c in &chunk.catalog_data {
        for p in &c.firehose {
            for f in &p.public_data {
                let delta = u64::from(f.continous_time_delta)
                    | (u64::from(f.continous_time_delta_upper) << 32);
                v.push((
                    p.base_continous_time.wrapping_add(delta),
                    p.base_continous_time,
                ));
            }
        }
        v.extend(c.simpledump.iter().map(|s| (s.continous_time, 1)));
        v.extend(c.statedump.iter().map(|s| (s.continuous_time, 1)));
    }
    v
}

/// What the crate writes when a format string or its arguments are not
/// available.
const UNRESOLVED: [&str; 6] = [
    "<Missing message data>",
    "Unknown shared string message",
    "Error: Invalid UUID index",
    "Failed to get string message from",
    "Error: Invalid offset",
    "Error: Invalid shared string offset",
];

/// True when the entry's message was built from its format string and
/// arguments (its uuidtext/dsc was there and held the string).
pub fn message_resolved(e: &LogData) -> bool {
    let text = if e.raw_message.is_empty() {
        &e.message
    } else {
        &e.raw_message
    };
    let needs_string = matches!(
        e.event_type,
        EventType::Log | EventType::Activity | EventType::Trace | EventType::Signpost
    );
    if needs_string && e.message.is_empty() && e.raw_message.is_empty() {
        return false;
    }
    !UNRESOLVED
        .iter()
        .any(|m| text.contains(m) || e.message.contains(m))
}

fn level(t: LogType) -> Option<&'static str> {
    Some(match t {
        LogType::Debug => "debug",
        LogType::Info => "info",
        LogType::Default => "default",
        LogType::Error => "error",
        LogType::Fault => "fault",
        _ => return None,
    })
}

/// The run's view of one file's decode.
struct FileRun<'a> {
    target: &'a Path,
    timesync: &'a HashMap<String, TimesyncBoot>,
    selection: Selection,
    /// Entries before this (ns since 1970) are left out.
    start: Option<i128>,
    decoded: u64,
    written: u64,
    outside: u64,
    message_unresolved: u64,
    time_unresolved: u64,
}

impl FileRun<'_> {
    /// The entry's time, in ns since 1970, when it can be resolved.
    fn nanos(&self, boot_uuid: &str, times: Option<(u64, u64)>) -> Option<i128> {
        times.and_then(|(ct, pre)| wall_time(self.timesync, boot_uuid, ct, pre))
    }

    /// Whether an entry is to be built: asked for every entry before its
    /// message is formatted, which is most of the decode's cost. One before
    /// the window, or one the topic table cannot select from its process
    /// and subsystem (in the default selection), is counted and not built.
    fn wants(
        &mut self,
        boot_uuid: &str,
        times: Option<(u64, u64)>,
        process: &str,
        subsystem: &str,
    ) -> bool {
        self.decoded += 1;
        if let (Some(n), Some(start)) = (self.nanos(boot_uuid, times), self.start) {
            if n < start {
                self.outside += 1;
                return false;
            }
        }
        self.selection == Selection::All || topics::may_select(process, subsystem)
    }

    /// Write one entry [`FileRun::wants`] kept.
    fn entry(&mut self, out: &mut dyn Sink, e: LogData, times: Option<(u64, u64)>) {
        let nanos = self.nanos(&e.boot_uuid, times);
        let topic = topics::classify(&topics::Facts {
            process: &e.process,
            subsystem: &e.subsystem,
            message: &e.message,
        });
        if self.selection == Selection::Topics && topic.is_none() {
            return;
        }
        let resolved = message_resolved(&e);
        if !resolved {
            self.message_unresolved += 1;
        }
        if nanos.is_none() {
            self.time_unresolved += 1;
        }
        let t = nanos.and_then(|n| {
            let secs = i64::try_from(n.div_euclid(1_000_000_000)).ok()?;
            let ns = u32::try_from(n.rem_euclid(1_000_000_000)).ok()?;
            time::from_unix(secs, ns)
        });
        let mut rec = Record::new(DESCRIPTION.name, self.target, None).time(
            t,
            json!({"continuous_time": times.map(|t| t.0), "boot_uuid": e.boot_uuid}),
        );
        if let Some(t) = t {
            rec.insert("timestamp", time::rfc3339_nanos(&t));
        }
        let rec = rec
            .set("time_resolved", nanos.is_some())
            .set("boot_uuid", e.boot_uuid)
            .set("topic", topic)
            .set("process", e.process)
            .set("process_uuid", e.process_uuid)
            .set("pid", e.pid)
            .set("euid", e.euid)
            .set("thread_id", e.thread_id)
            .set("subsystem", e.subsystem)
            .set("category", e.category)
            .set("log_type", format!("{:?}", e.log_type))
            .set("level", level(e.log_type))
            .set("event_type", format!("{:?}", e.event_type))
            .set("activity_id", e.activity_id)
            .set("parent_activity_id", e.parent_activity_id)
            .set("sender_image_path", e.library)
            .set("sender_image_uuid", e.library_uuid)
            .set("format_string", e.raw_message)
            .set("message", e.message)
            .set("message_resolved", resolved)
            .set("timezone_name", e.timezone_name);
        self.written += 1;
        out.event(Event::Record(rec));
    }
}

/// The issue for a file whose chunk sets declare more than the decoder
/// is given (see [`MAX_CHUNKSET`], [`MAX_CATALOG_DECOMPRESSED`]).
fn over_declared(s: &tracev3::Scan) -> Option<(IssueKind, String)> {
    if s.too_many_catalogs {
        return Some((
            IssueKind::Capped {
                cap: tracev3::MAX_CATALOGS as u64,
                found: None,
            },
            format!(
                "more than {} catalogs, more than a tracev3 file is decoded with; archived, not decoded",
                tracev3::MAX_CATALOGS
            ),
        ));
    }
    if let Some((at, size)) = s.max_decompressed.filter(|(_, n)| *n > MAX_CHUNKSET) {
        return Some((
            IssueKind::Capped {
                cap: MAX_CHUNKSET,
                found: Some(size),
            },
            format!(
                "chunk set at offset {at:#x} declares {size} bytes decompressed, more than the {MAX_CHUNKSET} a chunk set is decoded up to; archived, not decoded"
            ),
        ));
    }
    let (at, size) = s
        .max_catalog_decompressed
        .filter(|(_, n)| *n > MAX_CATALOG_DECOMPRESSED)?;
    Some((
        IssueKind::Capped {
            cap: MAX_CATALOG_DECOMPRESSED,
            found: Some(size),
        },
        format!(
            "the chunk sets of the catalog at offset {at:#x} declare {size} bytes decompressed, more than the {MAX_CATALOG_DECOMPRESSED} a catalog is decoded up to; archived, not decoded"
        ),
    ))
}

/// Oversize entries seen and dropped in one file.
#[derive(Debug, Default)]
struct OversizeCap {
    seen: u64,
    dropped: u64,
    /// How many of the kept ones were counted in `seen` already.
    counted: usize,
}

/// Keep at most [`MAX_OVERSIZE`] oversize entries and
/// [`MAX_OVERSIZE_BYTES`] of their stored data (`size` of each): the
/// newest, which come first (each chunk's own, then those kept before:
/// entries refer to oversize entries written shortly before them).
fn cap_oversize<T>(v: &mut Vec<T>, c: &mut OversizeCap, size: impl Fn(&T) -> u64) {
    c.seen += v.len().saturating_sub(c.counted) as u64;
    let mut bytes = 0u64;
    let keep = v
        .iter()
        .take(MAX_OVERSIZE)
        .take_while(|o| {
            bytes = bytes.saturating_add(size(o));
            bytes <= MAX_OVERSIZE_BYTES
        })
        .count();
    if keep < v.len() {
        c.dropped += (v.len() - keep) as u64;
        v.truncate(keep);
    }
    c.counted = v.len();
}

fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}

/// True (and a [`IssueKind::Capped`] issue) when a staged `what` file is
/// larger than `cap`: it stays archived, and is not loaded; the entries
/// that need it are left unresolved, as when it is missing.
fn over_cap(ctx: &mut Ctx<'_>, a: &Acquired, cap: u64, what: &str) -> bool {
    if a.meta.size <= cap {
        return false;
    }
    ctx.issue(
        &a.target,
        IssueKind::Capped {
            cap,
            found: Some(a.meta.size),
        },
        format!(
            "{} bytes, more than the {cap} a {what} file is loaded up to; archived, not loaded (the entries that need it are unresolved)",
            a.meta.size
        ),
    );
    true
}

/// Parse the timesync files (staged), merged per boot as the crate does.
fn read_timesync(ctx: &mut Ctx<'_>, files: &[Acquired]) -> HashMap<String, TimesyncBoot> {
    let mut all: HashMap<String, TimesyncBoot> = HashMap::new();
    for a in files {
        if ctx.time_up() {
            ctx.error_general("time limit reached while loading the timesync files; the rest were archived, not loaded");
            break;
        }
        if over_cap(ctx, a, MAX_TIMESYNC, "timesync") {
            continue;
        }
        let buf = match std::fs::read(a.path()) {
            Ok(b) => b,
            Err(e) => {
                ctx.error(&a.target, format!("cannot read the staged copy: {e}"));
                continue;
            }
        };
        if buf.is_empty() {
            ctx.error(&a.target, "empty timesync file (0 bytes)");
            continue;
        }
        let parsed = catch_unwind(|| TimesyncBoot::parse_timesync_data(&buf).map(|(_, m)| m));
        match parsed {
            Ok(Ok(map)) => {
                for (k, mut v) in map {
                    match all.get_mut(&k) {
                        Some(b) => b.timesync.append(&mut v.timesync),
                        None => {
                            all.insert(k, v);
                        }
                    }
                }
            }
            Ok(Err(e)) => ctx.error(&a.target, format!("not a timesync file: {e:?}")),
            Err(p) => ctx.error(
                &a.target,
                format!("the timesync decoder failed: {}", panic_text(&*p)),
            ),
        }
    }
    all
}

/// A file's catalogs, one at a time, for the crate's iterator: it is given
/// one catalog's bytes at a time (from its offset, as the chunk scan found
/// it, to the next one's), because it copies everything after a catalog
/// each time it returns one, which costs time in proportion to the square
/// of the file's size. It yields exactly what it yields given the whole
/// file: it splits at the same catalog chunks, and keeps the header it
/// met for the catalogs after it.
struct Catalogs<'d> {
    data: &'d [u8],
    /// Where the undecoded catalogs after the current one end.
    ends: std::vec::IntoIter<usize>,
    /// The end of the bytes the iterator holds.
    end: usize,
    it: UnifiedLogIterator,
}

impl<'d> Catalogs<'d> {
    fn new(data: &'d [u8], catalog_offsets: &[u64], target: &Path) -> Catalogs<'d> {
        let ends: Vec<usize> = catalog_offsets
            .iter()
            .skip(1)
            .filter_map(|o| usize::try_from(*o).ok())
            .filter(|o| *o <= data.len())
            .chain(std::iter::once(data.len()))
            .collect();
        Catalogs {
            data,
            ends: ends.into_iter(),
            end: 0,
            it: UnifiedLogIterator {
                data: Vec::new(),
                header: Vec::new(),
                evidence: target.to_string_lossy().into_owned(),
            },
        }
    }

    /// The bytes not yet decoded (after a failure: from where it failed).
    fn remaining(&self) -> usize {
        self.it
            .data
            .len()
            .saturating_add(self.data.len().saturating_sub(self.end))
    }

    fn next(&mut self) -> Option<UnifiedLogData> {
        loop {
            if let Some(c) = self.it.next() {
                return Some(c);
            }
            if !self.it.data.is_empty() {
                // The crate stopped short of the end: damage.
                return None;
            }
            let end = self.ends.next()?;
            self.it.data = self.data.get(self.end..end)?.to_vec();
            self.end = end;
        }
    }
}

/// One staged tracev3 file to decode.
struct ToDecode<'a> {
    target: &'a Path,
    staged: &'a Path,
    size: u64,
}

/// What the decode of one file needs from the run.
struct Decoder<'a> {
    provider: &'a provider::StagedProvider,
    cache: &'a provider::StringCache,
    timesync: &'a HashMap<String, TimesyncBoot>,
    selection: Selection,
    start: Option<i128>,
}

/// What decoding a file produces, in order: its records, then what went
/// wrong with it. The collector's thread turns them into records and
/// issues of the run (see [`Sink`]).
enum Event {
    Record(Record),
    Issue(IssueKind, String),
    Info(String),
}

/// Where a file's decode goes: straight into the collector's context
/// ([`CtxSink`]) or, from a decoder thread, to the collector's thread in
/// file order ([`parallel`]).
trait Sink {
    fn event(&mut self, e: Event);
    /// The collection's time limit or a stop.
    fn stopped(&self) -> bool;
}

/// A file's events applied to the collector's context as they come.
struct CtxSink<'c, 'e> {
    ctx: &'c mut Ctx<'e>,
    target: &'c Path,
}

impl Sink for CtxSink<'_, '_> {
    fn event(&mut self, e: Event) {
        apply(self.ctx, self.target, e);
    }
    fn stopped(&self) -> bool {
        self.ctx.time_up()
    }
}

fn apply(ctx: &mut Ctx<'_>, target: &Path, e: Event) {
    match e {
        Event::Record(r) => ctx.emit(STREAM, r),
        Event::Issue(kind, message) => ctx.issue(target, kind, message),
        Event::Info(message) => ctx.info(message),
    }
}

impl Decoder<'_> {
    /// Decode `files` one after the other on this thread. Returns how many
    /// were started (the one the time limit cut included).
    fn files(&self, ctx: &mut Ctx<'_>, files: &[ToDecode<'_>]) -> usize {
        let mut n = 0;
        for f in files {
            let mut out = CtxSink {
                ctx: &mut *ctx,
                target: f.target,
            };
            let done = self.file(&mut out, f);
            n += 1;
            if !done {
                break;
            }
        }
        n
    }

    /// Decode one staged file into `out`; false when the time limit (or a
    /// stop) cut it short.
    fn file(&self, out: &mut dyn Sink, f: &ToDecode<'_>) -> bool {
        let Decoder {
            provider,
            cache,
            timesync,
            selection,
            start,
        } = *self;
        let target = f.target;
        let error = |out: &mut dyn Sink, m: String| out.event(Event::Issue(IssueKind::Error, m));
        if f.size > MAX_PARSE {
            error(
                out,
                format!(
                    "{} bytes, more than the {MAX_PARSE} a tracev3 file is parsed up to; archived, not parsed",
                    f.size
                ),
            );
            return true;
        }
        let data = match std::fs::read(f.staged) {
            Ok(d) => d,
            Err(e) => {
                error(out, format!("cannot read the staged copy: {e}"));
                return true;
            }
        };
        if data.is_empty() {
            error(
                out,
                "empty tracev3 file (0 bytes): nothing to decode".into(),
            );
            return true;
        }
        // The sizes the chunk sets declare, from the staged bytes the
        // crate would decode: over a cap, the file is not handed to it.
        let scan =
            tracev3::scan_until(&mut std::io::Cursor::new(&data), data.len() as u64, &|| {
                out.stopped()
            });
        if scan.stopped {
            error(
                out,
                "time limit reached before the file's chunk sets were checked; archived, not decoded"
                    .into(),
            );
            return false;
        }
        if let Some(why) = over_declared(&scan) {
            out.event(Event::Issue(why.0, why.1));
            return true;
        }
        let total = data.len();
        let mut it = Catalogs::new(&data, &scan.catalog_offsets, target);
        let mut run = FileRun {
            target,
            timesync,
            selection,
            start,
            decoded: 0,
            written: 0,
            outside: 0,
            message_unresolved: 0,
            time_unresolved: 0,
        };
        let mut damage: Vec<String> = Vec::new();
        let mut oversize = Vec::new();
        let mut oversize_cap = OversizeCap::default();
        let mut no_header = false;
        let mut lost_chunks = 0u64;
        let mut first_panic: Option<String> = None;
        let mut completed = true;
        provider::take_crate_errors();
        loop {
            if out.stopped() {
                error(
                    out,
                    format!(
                        "time limit reached after {} entries; the rest of the file was not decoded",
                        run.decoded
                    ),
                );
                completed = false;
                break;
            }
            let next = catch_unwind(AssertUnwindSafe(|| it.next()));
            let mut chunk = match next {
                Ok(Some(c)) => c,
                Ok(None) => {
                    if it.remaining() > 0 {
                        damage.push(format!(
                            "undecodable chunk at or after byte offset {:#x}; the last {} bytes were not decoded",
                            total.saturating_sub(it.remaining()),
                            it.remaining()
                        ));
                    }
                    break;
                }
                Err(p) => {
                    damage.push(format!(
                        "the decoder failed at or after byte offset {:#x}: {}; the rest was not decoded",
                        total.saturating_sub(it.remaining()),
                        panic_text(&*p)
                    ));
                    break;
                }
            };
            if chunk.header.is_empty() {
                // build_log needs a header for the boot UUID: without one
                // the times cannot be resolved, the entries still can.
                chunk.header.push(Default::default());
                no_header = true;
            }
            chunk.oversize.append(&mut oversize);
            let times = continuous_times(&chunk);
            let boot_uuid = chunk.header.first().map(|h| h.boot_uuid.clone());
            let boot_uuid = boot_uuid.as_deref().unwrap_or_default();
            let built = catch_unwind(AssertUnwindSafe(|| {
                build_log_selected(
                    &chunk,
                    provider,
                    cache,
                    timesync,
                    &mut |i, process, subsystem| {
                        run.wants(boot_uuid, times.get(i).copied(), process, subsystem)
                    },
                )
            }));
            oversize = std::mem::take(&mut chunk.oversize);
            cap_oversize(&mut oversize, &mut oversize_cap, |o| {
                u64::from(o.public_data_size) + u64::from(o.private_data_size)
            });
            match built {
                Ok(entries) => {
                    for (n, (i, e)) in entries.into_iter().enumerate() {
                        // A catalog may hold many entries: the loop's
                        // top reports the stop.
                        if n % 1024 == 1023 && out.stopped() {
                            break;
                        }
                        run.entry(out, e, times.get(i).copied());
                    }
                }
                Err(p) => {
                    lost_chunks += 1;
                    first_panic.get_or_insert_with(|| panic_text(&*p));
                }
            }
        }
        let (crate_errors, first_error) = provider::take_crate_errors();
        if no_header {
            damage.push("no header chunk: the boot is unknown, so times are not resolved".into());
        }
        if lost_chunks > 0 {
            damage.push(format!(
                "the decoder failed on {lost_chunks} catalog(s), whose entries are missing: {}",
                first_panic.unwrap_or_default()
            ));
        }
        if crate_errors > 0 {
            damage.push(format!(
                "{crate_errors} decoding problem(s) reported; first: {}",
                first_error.unwrap_or_default()
            ));
        }
        if oversize_cap.dropped > 0 {
            out.event(Event::Issue(
                IssueKind::Capped {
                    cap: MAX_OVERSIZE as u64,
                    found: Some(oversize_cap.seen),
                },
                format!(
                    "{} oversize entries (arguments of long messages) seen, more than the {MAX_OVERSIZE} entries or {MAX_OVERSIZE_BYTES} bytes kept per file; the {} oldest were dropped, and entries referring to them lack those arguments",
                    oversize_cap.seen, oversize_cap.dropped
                ),
            ));
        }
        if !damage.is_empty() {
            error(
                out,
                format!("{} entries decoded; {}", run.decoded, damage.join("; ")),
            );
        }
        out.event(Event::Info(format!(
            "{}: {} entries decoded, {} written, {} before the window; {} messages and {} times not resolved",
            target.display(),
            run.decoded,
            run.written,
            run.outside,
            run.message_unresolved,
            run.time_unresolved
        )));
        completed
    }
}

static DESCRIPTION: Description = Description {
    name: "unified_logs",
    reads: "the unified log store (/private/var/db/diagnostics) and the uuidtext/dsc files it names (/private/var/db/uuidtext)",
    outputs: &[STREAM],
    scope: Scope::AnyRoot,
    cost: Cost::Bulk,
};

impl Collector for UnifiedLogs {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        let settings = ctx.env().options.unified_logs.clone();
        if settings.selection != Selection::None {
            ctx.declare_output(STREAM);
        }
        let mut store = self.walk(ctx);
        for l in std::mem::take(&mut store.links) {
            ctx.archive(&l);
        }
        if store.tracev3.is_empty() && store.timesync.is_empty() && store.other.is_empty() {
            return Ok(());
        }
        let mut plan = plan(ctx, self, &mut store, settings.max_size);
        // The walk's list is planned: the plan holds what is kept.
        drop(store);

        // The window: back from the newest kept tracev3 file (not from
        // "now": a dead-box image is read long after), but not from one
        // dated after the collection started (a clock jump, or a crafted
        // file, would push every other file out of it).
        let window = Window::new(
            settings.since,
            plan.tracev3.iter().filter_map(|(i, _)| i.mtime),
            settings.now.unwrap_or_else(SystemTime::now),
        );
        if let (Some(w), Some(since)) = (&window, settings.since) {
            if settings.selection != Selection::None {
                ctx.note("window", w.note(since));
            }
        }
        let to_parse: Vec<bool> = plan
            .tracev3
            .iter()
            .map(|(i, _)| {
                settings.selection != Selection::None
                    && window.as_ref().is_none_or(|w| w.holds_file(i.mtime))
            })
            .collect();
        let mut parse_needs: BTreeSet<Uuid> = BTreeSet::new();
        for ((_, needs), p) in plan.tracev3.iter().zip(&to_parse) {
            if *p {
                parse_needs.extend(plan.needs(needs));
            }
        }
        // From here on only the files are needed, and the decode holds
        // them to its end: the per-file needs go.
        let kept: Vec<Item> = std::mem::take(&mut plan.tracev3)
            .into_iter()
            .map(|(i, _)| i)
            .collect();
        plan.uuids = Vec::new();
        let parsing = to_parse.iter().any(|p| *p);

        for p in &plan.support {
            ctx.archive(p);
        }
        let mut timesync = Vec::new();
        for p in &plan.timesync {
            if parsing {
                timesync.extend(ctx.acquire(p));
            } else {
                ctx.archive(p);
            }
        }
        let mut provider = provider::StagedProvider::default();
        let mut staged_strings = Vec::new();
        for ((u, dsc), p) in &plan.strings {
            if parse_needs.contains(u) {
                if let Some(a) = ctx.acquire(p) {
                    let (cap, what) = if *dsc {
                        (MAX_DSC, "dsc")
                    } else {
                        (MAX_UUIDTEXT, "uuidtext")
                    };
                    if over_cap(ctx, &a, cap, what) {
                        continue;
                    }
                    let map = if *dsc {
                        &mut provider.dsc
                    } else {
                        &mut provider.uuidtext
                    };
                    map.insert(u.hex(), a.path().to_path_buf());
                    staged_strings.push(a);
                }
            } else {
                ctx.archive(p);
            }
        }
        // Oldest first, so that the output reads in order.
        let mut tracev3 = Vec::new();
        for (it, p) in kept.iter().zip(&to_parse).rev() {
            if *p {
                tracev3.extend(ctx.acquire(&it.path));
            } else {
                ctx.archive(&it.path);
            }
        }
        if !parsing {
            return Ok(());
        }
        provider::count_crate_errors();
        let ts = read_timesync(ctx, &timesync);
        let start = window.as_ref().map(|w| w.start_ns);
        let cache = provider::string_cache();
        let decoder = Decoder {
            provider: &provider,
            cache: &cache,
            timesync: &ts,
            selection: settings.selection,
            start,
        };
        let files: Vec<ToDecode<'_>> = tracev3
            .iter()
            .map(|a| ToDecode {
                target: &a.target,
                staged: a.path(),
                size: a.meta.size,
            })
            .collect();
        let decoded = if settings.decoders > 1 && files.len() > 1 {
            parallel::decode(ctx, &decoder, &files, settings.decoders)
        } else {
            decoder.files(ctx, &files)
        };
        let rest = files.len().saturating_sub(decoded);
        if rest > 0 {
            ctx.error_general(format!(
                "time limit reached: {rest} archived tracev3 file(s) not parsed"
            ));
        }
        let problems = provider
            .problems
            .lock()
            .map(|mut p| std::mem::take(&mut *p))
            .unwrap_or_default();
        for (staged, why) in problems {
            let target = staged_strings
                .iter()
                .find(|a| a.path() == staged)
                .map(|a| a.target.clone())
                .unwrap_or(staged);
            ctx.error(&target, why);
        }
        drop(staged_strings);
        Ok(())
    }
}

#[cfg(test)]
mod tests;
