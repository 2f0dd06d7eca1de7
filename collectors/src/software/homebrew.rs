//! Homebrew's installed formulae and casks.
//!
//! **Where.** The prefixes `/usr/local` (Intel Macs) and `/opt/homebrew`
//! (Apple silicon): `Cellar/<formula>/<version>/` (a "keg") and
//! `Caskroom/<cask>/<version>/`. One record per name and version, from the
//! directory listing, with the version directory's times
//! (`kind: homebrew_formula` or `homebrew_cask`). Names starting with `.`
//! (a cask's `.metadata`) are not versions and are skipped.
//!
//! **Receipt.** `INSTALL_RECEIPT.json` in a version directory (Homebrew's
//! `Tab`, written at install) is acquired (archived) and its key fields
//! read: `installed_on_request`, `installed_as_dependency`,
//! `poured_from_bottle`, `time` (Unix seconds, kept as stored beside the
//! converted time), `homebrew_version`, `arch`, and `source.tap`,
//! `source.spec`. A receipt that is not JSON, not an object, or has a
//! field of the wrong type is an issue; the record is still written.
//!
//! **Casks.** A cask's receipt is `Caskroom/<cask>/.metadata/
//! INSTALL_RECEIPT.json` (Homebrew 4.3+, `Cask::Tab`; the same fields),
//! read for the version its `source.version` names; the cask definition
//! Homebrew saved at install, `.metadata/<version>/<time>/Casks/<cask>.rb`
//! or `.json`, is archived and its folder's time (UTC) recorded. The
//! receipt is read once per cask, not once per installed version.
//!
//! Reference: Homebrew `Library/Homebrew/tab.rb` (`AbstractTab`, `Tab`),
//! `cask/tab.rb`, `cask/metadata.rb`.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::{file_time, STREAM};
use crate::kit::source::{DirEntry, Kind};
use crate::kit::walk::{self, Limits, Visit};
use crate::kit::{time, Ctx, FileMeta};

const PREFIXES: [&str; 2] = ["/usr/local", "/opt/homebrew"];
/// Receipts larger than this are archived, not parsed.
const MAX_RECEIPT: u64 = 4 << 20;
/// Entries (names and versions) listed per Cellar or Caskroom.
const MAX_ENTRIES: usize = 50_000;

pub(crate) fn collect(ctx: &mut Ctx<'_>) {
    for prefix in PREFIXES {
        for (dir, kind) in [
            ("Cellar", "homebrew_formula"),
            ("Caskroom", "homebrew_cask"),
        ] {
            if ctx.should_stop() {
                return;
            }
            let root = Path::new(prefix).join(dir);
            let mut versions: Vec<(DirEntry, PathBuf)> = Vec::new();
            walk::walk(
                ctx,
                &root,
                Limits {
                    max_depth: 1,
                    max_entries: MAX_ENTRIES,
                },
                |_, e, depth| {
                    if e.name.as_encoded_bytes().starts_with(b".") {
                        return Visit::Skip;
                    }
                    match depth {
                        0 if e.kind == Kind::Dir => Visit::Descend,
                        1 if matches!(e.kind, Kind::Dir | Kind::Symlink) => {
                            if let Some(parent) = e.path.parent() {
                                versions.push((e.clone(), parent.to_path_buf()));
                            }
                            Visit::Skip
                        }
                        _ => Visit::Skip,
                    }
                },
            );
            // A cask's receipt is one file for all its versions: read once
            // per cask (the versions of a rack come one after another).
            let mut cask_receipt: Option<(PathBuf, Receipt)> = None;
            for (entry, rack) in versions {
                if ctx.should_stop() {
                    return;
                }
                if entry.kind == Kind::Symlink {
                    version(ctx, prefix, kind, &entry, &rack, None);
                    continue;
                }
                if kind != "homebrew_cask" {
                    let receipt = Receipt::read(ctx, entry.path.join("INSTALL_RECEIPT.json"));
                    version(ctx, prefix, kind, &entry, &rack, Some(&receipt));
                    continue;
                }
                if cask_receipt.as_ref().is_none_or(|(r, _)| *r != rack) {
                    let path = rack.join(".metadata").join("INSTALL_RECEIPT.json");
                    cask_receipt = Some((rack.clone(), Receipt::read(ctx, path)));
                }
                let receipt = cask_receipt.as_ref().map(|(_, r)| r);
                version(ctx, prefix, kind, &entry, &rack, receipt);
            }
        }
    }
}

/// A receipt file and what reading it gave (see [`read_receipt`]).
struct Receipt {
    path: PathBuf,
    read: Option<Result<Map<String, Value>, String>>,
}

impl Receipt {
    fn read(ctx: &mut Ctx<'_>, path: PathBuf) -> Receipt {
        let read = read_receipt(ctx, &path);
        Receipt { path, read }
    }
}

/// One name and version's record; `receipt` is its receipt, read by the
/// caller (`None` for a link, which is not entered).
fn version(
    ctx: &mut Ctx<'_>,
    prefix: &str,
    kind: &'static str,
    entry: &DirEntry,
    rack: &Path,
    receipt: Option<&Receipt>,
) {
    let path = entry.path.as_path();
    let name = rack.file_name().unwrap_or_default();
    let mut rec = ctx
        .record(path, None)
        .set("kind", kind)
        .name("name", "name_b64", name)
        .name("version", "version_b64", &entry.name)
        .name("path", "path_b64", path.as_os_str())
        .set("prefix", prefix);
    if let Ok(m) = ctx.source().lstat(path) {
        let m = FileMeta::from_metadata(&m);
        rec.insert("timestamp", file_time(m.mtime));
        rec.insert("ctime", file_time(m.ctime));
        rec.insert("btime", file_time(m.crtime));
    }
    let Some(receipt) = receipt.filter(|_| entry.kind != Kind::Symlink) else {
        let target = ctx.source().read_link(path).ok();
        rec.insert_name(
            "link_target",
            "link_target_b64",
            target.as_deref().map(Path::as_os_str),
        );
        ctx.archive(path);
        ctx.emit(STREAM, rec);
        return;
    };
    // A keg's receipt is in its version folder; a cask's (Homebrew's cask
    // `Tab`, 4.3 and later) in the cask's `.metadata`, for the version it
    // names in `source.version`.
    if kind == "homebrew_cask" {
        caskfile(ctx, &mut rec, rack, &entry.name);
    }
    let at = receipt.path.as_os_str();
    let mut problems = Vec::new();
    match &receipt.read {
        None => rec.insert("receipt", Value::Null),
        Some(Err(e)) => {
            rec.insert_name("receipt", "receipt_b64", Some(at));
            problems.push(e.clone());
        }
        Some(Ok(obj)) if !receipt_is_for(obj, kind, &entry.name) => {
            rec.insert("receipt", Value::Null);
        }
        Some(Ok(obj)) => {
            rec.insert_name("receipt", "receipt_b64", Some(at));
            fields(obj, &mut rec, &mut problems);
            if !problems.is_empty() {
                ctx.error(&receipt.path, problems.join("; "));
            }
        }
    }
    if !problems.is_empty() {
        rec.insert("error", problems.join("; "));
    }
    ctx.emit(STREAM, rec);
}

/// Whether a cask's receipt is the one of this version: its
/// `source.version` names it (or names none). A keg's always is.
fn receipt_is_for(obj: &Map<String, Value>, kind: &str, version: &std::ffi::OsStr) -> bool {
    if kind != "homebrew_cask" {
        return true;
    }
    match obj
        .get("source")
        .and_then(Value::as_object)
        .and_then(|s| s.get("version"))
        .and_then(Value::as_str)
    {
        Some(v) => v.as_bytes() == version.as_encoded_bytes(),
        None => true,
    }
}

/// A cask version's saved cask definition: `.metadata/<version>/<time>/Casks/
/// <token>.rb` (or `.json`, from the API), the latest `<time>` (UTC,
/// `%Y%m%d%H%M%S.%L`, Homebrew's `Cask::Metadata`) as `caskfile_time` with
/// the folder name as `caskfile_time_raw`; the file is archived.
fn caskfile(
    ctx: &mut Ctx<'_>,
    rec: &mut crate::kit::Record,
    rack: &Path,
    version: &std::ffi::OsStr,
) {
    let dir = rack.join(".metadata").join(version);
    let mut times: Vec<DirEntry> = Vec::new();
    walk::walk(
        ctx,
        &dir,
        Limits {
            max_depth: 0,
            max_entries: MAX_ENTRIES,
        },
        |_, e, _| {
            if e.kind == Kind::Dir {
                times.push(e.clone());
            }
            Visit::Skip
        },
    );
    let Some(latest) = times
        .into_iter()
        .max_by(|a, b| a.name.as_encoded_bytes().cmp(b.name.as_encoded_bytes()))
    else {
        return;
    };
    let raw = latest.name.to_string_lossy().into_owned();
    let t = chrono::NaiveDateTime::parse_from_str(&raw, "%Y%m%d%H%M%S%.f")
        .ok()
        .map(|t| t.and_utc());
    rec.insert("caskfile_time", time::json(t));
    rec.insert("caskfile_time_raw", raw);
    let mut files: Vec<PathBuf> = Vec::new();
    walk::walk(
        ctx,
        &latest.path.join("Casks"),
        Limits {
            max_depth: 0,
            max_entries: 100,
        },
        |_, e, _| {
            if matches!(e.kind, Kind::File | Kind::Symlink) {
                files.push(e.path.clone());
            }
            Visit::Skip
        },
    );
    files.sort();
    if let Some(f) = files.first() {
        ctx.archive(f);
    }
    rec.insert_name(
        "caskfile",
        "caskfile_b64",
        files.first().map(|f| f.as_os_str()),
    );
}

/// A receipt as a JSON object; `None` when absent or not acquired (the
/// kit records why); `Err` when acquired but not read (over
/// [`MAX_RECEIPT`]) or not a JSON object, already recorded as an issue.
fn read_receipt(ctx: &mut Ctx<'_>, path: &Path) -> Option<Result<Map<String, Value>, String>> {
    let parsed = match ctx.read_bytes(path, MAX_RECEIPT)? {
        Err(e) => return Some(Err(e.to_string())),
        Ok(data) => match serde_json::from_slice::<Value>(&data) {
            Ok(Value::Object(o)) => Ok(o),
            Ok(_) => Err("not a JSON object".to_string()),
            Err(e) => Err(format!("not JSON: {e}")),
        },
    };
    if let Err(e) = &parsed {
        ctx.error(path, e);
    }
    Some(parsed)
}

fn fields(obj: &Map<String, Value>, rec: &mut crate::kit::Record, problems: &mut Vec<String>) {
    let mut typed = |key: &str, want: &str, ok: fn(&Value) -> bool| -> Value {
        match obj.get(key) {
            None | Some(Value::Null) => Value::Null,
            Some(v) if ok(v) => v.clone(),
            Some(_) => {
                problems.push(format!("{key} is not {want}"));
                Value::Null
            }
        }
    };
    rec.insert(
        "installed_on_request",
        typed("installed_on_request", "a boolean", Value::is_boolean),
    );
    rec.insert(
        "installed_as_dependency",
        typed("installed_as_dependency", "a boolean", Value::is_boolean),
    );
    rec.insert(
        "poured_from_bottle",
        typed("poured_from_bottle", "a boolean", Value::is_boolean),
    );
    let t = typed("time", "an integer", |v| v.is_i64());
    rec.insert(
        "receipt_time",
        time::json(t.as_i64().and_then(time::from_unix_secs)),
    );
    rec.insert("receipt_time_raw", t);
    rec.insert(
        "homebrew_version",
        typed("homebrew_version", "a string", Value::is_string),
    );
    rec.insert("arch", typed("arch", "a string", Value::is_string));
    let (tap, spec) = match obj.get("source") {
        None | Some(Value::Null) => (Value::Null, Value::Null),
        Some(Value::Object(s)) => {
            let get = |k: &str, problems: &mut Vec<String>| match s.get(k) {
                None | Some(Value::Null) => Value::Null,
                Some(v @ Value::String(_)) => v.clone(),
                Some(_) => {
                    problems.push(format!("source.{k} is not a string"));
                    Value::Null
                }
            };
            (get("tap", problems), get("spec", problems))
        }
        Some(_) => {
            problems.push("source is not an object".to_string());
            (Value::Null, Value::Null)
        }
    };
    rec.insert("tap", tap);
    rec.insert("spec", spec);
}
