//! `persistence`: every way a Mac starts a program, with the program hashed
//! and its code signature read.
//!
//! **What.** One record per persistence item: launchd agents and daemons
//! (and the launchd override databases), Background Task Management items,
//! login items and login/logout hooks, cron, at and periodic jobs, emond
//! rules, `rc.common`/`launchd.conf`, StartupItems, kernel and system
//! extensions and other plug-ins loaded by system processes, shell start-up
//! files, SSH `authorized_keys` and sudoers rules. For every item that
//! names a program, the program is resolved on the target root (`~`,
//! `BundleProgram`, `PATH` search, app bundles to their executable),
//! hashed, and its Mach-O header and code signature decoded
//! ([`crate::formats::macho`]).
//!
//! **Where.** Every location is listed, with the macOS versions that have
//! it, in `docs/collectors/persistence.md`; the parts:
//! [`launchd`], [`btm`], [`login`], [`cron`], [`extensions`], [`shell`], and
//! [`program`] (resolution, hashing, signature, flags and notes).
//!
//! **Output** `parsed/persistence.jsonl`. Every file read is archived; a
//! program is archived too unless it is in one of Apple's system locations
//! (`/System`, `/usr/bin`, `/usr/libexec`, ...), where it is read and hashed
//! in place.
//!
//! **Bad input** (a corrupt plist, one of the wrong type, a bookmark or
//! Mach-O that does not decode, a program path that is a link or a FIFO)
//! is an error on that item (`error`, `program_error`) and, for files that
//! do not decode, an error line in the manifest; the rest goes on.
//!
//! **References.** AutoMacTC `autoruns`, artemis, Aftermath, mac_apt
//! `AUTOSTART`; Objective-See KnockKnock and DumpBTM; Apple `launchd.plist(5)`,
//! `crontab(5)`, `periodic.conf(5)`, `sudoers(5)`, `sshd(8)`.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::{time, Acquired, Collector, Ctx, Fatal, FileMeta, Record};

pub mod btm;
pub mod cron;
pub mod extensions;
pub mod launchd;
pub mod login;
pub mod program;
pub mod shell;

#[cfg(test)]
mod tests;

pub struct Persistence;

pub(crate) const STREAM: &str = "persistence";

/// Files larger than this are archived but not parsed.
pub(crate) const MAX_PARSE: u64 = 32 * 1024 * 1024;

static DESCRIPTION: Description = Description {
    name: "persistence",
    reads: "launchd agents/daemons and overrides, BTM stores, login items and hooks, cron/at/periodic, emond, StartupItems, extensions and plug-ins, shell start-up files, authorized_keys, sudoers; every program they start, hashed, with its code signature",
    outputs: &[STREAM],
    scope: Scope::AnyRoot,
    cost: Cost::Cheap,
};

impl Collector for Persistence {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        let mut programs = program::Programs::default();
        let parts: [fn(&mut Ctx<'_>, &mut program::Programs); 6] = [
            launchd::collect,
            btm::collect,
            login::collect,
            cron::collect,
            extensions::collect,
            shell::collect,
        ];
        for part in parts {
            if ctx.should_stop() {
                break;
            }
            part(ctx, &mut programs);
        }
        Ok(())
    }
}

/// A file read from the target: its staged bytes and metadata.
pub(crate) struct FileBytes {
    pub bytes: Vec<u8>,
    pub meta: FileMeta,
}

/// Acquire `path` (archived) and read the staged copy, bounded. `None`
/// when absent (silent), a symlink (recorded by the kit), or unreadable
/// (an error is recorded).
pub(crate) fn read_file(ctx: &mut Ctx<'_>, path: &Path) -> Option<FileBytes> {
    let acq: Acquired = ctx.acquire(path)?;
    if acq.meta.size > MAX_PARSE {
        ctx.error(
            path,
            format!(
                "{} bytes, over the {MAX_PARSE}-byte parsing limit; archived, not parsed",
                acq.meta.size
            ),
        );
        return None;
    }
    let mut bytes = Vec::new();
    if let Err(e) = acq
        .open()
        .and_then(|f| f.take(MAX_PARSE).read_to_end(&mut bytes))
    {
        ctx.error(path, format!("cannot read the staged copy: {e}"));
        return None;
    }
    Some(FileBytes {
        bytes,
        meta: acq.meta,
    })
}

/// Read a property list file; errors are recorded against it.
pub(crate) fn read_plist(ctx: &mut Ctx<'_>, path: &Path) -> Option<(plist::Value, FileMeta)> {
    let f = read_file(ctx, path)?;
    match crate::kit::plist::read(&f.bytes) {
        Ok(v) => Some((v, f.meta)),
        Err(e) => {
            ctx.error(path, format!("not parsed: {e}"));
            None
        }
    }
}

/// A file time as UTC, and its stored value.
pub(crate) fn file_time(t: Option<crate::kit::FileTime>) -> (Value, Value) {
    match t {
        Some(ft) => (
            time::json(time::from_unix(ft.secs, ft.nanos)),
            serde_json::to_value(ft).unwrap_or(Value::Null),
        ),
        None => (Value::Null, Value::Null),
    }
}

/// The base record of an item read from `source`: the file's own times
/// (modification time as the record's `timestamp`), owner and mode.
pub(crate) fn item(
    ctx: &Ctx<'_>,
    source: &Path,
    meta: Option<&FileMeta>,
    user: Option<&str>,
    category: &'static str,
) -> Record {
    let mut r = ctx.record(source, user);
    if let Some(m) = meta {
        let (mtime, mtime_raw) = file_time(m.mtime);
        r.insert("timestamp", mtime);
        r.insert("timestamp_raw", mtime_raw);
        r.insert("source_ctime", file_time(m.ctime).0);
        r.insert("source_crtime", file_time(m.crtime).0);
        r.insert("source_uid", m.uid);
        r.insert("source_mode", format!("{:o}", m.mode & 0o7777));
    }
    r.insert("category", category);
    r
}

/// Paths of a directory's entries (bounded, sorted by name), regular
/// files and symlinks only unless `dirs`; absent directories give none.
pub(crate) fn list_dir(ctx: &mut Ctx<'_>, dir: &Path, dirs: bool) -> Vec<PathBuf> {
    use crate::kit::source::Kind;
    let mut out = Vec::new();
    crate::kit::walk::walk(
        ctx,
        dir,
        crate::kit::walk::Limits {
            max_depth: 0,
            max_entries: 10_000,
        },
        |ctx, e, _| {
            match e.kind {
                Kind::File | Kind::Symlink => {
                    if !dirs {
                        out.push(e.path.clone())
                    }
                }
                Kind::Dir => {
                    if dirs {
                        out.push(e.path.clone())
                    }
                }
                Kind::Other(what) => {
                    if !dirs {
                        ctx.error(&e.path, format!("not a regular file ({what}); not opened"))
                    }
                }
            }
            crate::kit::walk::Visit::Skip
        },
    );
    out
}

/// `/etc/x` as it sits on the target (`/private/etc/x`), and the same for
/// `/tmp` and `/var`: those three are symlinks into `/private` on macOS.
pub(crate) fn private(path: &str) -> PathBuf {
    for p in ["/etc/", "/tmp/", "/var/"] {
        if let Some(rest) = path.strip_prefix(p) {
            return PathBuf::from(format!("/private{p}{rest}"));
        }
    }
    PathBuf::from(path)
}

/// A JSON value from a plist value.
pub(crate) fn json(v: &plist::Value) -> Value {
    crate::formats::keyed_archive::to_json(v)
}

/// The plist type of a value, for error messages.
pub(crate) fn type_name(v: &plist::Value) -> &'static str {
    match v {
        plist::Value::Array(_) => "an array",
        plist::Value::Dictionary(_) => "a dictionary",
        plist::Value::Boolean(_) => "a boolean",
        plist::Value::Data(_) => "data",
        plist::Value::Date(_) => "a date",
        plist::Value::Real(_) => "a real",
        plist::Value::Integer(_) => "an integer",
        plist::Value::String(_) => "a string",
        plist::Value::Uid(_) => "a UID",
        _ => "an unknown type",
    }
}
