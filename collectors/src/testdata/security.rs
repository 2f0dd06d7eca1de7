//! The security databases of macOS, with their real schemas, and writers
//! of small samples of them (for the `security_logs` tests and the sample
//! root).
//!
//! Where each schema comes from:
//! - `SystemPolicy`: Apple's `libsecurity_codesigning/lib/syspolicy.sql`
//!   (apple-open-source/macos), the `feature`, `authority` and `object`
//!   tables as written there (dates in Julian form, 5000000 = never).
//! - `ExecPolicy`: the columns artemis reads
//!   (`forensics/src/artifacts/os/macos/execpolicy/policy.rs`:
//!   `executable_measurements_v2` joined to `policy_scan_cache` on
//!   `cdhash`) and those the iLEAPP-family `ExecPolicy` parser documents
//!   for `provenance_tracking` on macOS 15 (`pk`, `url`, `bundle_id`,
//!   `cdhash`, `team_identifier`, `signing_identifier`, `flags`,
//!   `timestamp`, `link_pk`). Times are Unix seconds
//!   (`strftime('%s','now')` defaults).
//! - `XPdb`: mac_apt `plugins/xprotect.py` (`settings(name, value)` with
//!   `databaseSchemaVersion` 1, and the `events` columns it selects).

use std::path::Path;

use rusqlite::{params, Connection};

pub const SYSTEM_POLICY_SCHEMA: &str = "
CREATE TABLE feature (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, value TEXT NULL, remarks TEXT NULL);
CREATE TABLE authority (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  version INTEGER NOT NULL DEFAULT (1) CHECK (version > 0),
  type INTEGER NOT NULL,
  requirement TEXT NULL CHECK ((requirement IS NULL) = ((flags & 1) != 0)),
  allow INTEGER NOT NULL DEFAULT (1) CHECK (allow = 0 OR allow = 1),
  disabled INTEGER NOT NULL DEFAULT (0) CHECK (disabled >= 0),
  expires FLOAT NOT NULL DEFAULT (5000000),
  priority REAL NOT NULL DEFAULT (0),
  label TEXT NULL,
  flags INTEGER NOT NULL DEFAULT (0),
  ctime FLOAT NOT NULL DEFAULT (JULIANDAY('now')),
  mtime FLOAT NOT NULL DEFAULT (JULIANDAY('now')),
  user TEXT NULL,
  remarks TEXT NULL
);
CREATE TABLE object (
  id INTEGER PRIMARY KEY,
  type INTEGER NOT NULL,
  hash CDHASH NOT NULL,
  allow INTEGER NOT NULL,
  expires FLOAT NOT NULL DEFAULT (5000000),
  authority INTEGER NOT NULL REFERENCES authority(id) ON DELETE CASCADE,
  path TEXT NULL,
  ctime FLOAT NOT NULL DEFAULT (JULIANDAY('now')),
  mtime FLOAT NOT NULL DEFAULT (JULIANDAY('now')),
  remarks TEXT NULL
);
CREATE VIEW active_authority AS SELECT * from authority WHERE disabled = 0 AND JULIANDAY('now') < expires AND (flags & 1) = 0;
";

pub const EXEC_POLICY_SCHEMA: &str = "
CREATE TABLE policy_scan_cache (
  pk INTEGER PRIMARY KEY AUTOINCREMENT,
  volume_uuid TEXT NOT NULL,
  object_id INTEGER NOT NULL,
  fs_type_name TEXT NOT NULL,
  bundle_id TEXT,
  cdhash TEXT,
  team_identifier TEXT,
  signing_identifier TEXT,
  policy_match INTEGER,
  malware_result INTEGER,
  flags INTEGER,
  mod_time INTEGER,
  timestamp INTEGER NOT NULL DEFAULT (strftime('%s','now')),
  revocation_check_time INTEGER DEFAULT (strftime('%s','now')),
  scan_version INTEGER,
  top_policy_match INTEGER
);
CREATE TABLE executable_measurements_v2 (
  is_signed INTEGER,
  file_identifier TEXT NOT NULL,
  bundle_identifier TEXT,
  bundle_version TEXT,
  team_identifier TEXT,
  signing_identifier TEXT,
  cdhash TEXT,
  main_executable_hash TEXT,
  executable_timestamp INTEGER,
  file_size INTEGER,
  is_library INTEGER,
  is_used INTEGER,
  responsible_file_identifier TEXT,
  is_valid INTEGER,
  is_quarantined INTEGER,
  timestamp INTEGER NOT NULL DEFAULT (strftime('%s','now')),
  reported_timestamp INTEGER
);
CREATE TABLE provenance_tracking (
  pk INTEGER PRIMARY KEY AUTOINCREMENT,
  url TEXT,
  bundle_id TEXT,
  cdhash TEXT,
  team_identifier TEXT,
  signing_identifier TEXT,
  flags INTEGER,
  timestamp INTEGER NOT NULL DEFAULT (strftime('%s','now')),
  link_pk INTEGER
);
CREATE TABLE settings (name TEXT PRIMARY KEY, value);
";

pub const XPDB_SCHEMA: &str = "
CREATE TABLE settings (name TEXT PRIMARY KEY, value);
CREATE TABLE events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dt TEXT,
  violated_rule TEXT,
  exec_path TEXT, exec_cdhash TEXT, exec_signing_id TEXT, exec_team_id TEXT, exec_sha256 TEXT, exec_is_notarized INTEGER,
  responsible_path TEXT, responsible_cdhash TEXT, responsible_signing_id TEXT, responsible_team_id TEXT, responsible_sha256 TEXT, responsible_is_notarized INTEGER,
  reported INTEGER,
  profile_hash TEXT
);
";

/// Julian day of a Unix time.
pub fn julian(unix: i64) -> f64 {
    unix as f64 / 86_400.0 + 2_440_587.5
}

fn new_db(path: &Path, schema: &str) -> Connection {
    let _ = std::fs::remove_file(path);
    let c = Connection::open(path).unwrap();
    c.execute_batch(schema).unwrap();
    c
}

/// One scanned executable of `policy_scan_cache` (and its measurement and
/// provenance rows when `url` is given).
pub struct Scan<'a> {
    pub cdhash: &'a str,
    pub team: Option<&'a str>,
    pub signing_id: &'a str,
    pub bundle_id: &'a str,
    pub object_id: i64,
    pub policy_match: i64,
    pub malware_result: i64,
    pub flags: i64,
    pub timestamp: i64,
    pub url: Option<&'a str>,
}

/// An `ExecPolicy` with `scans`.
pub fn exec_policy(path: &Path, scans: &[Scan<'_>]) {
    let c = new_db(path, EXEC_POLICY_SCHEMA);
    for s in scans {
        c.execute(
            "INSERT INTO policy_scan_cache (volume_uuid, object_id, fs_type_name, bundle_id, cdhash,
               team_identifier, signing_identifier, policy_match, malware_result, flags, mod_time,
               timestamp, revocation_check_time, scan_version, top_policy_match)
             VALUES ('0A81F3B1-51D9-3335-B3E3-169C3640360D', ?1, 'apfs', ?2, ?3, ?4, ?5, ?6, ?7, ?8,
               ?9, ?10, ?11, 4146, ?6)",
            params![
                s.object_id,
                s.bundle_id,
                s.cdhash,
                s.team,
                s.signing_id,
                s.policy_match,
                s.malware_result,
                s.flags,
                s.timestamp - 60,
                s.timestamp,
                s.timestamp + 1,
            ],
        )
        .unwrap();
        if let Some(url) = s.url {
            c.execute(
                "INSERT INTO provenance_tracking (url, bundle_id, cdhash, team_identifier,
                   signing_identifier, flags, timestamp, link_pk) VALUES (?1, ?2, ?3, ?4, ?5, 2, ?6, 0)",
                params![url, s.bundle_id, s.cdhash, s.team, s.signing_id, s.timestamp],
            )
            .unwrap();
        }
    }
    c.execute(
        "INSERT INTO settings VALUES ('databaseSchemaVersion', 4)",
        [],
    )
    .unwrap();
}

/// One rule of `SystemPolicy`'s `authority`: (label, requirement, allow,
/// created, user).
pub type Rule<'a> = (&'a str, &'a str, i64, i64, Option<&'a str>);

/// A `SystemPolicy` with Apple's default rules' shape and `rules`.
pub fn system_policy(path: &Path, rules: &[Rule<'_>]) {
    let c = new_db(path, SYSTEM_POLICY_SCHEMA);
    c.execute(
        "INSERT INTO feature (name, value, remarks) VALUES ('bookmarkhints', 'value', 'builtin')",
        [],
    )
    .unwrap();
    for (label, req, allow, created, user) in rules {
        c.execute(
            "INSERT INTO authority (type, requirement, allow, label, flags, ctime, mtime, user)
             VALUES (1, ?1, ?2, ?3, 0, ?4, ?4, ?5)",
            params![req, allow, label, julian(*created), user],
        )
        .unwrap();
    }
}

/// One detection of `XPdb`'s `events`: (dt text, rule, path, cdhash,
/// signing ID, team ID).
pub type Detection<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str, Option<&'a str>);

/// An `XPdb` (schema version 1) with `events`.
pub fn xpdb(path: &Path, events: &[Detection<'_>]) {
    let c = new_db(path, XPDB_SCHEMA);
    c.execute(
        "INSERT INTO settings VALUES ('databaseSchemaVersion', 1)",
        [],
    )
    .unwrap();
    for (dt, rule, exec, cdhash, sid, team) in events {
        c.execute(
            "INSERT INTO events (dt, violated_rule, exec_path, exec_cdhash, exec_signing_id,
               exec_team_id, exec_sha256, exec_is_notarized, responsible_path, reported, profile_hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, 0, ?3, 0, NULL)",
            params![dt, rule, exec, cdhash, sid, team],
        )
        .unwrap();
    }
}
