//! The triage report: `report.html` in every tarball, and `mactriage
//! report TARBALL` to rebuild it.
//!
//! One self-contained HTML file (no network access, no external script,
//! style or font; it opens from a file in any browser and reads without
//! script) for the analyst who just fetched the tarball: the machine and the
//! collection from the manifest, findings that link to the records behind
//! them, external volume activity merged by volume name, and events per
//! day.
//!
//! Records are read once, streamed, through [`crate::streams`]: each
//! stream's [`Role`]s say which findings it feeds, so a new collector's
//! stream is one row there. Every list is bounded (the newest or most
//! suspicious rows are kept, the totals counted), so memory does not grow
//! with the tarball. The fields read are listed in `docs/report.md`; a
//! field that is missing, null or of another type is simply not used.
//!
//! During `collect`, each parsed stream is read on the report's own thread
//! as soon as its collector is done (see [`Tap`]), while the others run;
//! reading stops at a deadline after the collection (and at once after a
//! signal), and the report then says it is incomplete.

mod defences;
mod html;
pub mod volumes;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{anyhow, Context, Result};
use serde_json::{Map, Value};

use mactriage_collectors::kit::{ArchiveItem, ArchiveSink, Content, StagedFile};

use crate::evidence::{self, Raw, Visitor};
use crate::streams::{self, Instant, Role, Stream};
use html::{esc, Cell};

/// Downloads count as recent within this many days before the reference
/// time (see [`Report::reference`]).
const RECENT_DAYS: i64 = 14;
/// Rows kept per finding table.
const ROWS: usize = 300;
/// Volumes kept (the ones with the most traces), and traces per volume.
const VOLUMES: usize = 200;
const TRACES: usize = 100;
/// Longest record shown beside a finding, in characters.
const RECORD_TEXT: usize = 4000;

/// The record behind a row.
#[derive(Debug, Clone)]
struct Ref {
    /// `parsed/<stream>.jsonl`, or the part of a split stream.
    member: Arc<str>,
    line: u64,
    json: String,
}

#[derive(Debug, Clone)]
struct Row {
    time: Option<Instant>,
    /// Lower first.
    rank: u8,
    cells: Vec<Cell>,
    rec: Ref,
}

/// A bounded list of rows: the `cap` lowest ranks, newest first.
#[derive(Debug)]
struct Section {
    rows: Vec<Row>,
    total: u64,
    cap: usize,
    /// The last row kept by the latest prune, once full: a row that would
    /// sort after it is counted and not built.
    threshold: Option<(u8, Option<Instant>)>,
}

impl Section {
    fn new(cap: usize) -> Section {
        Section {
            rows: Vec::new(),
            total: 0,
            cap,
            threshold: None,
        }
    }
    /// True (and counted) when a row of this rank and time would be pruned.
    fn dropped(&mut self, rank: u8, time: Option<Instant>) -> bool {
        let out = match self.threshold {
            None => false,
            Some((r, t)) => rank > r || (rank == r && time <= t),
        };
        if out {
            self.total += 1;
        }
        out
    }
    fn add(&mut self, row: Row) {
        self.total += 1;
        self.rows.push(row);
        if self.rows.len() >= self.cap * 2 {
            self.prune();
        }
    }
    fn prune(&mut self) {
        self.rows
            .sort_by(|a, b| a.rank.cmp(&b.rank).then_with(|| b.time.cmp(&a.time)));
        self.rows.truncate(self.cap);
        if self.rows.len() == self.cap {
            self.threshold = self.rows.last().map(|r| (r.rank, r.time));
        }
    }
}

/// Everything known about one volume.
#[derive(Debug)]
struct Volume {
    tags: BTreeSet<&'static str>,
    first: Option<Instant>,
    last: Option<Instant>,
    per_stream: BTreeMap<String, u64>,
    files: BTreeSet<String>,
    users: BTreeSet<String>,
    traces: Section,
}

impl Volume {
    fn new() -> Volume {
        Volume {
            tags: BTreeSet::new(),
            first: None,
            last: None,
            per_stream: BTreeMap::new(),
            files: BTreeSet::new(),
            users: BTreeSet::new(),
            traces: Section::new(TRACES),
        }
    }
    /// Tags that make it external activity.
    fn external(&self) -> bool {
        self.tags.iter().any(|t| volume_tag_hot(t))
    }
}

/// A volume tag that says the volume is not the Mac's own disk.
fn volume_tag_hot(t: &str) -> bool {
    matches!(
        t,
        "removable" | "ejectable" | "external" | "network" | "disk image" | "Finder desktop icon"
    )
}

#[derive(Debug, Default, Clone)]
struct StreamStat {
    records: u64,
    /// Records with a `timestamp`.
    timed: u64,
    unreadable: u64,
}

/// The report being built: a [`Visitor`] of records.
pub struct Report {
    streams: BTreeMap<String, StreamStat>,
    /// The member being read (see [`Visitor::member`]) and its stream,
    /// worked out once per member, not per record.
    member: Arc<str>,
    member_stream: Option<String>,
    /// Streams read in numbered parts, and how many.
    parts: BTreeMap<String, u32>,
    /// Events and volume traces per day (days since 1970).
    days: BTreeMap<i64, (u64, u64)>,
    downloads: Section,
    persistence: Section,
    accounts: Section,
    tcc: Section,
    processes: Section,
    logins: Section,
    /// Software, defences and networks (see [`defences`]).
    defences: defences::Defences,
    connections: BTreeMap<i64, Vec<String>>,
    volumes: BTreeMap<String, Volume>,
    volumes_left_out: u64,
    records: u64,
    /// Lines met (records and not).
    seen: u64,
    /// The line being parsed, as read (shown beside its findings).
    last_raw: Vec<u8>,
    deadline: Option<std::time::Instant>,
    stop: Option<Box<dyn Fn() -> bool + Send>>,
    cut_short: bool,
    pub damage: Vec<String>,
}

impl Default for Report {
    fn default() -> Self {
        Report::new()
    }
}

/// A field as text (see [`streams::value_text`]), `""` when absent.
fn txt(rec: &Map<String, Value>, k: &str) -> String {
    streams::lookup(rec, k)
        .and_then(streams::value_text)
        .map(|c| c.into_owned())
        .unwrap_or_default()
}

fn first_txt(rec: &Map<String, Value>, keys: &[&str]) -> String {
    keys.iter()
        .map(|k| txt(rec, k))
        .find(|s| !s.is_empty())
        .unwrap_or_default()
}

fn time_of(rec: &Map<String, Value>, k: &str) -> Option<Instant> {
    streams::lookup(rec, k)
        .and_then(Value::as_str)
        .and_then(streams::parse_time)
        .filter(streams::in_range)
}

/// `2024-03-12 14:03:22` (UTC), sorted by the full value.
fn time_cell(t: Option<Instant>) -> Cell {
    match t.and_then(|t| t.datetime()) {
        Some(d) => Cell {
            html: esc(&d.format("%Y-%m-%d %H:%M:%S").to_string()),
            sort: t.map(|t| format!("{:020}.{:09}", t.secs + (1i64 << 40), t.nanos)),
            class: Some("t"),
        },
        None => Cell {
            html: "<span class=\"none\">no time</span>".into(),
            sort: Some(String::new()),
            class: Some("t"),
        },
    }
}

fn is_true(rec: &Map<String, Value>, k: &str) -> bool {
    rec.get(k).and_then(Value::as_bool) == Some(true)
}

/// An Apple client or program, by its identifier or path.
fn apple_client(c: &str) -> bool {
    c.starts_with("com.apple.")
        || [
            "/System/",
            "/usr/bin/",
            "/usr/sbin/",
            "/usr/libexec/",
            "/bin/",
            "/sbin/",
            "/Library/Apple/",
        ]
        .iter()
        .any(|p| c.starts_with(p))
}

/// Senders and processes whose messages are logins, `sudo` and `ssh` (also
/// in `wanted`).
const LOGIN_SENDERS: &[&str] = &[
    "sudo",
    "su",
    "sshd",
    "sshd-session",
    "login",
    "loginwindow",
    "screensharingd",
];
/// Commands that change user or reach another machine (also in `wanted`).
const LOGIN_COMMANDS: &[&str] = &["sudo", "su", "ssh", "scp", "sftp", "mosh"];

impl Report {
    pub fn new() -> Report {
        Report {
            streams: BTreeMap::new(),
            member: Arc::from(""),
            member_stream: None,
            parts: BTreeMap::new(),
            days: BTreeMap::new(),
            downloads: Section::new(ROWS),
            persistence: Section::new(ROWS),
            accounts: Section::new(ROWS),
            tcc: Section::new(ROWS),
            processes: Section::new(ROWS),
            logins: Section::new(ROWS),
            defences: defences::Defences::new(),
            connections: BTreeMap::new(),
            volumes: BTreeMap::new(),
            volumes_left_out: 0,
            records: 0,
            seen: 0,
            last_raw: Vec::new(),
            deadline: None,
            stop: None,
            cut_short: false,
            damage: Vec::new(),
        }
    }

    /// Stop reading records at `deadline`, or when `stop` says so.
    pub fn with_limits(
        mut self,
        deadline: Option<std::time::Instant>,
        stop: Option<Box<dyn Fn() -> bool + Send>>,
    ) -> Report {
        self.deadline = deadline;
        self.stop = stop;
        self
    }

    /// Count a record of a stream (allocating the stream's name only the
    /// first time).
    fn count(&mut self, stream: &str, timed: bool) {
        match self.streams.get_mut(stream) {
            Some(s) => {
                s.records += 1;
                s.timed += u64::from(timed);
            }
            None => {
                self.streams.insert(
                    stream.to_string(),
                    StreamStat {
                        records: 1,
                        timed: u64::from(timed),
                        unreadable: 0,
                    },
                );
            }
        }
    }

    /// Records read so far.
    pub fn records(&self) -> u64 {
        self.records
    }

    /// Whether reading stopped before the end.
    pub fn cut_short(&self) -> bool {
        self.cut_short
    }

    /// The record behind a row: its line as read (shown indented, see
    /// `record_cell`, for the rows kept).
    fn reference(member: &Arc<str>, line: u64, raw: &[u8]) -> Ref {
        Ref {
            member: member.clone(),
            line,
            json: String::from_utf8_lossy(raw).into_owned(),
        }
    }

    /// The member being read, for `stream`'s records: the one the reader
    /// named (a part of a split stream), else `parsed/<stream>.jsonl`.
    fn member_of(&self, stream: &str) -> Arc<str> {
        if self.member_stream.as_deref() == Some(stream) {
            self.member.clone()
        } else {
            Arc::from(format!("parsed/{stream}.jsonl"))
        }
    }

    fn add(&mut self, stream: &str, line: u64, rec: &Map<String, Value>) {
        self.records += 1;
        let spec = streams::spec(stream);
        let t = time_of(rec, "timestamp");
        self.count(stream, t.is_some());
        if let Some(t) = t {
            self.days.entry(t.day()).or_default().0 += 1;
        }
        let roles: &[Role] = spec.map(|s| s.roles).unwrap_or(&[]);
        let raw = std::mem::take(&mut self.last_raw);
        let member = self.member_of(stream);
        let r = || Report::reference(&member, line, &raw);
        for role in roles {
            match role {
                Role::Download => self.download(stream, rec, &r),
                Role::Persistence => self.persistence(rec, &r),
                Role::Account => self.account(rec, &r),
                Role::Tcc => self.tcc(rec, &r),
                Role::Process => self.process(rec, &r),
                Role::Login => self.login(stream, rec, &r),
                Role::Volume => {}
                Role::Software
                | Role::XProtectDetection
                | Role::GatekeeperRefusal
                | Role::GatekeeperRule
                | Role::GatekeeperScan
                | Role::WifiNetwork
                | Role::HostsEntry
                | Role::NetworkService => self.defence(*role, rec, &r),
            }
        }
        if spec.is_none() {
            // Streams without a row: logins by process name, connections.
            let who = first_txt(rec, &["process", "process_name", "sender", "program"]);
            let who = who.rsplit('/').next().unwrap_or("");
            if LOGIN_SENDERS.contains(&who) {
                self.login(stream, rec, &r);
            }
        }
        self.connection(rec);
        self.volume_traces(stream, line, spec, rec, &raw);
    }

    fn download(&mut self, stream: &str, rec: &Map<String, Value>, r: &dyn Fn() -> Ref) {
        let time = time_of(rec, "timestamp");
        if self.downloads.dropped(0, time) {
            return;
        }
        let (app, what, from, saved, kind) = if stream == "quarantine_events" {
            (
                first_txt(rec, &["agent_name", "agent_bundle_id"]),
                first_txt(rec, &["data_url", "sender_address", "sender_name"]),
                first_txt(rec, &["origin_url", "origin_title"]),
                String::new(),
                first_txt(rec, &["type", "type_number"]),
            )
        } else {
            (
                first_txt(rec, &["browser", "app"]),
                first_txt(rec, &["url"]),
                first_txt(rec, &["referrer", "tab_url", "site_url"]),
                first_txt(rec, &["target_path", "current_path"]),
                [txt(rec, "state"), txt(rec, "danger_type")]
                    .into_iter()
                    .filter(|s| !s.is_empty() && s != "NOT_DANGEROUS")
                    .collect::<Vec<_>>()
                    .join(", "),
            )
        };
        self.downloads.add(Row {
            time,
            rank: 0,
            cells: vec![
                time_cell(time),
                app.into(),
                Cell::text(&what).class("mono"),
                Cell::text(&from).class("mono"),
                Cell::text(&saved).class("mono"),
                kind.into(),
                txt(rec, "user").into(),
            ],
            rec: r(),
        });
    }

    fn persistence(&mut self, rec: &Map<String, Value>, r: &dyn Fn() -> Ref) {
        if is_true(rec, "apple") {
            return;
        }
        let sig = txt(rec, "program_signature_status");
        let notes = rec
            .get("notes")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        let rank = if matches!(sig.as_str(), "unsigned" | "adhoc" | "invalid") {
            0
        } else if !notes.is_empty() {
            1
        } else {
            2
        };
        let time = time_of(rec, "timestamp");
        if self.persistence.dropped(rank, time) {
            return;
        }
        let sig_cell = if rank == 0 {
            Cell::text(&sig).class("flag")
        } else {
            Cell::text([sig, txt(rec, "program_signer")].join(" ").trim())
        };
        self.persistence.add(Row {
            time,
            rank,
            cells: vec![
                time_cell(time),
                [txt(rec, "category"), txt(rec, "kind")]
                    .join(" ")
                    .trim()
                    .to_string()
                    .into(),
                first_txt(rec, &["label", "name", "identifier", "command"]).into(),
                Cell::text(&first_txt(rec, &["program_path", "program"])).class("mono"),
                sig_cell,
                notes.into(),
                txt(rec, "user").into(),
            ],
            rec: r(),
        });
    }

    fn account(&mut self, rec: &Map<String, Value>, r: &dyn Fn() -> Ref) {
        let kind = txt(rec, "kind");
        let (rank, time, what, notes) = match kind.as_str() {
            "user" => {
                if is_true(rec, "system_account") {
                    return;
                }
                let admin = is_true(rec, "admin");
                let mut notes = Vec::new();
                if admin {
                    notes.push("administrator".to_string());
                }
                if is_true(rec, "hidden") {
                    notes.push(format!("hidden ({})", txt(rec, "hidden_reasons")));
                }
                if is_true(rec, "auto_login") {
                    notes.push("logs in automatically".into());
                }
                let pw = txt(rec, "password_last_set");
                if !pw.is_empty() {
                    notes.push(format!("password set {pw}"));
                }
                (
                    if admin { 0 } else { 1 },
                    time_of(rec, "timestamp"),
                    "user",
                    notes.join("; "),
                )
            }
            "deleted_user" => (
                0,
                time_of(rec, "timestamp"),
                "deleted user",
                format!("home still there: {}", txt(rec, "home_exists")),
            ),
            "home_without_account" => (
                0,
                time_of(rec, "modified"),
                "home without an account",
                txt(rec, "home"),
            ),
            "login_window" => {
                let mut notes = Vec::new();
                let auto = txt(rec, "auto_login_user");
                if !auto.is_empty() {
                    notes.push(format!("auto-login user {auto}"));
                }
                if is_true(rec, "kcpassword_present") {
                    notes.push("auto-login password on disk (/etc/kcpassword)".into());
                }
                if is_true(rec, "guest_enabled") {
                    notes.push("guest account enabled".into());
                }
                if notes.is_empty() {
                    return;
                }
                (0, None, "login window", notes.join("; "))
            }
            _ => return,
        };
        if self.accounts.dropped(rank, time) {
            return;
        }
        self.accounts.add(Row {
            time,
            rank,
            cells: vec![
                time_cell(time),
                what.into(),
                first_txt(rec, &["name", "user", "last_user"]).into(),
                txt(rec, "uid").into(),
                if is_true(rec, "admin") {
                    Cell::text("yes").class("flag")
                } else {
                    Cell::text("")
                },
                notes.into(),
            ],
            rec: r(),
        });
    }

    fn tcc(&mut self, rec: &Map<String, Value>, r: &dyn Fn() -> Ref) {
        let client = txt(rec, "client");
        let decision = txt(rec, "decision");
        if apple_client(&client) || !matches!(decision.as_str(), "allowed" | "limited") {
            return;
        }
        let time = time_of(rec, "timestamp");
        if self.tcc.dropped(0, time) {
            return;
        }
        self.tcc.add(Row {
            time,
            rank: 0,
            cells: vec![
                time_cell(time),
                Cell::text(&client).class("mono"),
                first_txt(rec, &["service_name", "service"]).into(),
                decision.into(),
                first_txt(rec, &["auth_reason_name", "authorization"]).into(),
                first_txt(rec, &["user", "database"]).into(),
            ],
            rec: r(),
        });
    }

    fn process(&mut self, rec: &Map<String, Value>, r: &dyn Fn() -> Ref) {
        let exe = txt(rec, "exe");
        let mut why = Vec::new();
        if is_true(rec, "exe_deleted") {
            why.push("executable deleted".to_string());
        }
        for k in [
            "exe_signature_status",
            "signature_status",
            "code_signature_status",
        ] {
            let s = txt(rec, k);
            if matches!(s.as_str(), "unsigned" | "adhoc" | "invalid") {
                why.push(format!("executable {s}"));
            }
        }
        let odd = [
            "/tmp/",
            "/private/tmp/",
            "/var/tmp/",
            "/private/var/tmp/",
            "/Users/Shared/",
        ];
        if odd.iter().any(|p| exe.starts_with(p)) {
            why.push("runs from a shared or temporary folder".into());
        }
        if exe.split('/').any(|c| c.starts_with('.') && c.len() > 1) {
            why.push("hidden path".into());
        }
        if why.is_empty() {
            return;
        }
        let time = time_of(rec, "timestamp");
        if self.processes.dropped(0, time) {
            return;
        }
        let pid = rec.get("pid").and_then(Value::as_i64);
        self.processes.add(Row {
            time,
            rank: 0,
            cells: vec![
                time_cell(time),
                Cell::num(pid.and_then(|p| u64::try_from(p).ok()).unwrap_or(0)),
                txt(rec, "name").into(),
                txt(rec, "user").into(),
                Cell::text(&exe).class("mono"),
                Cell::text(&why.join("; ")).class("flag"),
                Cell::text(&message_of(rec, "cmdline")).class("mono"),
                // Connections: filled in when written.
                Cell::raw(format!("pid:{}", pid.unwrap_or(-1))),
            ],
            rec: r(),
        });
    }

    fn login(&mut self, stream: &str, rec: &Map<String, Value>, r: &dyn Fn() -> Ref) {
        let time = time_of(rec, "timestamp");
        let (what, detail) = match stream {
            "login_history" => {
                let event = txt(rec, "event");
                if matches!(event.as_str(), "empty" | "init" | "login_prompt" | "other") {
                    return;
                }
                let host = txt(rec, "host");
                let mut d = txt(rec, "terminal");
                if !host.is_empty() {
                    d = format!("{d} from {host}");
                }
                (event, d)
            }
            "shell_history" => {
                let cmd = txt(rec, "command");
                let words = volumes::shell_words(&cmd);
                let Some(first) = words.first() else { return };
                if !LOGIN_COMMANDS.contains(&first.as_str()) {
                    return;
                }
                (format!("{} command", txt(rec, "shell")), cmd)
            }
            "asl" => {
                let sender = txt(rec, "sender");
                if !LOGIN_SENDERS.contains(&sender.as_str()) {
                    return;
                }
                (sender, txt(rec, "message"))
            }
            "unified_logs" => {
                if txt(rec, "topic") != "auth" {
                    return;
                }
                let process = txt(rec, "process");
                let name = process.rsplit('/').next().unwrap_or("").to_string();
                (name, txt(rec, "message"))
            }
            _ => (
                first_txt(rec, &["process", "process_name", "sender", "program"]),
                first_txt(rec, &["message", "event", "command"]),
            ),
        };
        if self.logins.dropped(0, time) {
            return;
        }
        self.logins.add(Row {
            time,
            rank: 0,
            cells: vec![
                time_cell(time),
                what.into(),
                txt(rec, "user").into(),
                Cell::text(&detail).class("mono"),
                stream.to_string().into(),
            ],
            rec: r(),
        });
    }

    /// A network connection of a process, from any stream whose records
    /// have a `pid` and a `remote…` field.
    fn connection(&mut self, rec: &Map<String, Value>) {
        let Some(pid) = rec.get("pid").and_then(Value::as_i64) else {
            return;
        };
        let remote: Vec<(&String, String)> = rec
            .iter()
            .filter(|(k, _)| k.contains("remote") && !k.ends_with("_b64"))
            .filter_map(|(k, v)| streams::value_text(v).map(|t| (k, t.into_owned())))
            .filter(|(_, t)| !t.is_empty())
            .collect();
        if remote.is_empty() {
            return;
        }
        if self.connections.len() >= 5000 && !self.connections.contains_key(&pid) {
            return;
        }
        let local = first_txt(rec, &["local_address", "local", "laddr", "local_addr"]);
        let lport = first_txt(rec, &["local_port", "lport"]);
        let proto = first_txt(rec, &["protocol", "proto", "family"]);
        let state = first_txt(rec, &["state", "status"]);
        let remote = remote
            .into_iter()
            .map(|(_, t)| t)
            .collect::<Vec<_>>()
            .join(":");
        let text = format!("{proto} {local}:{lport} → {remote} {state}")
            .trim()
            .to_string();
        let list = self.connections.entry(pid).or_default();
        if list.len() < 20 {
            list.push(text);
        }
    }

    fn volume_traces(
        &mut self,
        stream: &str,
        line: u64,
        spec: Option<&Stream>,
        rec: &Map<String, Value>,
        raw: &[u8],
    ) {
        // name -> (what, tags, files)
        let mut found: BTreeMap<String, (String, Vec<&'static str>, Vec<String>)> = BTreeMap::new();
        let structured = match stream {
            "recent_items" => volumes::recent_item(rec),
            "fsevents" => volumes::fsevent(rec).into_iter().collect(),
            _ => Vec::new(),
        };
        for s in structured {
            let e = found.entry(s.name).or_default();
            e.0 = s.what;
            e.1.extend(s.tags);
        }
        let label = spec.map(|s| s.label).unwrap_or(stream);
        for (k, v) in rec {
            if k.ends_with("_b64") {
                continue;
            }
            let texts: Vec<&str> = match v {
                Value::String(s) => vec![s.as_str()],
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                _ => continue,
            };
            for t in texts {
                if !t.contains("/Volumes/") {
                    continue;
                }
                for (name, rest) in volumes::mentions(t) {
                    let e = found.entry(name.clone()).or_default();
                    if e.0.is_empty() {
                        e.0 = match stream {
                            "shell_history" => format!("{} command", txt(rec, "shell")),
                            _ => format!("{label} ({k})"),
                        };
                    }
                    if !rest.is_empty() && !rest.starts_with(".fseventsd") {
                        e.2.push(rest);
                    }
                    e.2.extend(volumes::copied_files(t, &name));
                }
            }
        }
        if found.is_empty() {
            return;
        }
        // The record's time; else its latest other time, named.
        let own = time_of(rec, "timestamp");
        let (time, time_desc) = match own {
            Some(t) => (Some(t), None),
            None => streams::events(spec, rec)
                .events
                .into_iter()
                .max_by_key(|e| e.time)
                .map_or((None, None), |e| (Some(e.time), Some(e.desc.into_owned()))),
        };
        let detail = streams::message(stream, spec, rec);
        let user = txt(rec, "user");
        let member = self.member_of(stream);
        for (name, (what, tags, files)) in found {
            if !self.volumes.contains_key(&name) && self.volumes.len() >= VOLUMES {
                self.volumes_left_out += 1;
                continue;
            }
            let v = self.volumes.entry(name).or_insert_with(Volume::new);
            v.tags.extend(tags);
            if let Some(t) = own {
                v.first = Some(v.first.map_or(t, |f| f.min(t)));
                v.last = Some(v.last.map_or(t, |l| l.max(t)));
                self.days.entry(t.day()).or_default().1 += 1;
            }
            *v.per_stream.entry(stream.to_string()).or_default() += 1;
            for f in files {
                if v.files.len() < 100 {
                    v.files.insert(f);
                }
            }
            if !user.is_empty() && v.users.len() < 50 {
                v.users.insert(user.clone());
            }
            // Commands first when pruning: they say what was done.
            let rank = if stream == "shell_history" { 0 } else { 1 };
            if v.traces.dropped(rank, time) {
                continue;
            }
            let mut when = time_cell(time);
            if let Some(d) = &time_desc {
                when.html
                    .push_str(&format!("<br><span class=\"sub\">{}</span>", esc(d)));
            }
            v.traces.add(Row {
                time,
                rank,
                cells: vec![
                    when,
                    what.into(),
                    Cell::text(&detail).class("mono"),
                    user.clone().into(),
                ],
                rec: Report::reference(&member, line, raw),
            });
        }
    }

    /// Read the staged stream files of a run.
    pub fn read_files(&mut self, files: &[(String, PathBuf)]) {
        for (stream, path) in files {
            let f = match std::fs::File::open(path) {
                Ok(f) => f,
                Err(e) => {
                    self.damage
                        .push(format!("cannot read parsed/{stream}.jsonl: {e}"));
                    continue;
                }
            };
            match evidence::read_jsonl(stream, BufReader::with_capacity(1 << 20, f), self) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => self
                    .damage
                    .push(format!("cannot read parsed/{stream}.jsonl: {e}")),
            }
        }
    }
}

/// Whether a record (that names no volume) can feed a finding: every
/// record of a stream without a row (read generically) or with a role, but
/// of the big log-like streams only the lines that can be logins: ASL
/// messages from the senders of [`LOGIN_SENDERS`], shell commands starting
/// with [`LOGIN_COMMANDS`] (checked again once parsed), and none of the
/// FSEvents records, which only feed the volumes.
fn wanted(stream: &str, spec: Option<&Stream>, bytes: &[u8]) -> bool {
    let f = finders();
    match stream {
        "asl" => raw_string(bytes, &f.sender)
            .is_some_and(|s| LOGIN_SENDERS.iter().any(|l| l.as_bytes() == s)),
        "shell_history" => raw_string(bytes, &f.command).is_some_and(|c| {
            let first = c.split(|b| *b == b' ').next().unwrap_or_default();
            LOGIN_COMMANDS.iter().any(|l| l.as_bytes() == first)
        }),
        // Its one role is the volumes: a record that names no volume
        // (checked before) feeds nothing.
        "fsevents" => false,
        _ => spec.is_none_or(|s| !s.roles.is_empty()),
    }
}

/// The byte searches of [`Report::raw`], built once.
struct Finders {
    timestamp: memchr::memmem::Finder<'static>,
    sender: memchr::memmem::Finder<'static>,
    command: memchr::memmem::Finder<'static>,
}

fn finders() -> &'static Finders {
    use memchr::memmem::Finder;
    static F: std::sync::OnceLock<Finders> = std::sync::OnceLock::new();
    F.get_or_init(|| Finders {
        timestamp: Finder::new(b"\"timestamp\":\""),
        sender: Finder::new(b"\"sender\":\""),
        command: Finder::new(b"\"command\":\""),
    })
}

/// The bytes of the first string value after `key` (a `"name":"` search),
/// up to its closing quote (escapes left as they are).
fn raw_string<'a>(bytes: &'a [u8], key: &memchr::memmem::Finder<'_>) -> Option<&'a [u8]> {
    let at = key.find(bytes)? + key.needle().len();
    let rest = bytes.get(at..)?;
    let end = memchr::memchr(b'"', rest)?;
    rest.get(..end)
}

/// A record's `timestamp`, read from its bytes: the first
/// `"timestamp":"…"` of the line is the record's own (it is the fourth
/// key of every record, after three strings, and a quote inside a string
/// is escaped).
fn raw_timestamp(bytes: &[u8]) -> Option<Instant> {
    let s = std::str::from_utf8(raw_string(bytes, &finders().timestamp)?).ok()?;
    streams::parse_time(s).filter(streams::in_range)
}

/// Any field as message text (arrays joined with spaces).
fn message_of(rec: &Map<String, Value>, k: &str) -> String {
    match rec.get(k) {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| streams::value_text(v).map(|c| c.into_owned()))
            .collect::<Vec<_>>()
            .join(" "),
        Some(v) => streams::value_text(v)
            .map(|c| c.into_owned())
            .unwrap_or_default(),
        None => String::new(),
    }
}

impl Visitor for Report {
    fn member(&mut self, member: &str) {
        self.member = Arc::from(member);
        let parsed = mactriage_collectors::kit::context::stream_of_member(member);
        if let Some((stream, Some(_))) = parsed {
            *self.parts.entry(stream.to_string()).or_default() += 1;
        }
        self.member_stream = parsed.map(|(stream, _)| stream.to_string());
    }

    /// Lines of streams that feed no finding (browser visits, file
    /// listings, FSEvents records: most of the records) are parsed only
    /// when they may name a volume ([`volumes::may_mention`]); otherwise
    /// only their `timestamp` is read, from the bytes.
    fn raw(&mut self, stream: &str, _line: u64, bytes: &[u8]) -> Raw {
        self.seen += 1;
        if self.seen % 1024 == 0 {
            let late = self
                .deadline
                .is_some_and(|d| std::time::Instant::now() >= d);
            let stopped = self.stop.as_ref().is_some_and(|s| s());
            if late || stopped {
                self.cut_short = true;
                return Raw::Stop;
            }
        }
        let spec = streams::spec(stream);
        let object = bytes.first() == Some(&b'{') && bytes.last() == Some(&b'}');
        if !object || volumes::may_mention(bytes) || wanted(stream, spec, bytes) {
            self.last_raw.clear();
            self.last_raw.extend_from_slice(bytes);
            return Raw::Parse;
        }
        self.records += 1;
        let t = raw_timestamp(bytes);
        self.count(stream, t.is_some());
        if let Some(t) = t {
            self.days.entry(t.day()).or_default().0 += 1;
        }
        Raw::Skip
    }

    fn record(&mut self, stream: &str, line: u64, rec: Map<String, Value>) -> bool {
        self.add(stream, line, &rec);
        true
    }
    fn unreadable(&mut self, stream: &str, _line: u64, _why: &str) {
        self.streams
            .entry(stream.to_string())
            .or_default()
            .unreadable += 1;
    }
}

// ---------------------------------------------------------------------------
// Writing

/// A value of the manifest as text.
fn m<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    let mut cur = v;
    for p in path {
        cur = cur.get(p)?;
    }
    Some(cur)
}

fn ms(v: &Value, path: &[&str]) -> String {
    m(v, path)
        .and_then(streams::value_text)
        .map(|c| c.into_owned())
        .unwrap_or_default()
}

/// The issues of kind `error` of a collector in the manifest (or in
/// [`manifest_view`], which counts them).
fn error_count(c: &Value) -> usize {
    if let Some(n) = c.get("error_count").and_then(Value::as_u64) {
        return n as usize;
    }
    c.get("errors").and_then(Value::as_array).map_or(0, |a| {
        a.iter().filter(|i| ms(i, &["kind"]) == "error").count()
    })
}

fn record_cell(r: &Ref) -> Cell {
    let file = r.member.strip_prefix("parsed/").unwrap_or(&r.member);
    let name = format!("{file}:{}", r.line);
    let mut json = serde_json::from_str::<Value>(&r.json)
        .ok()
        .and_then(|v| serde_json::to_string_pretty(&v).ok())
        .unwrap_or_else(|| r.json.clone());
    if json.chars().count() > RECORD_TEXT {
        json = json.chars().take(RECORD_TEXT).collect();
        json.push_str("\n… (cut; the whole record is in the parsed file)");
    }
    Cell {
        html: format!(
            "<details><summary>{}</summary><pre>{}</pre><a href=\"{}\">{}</a> line {}</details>",
            esc(&name),
            esc(&json),
            esc(&r.member),
            esc(&r.member),
            r.line
        ),
        sort: Some(format!("{}:{:012}", r.member, r.line)),
        class: None,
    }
}

fn rows_of(section: &mut Section, extra: impl Fn(&Row) -> Vec<Cell>) -> Vec<Vec<Cell>> {
    section.prune();
    section
        .rows
        .iter()
        .map(|r| {
            let mut cells = r.cells.clone();
            cells.extend(extra(r));
            cells.push(record_cell(&r.rec));
            cells
        })
        .collect()
}

fn shown_of(s: &Section) -> String {
    if s.total as usize > s.rows.len() {
        format!(
            "<p class=\"sub\">{} of {} shown (the first by the order above); all are in the timeline.</p>",
            s.rows.len(),
            s.total
        )
    } else {
        String::new()
    }
}

impl Report {
    /// The time "recent" is measured back from: the collection's start on a
    /// live system; on a dead box, the end of the last day with events
    /// before it (an image is examined long after it was made).
    fn reference_time(&self, manifest: Option<&Value>) -> Option<Instant> {
        let started = manifest
            .and_then(|m| m.get("collection"))
            .and_then(|c| c.get("started"))
            .and_then(Value::as_str)
            .and_then(streams::parse_time);
        let live = manifest
            .and_then(|m| m.get("collection"))
            .and_then(|c| c.get("live"))
            .and_then(Value::as_bool)
            == Some(true);
        if live {
            return started;
        }
        let last_day = match started {
            Some(s) => self.days.range(..=s.day()).next_back().map(|(d, _)| *d),
            None => self.days.keys().next_back().copied(),
        }?;
        let end = Instant {
            secs: (last_day + 1) * 86_400 - 1,
            nanos: 0,
        };
        Some(match started {
            Some(s) if s < end => s,
            _ => end,
        })
    }

    /// The whole page. `tarball` is the tarball's file name, if known.
    pub fn finish(mut self, manifest: Option<&Value>, tarball: Option<&str>) -> String {
        let empty = Value::Null;
        let man = manifest.unwrap_or(&empty);
        let host = ms(man, &["host", "hostname"]);
        let reference = self.reference_time(manifest);
        let mut b = String::new();
        let os = [
            ms(man, &["host", "os_name"]),
            ms(man, &["host", "os_version"]),
            ms(man, &["host", "os_build"])
                .chars()
                .take(40)
                .collect::<String>(),
        ]
        .join(" ");
        let c = Ctx {
            man,
            host: host.clone(),
            os: os.clone(),
            reference,
            window_start: reference.map(|r| Instant {
                secs: r.secs - RECENT_DAYS * 86_400,
                nanos: r.nanos,
            }),
            status: ms(man, &["summary", "status"]),
            tarball,
            manifest,
        };
        self.write_header(&mut b, &c);
        // Volumes, ordered: external activity first, then the most recent.
        let mut vols: Vec<(String, Volume)> =
            std::mem::take(&mut self.volumes).into_iter().collect();
        vols.sort_by(|a, b| {
            b.1.external()
                .cmp(&a.1.external())
                .then_with(|| b.1.last.cmp(&a.1.last))
                .then_with(|| a.0.cmp(&b.0))
        });
        self.write_glance(&mut b, &c, &vols);
        self.write_volumes(&mut b, &mut vols);
        self.write_findings(&mut b, &c);
        self.write_defences(&mut b, &c);
        self.write_days(&mut b);
        Report::write_machine(&mut b, &c);
        Report::write_collection(&mut b, &c);
        self.write_streams(&mut b);
        html::page(
            &format!(
                "Triage report: {}",
                if host.is_empty() {
                    "unknown host"
                } else {
                    &host
                }
            ),
            &b,
        )
    }

    fn write_header(&self, b: &mut String, c: &Ctx) {
        let man = c.man;
        let host = &c.host;
        let os = &c.os;
        let tarball = c.tarball;
        let manifest = c.manifest;
        // Header.
        let _ = write!(
            b,
            "<header><h1>Triage report: {}</h1><p class=\"sub\">",
            if host.is_empty() {
                "unknown host".to_string()
            } else {
                esc(host)
            }
        );

        let _ = write!(
            b,
            "{} · collected {} from {} ({}) · {} · times are UTC</p>",
            esc(os.trim()),
            esc(&ms(man, &["collection", "started"])),
            esc(&ms(man, &["collection", "root"])),
            if m(man, &["collection", "live"]).and_then(Value::as_bool) == Some(true) {
                "live system"
            } else {
                "dead box"
            },
            esc(tarball.unwrap_or(&ms(man, &["collection", "tarball"])))
        );
        b.push_str(
            "<nav><a href=\"#glance\">At a glance</a><a href=\"#volumes\">External volumes</a>\
<a href=\"#downloads\">Downloads</a><a href=\"#persistence\">Persistence</a>\
<a href=\"#accounts\">Accounts</a><a href=\"#tcc\">Privacy grants</a>\
<a href=\"#processes\">Processes</a><a href=\"#logins\">Logins, sudo, ssh</a>\
<a href=\"#software\">Software</a><a href=\"#defences\">Defences</a><a href=\"#networks\">Networks</a>\
<a href=\"#days\">Activity per day</a><a href=\"#machine\">Machine</a>\
<a href=\"#collection\">Collection</a><a href=\"#streams\">Records</a></nav></header>",
        );
        if manifest.is_none() {
            b.push_str("<p class=\"banner\">This tarball has no readable manifest: the machine and collection sections are empty.</p>");
        }
        if self.cut_short {
            let _ = write!(
                b,
                "<p class=\"banner\">This report was cut short after {} records (the time allowed for it ran out). Rebuild it whole with <code>mactriage report TARBALL</code>.</p>",
                self.records
            );
        }
        for d in &self.damage {
            let _ = write!(b, "<p class=\"banner\">{}</p>", esc(d));
        }
    }

    fn write_glance(&mut self, b: &mut String, c: &Ctx, vols: &[(String, Volume)]) {
        let man = c.man;
        let reference = c.reference;
        let status = &c.status;
        // At a glance.
        let has = |s: &str| self.streams.contains_key(s);
        let recent = |t: Option<Instant>| c.recent(t);
        b.push_str("<section id=\"glance\"><h2>At a glance</h2><ul class=\"answers\">");
        if vols.is_empty() {
            b.push_str("<li>External volumes: <b>no trace</b> of a volume under /Volumes or a network share in the records read.</li>");
        } else {
            let list: Vec<String> = vols
                .iter()
                .take(8)
                .map(|(n, v)| {
                    let files: Vec<String> = v.files.iter().take(3).map(|f| esc(f)).collect();
                    format!(
                        "<b>{}</b>{}{} ({} traces{}{})",
                        esc(n),
                        if v.tags.is_empty() { "" } else { " " },
                        v.tags
                            .iter()
                            .map(|t| format!(
                                "<span class=\"tag{}\">{}</span>",
                                if volume_tag_hot(t) { " hot" } else { "" },
                                esc(t)
                            ))
                            .collect::<String>(),
                        v.traces.total,
                        v.last
                            .and_then(|l| l.datetime())
                            .map(|d| format!(", last {}", d.format("%Y-%m-%d %H:%M")))
                            .unwrap_or_default(),
                        if files.is_empty() {
                            String::new()
                        } else {
                            format!("; files: {}", files.join(", "))
                        }
                    )
                })
                .collect();
            let _ = write!(
                b,
                "<li>External volumes: {}{}</li>",
                list.join("; "),
                if vols.len() > 8 {
                    format!("; and {} more", vols.len() - 8)
                } else {
                    String::new()
                }
            );
        }
        self.downloads.prune();
        let recent_downloads = self
            .downloads
            .rows
            .iter()
            .filter(|r| recent(r.time))
            .count();
        if has("quarantine_events") || has("browser_downloads") {
            // Only the newest rows are kept: past them, "at least".
            let at_least = recent_downloads == self.downloads.rows.len()
                && self.downloads.total as usize > recent_downloads;
            let _ = write!(
                b,
                "<li>Downloads: <b>{}{recent_downloads}</b> in the {RECENT_DAYS} days before {} ({} in all).</li>",
                if at_least { "at least " } else { "" },
                reference
                    .and_then(|r| r.datetime())
                    .map(|d| d.format("%Y-%m-%d %H:%M").to_string())
                    .unwrap_or_else(|| "the collection".into()),
                self.downloads.total
            );
        } else {
            b.push_str("<li>Downloads: not collected (no quarantine or browser records).</li>");
        }
        let glance = |b: &mut String, stream: &str, what: &str, s: &Section, flagged: usize| {
            if has(stream) {
                let _ = write!(
                    b,
                    "<li>{what}: <b>{}</b>{}</li>",
                    s.total,
                    if flagged > 0 {
                        format!(" ({flagged} flagged)")
                    } else {
                        String::new()
                    }
                );
            } else {
                let _ = write!(
                    b,
                    "<li>{what}: not in this tarball (no parsed/{stream}.jsonl).</li>"
                );
            }
        };
        let flagged = self.persistence.rows.iter().filter(|r| r.rank == 0).count();
        glance(
            b,
            "persistence",
            "Persistence items that are not Apple's",
            &self.persistence,
            flagged,
        );
        let admins = self.accounts.rows.iter().filter(|r| r.rank == 0).count();
        glance(
            b,
            "accounts",
            "Accounts and login-window settings",
            &self.accounts,
            admins,
        );
        glance(
            b,
            "tcc",
            "Privacy (TCC) grants to non-Apple clients",
            &self.tcc,
            0,
        );
        glance(
            b,
            "processes",
            "Processes with a deleted, unsigned or oddly placed executable",
            &self.processes,
            0,
        );
        let _ = write!(
            b,
            "<li>Logins, sudo and ssh: <b>{}</b> events.</li>",
            self.logins.total
        );
        self.glance_defences(b, c);
        let errors: usize = m(man, &["collectors"])
            .and_then(Value::as_array)
            .map(|cs| cs.iter().map(error_count).sum())
            .unwrap_or(0);
        let _ = write!(
            b,
            "<li>Collection: <b class=\"st-{}\">{}</b>, {} errors, {} files present and not collected.</li></ul></section>",
            esc(status),
            esc(if status.is_empty() { "unknown" } else { status }),
            errors,
            esc(&ms(man, &["summary", "not_collected"]))
        );
    }

    fn write_volumes(&mut self, b: &mut String, vols: &mut [(String, Volume)]) {
        // External volumes.
        b.push_str("<section id=\"volumes\"><h2>External volume activity</h2>\
<p class=\"sub\">Every trace that a volume under /Volumes or a network share was used, merged by volume name: \
Finder's desktop and sidebar volumes and recent items on a volume (recent_items), FSEvents records on the volume (fsevents), \
and any record that names a path under /Volumes/&lt;name&gt; (shell commands, process command lines, downloads, logs...).</p>");
        if vols.is_empty() {
            b.push_str("<p class=\"none\">No trace of an external volume.</p>");
        }
        for (i, (name, v)) in vols.iter_mut().enumerate() {
            let _ = write!(
                b,
                "<div class=\"vol{}\"><h3>{} ",
                if v.external() { "" } else { " internal" },
                esc(name)
            );
            for t in &v.tags {
                let _ = write!(
                    b,
                    "<span class=\"tag{}\">{}</span>",
                    if volume_tag_hot(t) { " hot" } else { "" },
                    esc(t)
                );
            }
            b.push_str("</h3><p class=\"line\">");
            let span = |t: Option<Instant>| {
                t.and_then(|t| t.datetime())
                    .map(|d| d.format("%Y-%m-%d %H:%M:%S").to_string())
                    .unwrap_or_else(|| "unknown".into())
            };
            let mut parts = vec![
                format!("first trace <b>{}</b>", esc(&span(v.first))),
                format!("last <b>{}</b>", esc(&span(v.last))),
                esc(&v
                    .per_stream
                    .iter()
                    .map(|(s, n)| format!("{s} {n}"))
                    .collect::<Vec<_>>()
                    .join(", ")),
            ];
            if !v.files.is_empty() {
                parts.push(format!(
                    "files named: {}",
                    v.files
                        .iter()
                        .map(|f| format!("<code>{}</code>", esc(f)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            if !v.users.is_empty() {
                parts.push(format!(
                    "users: {}",
                    esc(&v.users.iter().cloned().collect::<Vec<_>>().join(", "))
                ));
            }
            b.push_str(&parts.join(" · "));
            b.push_str("</p>");
            // Oldest first: the order things happened.
            v.traces.prune();
            v.traces.rows.sort_by(|a, b| {
                a.time
                    .is_none()
                    .cmp(&b.time.is_none())
                    .then(a.time.cmp(&b.time))
            });
            let rows = rows_of_sorted(&v.traces);
            html::table(
                b,
                &format!("volume-{i}"),
                &["Time", "Evidence", "What the record says", "User", "Record"],
                &rows,
            );
            b.push_str(&shown_of(&v.traces));
            b.push_str("</div>");
        }
        if self.volumes_left_out > 0 {
            let _ = write!(
                b,
                "<p class=\"sub\">{} traces of further volumes are not shown (at most {VOLUMES} volumes).</p>",
                self.volumes_left_out
            );
        }
        b.push_str("</section>");
    }

    fn write_findings(&mut self, b: &mut String, c: &Ctx) {
        let has = |s: &str| self.streams.contains_key(s);
        let recent = |t: Option<Instant>| c.recent(t);
        // Findings.
        let section =
            |b: &mut String, id: &str, title: &str, intro: &str, present: bool, absent: &str| {
                let _ = write!(
                    b,
                    "<section id=\"{id}\"><h2>{}</h2><p class=\"sub\">{intro}</p>",
                    esc(title)
                );
                if !present {
                    let _ = write!(b, "<p class=\"none\">{absent}</p>");
                }
            };
        section(
            b,
            "downloads",
            "Downloads",
            &format!(
                "Quarantine events (what LaunchServices recorded, with the downloading application) and browser downloads, newest first. Rows from the {RECENT_DAYS} days before the reference time are the recent ones."
            ),
            has("quarantine_events") || has("browser_downloads"),
            "No quarantine or browser download records in this tarball.",
        );
        let recent_rows: Vec<Vec<Cell>> = rows_of(&mut self.downloads, |r| {
            vec![if recent(r.time) {
                Cell::text("recent").class("flag")
            } else {
                Cell::text("")
            }]
        });
        if self.downloads.total > 0 {
            html::table(
                b,
                "downloads-table",
                &[
                    "Time",
                    "Application",
                    "What (URL or sender)",
                    "From",
                    "Saved to",
                    "Kind / state",
                    "User",
                    "Recent",
                    "Record",
                ],
                &recent_rows,
            );
            b.push_str(&shown_of(&self.downloads));
        } else if has("quarantine_events") || has("browser_downloads") {
            b.push_str("<p class=\"none\">None.</p>");
        }
        b.push_str("</section>");

        // (id, title, intro, stream, when absent, headers, rows)
        type Table<'a> = (
            &'a str,
            &'a str,
            &'a str,
            &'a str,
            &'a str,
            &'a [&'a str],
            &'a mut Section,
        );
        let tables: [Table; 4] = [
            (
                "persistence",
                "Persistence items that are not Apple's",
                "Unsigned, ad-hoc signed or invalid programs first, then items with notes, then by the item's modification time.",
                "persistence",
                "No persistence records in this tarball (the persistence collector did not run).",
                &["Item modified", "Category", "Label / name", "Program", "Signature", "Notes", "User", "Record"],
                &mut self.persistence,
            ),
            (
                "accounts",
                "Accounts",
                "Administrators first, then other users (newest creation first); deleted users, homes without an account and login-window settings that matter.",
                "accounts",
                "No account records in this tarball (the accounts collector did not run).",
                &["Created / changed", "Kind", "Name", "UID", "Admin", "Notes", "Record"],
                &mut self.accounts,
            ),
            (
                "tcc",
                "Privacy (TCC) grants to non-Apple clients",
                "Allowed or limited decisions for clients that are not Apple's, newest first.",
                "tcc",
                "No TCC records in this tarball (the tcc collector did not run).",
                &["Modified", "Client", "Service", "Decision", "Reason", "User / database", "Record"],
                &mut self.tcc,
            ),
            (
                "logins",
                "Logins, sudo and ssh",
                "Login records, sudo and sshd log messages, and sudo/su/ssh/scp commands, newest first.",
                "",
                "",
                &["Time", "What", "User", "Detail", "Stream", "Record"],
                &mut self.logins,
            ),
        ];
        for (id, title, intro, stream, absent, headers, s) in tables {
            let present = stream.is_empty() || self.streams.contains_key(stream);
            section(b, id, title, intro, present, absent);
            if s.total > 0 {
                let rows = rows_of(s, |_| Vec::new());
                html::table(b, &format!("{id}-table"), headers, &rows);
                b.push_str(&shown_of(s));
            } else if present {
                b.push_str("<p class=\"none\">None.</p>");
            }
            b.push_str("</section>");
            if id == "tcc" {
                // Processes sit between privacy grants and logins.
                let present = self.streams.contains_key("processes");
                section(
                    b,
                    "processes",
                    "Processes with a deleted, unsigned or oddly placed executable",
                    "Running processes (live collections only), with their network connections when a stream records them.",
                    present,
                    "No process records in this tarball (live collections only).",
                );
                if self.processes.total > 0 {
                    let conns = &self.connections;
                    let rows: Vec<Vec<Cell>> = rows_of(&mut self.processes, |_| Vec::new())
                        .into_iter()
                        .map(|mut row| {
                            // The placeholder cell holds "pid:<n>".
                            if let Some(c) = row.get_mut(7) {
                                let pid = c
                                    .html
                                    .strip_prefix("pid:")
                                    .and_then(|p| p.parse::<i64>().ok());
                                let text = pid
                                    .and_then(|p| conns.get(&p))
                                    .map(|l| l.join("\n"))
                                    .unwrap_or_default();
                                *c = Cell::text(&text).class("mono");
                            }
                            row
                        })
                        .collect();
                    html::table(
                        b,
                        "processes-table",
                        &[
                            "Started",
                            "PID",
                            "Name",
                            "User",
                            "Executable",
                            "Why",
                            "Command line",
                            "Connections",
                            "Record",
                        ],
                        &rows,
                    );
                    b.push_str(&shown_of(&self.processes));
                } else if present {
                    b.push_str("<p class=\"none\">None.</p>");
                }
                b.push_str("</section>");
            }
        }
    }

    fn write_days(&self, b: &mut String) {
        // Activity per day.
        b.push_str("<section id=\"days\"><h2>Activity per day</h2><p class=\"sub\">Records per day of their <code>timestamp</code> (the timeline has every other time too), and traces of volumes");
        let monthly = self.days.len() > 370;
        let mut buckets: BTreeMap<String, (u64, u64)> = BTreeMap::new();
        for (day, (n, v)) in &self.days {
            let d = chrono::DateTime::from_timestamp(day * 86_400, 0);
            let key = d
                .map(|d| {
                    if monthly {
                        d.format("%Y-%m").to_string()
                    } else {
                        d.format("%Y-%m-%d").to_string()
                    }
                })
                .unwrap_or_default();
            let e = buckets.entry(key).or_default();
            e.0 += n;
            e.1 += v;
        }
        if monthly {
            b.push_str(" (per month: the records span more than a year)");
        }
        b.push_str(".</p>");
        let max = buckets.values().map(|(n, _)| *n).max().unwrap_or(1).max(1);
        let rows: Vec<Vec<Cell>> = buckets
            .iter()
            .map(|(k, (n, v))| {
                let w = (n * 100).div_ceil(max).min(100);
                let bar = format!(
                    "<span class=\"bar w{w}\"></span>{}",
                    if *v > 0 {
                        " <span class=\"bar v w1\"></span> volume"
                    } else {
                        ""
                    }
                );
                vec![
                    Cell::text(k).class("t"),
                    Cell::num(*n),
                    Cell::num(*v),
                    Cell::raw(bar),
                ]
            })
            .collect();
        if rows.is_empty() {
            b.push_str("<p class=\"none\">No timed records.</p>");
        } else {
            html::table(
                b,
                "days-table",
                &["Day", "Events", "Volume traces", ""],
                &rows,
            );
        }
        b.push_str("</section>");
    }

    fn write_machine(b: &mut String, c: &Ctx) {
        let man = c.man;
        let host = &c.host;
        let os = &c.os;
        // Machine.
        b.push_str("<section id=\"machine\"><h2>Machine</h2>");
        html::facts(
            b,
            &[
                ("Host name", esc(host)),
                (
                    "Host name from",
                    esc(&ms(man, &["host", "hostname_source"])),
                ),
                ("System", esc(os.trim())),
                ("Collected live", esc(&ms(man, &["collection", "live"]))),
            ],
        );
        let users: Vec<Vec<Cell>> = m(man, &["users"])
            .and_then(Value::as_array)
            .map(|us| {
                us.iter()
                    .map(|u| {
                        vec![
                            ms(u, &["name"]).into(),
                            Cell::text(&ms(u, &["home"])).class("mono"),
                            ms(u, &["uid"]).into(),
                            ms(u, &["has_account"]).into(),
                        ]
                    })
                    .collect()
            })
            .unwrap_or_default();
        if !users.is_empty() {
            b.push_str("<h3>Home directories</h3>");
            html::table(
                b,
                "users-table",
                &["Name", "Home", "UID", "Has an account"],
                &users,
            );
        }
        if let Some(f) = m(man, &["files"]).and_then(Value::as_array).and_then(|fs| {
            fs.iter().find(|f| {
                f.get("source")
                    .and_then(Value::as_str)
                    .is_some_and(|s| s.ends_with("/dslocal/nodes/Default/groups/admin.plist"))
            })
        }) {
            let _ = write!(
                b,
                "<p>The <code>admin</code> group record was last modified {} (a new administrator changes it).</p>",
                esc(&ms(f, &["mtime"]))
            );
        }
        b.push_str("</section>");
    }

    fn write_collection(b: &mut String, c: &Ctx) {
        let man = c.man;
        let status = &c.status;
        // Collection.
        b.push_str("<section id=\"collection\"><h2>Collection</h2>");
        let limits = |k: &str| ms(man, &["collection", "limits", k]);
        html::facts(
            b,
            &[
                (
                    "Tool",
                    esc(&format!(
                        "{} {}",
                        ms(man, &["tool", "name"]),
                        ms(man, &["tool", "version"])
                    )),
                ),
                ("Root", esc(&ms(man, &["collection", "root"]))),
                ("Started", esc(&ms(man, &["collection", "started"]))),
                ("Ended", esc(&ms(man, &["collection", "ended"]))),
                ("Duration (s)", esc(&ms(man, &["collection", "duration_s"]))),
                (
                    "Command line",
                    format!(
                        "<code>{}</code>",
                        esc(&m(man, &["collection", "command_line"])
                            .and_then(Value::as_array)
                            .map(|a| a
                                .iter()
                                .filter_map(Value::as_str)
                                .collect::<Vec<_>>()
                                .join(" "))
                            .unwrap_or_default())
                    ),
                ),
                (
                    "Running as root",
                    esc(&ms(man, &["collection", "checks", "running_as_root"])),
                ),
                (
                    "Full Disk Access",
                    esc(&ms(man, &["collection", "checks", "full_disk_access"])),
                ),
                ("Time limit reached", esc(&limits("time_limit_reached"))),
                ("Interrupted", esc(&limits("interrupted"))),
                ("Status", esc(status)),
                ("Records", esc(&ms(man, &["summary", "records"]))),
                ("Files", esc(&ms(man, &["summary", "files"]))),
                (
                    "Files present and not collected",
                    esc(&ms(man, &["summary", "not_collected"])),
                ),
            ],
        );
        let collectors: Vec<&Value> = m(man, &["collectors"])
            .and_then(Value::as_array)
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        let rows: Vec<Vec<Cell>> = collectors
            .iter()
            .map(|c| {
                let status = ms(c, &["status"]);
                let errs = error_count(c);
                vec![
                    ms(c, &["name"]).into(),
                    Cell::text(&status).class(match status.as_str() {
                        "ok" => "st-ok",
                        "partial" => "st-partial",
                        "failed" => "st-failed",
                        _ => "st-skipped",
                    }),
                    Cell::num(c.get("records").and_then(Value::as_u64).unwrap_or(0)),
                    Cell::num(c.get("files").and_then(Value::as_u64).unwrap_or(0)),
                    Cell::num(errs as u64),
                    ms(c, &["duration_s"]).into(),
                    ms(c, &["reason"]).into(),
                ]
            })
            .collect();
        if !rows.is_empty() {
            b.push_str("<h3>Collectors</h3>");
            html::table(
                b,
                "collectors-table",
                &[
                    "Collector",
                    "Status",
                    "Records",
                    "Files",
                    "Errors",
                    "Seconds",
                    "Why skipped",
                ],
                &rows,
            );
        }
        let issue_row = |who: &str, i: &Value| -> Vec<Cell> {
            vec![
                who.into(),
                ms(i, &["kind"]).into(),
                ms(i, &["limit"]).into(),
                Cell::text(&ms(i, &["path"])).class("mono"),
                ms(i, &["message"]).into(),
            ]
        };
        let mut errs: Vec<Vec<Cell>> = Vec::new();
        let mut err_total = m(man, &["errors_total"])
            .and_then(Value::as_u64)
            .or_else(|| {
                m(man, &["errors"])
                    .and_then(Value::as_array)
                    .map(|a| a.len() as u64)
            })
            .unwrap_or(0) as usize;
        if let Some(a) = m(man, &["errors"]).and_then(Value::as_array) {
            for i in a {
                if errs.len() < 500 {
                    errs.push(issue_row("(run)", i));
                }
            }
        }
        for c in &collectors {
            err_total += error_count(c);
            if let Some(a) = c.get("errors").and_then(Value::as_array) {
                for i in a {
                    if errs.len() < 500 && ms(i, &["kind"]) == "error" {
                        errs.push(issue_row(&ms(c, &["name"]), i));
                    }
                }
            }
        }
        b.push_str("<h3>Errors</h3>");
        if errs.is_empty() {
            b.push_str("<p class=\"none\">None.</p>");
        } else {
            html::table(
                b,
                "errors-table",
                &["Collector", "Kind", "Limit", "Path", "Message"],
                &errs,
            );
            if err_total > errs.len() {
                let _ = write!(b, "<p class=\"sub\">{} of {err_total} issues shown; all are in manifest.json.</p>", errs.len());
            }
        }
        b.push_str("<h3>Left out by budgets, signals or refused access</h3>");
        let skipped: Vec<Vec<Cell>> = m(man, &["skipped"])
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .take(500)
                    .map(|i| {
                        let mut row = issue_row(&ms(i, &["collector"]), i);
                        row.insert(4, ms(i, &["size"]).into());
                        row
                    })
                    .collect()
            })
            .unwrap_or_default();
        if skipped.is_empty() {
            b.push_str("<p class=\"none\">Nothing.</p>");
        } else {
            html::table(
                b,
                "skipped-table",
                &["Collector", "Kind", "Limit", "Path", "Size", "Message"],
                &skipped,
            );
            let total = m(man, &["skipped_total"])
                .and_then(Value::as_u64)
                .map(|n| n as usize)
                .or_else(|| m(man, &["skipped"]).and_then(Value::as_array).map(Vec::len))
                .unwrap_or(0);
            if total > skipped.len() {
                let _ = write!(
                    b,
                    "<p class=\"sub\">{} of {total} shown; all are in manifest.json.</p>",
                    skipped.len()
                );
            }
        }
        b.push_str("</section>");
    }

    fn write_streams(&self, b: &mut String) {
        // Records per stream.
        b.push_str("<section id=\"streams\"><h2>Records</h2><p class=\"sub\">Per parsed stream: records, records with a <code>timestamp</code> (the others may have other times: see <code>mactriage timeline</code>), and lines that are not records. The files are in the tarball beside this report.</p>");
        let rows: Vec<Vec<Cell>> = self
            .streams
            .iter()
            .map(|(s, st)| {
                vec![
                    Cell::raw(match self.parts.get(s) {
                        Some(n) => format!(
                            "<a href=\"parsed/{0}.0001.jsonl\">parsed/{0}.0001.jsonl</a> … ({n} parts)",
                            esc(s)
                        ),
                        None => format!(
                            "<a href=\"parsed/{0}.jsonl\">parsed/{0}.jsonl</a>",
                            esc(s)
                        ),
                    }),
                    streams::spec(s)
                        .map(|x| x.label)
                        .unwrap_or("(read generically)")
                        .into(),
                    Cell::num(st.records),
                    Cell::num(st.timed),
                    Cell::num(st.records - st.timed),
                    Cell::num(st.unreadable),
                ]
            })
            .collect();
        html::table(
            b,
            "streams-table",
            &[
                "Stream",
                "What",
                "Records",
                "With a time",
                "Events",
                "No time",
                "Unreadable",
            ],
            &rows,
        );
        let _ = write!(
            b,
            "</section><footer><p class=\"sub\">Written by mactriage {} at {}. Rebuild with <code>mactriage report TARBALL</code>; the timeline of every record: <code>mactriage timeline TARBALL</code>.</p></footer>",
            env!("CARGO_PKG_VERSION"),
            chrono::Utc::now().format("%Y-%m-%d %H:%M:%S UTC")
        );
    }
}

/// What every part of the page needs to know.
struct Ctx<'a> {
    man: &'a Value,
    host: String,
    os: String,
    /// See [`Report::reference_time`].
    reference: Option<Instant>,
    window_start: Option<Instant>,
    status: String,
    tarball: Option<&'a str>,
    manifest: Option<&'a Value>,
}

impl Ctx<'_> {
    /// Within the recent days before the reference time.
    fn recent(&self, t: Option<Instant>) -> bool {
        match (t, self.window_start, self.reference) {
            (Some(t), Some(s), Some(r)) => t >= s && t <= r,
            _ => false,
        }
    }
}

fn rows_of_sorted(s: &Section) -> Vec<Vec<Cell>> {
    s.rows
        .iter()
        .map(|r| {
            let mut cells = r.cells.clone();
            cells.push(record_cell(&r.rec));
            cells
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Entry points

/// Hands each staged `parsed/*.jsonl` file of a run to the report as soon
/// as its collector submits it to the archive, so the report reads the
/// streams while the other collectors run instead of after them: an
/// archive sink in front of the writer's. The report's thread holds a
/// reference to each staged file until it has read it (the file is deleted
/// when the last one goes).
pub struct Tap<S: ArchiveSink> {
    inner: S,
    /// (member, stream, staged file).
    feed: std::sync::mpsc::Sender<(String, String, Arc<StagedFile>)>,
}

/// The report being read on its own thread while the run goes on.
pub struct LiveReport {
    reader: std::thread::JoinHandle<Report>,
    /// When reading must stop, set once the collection is over.
    deadline: Arc<std::sync::OnceLock<std::time::Instant>>,
}

impl<S: ArchiveSink> Tap<S> {
    /// The tap, and the report its streams go to. `stop` ends the reading
    /// at once (a signal); the report then says it is incomplete.
    pub fn new(
        inner: S,
        stop: Box<dyn Fn() -> bool + Send>,
    ) -> std::io::Result<(Tap<S>, LiveReport)> {
        let (feed, streams) = std::sync::mpsc::channel::<(String, String, Arc<StagedFile>)>();
        let deadline: Arc<std::sync::OnceLock<std::time::Instant>> = Arc::default();
        let late = deadline.clone();
        let reader = std::thread::Builder::new()
            .name("report".into())
            .spawn(move || {
                let mut r = Report::new().with_limits(
                    None,
                    Some(Box::new(move || {
                        stop() || late.get().is_some_and(|d| std::time::Instant::now() >= *d)
                    })),
                );
                // Ends when the last sender (the tap) is dropped.
                for (member, stream, staged) in streams {
                    if !r.cut_short() {
                        r.member(&member);
                        r.read_files(&[(stream, staged.path().to_path_buf())]);
                    }
                }
                r
            })?;
        Ok((Tap { inner, feed }, LiveReport { reader, deadline }))
    }
}

impl<S: ArchiveSink> ArchiveSink for Tap<S> {
    fn submit(&self, item: ArchiveItem) {
        if let Content::Staged(staged) = &item.content {
            let member = item.member.to_string_lossy();
            if let Some(stream) = evidence::stream_of_member(&member) {
                // A report thread that is gone (it cannot be, short of a
                // panic) only costs the report.
                let _ = self
                    .feed
                    .send((member.to_string(), stream.to_string(), staged.clone()));
            }
        }
        self.inner.submit(item);
    }
}

impl LiveReport {
    /// The report of the run: reading goes on for at most `limit` from
    /// now (the tap must have been dropped: no stream comes after this).
    /// Returns the page, the records read and whether reading was cut.
    pub fn finish(self, manifest: &Value, tarball: &str, limit: Duration) -> (String, u64, bool) {
        let _ = self.deadline.set(std::time::Instant::now() + limit);
        let r = match self.reader.join() {
            Ok(r) => r,
            Err(_) => {
                let mut r = Report::new();
                r.damage
                    .push("the report's reader stopped on an internal error".to_string());
                r.cut_short = true;
                r
            }
        };
        let (records, cut) = (r.records(), r.cut_short());
        (r.finish(Some(manifest), Some(tarball)), records, cut)
    }
}

/// What the report reads of a run's manifest, with every list cut to what
/// the report shows (and its length beside it, `<list>_total`): a full copy
/// of a large run's manifest as a JSON tree would cost more memory than
/// the run itself.
pub fn manifest_view(m: &crate::manifest::Manifest) -> Value {
    use mactriage_collectors::kit::IssueKind;
    const CAP: usize = 500;
    let v = |x: &dyn erased::Ser| x.value();
    let issues = |list: &[mactriage_collectors::kit::Issue]| {
        serde_json::to_value(list.get(..list.len().min(CAP)).unwrap_or_default())
            .unwrap_or(Value::Null)
    };
    let collectors: Vec<Value> = m
        .collectors
        .iter()
        .map(|c| {
            serde_json::json!({
                "name": c.name,
                "status": v(&c.status),
                "records": c.records,
                "files": c.files,
                "duration_s": c.duration_s,
                "reason": c.reason,
                "errors": issues(&c.errors),
                "errors_total": c.errors.len(),
                "error_count": c.errors.iter().filter(|i| i.kind == IssueKind::Error).count(),
            })
        })
        .collect();
    let files: Vec<Value> = m
        .files
        .iter()
        .filter(|f| {
            f.source.as_deref().is_some_and(|s| {
                s.as_os_str()
                    .as_encoded_bytes()
                    .ends_with(b"/dslocal/nodes/Default/groups/admin.plist")
            })
        })
        .map(|f| v(f))
        .collect();
    serde_json::json!({
        "tool": v(&m.tool),
        "host": v(m.host),
        "collection": v(&m.collection),
        "summary": v(&m.summary),
        "users": v(&m.users),
        "errors": issues(m.errors),
        "errors_total": m.errors.len(),
        "skipped": serde_json::to_value(m.skipped.get(..m.skipped.len().min(CAP)).unwrap_or_default()).unwrap_or(Value::Null),
        "skipped_total": m.skipped.len(),
        "collectors": collectors,
        "files": files,
    })
}

/// Serialising to a JSON value through a trait object.
mod erased {
    pub trait Ser {
        fn value(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> Ser for T {
        fn value(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
        }
    }
}

/// `mactriage report`: rebuild the report of a tarball into `output` (a new
/// file; default `<tarball name>.report.html` in the current directory).
/// Returns the path written and the problems met reading the tarball.
pub fn rebuild(tarball: &Path, output: Option<&Path>) -> Result<(PathBuf, Vec<String>)> {
    let out = match output {
        Some(p) => p.to_path_buf(),
        None => {
            let name = tarball
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "tarball".into());
            let stem = name
                .strip_suffix(".tar.gz")
                .or_else(|| name.strip_suffix(".tgz"))
                .unwrap_or(&name);
            PathBuf::from(format!("{stem}.report.html"))
        }
    };
    if !tarball.is_file() {
        return Err(anyhow!("{}: no such file", tarball.display()));
    }
    let mut r = Report::new();
    let contents = evidence::read_tarball(tarball, &mut r)?;
    if contents.streams.is_empty() && contents.manifest.is_none() {
        return Err(anyhow!(
            "{}: no parsed records and no manifest: not a mactriage tarball?{}",
            tarball.display(),
            contents
                .damage
                .first()
                .map(|d| format!(" ({d})"))
                .unwrap_or_default()
        ));
    }
    r.damage.extend(contents.damage.iter().cloned());
    let name = tarball
        .file_name()
        .map(|n| n.to_string_lossy().into_owned());
    let page = r.finish(contents.manifest.as_ref(), name.as_deref());
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&out)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                anyhow!(
                    "{}: the file exists; remove it or name another with --output",
                    out.display()
                )
            } else {
                anyhow!("{}: {e}", out.display())
            }
        })?;
    use std::io::Write;
    if let Err(e) = f.write_all(page.as_bytes()).and_then(|()| f.flush()) {
        drop(f);
        let _ = std::fs::remove_file(&out);
        return Err(e).with_context(|| format!("cannot write {}", out.display()));
    }
    let out = std::fs::canonicalize(&out).unwrap_or(out);
    Ok((out, contents.damage))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deadline_cuts_the_reading_short_and_the_page_says_so() {
        let mut lines = String::new();
        for i in 0..5000 {
            lines.push_str(&format!(
                "{{\"collector\":\"c\",\"source\":\"/s\",\"user\":null,\"timestamp\":\"2024-01-01T00:00:{:02}Z\"}}\n",
                i % 60
            ));
        }
        let mut r = Report::new().with_limits(Some(std::time::Instant::now()), None);
        let done = evidence::read_jsonl("browser_history", lines.as_bytes(), &mut r).unwrap();
        assert!(!done);
        assert!(r.cut_short());
        assert!(r.records() < 5000);
        let page = r.finish(None, Some("t.tar.gz"));
        assert!(page.contains("This report was cut short after 1023 records"));
        assert!(page.contains("no readable manifest"));
        // Without limits every line is read, by its bytes.
        let mut r = Report::new();
        assert!(evidence::read_jsonl("browser_history", lines.as_bytes(), &mut r).unwrap());
        assert_eq!(r.records(), 5000);
        assert_eq!(r.streams["browser_history"].timed, 5000);
        assert_eq!(r.days.values().map(|d| d.0).sum::<u64>(), 5000);
    }

    #[test]
    fn a_section_keeps_the_first_rows_by_rank_then_newest_and_counts_all() {
        let mut s = Section::new(10);
        let mut built = 0;
        for i in 0..1000u64 {
            let time = Some(Instant {
                secs: ((i * 7919) % 1000) as i64,
                nanos: 0,
            });
            let rank = u8::from(i % 3 != 0);
            if s.dropped(rank, time) {
                continue;
            }
            built += 1;
            s.add(Row {
                time,
                rank,
                cells: Vec::new(),
                rec: Ref {
                    member: Arc::from("parsed/s.jsonl"),
                    line: i,
                    json: String::new(),
                },
            });
        }
        s.prune();
        assert_eq!(s.total, 1000);
        assert!(built < 200, "{built} rows built for 10 kept");
        assert_eq!(s.rows.len(), 10);
        assert!(s.rows.iter().all(|r| r.rank == 0));
        let secs: Vec<i64> = s.rows.iter().map(|r| r.time.unwrap().secs).collect();
        // Rank 0 is every third row: times (i * 7919) % 1000 for i % 3 == 0.
        let mut want: Vec<i64> = (0..1000u64)
            .filter(|i| i % 3 == 0)
            .map(|i| ((i * 7919) % 1000) as i64)
            .collect();
        want.sort_unstable_by(|a, b| b.cmp(a));
        assert_eq!(secs, want[..10]);
    }
}
