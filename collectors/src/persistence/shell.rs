//! Shell start-up files, SSH `authorized_keys`, sudoers.
//!
//! - every home: `.zshenv`, `.zprofile`, `.zshrc`, `.zlogin`, `.zlogout`,
//!   `.bash_profile`, `.bash_login`, `.bashrc`, `.bash_logout`, `.profile`,
//!   `.login`, `.logout`, `.cshrc`, `.tcshrc`, `.kshrc`, `.config/fish/config.fish`;
//!   system-wide `/private/etc/zshenv`, `zprofile`, `zshrc`, `zlogin`,
//!   `zlogout`, `profile`, `bashrc`, `csh.cshrc`, `csh.login`,
//!   `csh.logout`: one item per file with its non-comment lines (zsh is the
//!   default shell since 10.15; bash before);
//! - `~/.ssh/authorized_keys` and `authorized_keys2` in every home (root's
//!   included): one item per key, with its type, comment, SHA-256
//!   fingerprint (as `ssh-keygen -l` prints it) and options (`command=`,
//!   `from=`, `environment=`, ...);
//! - `/private/etc/sudoers` and `/private/etc/sudoers.d/*`: one item per
//!   rule line (`Defaults`, aliases, user specifications, `#include`).

use std::path::Path;

use base64::Engine;
use sha2::{Digest, Sha256};

use super::program::Programs;
use super::{item, list_dir, read_file, STREAM};
use crate::kit::Ctx;

const USER_FILES: [&str; 16] = [
    ".zshenv",
    ".zprofile",
    ".zshrc",
    ".zlogin",
    ".zlogout",
    ".bash_profile",
    ".bash_login",
    ".bashrc",
    ".bash_logout",
    ".profile",
    ".login",
    ".logout",
    ".cshrc",
    ".tcshrc",
    ".kshrc",
    ".config/fish/config.fish",
];

const SYSTEM_FILES: [&str; 10] = [
    "/private/etc/zshenv",
    "/private/etc/zprofile",
    "/private/etc/zshrc",
    "/private/etc/zlogin",
    "/private/etc/zlogout",
    "/private/etc/profile",
    "/private/etc/bashrc",
    "/private/etc/csh.cshrc",
    "/private/etc/csh.login",
    "/private/etc/csh.logout",
];

/// Lines kept per file.
const MAX_LINES: usize = 500;

/// Words in a start-up file line worth a look.
const SUSPICIOUS: [&str; 10] = [
    "curl ",
    "wget ",
    "osascript",
    "base64",
    "DYLD_INSERT_LIBRARIES",
    "/tmp/",
    "/Users/Shared/",
    "nc ",
    "python -c",
    "eval ",
];

pub fn collect(ctx: &mut Ctx<'_>, _programs: &mut Programs) {
    for p in SYSTEM_FILES {
        startup_file(ctx, Path::new(p), None);
    }
    for user in ctx.users() {
        if ctx.should_stop() {
            return;
        }
        for f in USER_FILES {
            startup_file(ctx, &user.home.join(f), Some(&user.name));
        }
        for f in ["authorized_keys", "authorized_keys2"] {
            authorized_keys(ctx, &user.home.join(".ssh").join(f), &user.name);
        }
    }
    sudoers(ctx, Path::new("/private/etc/sudoers"));
    for p in list_dir(ctx, Path::new("/private/etc/sudoers.d"), false) {
        sudoers(ctx, &p);
    }
}

fn content_lines(bytes: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .take(MAX_LINES)
        .map(|l| l.chars().take(4096).collect())
        .collect()
}

fn startup_file(ctx: &mut Ctx<'_>, path: &Path, user: Option<&str>) {
    let Some(f) = read_file(ctx, path) else {
        return;
    };
    let lines = content_lines(&f.bytes);
    let flagged: Vec<String> = lines
        .iter()
        .filter(|l| SUSPICIOUS.iter().any(|s| l.contains(s)))
        .cloned()
        .collect();
    let mut notes = Vec::new();
    if !flagged.is_empty() {
        notes.push("suspicious_command");
    }
    let rec = item(ctx, path, Some(&f.meta), user, "shell_startup")
        .set(
            "kind",
            path.file_name().map(|n| n.to_string_lossy().into_owned()),
        )
        .set("lines", lines)
        .set("flagged_lines", flagged)
        .set("apple", false)
        .set("notes", notes);
    ctx.emit(STREAM, rec);
}

/// Split an `authorized_keys` line into options, key type, key and comment.
pub(crate) fn parse_key_line(line: &str) -> Option<(Vec<String>, String, String, String)> {
    let is_type =
        |w: &str| w.starts_with("ssh-") || w.starts_with("ecdsa-") || w.starts_with("sk-");
    // Options come first when the first word is not a key type; they may
    // hold quoted spaces.
    let (options, rest) = if is_type(line.split_whitespace().next()?) {
        (Vec::new(), line)
    } else {
        let mut opts = Vec::new();
        let mut cur = String::new();
        let mut quoted = false;
        let mut end = line.len();
        for (i, c) in line.char_indices() {
            match c {
                '"' => {
                    quoted = !quoted;
                    cur.push(c);
                }
                ',' if !quoted => opts.push(std::mem::take(&mut cur)),
                ' ' | '\t' if !quoted => {
                    end = i;
                    break;
                }
                _ => cur.push(c),
            }
        }
        if !cur.is_empty() {
            opts.push(cur);
        }
        (opts, line.get(end..).unwrap_or_default().trim_start())
    };
    let mut words = rest.splitn(3, char::is_whitespace);
    let kind = words.next()?.to_string();
    let key = words.next()?.to_string();
    let comment = words.next().unwrap_or_default().trim().to_string();
    Some((options, kind, key, comment))
}

fn authorized_keys(ctx: &mut Ctx<'_>, path: &Path, user: &str) {
    let Some(f) = read_file(ctx, path) else {
        return;
    };
    for (n, line) in String::from_utf8_lossy(&f.bytes).lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut rec = item(ctx, path, Some(&f.meta), Some(user), "authorized_key")
            .set("kind", "ssh")
            .set("line", n + 1);
        match parse_key_line(line) {
            Some((options, kind, key, comment)) => {
                let fp = base64::engine::general_purpose::STANDARD
                    .decode(&key)
                    .ok()
                    .map(|blob| {
                        let h = Sha256::digest(&blob);
                        format!(
                            "SHA256:{}",
                            base64::engine::general_purpose::STANDARD_NO_PAD.encode(h)
                        )
                    });
                let command = options
                    .iter()
                    .find_map(|o| o.strip_prefix("command="))
                    .map(|c| c.trim_matches('"').to_string());
                let mut notes = Vec::new();
                if command.is_some() {
                    notes.push("forced_command");
                }
                rec.insert("key_type", kind);
                rec.insert("fingerprint", fp);
                rec.insert("comment", comment);
                rec.insert("options", options);
                rec.insert("command", command);
                rec.insert("notes", notes);
            }
            None => {
                rec.insert("error", "not an authorized_keys line");
                rec.insert("notes", Vec::<&str>::new());
            }
        }
        rec.insert("apple", false);
        ctx.emit(STREAM, rec);
    }
}

fn sudoers(ctx: &mut Ctx<'_>, path: &Path) {
    let Some(f) = read_file(ctx, path) else {
        return;
    };
    let text = String::from_utf8_lossy(&f.bytes);
    for (n, line) in text.lines().enumerate() {
        let l = line.trim();
        // `#include` and `#includedir` are directives, not comments.
        let include = l.starts_with("#include") || l.starts_with("@include");
        if l.is_empty() || (l.starts_with('#') && !include) {
            continue;
        }
        let kind = if include {
            "include"
        } else if l.starts_with("Defaults") {
            "defaults"
        } else if l.ends_with("_Alias")
            || l.split_whitespace()
                .next()
                .is_some_and(|w| w.ends_with("_Alias"))
        {
            "alias"
        } else {
            "rule"
        };
        let mut notes = Vec::new();
        if l.contains("NOPASSWD") {
            notes.push("nopasswd");
        }
        let rec = item(ctx, path, Some(&f.meta), None, "sudoers")
            .set("kind", kind)
            .set("line", n + 1)
            .set("rule", l.to_string())
            .set("apple", false)
            .set("notes", notes);
        ctx.emit(STREAM, rec);
    }
}
