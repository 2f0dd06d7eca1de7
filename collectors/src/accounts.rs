//! `accounts`: who has an account on this Mac, who is an administrator,
//! which accounts are hidden, which were deleted, and how the login window
//! is set up.
//!
//! **What.** Every per-user artifact is read in the light of the accounts:
//! an administrator created last week, a hidden account, an account
//! deleted after the fact, a home folder whose account is gone, an
//! auto-login password left on disk. This collector parses the local
//! directory service's records and the few preference files around them.
//!
//! **Where.**
//! - `/private/var/db/dslocal/nodes/Default/users/*.plist`: one binary
//!   plist per account (macOS 10.5+), every attribute an array: `name`
//!   (the first is the short name, the rest aliases), `realname`, `uid`,
//!   `gid`, `home`, `shell`, `generateduid`, `IsHidden`, `hint`, `picture`,
//!   `jpegphoto`, `authentication_authority` (`;ShadowHash;...`,
//!   `;Kerberosv5;...`, `;SecureToken;`), `accountPolicyData` (an embedded
//!   XML plist, OS X 10.10+: `creationTime`, `passwordLastSetTime`,
//!   `failedLoginCount`, `failedLoginTimestamp`, POSIX seconds),
//!   `passwordpolicyoptions` (its predecessor, 10.9 and before, with plist
//!   dates and `lastLoginTimestamp`), and `ShadowHashData` (an embedded
//!   binary plist whose keys name the hash types: `SALTED-SHA512-PBKDF2`,
//!   `SRP-RFC5054-4096-SHA512-PBKDF2`, `SALTED-SHA512`...). Of the shadow
//!   hash only the types and iteration counts are written: **never the
//!   hash, salt, entropy or verifier**;
//! - `/private/var/db/dslocal/nodes/Default/groups/*.plist`: `name`, `gid`,
//!   `users` (short names), `groupmembers` (generated UIDs), `nestedgroups`
//!   (group generated UIDs). A user is an administrator when `admin` names
//!   it by short name or generated UID, directly or through a nested
//!   group, or when its primary group is `admin`'s gid;
//! - `/Library/Preferences/com.apple.preferences.accounts.plist`:
//!   `deletedUsers` (name, real name, uid and date of every account deleted
//!   in System Settings);
//! - `/Library/Preferences/com.apple.loginwindow.plist`: `lastUserName`,
//!   `autoLoginUser`, `autoLoginUserUID`, `GuestEnabled`,
//!   `HiddenUsersList`, `Hide500Users`;
//! - `/private/etc/kcpassword`: the obfuscated auto-login password. Only
//!   its presence, size and time are recorded: it is not read or archived;
//! - `/Library/Preferences/SystemConfiguration/com.apple.smb.server.plist`
//!   (`AllowGuestAccess`) and `/Library/Preferences/com.apple.AppleFileServer.plist`
//!   (`guestAccess`): guest access to file sharing;
//! - the homes the run found (`/Users/*`): one without an account record is
//!   reported (`/Users/Shared` and `/Users/Deleted Users` are not homes).
//!
//! The account and group records are also archived raw by `host_files`;
//! this collector acquires them itself (the archive keeps each once).
//!
//! **Output** `parsed/accounts.jsonl`, one record per user, group, deleted
//! user, home without an account, and one `login_window` record: see
//! `docs/collectors/accounts.md`.
//!
//! **References.** Apple `dscl(1)`, `opendirectoryd(8)`, `sysadminctl(8)`;
//! mac_apt `plugins/users.py` and `plugins/helpers/macinfo.py`
//! (`_GetUserInfo`, `_ReadAccountPolicyData`, `_ReadPasswordPolicyData`,
//! `GetDeletedUsers`); AutoMacTC `mod_users`; artemis and plaso's tests on
//! the sample records in `../shared/realdata/users/`.

use std::collections::BTreeSet;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use plist::{Dictionary, Value as P};
use serde_json::Value;

use crate::formats::keyed_archive::plist_date_to_cocoa;
use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::source::Kind;
use crate::kit::{time, Collector, Ctx, Fatal};

pub struct Accounts;

const STREAM: &str = "accounts";

pub const USERS_DIR: &str = "/private/var/db/dslocal/nodes/Default/users";
pub const GROUPS_DIR: &str = "/private/var/db/dslocal/nodes/Default/groups";
pub const DELETED_USERS_PLIST: &str = "/Library/Preferences/com.apple.preferences.accounts.plist";
pub const LOGINWINDOW_PLIST: &str = "/Library/Preferences/com.apple.loginwindow.plist";
pub const KCPASSWORD: &str = "/private/etc/kcpassword";
pub const SMB_SERVER_PLIST: &str =
    "/Library/Preferences/SystemConfiguration/com.apple.smb.server.plist";
pub const AFP_SERVER_PLIST: &str = "/Library/Preferences/com.apple.AppleFileServer.plist";

/// Nested groups followed at most this deep.
const MAX_NESTING: usize = 16;

/// The generated-UID prefix macOS gives its own (system) accounts.
const SYSTEM_GUID_PREFIX: &str = "FFFFEEEE-DDDD-CCCC-BBBB-AAAA";

/// Every string of a directory attribute (an array of strings, or one).
fn strings(d: &Dictionary, key: &str) -> Vec<String> {
    match d.get(key) {
        Some(P::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_string().map(str::to_owned))
            .collect(),
        Some(P::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

fn first(d: &Dictionary, key: &str) -> Option<String> {
    strings(d, key).into_iter().next()
}

/// The first data value of an attribute (embedded plists are stored so).
fn first_data<'d>(d: &'d Dictionary, key: &str) -> Option<&'d [u8]> {
    match d.get(key)? {
        P::Array(a) => a.iter().find_map(|v| v.as_data()),
        P::Data(b) => Some(b),
        _ => None,
    }
}

/// A decimal id as stored (`"-2"`, `"501"`).
fn parse_id(s: &str) -> Option<i64> {
    s.trim().parse().ok()
}

fn truthy(s: &str) -> bool {
    matches!(s.trim().to_ascii_lowercase().as_str(), "1" | "yes" | "true")
}

fn json_f64(f: f64) -> Value {
    serde_json::Number::from_f64(f)
        .map(Value::Number)
        .unwrap_or(Value::Null)
}

fn plist_int(v: &P) -> Option<i64> {
    match v {
        P::Integer(i) => i.as_signed(),
        P::Real(f) if f.is_finite() => Some(*f as i64),
        P::String(s) => parse_id(s),
        _ => None,
    }
}

fn plist_bool(v: Option<&P>) -> Option<bool> {
    match v? {
        P::Boolean(b) => Some(*b),
        P::Integer(i) => i.as_signed().map(|n| n != 0),
        P::String(s) => Some(truthy(s)),
        _ => None,
    }
}

/// A POSIX time stored as a number: (converted, raw).
fn unix_time(v: Option<&P>) -> (Value, Value) {
    match v {
        Some(P::Real(f)) => (time::json(time::from_unix_f64(*f)), json_f64(*f)),
        Some(P::Integer(i)) => match i.as_signed() {
            Some(n) => (time::json(time::from_unix_secs(n)), Value::from(n)),
            None => (Value::Null, Value::Null),
        },
        Some(P::Date(d)) => plist_date(d),
        _ => (Value::Null, Value::Null),
    }
}

/// A plist date: (converted, raw Mac absolute seconds); 2001-01-01 is
/// "unset", as everywhere.
fn plist_date(d: &plist::Date) -> (Value, Value) {
    let raw = plist_date_to_cocoa(*d);
    (time::json(time::from_mac_absolute(raw)), json_f64(raw))
}

/// What an account record's policy data says.
#[derive(Default)]
struct Policy {
    source: Option<&'static str>,
    created: (Value, Value),
    password_last_set: (Value, Value),
    last_failed_login: (Value, Value),
    last_login: (Value, Value),
    failed_login_count: Option<i64>,
}

fn read_policy(d: &Dictionary) -> Result<Policy, String> {
    let (key, data) = if let Some(b) = first_data(d, "accountPolicyData") {
        ("accountPolicyData", b)
    } else if let Some(b) = first_data(d, "passwordpolicyoptions") {
        ("passwordpolicyoptions", b)
    } else {
        return Ok(Policy::default());
    };
    let v = crate::kit::plist::read(data).map_err(|e| format!("{key}: {e}"))?;
    let p = v
        .as_dictionary()
        .ok_or_else(|| format!("{key} is not a dictionary"))?;
    Ok(Policy {
        source: Some(key),
        created: unix_time(p.get("creationTime")),
        password_last_set: unix_time(p.get("passwordLastSetTime")),
        last_failed_login: unix_time(p.get("failedLoginTimestamp")),
        last_login: unix_time(p.get("lastLoginTimestamp")),
        failed_login_count: p.get("failedLoginCount").and_then(plist_int),
    })
}

/// The hash types and iteration counts of `ShadowHashData`; nothing else
/// of it leaves this function.
fn shadow_hash_types(data: &[u8]) -> Result<Vec<Value>, String> {
    let v = crate::kit::plist::read(data).map_err(|e| e.to_string())?;
    let d = v
        .as_dictionary()
        .ok_or_else(|| "not a dictionary".to_string())?;
    Ok(d.iter()
        .map(|(kind, v)| {
            let iterations = v
                .as_dictionary()
                .and_then(|h| h.get("iterations"))
                .and_then(plist_int);
            serde_json::json!({ "type": kind, "iterations": iterations })
        })
        .collect())
}

/// The kind of each `authentication_authority` value (`;ShadowHash;...`
/// gives `ShadowHash`).
fn authority_kinds(values: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        let kind = v.trim_start_matches(';').split(';').next().unwrap_or("");
        if !kind.is_empty() && !out.iter().any(|k| k == kind) {
            out.push(kind.to_string());
        }
    }
    out
}

struct User {
    path: PathBuf,
    dict: Dictionary,
    names: Vec<String>,
    uid: Option<i64>,
    gid: Option<i64>,
    guid: Option<String>,
}

impl User {
    fn name(&self) -> &str {
        self.names.first().map(String::as_str).unwrap_or("")
    }
}

struct Group {
    path: PathBuf,
    name: String,
    gid: Option<i64>,
    guid: Option<String>,
    real_name: Option<String>,
    users: Vec<String>,
    members: Vec<String>,
    nested: Vec<String>,
}

/// The ways `user` belongs to group `gi`: `users` (by short name),
/// `groupmembers` (by generated UID), `nestedgroups` (through a group
/// nested in it), `primary_gid`.
fn member_via(groups: &[Group], gi: usize, user: &User) -> Vec<&'static str> {
    let mut via = Vec::new();
    let Some(g) = groups.get(gi) else {
        return via;
    };
    if g.users.iter().any(|u| user.names.contains(u)) {
        via.push("users");
    }
    if let Some(guid) = &user.guid {
        if g.members.iter().any(|m| m.eq_ignore_ascii_case(guid)) {
            via.push("groupmembers");
        }
    }
    let mut seen = BTreeSet::from([gi]);
    if nested_member(groups, g, user, &mut seen, 0) {
        via.push("nestedgroups");
    }
    if user.gid.is_some() && user.gid == g.gid {
        via.push("primary_gid");
    }
    via
}

/// True when a group nested (at any depth) in `g` has `user` as a direct
/// member (by name or generated UID) or as its primary group.
fn nested_member(
    groups: &[Group],
    g: &Group,
    user: &User,
    seen: &mut BTreeSet<usize>,
    depth: usize,
) -> bool {
    if depth >= MAX_NESTING {
        return false;
    }
    for guid in &g.nested {
        let Some(ni) = groups.iter().position(|x| {
            x.guid
                .as_deref()
                .is_some_and(|x| x.eq_ignore_ascii_case(guid))
        }) else {
            continue;
        };
        if !seen.insert(ni) {
            continue;
        }
        let Some(n) = groups.get(ni) else { continue };
        let direct = n.users.iter().any(|u| user.names.contains(u))
            || user
                .guid
                .as_ref()
                .is_some_and(|id| n.members.iter().any(|m| m.eq_ignore_ascii_case(id)))
            || (user.gid.is_some() && user.gid == n.gid);
        if direct || nested_member(groups, n, user, seen, depth + 1) {
            return true;
        }
    }
    false
}

/// What the login window's preferences say.
#[derive(Default)]
struct LoginWindow {
    last_user: Option<String>,
    last_user_state: Option<String>,
    auto_login_user: Option<String>,
    auto_login_uid: Option<i64>,
    guest_enabled: Option<bool>,
    hidden_users: Vec<String>,
    hide_500_users: Option<bool>,
}

fn read_loginwindow(v: &P) -> LoginWindow {
    let Some(d) = v.as_dictionary() else {
        return LoginWindow::default();
    };
    let s = |k: &str| d.get(k).and_then(P::as_string).map(str::to_owned);
    LoginWindow {
        last_user: s("lastUserName"),
        last_user_state: s("lastUser"),
        auto_login_user: s("autoLoginUser"),
        auto_login_uid: d.get("autoLoginUserUID").and_then(plist_int),
        guest_enabled: plist_bool(d.get("GuestEnabled")),
        hidden_users: match d.get("HiddenUsersList") {
            Some(P::Array(a)) => a
                .iter()
                .filter_map(|v| v.as_string().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        },
        hide_500_users: plist_bool(d.get("Hide500Users")),
    }
}

impl Accounts {
    /// Read every `*.plist` record of a dslocal directory.
    fn records(&self, ctx: &mut Ctx<'_>, dir: &Path) -> Vec<(PathBuf, Dictionary)> {
        let entries = match ctx.source().read_dir(dir) {
            Ok(e) => e,
            Err(e) if e.is_not_found() => return Vec::new(),
            Err(e) => {
                ctx.error(dir, format!("cannot list: {e}"));
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for e in entries {
            if ctx.should_stop() {
                break;
            }
            if !e.name.to_string_lossy().ends_with(".plist") {
                continue;
            }
            match e.kind {
                Kind::File | Kind::Symlink => {}
                Kind::Dir => continue,
                Kind::Other(what) => {
                    ctx.error(&e.path, format!("not a regular file ({what}); not opened"));
                    continue;
                }
            }
            let Some(v) = ctx.read_plist(&e.path) else {
                continue;
            };
            match v {
                P::Dictionary(d) => out.push((e.path, d)),
                _ => ctx.error(&e.path, "directory record is not a dictionary"),
            }
        }
        out
    }

    fn emit_user(
        &self,
        ctx: &mut Ctx<'_>,
        u: &User,
        groups: &[Group],
        lw: &LoginWindow,
        guest_account: &mut bool,
    ) {
        let d = &u.dict;
        let name = u.name().to_string();
        if name.eq_ignore_ascii_case("guest") {
            *guest_account = true;
        }
        let policy = match read_policy(d) {
            Ok(p) => p,
            Err(e) => {
                ctx.error(&u.path, e);
                Policy::default()
            }
        };
        let shadow = first_data(d, "ShadowHashData");
        let shadow_types = match shadow.map(shadow_hash_types) {
            Some(Ok(t)) => Value::Array(t),
            Some(Err(e)) => {
                ctx.error(&u.path, format!("ShadowHashData: {e}"));
                Value::Null
            }
            None => Value::Null,
        };
        let is_hidden = strings(d, "IsHidden");
        let mut hidden_reasons: Vec<&str> = Vec::new();
        if is_hidden.iter().any(|v| truthy(v)) {
            hidden_reasons.push("IsHidden");
        }
        if lw.hidden_users.iter().any(|h| u.names.contains(h)) {
            hidden_reasons.push("HiddenUsersList");
        }
        if lw.hide_500_users == Some(true) && u.uid.is_some_and(|n| n < 500) {
            hidden_reasons.push("Hide500Users");
        }
        let mut member_of = Vec::new();
        let mut admin_via: Vec<&str> = Vec::new();
        let mut primary_group = None;
        for (gi, g) in groups.iter().enumerate() {
            let via = member_via(groups, gi, u);
            if via.is_empty() {
                continue;
            }
            if via.contains(&"primary_gid") && primary_group.is_none() {
                primary_group = Some(g.name.clone());
            }
            if g.name == "admin" {
                admin_via = via;
            }
            member_of.push(g.name.clone());
        }
        member_of.sort();
        member_of.dedup();
        let home = first(d, "home");
        let home_exists = home.as_deref().map(|h| {
            let p = target_home(h);
            matches!(ctx.source().lstat(&p).map(|m| Kind::of(&m)), Ok(Kind::Dir))
        });
        let authority = strings(d, "authentication_authority");
        let uid_raw = first(d, "uid");
        let gid_raw = first(d, "gid");
        let guid = u.guid.clone();
        let system = guid
            .as_deref()
            .is_some_and(|g| g.to_ascii_uppercase().starts_with(SYSTEM_GUID_PREFIX));
        let jpeg = first_data(d, "jpegphoto").is_some_and(|b| !b.is_empty());
        let (created, created_raw) = policy.created;
        let mut rec = ctx
            .record(&u.path, Some(&name))
            .set("timestamp", created.clone())
            .set("timestamp_raw", created_raw.clone())
            .set("kind", "user")
            .set("name", name.clone());
        if u.names.len() > 1 {
            rec.insert("aliases", u.names.get(1..).unwrap_or_default().to_vec());
        }
        rec = rec
            .set("real_name", first(d, "realname"))
            .set("uid", u.uid)
            .set("gid", u.gid)
            .set("primary_group", primary_group)
            .set("home", home)
            .set("home_exists", home_exists)
            .set("shell", first(d, "shell"))
            .set("generated_uid", guid)
            .set("system_account", system)
            .set("hidden", !hidden_reasons.is_empty())
            .set("hidden_reasons", hidden_reasons)
            .set("is_hidden_raw", is_hidden.first().cloned())
            .set("admin", !admin_via.is_empty())
            .set("admin_via", admin_via)
            .set("groups", member_of)
            .set("auth_authority_kinds", authority_kinds(&authority))
            .set("authentication_authority", authority)
            .set("policy_source", policy.source)
            .set("created", created)
            .set("created_raw", created_raw)
            .set("password_last_set", policy.password_last_set.0)
            .set("password_last_set_raw", policy.password_last_set.1)
            .set("last_failed_login", policy.last_failed_login.0)
            .set("last_failed_login_raw", policy.last_failed_login.1)
            .set("failed_login_count", policy.failed_login_count)
            .set("password_hint", first(d, "hint"))
            .set("picture", first(d, "picture"))
            .set("jpeg_photo", jpeg)
            .set("shadow_hash", shadow.is_some())
            .set("shadow_hash_types", shadow_types)
            .set(
                "auto_login",
                lw.auto_login_user.as_deref() == Some(name.as_str()),
            )
            .set("last_user", lw.last_user.as_deref() == Some(name.as_str()));
        if policy.source == Some("passwordpolicyoptions") {
            rec = rec
                .set("last_login", policy.last_login.0)
                .set("last_login_raw", policy.last_login.1);
        }
        if let (None, Some(raw)) = (u.uid, uid_raw) {
            rec.insert("uid_raw", raw);
        }
        if let (None, Some(raw)) = (u.gid, gid_raw) {
            rec.insert("gid_raw", raw);
        }
        ctx.emit(STREAM, rec);
    }

    fn emit_group(&self, ctx: &mut Ctx<'_>, gi: usize, groups: &[Group], users: &[User]) {
        let Some(g) = groups.get(gi) else { return };
        let mut members: Vec<String> = users
            .iter()
            .filter(|u| !member_via(groups, gi, u).is_empty())
            .map(|u| u.name().to_string())
            .collect();
        members.sort();
        members.dedup();
        let nested_names: Vec<String> = g
            .nested
            .iter()
            .filter_map(|id| {
                groups
                    .iter()
                    .find(|x| {
                        x.guid
                            .as_deref()
                            .is_some_and(|x| x.eq_ignore_ascii_case(id))
                    })
                    .map(|x| x.name.clone())
            })
            .collect();
        let rec = ctx
            .record(&g.path, None)
            .set("kind", "group")
            .set("name", g.name.clone())
            .set("gid", g.gid)
            .set("real_name", g.real_name.clone())
            .set("generated_uid", g.guid.clone())
            .set("members", members)
            .set("users", g.users.clone())
            .set("groupmembers", g.members.clone())
            .set("nestedgroups", g.nested.clone())
            .set("nested_group_names", nested_names);
        ctx.emit(STREAM, rec);
    }

    /// `deletedUsers` of the accounts preferences; returns (name, uid).
    fn deleted_users(&self, ctx: &mut Ctx<'_>) -> Vec<(String, Option<i64>)> {
        let target = Path::new(DELETED_USERS_PLIST);
        let Some(v) = ctx.read_plist(target) else {
            return Vec::new();
        };
        let list = match v.as_dictionary().map(|d| d.get("deletedUsers")) {
            Some(Some(P::Array(a))) => a.clone(),
            Some(None) => return Vec::new(),
            _ => {
                ctx.error(target, "deletedUsers is not a list");
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for entry in &list {
            let Some(d) = entry.as_dictionary() else {
                ctx.error(target, "a deletedUsers entry is not a dictionary");
                continue;
            };
            let name = d.get("name").and_then(P::as_string).map(str::to_owned);
            let uid = d.get("dsAttrTypeStandard:UniqueID").and_then(plist_int);
            let (when, when_raw) = match d.get("date") {
                Some(P::Date(t)) => plist_date(t),
                other => unix_time(other),
            };
            let home = name.as_ref().map(|n| format!("/Users/{n}"));
            let home_exists = home.as_deref().map(|h| {
                matches!(
                    ctx.source().lstat(Path::new(h)).map(|m| Kind::of(&m)),
                    Ok(Kind::Dir)
                )
            });
            let image = name
                .as_ref()
                .map(|n| PathBuf::from(format!("/Users/Deleted Users/{n}.dmg")))
                .filter(|p| ctx.source().lstat(p).is_ok())
                .map(|p| p.to_string_lossy().into_owned());
            let rec = ctx
                .record(target, name.as_deref())
                .set("timestamp", when.clone())
                .set("timestamp_raw", when_raw.clone())
                .set("kind", "deleted_user")
                .set("name", name.clone())
                .set(
                    "real_name",
                    d.get("dsAttrTypeStandard:RealName")
                        .and_then(P::as_string)
                        .map(str::to_owned),
                )
                .set("uid", uid)
                .set("deleted", when)
                .set("deleted_raw", when_raw)
                .set("home_exists", home_exists)
                .set("deleted_home_image", image);
            ctx.emit(STREAM, rec);
            if let Some(n) = name {
                out.push((n, uid));
            }
        }
        out
    }

    /// Homes in `/Users` that no account record names.
    fn orphan_homes(&self, ctx: &mut Ctx<'_>, deleted: &[(String, Option<i64>)]) {
        for h in ctx.users() {
            if h.has_account
                || h.home == Path::new("/Users/Shared")
                || h.home == Path::new("/Users/Deleted Users")
                || h.home == Path::new("/private/var/root")
            {
                continue;
            }
            let meta = ctx.source().lstat(&h.home).ok();
            let owner = meta.as_ref().map(|m| i64::from(m.uid()));
            let mtime = meta.as_ref().map(|m| m.mtime());
            let dir_name = h.home.file_name().unwrap_or_default();
            let deleted_match = deleted
                .iter()
                .find(|(n, uid)| dir_name == n.as_str() || (uid.is_some() && *uid == owner))
                .map(|(n, _)| n.clone());
            let rec = ctx
                .record(&h.home, Some(&h.name))
                .set("kind", "home_without_account")
                .name("name", "name_b64", dir_name)
                .name("home", "home_b64", h.home.as_os_str())
                .set("owner_uid", owner)
                .set(
                    "modified",
                    time::json(mtime.and_then(|s| time::from_unix(s, 0))),
                )
                .set("modified_raw", mtime)
                .set("deleted_user", deleted_match);
            ctx.emit(STREAM, rec);
        }
    }

    fn emit_login_window(
        &self,
        ctx: &mut Ctx<'_>,
        lw: &LoginWindow,
        lw_present: bool,
        guest_account: bool,
    ) {
        let kc = Path::new(KCPASSWORD);
        let kc_meta = match ctx.source().lstat(kc) {
            Ok(m) => Some(m),
            Err(e) if e.is_not_found() => None,
            Err(e) => {
                ctx.error(kc, e);
                None
            }
        };
        let smb = ctx.read_plist(Path::new(SMB_SERVER_PLIST));
        let afp = ctx.read_plist(Path::new(AFP_SERVER_PLIST));
        if !lw_present && kc_meta.is_none() && !guest_account && smb.is_none() && afp.is_none() {
            return;
        }
        let guest_smb = smb
            .as_ref()
            .and_then(P::as_dictionary)
            .and_then(|d| plist_bool(d.get("AllowGuestAccess")));
        let guest_afp = afp
            .as_ref()
            .and_then(P::as_dictionary)
            .and_then(|d| plist_bool(d.get("guestAccess")));
        let kc_mtime = kc_meta.as_ref().map(|m| m.mtime());
        let rec = ctx
            .record(Path::new(LOGINWINDOW_PLIST), None)
            .set("kind", "login_window")
            .set("loginwindow_present", lw_present)
            .set("last_user", lw.last_user.clone())
            .set("last_user_state", lw.last_user_state.clone())
            .set("auto_login_user", lw.auto_login_user.clone())
            .set("auto_login_uid", lw.auto_login_uid)
            .set("kcpassword_present", kc_meta.is_some())
            .set("kcpassword_size", kc_meta.as_ref().map(|m| m.len()))
            .set(
                "kcpassword_modified",
                time::json(kc_mtime.and_then(|s| time::from_unix(s, 0))),
            )
            .set("kcpassword_modified_raw", kc_mtime)
            .set("guest_enabled", lw.guest_enabled)
            .set("guest_account", guest_account)
            .set("guest_smb_access", guest_smb)
            .set("guest_afp_access", guest_afp)
            .set("hidden_users_list", lw.hidden_users.clone())
            .set("hide_500_users", lw.hide_500_users);
        ctx.emit(STREAM, rec);
    }
}

/// A home as a target path (`/var` is `/private/var` on macOS).
fn target_home(home: &str) -> PathBuf {
    match home.strip_prefix("/var/") {
        Some(rest) => Path::new("/private/var").join(rest),
        None => PathBuf::from(home),
    }
}

static DESCRIPTION: Description = Description {
    name: "accounts",
    reads: "local users and groups (dslocal), administrators, hidden and deleted accounts, homes without an account, login window, auto-login and guest settings",
    outputs: &[STREAM],
    scope: Scope::AnyRoot,
    cost: Cost::Cheap,
};

impl Collector for Accounts {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        ctx.declare_output(STREAM);
        let lw_value = ctx.read_plist(Path::new(LOGINWINDOW_PLIST));
        let lw = lw_value.as_ref().map(read_loginwindow).unwrap_or_default();

        let users: Vec<User> = self
            .records(ctx, Path::new(USERS_DIR))
            .into_iter()
            .map(|(path, dict)| User {
                names: strings(&dict, "name"),
                uid: first(&dict, "uid").as_deref().and_then(parse_id),
                gid: first(&dict, "gid").as_deref().and_then(parse_id),
                guid: first(&dict, "generateduid"),
                path,
                dict,
            })
            .collect();
        let groups: Vec<Group> = self
            .records(ctx, Path::new(GROUPS_DIR))
            .into_iter()
            .map(|(path, d)| Group {
                name: first(&d, "name").unwrap_or_default(),
                gid: first(&d, "gid").as_deref().and_then(parse_id),
                guid: first(&d, "generateduid"),
                real_name: first(&d, "realname"),
                users: strings(&d, "users"),
                members: strings(&d, "groupmembers"),
                nested: strings(&d, "nestedgroups"),
                path,
            })
            .collect();

        let mut guest_account = false;
        for u in &users {
            if ctx.should_stop() {
                return Ok(());
            }
            self.emit_user(ctx, u, &groups, &lw, &mut guest_account);
        }
        for gi in 0..groups.len() {
            if ctx.should_stop() {
                return Ok(());
            }
            self.emit_group(ctx, gi, &groups, &users);
        }
        let deleted = self.deleted_users(ctx);
        self.orphan_homes(ctx, &deleted);
        self.emit_login_window(ctx, &lw, lw_value.is_some(), guest_account);
        Ok(())
    }
}

#[cfg(test)]
mod tests;
