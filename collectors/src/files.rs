//! `files`: a bounded listing of the places attackers and users leave
//! things in, with hashes and extended attributes.
//!
//! **What.** One record per file system entry: type, size, mode, owner,
//! inode, the four times, a symbolic link's target, the SHA-256 of the
//! content, and every extended attribute, with the ones that tell where a
//! file came from decoded: `com.apple.quarantine` (with the download's
//! URL from the user's `QuarantineEventsV2` database when the event UUID is
//! found there), `com.apple.metadata:kMDItemWhereFroms`,
//! `com.apple.metadata:kMDItemDownloadedDate`, `com.apple.lastuseddate#PS`
//! and `com.apple.provenance` (see [`crate::formats::xattr`]). Nothing is
//! archived: this is a listing, not a copy.
//!
//! **Where** (every bound is documented in `docs/collectors/files.md`):
//! `/Applications`; in every home `Downloads`, `Desktop`,
//! `Library/LaunchAgents` and the hidden top-level entries (with one level
//! inside hidden directories); `/Users/Shared`; `/private/tmp`;
//! `/private/var/tmp`; `/Library/LaunchAgents`; `/Library/LaunchDaemons`;
//! `/Library/Application Support` (its entries only); `/usr/local/bin`;
//! and every directory given with `--files-extra`. Inside an application
//! bundle (`*.app`) only `Contents` and `Contents/MacOS` are entered: the
//! main executables are listed, not the resources. Symbolic links are
//! listed as links and never followed.
//!
//! **Hashes.** SHA-256 of every regular file up to [`HASH_MAX`] bytes, and
//! of every Mach-O binary and script (`#!`) up to [`HASH_HARD_MAX`]
//! whatever that first limit. Hashing reads the file on the target (it is
//! not copied); on a live system that may update its access time, which is
//! recorded before.
//!
//! **Code signatures.** A Mach-O file up to [`MACHO_DECODE_MAX`] is kept in
//! memory while it is hashed and decoded from those same bytes (it is read
//! once; see [`crate::formats::macho`]): its signature status, signing
//! identifier, team ID, signer, cdhash and architectures. A larger one is
//! hashed only (`macho_not_decoded`).
//!
//! **Versions.** Any macOS. The extended attributes come with the
//! releases that introduced them (quarantine 10.5, provenance 13).
//!
//! **Output** `parsed/files.jsonl`; see `docs/collectors/files.md`.
//!
//! **References.** AutoMacTC `dirlist` (the idea: a listing with hashes
//! and extended attributes); mac_apt `quarantine` and `spotlight` plugins
//! and plaso's `ls_quarantine` (the quarantine event database); Howard
//! Oakley's articles on quarantine, `lastuseddate#PS` and provenance.

use std::collections::{HashMap, HashSet};
use std::ffi::OsStr;
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

use crate::formats::macho::{self, MachO, SignatureKeys};
use crate::formats::xattr;
use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::sink::{FileMeta, FileTime};
use crate::kit::source::{DirEntry, Kind, SourceError, XattrValue};
use crate::kit::sqlite::{col_or_null, get_f64, get_text, table_columns};
use crate::kit::{text, time, walk};
use crate::kit::{Collector, Ctx, Fatal};

pub struct Files;

const STREAM: &str = "files";

/// Regular files up to this size are hashed.
pub const HASH_MAX: u64 = 32 << 20;
/// Mach-O binaries and scripts are hashed up to this size.
pub const HASH_HARD_MAX: u64 = 512 << 20;
/// Mach-O binaries up to this size are kept in memory while they are
/// hashed, and their header and code signature decoded from those bytes.
pub const MACHO_DECODE_MAX: u64 = 128 << 20;
/// The largest extended attribute value read (a larger one is listed with
/// its size only).
const XATTR_READ_MAX: usize = 64 << 10;
/// The most bytes of a value kept as base64.
const XATTR_RAW_MAX: usize = 2 << 10;
/// Extended attributes looked at per entry.
const XATTR_MAX_NAMES: usize = 256;

static DESCRIPTION: Description = Description {
    name: "files",
    reads: "a bounded listing with SHA-256 and extended attributes: /Applications, Downloads, Desktop, LaunchAgents and hidden files of every home, /Users/Shared, tmp, /Library/LaunchAgents|Daemons, /usr/local/bin, --files-extra",
    outputs: &[STREAM],
    scope: Scope::AnyRoot,
    cost: Cost::Bulk,
};

/// One place to list.
#[derive(Debug, Clone)]
struct Location {
    start: PathBuf,
    /// Levels below `start` that are entered (0: its entries only).
    max_depth: usize,
    max_entries: usize,
    /// Only the hidden entries of `start` (and what is inside them).
    hidden_only: bool,
    /// The home's user, for per-home locations.
    user: Option<String>,
}

impl Location {
    fn new(start: impl Into<PathBuf>, max_depth: usize, max_entries: usize) -> Location {
        Location {
            start: start.into(),
            max_depth,
            max_entries,
            hidden_only: false,
            user: None,
        }
    }
}

/// The places listed on this target, in order.
fn locations(ctx: &Ctx<'_>) -> Vec<Location> {
    let mut out = vec![Location::new("/Applications", 4, 50_000)];
    for u in ctx.users() {
        // /Users/Shared is listed as itself, below.
        if u.home == Path::new("/Users/Shared") {
            continue;
        }
        let per_home = [
            ("Downloads", 3, 20_000, false),
            ("Desktop", 3, 20_000, false),
            ("Library/LaunchAgents", 1, 5_000, false),
            ("", 1, 10_000, true),
        ];
        for (rel, depth, max, hidden_only) in per_home {
            let start = if rel.is_empty() {
                u.home.clone()
            } else {
                u.home.join(rel)
            };
            out.push(Location {
                start,
                max_depth: depth,
                max_entries: max,
                hidden_only,
                user: Some(u.name.clone()),
            });
        }
    }
    out.extend([
        Location::new("/Users/Shared", 3, 20_000),
        Location::new("/private/tmp", 3, 20_000),
        Location::new("/private/var/tmp", 3, 20_000),
        Location::new("/Library/LaunchAgents", 1, 5_000),
        Location::new("/Library/LaunchDaemons", 1, 5_000),
        Location::new("/Library/Application Support", 0, 5_000),
        Location::new("/usr/local/bin", 1, 10_000),
    ]);
    for p in &ctx.env().options.files_extra {
        out.push(Location::new(p.clone(), 3, 50_000));
    }
    out
}

fn is_app_bundle(name: &OsStr) -> bool {
    name.as_bytes().ends_with(b".app")
}

/// Whether to enter the directory at `rel` (relative to the walk's
/// start): inside an application bundle only `Contents` and
/// `Contents/MacOS` are entered.
fn enter(rel: &Path) -> bool {
    let comps: Vec<&OsStr> = rel.iter().collect();
    let parents = comps.len().saturating_sub(1);
    let innermost = comps
        .get(..parents)
        .unwrap_or_default()
        .iter()
        .rposition(|c| is_app_bundle(c));
    match innermost {
        None => true,
        Some(i) => {
            let inside = comps.get(i + 1..).unwrap_or_default();
            inside == [OsStr::new("Contents")]
                || inside == [OsStr::new("Contents"), OsStr::new("MacOS")]
        }
    }
}

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::File => "file",
        Kind::Dir => "directory",
        Kind::Symlink => "symlink",
        Kind::Other("FIFO") => "fifo",
        Kind::Other(other) => other,
    }
}

/// What a file's first bytes say it is.
fn file_kind(head: &[u8]) -> Option<&'static str> {
    let magic = head.get(..4)?;
    match magic {
        [0xfe, 0xed, 0xfa, 0xce | 0xcf] | [0xce | 0xcf, 0xfa, 0xed, 0xfe] => Some("mach-o"),
        // A universal binary; Java class files share the magic but carry a
        // class-file version (45 and up) where the slice count would be.
        [0xca, 0xfe, 0xba, 0xbe | 0xbf] => {
            let n = head
                .get(4..8)
                .and_then(|b| <[u8; 4]>::try_from(b).ok())
                .map(u32::from_be_bytes);
            match n {
                Some(n) if n > 0 && n < 45 => Some("mach-o universal"),
                _ => None,
            }
        }
        [b'#', b'!', ..] => Some("script"),
        _ => None,
    }
}

fn time_json(t: Option<FileTime>) -> Value {
    match t.and_then(|t| time::from_unix(t.secs, t.nanos)) {
        Some(t) => Value::from(time::rfc3339_nanos(&t)),
        None => Value::Null,
    }
}

/// A quarantine event from a `QuarantineEventsV2` database.
#[derive(Debug, Clone)]
struct QuarantineEvent {
    database: PathBuf,
    user: String,
    timestamp: Value,
    timestamp_raw: Value,
    agent_name: Option<String>,
    agent_bundle_id: Option<String>,
    data_url: Option<String>,
    origin_url: Option<String>,
}

impl QuarantineEvent {
    fn json(&self) -> Value {
        json!({
            "database": text::lossy(self.database.as_os_str()),
            "user": self.user,
            "timestamp": self.timestamp,
            "timestamp_raw": self.timestamp_raw,
            "agent_name": self.agent_name,
            "agent_bundle_id": self.agent_bundle_id,
            "data_url": self.data_url,
            "origin_url": self.origin_url,
        })
    }
}

/// SQLite's page cache for each open quarantine database, in KiB.
const QUARANTINE_CACHE_KIB: u32 = 256;

/// The run's state: what was listed, owners, and the users' quarantine
/// event databases (opened when the first quarantine attribute is met).
#[derive(Default)]
struct State {
    seen: HashSet<PathBuf>,
    owners: HashMap<u32, String>,
    quarantine: Option<Vec<QuarantineDb>>,
}

/// One user's staged `QuarantineEventsV2`, open for lookups by event UUID
/// (its primary key): nothing is held in memory but SQLite's page cache,
/// whatever the number of events.
struct QuarantineDb {
    target: PathBuf,
    user: String,
    home: PathBuf,
    conn: rusqlite::Connection,
    select: String,
}

impl QuarantineDb {
    fn lookup(&self, id: &str) -> Result<Option<QuarantineEvent>, String> {
        let mut stmt = self
            .conn
            .prepare_cached(&self.select)
            .map_err(|e| e.to_string())?;
        // The identifier is stored as LaunchServices wrote it (upper case
        // on every Mac seen); the attribute may differ in case.
        let upper = id.to_ascii_uppercase();
        let lower = id.to_ascii_lowercase();
        let mut tried: Vec<&str> = Vec::with_capacity(3);
        for candidate in [id, upper.as_str(), lower.as_str()] {
            if tried.contains(&candidate) {
                continue;
            }
            tried.push(candidate);
            let mut rows = stmt.query([candidate]).map_err(|e| e.to_string())?;
            if let Some(row) = rows.next().map_err(|e| e.to_string())? {
                let ts = get_f64(row, "ts");
                return Ok(Some(QuarantineEvent {
                    database: self.target.clone(),
                    user: self.user.clone(),
                    timestamp: time::json(ts.and_then(time::from_mac_absolute)),
                    timestamp_raw: ts.map(Value::from).unwrap_or(Value::Null),
                    agent_name: get_text(row, "agent"),
                    agent_bundle_id: get_text(row, "bundle"),
                    data_url: get_text(row, "data_url"),
                    origin_url: get_text(row, "origin_url"),
                }));
            }
        }
        Ok(None)
    }
}

impl State {
    /// Every home's `QuarantineEventsV2`, staged and opened. Problems with
    /// a database are the `quarantine_events` collector's to report; here
    /// they are a log line.
    fn open_quarantine(ctx: &mut Ctx<'_>) -> Vec<QuarantineDb> {
        let mut out = Vec::new();
        for u in ctx.users() {
            let target = u
                .home
                .join("Library/Preferences/com.apple.LaunchServices.QuarantineEventsV2");
            let Some(db) = ctx.acquire_sqlite(&target) else {
                continue;
            };
            let opened = db.open().and_then(|conn| {
                // Every home's database stays open for the whole listing:
                // a small page cache each keeps that bounded, where SQLite's
                // default (2 MB) grew with the number of lookups. A lookup
                // by primary key reads a few pages.
                conn.execute_batch(&format!("PRAGMA cache_size = -{QUARANTINE_CACHE_KIB}"))
                    .map_err(|e| e.to_string())?;
                let cols = table_columns(&conn, "LSQuarantineEvent")?
                    .ok_or_else(|| "no LSQuarantineEvent table".to_string())?;
                if !cols.contains("LSQuarantineEventIdentifier") {
                    return Err("no LSQuarantineEventIdentifier column".to_string());
                }
                let select: Vec<String> = [
                    ("LSQuarantineTimeStamp", "ts"),
                    ("LSQuarantineAgentName", "agent"),
                    ("LSQuarantineAgentBundleIdentifier", "bundle"),
                    ("LSQuarantineDataURLString", "data_url"),
                    ("LSQuarantineOriginURLString", "origin_url"),
                ]
                .iter()
                .map(|(c, a)| col_or_null(&cols, "q", c, a))
                .collect();
                let select = format!(
                    "SELECT {} FROM LSQuarantineEvent q WHERE q.LSQuarantineEventIdentifier = ?1 LIMIT 1",
                    select.join(", ")
                );
                Ok((conn, select))
            });
            match opened {
                Ok((conn, select)) => out.push(QuarantineDb {
                    target,
                    user: u.name.clone(),
                    home: u.home.clone(),
                    conn,
                    select,
                }),
                Err(e) => ctx.info(format!(
                    "{}: quarantine events not read for matching: {e}",
                    text::printable_os(target.as_os_str())
                )),
            }
        }
        out
    }

    /// The event `id` names, from the database of the home `path` is in
    /// first, then the others.
    fn quarantine_event(
        &mut self,
        ctx: &mut Ctx<'_>,
        id: &str,
        path: &Path,
    ) -> Option<QuarantineEvent> {
        if self.quarantine.is_none() {
            self.quarantine = Some(Self::open_quarantine(ctx));
        }
        let dbs = self.quarantine.as_ref()?;
        let own = dbs.iter().filter(|d| path.starts_with(&d.home));
        let others = dbs.iter().filter(|d| !path.starts_with(&d.home));
        for db in own.chain(others) {
            match db.lookup(id) {
                Ok(Some(event)) => return Some(event),
                Ok(None) => {}
                Err(e) => ctx.info(format!(
                    "{}: quarantine event {} not looked up: {e}",
                    text::printable_os(db.target.as_os_str()),
                    text::printable(id.as_bytes())
                )),
            }
        }
        None
    }
}

/// The SHA-256 of a regular file, by the rules in the module comment,
/// and a Mach-O file's decoded header and code signature.
#[derive(Debug, Default)]
struct Hashed {
    sha256: Option<String>,
    kind: Option<&'static str>,
    skipped: Option<String>,
    error: Option<String>,
    /// Decoded from the bytes that were hashed (error: why not).
    macho: Option<Result<MachO, String>>,
    /// Why a Mach-O file was not decoded.
    macho_not_decoded: Option<&'static str>,
}

/// The code signature fields of a Mach-O entry.
const SIGNATURE: SignatureKeys = SignatureKeys {
    status: "signature_status",
    signing_id: "signing_id",
    team_id: "team_id",
    signer: "signer",
    cdhash: "cdhash",
    arches: Some("arches"),
    error: Some("macho_error"),
};

fn hash_file(ctx: &Ctx<'_>, target: &Path, listed: &std::fs::Metadata) -> Hashed {
    if ctx.time_up() {
        return Hashed {
            skipped: Some("time limit reached".into()),
            ..Hashed::default()
        };
    }
    let (file, meta) = match ctx.source().open(target) {
        Ok(x) => x,
        Err(e) if e.is_not_found() => {
            return Hashed {
                error: Some("vanished between listing and hashing".into()),
                ..Hashed::default()
            }
        }
        Err(e) => {
            return Hashed {
                error: Some(format!("not hashed: {e}")),
                ..Hashed::default()
            }
        }
    };
    if meta.ino() != listed.ino() || meta.dev() != listed.dev() {
        return Hashed {
            error: Some("replaced between listing and hashing".into()),
            ..Hashed::default()
        };
    }
    let size = meta.len();
    let mut reader = std::io::BufReader::with_capacity(64 * 1024, file);
    let mut head = Vec::with_capacity(4096);
    if let Err(e) = (&mut reader).take(4096).read_to_end(&mut head) {
        return Hashed {
            error: Some(format!("not hashed: {e}")),
            ..Hashed::default()
        };
    }
    let kind = file_kind(&head);
    let is_macho = kind.is_some_and(|k| k.starts_with("mach-o"));
    let macho_not_decoded = (is_macho && size > MACHO_DECODE_MAX).then_some("too large");
    let limit = if kind.is_some() {
        HASH_HARD_MAX
    } else {
        HASH_MAX
    };
    if size > limit {
        return Hashed {
            kind,
            skipped: Some(if kind.is_some() {
                format!("{size} bytes: over the {HASH_HARD_MAX}-byte limit")
            } else {
                format!("{size} bytes: over the {HASH_MAX}-byte limit for files that are neither Mach-O nor scripts")
            }),
            macho_not_decoded,
            ..Hashed::default()
        };
    }
    // A Mach-O file small enough is kept whole (one more byte shows a
    // file that grew) to be decoded after it is hashed: it is read once.
    let mut whole: Option<Vec<u8>> = None;
    let mut macho_not_decoded = macho_not_decoded;
    if is_macho && macho_not_decoded.is_none() {
        let mut v = Vec::new();
        let reserved =
            usize::try_from(size.saturating_add(1)).is_ok_and(|n| v.try_reserve_exact(n).is_ok());
        if reserved {
            v.extend_from_slice(&head);
            whole = Some(v);
        } else {
            macho_not_decoded = Some("out of memory");
        }
    }
    let mut h = Sha256::new();
    h.update(&head);
    let mut total = head.len() as u64;
    let mut buf = vec![0u8; 64 * 1024];
    // Read one byte past the size to see a file that grew.
    let mut rest = (&mut reader).take(size.saturating_sub(total).saturating_add(1));
    loop {
        match rest.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                let chunk = buf.get(..n).unwrap_or_default();
                h.update(chunk);
                if let Some(w) = whole.as_mut() {
                    w.extend_from_slice(chunk);
                }
                total = total.saturating_add(n as u64);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => {
                return Hashed {
                    kind,
                    error: Some(format!("read failed while hashing: {e}")),
                    ..Hashed::default()
                }
            }
        }
    }
    if total != size {
        return Hashed {
            kind,
            error: Some(format!(
                "changed while being hashed ({total} bytes read, {size} listed); no hash"
            )),
            ..Hashed::default()
        };
    }
    Hashed {
        sha256: Some(hex::encode(h.finalize())),
        kind,
        macho: whole.map(|data| macho::parse(&data).map_err(|e| e.to_string())),
        macho_not_decoded,
        ..Hashed::default()
    }
}

impl Files {
    /// The extended attributes of an entry, decoded where known.
    fn xattrs(&self, ctx: &mut Ctx<'_>, state: &mut State, target: &Path) -> Value {
        let names = match ctx.source().list_xattrs(target) {
            Ok(n) => n,
            Err(e) if e.is_not_found() => return Value::Array(Vec::new()),
            Err(e) => {
                ctx.source_error(target, "extended attributes not listed", &e);
                return Value::Array(Vec::new());
            }
        };
        if names.len() > XATTR_MAX_NAMES {
            ctx.error(
                target,
                format!(
                    "{} extended attributes; only the first {XATTR_MAX_NAMES} are read",
                    names.len()
                ),
            );
        }
        let mut out = Vec::new();
        for name in names.iter().take(XATTR_MAX_NAMES) {
            let mut obj = Map::new();
            obj.insert("name".into(), text::lossy(name).into());
            if let Some(b) = text::b64_if_not_utf8(name) {
                obj.insert("name_b64".into(), b.into());
            }
            match ctx.source().get_xattr(target, name, XATTR_READ_MAX) {
                Ok(XattrValue::Value(v)) => {
                    obj.insert("size".into(), v.len().into());
                    let raw = v.get(..v.len().min(XATTR_RAW_MAX)).unwrap_or_default();
                    obj.insert(
                        "value_b64".into(),
                        base64::engine::general_purpose::STANDARD.encode(raw).into(),
                    );
                    if raw.len() < v.len() {
                        obj.insert("value_truncated".into(), true.into());
                    }
                    match self.decode(ctx, state, target, name, &v) {
                        Some(Ok(d)) => {
                            obj.insert("decoded".into(), d);
                        }
                        Some(Err(e)) => {
                            ctx.error(
                                target,
                                format!("extended attribute {}: {e}", text::printable_os(name)),
                            );
                            obj.insert("error".into(), e.to_string().into());
                        }
                        None => {}
                    }
                }
                Ok(XattrValue::TooLarge(size)) => {
                    obj.insert("size".into(), size.into());
                    obj.insert(
                        "note".into(),
                        format!("larger than {XATTR_READ_MAX} bytes; not read").into(),
                    );
                }
                // Removed since it was listed.
                Err(e) if e.is_not_found() => continue,
                Err(e) => {
                    ctx.error(
                        target,
                        format!(
                            "extended attribute {} not read: {e}",
                            text::printable_os(name)
                        ),
                    );
                    obj.insert("error".into(), e.to_string().into());
                }
            }
            out.push(Value::Object(obj));
        }
        Value::Array(out)
    }

    /// The decoded value of a known attribute; `None` for the others.
    fn decode(
        &self,
        ctx: &mut Ctx<'_>,
        state: &mut State,
        target: &Path,
        name: &OsStr,
        v: &[u8],
    ) -> Option<Result<Value, xattr::XattrError>> {
        let d = match name.as_bytes() {
            b"com.apple.quarantine" => xattr::quarantine(v).map(|q| {
                let event = q
                    .event_id
                    .as_deref()
                    .and_then(|id| state.quarantine_event(ctx, id, target))
                    .map(|e| e.json())
                    .unwrap_or(Value::Null);
                let mut d = q.json();
                if let Some(o) = d.as_object_mut() {
                    o.insert("event".into(), event);
                }
                d
            }),
            b"com.apple.metadata:kMDItemWhereFroms" => {
                xattr::where_froms(v).map(|urls| json!({ "urls": urls }))
            }
            b"com.apple.metadata:kMDItemDownloadedDate" => xattr::downloaded_dates(v).map(|ds| {
                let dates: Vec<Value> = ds
                    .into_iter()
                    .map(|t| {
                        let t: chrono::DateTime<chrono::Utc> = t.into();
                        Value::from(time::rfc3339(&t))
                    })
                    .collect();
                json!({ "dates": dates })
            }),
            b"com.apple.lastuseddate#PS" => xattr::last_used_date(v).map(|(s, ns)| {
                let t = u32::try_from(ns).ok().and_then(|ns| time::from_unix(s, ns));
                json!({
                    "time": t.map(|t| time::rfc3339_nanos(&t)),
                    "seconds": s,
                    "nanoseconds": ns,
                })
            }),
            b"com.apple.provenance" => {
                xattr::provenance(v).map(|p| json!({ "provenance_id": p.id, "header": p.header }))
            }
            _ => return None,
        };
        Some(d)
    }

    /// One entry's record.
    fn entry(
        &self,
        ctx: &mut Ctx<'_>,
        state: &mut State,
        loc: &Location,
        path: &Path,
        depth: usize,
    ) {
        if !state.seen.insert(path.to_path_buf()) {
            return;
        }
        let base = |ctx: &Ctx<'_>| ctx.record(path, loc.user.as_deref());
        let meta = match ctx.source().lstat(path) {
            Ok(m) => m,
            Err(e) => {
                let msg = if e.is_not_found() {
                    "vanished between listing and reading its metadata".to_string()
                } else {
                    format!("metadata not read: {e}")
                };
                ctx.error(path, &msg);
                let rec = base(ctx)
                    .name("location", "location_b64", loc.start.as_os_str())
                    .set("depth", depth)
                    .set("error", msg);
                ctx.emit(STREAM, rec);
                return;
            }
        };
        let kind = Kind::of(&meta);
        let fm = FileMeta::from_metadata(&meta);
        let mtime_raw = fm
            .mtime
            .map(|t| json!({"seconds": t.secs, "nanoseconds": t.nanos}))
            .unwrap_or(Value::Null);
        // `timestamp` is the modification time, nanoseconds always shown.
        let mut rec = base(ctx)
            .set("timestamp", time_json(fm.mtime))
            .set("timestamp_raw", mtime_raw)
            .name("location", "location_b64", loc.start.as_os_str())
            .set("depth", depth)
            .set("type", kind_name(kind))
            .set("size", fm.size)
            .set("mode", fm.mode)
            .set("mode_octal", format!("{:o}", fm.mode))
            .set("uid", fm.uid)
            .set("gid", fm.gid)
            .set("owner", state.owners.get(&fm.uid).cloned())
            .set("inode", fm.inode)
            .set("nlink", meta.nlink())
            .set("mtime", time_json(fm.mtime))
            .set("atime", time_json(fm.atime))
            .set("ctime", time_json(fm.ctime))
            .set("btime", time_json(fm.crtime));
        let mut errors: Vec<String> = Vec::new();
        match kind {
            Kind::Symlink => match ctx.source().read_link(path) {
                Ok(l) => rec = rec.name("symlink_target", "symlink_target_b64", l.as_os_str()),
                Err(e) => errors.push(format!("link target not read: {e}")),
            },
            Kind::File => {
                let h = hash_file(ctx, path, &meta);
                rec = rec.set("sha256", h.sha256).set("file_kind", h.kind);
                if let Some(s) = h.skipped {
                    rec.insert("hash_skipped", s);
                }
                if let Some(e) = h.error {
                    errors.push(e);
                }
                if let Some(m) = &h.macho {
                    SIGNATURE.write(&mut rec, m.as_ref().map_err(String::as_str));
                }
                if let Some(why) = h.macho_not_decoded {
                    rec.insert("macho_not_decoded", why);
                }
            }
            _ => {}
        }
        let xattrs = self.xattrs(ctx, state, path);
        rec.insert("xattrs", xattrs);
        if !errors.is_empty() {
            for e in &errors {
                ctx.error(path, e);
            }
            rec.insert("error", errors.join("; "));
        }
        ctx.emit(STREAM, rec);
    }

    fn list(&self, ctx: &mut Ctx<'_>, state: &mut State, loc: &Location) {
        match ctx.source().lstat(&loc.start) {
            Ok(m) if m.file_type().is_dir() => {}
            // A link, a file (`--files-extra` may name one): that entry.
            Ok(_) => {
                if !loc.hidden_only {
                    self.entry(ctx, state, loc, &loc.start, 0);
                }
                return;
            }
            Err(SourceError::Symlink { which, .. }) => {
                // A parent is a link: record the link itself.
                self.entry(ctx, state, loc, &which, 0);
                return;
            }
            Err(e) if e.is_not_found() => return,
            Err(e) => {
                ctx.source_error(&loc.start, "not listed", &e);
                return;
            }
        }
        let limits = walk::Limits {
            max_depth: loc.max_depth,
            max_entries: loc.max_entries,
        };
        walk::walk(ctx, &loc.start, limits, |ctx, e: &DirEntry, depth| {
            if loc.hidden_only && depth == 0 && !e.name.as_bytes().starts_with(b".") {
                return walk::Visit::Skip;
            }
            self.entry(ctx, state, loc, &e.path, depth);
            let rel = e.path.strip_prefix(&loc.start).unwrap_or(&e.path);
            if e.kind == Kind::Dir && depth < loc.max_depth && enter(rel) {
                walk::Visit::Descend
            } else {
                walk::Visit::Skip
            }
        });
    }
}

impl Collector for Files {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        let mut state = State {
            owners: ctx
                .users()
                .iter()
                .filter_map(|u| Some((u.uid?, u.name.clone())))
                .collect(),
            ..State::default()
        };
        for loc in locations(ctx) {
            if ctx.should_stop() {
                break;
            }
            self.list(ctx, &mut state, &loc);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
