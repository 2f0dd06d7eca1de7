//! `tcc`: what each application may touch (Transparency, Consent and
//! Control): Full Disk Access, Accessibility, Screen Recording, Input
//! Monitoring, camera, microphone, files and folders, automation.
//!
//! **What.** `tccd` keeps every decision in SQLite databases: the system
//! one (services that concern the whole Mac: Full Disk Access,
//! Accessibility, Screen Recording, Input Monitoring...) and one per user
//! (camera, microphone, folders, automation...). Infostealers and
//! remote-access tools either get a grant here or plant one; a grant to an
//! unsigned program in a download folder is a finding on its own.
//!
//! **Where.**
//! - `/Library/Application Support/com.apple.TCC/TCC.db` (system);
//! - `~/Library/Application Support/com.apple.TCC/TCC.db` (every home,
//!   `/private/var/root` included);
//! - `/Library/Application Support/com.apple.TCC/MDMOverrides.plist`:
//!   decisions pushed by MDM privacy profiles (PPPC), keyed by client and
//!   service.
//!
//! Databases are staged with their `-wal`/`-journal` (the kit's
//! WAL-safe snapshot) and the staged copy is read through
//! [`Ctx::open_sqlite`]: the run's time limit holds inside each query, and
//! text that is not UTF-8 is kept exactly (`<field>_b64`).
//!
//! **Versions.** The `access` table: before macOS 11 a decision is
//! `allowed` (0/1) with `prompt_count` (10.14-10.15 add
//! `last_modified`, `indirect_object_*`, `flags`); from macOS 11 it is
//! `auth_value` (0 denied, 1 unknown, 2 allowed, 3 limited), `auth_reason`
//! and `auth_version`; macOS 14 adds `pid`, `pid_version`, `boot_uuid`,
//! `last_reminded`. Columns are read by name; a table with neither
//! `auth_value` nor `allowed` is reported with its columns and its rows are
//! kept with whatever known columns it has.
//!
//! **Access.** On a live Mac the databases are protected by TCC itself:
//! without Full Disk Access they cannot be opened, which the kit records as
//! a permission error naming Full Disk Access (and the manifest's
//! `full_disk_access` check says so), never as an absent file.
//!
//! **Output** `parsed/tcc.jsonl`: one record per `access` row and per MDM
//! override: see `docs/collectors/tcc.md`.
//!
//! **References.** mac_apt `plugins/tcc.py`; plaso
//! `parsers/sqlite_plugins/mac_tcc.py` (and its test on `TCC-test.db`:
//! 21 rows); Apple Endpoint Security `es_tcc_authorization_right_t` and
//! `es_tcc_authorization_reason_t` (the meaning of `auth_value` and
//! `auth_reason`); Apple `tccutil(1)`; the `csreq` decoder in
//! [`crate::formats::csreq`].

use std::path::{Path, PathBuf};

use plist::Value as P;
use rusqlite::types::ValueRef;
use serde_json::Value;

use crate::formats::csreq;
use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::sqlite::Columns;
use crate::kit::{time, Collector, Ctx, Fatal};

pub struct Tcc;

const STREAM: &str = "tcc";

pub const SYSTEM_DB: &str = "/Library/Application Support/com.apple.TCC/TCC.db";
pub const USER_DB: &str = "Library/Application Support/com.apple.TCC/TCC.db";
pub const MDM_OVERRIDES: &str = "/Library/Application Support/com.apple.TCC/MDMOverrides.plist";

/// The readable name of a TCC service, as System Settings shows it.
pub fn service_name(service: &str) -> Option<&'static str> {
    Some(match service {
        "kTCCServiceAll" => "All services",
        "kTCCServiceAccessibility" => "Accessibility",
        "kTCCServiceAddressBook" => "Contacts",
        "kTCCServiceAppleEvents" => "Automation (Apple Events)",
        "kTCCServiceAudioCapture" => "System audio recording",
        "kTCCServiceBluetoothAlways" => "Bluetooth",
        "kTCCServiceCalendar" => "Calendars",
        "kTCCServiceCamera" => "Camera",
        "kTCCServiceContactsFull" => "Contacts (full)",
        "kTCCServiceContactsLimited" => "Contacts (limited)",
        "kTCCServiceDeveloperTool" => "Developer Tools",
        "kTCCServiceEndpointSecurityClient" => "Endpoint Security client",
        "kTCCServiceFacebook" => "Facebook account",
        "kTCCServiceFileProviderDomain" => "File Provider",
        "kTCCServiceFileProviderPresence" => "File Provider presence",
        "kTCCServiceFocusStatus" => "Focus status",
        "kTCCServiceGameCenterFriends" => "Game Center friends",
        "kTCCServiceLinkedIn" => "LinkedIn account",
        "kTCCServiceListenEvent" => "Input Monitoring",
        "kTCCServiceLiverpool" => "CloudKit (Liverpool)",
        "kTCCServiceLocation" => "Location Services",
        "kTCCServiceMediaLibrary" => "Media & Apple Music",
        "kTCCServiceMicrophone" => "Microphone",
        "kTCCServiceMotion" => "Motion & Fitness",
        "kTCCServicePhotos" => "Photos",
        "kTCCServicePhotosAdd" => "Photos (add only)",
        "kTCCServicePostEvent" => "Accessibility (synthetic input events)",
        "kTCCServiceReminders" => "Reminders",
        "kTCCServiceRemoteDesktop" => "Remote Desktop",
        "kTCCServiceScreenCapture" => "Screen Recording",
        "kTCCServiceShareKit" => "Share menu",
        "kTCCServiceSinaWeibo" => "Sina Weibo account",
        "kTCCServiceSiri" => "Siri",
        "kTCCServiceSpeechRecognition" => "Speech Recognition",
        "kTCCServiceSystemPolicyAllFiles" => "Full Disk Access",
        "kTCCServiceSystemPolicyAppBundles" => "App Management",
        "kTCCServiceSystemPolicyAppData" => "Other apps' data",
        "kTCCServiceSystemPolicyDesktopFolder" => "Desktop folder",
        "kTCCServiceSystemPolicyDeveloperFiles" => "Developer files",
        "kTCCServiceSystemPolicyDocumentsFolder" => "Documents folder",
        "kTCCServiceSystemPolicyDownloadsFolder" => "Downloads folder",
        "kTCCServiceSystemPolicyNetworkVolumes" => "Network volumes",
        "kTCCServiceSystemPolicyRemovableVolumes" => "Removable volumes",
        "kTCCServiceSystemPolicySysAdminFiles" => "Administer system files",
        "kTCCServiceTencentWeibo" => "Tencent Weibo account",
        "kTCCServiceTwitter" => "Twitter account",
        "kTCCServiceUbiquity" => "iCloud Drive (Ubiquity)",
        "kTCCServiceUserAvailability" => "Focus status (user availability)",
        "kTCCServiceUserTracking" => "App tracking",
        "kTCCServiceWebBrowserPublicKeyCredential" => "Passkeys in web browsers",
        "kTCCServiceWillow" => "Home (HomeKit)",
        _ => return None,
    })
}

/// `client_type` and `indirect_object_identifier_type`.
fn identity_type(n: i64) -> Option<&'static str> {
    match n {
        0 => Some("bundle_id"),
        1 => Some("absolute_path"),
        _ => None,
    }
}

/// `auth_value` (macOS 11+): `es_tcc_authorization_right_t`.
pub fn auth_value_name(n: i64) -> Option<&'static str> {
    Some(match n {
        0 => "denied",
        1 => "unknown",
        2 => "allowed",
        3 => "limited",
        4 => "add_modify_added",
        5 => "session_pid",
        6 => "learn_more",
        _ => return None,
    })
}

/// `auth_reason` (macOS 11+): `es_tcc_authorization_reason_t`.
pub fn auth_reason_name(n: i64) -> Option<&'static str> {
    Some(match n {
        0 => "none",
        1 => "error",
        2 => "user_consent",
        3 => "user_set",
        4 => "system_set",
        5 => "service_policy",
        6 => "mdm_policy",
        7 => "service_override_policy",
        8 => "missing_usage_string",
        9 => "prompt_timeout",
        10 => "preflight_unknown",
        11 => "entitled",
        12 => "app_type_policy",
        13 => "prompt_cancel",
        _ => return None,
    })
}

/// Every column read from `access`: (stored name, alias).
const COLUMNS: [(&str, &str); 19] = [
    ("service", "service"),
    ("client", "client"),
    ("client_type", "client_type"),
    ("auth_value", "auth_value"),
    ("auth_reason", "auth_reason"),
    ("auth_version", "auth_version"),
    ("allowed", "allowed"),
    ("prompt_count", "prompt_count"),
    ("csreq", "csreq"),
    ("policy_id", "policy_id"),
    ("indirect_object_identifier_type", "io_type"),
    ("indirect_object_identifier", "io_id"),
    ("indirect_object_code_identity", "io_csreq"),
    ("flags", "flags"),
    ("last_modified", "last_modified"),
    ("pid", "pid"),
    ("pid_version", "pid_version"),
    ("boot_uuid", "boot_uuid"),
    ("last_reminded", "last_reminded"),
];

/// The fields a code requirement gives a record, with `prefix`.
struct Csreq {
    hex: Value,
    identifier: Value,
    team_id: Value,
    cdhash: Value,
    anchor: Value,
    error: Value,
}

impl Csreq {
    fn of(blob: Option<&[u8]>) -> Csreq {
        let Some(b) = blob.filter(|b| !b.is_empty()) else {
            return Csreq {
                hex: Value::Null,
                identifier: Value::Null,
                team_id: Value::Null,
                cdhash: Value::Null,
                anchor: Value::Null,
                error: Value::Null,
            };
        };
        let hex = Value::from(hex::encode(b));
        match csreq::decode(b) {
            Ok(r) => Csreq {
                hex,
                identifier: r.identifier().map(str::to_owned).into(),
                team_id: r.team_ids.first().cloned().into(),
                cdhash: r.cdhashes.first().cloned().into(),
                anchor: if r.anchor_apple {
                    "apple".into()
                } else if r.anchor_apple_generic {
                    "apple_generic".into()
                } else {
                    Value::Null
                },
                error: Value::Null,
            },
            Err(e) => Csreq {
                hex,
                identifier: Value::Null,
                team_id: Value::Null,
                cdhash: Value::Null,
                anchor: Value::Null,
                error: e.to_string().into(),
            },
        }
    }

    fn is_error(&self) -> bool {
        !self.error.is_null()
    }
}

/// The bytes of a stored code requirement (a BLOB, or bytes stored as TEXT).
fn blob(v: Option<ValueRef<'_>>) -> Option<&[u8]> {
    match v? {
        ValueRef::Blob(b) | ValueRef::Text(b) => Some(b),
        _ => None,
    }
}

/// The decision, whatever the schema: `allowed`, `denied`, `limited`,
/// `unknown`.
fn decision(auth_value: Option<i64>, allowed: Option<i64>) -> Option<&'static str> {
    match (auth_value, allowed) {
        (Some(0), _) => Some("denied"),
        (Some(2), _) => Some("allowed"),
        (Some(3), _) => Some("limited"),
        (Some(_), _) => Some("unknown"),
        (None, Some(0)) => Some("denied"),
        (None, Some(_)) => Some("allowed"),
        (None, None) => None,
    }
}

impl Tcc {
    fn parse_db(&self, ctx: &mut Ctx<'_>, target: &Path, user: Option<&str>) {
        let Some(db) = ctx.open_sqlite(target) else {
            return;
        };
        let Some(have) = db.require_table(ctx, "access", "TCC") else {
            return;
        };
        let schema = if have.contains("auth_value") {
            "auth_value"
        } else if have.contains("allowed") {
            "allowed"
        } else {
            let mut names: Vec<&str> = have.iter().map(String::as_str).collect();
            names.sort_unstable();
            ctx.error(
                target,
                format!(
                    "unknown access table schema (neither auth_value nor allowed); columns: {}; rows kept with the known columns",
                    names.join(", ")
                ),
            );
            "unknown"
        };
        let cols = Columns::new().table(&have, "a", &COLUMNS);
        let sql = format!("SELECT {} FROM access a", cols.sql());
        let database = if user.is_some() { "user" } else { "system" };
        let mut bad_csreq: Vec<String> = Vec::new();
        db.for_each_row(ctx, "access", &sql, &cols, |ctx, r| {
            let service = r.text("service");
            let client_type = r.i64("client_type");
            let auth_value = r.i64("auth_value");
            let auth_reason = r.i64("auth_reason");
            let allowed = r.i64("allowed");
            let io_type = r.i64("io_type");
            let modified = r.i64("last_modified");
            let reminded = r.i64("last_reminded");
            let cs = Csreq::of(blob(r.raw("csreq")));
            let io_cs = Csreq::of(blob(r.raw("io_csreq")));
            for c in [&cs, &io_cs] {
                if let (true, Some(e)) = (c.is_error(), c.error.as_str()) {
                    bad_csreq.push(e.to_string());
                }
            }
            let rec = ctx
                .record(target, user)
                .time(
                    modified.and_then(time::from_unix_secs),
                    modified.map(Value::from).unwrap_or(Value::Null),
                )
                .set("kind", "access")
                .set("database", database)
                .set("schema", schema)
                .sql_text("service", "service_b64", r.raw("service"))
                .set("service_name", service.as_deref().and_then(service_name))
                .sql_text("client", "client_b64", r.raw("client"))
                .set("client_type", client_type)
                .set("client_type_name", client_type.and_then(identity_type))
                .set("decision", decision(auth_value, allowed))
                .set("auth_value", auth_value)
                .set("auth_value_name", auth_value.and_then(auth_value_name))
                .set("auth_reason", auth_reason)
                .set("auth_reason_name", auth_reason.and_then(auth_reason_name))
                .set("auth_version", r.i64("auth_version"))
                .set("allowed", allowed)
                .set("prompt_count", r.i64("prompt_count"))
                .set("csreq", cs.hex)
                .set("csreq_identifier", cs.identifier)
                .set("csreq_team_id", cs.team_id)
                .set("csreq_cdhash", cs.cdhash)
                .set("csreq_anchor", cs.anchor)
                .set("csreq_error", cs.error)
                .set("policy_id", r.i64("policy_id"))
                .set("indirect_object_type", io_type)
                .set("indirect_object_type_name", io_type.and_then(identity_type))
                .sql_text("indirect_object", "indirect_object_b64", r.raw("io_id"))
                .set("indirect_object_csreq", io_cs.hex)
                .set("indirect_object_csreq_identifier", io_cs.identifier)
                .set("indirect_object_csreq_error", io_cs.error)
                .set("flags", r.i64("flags"))
                .set(
                    "last_reminded",
                    time::json(reminded.and_then(time::from_unix_secs)),
                )
                .set("last_reminded_raw", reminded)
                .set("pid", r.i64("pid"))
                .set("pid_version", r.i64("pid_version"))
                .sql_text("boot_uuid", "boot_uuid_b64", r.raw("boot_uuid"));
            ctx.emit(STREAM, rec);
            Ok(())
        });
        if let Some(first) = bad_csreq.first() {
            ctx.error(
                target,
                format!(
                    "{} code requirement blob(s) did not decode (first: {first}); kept as hex",
                    bad_csreq.len()
                ),
            );
        }
    }

    /// MDM privacy (PPPC) overrides: client -> service -> decision (for
    /// Apple Events, service -> receiver -> decision).
    fn mdm_overrides(&self, ctx: &mut Ctx<'_>) {
        let target = Path::new(MDM_OVERRIDES);
        let Some(v) = ctx.read_plist(target) else {
            return;
        };
        let Some(top) = v.as_dictionary() else {
            ctx.error(target, "not a dictionary");
            return;
        };
        let mut bad_csreq = 0usize;
        for (client, services) in top {
            let Some(services) = services.as_dictionary() else {
                ctx.error(target, format!("entry {client:?} is not a dictionary"));
                continue;
            };
            for (service, entry) in services {
                let Some(entry) = entry.as_dictionary() else {
                    continue;
                };
                let is_decision = ["Allowed", "Authorization", "CodeRequirementData"]
                    .iter()
                    .any(|k| entry.contains_key(k));
                let items: Vec<(Option<&str>, &plist::Dictionary)> = if is_decision {
                    vec![(None, entry)]
                } else {
                    entry
                        .iter()
                        .filter_map(|(k, v)| v.as_dictionary().map(|d| (Some(k.as_str()), d)))
                        .collect()
                };
                for (receiver, d) in items {
                    let cs = Csreq::of(d.get("CodeRequirementData").and_then(P::as_data));
                    bad_csreq += usize::from(cs.is_error());
                    let allowed = match d.get("Allowed") {
                        Some(P::Boolean(b)) => Some(*b),
                        Some(P::Integer(i)) => i.as_signed().map(|n| n != 0),
                        _ => None,
                    };
                    let authorization = d
                        .get("Authorization")
                        .and_then(P::as_string)
                        .map(str::to_owned);
                    let decision = match (authorization.as_deref(), allowed) {
                        (Some("Allow"), _) | (None, Some(true)) => Some("allowed"),
                        (Some("Deny"), _) | (None, Some(false)) => Some("denied"),
                        (Some(_), _) => Some("unknown"),
                        (None, None) => None,
                    };
                    let rec = ctx
                        .record(target, None)
                        .set("kind", "mdm_override")
                        .set("database", "mdm_overrides")
                        .set("service", service.clone())
                        .set("service_name", service_name(service))
                        .set("client", client.clone())
                        .set(
                            "identifier_type",
                            d.get("IdentifierType")
                                .and_then(P::as_string)
                                .map(str::to_owned),
                        )
                        .set("decision", decision)
                        .set("allowed", allowed)
                        .set("authorization", authorization)
                        .set("indirect_object", receiver.map(str::to_owned))
                        .set("csreq", cs.hex)
                        .set("csreq_identifier", cs.identifier)
                        .set("csreq_team_id", cs.team_id)
                        .set("csreq_cdhash", cs.cdhash)
                        .set("csreq_anchor", cs.anchor)
                        .set("csreq_error", cs.error);
                    ctx.emit(STREAM, rec);
                }
            }
        }
        if bad_csreq > 0 {
            ctx.error(
                target,
                format!("{bad_csreq} code requirement blob(s) did not decode; kept as hex"),
            );
        }
    }
}

static DESCRIPTION: Description = Description {
    name: "tcc",
    reads: "TCC privacy decisions (system and every home's TCC.db, both schemas; MDMOverrides.plist): Full Disk Access, Accessibility, Screen Recording...",
    outputs: &[STREAM],
    scope: Scope::AnyRoot,
    cost: Cost::Cheap,
};

impl Collector for Tcc {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        ctx.declare_output(STREAM);
        self.parse_db(ctx, Path::new(SYSTEM_DB), None);
        self.mdm_overrides(ctx);
        for user in ctx.users() {
            if ctx.should_stop() {
                return Ok(());
            }
            let target: PathBuf = user.home.join(USER_DB);
            self.parse_db(ctx, &target, Some(&user.name));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
