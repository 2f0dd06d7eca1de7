//! `security_logs`: what macOS's own defences hold: the XProtect signature
//! set and its version, XProtect's detections, Gatekeeper's scan cache and
//! rule database, and the last file Gatekeeper refused.
//!
//! **What.** Before reading any other artifact an examiner notes how the Mac
//! was protected and what its defences saw. XProtect's version says how old
//! its signatures were (a Mac that stopped updating misses every family
//! added since); its detections database (macOS 15) names the rule a
//! program broke; Gatekeeper's `ExecPolicy` keeps one row per executable it
//! scanned, with cdhash, team and signing identifiers, the verdict and the
//! scan time, which outlives the executable itself.
//!
//! **Where.**
//! - XProtect's data, `XProtect.meta.plist` (`Version`, the Safari
//!   extension, plug-in and Gatekeeper blocklists), `XProtect.plist` (one
//!   entry per legacy signature), `XProtect.yara` (one `rule NAME` per
//!   signature), in the `Contents/Resources` of each place a macOS version
//!   keeps the bundle: `/System/Library/CoreServices/CoreTypes.bundle`
//!   (up to 10.12), `/System/Library/CoreServices/XProtect.bundle`
//!   (10.13-10.14), `/Library/Apple/System/Library/CoreServices/XProtect.bundle`
//!   (10.15+), `/Library/Apple/System/Library/CoreServices/XProtect.app`
//!   (14+, the scanning agent) and `/private/var/protected/xprotect/XProtect.bundle`
//!   (15+, updated by `xprotect update`). The bundle's `Contents/Info.plist`
//!   (`CFBundleShortVersionString`) and `Contents/version.plist` are read
//!   when present. Every file is archived.
//! - XProtect's detections: `/private/var/protected/xprotect/XPdb` and
//!   `/private/var/protected/xprotect/db/XPdb` (SQLite, macOS 13-15, the
//!   XProtect Behavior Service): `settings` (`databaseSchemaVersion`) and
//!   `events` (`dt`, `violated_rule`, `exec_path`, `exec_cdhash`,
//!   `exec_signing_id`, `exec_team_id`, `exec_sha256`, `exec_is_notarized`,
//!   `responsible_*`, `reported`, `profile_hash`).
//! - Gatekeeper's scan cache: `/private/var/db/SystemPolicyConfiguration/ExecPolicy`
//!   (SQLite, 10.14+): `policy_scan_cache` (`volume_uuid`, `object_id`,
//!   `fs_type_name`, `bundle_id`, `cdhash`, `team_identifier`,
//!   `signing_identifier`, `policy_match`, `malware_result`, `flags`,
//!   `mod_time`, `timestamp`, `revocation_check_time`, `scan_version`,
//!   `top_policy_match`), `executable_measurements_v2`, `provenance_tracking`
//!   (13+), `scan_targets_v2` and the smaller tables.
//! - Gatekeeper's rules: `/private/var/db/SystemPolicy` (SQLite): `authority`
//!   (the rules `spctl` lists and adds, with Julian-date `ctime`/`mtime`),
//!   `object` (per-object overrides), `feature`.
//! - `/private/var/db/.LastGKReject` and, on newer systems,
//!   `/private/var/db/SystemPolicyConfiguration/.LastGKReject`: a property
//!   list about the last file Gatekeeper refused (`TimeStamp`/`Timestamp`,
//!   `XProtectMalwareType`, `PromptType`, `DirectApproval`,
//!   `IsExecutionPath`, `BookmarkData` to the file).
//!
//! Every database is staged with its `-wal`/`-journal` (WAL-safe) and read
//! table by table, every column kept as stored (`row`): the schemas change
//! between macOS versions and are not documented by Apple, so a table or
//! column this module does not know is still read, never a failure (text
//! that is not UTF-8 kept exactly as `<column>_b64` beside it). Times
//! are converted where the epoch is known (Unix seconds in `ExecPolicy`,
//! Julian days in `SystemPolicy`) and the stored value kept beside.
//!
//! **Output** `parsed/xprotect.jsonl`, `parsed/xprotect_detections.jsonl`,
//! `parsed/gatekeeper_exec_policy.jsonl`, `parsed/gatekeeper_rules.jsonl`,
//! `parsed/gatekeeper_reject.jsonl`: see `docs/collectors/security_logs.md`.
//!
//! **References.** mac_apt `plugins/xprotect.py` (the `XPdb` paths and
//! `events` columns) and `plugins/quarantine.py` (`.LastGKReject`: its
//! bookmark and `XProtectMalwareType` values); artemis
//! `forensics/src/artifacts/os/macos/execpolicy/policy.rs` (the
//! `ExecPolicy` columns, times as Unix seconds) and its XProtect page (the
//! bundle paths); Apple's `libsecurity_codesigning/lib/syspolicy.sql`
//! (the `SystemPolicy` schema, dates in Julian form); Scott Knight,
//! "syspolicyd internals" (2019).

mod sql;
mod xprotect;

use std::path::Path;

use serde_json::Value;

use crate::formats::keyed_archive::{plist_date_to_cocoa, to_json};
use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::{time, Collector, Ctx, Fatal};

pub use sql::{Epoch, TableSpec};
pub use xprotect::{count_yara_rules, YaraCount};

pub struct SecurityLogs;

static DESCRIPTION: Description = Description {
    name: "security_logs",
    reads: "XProtect version and signature counts (every bundle location), XProtect detections (XPdb), Gatekeeper ExecPolicy and SystemPolicy databases, .LastGKReject",
    outputs: &[
        "xprotect",
        "xprotect_detections",
        "gatekeeper_exec_policy",
        "gatekeeper_rules",
        "gatekeeper_reject",
    ],
    scope: Scope::AnyRoot,
    cost: Cost::Cheap,
};

/// The XProtect detections databases (macOS 13-15).
pub const XPDB: &[&str] = &[
    "/private/var/protected/xprotect/XPdb",
    "/private/var/protected/xprotect/db/XPdb",
];
pub const EXEC_POLICY: &str = "/private/var/db/SystemPolicyConfiguration/ExecPolicy";
pub const SYSTEM_POLICY: &str = "/private/var/db/SystemPolicy";
pub const LAST_GK_REJECT: &[&str] = &[
    "/private/var/db/.LastGKReject",
    "/private/var/db/SystemPolicyConfiguration/.LastGKReject",
];

/// The tables of `XPdb` whose times are known.
const XPDB_TABLES: &[TableSpec] = &[TableSpec {
    table: "events",
    times: &[("dt", "timestamp", "timestamp_raw", Epoch::TextOrUnix)],
    fields: &[
        "violated_rule",
        "exec_path",
        "exec_cdhash",
        "exec_signing_id",
        "exec_team_id",
        "exec_sha256",
        "exec_is_notarized",
        "responsible_path",
        "responsible_signing_id",
        "responsible_team_id",
        "reported",
    ],
}];

/// The tables of `ExecPolicy` whose times are known (Unix seconds).
const EXEC_POLICY_TABLES: &[TableSpec] = &[
    TableSpec {
        table: "policy_scan_cache",
        times: &[
            ("timestamp", "timestamp", "timestamp_raw", Epoch::Unix),
            ("mod_time", "mod_time", "mod_time_raw", Epoch::Unix),
            (
                "revocation_check_time",
                "revocation_check_time",
                "revocation_check_time_raw",
                Epoch::Unix,
            ),
        ],
        fields: &[
            "cdhash",
            "team_identifier",
            "signing_identifier",
            "bundle_id",
            "volume_uuid",
            "object_id",
            "fs_type_name",
            "policy_match",
            "malware_result",
            "flags",
        ],
    },
    TableSpec {
        table: "executable_measurements_v2",
        times: &[
            ("timestamp", "timestamp", "timestamp_raw", Epoch::Unix),
            (
                "executable_timestamp",
                "executable_time",
                "executable_time_raw",
                Epoch::Unix,
            ),
            (
                "reported_timestamp",
                "reported_time",
                "reported_time_raw",
                Epoch::Unix,
            ),
        ],
        fields: &[
            "cdhash",
            "team_identifier",
            "signing_identifier",
            "bundle_identifier",
            "file_identifier",
            "responsible_file_identifier",
            "main_executable_hash",
            "is_signed",
            "is_quarantined",
        ],
    },
    TableSpec {
        table: "provenance_tracking",
        times: &[("timestamp", "timestamp", "timestamp_raw", Epoch::Unix)],
        fields: &[
            "url",
            "cdhash",
            "team_identifier",
            "signing_identifier",
            "bundle_id",
            "flags",
        ],
    },
    TableSpec {
        table: "scan_targets_v2",
        times: &[
            ("timestamp", "timestamp", "timestamp_raw", Epoch::Unix),
            (
                "measured_timestamp",
                "measured_time",
                "measured_time_raw",
                Epoch::Unix,
            ),
        ],
        fields: &["path", "responsible_path"],
    },
    TableSpec {
        table: "historic_gk_overrides",
        times: &[("timestamp", "timestamp", "timestamp_raw", Epoch::Unix)],
        fields: &[],
    },
    TableSpec {
        table: "historic_malware_blocks",
        times: &[("timestamp", "timestamp", "timestamp_raw", Epoch::Unix)],
        fields: &["cdhash"],
    },
];

/// The tables of `SystemPolicy` (dates in Julian days; `created` in Unix
/// seconds in the first schema).
const SYSTEM_POLICY_TABLES: &[TableSpec] = &[
    TableSpec {
        table: "authority",
        times: &[
            ("ctime", "timestamp", "timestamp_raw", Epoch::Julian),
            ("mtime", "modified", "modified_raw", Epoch::Julian),
            ("expires", "expires", "expires_raw", Epoch::Julian),
        ],
        fields: &[
            "id",
            "type",
            "label",
            "requirement",
            "allow",
            "disabled",
            "priority",
            "flags",
            "user",
            "remarks",
        ],
    },
    TableSpec {
        table: "object",
        times: &[
            ("ctime", "timestamp", "timestamp_raw", Epoch::Julian),
            ("created", "timestamp", "timestamp_raw", Epoch::Unix),
            ("mtime", "modified", "modified_raw", Epoch::Julian),
            ("expires", "expires", "expires_raw", Epoch::Julian),
        ],
        fields: &[
            "id",
            "type",
            "hash",
            "allow",
            "label",
            "authority",
            "path",
            "remarks",
        ],
    },
];

impl Collector for SecurityLogs {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        xprotect::collect(ctx);
        for db in XPDB {
            if ctx.should_stop() {
                return Ok(());
            }
            sql::read_database(ctx, Path::new(db), "xprotect_detections", XPDB_TABLES);
        }
        if ctx.should_stop() {
            return Ok(());
        }
        sql::read_database(
            ctx,
            Path::new(EXEC_POLICY),
            "gatekeeper_exec_policy",
            EXEC_POLICY_TABLES,
        );
        if ctx.should_stop() {
            return Ok(());
        }
        sql::read_database(
            ctx,
            Path::new(SYSTEM_POLICY),
            "gatekeeper_rules",
            SYSTEM_POLICY_TABLES,
        );
        for f in LAST_GK_REJECT {
            last_gk_reject(ctx, Path::new(f));
        }
        Ok(())
    }
}

/// `XProtectMalwareType` of `.LastGKReject`, as mac_apt reads it (after
/// Patrick Wardle); 0 is what a refusal that is not a malware verdict
/// stores.
pub fn malware_type_name(n: i64) -> Option<&'static str> {
    Some(match n {
        0 => "none",
        2 => "unsigned",
        3 => "modified bundle",
        5 => "signed app",
        7 => "modified app",
        _ => return None,
    })
}

fn plist_i64(v: Option<&plist::Value>) -> Option<i64> {
    match v? {
        plist::Value::Integer(i) => i.as_signed(),
        plist::Value::Boolean(b) => Some(i64::from(*b)),
        _ => None,
    }
}

fn plist_bool(v: Option<&plist::Value>) -> Value {
    match v {
        Some(plist::Value::Boolean(b)) => Value::Bool(*b),
        Some(plist::Value::Integer(i)) => i
            .as_signed()
            .map(|n| Value::Bool(n != 0))
            .unwrap_or(Value::Null),
        _ => Value::Null,
    }
}

/// Mac absolute seconds (a binary plist's double) to UTC, to the
/// microsecond: the double holds no more (at 7e8 seconds its step is about
/// 0.1 µs), and plaso and Apple's tools print microseconds.
fn from_mac_micros(raw: f64) -> Option<chrono::DateTime<chrono::Utc>> {
    if raw == 0.0 || !raw.is_finite() || raw.abs() > 1e15 {
        return None;
    }
    let micros = (raw * 1e6).round() as i64;
    let nanos = u32::try_from(micros.rem_euclid(1_000_000) * 1000).ok()?;
    time::from_unix(
        micros
            .div_euclid(1_000_000)
            .checked_add(time::MAC_EPOCH_OFFSET)?,
        nanos,
    )
}

/// A plist date as (converted, raw Mac absolute seconds).
pub fn plist_time(v: Option<&plist::Value>) -> (Option<chrono::DateTime<chrono::Utc>>, Value) {
    let raw = match v {
        Some(plist::Value::Date(d)) => plist_date_to_cocoa(*d),
        Some(plist::Value::Real(f)) => *f,
        _ => return (None, Value::Null),
    };
    (
        from_mac_micros(raw),
        serde_json::Number::from_f64(raw)
            .map(Value::Number)
            .unwrap_or(Value::Null),
    )
}

fn last_gk_reject(ctx: &mut Ctx<'_>, path: &Path) {
    let Some(v) = ctx.read_plist(path) else {
        return;
    };
    let Some(d) = v.as_dictionary() else {
        ctx.error(path, "not a dictionary: nothing read");
        return;
    };
    let stamp = d.get("TimeStamp").or_else(|| d.get("Timestamp"));
    let (t, raw) = plist_time(stamp);
    let malware = plist_i64(d.get("XProtectMalwareType"));
    let (target, bookmark_error) = match d.get("BookmarkData").and_then(|b| b.as_data()) {
        Some(b) => match crate::formats::bookmark::parse_bookmark(b) {
            Ok(bm) => (bm.path, None),
            Err(e) => (None, Some(e.to_string())),
        },
        None => (None, None),
    };
    if let Some(e) = &bookmark_error {
        ctx.error(path, format!("BookmarkData not decoded: {e}"));
    }
    let rec = ctx
        .record(path, None)
        .time(t, raw)
        .set("path", target)
        .set("xprotect_malware_type", malware)
        .set(
            "xprotect_malware_type_name",
            malware.and_then(malware_type_name),
        )
        .set("prompt_type", plist_i64(d.get("PromptType")))
        .set("direct_approval", plist_bool(d.get("DirectApproval")))
        .set("is_execution_path", plist_bool(d.get("IsExecutionPath")))
        .set("bookmark_error", bookmark_error)
        .set("plist", to_json(&v));
    ctx.emit("gatekeeper_reject", rec);
}

#[cfg(test)]
mod tests;
