//! The program an item starts: resolved on the target root, hashed, its
//! Mach-O header and code signature decoded, and the notes an analyst
//! filters on.
//!
//! **Resolution.** `~/` is the home of the item's user; a bare name is
//! looked up in launchd's default `PATH` (`/usr/bin:/bin:/usr/sbin:/sbin`);
//! a relative path is taken from `/` (launchd's default working
//! directory); `/etc`, `/tmp` and `/var` are read under `/private`. An app,
//! extension, kext or other bundle resolves to its main executable
//! (`Contents/Info.plist` `CFBundleExecutable` in `Contents/MacOS/`).
//!
//! **Reading.** Links are never followed: a program path that is a
//! symbolic link (or passes through one) is reported with the link's
//! target, and a FIFO, socket or device is not opened; each is a
//! `program_error` on the item. A program in one of Apple's system
//! locations is read in place; any other is acquired (staged and archived)
//! and the staged copy is read. At most [`MAX_DECODE`] bytes are decoded;
//! larger files are only hashed. Each path is inspected once per run. The
//! `com.apple.quarantine` attribute is read from the target file, opened
//! without following links, where the file system shows it.
//!
//! **Notes** (`notes` on the record): `program_missing`,
//! `program_not_regular`, `program_in_tmp`, `program_in_users_shared`,
//! `program_hidden_path`, `program_unsigned`, `program_adhoc`,
//! `program_signature_invalid`, `program_is_script`,
//! `program_owner_not_root` (in a system location),
//! `not_apple_signed_in_apple_location`, plus the item-level notes of
//! [`item_notes`].

use std::collections::HashMap;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::formats::macho::{self, MachO, SignatureKeys, SignatureStatus};
use crate::kit::source::{Kind, SourceError};
use crate::kit::{Ctx, FileMeta, Record};

/// Programs larger than this are hashed but not decoded.
pub const MAX_DECODE: u64 = 128 * 1024 * 1024;
/// Programs larger than this are not hashed.
pub const MAX_HASH: u64 = 1024 * 1024 * 1024;

/// launchd's default search path.
const PATH: [&str; 4] = ["/usr/bin", "/bin", "/usr/sbin", "/sbin"];

/// Where Apple's own programs live (read in place, not archived).
const APPLE_PROGRAM_DIRS: [&str; 8] = [
    "/System/",
    "/usr/bin/",
    "/usr/sbin/",
    "/usr/libexec/",
    "/usr/lib/",
    "/bin/",
    "/sbin/",
    "/Library/Apple/",
];

/// Locations an ordinary user cannot write: a file there owned by
/// someone else than root is worth a look.
const SYSTEM_DIRS: [&str; 10] = [
    "/System/",
    "/Library/",
    "/usr/bin/",
    "/usr/sbin/",
    "/usr/libexec/",
    "/usr/lib/",
    "/bin/",
    "/sbin/",
    "/private/etc/",
    "/private/var/db/",
];

/// Bundle extensions that resolve to a main executable.
const BUNDLE_EXTS: [&str; 12] = [
    "app",
    "appex",
    "kext",
    "systemextension",
    "bundle",
    "plugin",
    "osax",
    "dsplug",
    "mdimporter",
    "qlgenerator",
    "xpc",
    "framework",
];

/// A bundle's identity.
#[derive(Debug, Clone, PartialEq)]
pub struct BundleInfo {
    pub path: PathBuf,
    pub identifier: Option<String>,
    pub version: Option<String>,
    pub executable: Option<String>,
}

/// What is known of one program.
#[derive(Debug, Clone, Default)]
pub struct ProgramInfo {
    /// The path inspected (after resolution).
    pub path: Option<PathBuf>,
    /// How `path` was found: `absolute`, `home`, `bundle`, `path_search`,
    /// `relative`.
    pub resolution: Option<&'static str>,
    pub exists: bool,
    /// The file hashed (the bundle's executable for a bundle).
    pub executable: Option<PathBuf>,
    pub bundle: Option<BundleInfo>,
    pub meta: Option<FileMeta>,
    pub sha256: Option<String>,
    pub link_target: Option<String>,
    /// The `#!` line of a script.
    pub interpreter: Option<String>,
    /// The `com.apple.quarantine` attribute, where the file system shows it.
    pub quarantine: Option<Quarantine>,
    pub macho: Option<MachO>,
    pub error: Option<String>,
    pub notes: Vec<&'static str>,
}

impl ProgramInfo {
    /// Signed by Apple itself (every slice).
    pub fn apple_signed(&self) -> bool {
        self.macho.as_ref().is_some_and(MachO::apple_signed)
    }
}

/// A `com.apple.quarantine` attribute: `flags;hex time;agent;event id`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Quarantine {
    pub raw: String,
    pub flags: Option<String>,
    /// UTC, from the hex POSIX seconds.
    pub time: Option<String>,
    pub agent: Option<String>,
    /// The `LSQuarantineEventIdentifier` of the matching quarantine event.
    pub event_id: Option<String>,
}

/// Parse a quarantine attribute value.
pub fn parse_quarantine(raw: &[u8]) -> Quarantine {
    let raw = String::from_utf8_lossy(raw)
        .trim_end_matches('\0')
        .to_string();
    let mut f = raw.split(';');
    let flags = f.next().map(str::to_string);
    let time = f
        .next()
        .and_then(|t| i64::from_str_radix(t, 16).ok())
        .and_then(crate::kit::time::from_unix_secs)
        .map(|t| crate::kit::time::rfc3339(&t));
    let agent = f.next().filter(|s| !s.is_empty()).map(str::to_string);
    let event_id = f.next().filter(|s| !s.is_empty()).map(str::to_string);
    Quarantine {
        raw,
        flags,
        time,
        agent,
        event_id,
    }
}

/// The quarantine attribute of an open file: `com.apple.quarantine` as
/// macOS names it, or `user.com.apple.quarantine` as some Linux drivers
/// for APFS and HFS+ show it.
fn quarantine_of(file: &std::fs::File) -> Option<Quarantine> {
    use xattr::FileExt;
    ["com.apple.quarantine", "user.com.apple.quarantine"]
        .iter()
        .find_map(|n| file.get_xattr(n).ok().flatten())
        .map(|v| parse_quarantine(&v))
}

/// Inspected programs, by resolved path.
#[derive(Default)]
pub struct Programs {
    seen: HashMap<PathBuf, ProgramInfo>,
    /// launchd plists already reported (a BTM store can name one that a
    /// directory scan found too, and several store versions repeat it).
    pub jobs: std::collections::HashSet<PathBuf>,
}

/// Normalise `..` and `.` lexically (the evidence source refuses `..`).
fn normalise(p: &Path) -> PathBuf {
    let mut out = PathBuf::from("/");
    for c in p.components() {
        match c {
            Component::Normal(n) => out.push(n),
            Component::ParentDir => {
                out.pop();
            }
            _ => {}
        }
    }
    out
}

/// Resolve a program as an item names it.
pub fn resolve(
    ctx: &Ctx<'_>,
    stored: &str,
    home: Option<&Path>,
) -> (Option<PathBuf>, &'static str) {
    if stored.is_empty() {
        return (None, "empty");
    }
    if let (Some(rest), Some(home)) = (stored.strip_prefix("~/"), home) {
        return (Some(normalise(&home.join(rest))), "home");
    }
    if stored.starts_with('/') {
        return (
            Some(onto_target(ctx, &normalise(Path::new(stored)))),
            "absolute",
        );
    }
    if !stored.contains('/') {
        for dir in PATH {
            let p = Path::new(dir).join(stored);
            if ctx.source().lstat(&p).is_ok() {
                return (Some(p), "path_search");
            }
        }
        return (None, "path_search");
    }
    (Some(normalise(&Path::new("/").join(stored))), "relative")
}

/// `/tmp/x` → `/private/tmp/x` when `/tmp` is a link on the target (as on
/// every Mac), and the same for `/etc` and `/var`.
pub fn onto_target(ctx: &Ctx<'_>, p: &Path) -> PathBuf {
    let s = p.to_string_lossy();
    let alt = super::private(&s);
    if alt.as_path() == p {
        return alt;
    }
    match ctx.source().lstat(p) {
        Err(SourceError::Symlink { .. }) => alt,
        Err(e) if e.is_not_found() => {
            if ctx.source().lstat(&alt).is_ok() {
                alt
            } else {
                p.to_path_buf()
            }
        }
        _ => p.to_path_buf(),
    }
}

fn under(p: &Path, dirs: &[&str]) -> bool {
    let s = p.to_string_lossy();
    dirs.iter().any(|d| s.starts_with(d))
}

fn path_notes(p: &Path, notes: &mut Vec<&'static str>) {
    if under(
        p,
        &["/tmp/", "/private/tmp/", "/var/tmp/", "/private/var/tmp/"],
    ) {
        notes.push("program_in_tmp");
    }
    if under(p, &["/Users/Shared/"]) {
        notes.push("program_in_users_shared");
    }
    let hidden = p.components().any(|c| match c {
        Component::Normal(n) => n.to_string_lossy().starts_with('.'),
        _ => false,
    });
    if hidden {
        notes.push("program_hidden_path");
    }
}

impl Programs {
    /// Inspect the program at `path` (a resolved target path), once.
    pub fn inspect(&mut self, ctx: &mut Ctx<'_>, path: &Path) -> ProgramInfo {
        if let Some(p) = self.seen.get(path) {
            return p.clone();
        }
        let info = inspect(ctx, path);
        self.seen.insert(path.to_path_buf(), info.clone());
        info
    }

    /// Resolve `stored` and inspect it.
    pub fn resolve_and_inspect(
        &mut self,
        ctx: &mut Ctx<'_>,
        stored: &str,
        home: Option<&Path>,
    ) -> ProgramInfo {
        let (path, how) = resolve(ctx, stored, home);
        let mut info = match &path {
            Some(p) => self.inspect(ctx, p),
            None => ProgramInfo {
                error: Some(format!("{stored:?} not found in {}", PATH.join(":"))),
                notes: vec!["program_missing"],
                ..ProgramInfo::default()
            },
        };
        info.resolution = Some(how);
        info
    }
}

fn inspect(ctx: &mut Ctx<'_>, path: &Path) -> ProgramInfo {
    let mut info = ProgramInfo {
        path: Some(path.to_path_buf()),
        ..ProgramInfo::default()
    };
    path_notes(path, &mut info.notes);
    match ctx.source().lstat(path) {
        Err(e) if e.is_not_found() => {
            info.notes.push("program_missing");
        }
        Err(SourceError::Symlink { which, target }) => {
            info.exists = true;
            info.notes.push("program_not_regular");
            let t = target.map(|t| t.to_string_lossy().into_owned());
            info.error = Some(if which == path {
                format!(
                    "the program is a symbolic link to {}; not followed",
                    t.as_deref().unwrap_or("?")
                )
            } else {
                format!(
                    "{} on the program's path is a symbolic link to {}; not followed",
                    which.display(),
                    t.as_deref().unwrap_or("?")
                )
            });
            info.link_target = t;
            if which == path {
                // Keep the link itself as evidence.
                ctx.archive(path);
            }
        }
        Err(e) => info.error = Some(e.to_string()),
        Ok(m) => {
            info.exists = true;
            match Kind::of(&m) {
                Kind::File => read_program(ctx, path, &mut info),
                Kind::Dir => bundle(ctx, path, &mut info),
                Kind::Symlink => {
                    info.notes.push("program_not_regular");
                    let t = ctx
                        .source()
                        .read_link(path)
                        .ok()
                        .map(|t| t.to_string_lossy().into_owned());
                    info.error = Some(format!(
                        "the program is a symbolic link to {}; not followed",
                        t.as_deref().unwrap_or("?")
                    ));
                    info.link_target = t;
                    ctx.archive(path);
                }
                Kind::Other(what) => {
                    info.notes.push("program_not_regular");
                    info.error = Some(format!("not a regular file ({what}); not opened"));
                    info.meta = Some(FileMeta::from_metadata(&m));
                }
            }
        }
    }
    info
}

/// Read a bundle's Info.plist and inspect its main executable.
fn bundle(ctx: &mut Ctx<'_>, path: &Path, info: &mut ProgramInfo) {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let contents = path.join("Contents");
    let (plist_path, macos_dir) = if ctx.source().lstat(&contents.join("Info.plist")).is_ok() {
        (contents.join("Info.plist"), contents.join("MacOS"))
    } else {
        (path.join("Info.plist"), path.to_path_buf())
    };
    if !BUNDLE_EXTS.contains(&ext.as_str()) && ctx.source().lstat(&plist_path).is_err() {
        info.error = Some("a directory, not a program or bundle".into());
        return;
    }
    let mut b = BundleInfo {
        path: path.to_path_buf(),
        identifier: None,
        version: None,
        executable: None,
    };
    if let Some((plist, _)) = super::read_plist(ctx, &plist_path) {
        if let Some(d) = plist.as_dictionary() {
            let s = |k: &str| {
                d.get(k)
                    .and_then(plist::Value::as_string)
                    .map(str::to_string)
            };
            b.identifier = s("CFBundleIdentifier");
            b.version = s("CFBundleShortVersionString").or_else(|| s("CFBundleVersion"));
            b.executable = s("CFBundleExecutable");
        } else {
            info.error = Some(format!(
                "{} is {}, not a dictionary",
                plist_path.display(),
                super::type_name(&plist)
            ));
        }
    }
    // Without CFBundleExecutable, macOS uses the bundle's base name.
    let exe_name = b.executable.clone().or_else(|| {
        path.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .filter(|_| ext == "app")
    });
    info.bundle = Some(b);
    let Some(exe_name) = exe_name else {
        if info.error.is_none() {
            info.error = Some("bundle names no executable (CFBundleExecutable)".into());
        }
        return;
    };
    let exe = normalise(&macos_dir.join(&exe_name));
    if !exe.starts_with(path) {
        info.error = Some(format!(
            "CFBundleExecutable {exe_name:?} leaves the bundle; not followed"
        ));
        return;
    }
    info.executable = Some(exe.clone());
    let inner = inspect(ctx, &exe);
    info.meta = inner.meta;
    info.sha256 = inner.sha256;
    info.link_target = inner.link_target;
    info.interpreter = inner.interpreter;
    info.quarantine = inner.quarantine;
    info.macho = inner.macho;
    info.exists = inner.exists;
    if inner.error.is_some() {
        info.error = inner.error;
    }
    for n in inner.notes {
        if !info.notes.contains(&n) {
            info.notes.push(n);
        }
    }
}

/// Hash and decode a regular file.
fn read_program(ctx: &mut Ctx<'_>, path: &Path, info: &mut ProgramInfo) {
    if ctx.time_up() {
        info.error = Some("time limit reached; not read".into());
        return;
    }
    // The attribute is read from the target file itself (the staged copy
    // has none), opened without following links.
    if let Ok((f, _)) = ctx.source().open(path) {
        info.quarantine = quarantine_of(&f);
    }
    // Apple's programs, and files too large to decode, are read in place
    // (the latter are hashed, not archived: see the docs).
    let large = ctx.source().lstat(path).is_ok_and(|m| m.len() > MAX_DECODE);
    let in_place = large || under(path, &APPLE_PROGRAM_DIRS);
    let (mut file, meta) = if in_place {
        match ctx.source().open(path) {
            Ok((f, m)) => (f, FileMeta::from_metadata(&m)),
            Err(e) => {
                info.error = Some(e.to_string());
                return;
            }
        }
    } else {
        let Some(acq) = ctx.acquire(path) else {
            info.error = Some("not collected (see the manifest)".into());
            return;
        };
        match acq.open() {
            Ok(f) => (f, acq.meta.clone()),
            Err(e) => {
                info.error = Some(format!("cannot read the staged copy: {e}"));
                return;
            }
        }
    };
    let size = meta.size;
    if under(path, &SYSTEM_DIRS) && meta.uid != 0 {
        info.notes.push("program_owner_not_root");
    }
    info.meta = Some(meta);
    if size > MAX_HASH {
        info.error = Some(format!(
            "{size} bytes, over the {MAX_HASH}-byte hashing limit"
        ));
        return;
    }
    if size > MAX_DECODE {
        match crate::live::processes::sha256_bounded(file, MAX_HASH, || ctx.should_stop()) {
            Ok(h) => info.sha256 = Some(h),
            Err(e) => info.error = Some(format!("read failed: {e}")),
        }
        info.error.get_or_insert(format!(
            "{size} bytes, over the {MAX_DECODE}-byte decoding limit; hashed, not decoded"
        ));
        return;
    }
    let mut data = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    if let Err(e) = (&mut file).take(MAX_DECODE).read_to_end(&mut data) {
        info.error = Some(format!("read failed: {e}"));
        return;
    }
    info.sha256 = Some(hex::encode(Sha256::digest(&data)));
    if data.starts_with(b"#!") {
        let line = data
            .split(|&b| b == b'\n')
            .next()
            .unwrap_or_default()
            .get(2..)
            .unwrap_or_default();
        info.interpreter = Some(String::from_utf8_lossy(line).trim().to_string());
        info.notes.push("program_is_script");
        return;
    }
    if !macho::is_macho(&data) {
        return;
    }
    match macho::parse(&data) {
        Ok(m) => {
            let errs = m.errors();
            if !errs.is_empty() {
                let msg = format!("Mach-O: {}", errs.join("; "));
                ctx.error(path, &msg);
                info.error = Some(msg);
            }
            match m.signature_status {
                SignatureStatus::Unsigned => info.notes.push("program_unsigned"),
                SignatureStatus::Adhoc => info.notes.push("program_adhoc"),
                SignatureStatus::Invalid => info.notes.push("program_signature_invalid"),
                SignatureStatus::Signed => {}
            }
            info.macho = Some(m);
        }
        Err(e) => {
            let msg = format!("Mach-O: {e}");
            ctx.error(path, &msg);
            info.error = Some(msg);
        }
    }
}

/// The program's code signature fields (its slices are in
/// `program_macho`; decoding failures are in `program_error`).
const PROGRAM_SIGNATURE: SignatureKeys = SignatureKeys {
    status: "program_signature_status",
    signing_id: "program_signing_id",
    team_id: "program_team_id",
    signer: "program_signer",
    cdhash: "program_cdhash",
    arches: None,
    error: None,
};

fn time_json(t: Option<crate::kit::FileTime>) -> Value {
    super::file_time(t).0
}

/// Add the program's fields to `rec` (prefix `program_`), with `stored`
/// as the program the item names.
pub fn apply(
    rec: &mut Record,
    stored: Option<&str>,
    p: &ProgramInfo,
    users: &[crate::kit::users::UserHome],
) {
    rec.insert("program", stored);
    if let Some(path) = &p.path {
        rec.insert("program_path", path.to_string_lossy().into_owned());
        if let Some(b) = crate::kit::text::b64_if_not_utf8(path.as_os_str()) {
            rec.insert("program_path_b64", b);
        }
    } else {
        rec.insert("program_path", Value::Null);
    }
    rec.insert("program_resolution", p.resolution);
    rec.insert("program_exists", p.exists);
    if let Some(b) = &p.bundle {
        rec.insert(
            "program_bundle",
            json!({
                "path": b.path.to_string_lossy(),
                "identifier": b.identifier,
                "version": b.version,
                "executable": b.executable,
            }),
        );
    }
    rec.insert(
        "program_executable",
        p.executable
            .as_ref()
            .map(|e| e.to_string_lossy().into_owned()),
    );
    rec.insert("program_sha256", p.sha256.clone());
    if let Some(m) = &p.meta {
        rec.insert("program_size", m.size);
        rec.insert("program_mtime", time_json(m.mtime));
        rec.insert("program_ctime", time_json(m.ctime));
        rec.insert("program_crtime", time_json(m.crtime));
        rec.insert("program_atime", time_json(m.atime));
        rec.insert("program_uid", m.uid);
        rec.insert("program_gid", m.gid);
        rec.insert(
            "program_owner",
            users
                .iter()
                .find(|u| u.uid == Some(m.uid))
                .map(|u| u.name.clone())
                .or_else(|| (m.uid == 0).then(|| "root".to_string())),
        );
        rec.insert("program_mode", format!("{:o}", m.mode & 0o7777));
    }
    rec.insert("program_link_target", p.link_target.clone());
    rec.insert("program_interpreter", p.interpreter.clone());
    rec.insert(
        "program_quarantine",
        p.quarantine
            .as_ref()
            .and_then(|q| serde_json::to_value(q).ok())
            .unwrap_or(Value::Null),
    );
    match &p.macho {
        Some(m) => {
            PROGRAM_SIGNATURE.write(rec, Ok(m));
            rec.insert(
                "program_chain",
                m.primary_signature()
                    .map(|s| Value::from(s.chain.clone()))
                    .unwrap_or(Value::Null),
            );
            rec.insert("program_apple_signed", m.apple_signed());
            rec.insert(
                "program_macho",
                serde_json::to_value(m).unwrap_or(Value::Null),
            );
        }
        None => {
            rec.insert(
                "program_signature_status",
                if p.sha256.is_some() && p.interpreter.is_none() {
                    Value::from("not_macho")
                } else if p.interpreter.is_some() {
                    Value::from("script")
                } else {
                    Value::Null
                },
            );
        }
    }
    rec.insert("program_error", p.error.clone());
}

/// Notes about the item itself: its file owned by someone other than
/// root in a system location (`source_owner_not_root`), a label that
/// imitates Apple's (`imitates_apple_label`) outside Apple's locations
/// while the program is not Apple-signed, and for items in Apple's
/// locations whose program is a Mach-O not signed by Apple
/// (`not_apple_signed_in_apple_location`).
pub fn item_notes(
    source: &Path,
    source_meta: Option<&FileMeta>,
    label: Option<&str>,
    apple_location: bool,
    program: Option<&ProgramInfo>,
    notes: &mut Vec<&'static str>,
) {
    if let Some(m) = source_meta {
        if under(source, &SYSTEM_DIRS) && m.uid != 0 {
            notes.push("source_owner_not_root");
        }
    }
    let apple_signed = program.is_some_and(ProgramInfo::apple_signed);
    if !apple_location
        && !apple_signed
        && label.is_some_and(|l| l.to_ascii_lowercase().starts_with("com.apple."))
    {
        notes.push("imitates_apple_label");
    }
    if apple_location && program.is_some_and(|p| p.macho.is_some() && !p.apple_signed()) {
        notes.push("not_apple_signed_in_apple_location");
    }
    if let Some(p) = program {
        for n in &p.notes {
            if !notes.contains(n) {
                notes.push(n);
            }
        }
    }
}
