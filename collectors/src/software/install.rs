//! The install history, package receipts and the installer's log.
//!
//! - `/Library/Receipts/InstallHistory.plist` (Mac OS X 10.5 and later):
//!   an XML property list, an array with one dictionary per install, in
//!   order: `date` (a date), `displayName`, `displayVersion`,
//!   `processName` (`Installer`, `softwareupdated`, `OS X Installer`,
//!   `macOS Installer`, `App Store`...), `packageIdentifiers` (an array of
//!   strings) and, for background configuration data, `contentType`
//!   (`config-data`). One record per entry, `kind: install`.
//! - `/private/var/db/receipts/<identifier>.plist` (10.6 and later; binary
//!   property lists): `PackageIdentifier`, `PackageVersion`, `InstallDate`,
//!   `InstallPrefixPath`, `InstallProcessName`, `PackageFileName`. One
//!   record per receipt, `kind: receipt`. The `<identifier>.bom` beside
//!   each (the package's bill of materials) is archived, not parsed.
//! - `/private/var/log/install.log` and its rotations (`install.log.0.gz`...)
//!   are archived.
//!
//! References: plaso `plist/macos_install_history` (and its test file, the
//! one asserted on here), AutoMacTC `installhistory`, mac_apt
//! `INSTALLHISTORY`, osquery `package_receipts`.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use plist::Value as P;
use serde_json::Value;

use super::{plist_date, type_name, STREAM};
use crate::kit::source::Kind;
use crate::kit::walk::{self, Limits, Visit};
use crate::kit::{Ctx, IssueKind};

/// The install history.
pub const INSTALL_HISTORY: &str = "/Library/Receipts/InstallHistory.plist";
/// The package receipts.
pub const RECEIPTS: &str = "/private/var/db/receipts";
/// Where `install.log` is.
pub const LOG_DIR: &str = "/private/var/log";

/// Receipts (plist and bom files) listed at most.
const MAX_RECEIPT_FILES: usize = 100_000;

/// One entry of `InstallHistory.plist`, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct InstallEntry {
    /// Its position in the file's array (0 is the oldest install).
    pub index: usize,
    /// `date`, converted to UTC.
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// `date` as stored: Mac absolute seconds.
    pub date_raw: Option<f64>,
    pub display_name: Option<String>,
    pub display_version: Option<String>,
    pub process_name: Option<String>,
    pub content_type: Option<String>,
    /// Every `packageIdentifiers` string, in order.
    pub package_identifiers: Vec<String>,
    /// Values of the wrong type (each also an issue in the manifest).
    pub problems: Vec<String>,
}

/// Parse the install history's root value: its entries, and the
/// problems of entries that are not dictionaries. `Err` when the root is
/// not an array.
pub fn parse_history(root: &P) -> Parsed {
    let items = root
        .as_array()
        .ok_or_else(|| format!("the root is {}, not an array", type_name(root)))?;
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let Some(d) = item.as_dictionary() else {
            problems.push(format!(
                "entry {index} is {}, not a dictionary; skipped",
                type_name(item)
            ));
            continue;
        };
        let mut e = InstallEntry {
            index,
            date: None,
            date_raw: None,
            display_name: None,
            display_version: None,
            process_name: None,
            content_type: None,
            package_identifiers: Vec::new(),
            problems: Vec::new(),
        };
        let string = |key: &str, e: &mut InstallEntry| match d.get(key) {
            None => None,
            Some(P::String(s)) => Some(s.clone()),
            Some(other) => {
                e.problems.push(format!(
                    "entry {index}: {key} is {}, not a string",
                    type_name(other)
                ));
                None
            }
        };
        e.display_name = string("displayName", &mut e);
        e.display_version = string("displayVersion", &mut e);
        e.process_name = string("processName", &mut e);
        e.content_type = string("contentType", &mut e);
        match d.get("date") {
            None => {}
            Some(P::Date(t)) => {
                let raw = crate::formats::keyed_archive::plist_date_to_cocoa(*t);
                e.date_raw = Some(raw);
                e.date = crate::kit::time::from_mac_absolute(raw);
            }
            Some(other) => e.problems.push(format!(
                "entry {index}: date is {}, not a date",
                type_name(other)
            )),
        }
        match d.get("packageIdentifiers") {
            None => {}
            Some(P::Array(ids)) => {
                for (i, id) in ids.iter().enumerate() {
                    match id {
                        P::String(s) => e.package_identifiers.push(s.clone()),
                        other => e.problems.push(format!(
                            "entry {index}: packageIdentifiers[{i}] is {}, not a string",
                            type_name(other)
                        )),
                    }
                }
            }
            Some(other) => e.problems.push(format!(
                "entry {index}: packageIdentifiers is {}, not an array",
                type_name(other)
            )),
        }
        entries.push(e);
    }
    Ok((entries, problems))
}

/// The install history as read once per run, shared by `software` and
/// `system` through [`crate::kit::Env::shared`]: the first collector that
/// asks reads the file (staged, archived, charged to the budget once) and
/// parses it; the other uses that result, counts the file among its own
/// `files`, and records the same issues about it, so that each
/// collector's report is the same whichever ran first (or alone).
#[derive(Debug, Default)]
pub struct SharedHistory(OnceLock<HistoryRead>);

#[derive(Debug)]
struct HistoryRead {
    /// The reading collector took the file (acquired it, or recorded the
    /// link in its place).
    took: bool,
    /// The issues reading it recorded.
    issues: Vec<(IssueKind, String)>,
    /// The parsed root ([`parse_history`]); `None` when the file is absent
    /// or was not read.
    parsed: Option<Parsed>,
}

/// [`parse_history`]'s result: the entries and the problems of entries
/// that are not dictionaries, or why the root is not read.
pub type Parsed = Result<(Vec<InstallEntry>, Vec<String>), String>;

impl SharedHistory {
    /// The entries and the problems of entries of the wrong type; `Err`
    /// when the root is not an array; `None` when the file is absent or
    /// was not read (the issues say why).
    pub fn parsed(&self) -> Option<&Parsed> {
        self.0.get().and_then(|h| h.parsed.as_ref())
    }
}

/// Read and parse the install history, within the kit's bounds.
fn load(ctx: &mut Ctx<'_>) -> HistoryRead {
    let target = Path::new(INSTALL_HISTORY);
    let before = ctx.errors().len();
    let parsed = match ctx.read_bytes(target, crate::kit::plist::MAX_FILE_BYTES) {
        Some(Ok(data)) => match crate::kit::plist::read(&data) {
            Ok(root) => Some(parse_history(&root)),
            Err(e) => {
                ctx.error(target, e);
                None
            }
        },
        _ => None,
    };
    let issues = ctx
        .errors()
        .get(before..)
        .unwrap_or_default()
        .iter()
        .map(|i| (i.kind.clone(), i.message.clone()))
        .collect();
    HistoryRead {
        took: ctx.took_file(target),
        issues,
        parsed,
    }
}

/// The run's install history ([`SharedHistory`]), read by the first
/// collector that asks; for the others, the file is counted and its
/// issues recorded as the reader recorded them.
pub fn shared_history(ctx: &mut Ctx<'_>) -> Arc<SharedHistory> {
    let shared = ctx.env().shared::<SharedHistory>();
    let mut read_here = false;
    let h = shared.0.get_or_init(|| {
        read_here = true;
        load(ctx)
    });
    if !read_here {
        let target = Path::new(INSTALL_HISTORY);
        if h.took {
            ctx.count_shared_file(target);
        }
        for (kind, message) in &h.issues {
            ctx.issue(target, kind.clone(), message.clone());
        }
    }
    shared
}

/// The install history of the target, parsed ([`shared_history`]). `None`
/// when it is absent or could not be read or parsed (each problem is an
/// issue of `ctx`'s collector); entries of the wrong shape are issues too,
/// and left out or kept with their `problems`. The first entry is the
/// oldest install (the system's own, on a Mac set up from the factory or
/// an installer).
pub fn read_history(ctx: &mut Ctx<'_>) -> Option<Vec<InstallEntry>> {
    let target = Path::new(INSTALL_HISTORY);
    let shared = shared_history(ctx);
    match shared.parsed()? {
        Ok((entries, problems)) => {
            for p in problems
                .iter()
                .chain(entries.iter().flat_map(|e| e.problems.iter()))
            {
                ctx.error(target, p);
            }
            Some(entries.clone())
        }
        Err(e) => {
            ctx.error(target, e);
            None
        }
    }
}

/// The install history as records.
pub(crate) fn history(ctx: &mut Ctx<'_>) {
    let Some(entries) = read_history(ctx) else {
        return;
    };
    let target = Path::new(INSTALL_HISTORY);
    for e in entries {
        let mut rec = ctx
            .record(target, None)
            .time(e.date, e.date_raw.map(Value::from).unwrap_or(Value::Null))
            .set("kind", "install")
            .set("index", e.index)
            .set("display_name", e.display_name)
            .set("display_version", e.display_version)
            .set("process_name", e.process_name)
            .set("content_type", e.content_type)
            .set("package_identifiers", e.package_identifiers);
        if !e.problems.is_empty() {
            rec.insert("error", e.problems.join("; "));
        }
        ctx.emit(STREAM, rec);
    }
}

/// The receipt plists and bom files, in name order.
fn receipt_files(ctx: &mut Ctx<'_>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    walk::walk(
        ctx,
        Path::new(RECEIPTS),
        Limits {
            max_depth: 0,
            max_entries: MAX_RECEIPT_FILES,
        },
        |_, e, _| {
            if matches!(e.kind, Kind::File | Kind::Symlink) {
                out.push(e.path.clone());
            }
            Visit::Skip
        },
    );
    out
}

/// The package receipts: one record per `.plist`; `.bom` files archived.
pub(crate) fn receipts(ctx: &mut Ctx<'_>) {
    for path in receipt_files(ctx) {
        if ctx.should_stop() {
            break;
        }
        let ext = path.extension().map(|e| e.to_ascii_lowercase());
        match ext.as_ref().and_then(|e| e.to_str()) {
            Some("bom") => {
                ctx.archive(&path);
            }
            Some("plist") => receipt(ctx, &path),
            _ => {}
        }
    }
}

const RECEIPT_STRINGS: [(&str, &str); 5] = [
    ("PackageIdentifier", "package_identifier"),
    ("PackageVersion", "package_version"),
    ("InstallPrefixPath", "install_prefix_path"),
    ("InstallProcessName", "install_process_name"),
    ("PackageFileName", "package_file_name"),
];

fn receipt(ctx: &mut Ctx<'_>, path: &Path) {
    let Some(root) = ctx.read_plist(path) else {
        return;
    };
    let Some(d) = root.as_dictionary() else {
        ctx.error(
            path,
            format!("the root is {}, not a dictionary", type_name(&root)),
        );
        return;
    };
    let mut rec = ctx.record(path, None);
    let mut problems = Vec::new();
    match d.get("InstallDate") {
        None => {}
        Some(P::Date(t)) => {
            let (t, raw) = plist_date(*t);
            rec.insert("timestamp", t);
            rec.insert("timestamp_raw", raw);
        }
        Some(other) => problems.push(format!("InstallDate is {}, not a date", type_name(other))),
    }
    rec.insert("kind", "receipt");
    for (key, field) in RECEIPT_STRINGS {
        let v = match d.get(key) {
            None => Value::Null,
            Some(P::String(s)) => Value::from(s.as_str()),
            Some(other) => {
                problems.push(format!("{key} is {}, not a string", type_name(other)));
                Value::Null
            }
        };
        rec.insert(field, v);
    }
    let bom = path.with_extension("bom");
    let present = ctx.source().lstat(&bom).is_ok();
    rec.insert_name("bom", "bom_b64", present.then_some(bom.as_os_str()));
    if !problems.is_empty() {
        let msg = problems.join("; ");
        ctx.error(path, &msg);
        rec.insert("error", msg);
    }
    ctx.emit(STREAM, rec);
}

/// `install.log` and its rotations, archived.
pub(crate) fn logs(ctx: &mut Ctx<'_>) {
    let mut found = Vec::new();
    walk::walk(
        ctx,
        Path::new(LOG_DIR),
        Limits {
            max_depth: 0,
            max_entries: 100_000,
        },
        |_, e, _| {
            let name = e.name.as_encoded_bytes();
            let ours = name == b"install.log" || name.starts_with(b"install.log.");
            if ours && matches!(e.kind, Kind::File | Kind::Symlink) {
                found.push(e.path.clone());
            }
            Visit::Skip
        },
    );
    for p in found {
        ctx.archive(&p);
    }
}
