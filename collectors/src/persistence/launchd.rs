//! launchd agents and daemons, and launchd's override databases.
//!
//! - `/Library/LaunchAgents`, `/Library/LaunchDaemons`,
//!   `~/Library/LaunchAgents` (every home): third-party jobs, every macOS
//!   version;
//! - `/System/Library/LaunchAgents|LaunchDaemons` and (macOS 11+)
//!   `/Library/Apple/System/Library/LaunchAgents|LaunchDaemons`: Apple's
//!   (`apple_location: true`);
//! - `/private/var/db/com.apple.xpc.launchd/disabled.plist` (system
//!   domain) and `disabled.<uid>.plist` (a user's): label → disabled
//!   (macOS 10.10+), overriding a job's own `Disabled`;
//!   `loginitems.<uid>.plist`: helper login items registered with
//!   `SMLoginItemSetEnabled` (bundle id → app bundle id; 10.10 – 12);
//! - legacy `overrides.plist` in `/private/var/db/launchd.db/` (10.9 and
//!   earlier): label → `{Disabled}`.
//!
//! Every plist is a `launchd.plist(5)`: `Label`, `Program`,
//! `ProgramArguments`, `BundleProgram` (macOS 13+, relative to the app
//! that holds the plist), `AssociatedBundleIdentifiers`, `RunAtLoad`,
//! `KeepAlive`, `StartInterval`, `StartCalendarInterval`, `WatchPaths`,
//! `QueueDirectories`, `UserName`, `GroupName`, `Disabled`,
//! `EnvironmentVariables`, `LimitLoadToSessionType`.

use std::path::{Path, PathBuf};

use plist::Value as P;
use serde_json::Value;

use super::program::{self, Programs};
use super::{item, json, list_dir, read_plist, type_name, STREAM};
use crate::kit::users::UserHome;
use crate::kit::Ctx;

const XPC_DB: &str = "/private/var/db/com.apple.xpc.launchd";
const LEGACY_OVERRIDES: &str = "/private/var/db/launchd.db";

/// The system-wide job directories: (path, kind, Apple's).
const SYSTEM_DIRS: [(&str, &str, bool); 6] = [
    ("/Library/LaunchAgents", "LaunchAgent", false),
    ("/Library/LaunchDaemons", "LaunchDaemon", false),
    ("/System/Library/LaunchAgents", "LaunchAgent", true),
    ("/System/Library/LaunchDaemons", "LaunchDaemon", true),
    (
        "/Library/Apple/System/Library/LaunchAgents",
        "LaunchAgent",
        true,
    ),
    (
        "/Library/Apple/System/Library/LaunchDaemons",
        "LaunchDaemon",
        true,
    ),
];

/// One override entry: the file, its uid (None for the system domain) and
/// the label's disabled value.
pub(crate) struct Override {
    file: PathBuf,
    uid: Option<i64>,
    label: String,
    disabled: bool,
}

pub fn collect(ctx: &mut Ctx<'_>, programs: &mut Programs) {
    let overrides = read_overrides(ctx);
    for (dir, kind, apple) in SYSTEM_DIRS {
        for path in list_dir(ctx, Path::new(dir), false) {
            if ctx.should_stop() {
                return;
            }
            if is_plist(&path) {
                job(ctx, programs, &path, kind, apple, None, &overrides);
            }
        }
    }
    for user in ctx.users() {
        let dir = user.home.join("Library/LaunchAgents");
        for path in list_dir(ctx, &dir, false) {
            if ctx.should_stop() {
                return;
            }
            if is_plist(&path) {
                job(
                    ctx,
                    programs,
                    &path,
                    "LaunchAgent",
                    false,
                    Some(user),
                    &overrides,
                );
            }
        }
    }
}

fn is_plist(p: &Path) -> bool {
    p.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("plist"))
}

/// Read every override database, emitting one record per entry.
fn read_overrides(ctx: &mut Ctx<'_>) -> Vec<Override> {
    let mut out = Vec::new();
    for path in list_dir(ctx, Path::new(XPC_DB), false) {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (kind, uid) = if name == "disabled.plist" {
            ("disabled", None)
        } else if let Some(uid) = name
            .strip_prefix("disabled.")
            .and_then(|r| r.strip_suffix(".plist"))
        {
            ("disabled", uid.parse::<i64>().ok())
        } else if let Some(uid) = name
            .strip_prefix("loginitems.")
            .and_then(|r| r.strip_suffix(".plist"))
        {
            ("loginitems", uid.parse::<i64>().ok())
        } else {
            continue;
        };
        let Some((v, meta)) = read_plist(ctx, &path) else {
            continue;
        };
        let Some(d) = v.as_dictionary() else {
            ctx.error(&path, format!("is {}, not a dictionary", type_name(&v)));
            continue;
        };
        let user = uid.and_then(|u| user_of_uid(ctx.users(), u));
        for (key, value) in d {
            if kind == "loginitems" {
                if key.starts_with("version.") {
                    continue;
                }
                let version = d
                    .get(&format!("version.{key}"))
                    .and_then(P::as_string)
                    .map(str::to_string);
                let rec = item(
                    ctx,
                    &path,
                    Some(&meta),
                    user.as_deref(),
                    "launchd_login_item",
                )
                .set("kind", "SMLoginItem")
                .set("identifier", key.clone())
                .set("uid", uid)
                .set("app_bundle_id", value.as_string().map(str::to_string))
                .set("version", version);
                ctx.emit(STREAM, rec);
                continue;
            }
            let disabled = match value {
                P::Boolean(b) => Some(*b),
                _ => None,
            };
            let mut rec = item(ctx, &path, Some(&meta), user.as_deref(), "launchd_override")
                .set("kind", "disabled")
                .set("label", key.clone())
                .set("uid", uid)
                .set("disabled", disabled);
            if disabled.is_none() {
                rec.insert(
                    "error",
                    format!("value is {}, not a boolean", type_name(value)),
                );
            }
            ctx.emit(STREAM, rec);
            if let Some(disabled) = disabled {
                out.push(Override {
                    file: path.clone(),
                    uid,
                    label: key.clone(),
                    disabled,
                });
            }
        }
    }
    // Legacy: overrides.plist in launchd.db/com.apple.launchd[.peruser.<uid>]/.
    for dir in list_dir(ctx, Path::new(LEGACY_OVERRIDES), true) {
        let path = dir.join("overrides.plist");
        let dname = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let uid = dname
            .strip_prefix("com.apple.launchd.peruser.")
            .and_then(|u| u.parse::<i64>().ok());
        let Some((v, meta)) = read_plist(ctx, &path) else {
            continue;
        };
        let Some(d) = v.as_dictionary() else {
            ctx.error(&path, format!("is {}, not a dictionary", type_name(&v)));
            continue;
        };
        let user = uid.and_then(|u| user_of_uid(ctx.users(), u));
        for (label, value) in d {
            let disabled = value
                .as_dictionary()
                .and_then(|o| o.get("Disabled"))
                .and_then(P::as_boolean);
            let rec = item(ctx, &path, Some(&meta), user.as_deref(), "launchd_override")
                .set("kind", "overrides.plist")
                .set("label", label.clone())
                .set("uid", uid)
                .set("disabled", disabled)
                .set("settings", json(value));
            ctx.emit(STREAM, rec);
            if let Some(disabled) = disabled {
                out.push(Override {
                    file: path.clone(),
                    uid,
                    label: label.clone(),
                    disabled,
                });
            }
        }
    }
    out
}

pub(crate) fn user_of_uid(users: &[UserHome], uid: i64) -> Option<String> {
    if uid == 0 {
        return Some("root".into());
    }
    users
        .iter()
        .find(|u| u.uid.map(i64::from) == Some(uid))
        .map(|u| u.name.clone())
}

fn strings_of(v: Option<&P>) -> Result<Option<Vec<String>>, String> {
    match v {
        None => Ok(None),
        Some(P::String(s)) => Ok(Some(vec![s.clone()])),
        Some(P::Array(a)) => a
            .iter()
            .map(|x| match x {
                P::String(s) => Ok(s.clone()),
                other => Err(format!("holds {}, not a string", type_name(other))),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        Some(other) => Err(format!("is {}, not an array of strings", type_name(other))),
    }
}

/// The app bundle a plist sits in (`X.app/Contents/Library/LaunchAgents/`).
fn enclosing_bundle(plist: &Path) -> Option<PathBuf> {
    let s = plist.to_string_lossy();
    let i = s.find("/Contents/Library/Launch")?;
    Some(PathBuf::from(s.get(..i)?))
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn job(
    ctx: &mut Ctx<'_>,
    programs: &mut Programs,
    path: &Path,
    kind: &'static str,
    apple_location: bool,
    user: Option<&UserHome>,
    overrides: &[Override],
) {
    if !programs.jobs.insert(path.to_path_buf()) {
        return;
    }
    let Some((v, meta)) = read_plist(ctx, path) else {
        return;
    };
    let uname = user.map(|u| u.name.as_str());
    let mut rec = item(ctx, path, Some(&meta), uname, "launchd")
        .set("kind", kind)
        .set("apple_location", apple_location);
    let Some(d) = v.as_dictionary() else {
        let msg = format!("launchd plist is {}, not a dictionary", type_name(&v));
        ctx.error(path, &msg);
        rec.insert("error", msg);
        ctx.emit(STREAM, rec);
        return;
    };
    let mut errors: Vec<String> = Vec::new();
    let label = match d.get("Label") {
        Some(P::String(s)) => Some(s.clone()),
        Some(other) => {
            errors.push(format!("Label is {}", type_name(other)));
            None
        }
        None => None,
    };
    let prog = match d.get("Program") {
        Some(P::String(s)) => Some(s.clone()),
        Some(other) => {
            errors.push(format!("Program is {}", type_name(other)));
            None
        }
        None => None,
    };
    let args = match strings_of(d.get("ProgramArguments")) {
        Ok(a) => a,
        Err(e) => {
            errors.push(format!("ProgramArguments {e}"));
            None
        }
    };
    let bundle_program = d
        .get("BundleProgram")
        .and_then(P::as_string)
        .map(str::to_string);
    let associated = strings_of(d.get("AssociatedBundleIdentifiers")).unwrap_or_default();
    let stored = prog
        .clone()
        .or_else(|| args.as_ref().and_then(|a| a.first().cloned()));
    let command = match (&prog, &args) {
        (Some(p), Some(a)) => Some(
            std::iter::once(p.clone())
                .chain(a.iter().cloned())
                .collect::<Vec<_>>()
                .join(" "),
        ),
        (Some(p), None) => Some(p.clone()),
        (None, Some(a)) => Some(a.join(" ")),
        (None, None) => None,
    };
    let bool_of = |k: &str| d.get(k).and_then(P::as_boolean);
    let disabled = bool_of("Disabled");
    let matching: Vec<&Override> = label
        .as_deref()
        .map(|l| overrides.iter().filter(|o| o.label == l).collect())
        .unwrap_or_default();
    // Daemons live in the system domain; agents in each user's.
    let effective_override = matching
        .iter()
        .find(|o| {
            if kind == "LaunchDaemon" {
                o.uid.is_none()
            } else {
                // A system-wide agent runs per user: no one override is
                // its state; they are all listed in disabled_overrides.
                user.and_then(|u| u.uid)
                    .is_some_and(|uid| o.uid == Some(i64::from(uid)))
            }
        })
        .map(|o| o.disabled);
    rec.insert("label", label.clone());
    rec.insert("program_arguments", args.clone());
    rec.insert("command", command);
    rec.insert("bundle_program", bundle_program.clone());
    rec.insert(
        "associated_bundle_identifiers",
        associated.clone().map(Value::from).unwrap_or(Value::Null),
    );
    rec.insert("run_at_load", bool_of("RunAtLoad"));
    rec.insert("keep_alive", d.get("KeepAlive").map(json));
    rec.insert("start_interval", d.get("StartInterval").map(json));
    rec.insert(
        "start_calendar_interval",
        d.get("StartCalendarInterval").map(json),
    );
    rec.insert("watch_paths", d.get("WatchPaths").map(json));
    rec.insert("queue_directories", d.get("QueueDirectories").map(json));
    rec.insert("user_name", d.get("UserName").map(json));
    rec.insert("group_name", d.get("GroupName").map(json));
    rec.insert("disabled", disabled);
    rec.insert(
        "disabled_overrides",
        Value::Array(
            matching
                .iter()
                .map(|o| {
                    serde_json::json!({
                        "file": o.file.to_string_lossy(),
                        "uid": o.uid,
                        "disabled": o.disabled,
                    })
                })
                .collect(),
        ),
    );
    rec.insert(
        "disabled_effective",
        effective_override.or(disabled).unwrap_or(false),
    );
    rec.insert(
        "environment_variables",
        d.get("EnvironmentVariables").map(json),
    );
    rec.insert(
        "limit_load_to_session_type",
        d.get("LimitLoadToSessionType").map(json),
    );
    let mut notes: Vec<&'static str> = Vec::new();
    if d.get("EnvironmentVariables")
        .and_then(P::as_dictionary)
        .is_some_and(|e| e.keys().any(|k| k.starts_with("DYLD_")))
    {
        notes.push("sets_dyld_environment");
    }
    // The program: BundleProgram inside the enclosing app, else Program or
    // ProgramArguments[0].
    let home = user.map(|u| u.home.as_path());
    let info = if let Some(bp) = &bundle_program {
        match enclosing_bundle(path) {
            Some(b) => {
                let p = b.join(bp.trim_start_matches('/'));
                let mut i = programs.inspect(ctx, &p);
                i.resolution = Some("bundle_program");
                Some((bp.clone(), i))
            }
            None => {
                notes.push("bundle_program_unresolved");
                None
            }
        }
    } else {
        stored
            .as_deref()
            .map(|s| (s.to_string(), programs.resolve_and_inspect(ctx, s, home)))
    };
    program::item_notes(
        path,
        Some(&meta),
        label.as_deref(),
        apple_location,
        info.as_ref().map(|(_, i)| i),
        &mut notes,
    );
    match &info {
        Some((stored, i)) => program::apply(&mut rec, Some(stored), i, ctx.users()),
        None => {
            rec.insert("program", bundle_program.clone());
            if stored.is_none() && bundle_program.is_none() {
                notes.push("no_program");
            }
        }
    }
    let apple = apple_location && info.as_ref().is_some_and(|(_, i)| i.apple_signed());
    rec.insert("apple", apple);
    rec.insert("notes", notes);
    if !errors.is_empty() {
        let msg = errors.join("; ");
        ctx.error(path, format!("launchd plist: {msg}"));
        rec.insert("error", msg);
    }
    ctx.emit(STREAM, rec);
}
