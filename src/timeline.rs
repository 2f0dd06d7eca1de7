//! `mactriage timeline`: the records of a tarball as one sorted timeline, in
//! Timesketch's import format (JSONL or CSV).
//!
//! One event per (record, time field): a browser download gives its start
//! and its end, a file its four times. The time fields and their
//! `timestamp_desc` come from [`crate::streams::STREAMS`]; streams without a
//! row are read generically. Every event has Timesketch's `message`,
//! `datetime` (ISO 8601, UTC, every stored digit of the fraction),
//! `timestamp` (microseconds since 1970) and `timestamp_desc`, then
//! `data_type` (`mactriage:<stream>`), `time_field`, `parsed` (the member
//! and line of the record), `tarball`, and the record's own fields.
//!
//! Record fields are written as strings (numbers and booleans as JSON
//! writes them, arrays and objects as compact JSON, nulls left out):
//! OpenSearch, under Timesketch, fixes a field's type at the first value it
//! indexes, and streams disagree (`type` is text in `quarantine_events`, a
//! number in `login_history`; `timestamp_raw` is an object in `asl`, a
//! number elsewhere), which would make it refuse events. A record field
//! whose name is one of the event's own (`message`, `timestamp`, ...) is
//! written as `record_<name>`. Timesketch refuses a timeline with more than
//! about 450 distinct fields: past [`FIELDS_MAX`], the least common fields
//! go into one `other_fields` JSON text.
//!
//! Sorting is external: events are kept in memory up to `--sort-buffer`
//! bytes, then written to a sorted run in a private temporary directory;
//! the runs are merged at the end. Equal times keep the tarball's order.

use std::collections::{BTreeMap, BinaryHeap, HashMap};
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use serde_json::{Map, Value};

use crate::evidence::{self, Visitor};
use crate::streams::{self, Instant};

/// The most distinct top-level fields an event file has (Timesketch's
/// default upper mapping limit of 1000 counts each field twice, plus 10%).
pub const FIELDS_MAX: usize = 400;
/// Fields every event has, in this order.
pub const EVENT_FIELDS: &[&str] = &[
    "message",
    "datetime",
    "timestamp",
    "timestamp_desc",
    "data_type",
    "time_field",
    "parsed",
    "tarball",
];
/// Where the fields past [`FIELDS_MAX`] go.
const OTHER_FIELDS: &str = "other_fields";
/// The most runs merged at once.
const FAN_IN: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Csv,
}

/// A timeline to write, resolved from the command line.
#[derive(Debug, Clone)]
pub struct Options {
    pub tarball: PathBuf,
    /// None: standard output.
    pub output: Option<PathBuf>,
    pub format: Format,
    pub since: Option<Instant>,
    pub until: Option<Instant>,
    /// Bytes of events kept in memory before a sorted run is written.
    pub sort_buffer: usize,
    pub quiet: bool,
}

/// Counts for one source file of one stream.
#[derive(Debug, Default, Clone)]
pub struct Counts {
    pub records: u64,
    pub events: u64,
    /// Records with no time a timeline can hold.
    pub untimed: u64,
    /// Times outside the years 1700–9999 (left out).
    pub out_of_range: u64,
    /// Events outside `--since`/`--until`.
    pub filtered: u64,
    /// Lines that are not records.
    pub unreadable: u64,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.records += o.records;
        self.events += o.events;
        self.untimed += o.untimed;
        self.out_of_range += o.out_of_range;
        self.filtered += o.filtered;
        self.unreadable += o.unreadable;
    }
}

/// What a timeline run did.
#[derive(Debug, Default)]
pub struct Summary {
    /// Per (stream, source).
    pub sources: BTreeMap<(String, String), Counts>,
    pub events: u64,
    pub runs: usize,
    pub damage: Vec<String>,
    pub fields_folded: usize,
}

impl Summary {
    pub fn total(&self) -> Counts {
        let mut t = Counts::default();
        for c in self.sources.values() {
            t.add(c);
        }
        t
    }
}

// ---------------------------------------------------------------------------
// Sorting

/// An event's sort key: its time, then its order in the tarball.
type Key = (Instant, u64);

/// Events sorted in memory up to a bound, then in runs on disk.
struct Sorter {
    arena: Vec<u8>,
    index: Vec<(Key, usize, usize)>,
    limit: usize,
    dir: PathBuf,
    tmp: Option<tempfile::TempDir>,
    runs: Vec<PathBuf>,
}

/// Bytes counted per event besides its data.
const INDEX_COST: usize = std::mem::size_of::<(Key, usize, usize)>();

impl Sorter {
    fn new(limit: usize, dir: PathBuf) -> Sorter {
        Sorter {
            arena: Vec::new(),
            index: Vec::new(),
            limit: limit.max(1),
            dir,
            tmp: None,
            runs: Vec::new(),
        }
    }

    fn used(&self) -> usize {
        self.arena.len() + self.index.len() * INDEX_COST
    }

    fn push(&mut self, key: Key, data: &[u8]) -> Result<()> {
        if !self.index.is_empty() && self.used() + data.len() + INDEX_COST > self.limit {
            self.spill()?;
        }
        let off = self.arena.len();
        self.arena.extend_from_slice(data);
        self.index.push((key, off, data.len()));
        Ok(())
    }

    fn tmp_dir(&mut self) -> Result<PathBuf> {
        if let Some(t) = &self.tmp {
            return Ok(t.path().to_path_buf());
        }
        let t = tempfile::Builder::new()
            .prefix(".mactriage-timeline-")
            .tempdir_in(&self.dir)
            .with_context(|| {
                format!(
                    "cannot create a temporary directory in {}",
                    self.dir.display()
                )
            })?;
        let p = t.path().to_path_buf();
        self.tmp = Some(t);
        Ok(p)
    }

    /// Write the events in memory as one sorted run.
    fn spill(&mut self) -> Result<()> {
        self.index.sort_unstable_by_key(|e| e.0);
        let dir = self.tmp_dir()?;
        let path = dir.join(format!("run-{}", self.runs.len()));
        let mut w = BufWriter::with_capacity(1 << 20, File::create(&path)?);
        for &(key, off, len) in &self.index {
            let data = self.arena.get(off..off + len).unwrap_or_default();
            write_entry(&mut w, key, data)?;
        }
        w.flush()
            .with_context(|| format!("cannot write {}", path.display()))?;
        self.runs.push(path);
        self.arena.clear();
        self.index.clear();
        Ok(())
    }

    /// Every event in order, to `out`.
    fn drain(mut self, out: &mut dyn FnMut(&[u8]) -> Result<()>) -> Result<usize> {
        if self.runs.is_empty() {
            self.index.sort_unstable_by_key(|e| e.0);
            for &(_, off, len) in &self.index {
                out(self.arena.get(off..off + len).unwrap_or_default())?;
            }
            return Ok(0);
        }
        if !self.index.is_empty() {
            self.spill()?;
        }
        let total = self.runs.len();
        // Merge down to at most FAN_IN runs, then into the output.
        let mut level = 0;
        while self.runs.len() > FAN_IN {
            let dir = self.tmp_dir()?;
            let mut next = Vec::new();
            for (i, group) in self.runs.chunks(FAN_IN).enumerate() {
                let path = dir.join(format!("merge-{level}-{i}"));
                let mut w = BufWriter::with_capacity(1 << 20, File::create(&path)?);
                merge(group, &mut |key, data| {
                    write_entry(&mut w, key, data)?;
                    Ok(())
                })?;
                w.flush()?;
                for p in group {
                    let _ = std::fs::remove_file(p);
                }
                next.push(path);
            }
            self.runs = next;
            level += 1;
        }
        merge(&self.runs, &mut |_, data| out(data))?;
        Ok(total)
    }
}

fn write_entry(w: &mut impl Write, key: Key, data: &[u8]) -> io::Result<()> {
    w.write_all(&key.0.secs.to_le_bytes())?;
    w.write_all(&key.0.nanos.to_le_bytes())?;
    w.write_all(&key.1.to_le_bytes())?;
    let len = u32::try_from(data.len()).map_err(|_| io::Error::other("event too large"))?;
    w.write_all(&len.to_le_bytes())?;
    w.write_all(data)
}

/// The next entry of a run, into `buf`.
fn read_entry(r: &mut impl Read, buf: &mut Vec<u8>) -> io::Result<Option<Key>> {
    let mut head = [0u8; 24];
    match r.read_exact(&mut head) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let (a, rest) = head.split_at(8);
    let (b, rest) = rest.split_at(4);
    let (c, d) = rest.split_at(8);
    let secs = i64::from_le_bytes(a.try_into().map_err(io::Error::other)?);
    let nanos = u32::from_le_bytes(b.try_into().map_err(io::Error::other)?);
    let seq = u64::from_le_bytes(c.try_into().map_err(io::Error::other)?);
    let len = u32::from_le_bytes(d.try_into().map_err(io::Error::other)?) as usize;
    buf.clear();
    buf.resize(len, 0);
    r.read_exact(buf)?;
    Ok(Some((Instant { secs, nanos }, seq)))
}

/// Merge sorted runs.
fn merge(runs: &[PathBuf], out: &mut dyn FnMut(Key, &[u8]) -> Result<()>) -> Result<()> {
    let mut readers = Vec::with_capacity(runs.len());
    let mut heads: Vec<Vec<u8>> = Vec::with_capacity(runs.len());
    let mut heap = BinaryHeap::new();
    for (i, p) in runs.iter().enumerate() {
        let mut r = BufReader::with_capacity(256 << 10, File::open(p)?);
        let mut buf = Vec::new();
        if let Some(k) = read_entry(&mut r, &mut buf)? {
            heap.push(std::cmp::Reverse((k, i)));
        }
        readers.push(r);
        heads.push(buf);
    }
    while let Some(std::cmp::Reverse((key, i))) = heap.pop() {
        let (Some(buf), Some(r)) = (heads.get_mut(i), readers.get_mut(i)) else {
            bail!("internal: run {i} out of range");
        };
        out(key, buf)?;
        if let Some(k) = read_entry(r, buf)? {
            heap.push(std::cmp::Reverse((k, i)));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Events

/// Record fields renamed `record_<name>`: the event's own, Timesketch's
/// `tag` (parsed as a list) and OpenSearch's internal names.
fn reserved(name: &str) -> bool {
    EVENT_FIELDS.contains(&name)
        || name == "tag"
        || name == OTHER_FIELDS
        || name.starts_with('_')
        || name.starts_with("__ts")
}

/// Builds events from records.
struct Builder<'a> {
    opts: &'a Options,
    tarball_name: String,
    sorter: Sorter,
    seq: u64,
    sources: BTreeMap<(String, String), Counts>,
    unreadable: BTreeMap<String, u64>,
    /// Record field names, and how many events have each.
    keys: HashMap<String, u64>,
    /// The member being read (a stream, or one part of a split one).
    member: String,
    error: Option<anyhow::Error>,
}

/// A JSON string, as JSON.
fn js(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

impl Builder<'_> {
    fn add(&mut self, stream: &str, line: u64, rec: Map<String, Value>) -> Result<()> {
        let spec = streams::spec(stream);
        let source = rec
            .get("source")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let times = streams::events(spec, &rec);
        let counts = self
            .sources
            .entry((stream.to_string(), source))
            .or_default();
        counts.records += 1;
        counts.out_of_range += u64::from(times.out_of_range);
        if times.events.is_empty() {
            counts.untimed += 1;
            return Ok(());
        }
        let (since, until) = (self.opts.since, self.opts.until);
        let kept: Vec<&streams::Event> = times
            .events
            .iter()
            .filter(|e| since.is_none_or(|s| e.time >= s) && until.is_none_or(|u| e.time <= u))
            .collect();
        counts.filtered += (times.events.len() - kept.len()) as u64;
        counts.events += kept.len() as u64;
        if kept.is_empty() {
            return Ok(());
        }
        let message = streams::message(stream, spec, &rec);
        // The record's fields, once, as the tail of every event's object.
        let mut tail = String::new();
        let mut names: Vec<String> = Vec::with_capacity(rec.len());
        for (k, v) in &rec {
            let Some(text) = streams::value_text(v) else {
                continue;
            };
            let mut name = k.clone();
            while reserved(&name) || (name != *k && rec.contains_key(&name)) {
                name = format!("record_{name}");
            }
            tail.push(',');
            tail.push_str(&js(&name));
            tail.push(':');
            tail.push_str(&js(&text));
            names.push(name);
        }
        for name in names {
            if self.keys.len() < 100_000 || self.keys.contains_key(&name) {
                *self.keys.entry(name).or_default() += kept.len() as u64;
            }
        }
        let parsed = format!("{}:{line}", self.member);
        let data_type = format!("mactriage:{stream}");
        let mut buf = String::new();
        for e in kept {
            buf.clear();
            buf.push_str("{\"message\":");
            buf.push_str(&js(&message));
            buf.push_str(",\"datetime\":");
            buf.push_str(&js(&e.time.iso()));
            buf.push_str(",\"timestamp\":");
            buf.push_str(&e.time.micros().to_string());
            buf.push_str(",\"timestamp_desc\":");
            buf.push_str(&js(&e.desc));
            buf.push_str(",\"data_type\":");
            buf.push_str(&js(&data_type));
            buf.push_str(",\"time_field\":");
            buf.push_str(&js(&e.field));
            buf.push_str(",\"parsed\":");
            buf.push_str(&js(&parsed));
            buf.push_str(",\"tarball\":");
            buf.push_str(&js(&self.tarball_name));
            buf.push_str(&tail);
            buf.push('}');
            self.seq += 1;
            self.sorter.push((e.time, self.seq), buf.as_bytes())?;
        }
        Ok(())
    }
}

impl Visitor for Builder<'_> {
    fn member(&mut self, member: &str) {
        self.member = member.to_string();
    }
    fn record(&mut self, stream: &str, line: u64, rec: Map<String, Value>) -> bool {
        match self.add(stream, line, rec) {
            Ok(()) => true,
            Err(e) => {
                self.error = Some(e);
                false
            }
        }
    }
    fn unreadable(&mut self, stream: &str, _line: u64, _why: &str) {
        *self.unreadable.entry(stream.to_string()).or_default() += 1;
    }
}

/// The record fields that get columns: the most common first, at most
/// `FIELDS_MAX` fields in all; the others are folded into `other_fields`.
fn columns(keys: &HashMap<String, u64>) -> (Vec<String>, bool) {
    let room = FIELDS_MAX - EVENT_FIELDS.len() - 1;
    let mut by_count: Vec<(&String, &u64)> = keys.iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    let folded = by_count.len() > room;
    let mut cols: Vec<String> = by_count
        .into_iter()
        .take(room)
        .map(|(k, _)| k.clone())
        .collect();
    // The common fields first, then by name.
    const FIRST: &[&str] = &["collector", "source", "user"];
    cols.sort_by(|a, b| {
        let pa = FIRST.iter().position(|f| f == a).unwrap_or(FIRST.len());
        let pb = FIRST.iter().position(|f| f == b).unwrap_or(FIRST.len());
        pa.cmp(&pb).then_with(|| a.cmp(b))
    });
    (cols, folded)
}

/// One CSV cell (RFC 4180: quoted when it holds a comma, a quote or a line
/// break).
fn csv_cell(out: &mut Vec<u8>, s: &str) {
    if s.contains([',', '"', '\n', '\r']) {
        out.push(b'"');
        out.extend_from_slice(s.replace('"', "\"\"").as_bytes());
        out.push(b'"');
    } else {
        out.extend_from_slice(s.as_bytes());
    }
}

/// Writes sorted events in the chosen format.
struct Output<'a> {
    w: &'a mut dyn Write,
    format: Format,
    columns: Vec<String>,
    folded: bool,
    line: Vec<u8>,
}

impl Output<'_> {
    fn header(&mut self) -> io::Result<()> {
        if self.format != Format::Csv {
            return Ok(());
        }
        self.line.clear();
        let mut first = true;
        let names = EVENT_FIELDS
            .iter()
            .copied()
            .chain(self.columns.iter().map(String::as_str))
            .chain(self.folded.then_some(OTHER_FIELDS));
        for name in names {
            if !first {
                self.line.push(b',');
            }
            first = false;
            csv_cell(&mut self.line, name);
        }
        self.line.push(b'\n');
        self.w.write_all(&self.line)
    }

    fn event(&mut self, data: &[u8]) -> Result<()> {
        if self.format == Format::Jsonl && !self.folded {
            self.w.write_all(data)?;
            self.w.write_all(b"\n")?;
            return Ok(());
        }
        let Value::Object(mut ev) = serde_json::from_slice::<Value>(data)? else {
            bail!("internal: an event is not an object");
        };
        if self.folded {
            let mut other = Map::new();
            let keep = |k: &str| EVENT_FIELDS.contains(&k) || self.columns.iter().any(|c| c == k);
            let extra: Vec<String> = ev.keys().filter(|k| !keep(k)).cloned().collect();
            for k in extra {
                if let Some(v) = ev.remove(&k) {
                    other.insert(k, v);
                }
            }
            if !other.is_empty() {
                ev.insert(
                    OTHER_FIELDS.to_string(),
                    Value::String(Value::Object(other).to_string()),
                );
            }
        }
        match self.format {
            Format::Jsonl => {
                serde_json::to_writer(&mut *self.w, &ev)?;
                self.w.write_all(b"\n")?;
            }
            Format::Csv => {
                self.line.clear();
                let names = EVENT_FIELDS
                    .iter()
                    .copied()
                    .chain(self.columns.iter().map(String::as_str))
                    .chain(self.folded.then_some(OTHER_FIELDS));
                let mut first = true;
                for name in names {
                    if !first {
                        self.line.push(b',');
                    }
                    first = false;
                    if let Some(t) = ev.get(name).and_then(streams::value_text) {
                        csv_cell(&mut self.line, &t);
                    }
                }
                self.line.push(b'\n');
                self.w.write_all(&self.line)?;
            }
        }
        Ok(())
    }
}

/// Write the timeline. Returns what was done; the caller prints the
/// summary.
pub fn run(opts: &Options) -> Result<Summary> {
    let tarball_name = opts
        .tarball
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp_parent = opts
        .output
        .as_ref()
        .and_then(|o| o.parent())
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(std::env::temp_dir);
    // Create the output first: a name that is taken is refused before any
    // work is done.
    let mut file = match &opts.output {
        Some(p) => Some(
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(p)
                .map_err(|e| {
                    if e.kind() == io::ErrorKind::AlreadyExists {
                        anyhow!(
                            "--output {}: the file exists; remove it or name another",
                            p.display()
                        )
                    } else {
                        anyhow!("--output {}: {e}", p.display())
                    }
                })?,
        ),
        None => None,
    };
    let result = write(opts, tarball_name, tmp_parent, file.as_mut());
    if result.is_err() {
        if let Some(p) = &opts.output {
            drop(file);
            let _ = std::fs::remove_file(p);
        }
    }
    result
}

fn write(
    opts: &Options,
    tarball_name: String,
    tmp_parent: PathBuf,
    file: Option<&mut File>,
) -> Result<Summary> {
    let mut b = Builder {
        opts,
        tarball_name,
        sorter: Sorter::new(opts.sort_buffer, tmp_parent),
        seq: 0,
        sources: BTreeMap::new(),
        unreadable: BTreeMap::new(),
        keys: HashMap::new(),
        member: String::new(),
        error: None,
    };
    let contents = evidence::read_tarball(&opts.tarball, &mut b)?;
    if let Some(e) = b.error.take() {
        return Err(e);
    }
    let mut summary = Summary {
        damage: contents.damage,
        ..Summary::default()
    };
    if contents.streams.is_empty() && contents.manifest.is_none() {
        bail!(
            "{}: no parsed records and no manifest: not a mactriage tarball?{}",
            opts.tarball.display(),
            summary
                .damage
                .first()
                .map(|d| format!(" ({d})"))
                .unwrap_or_default()
        );
    }
    for (stream, n) in &b.unreadable {
        summary
            .sources
            .entry((stream.clone(), String::new()))
            .or_default()
            .unreadable += n;
    }
    for (k, c) in std::mem::take(&mut b.sources) {
        summary.sources.entry(k).or_default().add(&c);
    }
    let (columns, folded) = columns(&b.keys);
    summary.fields_folded = if folded {
        b.keys.len() - columns.len()
    } else {
        0
    };
    let stdout = io::stdout();
    let mut lock;
    let mut fw;
    let w: &mut dyn Write = match file {
        Some(f) => {
            fw = BufWriter::with_capacity(1 << 20, f);
            &mut fw
        }
        None => {
            lock = BufWriter::with_capacity(1 << 20, stdout.lock());
            &mut lock
        }
    };
    let mut out = Output {
        w,
        format: opts.format,
        columns,
        folded,
        line: Vec::new(),
    };
    out.header()?;
    let mut events = 0u64;
    summary.runs = b.sorter.drain(&mut |data| {
        events += 1;
        out.event(data)
    })?;
    out.w.flush().context("cannot write the timeline")?;
    summary.events = events;
    Ok(summary)
}

/// The summary on standard error: per stream, then its sources (the ten
/// with the most records).
pub fn print_summary(opts: &Options, s: &Summary) {
    let t = s.total();
    let mut err = io::stderr().lock();
    let _ = writeln!(
        err,
        "mactriage timeline: {} events from {} records of {}",
        s.events,
        t.records,
        opts.tarball.display()
    );
    type PerStream<'a> = (Counts, Vec<(&'a str, &'a Counts)>);
    let mut streams: BTreeMap<&str, PerStream> = BTreeMap::new();
    for ((stream, source), c) in &s.sources {
        let e = streams.entry(stream).or_default();
        e.0.add(c);
        e.1.push((source, c));
    }
    let _ = writeln!(
        err,
        "  {:>9} {:>9} {:>8} {:>8} {:>6}  stream / source",
        "records", "events", "no time", "filtered", "bad"
    );
    for (stream, (c, mut sources)) in streams {
        let _ = writeln!(
            err,
            "  {:>9} {:>9} {:>8} {:>8} {:>6}  {stream}",
            c.records, c.events, c.untimed, c.filtered, c.unreadable
        );
        sources.sort_by(|a, b| b.1.records.cmp(&a.1.records).then(a.0.cmp(b.0)));
        let shown = 10;
        for (source, c) in sources.iter().take(shown) {
            if source.is_empty() && c.records == 0 {
                continue;
            }
            let _ = writeln!(
                err,
                "  {:>9} {:>9} {:>8} {:>8} {:>6}    {}",
                c.records,
                c.events,
                c.untimed,
                c.filtered,
                c.unreadable,
                mactriage_collectors::kit::text::printable_str(source),
            );
        }
        if sources.len() > shown {
            let _ = writeln!(
                err,
                "  {:>45}    ... and {} more sources",
                "",
                sources.len() - shown
            );
        }
    }
    if t.untimed > 0 {
        let _ = writeln!(
            err,
            "  {} records have no time and are not in the timeline (column \"no time\")",
            t.untimed
        );
    }
    if t.out_of_range > 0 {
        let _ = writeln!(
            err,
            "  {} times before 1700 or after 9999 were left out (Timesketch drops them)",
            t.out_of_range
        );
    }
    if t.unreadable > 0 {
        let _ = writeln!(
            err,
            "  {} lines were not records (column \"bad\")",
            t.unreadable
        );
    }
    if s.fields_folded > 0 {
        let _ = writeln!(
            err,
            "  {} rare fields were folded into \"{OTHER_FIELDS}\" (at most {FIELDS_MAX} fields)",
            s.fields_folded
        );
    }
    for d in &s.damage {
        let _ = writeln!(err, "  warning: {d}");
    }
    let _ = writeln!(
        err,
        "  sorted {}; written to {} ({})",
        if s.runs > 0 {
            format!("through {} temporary runs", s.runs)
        } else {
            "in memory".to_string()
        },
        opts.output
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "standard output".to_string()),
        match opts.format {
            Format::Jsonl => "JSONL",
            Format::Csv => "CSV",
        }
    );
}

/// Parse `--since`/`--until`: RFC 3339, or a UTC date and time without an
/// offset (`2024-05-01T10:00`, `2024-05-01 10:00:30`), or a date alone,
/// which means the start of that day for `--since` and its end for
/// `--until`.
pub fn parse_bound(s: &str, end_of_day: bool) -> Result<Instant> {
    use chrono::{NaiveDate, NaiveDateTime};
    let s = s.trim();
    if let Some(t) = streams::parse_time(s) {
        return Ok(t);
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, f) {
            return Ok(Instant::of(&t.and_utc()));
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        let t = if end_of_day {
            d.and_hms_nano_opt(23, 59, 59, 999_999_999)
        } else {
            d.and_hms_opt(0, 0, 0)
        };
        if let Some(t) = t {
            return Ok(Instant::of(&t.and_utc()));
        }
    }
    bail!("invalid time {s:?}: expected e.g. 2024-05-01, 2024-05-01T10:00:00 (UTC) or 2024-05-01T12:00:00+02:00")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds() {
        assert_eq!(
            parse_bound("2024-05-01", false).unwrap().iso(),
            "2024-05-01T00:00:00Z"
        );
        assert_eq!(
            parse_bound("2024-05-01", true).unwrap().iso(),
            "2024-05-01T23:59:59.999999999Z"
        );
        assert_eq!(
            parse_bound("2024-05-01T12:00:00+02:00", false)
                .unwrap()
                .iso(),
            "2024-05-01T10:00:00Z"
        );
        assert_eq!(
            parse_bound("2024-05-01 10:30", false).unwrap().iso(),
            "2024-05-01T10:30:00Z"
        );
        assert!(parse_bound("yesterday", false).is_err());
    }

    #[test]
    fn csv_cells_are_quoted_when_needed() {
        let mut out = Vec::new();
        csv_cell(&mut out, "plain");
        out.push(b',');
        csv_cell(&mut out, "a,\"b\"\nc");
        assert_eq!(out, b"plain,\"a,\"\"b\"\"\nc\"");
    }

    #[test]
    fn the_sorter_merges_runs_in_order_and_keeps_ties_in_input_order() {
        let dir = tempfile::tempdir().unwrap();
        // A tiny buffer: every few events make a run.
        let mut s = Sorter::new(200, dir.path().to_path_buf());
        let mut want = Vec::new();
        let mut seq = 0u64;
        for i in 0..500u64 {
            let t = Instant {
                secs: ((i * 7919) % 97) as i64 - 40,
                nanos: (i % 3) as u32,
            };
            seq += 1;
            let data = format!("{i}");
            s.push((t, seq), data.as_bytes()).unwrap();
            want.push(((t, seq), data));
        }
        want.sort();
        let mut got = Vec::new();
        let runs = s
            .drain(&mut |d| {
                got.push(String::from_utf8(d.to_vec()).unwrap());
                Ok(())
            })
            .unwrap();
        assert!(runs > FAN_IN, "{runs} runs: the merge must take two levels");
        let want: Vec<String> = want.into_iter().map(|(_, d)| d).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn rare_fields_are_folded_past_the_limit() {
        let mut keys = HashMap::new();
        for i in 0..FIELDS_MAX + 10 {
            keys.insert(format!("f{i:04}"), (FIELDS_MAX + 10 - i) as u64);
        }
        keys.insert("source".into(), 1);
        let (cols, folded) = columns(&keys);
        assert!(folded);
        assert_eq!(cols.len(), FIELDS_MAX - EVENT_FIELDS.len() - 1);
        assert_eq!(cols[0], "f0000");
        assert!(!cols.contains(&"source".to_string()));
    }
}
