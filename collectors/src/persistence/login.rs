//! Login items and login/logout hooks.
//!
//! - `~/Library/Preferences/com.apple.loginitems.plist` (10.5 – 10.10, kept
//!   by later upgrades): `SessionItems.CustomListItems`, each with `Name`,
//!   `Alias` (a classic alias record, decoded with
//!   [`crate::formats::alias`]), `CustomItemProperties`
//!   (`com.apple.LSSharedFileList.ItemIsHidden`) and `Flags`;
//! - `~/Library/Application Support/com.apple.sharedfilelist/com.apple.LSSharedFileList.GlobalLoginItems.sfl*`
//!   and `…BackgroundItems.sfl*` and `…SessionLoginItems.sfl*` (10.11 – 12;
//!   decoded with [`crate::formats::sfl`]);
//! - `com.apple.loginwindow.plist` in `/Library/Preferences` and each home's
//!   `Library/Preferences`: `LoginHook`, `LogoutHook` (scripts run as root
//!   at every login/logout, deprecated since 10.4 but honoured through
//!   macOS 12 at least) and `AutoLaunchedApplicationDictionary` (managed
//!   login items: `Path`, `Hide`).

use std::path::Path;

use plist::Value as P;

use super::program::{self, Programs};
use super::{item, list_dir, read_file, read_plist, type_name, STREAM};
use crate::formats::alias::parse_alias;
use crate::formats::sfl::{parse_sfl, SflFormat};
use crate::kit::users::UserHome;
use crate::kit::Ctx;

const SFL_DIR: &str = "Library/Application Support/com.apple.sharedfilelist";
const SFL_LISTS: [&str; 3] = [
    "com.apple.LSSharedFileList.GlobalLoginItems",
    "com.apple.LSSharedFileList.SessionLoginItems",
    "com.apple.LSSharedFileList.BackgroundItems",
];

pub fn collect(ctx: &mut Ctx<'_>, programs: &mut Programs) {
    loginwindow(
        ctx,
        programs,
        Path::new("/Library/Preferences/com.apple.loginwindow.plist"),
        None,
    );
    for user in ctx.users() {
        if ctx.should_stop() {
            return;
        }
        let prefs = user.home.join("Library/Preferences");
        loginwindow(
            ctx,
            programs,
            &prefs.join("com.apple.loginwindow.plist"),
            Some(user),
        );
        loginitems_plist(
            ctx,
            programs,
            &prefs.join("com.apple.loginitems.plist"),
            user,
        );
        for p in list_dir(ctx, &user.home.join(SFL_DIR), false) {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let format = SflFormat::from_file_name(&name);
            if format != SflFormat::Auto && SFL_LISTS.iter().any(|l| name.starts_with(l)) {
                sfl_list(ctx, programs, &p, format, user);
            }
        }
    }
}

fn loginwindow(ctx: &mut Ctx<'_>, programs: &mut Programs, path: &Path, user: Option<&UserHome>) {
    let Some((v, meta)) = read_plist(ctx, path) else {
        return;
    };
    let Some(d) = v.as_dictionary() else {
        ctx.error(path, format!("is {}, not a dictionary", type_name(&v)));
        return;
    };
    let uname = user.map(|u| u.name.as_str());
    let home = user.map(|u| u.home.as_path());
    for key in ["LoginHook", "LogoutHook"] {
        let Some(hook) = d.get(key) else {
            continue;
        };
        let mut rec = item(ctx, path, Some(&meta), uname, "login_hook").set("kind", key);
        let Some(hook) = hook.as_string() else {
            let msg = format!("{key} is {}, not a string", type_name(hook));
            ctx.error(path, &msg);
            rec.insert("error", msg);
            ctx.emit(STREAM, rec);
            continue;
        };
        // The hook is a command line; its first word is the program.
        let first = hook.split_whitespace().next().unwrap_or(hook);
        let info = programs.resolve_and_inspect(ctx, first, home);
        let mut notes = Vec::new();
        program::item_notes(path, Some(&meta), None, false, Some(&info), &mut notes);
        rec.insert("command", hook);
        program::apply(&mut rec, Some(first), &info, ctx.users());
        rec.insert("apple", false);
        rec.insert("notes", notes);
        ctx.emit(STREAM, rec);
    }
    if let Some(list) = d.get("AutoLaunchedApplicationDictionary") {
        let Some(list) = list.as_array() else {
            ctx.error(
                path,
                format!(
                    "AutoLaunchedApplicationDictionary is {}, not an array",
                    type_name(list)
                ),
            );
            return;
        };
        for (i, entry) in list.iter().enumerate() {
            let e = entry.as_dictionary();
            let target = e.and_then(|e| e.get("Path")).and_then(P::as_string);
            let mut rec = item(ctx, path, Some(&meta), uname, "login_item")
                .set("kind", "AutoLaunchedApplication")
                .set("index", i)
                .set(
                    "hidden",
                    e.and_then(|e| e.get("Hide")).and_then(P::as_boolean),
                );
            let mut notes = Vec::new();
            match target {
                Some(t) => {
                    let info = programs.resolve_and_inspect(ctx, t, home);
                    program::item_notes(path, Some(&meta), None, false, Some(&info), &mut notes);
                    program::apply(&mut rec, Some(t), &info, ctx.users());
                }
                None => {
                    let msg = format!("entry {i} has no Path string");
                    ctx.error(path, &msg);
                    rec.insert("error", msg);
                }
            }
            rec.insert("apple", false);
            rec.insert("notes", notes);
            ctx.emit(STREAM, rec);
        }
    }
}

fn loginitems_plist(ctx: &mut Ctx<'_>, programs: &mut Programs, path: &Path, user: &UserHome) {
    let Some((v, meta)) = read_plist(ctx, path) else {
        return;
    };
    let items = v
        .as_dictionary()
        .and_then(|d| d.get("SessionItems"))
        .and_then(P::as_dictionary)
        .and_then(|d| d.get("CustomListItems"))
        .and_then(P::as_array);
    let Some(items) = items else {
        ctx.error(path, "no SessionItems.CustomListItems array");
        return;
    };
    let mut broken = 0;
    for (i, it) in items.iter().enumerate() {
        let Some(d) = it.as_dictionary() else {
            continue;
        };
        let props = d.get("CustomItemProperties").and_then(P::as_dictionary);
        let hidden = props
            .and_then(|p| p.get("com.apple.LSSharedFileList.ItemIsHidden"))
            .and_then(P::as_boolean);
        let mut rec = item(ctx, path, Some(&meta), Some(&user.name), "login_item")
            .set("kind", "com.apple.loginitems")
            .set("index", i)
            .set(
                "name",
                d.get("Name").and_then(P::as_string).map(str::to_string),
            )
            .set("hidden", hidden)
            .set("flags", d.get("Flags").and_then(P::as_signed_integer));
        let mut target: Option<String> = None;
        match d.get("Alias").and_then(P::as_data) {
            Some(data) => match parse_alias(data) {
                Ok(a) => {
                    target = a.path.clone();
                    rec.insert("alias", serde_json::to_value(&a).unwrap_or_default());
                }
                Err(e) => {
                    broken += 1;
                    rec.insert("alias_error", e.to_string());
                }
            },
            None => {
                if let Some(b) = d.get("Bookmark").and_then(P::as_data) {
                    match crate::formats::bookmark::parse_bookmark(b) {
                        Ok(b) => target = b.path.clone(),
                        Err(e) => {
                            broken += 1;
                            rec.insert("bookmark_error", e.to_string());
                        }
                    }
                }
            }
        }
        let mut notes = Vec::new();
        if let Some(t) = &target {
            let info = programs.resolve_and_inspect(ctx, t, Some(&user.home));
            program::item_notes(path, Some(&meta), None, false, Some(&info), &mut notes);
            program::apply(&mut rec, Some(t), &info, ctx.users());
        }
        rec.insert("apple", false);
        rec.insert("notes", notes);
        ctx.emit(STREAM, rec);
    }
    if broken > 0 {
        ctx.error(
            path,
            format!("{broken} items have an alias or bookmark that does not decode"),
        );
    }
}

fn sfl_list(
    ctx: &mut Ctx<'_>,
    programs: &mut Programs,
    path: &Path,
    format: SflFormat,
    user: &UserHome,
) {
    let Some(f) = read_file(ctx, path) else {
        return;
    };
    let items = match parse_sfl(&f.bytes, format) {
        Ok(list) => {
            for problem in &list.problems {
                ctx.error(path, problem);
            }
            list.items
        }
        Err(e) => {
            ctx.error(path, format!("not parsed: {e}"));
            return;
        }
    };
    let list = crate::formats::sfl::list_name_from_file_name(
        &path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
    );
    let mut broken = 0;
    for it in items {
        let mut rec = item(ctx, path, Some(&f.meta), Some(&user.name), "login_item")
            .set("kind", list.clone())
            .set("index", it.index)
            .set("name", it.name.clone())
            .set("url", it.url.clone())
            .set("uuid", it.identifier.clone())
            .set("visibility", it.visibility)
            .set("bookmark_user", it.user_name.clone())
            .set("bookmark_error", it.bookmark_error.clone());
        if it.bookmark_error.is_some() {
            broken += 1;
        }
        let mut notes = Vec::new();
        if let Some(t) = &it.path {
            let info = programs.resolve_and_inspect(ctx, t, Some(&user.home));
            program::item_notes(path, Some(&f.meta), None, false, Some(&info), &mut notes);
            program::apply(&mut rec, Some(t), &info, ctx.users());
        }
        rec.insert("apple", false);
        rec.insert("notes", notes);
        ctx.emit(STREAM, rec);
    }
    if broken > 0 {
        ctx.error(
            path,
            format!("{broken} items have a bookmark that does not decode"),
        );
    }
}
