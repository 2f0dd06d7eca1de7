//! Application bundles and their main executables.
//!
//! **Where.** `/Applications`, every `~/Applications` and
//! `/System/Applications` (macOS 10.15 and later; Apple's own, recorded
//! with `apple: true`): each `*.app` entry, and each `*.app` one level
//! down in a plain folder (`Utilities`, a vendor's folder an installer
//! made, `Chrome Apps.localized`). Bundles are not entered any further.
//!
//! **What.** Per bundle: `Contents/Info.plist` (acquired: archived and
//! parsed) for `CFBundleIdentifier`, `CFBundleName`,
//! `CFBundleDisplayName`, `CFBundleShortVersionString`, `CFBundleVersion`,
//! `LSMinimumSystemVersion` and `CFBundleExecutable`; the main executable
//! `Contents/MacOS/<CFBundleExecutable>` (the bundle's base name when the
//! key is absent, as Launch Services does), hashed (SHA-256) and, for a
//! Mach-O, its header and code signature decoded
//! ([`crate::formats::macho`]) through the run's shared executable cache
//! ([`crate::live::exe::ExeHasher`]): a file read by another collector is
//! not read again. The executable is read in place, not archived.
//! `com.apple.quarantine` of the bundle and of the executable, decoded
//! ([`crate::formats::xattr::quarantine`]) with the stored text kept;
//! the bundle's and the executable's times.
//!
//! **Links.** A bundle, `Info.plist`, `Contents/MacOS` or executable that
//! is a symbolic link is recorded as a link (archived as one, its target in
//! the record) and never followed.
//!
//! **Bounds.** Executables over
//! [`crate::live::exe::MAX_HASH_SIZE`] are not hashed; those over 128 MiB
//! are hashed, not decoded; past the time limit nothing more is hashed.
//! Each is said in `exe_hash_error` on the record, and counted in one
//! manifest line.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use plist::Value as P;
use serde_json::{json, Value};

use super::{file_time, type_name, STREAM};
use crate::formats::macho::{SignatureKeys, SignatureStatus};
use crate::formats::xattr;
use crate::kit::source::{DirEntry, Kind, SourceError, XattrValue};
use crate::kit::walk::{self, Limits, Visit};
use crate::kit::{text, Ctx, FileMeta, Record};
use crate::live::exe::ExeHasher;

/// Entries listed per location at most.
const MAX_ENTRIES: usize = 20_000;
/// The largest quarantine attribute read.
const QUARANTINE_MAX: usize = 4096;

/// The executable's code signature fields.
const SIGNATURE: SignatureKeys = SignatureKeys {
    status: "exe_signature_status",
    signing_id: "exe_signing_id",
    team_id: "exe_team_id",
    signer: "exe_signer",
    cdhash: "exe_cdhash",
    arches: Some("exe_arches"),
    error: Some("exe_macho_error"),
};

/// Info.plist string keys and their fields.
const INFO_STRINGS: [(&str, &str); 7] = [
    ("CFBundleIdentifier", "bundle_id"),
    ("CFBundleName", "bundle_name"),
    ("CFBundleDisplayName", "display_name"),
    ("CFBundleShortVersionString", "short_version"),
    ("CFBundleVersion", "build_version"),
    ("LSMinimumSystemVersion", "minimum_os"),
    ("CFBundleExecutable", "executable_name"),
];

/// One place applications are installed.
#[derive(Debug, Clone)]
struct Location {
    dir: PathBuf,
    apple: bool,
    user: Option<String>,
}

fn locations(ctx: &Ctx<'_>) -> Vec<Location> {
    let mut out = vec![Location {
        dir: PathBuf::from("/Applications"),
        apple: false,
        user: None,
    }];
    for u in ctx.users() {
        out.push(Location {
            dir: u.home.join("Applications"),
            apple: false,
            user: Some(u.name.clone()),
        });
    }
    out.push(Location {
        dir: PathBuf::from("/System/Applications"),
        apple: true,
        user: None,
    });
    out
}

fn is_app(name: &OsStr) -> bool {
    name.as_bytes().ends_with(b".app")
}

/// The bundles of every location.
pub(crate) fn collect(ctx: &mut Ctx<'_>) {
    let mut hasher = ExeHasher::new(ctx);
    let mut not_hashed = 0u64;
    for loc in locations(ctx) {
        let mut found: Vec<(DirEntry, Option<PathBuf>)> = Vec::new();
        walk::walk(
            ctx,
            &loc.dir,
            Limits {
                max_depth: 1,
                max_entries: MAX_ENTRIES,
            },
            |_, e, depth| {
                if is_app(&e.name) {
                    let folder = (depth > 0)
                        .then(|| e.path.parent().map(Path::to_path_buf))
                        .flatten();
                    found.push((e.clone(), folder));
                    Visit::Skip
                } else if depth == 0 && e.kind == Kind::Dir {
                    Visit::Descend
                } else {
                    Visit::Skip
                }
            },
        );
        for (entry, folder) in found {
            if ctx.should_stop() {
                return;
            }
            let rec = bundle(
                ctx,
                &mut hasher,
                &loc,
                &entry,
                folder.as_deref(),
                &mut not_hashed,
            );
            ctx.emit(STREAM, rec);
        }
    }
    if not_hashed > 0 {
        ctx.error_general(format!(
            "{not_hashed} application executable{} not hashed (see exe_hash_error in parsed/{STREAM}.jsonl)",
            if not_hashed == 1 { "" } else { "s" }
        ));
    }
}

/// A quarantine attribute of `path`, as (decoded, the stored bytes);
/// (null, `None`) when there is none.
fn quarantine(ctx: &mut Ctx<'_>, path: &Path) -> (Value, Option<Vec<u8>>) {
    let none = (Value::Null, None);
    match ctx
        .source()
        .get_xattr(path, OsStr::new("com.apple.quarantine"), QUARANTINE_MAX)
    {
        Ok(XattrValue::Value(v)) => match xattr::quarantine(&v) {
            Ok(q) => (q.json(), Some(v)),
            Err(e) => {
                ctx.error(path, format!("com.apple.quarantine: {e}"));
                (json!({ "error": e.to_string() }), Some(v))
            }
        },
        Ok(XattrValue::TooLarge(n)) => {
            ctx.error(
                path,
                format!("com.apple.quarantine: {n} bytes, over {QUARANTINE_MAX}; not read"),
            );
            none
        }
        Err(e) if e.is_not_found() => none,
        Err(e) => {
            ctx.source_error(path, "com.apple.quarantine not read", &e);
            none
        }
    }
}

/// A symbolic link's target, as stored (never followed).
fn link_target(ctx: &Ctx<'_>, path: &Path) -> Option<PathBuf> {
    ctx.source().read_link(path).ok()
}

/// Where a path's lookup met a symbolic link, if it did: (the link, its
/// target).
fn symlink_on_path(ctx: &Ctx<'_>, path: &Path) -> Option<(PathBuf, Option<PathBuf>)> {
    match ctx.source().lstat(path) {
        Ok(m) if m.file_type().is_symlink() => Some((path.to_path_buf(), link_target(ctx, path))),
        Err(SourceError::Symlink { which, target }) => Some((which, target)),
        _ => None,
    }
}

/// A link target for a message.
fn target_text(target: &Option<PathBuf>) -> String {
    target
        .as_deref()
        .map(|t| text::printable_os(t.as_os_str()).into_owned())
        .unwrap_or_else(|| "?".to_string())
}

/// One bundle's record.
fn bundle(
    ctx: &mut Ctx<'_>,
    hasher: &mut ExeHasher,
    loc: &Location,
    entry: &DirEntry,
    folder: Option<&Path>,
    not_hashed: &mut u64,
) -> Record {
    let path = entry.path.as_path();
    let mut rec = ctx
        .record(path, loc.user.as_deref())
        .set("kind", "app")
        .name("name", "name_b64", &entry.name)
        .name("path", "path_b64", path.as_os_str())
        .name("location", "location_b64", loc.dir.as_os_str());
    rec.insert_name("folder", "folder_b64", folder.map(Path::as_os_str));
    rec.insert("apple", loc.apple);
    let mut notes: Vec<&'static str> = Vec::new();
    let mut errors: Vec<String> = Vec::new();

    match entry.kind {
        Kind::Dir => {}
        Kind::Symlink => {
            rec.insert("bundle_type", "symlink");
            let target = link_target(ctx, path);
            rec.insert_name(
                "link_target",
                "link_target_b64",
                target.as_deref().map(Path::as_os_str),
            );
            ctx.archive(path);
            return rec;
        }
        Kind::File | Kind::Other(_) => {
            let what = match entry.kind {
                Kind::File => "a regular file",
                Kind::Other(w) => w,
                _ => "?",
            };
            let msg = format!("an application bundle that is {what}, not a directory");
            ctx.error(path, &msg);
            rec.insert("bundle_type", "not_directory");
            rec.insert("error", msg);
            return rec;
        }
    }
    rec.insert("bundle_type", "directory");
    if let Ok(m) = ctx.source().lstat(path) {
        let m = FileMeta::from_metadata(&m);
        rec.insert("timestamp", file_time(m.mtime));
        rec.insert("bundle_ctime", file_time(m.ctime));
        rec.insert("bundle_btime", file_time(m.crtime));
        rec.insert("bundle_uid", m.uid);
    }
    let (q, q_raw) = quarantine(ctx, path);
    if !q.is_null() {
        notes.push("quarantined");
    }
    rec.insert("quarantine", q);
    rec.insert_text("quarantine_raw", "quarantine_raw_b64", q_raw.as_deref());

    // Info.plist.
    let contents = path.join("Contents");
    let info_path = contents.join("Info.plist");
    rec.insert_name("info_plist", "info_plist_b64", Some(info_path.as_os_str()));
    let mut executable_name: Option<std::ffi::OsString> = None;
    if let Some((link, target)) = symlink_on_path(ctx, &info_path) {
        ctx.archive(&link);
        errors.push(format!(
            "{} is a symbolic link to {}; not followed",
            text::printable_os(link.as_os_str()),
            target_text(&target)
        ));
    } else if ctx
        .source()
        .lstat(&info_path)
        .is_err_and(|e| e.is_not_found())
    {
        let msg = "no Contents/Info.plist".to_string();
        ctx.error(path, &msg);
        errors.push(msg);
    } else {
        let before = ctx.errors().len();
        match ctx.read_plist(&info_path) {
            Some(P::Dictionary(d)) => {
                for (key, field) in INFO_STRINGS {
                    let v = match d.get(key) {
                        None => Value::Null,
                        Some(P::String(s)) => Value::from(s.as_str()),
                        Some(other) => {
                            let msg = format!("{key} is {}, not a string", type_name(other));
                            ctx.error(&info_path, &msg);
                            errors.push(msg);
                            Value::Null
                        }
                    };
                    rec.insert(field, v);
                }
                executable_name = d
                    .get("CFBundleExecutable")
                    .and_then(P::as_string)
                    .map(std::ffi::OsString::from);
            }
            Some(other) => {
                let msg = format!(
                    "Info.plist's root is {}, not a dictionary",
                    type_name(&other)
                );
                ctx.error(&info_path, &msg);
                errors.push(msg);
            }
            None => errors.push(
                ctx.errors()
                    .get(before)
                    .map(|i| format!("Info.plist: {}", i.message))
                    .unwrap_or_else(|| "Info.plist not read".to_string()),
            ),
        }
    }

    // The main executable. The bundle's base name is kept as the bytes
    // of the name: one that is not UTF-8 still names its executable.
    let (exe_name, from) = match executable_name {
        Some(n) => (Some(n), "CFBundleExecutable"),
        None => (path.file_stem().map(OsStr::to_os_string), "bundle_name"),
    };
    rec.insert("executable_from", from);
    let exe_name = exe_name.filter(|n| {
        let b = n.as_bytes();
        let plain = !b.is_empty() && b != b"." && b != b".." && !b.contains(&b'/');
        if !plain {
            let msg = format!("CFBundleExecutable {n:?} is not a plain file name; not followed");
            ctx.error(&info_path, &msg);
            errors.push(msg);
        }
        plain
    });
    if let Some(exe_name) = exe_name {
        let exe = contents.join("MacOS").join(&exe_name);
        rec.insert_name("executable", "executable_b64", Some(exe.as_os_str()));
        executable(
            ctx,
            hasher,
            &exe,
            loc,
            &mut rec,
            &mut notes,
            &mut errors,
            not_hashed,
        );
    }
    rec.insert("notes", notes);
    rec.insert("error", (!errors.is_empty()).then(|| errors.join("; ")));
    rec
}

#[allow(clippy::too_many_arguments)]
fn executable(
    ctx: &mut Ctx<'_>,
    hasher: &mut ExeHasher,
    exe: &Path,
    loc: &Location,
    rec: &mut Record,
    notes: &mut Vec<&'static str>,
    errors: &mut Vec<String>,
    not_hashed: &mut u64,
) {
    if let Some((link, target)) = symlink_on_path(ctx, exe) {
        ctx.archive(&link);
        rec.insert_name(
            "exe_link_target",
            "exe_link_target_b64",
            target.as_deref().map(Path::as_os_str),
        );
        errors.push(format!(
            "{} is a symbolic link to {}; not followed",
            text::printable_os(link.as_os_str()),
            target_text(&target)
        ));
        return;
    }
    let meta = match ctx.source().lstat(exe) {
        Ok(m) => m,
        Err(e) if e.is_not_found() => {
            notes.push("executable_missing");
            let msg = "main executable missing".to_string();
            ctx.error(exe, &msg);
            errors.push(msg);
            return;
        }
        Err(e) => {
            ctx.source_error(exe, "main executable not read", &e);
            errors.push(format!("main executable not read: {e}"));
            return;
        }
    };
    if let Kind::Dir | Kind::Other(_) = Kind::of(&meta) {
        let msg = "main executable is not a regular file; not opened".to_string();
        ctx.error(exe, &msg);
        errors.push(msg);
        return;
    }
    let m = FileMeta::from_metadata(&meta);
    rec.insert("exe_size", m.size);
    rec.insert("exe_mtime", file_time(m.mtime));
    rec.insert("exe_ctime", file_time(m.ctime));
    rec.insert("exe_btime", file_time(m.crtime));
    rec.insert("exe_uid", m.uid);
    rec.insert("exe_mode", format!("{:o}", m.mode & 0o7777));
    let (q, q_raw) = quarantine(ctx, exe);
    if !q.is_null() && !notes.contains(&"quarantined") {
        notes.push("quarantined");
    }
    rec.insert("exe_quarantine", q);
    rec.insert_text(
        "exe_quarantine_raw",
        "exe_quarantine_raw_b64",
        q_raw.as_deref(),
    );
    match hasher.hash_path(ctx, exe) {
        Err(e) => {
            *not_hashed += 1;
            rec.insert("exe_sha256", Value::Null);
            rec.insert("exe_hash_error", e);
        }
        Ok(facts) => {
            rec.insert("exe_sha256", facts.sha256);
            match facts.macho {
                None => {
                    if m.size > crate::live::exe::MAX_DECODE {
                        rec.insert(
                            "exe_hash_error",
                            format!(
                                "{} bytes, over the {}-byte decoding limit; hashed, not decoded",
                                m.size,
                                crate::live::exe::MAX_DECODE
                            ),
                        );
                    } else {
                        rec.insert("exe_signature_status", "not_macho");
                    }
                }
                Some(Ok(mo)) => {
                    SIGNATURE.write(rec, Ok(&mo));
                    let errs = mo.errors();
                    if !errs.is_empty() {
                        ctx.error(exe, format!("Mach-O: {}", errs.join("; ")));
                    }
                    let apple_signed = mo.apple_signed();
                    rec.insert("exe_apple_signed", apple_signed);
                    match mo.signature_status {
                        SignatureStatus::Unsigned => notes.push("unsigned"),
                        SignatureStatus::Adhoc => notes.push("adhoc"),
                        SignatureStatus::Invalid => notes.push("signature_invalid"),
                        SignatureStatus::Signed => {}
                    }
                    if loc.apple && !apple_signed {
                        notes.push("not_apple_signed_in_system_applications");
                    }
                }
                Some(Err(e)) => {
                    let msg = format!("Mach-O: {e}");
                    ctx.error(exe, &msg);
                    SIGNATURE.write(rec, Err(&msg));
                }
            }
        }
    }
}
