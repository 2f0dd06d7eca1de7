//! What the analysis commands know about each parsed stream: one table,
//! [`STREAMS`], one row per `parsed/<stream>.jsonl`.
//!
//! A row says which fields of a record are times and what each means (the
//! `timestamp_desc` of a timeline event: `Visit Time`, `Download Start`...),
//! how to write a record as one readable line (the event's `message`), and
//! which parts of the triage report the stream feeds ([`Role`]). Both
//! `mactriage timeline` and the report read records only through this
//! table, so a new collector's stream is one new row; a stream without a
//! row is still handled, generically (see [`events`]).
//!
//! Times are read as RFC 3339 strings, the form every collector writes
//! (`docs/output.md`); the stored values beside them (`*_raw`) are not
//! times to these commands.

use std::borrow::Cow;

use chrono::{DateTime, Datelike, SecondsFormat, Utc};
use serde_json::{Map, Value};

use mactriage_collectors::kit::text;

/// `field == value`, the value as [`scalar_text`] writes it (`true`,
/// `login`, `42`).
#[derive(Debug, Clone, Copy)]
pub struct Cond(pub &'static str, pub &'static str);

impl Cond {
    fn holds(&self, rec: &Map<String, Value>) -> bool {
        lookup(rec, self.0)
            .and_then(scalar_text)
            .is_some_and(|v| v == self.1)
    }
}

/// One time field of a stream and its `timestamp_desc`. Rows for the same
/// field are tried in order: the first whose condition holds is used.
#[derive(Debug, Clone, Copy)]
pub struct Time {
    /// A top-level field, or `outer.inner` one level down.
    pub field: &'static str,
    pub desc: &'static str,
    pub when: Option<Cond>,
}

const fn t(field: &'static str, desc: &'static str) -> Time {
    Time {
        field,
        desc,
        when: None,
    }
}

const fn tw(field: &'static str, desc: &'static str, when: Cond) -> Time {
    Time {
        field,
        desc,
        when: Some(when),
    }
}

/// The parts of the triage report a stream feeds (see `src/report/`, which
/// documents the fields each reads).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Downloads: quarantine events and browser downloads.
    Download,
    /// Persistence items that are not Apple's.
    Persistence,
    /// Accounts: users, admins, deleted users, homes without an account.
    Account,
    /// Privacy (TCC) grants to clients that are not Apple's.
    Tcc,
    /// Processes whose executable is deleted or unsigned.
    Process,
    /// Logins, logouts, `sudo` and `ssh`.
    Login,
    /// Structured traces of volumes (recent items, FSEvents mounts).
    Volume,
    /// Applications unsigned, ad hoc signed, with an invalid signature or
    /// quarantined; installs (install history, receipts, Homebrew).
    Software,
    /// XProtect detections (`XPdb` events).
    XProtectDetection,
    /// Gatekeeper's refusals (`.LastGKReject`).
    GatekeeperRefusal,
    /// Gatekeeper rules that are not Apple's (`SystemPolicy` authority).
    GatekeeperRule,
    /// Gatekeeper scans of code its columns say is unsigned or has no team
    /// ID (so is not notarised).
    GatekeeperScan,
    /// Known Wi-Fi networks, last joined first.
    WifiNetwork,
    /// Hosts-file entries that send names elsewhere than this machine.
    HostsEntry,
    /// Network services with a proxy.
    NetworkService,
}

/// One stream: see the module documentation.
#[derive(Debug)]
pub struct Stream {
    pub name: &'static str,
    /// What its records are, for people.
    pub label: &'static str,
    pub times: &'static [Time],
    /// Time fields that repeat another one of the same record (no event).
    pub ignore: &'static [&'static str],
    /// Message templates, the first whose condition holds (see [`message`]).
    pub message: &'static [(Option<Cond>, &'static str)],
    pub roles: &'static [Role],
}

/// Every stream the analysis commands know. Fields and meanings are those
/// of `docs/collectors/<collector>.md`.
pub static STREAMS: &[Stream] = &[
    Stream {
        name: "shell_history",
        label: "shell commands",
        times: &[t("timestamp", "Command Time")],
        ignore: &[],
        message: &[(None, "[{shell}][ ({user})][: {command}]")],
        roles: &[Role::Login],
    },
    Stream {
        name: "quarantine_events",
        label: "quarantined downloads and attachments",
        times: &[t("timestamp", "Quarantine Time")],
        ignore: &[],
        message: &[(
            None,
            "[{agent_name} ]quarantined[ {data_url}][ from {origin_url}][ “{origin_title}”][ sent by {sender_name}][ <{sender_address}>][ ({type})]",
        )],
        roles: &[Role::Download],
    },
    Stream {
        name: "browser_history",
        label: "browser visits",
        times: &[
            tw(
                "timestamp",
                "History Cleared (end of range)",
                Cond("deleted", "true"),
            ),
            t("timestamp", "Visit Time"),
            t("deleted_from", "History Cleared (start of range)"),
        ],
        ignore: &["deleted_until"],
        message: &[
            (
                Some(Cond("deleted", "true")),
                "[{browser}][ ({profile})] history cleared[: {url}]",
            ),
            (
                None,
                "[{browser}][ ({profile})] visit[ {url}][ “{title}”][ from {referrer}][ ({transition})]",
            ),
        ],
        roles: &[],
    },
    Stream {
        name: "browser_downloads",
        label: "browser downloads",
        times: &[
            t("timestamp", "Download Start"),
            t("end_time", "Download End"),
            t("last_access_time", "Download Last Opened"),
        ],
        ignore: &[],
        message: &[(
            None,
            "[{browser} ]download[ {url}][ to {target_path}][ ({state})][ {received_bytes} bytes]",
        )],
        roles: &[Role::Download],
    },
    Stream {
        name: "recent_items",
        label: "recent and favourite items",
        times: &[
            t("timestamp", "Bookmark Creation Time"),
            t("target_created", "Target Creation Time"),
            t("volume_created", "Volume Creation Time"),
            t("date_last_seen", "Volume Last Seen"),
        ],
        ignore: &[],
        message: &[(
            None,
            "[{list}:][ {name}][ {path}][ {url}][ on volume {volume_name}][ ({app})]",
        )],
        roles: &[Role::Volume],
    },
    Stream {
        name: "asl",
        label: "Apple System Log messages",
        times: &[t("timestamp", "Log Entry Time")],
        ignore: &[],
        message: &[(None, "[{sender}][ pid {pid}][ ({facility})][: {message}]")],
        roles: &[Role::Login],
    },
    Stream {
        name: "unified_logs",
        label: "unified log entries",
        times: &[t("timestamp", "Log Entry Time")],
        ignore: &[],
        message: &[(
            None,
            "[{topic}: ][{process}][ pid {pid}][ ({subsystem})][ {category}][ {log_type}][: {message}]",
        )],
        // Logins: the `auth` topic (sshd, sudo, loginwindow...). The
        // `volumes` topic's messages name `/Volumes/<name>` and so feed
        // the volume traces like any text does.
        roles: &[Role::Login],
    },
    Stream {
        name: "processes",
        label: "running processes",
        times: &[t("timestamp", "Process Start Time")],
        ignore: &[],
        message: &[(
            None,
            "[{name}][ pid {pid}][ ({user})][: {cmdline}][ exe {exe}][ exe_deleted={exe_deleted}]",
        )],
        roles: &[Role::Process],
    },
    Stream {
        name: "fsevents",
        label: "FSEvents records",
        times: &[t("timestamp", "FSEvents Page Modification Time")],
        ignore: &[],
        message: &[(None, "[{full_path}][ {flag_names}][ (event {event_id})]")],
        roles: &[Role::Volume],
    },
    Stream {
        name: "files",
        label: "file listing",
        times: &[
            t("mtime", "Content Modification Time"),
            t("atime", "Last Access Time"),
            t("ctime", "Metadata Change Time"),
            t("btime", "Creation Time"),
        ],
        ignore: &["timestamp"],
        message: &[(None, "[{type} ][{path}][ ({size} bytes)][ sha256 {sha256}]")],
        roles: &[],
    },
    Stream {
        name: "persistence",
        label: "persistence items",
        times: &[
            t("timestamp", "Source Modification Time"),
            t("source_ctime", "Source Metadata Change Time"),
            t("source_crtime", "Source Creation Time"),
            t("program_mtime", "Program Modification Time"),
            t("program_ctime", "Program Metadata Change Time"),
            t("program_crtime", "Program Creation Time"),
            t("program_atime", "Program Last Access Time"),
            t("program_quarantine.time", "Program Quarantine Time"),
            t("modification_date", "Background Item Modification Time"),
        ],
        ignore: &[],
        message: &[(
            None,
            "[{category}][ {kind}][ {label}][ {name}][ program {program_path}][ ({program_signature_status})][ notes: {notes}]",
        )],
        roles: &[Role::Persistence],
    },
    Stream {
        name: "software",
        label: "installed software: install history, receipts, applications, Homebrew",
        times: &[
            tw("timestamp", "Install Time", Cond("kind", "install")),
            tw(
                "timestamp",
                "Package Receipt Install Time",
                Cond("kind", "receipt"),
            ),
            tw(
                "timestamp",
                "Application Bundle Modification Time",
                Cond("kind", "app"),
            ),
            t("timestamp", "Homebrew Version Directory Modification Time"),
            t("bundle_ctime", "Application Bundle Metadata Change Time"),
            t("bundle_btime", "Application Bundle Creation Time"),
            t("exe_mtime", "Application Executable Modification Time"),
            t("exe_ctime", "Application Executable Metadata Change Time"),
            t("exe_btime", "Application Executable Creation Time"),
            t("quarantine.time", "Application Quarantine Time"),
            t("exe_quarantine.time", "Application Executable Quarantine Time"),
            t("ctime", "Homebrew Version Directory Metadata Change Time"),
            t("btime", "Homebrew Version Directory Creation Time"),
            t("receipt_time", "Homebrew Install Time"),
            t("caskfile_time", "Homebrew Cask Definition Saved"),
        ],
        ignore: &[],
        message: &[
            (
                Some(Cond("kind", "install")),
                "installed[ {display_name}][ {display_version}][ by {process_name}][ ({content_type})]",
            ),
            (
                Some(Cond("kind", "receipt")),
                "package receipt[ {package_identifier}][ {package_version}][ from {package_file_name}][ by {install_process_name}]",
            ),
            (
                Some(Cond("kind", "app")),
                "application[ {path}][ {bundle_id}][ {short_version}][ ({exe_signature_status})][ team {exe_team_id}][ quarantined by {quarantine.agent}][ notes: {notes}]",
            ),
            (
                Some(Cond("kind", "homebrew_formula")),
                "Homebrew formula[ {name}][ {version}][ from {tap}][ on request={installed_on_request}]",
            ),
            (
                Some(Cond("kind", "homebrew_cask")),
                "Homebrew cask[ {name}][ {version}]",
            ),
            (
                None,
                "[{kind}][ {name}][ {version}][ from {tap}][ on request={installed_on_request}]",
            ),
        ],
        roles: &[Role::Software],
    },
    Stream {
        name: "system",
        label: "system facts and settings",
        times: &[
            tw(
                "timestamp",
                "Setup Assistant Completed",
                Cond("fact", "setup_done"),
            ),
            tw(
                "timestamp",
                "First Install (install history)",
                Cond("fact", "first_install"),
            ),
            tw(
                "timestamp",
                "Last Full Software Update",
                Cond("fact", "last_full_successful_update"),
            ),
            tw(
                "timestamp",
                "Last Software Update Check",
                Cond("fact", "last_successful_update"),
            ),
            tw("timestamp", "Boot Time", Cond("fact", "boot_time")),
        ],
        ignore: &[],
        message: &[(
            None,
            "[{fact}][: {value}][ {display_name}][ {display_version}][ ({detail})]",
        )],
        roles: &[],
    },
    Stream {
        name: "accounts",
        label: "accounts and groups",
        times: &[
            tw("timestamp", "Account Creation Time", Cond("kind", "user")),
            tw(
                "timestamp",
                "Account Deletion Time",
                Cond("kind", "deleted_user"),
            ),
            t("password_last_set", "Password Last Set"),
            t("last_failed_login", "Last Failed Login"),
            t("last_login", "Last Login"),
            t("modified", "Home Modification Time"),
            t("kcpassword_modified", "Auto-Login Password File Modification Time"),
        ],
        ignore: &["created", "deleted"],
        message: &[(
            None,
            "[{kind}][ {name}][ uid {uid}][ admin={admin}][ hidden={hidden}][ “{real_name}”]",
        )],
        roles: &[Role::Account],
    },
    Stream {
        name: "tcc",
        label: "privacy (TCC) decisions",
        times: &[
            t("timestamp", "Privacy Decision Last Modified"),
            t("last_reminded", "Privacy Decision Last Reminded"),
        ],
        ignore: &[],
        message: &[(
            None,
            "[{client}][ {decision}][ {service_name}][ ({service})][ → {indirect_object}][ by {auth_reason_name}]",
        )],
        roles: &[Role::Tcc],
    },
    Stream {
        name: "xprotect",
        label: "XProtect signature sets",
        times: &[],
        ignore: &[],
        message: &[(
            None,
            "XProtect[ {version}][ at {bundle}][: {yara_rules} YARA rules][, {plist_entries} legacy signatures]",
        )],
        roles: &[],
    },
    Stream {
        name: "xprotect_detections",
        label: "XProtect detections (XPdb)",
        times: &[tw("timestamp", "XProtect Detection", Cond("table", "events"))],
        ignore: &[],
        message: &[
            (
                Some(Cond("table", "events")),
                "XProtect detection[ {violated_rule}][: {exec_path}][ (team {exec_team_id})][ cdhash {exec_cdhash}][ via {responsible_path}]",
            ),
            (None, "XPdb[ {table}] row"),
        ],
        roles: &[Role::XProtectDetection],
    },
    Stream {
        name: "gatekeeper_exec_policy",
        label: "Gatekeeper scans (ExecPolicy)",
        times: &[
            tw(
                "timestamp",
                "Gatekeeper Scan",
                Cond("table", "policy_scan_cache"),
            ),
            tw(
                "timestamp",
                "Executable Measured",
                Cond("table", "executable_measurements_v2"),
            ),
            tw(
                "timestamp",
                "Provenance Recorded",
                Cond("table", "provenance_tracking"),
            ),
            tw(
                "timestamp",
                "Scan Target Recorded",
                Cond("table", "scan_targets_v2"),
            ),
            tw(
                "timestamp",
                "Gatekeeper Override",
                Cond("table", "historic_gk_overrides"),
            ),
            tw(
                "timestamp",
                "Malware Blocked",
                Cond("table", "historic_malware_blocks"),
            ),
            t("timestamp", "ExecPolicy Time"),
            t("mod_time", "Scanned File Modified"),
            t("revocation_check_time", "Revocation Checked"),
            t("executable_time", "Executable Time"),
            t("reported_time", "Measurement Reported"),
            t("measured_time", "Scan Target Measured"),
        ],
        ignore: &[],
        message: &[
            (
                Some(Cond("table", "provenance_tracking")),
                "provenance[ {url}][ {signing_identifier}][ (team {team_identifier})][ cdhash {cdhash}]",
            ),
            (
                Some(Cond("table", "policy_scan_cache")),
                "Gatekeeper scan[ {signing_identifier}][ bundle {bundle_id}][ (team {team_identifier})][ cdhash {cdhash}][ policy match {policy_match}][ malware result {malware_result}]",
            ),
            (
                Some(Cond("table", "executable_measurements_v2")),
                "Gatekeeper measured[ {signing_identifier}][ {bundle_identifier}][ (team {team_identifier})][ signed={is_signed}][ quarantined={is_quarantined}][ cdhash {cdhash}]",
            ),
            (
                Some(Cond("table", "scan_targets_v2")),
                "Gatekeeper scan target[ {path}][ for {responsible_path}]",
            ),
            (
                None,
                "Gatekeeper[ {table}][ {signing_identifier}][ {bundle_id}][ {bundle_identifier}][ {path}][ (team {team_identifier})][ cdhash {cdhash}][ policy match {policy_match}][ malware result {malware_result}]",
            ),
        ],
        roles: &[Role::GatekeeperScan],
    },
    Stream {
        name: "gatekeeper_rules",
        label: "Gatekeeper rules (SystemPolicy)",
        times: &[
            tw("timestamp", "Gatekeeper Rule Created", Cond("table", "authority")),
            tw("timestamp", "Gatekeeper Object Recorded", Cond("table", "object")),
            t("modified", "Gatekeeper Rule Modified"),
        ],
        ignore: &["expires"],
        message: &[
            (
                Some(Cond("table", "authority")),
                "Gatekeeper rule[ “{label}”][ added by {row.user}][ allow={allow}][ disabled={disabled}][ {requirement}]",
            ),
            (
                None,
                "Gatekeeper[ {table}][ “{label}”][ allow={allow}][ disabled={disabled}][ {requirement}][ {path}]",
            ),
        ],
        roles: &[Role::GatekeeperRule],
    },
    Stream {
        name: "gatekeeper_reject",
        label: "Gatekeeper's last refusal",
        times: &[t("timestamp", "Gatekeeper Rejected")],
        ignore: &[],
        message: &[(
            None,
            "Gatekeeper refused[ {path}][ (malware type {xprotect_malware_type_name})]",
        )],
        roles: &[Role::GatekeeperRefusal],
    },
    Stream {
        name: "wifi_networks",
        label: "known Wi-Fi networks",
        times: &[
            t("timestamp", "Wi-Fi Last Connected"),
            t("added", "Wi-Fi Network Added"),
            t("joined_by_user", "Wi-Fi Joined by User"),
            t("joined_by_system", "Wi-Fi Joined by System"),
            t("last_auto_join", "Wi-Fi Last Auto-Join"),
            t("last_manual_join", "Wi-Fi Last Manual Join"),
            t("updated", "Wi-Fi Network Updated"),
        ],
        ignore: &["last_connected"],
        message: &[(None, "Wi-Fi[ “{ssid}”][ ({security_type})][ captive={captive}][ hidden={hidden}]")],
        roles: &[Role::WifiNetwork],
    },
    Stream {
        name: "network_services",
        label: "network services and interfaces",
        times: &[],
        ignore: &[],
        message: &[(
            None,
            "[{kind}][ {name}][ {interface}][ {mac}][ IPv4 {ipv4_method}][ DNS {dns_servers}]",
        )],
        roles: &[Role::NetworkService],
    },
    Stream {
        name: "hosts",
        label: "hosts file entries",
        times: &[],
        ignore: &[],
        message: &[(None, "hosts:[ {address}][ {names}]")],
        roles: &[Role::HostsEntry],
    },
    Stream {
        name: "login_history",
        label: "login records (utmpx, wtmp)",
        times: &[
            tw("timestamp", "Login Time", Cond("event", "login")),
            tw("timestamp", "Logout Time", Cond("event", "logout")),
            tw("timestamp", "Boot Time", Cond("event", "boot")),
            tw("timestamp", "Shutdown Time", Cond("event", "shutdown")),
            t("timestamp", "Login Record Time"),
        ],
        ignore: &[],
        message: &[(None, "[{event}][ {user}][ on {terminal}][ from {host}][ pid {pid}]")],
        roles: &[Role::Login],
    },
    Stream {
        name: "knowledgec",
        label: "CoreDuet knowledgeC events",
        times: &[
            t("timestamp", "Start Time"),
            t("end", "End Time"),
            t("created", "Creation Time"),
        ],
        ignore: &["start"],
        message: &[(None, "[{stream}][ {bundle_id}][ {value}]")],
        roles: &[],
    },
];

/// The row of `stream`, if the table has one.
pub fn spec(stream: &str) -> Option<&'static Stream> {
    STREAMS.iter().find(|s| s.name == stream)
}

/// A field by name, or `outer.inner` one level down.
pub fn lookup<'a>(rec: &'a Map<String, Value>, field: &str) -> Option<&'a Value> {
    match field.split_once('.') {
        Some((outer, inner)) => rec.get(outer)?.as_object()?.get(inner),
        None => rec.get(field),
    }
}

/// A scalar as text: strings as they are, numbers and booleans as JSON
/// writes them; null, arrays and objects give `None`.
pub fn scalar_text(v: &Value) -> Option<Cow<'_, str>> {
    match v {
        Value::String(s) => Some(Cow::Borrowed(s)),
        Value::Number(n) => Some(Cow::Owned(n.to_string())),
        Value::Bool(b) => Some(Cow::Borrowed(if *b { "true" } else { "false" })),
        _ => None,
    }
}

/// Any value as one string: scalars as [`scalar_text`], arrays and objects
/// as compact JSON, null as `None`.
pub fn value_text(v: &Value) -> Option<Cow<'_, str>> {
    match v {
        Value::Null => None,
        Value::Array(_) | Value::Object(_) => Some(Cow::Owned(v.to_string())),
        _ => scalar_text(v),
    }
}

/// A field's value for a message: empty strings and nulls are absent;
/// arrays are their items joined with spaces (a command line, flag names).
fn message_value(v: &Value) -> Option<String> {
    let s = match v {
        Value::Array(items) => items
            .iter()
            .filter_map(|i| value_text(i).map(|c| c.into_owned()))
            .collect::<Vec<_>>()
            .join(" "),
        other => value_text(other)?.into_owned(),
    };
    if s.is_empty() {
        None
    } else {
        Some(s)
    }
}

/// A parsed time: what an event sorts on and prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Instant {
    pub secs: i64,
    pub nanos: u32,
}

impl Instant {
    pub fn of(t: &DateTime<Utc>) -> Instant {
        Instant {
            secs: t.timestamp(),
            nanos: t.timestamp_subsec_nanos(),
        }
    }
    pub fn datetime(&self) -> Option<DateTime<Utc>> {
        DateTime::from_timestamp(self.secs, self.nanos)
    }
    /// Microseconds since 1970, rounded down.
    pub fn micros(&self) -> i64 {
        self.secs
            .saturating_mul(1_000_000)
            .saturating_add(i64::from(self.nanos / 1000))
    }
    /// ISO 8601 in UTC with every stored digit of the fraction (none, 3, 6
    /// or 9).
    pub fn iso(&self) -> String {
        self.datetime()
            .map(|d| d.to_rfc3339_opts(SecondsFormat::AutoSi, true))
            .unwrap_or_default()
    }
    /// Days since 1970-01-01 (rounded down).
    pub fn day(&self) -> i64 {
        self.secs.div_euclid(86_400)
    }
}

/// An RFC 3339 time as written in a record (`Z` or an offset).
pub fn parse_time(s: &str) -> Option<Instant> {
    let t = DateTime::parse_from_rfc3339(s).ok()?;
    Some(Instant::of(&t.with_timezone(&Utc)))
}

/// Times a timeline can hold: Timesketch drops years before 1700 and after
/// 9999 (`read_and_validate_csv`), such as Safari's "clear all history"
/// start, year 0.
pub fn in_range(t: &Instant) -> bool {
    t.datetime()
        .is_some_and(|d| (1700..=9999).contains(&d.year()))
}

/// One time of one record.
#[derive(Debug, Clone)]
pub struct Event {
    pub time: Instant,
    pub field: String,
    pub desc: Cow<'static, str>,
}

/// True for a field name the generic rule takes as a time: `timestamp`, or
/// ending in `_time` or `timestamp`.
fn generic_time_name(name: &str) -> bool {
    name.ends_with("_time") || name.ends_with("timestamp")
}

/// `end_time` → `End Time`; `timestamp` → `Event Time`.
pub fn generic_desc(field: &str) -> String {
    if field == "timestamp" {
        return "Event Time".to_string();
    }
    field
        .split(['_', '.'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// What [`events`] found in a record: its events, and its times that a
/// timeline cannot hold.
#[derive(Debug, Default)]
pub struct Times {
    pub events: Vec<Event>,
    pub out_of_range: u32,
}

/// The events of one record: each time field of its stream's row (the
/// first row of a field whose condition holds), then, for any stream, every
/// other top-level field named `timestamp` or `*_time`/`*timestamp` whose
/// value is an RFC 3339 string, unless the row ignores it. Values that are
/// not RFC 3339 times (null, a stored number) give no event.
pub fn events(spec: Option<&Stream>, rec: &Map<String, Value>) -> Times {
    let mut out = Times::default();
    let mut seen: Vec<&str> = Vec::new();
    let push = |out: &mut Times, field: &str, desc: Cow<'static, str>, v: &Value| {
        if let Some(t) = v.as_str().and_then(parse_time) {
            if in_range(&t) {
                out.events.push(Event {
                    time: t,
                    field: field.to_string(),
                    desc,
                });
            } else {
                out.out_of_range += 1;
            }
        }
    };
    if let Some(spec) = spec {
        for row in spec.times {
            if seen.contains(&row.field) {
                continue;
            }
            if let Some(c) = &row.when {
                if !c.holds(rec) {
                    continue;
                }
            }
            seen.push(row.field);
            if let Some(v) = lookup(rec, row.field) {
                push(&mut out, row.field, Cow::Borrowed(row.desc), v);
            }
        }
    }
    let ignore = spec.map(|s| s.ignore).unwrap_or(&[]);
    let listed = |name: &str| {
        spec.is_some_and(|s| s.times.iter().any(|t| t.field == name)) || ignore.contains(&name)
    };
    for (name, v) in rec {
        if generic_time_name(name) && !listed(name) {
            push(&mut out, name, Cow::Owned(generic_desc(name)), v);
        }
    }
    out
}

/// Longest message, in characters.
const MESSAGE_MAX: usize = 2000;

/// Render a message template: text in `[...]` is written only when every
/// `{field}` inside has a value; text outside brackets always is. Values
/// are made one printable line (control characters and bidirectional
/// overrides escaped, see `kit::text`).
pub fn render(template: &str, rec: &Map<String, Value>) -> String {
    let mut out = String::new();
    let mut group = String::new();
    let mut in_group = false;
    let mut group_ok = true;
    let mut chars = template.chars();
    while let Some(c) = chars.next() {
        match c {
            '[' if !in_group => {
                in_group = true;
                group_ok = true;
                group.clear();
            }
            ']' if in_group => {
                in_group = false;
                if group_ok {
                    out.push_str(&group);
                }
            }
            '{' => {
                let name: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let value = lookup(rec, &name).and_then(message_value);
                let target = if in_group { &mut group } else { &mut out };
                match value {
                    Some(v) => target.push_str(&text::printable_str(&v)),
                    None => group_ok = group_ok && !in_group,
                }
            }
            c => {
                if in_group {
                    group.push(c)
                } else {
                    out.push(c)
                }
            }
        }
    }
    let trimmed = out.trim();
    if trimmed.chars().count() > MESSAGE_MAX {
        let mut s: String = trimmed.chars().take(MESSAGE_MAX).collect();
        s.push('…');
        s
    } else {
        trimmed.to_string()
    }
}

/// The message of a record: its stream's template, or, for a stream
/// without a row, the stream's name and its first few short text fields.
pub fn message(stream: &str, spec: Option<&Stream>, rec: &Map<String, Value>) -> String {
    if let Some(spec) = spec {
        for (cond, template) in spec.message {
            if cond.as_ref().is_none_or(|c| c.holds(rec)) {
                let m = render(template, rec);
                if !m.is_empty() {
                    return m;
                }
                break;
            }
        }
    }
    const SKIP: &[&str] = &["collector", "source", "user", "timestamp"];
    let mut parts = vec![stream.to_string()];
    for (k, v) in rec {
        if parts.len() > 4 {
            break;
        }
        if SKIP.contains(&k.as_str())
            || k.ends_with("_b64")
            || k.ends_with("_raw")
            || generic_time_name(k)
        {
            continue;
        }
        if let Some(s) = v.as_str().filter(|s| !s.is_empty() && s.len() <= 200) {
            parts.push(format!("{k}={}", text::printable_str(s)));
        }
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn every_row_is_unique_and_its_templates_balanced() {
        for (i, s) in STREAMS.iter().enumerate() {
            assert!(
                STREAMS[i + 1..].iter().all(|o| o.name != s.name),
                "{} twice",
                s.name
            );
            for (_, m) in s.message {
                assert_eq!(m.matches('[').count(), m.matches(']').count(), "{m}");
                assert_eq!(m.matches('{').count(), m.matches('}').count(), "{m}");
            }
        }
    }

    #[test]
    fn a_download_gives_its_start_and_its_end() {
        let r = obj(json!({
            "collector": "browsers", "source": "/x", "user": "a",
            "timestamp": "2023-11-14T22:05:33.123456Z", "timestamp_raw": 1,
            "end_time": "2023-11-14T22:05:35Z", "end_time_raw": 2,
            "last_access_time": null, "browser": "Google Chrome",
            "url": "https://x/y.zip", "target_path": "/Users/a/Downloads/y.zip", "state": "COMPLETE"
        }));
        let s = spec("browser_downloads");
        let ev = events(s, &r).events;
        let got: Vec<(&str, &str)> = ev.iter().map(|e| (e.field.as_str(), &*e.desc)).collect();
        assert_eq!(
            got,
            [
                ("timestamp", "Download Start"),
                ("end_time", "Download End")
            ]
        );
        assert_eq!(ev[0].time.iso(), "2023-11-14T22:05:33.123456Z");
        assert_eq!(ev[0].time.micros(), 1_699_999_533_123_456);
        assert_eq!(
            message("browser_downloads", s, &r),
            "Google Chrome download https://x/y.zip to /Users/a/Downloads/y.zip (COMPLETE)"
        );
    }

    #[test]
    fn conditions_pick_the_description() {
        let s = spec("browser_history");
        let cleared = obj(json!({
            "timestamp": "2024-01-02T03:04:05Z", "deleted": true,
            "deleted_from": "0000-12-30T00:00:00Z", "deleted_until": "2024-01-02T03:04:05Z",
            "browser": "Safari", "url": null
        }));
        let t = events(s, &cleared);
        assert_eq!(t.events.len(), 1);
        assert_eq!(t.events[0].desc, "History Cleared (end of range)");
        assert_eq!(t.out_of_range, 1, "year 0 is out of Timesketch's range");
        assert_eq!(
            message("browser_history", s, &cleared),
            "Safari history cleared"
        );
        let visit = obj(
            json!({"timestamp": "2024-01-02T03:04:05Z", "deleted": false,
            "browser": "Safari", "url": "https://a/", "title": "A"}),
        );
        assert_eq!(events(s, &visit).events[0].desc, "Visit Time");
        assert_eq!(
            message("browser_history", s, &visit),
            "Safari visit https://a/ “A”"
        );
    }

    #[test]
    fn unknown_streams_and_fields_are_read_generically() {
        let r = obj(json!({
            "timestamp": "2024-05-01T10:00:00+02:00",
            "mount_time": "2024-05-01T09:00:00.5Z",
            "end_time": 1234, "nottime": "2024-05-01T09:00:00Z",
            "first_seen_timestamp": "not a time",
            "volume": "TEST-USB"
        }));
        let ev = events(None, &r).events;
        let got: Vec<(&str, &str, String)> = ev
            .iter()
            .map(|e| (e.field.as_str(), &*e.desc, e.time.iso()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "timestamp",
                    "Event Time",
                    "2024-05-01T08:00:00Z".to_string()
                ),
                (
                    "mount_time",
                    "Mount Time",
                    "2024-05-01T09:00:00.500Z".to_string()
                ),
            ]
        );
        assert_eq!(
            message("unified_logs", None, &r),
            "unified_logs nottime=2024-05-01T09:00:00Z volume=TEST-USB"
        );
        // A known stream's new time field is read too.
        let r =
            obj(json!({"timestamp": "2024-05-01T10:00:00Z", "new_time": "2024-05-02T10:00:00Z"}));
        assert_eq!(events(spec("asl"), &r).events.len(), 2);
    }

    #[test]
    fn nested_fields_and_hostile_values() {
        let r = obj(json!({
            "category": "launchd", "label": "com.evil\u{202e}gpj.exe",
            "program_path": "/tmp/x\n<script>", "program_quarantine": {"time": "2024-01-01T00:00:00Z"},
            "notes": ["program_in_tmp", "program_unsigned"]
        }));
        let s = spec("persistence");
        let ev = events(s, &r).events;
        assert_eq!(ev[0].field, "program_quarantine.time");
        assert_eq!(ev[0].desc, "Program Quarantine Time");
        assert_eq!(
            message("persistence", s, &r),
            "launchd com.evil\\u{202e}gpj.exe program /tmp/x\\n<script> notes: program_in_tmp program_unsigned"
        );
    }

    #[test]
    fn software_and_gatekeeper_messages_by_kind_and_table() {
        let s = spec("software");
        let app = obj(json!({
            "kind": "app", "path": "/Applications/X.app", "bundle_id": "com.x",
            "short_version": "1.0", "exe_signature_status": "unsigned",
            "quarantine": {"agent": "Safari", "time": "2024-01-01T00:00:00Z"},
            "notes": ["quarantined", "unsigned"]
        }));
        assert_eq!(
            message("software", s, &app),
            "application /Applications/X.app com.x 1.0 (unsigned) quarantined by Safari notes: quarantined unsigned"
        );
        let t = events(s, &app).events;
        assert_eq!(t[0].field, "quarantine.time");
        assert_eq!(t[0].desc, "Application Quarantine Time");
        let cask = obj(json!({"kind": "homebrew_cask", "name": "firefox", "version": "125.0"}));
        assert_eq!(message("software", s, &cask), "Homebrew cask firefox 125.0");
        let s = spec("gatekeeper_exec_policy");
        let m = obj(json!({
            "table": "executable_measurements_v2", "timestamp": "2024-01-01T00:00:00Z",
            "signing_identifier": "a-1234", "is_signed": 0, "is_quarantined": 1
        }));
        assert_eq!(
            message("gatekeeper_exec_policy", s, &m),
            "Gatekeeper measured a-1234 signed=0 quarantined=1"
        );
        assert_eq!(events(s, &m).events[0].desc, "Executable Measured");
    }

    #[test]
    fn instants_before_1970_round_down() {
        let t = parse_time("1969-12-31T23:59:59.999999999Z").unwrap();
        assert_eq!(t.micros(), -1);
        assert_eq!(t.day(), -1);
        assert_eq!(t.iso(), "1969-12-31T23:59:59.999999999Z");
        assert!(in_range(&t));
        assert!(!in_range(&parse_time("1601-01-01T00:00:00Z").unwrap()));
    }
}
