//! cron, at, periodic, emond, and the old start-up hooks.
//!
//! - `/private/var/at/tabs/<user>` (`crontab -e`; every version) and
//!   `/private/etc/crontab` (system crontab, with a user column): one item
//!   per job line (`schedule`, `run_as`, `command`), environment lines kept
//!   as `environment`;
//! - `/private/var/at/jobs/*` (`at` jobs): one item per job file, its last
//!   command line;
//! - `/private/etc/periodic/{daily,weekly,monthly}/*`,
//!   `/usr/local/etc/periodic/{daily,weekly,monthly}/*` and the
//!   `/private/etc/{daily,weekly,monthly}.local` scripts: each script is an
//!   item and its own program; `/private/etc/periodic.conf`,
//!   `periodic.conf.local` and `/private/etc/defaults/periodic.conf`: one
//!   item per file, with its settings naming local scripts or directories;
//! - emond (10.5 – 12; removed in 13): `/private/etc/emond.d/rules/*.plist`
//!   (an array of rules: `name`, `enabled`, `eventTypes`, `criterion`,
//!   `actions`), one item per rule, the first `RunCommand` action's command
//!   its program; every file in `/private/var/db/emondClients` (emond only
//!   runs its rules when that directory is not empty);
//! - `/private/etc/rc.common`, `/private/etc/rc.local`,
//!   `/private/etc/launchd.conf` (honoured up to 10.9): one item per file
//!   with its non-comment lines;
//! - `/Library/StartupItems/<name>/` (up to 10.9; still run by some
//!   versions): `StartupParameters.plist` (`Description`, `Provides`) and
//!   the executable named like the directory.

use std::path::{Path, PathBuf};

use plist::Value as P;
use serde_json::json;

use super::program::{self, Programs};
use super::{item, json, list_dir, read_file, read_plist, type_name, STREAM};
use crate::kit::Ctx;

/// Lines kept from a text file item.
const MAX_LINES: usize = 500;

pub fn collect(ctx: &mut Ctx<'_>, programs: &mut Programs) {
    for p in list_dir(ctx, Path::new("/private/var/at/tabs"), false) {
        let user = p.file_name().map(|n| n.to_string_lossy().into_owned());
        crontab(ctx, programs, &p, user.as_deref(), false);
    }
    crontab(ctx, programs, Path::new("/private/etc/crontab"), None, true);
    for p in list_dir(ctx, Path::new("/private/var/at/jobs"), false) {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name == ".SEQ" || name == ".lockfile" {
            ctx.archive(&p);
            continue;
        }
        at_job(ctx, &p);
    }
    for base in ["/private/etc/periodic", "/usr/local/etc/periodic"] {
        for period in ["daily", "weekly", "monthly"] {
            for p in list_dir(ctx, &Path::new(base).join(period), false) {
                script(ctx, programs, &p, "periodic", period);
            }
        }
    }
    for period in ["daily", "weekly", "monthly"] {
        let p = PathBuf::from(format!("/private/etc/{period}.local"));
        script(ctx, programs, &p, "periodic", period);
    }
    for p in [
        "/private/etc/defaults/periodic.conf",
        "/private/etc/periodic.conf",
        "/private/etc/periodic.conf.local",
    ] {
        periodic_conf(ctx, Path::new(p));
    }
    for p in list_dir(ctx, Path::new("/private/etc/emond.d/rules"), false) {
        emond_rules(ctx, programs, &p);
    }
    for p in list_dir(ctx, Path::new("/private/var/db/emondClients"), false) {
        let meta = ctx.acquire(&p).map(|a| a.meta);
        let rec = item(ctx, &p, meta.as_ref(), None, "emond_client")
            .set("kind", "emondClients")
            .set("notes", vec!["emond_rules_active"]);
        ctx.emit(STREAM, rec);
    }
    for (p, kind) in [
        ("/private/etc/rc.common", "rc.common"),
        ("/private/etc/rc.local", "rc.local"),
        ("/private/etc/launchd.conf", "launchd.conf"),
    ] {
        text_item(ctx, Path::new(p), "rc", kind);
    }
    for dir in list_dir(ctx, Path::new("/Library/StartupItems"), true) {
        startup_item(ctx, programs, &dir);
    }
}

/// The non-comment, non-empty lines of a text file, bounded.
fn lines(bytes: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .take(MAX_LINES)
        .map(|l| l.chars().take(4096).collect())
        .collect()
}

fn crontab(
    ctx: &mut Ctx<'_>,
    programs: &mut Programs,
    path: &Path,
    user: Option<&str>,
    system: bool,
) {
    let Some(f) = read_file(ctx, path) else {
        return;
    };
    let mut env = Vec::new();
    let home = user
        .and_then(|n| ctx.users().iter().find(|u| u.name == n))
        .map(|u| u.home.clone());
    for (n, line) in String::from_utf8_lossy(&f.bytes).lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let first = line.split_whitespace().next().unwrap_or_default();
        if first.contains('=') && !first.starts_with('@') && !first.starts_with('*') {
            env.push(line.to_string());
            continue;
        }
        let mut words = line.split_whitespace();
        let schedule_len = if first.starts_with('@') { 1 } else { 5 };
        let schedule: Vec<&str> = words.by_ref().take(schedule_len).collect();
        let run_as = if system { words.next() } else { user };
        let command: Vec<&str> = words.collect();
        let mut rec = item(ctx, path, Some(&f.meta), user, "cron")
            .set("kind", if system { "crontab" } else { "user crontab" })
            .set("line", n + 1)
            .set("schedule", schedule.join(" "))
            .set("run_as", run_as)
            .set("command", command.join(" "))
            .set("environment", env.clone());
        if schedule.len() < schedule_len || command.is_empty() {
            rec.insert("error", "not a crontab job line");
            ctx.emit(STREAM, rec);
            continue;
        }
        let prog = command.first().copied().unwrap_or_default();
        let mut notes = Vec::new();
        if prog.starts_with('/') || prog.starts_with("~/") {
            let info = programs.resolve_and_inspect(ctx, prog, home.as_deref());
            program::item_notes(path, Some(&f.meta), None, false, Some(&info), &mut notes);
            program::apply(&mut rec, Some(prog), &info, ctx.users());
        }
        rec.insert("apple", false);
        rec.insert("notes", notes);
        ctx.emit(STREAM, rec);
    }
}

fn at_job(ctx: &mut Ctx<'_>, path: &Path) {
    let Some(f) = read_file(ctx, path) else {
        return;
    };
    let ls = lines(&f.bytes);
    let owner = crate::persistence::launchd::user_of_uid(ctx.users(), i64::from(f.meta.uid));
    let rec = item(ctx, path, Some(&f.meta), owner.as_deref(), "at_job")
        .set("kind", "at")
        .set("command", ls.last().cloned())
        .set("apple", false)
        .set("notes", Vec::<&str>::new());
    ctx.emit(STREAM, rec);
}

/// A script that is itself the item's program (periodic scripts).
fn script(
    ctx: &mut Ctx<'_>,
    programs: &mut Programs,
    path: &Path,
    category: &'static str,
    kind: &str,
) {
    if ctx.source().lstat(path).is_err() {
        return;
    }
    let info = programs.inspect(ctx, path);
    let mut rec = item(ctx, path, info.meta.as_ref(), None, category).set("kind", kind);
    let mut notes = Vec::new();
    let apple_location = path.starts_with("/private/etc/periodic");
    program::item_notes(
        path,
        info.meta.as_ref(),
        None,
        false,
        Some(&info),
        &mut notes,
    );
    program::apply(&mut rec, path.to_str(), &info, ctx.users());
    rec.insert("apple_location", apple_location);
    rec.insert("apple", false);
    rec.insert("notes", notes);
    ctx.emit(STREAM, rec);
}

fn periodic_conf(ctx: &mut Ctx<'_>, path: &Path) {
    let Some(f) = read_file(ctx, path) else {
        return;
    };
    let settings: Vec<String> = lines(&f.bytes)
        .into_iter()
        .filter(|l| {
            let key = l.split('=').next().unwrap_or_default();
            key.contains("local") || key.contains("periodic_conf_files")
        })
        .collect();
    let rec = item(ctx, path, Some(&f.meta), None, "periodic_conf")
        .set("kind", "periodic.conf")
        .set("settings", settings)
        .set("apple", false)
        .set("notes", Vec::<&str>::new());
    ctx.emit(STREAM, rec);
}

fn text_item(ctx: &mut Ctx<'_>, path: &Path, category: &'static str, kind: &str) {
    let Some(f) = read_file(ctx, path) else {
        return;
    };
    let rec = item(ctx, path, Some(&f.meta), None, category)
        .set("kind", kind)
        .set("lines", lines(&f.bytes))
        .set("apple", false)
        .set("notes", Vec::<&str>::new());
    ctx.emit(STREAM, rec);
}

fn emond_rules(ctx: &mut Ctx<'_>, programs: &mut Programs, path: &Path) {
    let Some((v, meta)) = read_plist(ctx, path) else {
        return;
    };
    let rules: Vec<&P> = match &v {
        P::Array(a) => a.iter().collect(),
        P::Dictionary(_) => vec![&v],
        other => {
            ctx.error(path, format!("emond rules file is {}", type_name(other)));
            return;
        }
    };
    for (i, rule) in rules.into_iter().enumerate() {
        let Some(d) = rule.as_dictionary() else {
            ctx.error(
                path,
                format!("rule {i} is {}, not a dictionary", type_name(rule)),
            );
            continue;
        };
        let actions = d
            .get("actions")
            .and_then(P::as_array)
            .cloned()
            .unwrap_or_default();
        let mut rec = item(ctx, path, Some(&meta), None, "emond")
            .set("kind", "rule")
            .set("index", i)
            .set(
                "name",
                d.get("name").and_then(P::as_string).map(str::to_string),
            )
            .set("enabled", d.get("enabled").and_then(P::as_boolean))
            .set("event_types", d.get("eventTypes").map(json))
            .set("criterion", d.get("criterion").map(json))
            .set("actions", actions.iter().map(json).collect::<Vec<_>>());
        let run = actions
            .iter()
            .filter_map(P::as_dictionary)
            .find(|a| a.get("type").and_then(P::as_string) == Some("RunCommand"));
        let mut notes = Vec::new();
        if let Some(a) = run {
            let cmd = a
                .get("command")
                .and_then(P::as_string)
                .unwrap_or_default()
                .to_string();
            let args = a.get("arguments").map(json);
            rec.insert(
                "run_as",
                a.get("user").and_then(P::as_string).map(str::to_string),
            );
            rec.insert("program_arguments", args);
            let info = programs.resolve_and_inspect(ctx, &cmd, None);
            program::item_notes(path, Some(&meta), None, false, Some(&info), &mut notes);
            program::apply(&mut rec, Some(&cmd), &info, ctx.users());
        }
        rec.insert("apple", false);
        rec.insert("notes", notes);
        ctx.emit(STREAM, rec);
    }
}

fn startup_item(ctx: &mut Ctx<'_>, programs: &mut Programs, dir: &Path) {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let params = dir.join("StartupParameters.plist");
    let parsed = read_plist(ctx, &params);
    let meta = parsed.as_ref().map(|(_, m)| m.clone());
    let mut rec = item(ctx, dir, meta.as_ref(), None, "startup_item")
        .set("kind", "StartupItem")
        .set("name", name.clone());
    if let Some((v, _)) = &parsed {
        match v.as_dictionary() {
            Some(d) => {
                rec.insert(
                    "description",
                    d.get("Description")
                        .and_then(P::as_string)
                        .map(str::to_string),
                );
                rec.insert("provides", d.get("Provides").map(json));
                rec.insert("parameters", json(v));
            }
            None => {
                let msg = format!("StartupParameters.plist is {}", type_name(v));
                ctx.error(&params, &msg);
                rec.insert("error", msg);
            }
        }
    }
    let exe = dir.join(&name);
    let info = programs.inspect(ctx, &exe);
    let mut notes = Vec::new();
    program::item_notes(dir, meta.as_ref(), None, false, Some(&info), &mut notes);
    program::apply(&mut rec, exe.to_str(), &info, ctx.users());
    rec.insert("apple", false);
    rec.insert("notes", notes);
    rec.insert(
        "files",
        json!([params.to_string_lossy(), exe.to_string_lossy()]),
    );
    ctx.emit(STREAM, rec);
}
