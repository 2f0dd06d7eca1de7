//! Background Task Management stores (see [`crate::formats::btm`]).
//!
//! - macOS 13+: `/private/var/db/com.apple.backgroundtaskmanagement/BackgroundItems-v*.btm`
//!   (every version file present is read; the newest is the live one);
//! - macOS 10.13 – 12: `~/Library/Application Support/com.apple.backgroundtaskmanagementagent/backgrounditems.btm`
//!   in every home.
//!
//! One record per item (`category: btm`). The item's user is the account
//! whose UUID keys it: Apple's well-known UUIDs carry the uid; any other
//! is matched with the `generateduid` of the local account records
//! (`/private/var/db/dslocal/nodes/Default/users/*.plist`, read and
//! archived for that). The program: an agent's or daemon's
//! `executablePath`; an app's or login item's bundle (its URL, or its
//! bookmark's target) resolved to the main executable.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::program::{self, Programs};
use super::{item, list_dir, read_file, STREAM};
use crate::formats::btm::{parse_btm, well_known_uid, BtmItem};
use crate::kit::users::{UserHome, DSLOCAL_USERS};
use crate::kit::Ctx;

const SYSTEM_DIR: &str = "/private/var/db/com.apple.backgroundtaskmanagement";
const USER_FILE: &str =
    "Library/Application Support/com.apple.backgroundtaskmanagementagent/backgrounditems.btm";

pub fn collect(ctx: &mut Ctx<'_>, programs: &mut Programs) {
    let files: Vec<PathBuf> = list_dir(ctx, Path::new(SYSTEM_DIR), false)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "btm"))
        .collect();
    if !files.is_empty() {
        let uuids = generated_uids(ctx);
        for f in files {
            if ctx.should_stop() {
                return;
            }
            store(ctx, programs, &f, None, &uuids);
        }
    }
    for user in ctx.users() {
        if ctx.should_stop() {
            return;
        }
        store(
            ctx,
            programs,
            &user.home.join(USER_FILE),
            Some(user),
            &HashMap::new(),
        );
    }
}

/// `generateduid` → (name, uid) from the local account records.
fn generated_uids(ctx: &mut Ctx<'_>) -> HashMap<String, (String, Option<i64>)> {
    let mut out = HashMap::new();
    for p in list_dir(ctx, Path::new(DSLOCAL_USERS), false) {
        if p.extension().is_none_or(|e| e != "plist") {
            continue;
        }
        let Some(f) = read_file(ctx, &p) else {
            continue;
        };
        let Ok(v) = crate::kit::plist::read(&f.bytes) else {
            continue;
        };
        let Some(d) = v.as_dictionary() else {
            continue;
        };
        let first = |k: &str| match d.get(k) {
            Some(plist::Value::Array(a)) => {
                a.first().and_then(|x| x.as_string()).map(str::to_string)
            }
            Some(plist::Value::String(s)) => Some(s.clone()),
            _ => None,
        };
        if let (Some(g), Some(name)) = (first("generateduid"), first("name")) {
            let uid = first("uid").and_then(|u| u.trim().parse::<i64>().ok());
            out.insert(g.to_ascii_uppercase(), (name, uid));
        }
    }
    out
}

fn user_for(
    users: &[UserHome],
    uuids: &HashMap<String, (String, Option<i64>)>,
    key: &str,
) -> (Option<String>, Option<i64>) {
    if let Some(uid) = well_known_uid(key) {
        return (super::launchd::user_of_uid(users, uid), Some(uid));
    }
    match uuids.get(&key.to_ascii_uppercase()) {
        Some((name, uid)) => (Some(name.clone()), *uid),
        None => (None, None),
    }
}

fn store(
    ctx: &mut Ctx<'_>,
    programs: &mut Programs,
    path: &Path,
    owner: Option<&UserHome>,
    uuids: &HashMap<String, (String, Option<i64>)>,
) {
    let Some(f) = read_file(ctx, path) else {
        return;
    };
    let s = match parse_btm(&f.bytes) {
        Ok(s) => s,
        Err(e) => {
            ctx.error(path, format!("not parsed: {e}"));
            return;
        }
    };
    if !s.unknown_keys.is_empty() {
        ctx.info(format!(
            "{}: version {:?} has keys this decoder does not know: {}",
            path.display(),
            s.version,
            s.unknown_keys.join(", ")
        ));
    }
    let mut broken = 0usize;
    let total = s.items.len();
    for it in &s.items {
        if ctx.should_stop() {
            return;
        }
        if it.bookmark_error.is_some() {
            broken += 1;
        }
        let (user, uid) = match owner {
            Some(u) => (Some(u.name.clone()), u.uid.map(i64::from)),
            None => it
                .user_uuid
                .as_deref()
                .map(|k| user_for(ctx.users(), uuids, k))
                .unwrap_or((None, None)),
        };
        let home = user
            .as_deref()
            .and_then(|n| ctx.users().iter().find(|u| u.name == n))
            .map(|u| u.home.clone());
        emit_item(
            ctx,
            programs,
            path,
            &f.meta,
            &s,
            it,
            user.as_deref(),
            uid,
            home.as_deref(),
        );
    }
    if broken > 0 {
        ctx.error(
            path,
            format!("{broken} of {total} items have a bookmark that does not decode (see bookmark_error)"),
        );
    }
}

#[allow(clippy::too_many_arguments)]
fn emit_item(
    ctx: &mut Ctx<'_>,
    programs: &mut Programs,
    path: &Path,
    meta: &crate::kit::FileMeta,
    s: &crate::formats::btm::BtmStore,
    it: &BtmItem,
    user: Option<&str>,
    uid: Option<i64>,
    home: Option<&Path>,
) {
    let mut rec = item(ctx, path, Some(meta), user, "btm")
        .set(
            "kind",
            if s.layout == "legacy" {
                "login item".to_string()
            } else {
                it.type_names.join(" ")
            },
        )
        .set("btm_version", s.version)
        .set("btm_layout", s.layout)
        .set("uid", uid)
        .set("user_uuid", it.user_uuid.clone())
        .set("uuid", it.uuid.clone())
        .set("identifier", it.identifier.clone())
        .set("name", it.name.clone())
        .set("developer_name", it.developer_name.clone())
        .set("team_id", it.team_id.clone())
        .set("type", it.type_raw)
        .set("type_names", it.type_names.clone())
        .set("disposition", it.disposition_raw)
        .set("disposition_names", it.disposition_names.clone())
        .set("generation", it.generation)
        .set("bundle_id", it.bundle_id.clone())
        .set(
            "associated_bundle_identifiers",
            it.associated_bundle_ids.clone(),
        )
        .set("container", it.container.clone())
        .set("container_path", it.container_path.clone())
        .set("embedded_items", it.embedded.clone())
        .set("url", it.url.clone())
        .set("url_path", it.url_path.clone())
        .set("executable_path", it.executable_path.clone())
        .set("program_arguments", it.program_arguments.clone())
        .set("designated_requirement", it.designated_requirement.clone())
        .set("sha256_stored", it.sha256.clone())
        .set("flags", it.flags)
        .set("hidden", it.hidden)
        .set("login_item_type", it.login_item_type)
        .set(
            "bookmark",
            it.bookmark
                .as_ref()
                .and_then(|b| serde_json::to_value(b).ok())
                .unwrap_or(Value::Null),
        )
        .set("bookmark_error", it.bookmark_error.clone())
        .set("unknown_keys", it.unknown_keys.clone());
    if let Some(raw) = it.modification_date_raw {
        rec.insert(
            "modification_date",
            crate::kit::time::json(crate::kit::time::from_mac_absolute(raw)),
        );
        rec.insert("modification_date_raw", raw);
    }
    // An agent or daemon registered from inside an app (SMAppService):
    // its plist is read as a launchd job too.
    if let Some(plist) = it.url_path.as_deref().filter(|u| {
        it.type_raw.is_some_and(|t| t & (0x8 | 0x10) != 0)
            && u.ends_with(".plist")
            && u.contains("/Contents/Library/Launch")
    }) {
        let kind = if it.type_raw.is_some_and(|t| t & 0x10 != 0) {
            "LaunchDaemon"
        } else {
            "LaunchAgent"
        };
        let owner = user.and_then(|n| ctx.users().iter().find(|u| u.name == n));
        super::launchd::job(ctx, programs, Path::new(plist), kind, false, owner, &[]);
    }
    // The program: a daemon's or agent's executable; an app or login
    // item's bundle.
    let is_job = it.type_raw.is_some_and(|t| t & (0x8 | 0x10) != 0);
    let target: Option<String> = if is_job {
        it.executable_path.clone()
    } else {
        it.executable_path
            .clone()
            .or_else(|| it.url_path.clone())
            .or_else(|| it.bookmark.as_ref().and_then(|b| b.path.clone()))
    };
    let info = target
        .as_deref()
        .map(|t| (t.to_string(), programs.resolve_and_inspect(ctx, t, home)));
    let mut notes = Vec::new();
    let label = if is_job {
        it.identifier.as_deref()
    } else {
        None
    };
    program::item_notes(
        path,
        Some(meta),
        label,
        false,
        info.as_ref().map(|(_, i)| i),
        &mut notes,
    );
    if let Some((stored, i)) = &info {
        program::apply(&mut rec, Some(stored), i, ctx.users());
    }
    rec.insert("apple", false);
    rec.insert("notes", notes);
    ctx.emit(STREAM, rec);
}
