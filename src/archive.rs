//! The archive writer: a gzip-compressed tar in UAC's collection layout.
//!
//! It runs on its own thread and receives [`ArchiveItem`]s from the
//! collectors through a bounded channel, so reading and parsing go on while
//! it compresses. For every member it computes SHA-256 and MD5 over exactly
//! the bytes it stores, and keeps a [`FileEntry`] for the manifest and the
//! body file.
//!
//! A tar header declares the member's size before its data, so a member's
//! data is always exactly that size: a file that shrinks while it is read is
//! padded with zeros, and one that grows is cut at the size it had when
//! opened; either way the entry says so.
//!
//! Every directory above an archived target path (up to, not including,
//! `/`) is stored once as a directory member with its mode, owner, group
//! and times from the target (`lstat` through the evidence source), as is
//! every directory a collector asked for ([`Content::Directory`]). Readers
//! that take ownership from the tree (mac_apt takes an account's uid from
//! its `/Users/<name>` folder) then see the target's owners. Directory
//! members are written after every file: an extractor that applies each
//! member's mode as it meets it never has to write into a directory it has
//! already made read-only, and each directory's times are set last.

use std::collections::{BTreeMap, HashSet};
use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, SyncSender};
use std::sync::Arc;
use std::time::{Duration, Instant};

use md5::Md5;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::pgz::ParGzWriter;

use mactriage_collectors::kit::source::{EvidenceSource, Kind};
use mactriage_collectors::kit::text;
use mactriage_collectors::kit::{
    member_for, ArchiveItem, ArchiveSink, Budget, BudgetRefusal, Content, FileMeta, FileTime,
    Issue, IssueKind,
};

/// What the manifest records about one archive member.
///
/// Kept as stored (paths, hash bytes, raw times) and formatted only when
/// the manifest is written: one is held per archived file for the whole
/// run, so its size is what the run's memory grows by with the number of
/// files. It serialises to the manifest's `files` entry (see
/// `docs/output.md`): every path as UTF-8 with the exact bytes beside it
/// in `*_b64` where they are not UTF-8, hashes in hex, times in RFC 3339.
#[derive(Debug, Clone)]
pub struct FileEntry {
    pub member: PathBuf,
    /// The path on the target; absent for the tool's own outputs.
    pub source: Option<PathBuf>,
    /// `file` or `symlink` (the manifest's `type`).
    pub kind: &'static str,
    pub collector: &'static str,
    pub size: u64,
    /// SHA-256 of the member's data (none for a symlink).
    pub sha256: Option<[u8; 32]>,
    /// MD5 of the member's data, for evidence only.
    pub md5: Option<[u8; 16]>,
    /// The full `st_mode`.
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    pub inode: u64,
    /// atime, mtime, ctime, crtime as stored.
    pub times: [Option<FileTime>; 4],
    pub link_target: Option<PathBuf>,
    /// Bytes actually read from the source, when fewer than `size`.
    pub bytes_read: Option<u64>,
}

impl FileEntry {
    /// The SHA-256 in hex, as the manifest writes it.
    pub fn sha256_hex(&self) -> Option<String> {
        self.sha256.map(hex::encode)
    }
    /// The MD5 in hex, as the manifest and the body file write it.
    pub fn md5_hex(&self) -> Option<String> {
        self.md5.map(hex::encode)
    }
}

impl Serialize for FileEntry {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = ser.serialize_map(None)?;
        let path = |m: &mut S::SerializeMap, key: &str, p: &Path| -> Result<(), S::Error> {
            m.serialize_entry(key, &p.to_string_lossy())?;
            if let Some(b) = text::b64_if_not_utf8(p.as_os_str()) {
                m.serialize_entry(&format!("{key}_b64"), &b)?;
            }
            Ok(())
        };
        path(&mut m, "member", &self.member)?;
        if let Some(s) = &self.source {
            path(&mut m, "source", s)?;
        }
        m.serialize_entry("type", self.kind)?;
        m.serialize_entry("collector", self.collector)?;
        m.serialize_entry("size", &self.size)?;
        m.serialize_entry("sha256", &self.sha256_hex())?;
        m.serialize_entry("md5", &self.md5_hex())?;
        m.serialize_entry("mode", &format!("{:o}", self.mode))?;
        m.serialize_entry("uid", &self.uid)?;
        m.serialize_entry("gid", &self.gid)?;
        m.serialize_entry("inode", &self.inode)?;
        for (key, t) in ["atime", "mtime", "ctime", "crtime"]
            .into_iter()
            .zip(self.times)
        {
            m.serialize_entry(key, &fmt_time(t))?;
        }
        if let Some(t) = &self.link_target {
            path(&mut m, "link_target", t)?;
        }
        if let Some(n) = self.bytes_read {
            m.serialize_entry("bytes_read", &n)?;
        }
        m.end()
    }
}

/// Errors met while archiving, to be reported against their collector.
#[derive(Debug, Clone)]
pub struct WriterIssue {
    pub collector: String,
    pub issue: Issue,
}

/// Receives the archive's progress, for the display.
pub trait Progress: Send + Sync {
    /// A member of `bytes` was queued for the archive.
    fn queued(&self, bytes: u64);
    /// `bytes` more were read into the archive.
    fn archived(&self, bytes: u64);
}

/// The collectors' handle on the writer.
pub struct ChannelSink {
    pub tx: SyncSender<ArchiveItem>,
    pub progress: Arc<dyn Progress>,
}

impl ArchiveSink for ChannelSink {
    fn submit(&self, item: ArchiveItem) {
        if !matches!(item.content, Content::Directory) {
            self.progress.queued(item.meta.size);
        }
        // If the writer has stopped (a write error), the run is failing and
        // the error is reported from the writer; the item is dropped.
        let _ = self.tx.send(item);
    }
}

/// A writer that hashes what passes through it (the tarball's own SHA-256).
pub struct HashingWriter<W: Write> {
    inner: W,
    hasher: Sha256,
    written: u64,
}

impl<W: Write> HashingWriter<W> {
    pub fn new(inner: W) -> Self {
        HashingWriter {
            inner,
            hasher: Sha256::new(),
            written: 0,
        }
    }
    pub fn finish(self) -> (W, String, u64) {
        (
            self.inner,
            hex::encode(self.hasher.finalize()),
            self.written,
        )
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(buf.get(..n).unwrap_or_default());
        self.written += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Reads exactly `size` bytes from `inner`, hashing them; pads with zeros if
/// the source ends early, the time budget runs out or a signal interrupts
/// the run.
struct ExactReader<R: Read> {
    inner: R,
    remaining: u64,
    from_source: u64,
    source_done: bool,
    read_error: Option<io::Error>,
    /// Why the source stopped being read before its end, if a budget did.
    cut: Option<BudgetRefusal>,
    /// Past this instant the rest of the member is zero-filled.
    cut_at: Option<Instant>,
    /// Once this budget is interrupted the rest is zero-filled.
    budget: Option<Arc<Budget>>,
    sha: Sha256,
    /// MD5 is computed for evidence only (the body file's field).
    md5: Option<Md5>,
    progress: Option<Arc<dyn Progress>>,
}

impl<R: Read> Read for ExactReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.remaining == 0 || buf.is_empty() {
            return Ok(0);
        }
        let want = buf
            .len()
            .min(usize::try_from(self.remaining).unwrap_or(usize::MAX));
        let Some(buf) = buf.get_mut(..want) else {
            return Ok(0);
        };
        let n = if self.source_done {
            0
        } else if self.budget.as_ref().is_some_and(|b| b.interrupted()) {
            self.cut = Some(BudgetRefusal::Interrupted);
            self.source_done = true;
            0
        } else if self.cut_at.is_some_and(|t| Instant::now() >= t) {
            self.cut = Some(BudgetRefusal::TimeLimit);
            self.source_done = true;
            0
        } else {
            match self.inner.read(buf) {
                Ok(0) => {
                    self.source_done = true;
                    0
                }
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => return self.read(buf),
                Err(e) => {
                    self.read_error = Some(e);
                    self.source_done = true;
                    0
                }
            }
        };
        let n = if n == 0 {
            // Pad the rest of the declared size.
            buf.fill(0);
            want
        } else {
            self.from_source += n as u64;
            n
        };
        let done = buf.get(..n).unwrap_or_default();
        self.sha.update(done);
        if let Some(m) = self.md5.as_mut() {
            m.update(done);
        }
        self.remaining -= n as u64;
        if let Some(p) = &self.progress {
            p.archived(n as u64);
        }
        Ok(n)
    }
}

fn fmt_time(t: Option<FileTime>) -> Option<String> {
    let t = t?;
    let dt = chrono::DateTime::from_timestamp(t.secs, t.nanos)?;
    Some(mactriage_collectors::kit::time::rfc3339_nanos(&dt))
}

fn entry_for(item: &ArchiveItem, kind: &'static str) -> FileEntry {
    let m = &item.meta;
    FileEntry {
        member: item.member.clone(),
        source: item.source.clone(),
        kind,
        collector: item.collector,
        size: m.size,
        sha256: None,
        md5: None,
        mode: m.mode,
        uid: m.uid,
        gid: m.gid,
        inode: m.inode,
        times: [m.atime, m.mtime, m.ctime, m.crtime],
        link_target: None,
        bytes_read: None,
    }
}

fn header_for(meta: &FileMeta, kind: tar::EntryType) -> tar::Header {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(kind);
    h.set_mode(meta.mode & 0o7777);
    h.set_uid(u64::from(meta.uid));
    h.set_gid(u64::from(meta.gid));
    h.set_mtime(meta.mtime.map(|t| t.secs.max(0) as u64).unwrap_or(0));
    h
}

/// The tar stream being written, and what was put in it.
pub struct Writer<W: Write> {
    pub builder: tar::Builder<ParGzWriter<W>>,
    pub entries: Vec<FileEntry>,
    pub issues: Vec<WriterIssue>,
    pub bytes_in: u64,
    budget: Arc<Budget>,
    /// Time spent archiving evidence, to estimate throughput.
    busy: Duration,
    progress: Option<Arc<dyn Progress>>,
    /// Members stored as symlinks so far.
    links: HashSet<PathBuf>,
    /// Where ancestor directories are `lstat`ed; without it only the
    /// directories collectors asked for are stored.
    source: Option<Arc<dyn EvidenceSource>>,
    /// Directories to store at the end, by target path: parents sort first.
    dirs: BTreeMap<PathBuf, PendingDir>,
    /// Target paths whose directory metadata could not be taken (each
    /// reported once).
    dirs_failed: HashSet<PathBuf>,
    /// The directory members written, for the manifest and the body file.
    pub directories: Vec<FileEntry>,
}

/// A directory member waiting for the end of the archive.
struct PendingDir {
    collector: &'static str,
    meta: FileMeta,
}

/// A member still being written this long after the time limit is cut
/// (zero-filled to its declared size) so that the run ends.
const TIME_LIMIT_GRACE: Duration = Duration::from_secs(1);

/// Archiving throughput assumed until enough was measured: low, so that the
/// first large member cannot overrun a time limit by much.
const ASSUMED_RATE: f64 = 10e6;

impl<W: Write> Writer<W> {
    /// A writer compressing at `level` on `threads` threads.
    pub fn new(out: W, level: u32, threads: usize, budget: Arc<Budget>) -> io::Result<Self> {
        let gz = ParGzWriter::new(out, level, threads)?;
        let mut builder = tar::Builder::new(gz);
        builder.mode(tar::HeaderMode::Complete);
        builder.follow_symlinks(false);
        Ok(Writer {
            builder,
            entries: Vec::new(),
            issues: Vec::new(),
            bytes_in: 0,
            budget,
            busy: Duration::ZERO,
            progress: None,
            links: HashSet::new(),
            source: None,
            dirs: BTreeMap::new(),
            dirs_failed: HashSet::new(),
            directories: Vec::new(),
        })
    }

    /// Store the directories above every archived path, `lstat`ed through
    /// `source`.
    pub fn with_source(mut self, source: Arc<dyn EvidenceSource>) -> Self {
        self.source = Some(source);
        self
    }

    /// Note the directories above `target` (each once), taking their
    /// metadata now, while the collection runs.
    fn note_ancestors(&mut self, collector: &'static str, target: &Path) {
        let Some(source) = self.source.clone() else {
            return;
        };
        for dir in target.ancestors().skip(1) {
            if dir.parent().is_none() {
                break; // `/` itself, or the end of a relative path
            }
            if self.dirs.contains_key(dir) || self.dirs_failed.contains(dir) {
                // Everything above it was noted with it.
                break;
            }
            let why = match source.lstat(dir) {
                Ok(m) if Kind::of(&m) == Kind::Dir => {
                    self.dirs.insert(
                        dir.to_path_buf(),
                        PendingDir {
                            collector,
                            meta: FileMeta::from_metadata(&m),
                        },
                    );
                    continue;
                }
                Ok(_) => "no longer a directory (the tree changed during the collection)".into(),
                Err(e) => e.to_string(),
            };
            self.dirs_failed.insert(dir.to_path_buf());
            self.issue(
                collector,
                dir,
                IssueKind::Error,
                format!("directory metadata not recorded: {why}"),
            );
        }
    }

    /// Write the directory members noted so far (each once, parents
    /// first). Called after the last file.
    pub fn append_directories(&mut self) -> io::Result<()> {
        for (target, dir) in std::mem::take(&mut self.dirs) {
            let member = member_for(&target);
            if self.links.contains(&member) {
                let msg = format!(
                    "directory not stored: {} is stored as a symbolic link (the directory changed during the collection)",
                    text::printable_os(member.as_os_str())
                );
                self.issue(dir.collector, &target, IssueKind::Error, msg);
                continue;
            }
            let item = ArchiveItem {
                collector: dir.collector,
                member,
                source: Some(target),
                meta: dir.meta,
                content: Content::Directory,
            };
            let mut h = header_for(&item.meta, tar::EntryType::Directory);
            h.set_size(0);
            self.builder
                .append_data(&mut h, &item.member, io::empty())?;
            self.directories.push(entry_for(&item, "directory"));
        }
        Ok(())
    }

    /// Report bytes as they are archived.
    pub fn with_progress(mut self, progress: Arc<dyn Progress>) -> Self {
        self.progress = Some(progress);
        self
    }

    /// Measured archiving throughput in bytes per second, once enough was
    /// written to tell.
    fn rate(&self) -> f64 {
        let secs = self.busy.as_secs_f64();
        if self.bytes_in >= 1 << 20 && secs > 0.0 {
            self.bytes_in as f64 / secs
        } else {
            ASSUMED_RATE
        }
    }

    /// Under a time limit, whether a member of `size` bytes can be archived
    /// before the limit; else why not.
    fn admit(&self, size: u64) -> Result<(), (BudgetRefusal, String)> {
        if self.budget.interrupted() {
            let r = BudgetRefusal::Interrupted;
            let msg = format!("{r} (before it could be archived)");
            return Err((r, msg));
        }
        let Some(deadline) = self.budget.deadline() else {
            return Ok(());
        };
        let now = Instant::now();
        let r = BudgetRefusal::TimeLimit;
        if now >= deadline {
            let msg = format!("{r} (before it could be archived)");
            return Err((r, msg));
        }
        let rate = self.rate();
        let need = Duration::from_secs_f64(size as f64 / rate);
        if now + need > deadline {
            let msg = format!(
                "{r} ({size} bytes cannot be archived in the {:.1}s left, at {:.1} MB/s)",
                (deadline - now).as_secs_f64(),
                rate / 1e6,
            );
            return Err((r, msg));
        }
        Ok(())
    }

    fn issue(&mut self, collector: &str, path: &Path, kind: IssueKind, message: String) {
        self.issues.push(WriterIssue {
            collector: collector.to_string(),
            issue: Issue::at(path.as_os_str(), kind, message),
        });
    }

    /// Append one member. An `Err` is a failure to *write* the archive
    /// (fatal to the run); problems reading the source are issues.
    pub fn append(&mut self, item: ArchiveItem) -> io::Result<()> {
        let member = item.member.clone();
        let about = item.source.clone().unwrap_or_else(|| member.clone());
        // A member below one already stored as a symlink would be written
        // through that link by a tool extracting the archive. The source
        // never reads below a symlinked directory, but the tree may change
        // between two collectors (a directory swapped for a link and back).
        if let Some(link) = member.ancestors().skip(1).find(|a| self.links.contains(*a)) {
            let msg = format!(
                "not archived: {} is stored as a symbolic link (the directory changed during the collection)",
                text::printable_os(link.as_os_str())
            );
            self.issue(item.collector, &about, IssueKind::Error, msg);
            return Ok(());
        }
        let appended = self.append_member(item)?;
        if let Some((collector, source)) = appended {
            self.note_ancestors(collector, &source);
        }
        Ok(())
    }

    /// [`Writer::append`] for one member; returns the collector and target
    /// path of evidence that was stored (or noted, for a directory).
    fn append_member(&mut self, item: ArchiveItem) -> io::Result<Option<(&'static str, PathBuf)>> {
        let member = item.member.clone();
        let about = item.source.clone().unwrap_or_else(|| member.clone());
        let stored = item.source.clone().map(|s| (item.collector, s));
        match &item.content {
            Content::Directory => {
                if let Some(target) = &item.source {
                    self.dirs.entry(target.clone()).or_insert(PendingDir {
                        collector: item.collector,
                        meta: item.meta.clone(),
                    });
                }
                Ok(stored)
            }
            Content::Symlink(target) => {
                let mut entry = entry_for(&item, "symlink");
                entry.link_target = Some(target.clone());
                let mut h = header_for(&item.meta, tar::EntryType::Symlink);
                h.set_size(0);
                self.builder.append_link(&mut h, &member, target)?;
                self.links.insert(member);
                self.entries.push(entry);
                Ok(stored)
            }
            Content::Staged(_) | Content::Open(_) => {
                // The tool's own outputs are always archived; evidence only
                // while the time budget allows.
                if item.source.is_some() {
                    if let Err((refusal, why)) = self.admit(item.meta.size) {
                        let kind = IssueKind::not_collected(&refusal, Some(item.meta.size));
                        self.issue(item.collector, &about, kind, why);
                        return Ok(None);
                    }
                }
                let started = Instant::now();
                let mut entry = entry_for(&item, "file");
                let file: Result<File, io::Error> = match item.content {
                    Content::Staged(ref s) => File::open(s.path()),
                    Content::Open(ref f) => f.try_clone(),
                    // Stored in the arms above; never read.
                    Content::Symlink(_) | Content::Directory => {
                        Err(io::Error::other("a link or directory has no data"))
                    }
                };
                let source: Box<dyn Read> = match file {
                    Ok(f) => Box::new(f),
                    Err(e) => {
                        self.issue(
                            item.collector,
                            &about,
                            IssueKind::Error,
                            format!("cannot read for archiving: {e}"),
                        );
                        Box::new(io::empty())
                    }
                };
                let size = item.meta.size;
                let mut reader = ExactReader {
                    inner: source.take(size),
                    remaining: size,
                    from_source: 0,
                    source_done: false,
                    read_error: None,
                    cut: None,
                    cut_at: match (item.source.is_some(), self.budget.deadline()) {
                        (true, Some(d)) => Some(d + TIME_LIMIT_GRACE),
                        _ => None,
                    },
                    // The tool's own outputs are always written whole.
                    budget: item.source.is_some().then(|| self.budget.clone()),
                    sha: Sha256::new(),
                    md5: item.source.is_some().then(Md5::new),
                    progress: self.progress.clone(),
                };
                let mut h = header_for(&item.meta, tar::EntryType::Regular);
                h.set_size(size);
                self.builder.append_data(&mut h, &member, &mut reader)?;
                if item.source.is_some() {
                    self.bytes_in += size;
                    self.busy += started.elapsed();
                }
                let (from_source, cut, err) = (
                    reader.from_source,
                    reader.cut.take(),
                    reader.read_error.take(),
                );
                entry.sha256 = Some(reader.sha.finalize().into());
                entry.md5 = reader.md5.take().map(|m| m.finalize().into());
                if from_source < size {
                    entry.bytes_read = Some(from_source);
                    let (kind, why) = if let Some(e) = err {
                        (IssueKind::Error, format!("read error: {e}"))
                    } else if let Some(refusal) = cut {
                        let why = match refusal {
                            BudgetRefusal::Interrupted => "run interrupted by a signal",
                            _ => "time limit reached",
                        };
                        (
                            IssueKind::not_collected(&refusal, Some(size)),
                            why.to_string(),
                        )
                    } else {
                        (IssueKind::Error, "the file shrank".to_string())
                    };
                    self.issue(
                        item.collector,
                        &about,
                        kind,
                        format!(
                            "{why} after {from_source} of {size} bytes; the archived copy is zero-padded to its recorded size"
                        ),
                    );
                }
                self.entries.push(entry);
                Ok(stored)
            }
        }
    }

    /// Append a file the tool generated (manifest, body file, log).
    pub fn append_generated(&mut self, member: &str, data: &[u8]) -> io::Result<FileEntry> {
        let meta = FileMeta::generated(data.len() as u64);
        let mut h = header_for(&meta, tar::EntryType::Regular);
        h.set_size(data.len() as u64);
        self.builder.append_data(&mut h, member, data)?;
        let mut entry = entry_for(
            &ArchiveItem {
                collector: "mactriage",
                member: PathBuf::from(member),
                source: None,
                meta,
                content: Content::Symlink(PathBuf::new()),
            },
            "file",
        );
        entry.sha256 = Some(Sha256::digest(data).into());
        Ok(entry)
    }

    /// Close the tar and gzip streams and return the underlying writer.
    pub fn finish(self) -> io::Result<W> {
        let gz = self.builder.into_inner()?;
        gz.finish()
    }
}

/// What the writer thread hands back.
pub struct WriterDone<W: Write> {
    pub writer: Writer<W>,
    /// A write error that stopped the archive (full disk...).
    pub fatal: Option<io::Error>,
}

/// The writer thread's loop: append items until every sender is gone.
pub fn run_writer<W: Write>(
    mut writer: Writer<W>,
    rx: Receiver<ArchiveItem>,
    on_item: impl Fn(&FileEntry),
) -> WriterDone<W> {
    for item in rx.iter() {
        let files = writer.entries.len();
        if let Err(e) = writer.append(item) {
            // Drain so that senders do not block, then report.
            drop(rx);
            return WriterDone {
                writer,
                fatal: Some(e),
            };
        }
        if writer.entries.len() > files {
            if let Some(last) = writer.entries.last() {
                on_item(last);
            }
        }
    }
    // Every sender is gone: no file can land in a directory any more.
    let fatal = writer.append_directories().err();
    WriterDone { writer, fatal }
}

/// TSK's mode string: `r/rrw-r--r--` for a file, `l/lrwxrwxrwx` for a link.
pub fn tsk_mode(mode: u32) -> String {
    let t = match mode & 0o170000 {
        0o100000 => 'r',
        0o040000 => 'd',
        0o120000 => 'l',
        0o010000 => 'p',
        0o140000 => 'h',
        0o060000 => 'b',
        0o020000 => 'c',
        _ => '-',
    };
    let bit = |m: u32, c: char| if mode & m != 0 { c } else { '-' };
    let x = |m: u32, s: u32, set: char, unset: char| match (mode & m != 0, mode & s != 0) {
        (true, true) => set,
        (false, true) => unset,
        (true, false) => 'x',
        (false, false) => '-',
    };
    format!(
        "{t}/{t}{}{}{}{}{}{}{}{}{}",
        bit(0o400, 'r'),
        bit(0o200, 'w'),
        x(0o100, 0o4000, 's', 'S'),
        bit(0o040, 'r'),
        bit(0o020, 'w'),
        x(0o010, 0o2000, 's', 'S'),
        bit(0o004, 'r'),
        bit(0o002, 'w'),
        x(0o001, 0o1000, 't', 'T'),
    )
}

/// One TSK 3.x body-file line:
/// `MD5|name|inode|mode|UID|GID|size|atime|mtime|ctime|crtime`.
pub fn bodyfile_line(e: &FileEntry) -> Option<String> {
    let meta_times = e.times;
    let source = e.source.as_ref()?;
    let secs = |t: Option<FileTime>| t.map(|t| t.secs).unwrap_or(0);
    // A `|` in a name would break the format: escape it as TSK does not;
    // a newline would forge a line: control characters are escaped too.
    let name = text::bodyfile_field(source.as_os_str());
    Some(format!(
        "{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}",
        e.md5_hex().as_deref().unwrap_or("0"),
        name,
        e.inode,
        tsk_mode(e.mode),
        e.uid,
        e.gid,
        e.size,
        secs(meta_times[0]),
        secs(meta_times[1]),
        secs(meta_times[2]),
        secs(meta_times[3]),
    ))
}

/// Create the temporary tarball: exclusively, never through a symlink,
/// mode 0600.
pub fn create_exclusive(path: &Path) -> io::Result<BufWriter<File>> {
    use std::os::unix::fs::OpenOptionsExt;
    let f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .custom_flags(nix::libc::O_NOFOLLOW)
        .open(path)?;
    Ok(BufWriter::with_capacity(1 << 20, f))
}

/// Move the finished tarball to its final name without ever replacing an
/// existing file.
pub fn publish(tmp: &Path, final_path: &Path) -> io::Result<()> {
    match std::fs::hard_link(tmp, final_path) {
        Ok(()) => std::fs::remove_file(tmp),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) => {
            // File systems without hard links (exFAT, some network shares).
            if std::fs::symlink_metadata(final_path).is_ok() {
                return Err(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    format!("{} already exists", final_path.display()),
                ));
            }
            std::fs::rename(tmp, final_path)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_entry_serialises_as_the_manifest_lists_it() {
        use std::ffi::OsStr;
        use std::os::unix::ffi::OsStrExt;
        let t = |secs| Some(FileTime { secs, nanos: 5 });
        let mut e = FileEntry {
            member: PathBuf::from("[root]/Users/a/f\u{e9}"),
            source: Some(PathBuf::from(OsStr::from_bytes(b"/Users/a/\xff"))),
            kind: "symlink",
            collector: "c",
            size: 3,
            sha256: None,
            md5: Some([0xab; 16]),
            mode: 0o120755,
            uid: 501,
            gid: 20,
            inode: 7,
            times: [t(0), None, t(1_700_000_000), t(-1)],
            link_target: Some(PathBuf::from("../x")),
            bytes_read: Some(1),
        };
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            concat!(
                "{\"member\":\"[root]/Users/a/f\u{e9}\",\"source\":\"/Users/a/\u{fffd}\",",
                r#""source_b64":"L1VzZXJzL2Ev/w==","#,
                r#""type":"symlink","collector":"c","size":3,"sha256":null,"md5":"abababababababababababababababab","#,
                r#""mode":"120755","uid":501,"gid":20,"inode":7,"atime":"1970-01-01T00:00:00.000000005Z","mtime":null,"#,
                r#""ctime":"2023-11-14T22:13:20.000000005Z","crtime":"1969-12-31T23:59:59.000000005Z","#,
                r#""link_target":"../x","bytes_read":1}"#
            )
        );
        // A UTF-8 member has no `_b64`, a file no link fields, a complete
        // read no `bytes_read`; the hashes are hex.
        e.source = None;
        e.link_target = None;
        e.bytes_read = None;
        e.sha256 = Some([1; 32]);
        let v: serde_json::Value = serde_json::to_value(&e).unwrap();
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        assert!(!keys
            .iter()
            .any(|k| k.ends_with("_b64") || k.starts_with("link")));
        assert!(!keys.contains(&"bytes_read") && !keys.contains(&"source"));
        assert_eq!(v["sha256"], "01".repeat(32));
    }

    #[test]
    fn tsk_modes() {
        assert_eq!(tsk_mode(0o100644), "r/rrw-r--r--");
        assert_eq!(tsk_mode(0o120777), "l/lrwxrwxrwx");
        assert_eq!(tsk_mode(0o104755), "r/rrwsr-xr-x");
        assert_eq!(tsk_mode(0o041777), "d/drwxrwxrwt");
    }

    #[test]
    fn exact_reader_pads_short_sources() {
        let mut r = ExactReader {
            inner: &b"abc"[..],
            remaining: 5,
            from_source: 0,
            source_done: false,
            read_error: None,
            cut: None,
            cut_at: None,
            budget: None,
            sha: Sha256::new(),
            md5: Some(Md5::new()),
            progress: None,
        };
        let mut out = Vec::new();
        r.read_to_end(&mut out).unwrap();
        assert_eq!(out, b"abc\0\0");
        assert_eq!(r.from_source, 3);
        assert_eq!(
            hex::encode(r.sha.finalize()),
            hex::encode(Sha256::digest(b"abc\0\0"))
        );
    }

    #[test]
    fn exact_reader_stops_reading_once_interrupted() {
        let budget = Arc::new(Budget::unlimited());
        let mut r = ExactReader {
            inner: io::repeat(7).take(1 << 20),
            remaining: 1 << 20,
            from_source: 0,
            source_done: false,
            read_error: None,
            cut: None,
            cut_at: None,
            budget: Some(budget.clone()),
            sha: Sha256::new(),
            md5: None,
            progress: None,
        };
        let mut buf = vec![0u8; 4096];
        assert_eq!(r.read(&mut buf).unwrap(), 4096);
        assert!(buf.iter().all(|&b| b == 7));
        budget.interrupt();
        let mut rest = Vec::new();
        r.read_to_end(&mut rest).unwrap();
        assert_eq!(rest.len(), (1 << 20) - 4096);
        assert!(rest.iter().all(|&b| b == 0));
        assert_eq!(r.from_source, 4096);
        assert_eq!(r.cut, Some(BudgetRefusal::Interrupted));
    }

    #[test]
    fn nothing_is_stored_below_a_symlink_member() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("f");
        std::fs::write(&f, b"data").unwrap();
        let mut w = Writer::new(Vec::new(), 1, 2, Arc::new(Budget::unlimited())).unwrap();
        let item = |member: &str, content: Content| ArchiveItem {
            collector: "c",
            member: PathBuf::from(member),
            source: Some(PathBuf::from(member.trim_start_matches("[root]"))),
            meta: FileMeta::from_metadata(&std::fs::metadata(&f).unwrap()),
            content,
        };
        w.append(item(
            "[root]/Users/a/Library",
            Content::Symlink("/etc".into()),
        ))
        .unwrap();
        w.append(item(
            "[root]/Users/a/Library/Safari/History.db",
            Content::Open(File::open(&f).unwrap()),
        ))
        .unwrap();
        w.append(item(
            "[root]/Users/a/Libraryx",
            Content::Open(File::open(&f).unwrap()),
        ))
        .unwrap();
        let members: Vec<&str> = w
            .entries
            .iter()
            .map(|e| e.member.to_str().unwrap())
            .collect();
        assert_eq!(
            members,
            vec!["[root]/Users/a/Library", "[root]/Users/a/Libraryx"]
        );
        assert_eq!(w.issues.len(), 1);
        assert!(w.issues[0]
            .issue
            .message
            .contains("stored as a symbolic link"));
    }

    /// Member names, kinds and modes of a finished in-memory archive.
    fn read_back(w: Writer<Vec<u8>>) -> Vec<(String, tar::EntryType, u32)> {
        let bytes = w.finish().unwrap();
        let mut ar = tar::Archive::new(flate2::read::GzDecoder::new(&bytes[..]));
        ar.entries()
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let h = e.header();
                assert!(h.as_gnu().is_some(), "not a GNU header");
                (
                    e.path().unwrap().to_string_lossy().into_owned(),
                    h.entry_type(),
                    h.mode().unwrap(),
                )
            })
            .collect()
    }

    #[test]
    fn directories_above_archived_files_are_stored_once_after_the_files() {
        use mactriage_collectors::kit::source::FsSource;
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        std::fs::create_dir_all(r.join("Users/ann/Library")).unwrap();
        std::fs::create_dir_all(r.join("Users/bob")).unwrap();
        std::fs::write(r.join("Users/ann/Library/f"), b"data").unwrap();
        std::fs::write(r.join("Users/ann/g"), b"more").unwrap();
        for (p, mode) in [
            ("Users", 0o755),
            ("Users/ann", 0o750),
            ("Users/ann/Library", 0o755),
            ("Users/ann/Library/f", 0o644),
            ("Users/ann/g", 0o644),
            ("Users/bob", 0o700),
        ] {
            std::fs::set_permissions(r.join(p), std::fs::Permissions::from_mode(mode)).unwrap();
        }
        let source: Arc<dyn EvidenceSource> = Arc::new(FsSource::new(r, false));
        let mut w = Writer::new(Vec::new(), 1, 2, Arc::new(Budget::unlimited()))
            .unwrap()
            .with_source(source.clone());
        let file = |target: &str| ArchiveItem {
            collector: "c",
            member: member_for(Path::new(target)),
            source: Some(PathBuf::from(target)),
            meta: FileMeta::from_metadata(&source.lstat(Path::new(target)).unwrap()),
            content: Content::Open(source.open(Path::new(target)).unwrap().0),
        };
        w.append(file("/Users/ann/Library/f")).unwrap();
        w.append(file("/Users/ann/g")).unwrap();
        // A home asked for by a collector, and a parsed output (no source).
        w.append(ArchiveItem {
            collector: "homes",
            member: member_for(Path::new("/Users/bob")),
            source: Some(PathBuf::from("/Users/bob")),
            meta: FileMeta::from_metadata(&source.lstat(Path::new("/Users/bob")).unwrap()),
            content: Content::Directory,
        })
        .unwrap();
        w.append(ArchiveItem {
            collector: "c",
            member: PathBuf::from("parsed/c.jsonl"),
            source: None,
            meta: FileMeta::generated(4),
            content: Content::Open(source.open(Path::new("/Users/ann/g")).unwrap().0),
        })
        .unwrap();
        // Directories that vanished: each reported once.
        w.note_ancestors("c", Path::new("/gone/x/y"));
        w.note_ancestors("c", Path::new("/gone/x/z"));
        w.append_directories().unwrap();
        let failed: Vec<_> = w.issues.iter().map(|i| i.issue.path.as_deref()).collect();
        assert_eq!(failed, vec![Some("/gone/x"), Some("/gone")]);
        assert!(w.issues[0].issue.message.contains("not found"));
        let dirs: Vec<(&str, &str, &str)> = w
            .directories
            .iter()
            .map(|e| (e.member.to_str().unwrap(), e.kind, e.collector))
            .collect();
        assert_eq!(
            dirs,
            vec![
                ("[root]/Users", "directory", "c"),
                ("[root]/Users/ann", "directory", "c"),
                ("[root]/Users/ann/Library", "directory", "c"),
                ("[root]/Users/bob", "directory", "homes"),
            ]
        );
        assert_eq!(w.directories[1].mode, 0o40750);
        assert_eq!(w.entries.len(), 3);
        let dir = tar::EntryType::Directory;
        let reg = tar::EntryType::Regular;
        assert_eq!(
            read_back(w),
            vec![
                ("[root]/Users/ann/Library/f".to_string(), reg, 0o644),
                ("[root]/Users/ann/g".to_string(), reg, 0o644),
                ("parsed/c.jsonl".to_string(), reg, 0o600),
                ("[root]/Users".to_string(), dir, 0o755),
                ("[root]/Users/ann".to_string(), dir, 0o750),
                ("[root]/Users/ann/Library".to_string(), dir, 0o755),
                ("[root]/Users/bob".to_string(), dir, 0o700),
            ]
        );
    }

    #[test]
    fn no_directory_is_stored_where_a_symlink_was() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("f");
        std::fs::write(&f, b"").unwrap();
        let meta = FileMeta::from_metadata(&std::fs::metadata(d.path()).unwrap());
        let mut w = Writer::new(Vec::new(), 1, 2, Arc::new(Budget::unlimited())).unwrap();
        let item = |content| ArchiveItem {
            collector: "c",
            member: PathBuf::from("[root]/Users/a"),
            source: Some(PathBuf::from("/Users/a")),
            meta: meta.clone(),
            content,
        };
        w.append(item(Content::Symlink("/etc".into()))).unwrap();
        w.append(item(Content::Directory)).unwrap();
        w.append_directories().unwrap();
        assert!(w.directories.is_empty());
        assert_eq!(w.issues.len(), 1);
        assert!(w.issues[0].issue.message.contains("symbolic link"));
    }

    #[test]
    fn publish_never_replaces() {
        let d = tempfile::tempdir().unwrap();
        let a = d.path().join("a");
        let b = d.path().join("b");
        std::fs::write(&a, b"new").unwrap();
        std::fs::write(&b, b"old").unwrap();
        assert!(publish(&a, &b).is_err());
        assert_eq!(std::fs::read(&b).unwrap(), b"old");
        std::fs::remove_file(&b).unwrap();
        publish(&a, &b).unwrap();
        assert_eq!(std::fs::read(&b).unwrap(), b"new");
        assert!(!a.exists());
    }

    #[test]
    fn create_exclusive_refuses_symlinks_and_existing() {
        let d = tempfile::tempdir().unwrap();
        let link = d.path().join("link");
        std::os::unix::fs::symlink(d.path().join("elsewhere"), &link).unwrap();
        assert!(create_exclusive(&link).is_err());
        assert!(!d.path().join("elsewhere").exists());
        let f = d.path().join("f");
        std::fs::write(&f, b"").unwrap();
        assert!(create_exclusive(&f).is_err());
    }
}
