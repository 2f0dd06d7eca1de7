//! `fsevents`: the file system event journals of every volume.
//!
//! **What.** `fseventsd` records, per volume, which paths were created,
//! removed, renamed, modified, had their metadata or extended attributes
//! changed, and when volumes were mounted and unmounted, for weeks back.
//! Records carry an event ID (a per-volume counter that orders them), the
//! flags of what happened, and, from version 2, the node ID (inode) of the
//! item. It is the file-level trace that tells what was copied to a USB
//! stick or deleted from a home directory.
//!
//! **Where:**
//! - `/.fseventsd` (the boot volume; before macOS 10.15 the whole disk);
//! - `/System/Volumes/Data/.fseventsd` (the data volume, macOS 10.15 and
//!   later);
//! - `/Volumes/*/.fseventsd`: every other volume mounted at collection time
//!   (USB sticks, external disks, disk images). Symbolic links in
//!   `/Volumes` (`Macintosh HD` points at `/`) are not followed. On a live
//!   Mac the volume's file system type and its removable and local mount
//!   flags are recorded.
//!
//! Every file of each store directory is archived: the page files (16 hex
//! digits, the last event ID they hold), `fseventsd-uuid` (the store's
//! identity; it changes when the store is reset) and any other (a `no_log`
//! file turns logging off for the volume and is reported in the log).
//!
//! **Versions.** Page format 1 (`1SLD`) from Mac OS X 10.5 to 10.12, 2
//! (`2SLD`) from 10.13, 3 (`3SLD`) on recent releases (which ones is not
//! documented); see
//! [`crate::formats::fsevents`].
//!
//! **Time.** Records store no time. Each record gets its page file's
//! modification time as `timestamp`, an upper bound for when the event
//! happened (`time_source: "page file mtime"`), as plaso and mac_apt do; the
//! event ID orders records within a volume.
//!
//! **Output** `parsed/fsevents.jsonl`, one record per event: `path` (as
//! stored, relative to the volume root), `full_path` (the volume's mount
//! point joined with it), `event_id`, `flags`, `flags_hex`, `flag_names`,
//! `node_id`, `extra` (version 3), `version`, `page`, `offset`,
//! `fseventsd_uuid`, `volume`, `volume_kind`, `time_source`, and on a live
//! Mac `volume_fs`, `volume_removable`, `volume_local`. See
//! `docs/collectors/fsevents.md`.
//!
//! **Bounds.** Files are streamed: one page (at most 16 MiB, real pages are
//! about 256 KiB) is held at a time, so memory does not grow with the
//! number of records; a file stops at 1 GiB inflated (a gzip bomb is an
//! error on that file).
//!
//! **References.** plaso `parsers/fseventsd.py` and its formatter (flag
//! names); mac_apt `plugins/fsevents.py`; artemis
//! `artifacts/os/macos/fsevents`; Nicole Ibrahim, "Apple FSEvents forensics".

use std::ffi::{OsStr, OsString};
use std::io::BufReader;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::formats::fsevents::{flag_names, FseventsError, Limits, StoreReader};
use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::source::Kind;
use crate::kit::{time, walk};
use crate::kit::{Collector, Ctx, Fatal};

pub struct Fsevents;

const STREAM: &str = "fsevents";
/// Entries of one store directory looked at before giving up.
const MAX_STORE_ENTRIES: usize = 200_000;
/// Volumes looked at in `/Volumes`.
const MAX_VOLUMES: usize = 1_000;
/// Bytes of `fseventsd-uuid` read (it holds a 36-character UUID).
const MAX_UUID_LEN: u64 = 256;
/// Records between two stop checks.
const STOP_CHECK_EVERY: u64 = 4096;

static DESCRIPTION: Description = Description {
    name: "fsevents",
    reads: "FSEvents journals of every volume: /.fseventsd, /System/Volumes/Data/.fseventsd, /Volumes/*/.fseventsd",
    outputs: &[STREAM],
    scope: Scope::AnyRoot,
    cost: Cost::Bulk,
};

/// One `.fseventsd` directory and the volume it belongs to.
#[derive(Debug, Clone)]
struct Store {
    /// The store directory on the target.
    dir: PathBuf,
    /// The volume's mount point on the target.
    volume: PathBuf,
    /// `root`, `data` or `mounted`.
    kind: &'static str,
    info: VolumeInfo,
}

/// What the live system says about a mounted volume.
#[derive(Debug, Clone, Default)]
struct VolumeInfo {
    fs_type: Option<String>,
    removable: Option<bool>,
    local: Option<bool>,
}

impl VolumeInfo {
    /// Add what is known (a live Mac's mounted volumes) to a record;
    /// nothing otherwise, to keep millions of records short.
    fn add_to(&self, mut rec: crate::Record) -> crate::Record {
        if let Some(fs) = &self.fs_type {
            rec.insert("volume_fs", fs.as_str());
        }
        if let Some(r) = self.removable {
            rec.insert("volume_removable", r);
        }
        if let Some(l) = self.local {
            rec.insert("volume_local", l);
        }
        rec
    }
}

/// The mount flags of a live volume (macOS: `statfs(2)`; `MNT_REMOVABLE`
/// and `MNT_LOCAL` from XNU's `sys/mount.h`).
#[cfg(target_os = "macos")]
fn volume_info(host: &Path) -> VolumeInfo {
    const MNT_REMOVABLE: i32 = 0x0000_0200;
    const MNT_LOCAL: i32 = 0x0000_1000;
    match nix::sys::statfs::statfs(host) {
        Ok(s) => {
            let flags = s.flags().bits();
            VolumeInfo {
                fs_type: Some(s.filesystem_type_name().to_string()),
                removable: Some(flags & MNT_REMOVABLE != 0),
                local: Some(flags & MNT_LOCAL != 0),
            }
        }
        Err(_) => VolumeInfo::default(),
    }
}

#[cfg(not(target_os = "macos"))]
fn volume_info(_host: &Path) -> VolumeInfo {
    VolumeInfo::default()
}

/// The files of one store directory.
#[derive(Debug, Default)]
struct StoreFiles {
    pages: Vec<PathBuf>,
    uuid: Option<PathBuf>,
    /// Every other entry: archived as it is (files raw, links as links).
    other: Vec<PathBuf>,
}

/// A page file's name: 16 hex digits.
fn is_page_name(name: &OsStr) -> bool {
    let b = name.as_bytes();
    b.len() == 16 && b.iter().all(u8::is_ascii_hexdigit)
}

/// The volume's mount point joined with a stored path. Paths are stored
/// relative to the volume root; one stored with a leading `/` is kept as
/// is, and the empty path (volume-level events) is the mount point.
fn full_path(volume: &Path, path: &[u8]) -> OsString {
    if path.first() == Some(&b'/') {
        return OsStr::from_bytes(path).to_owned();
    }
    let mut out = volume.as_os_str().as_bytes().to_vec();
    if !path.is_empty() {
        if out.last() != Some(&b'/') {
            out.push(b'/');
        }
        out.extend_from_slice(path);
    }
    OsString::from_vec(out)
}

impl Fsevents {
    /// Every store directory to read, in a stable order.
    fn stores(&self, ctx: &mut Ctx<'_>) -> Vec<Store> {
        let mut out = vec![
            Store {
                dir: PathBuf::from("/.fseventsd"),
                volume: PathBuf::from("/"),
                kind: "root",
                info: VolumeInfo::default(),
            },
            Store {
                dir: PathBuf::from("/System/Volumes/Data/.fseventsd"),
                volume: PathBuf::from("/System/Volumes/Data"),
                kind: "data",
                info: VolumeInfo::default(),
            },
        ];
        let live = ctx.source().is_live();
        let limits = walk::Limits {
            max_depth: 0,
            max_entries: MAX_VOLUMES,
        };
        walk::walk(ctx, Path::new("/Volumes"), limits, |ctx, e, _| {
            // A link (`Macintosh HD` -> `/`) is another name of a volume
            // already read, or points off the evidence: not followed.
            if e.kind == Kind::Dir {
                let info = if live {
                    volume_info(&ctx.source().host_path(&e.path))
                } else {
                    VolumeInfo::default()
                };
                out.push(Store {
                    dir: e.path.join(".fseventsd"),
                    volume: e.path.clone(),
                    kind: "mounted",
                    info,
                });
            }
            walk::Visit::Skip
        });
        out
    }

    /// The files of a store directory; `None` when it is absent. A store
    /// directory that is a symbolic link is recorded as a link.
    fn list(&self, ctx: &mut Ctx<'_>, store: &Store) -> Option<StoreFiles> {
        match ctx.source().lstat(&store.dir) {
            Ok(m) if m.file_type().is_dir() => {}
            Ok(m) if m.file_type().is_symlink() => {
                ctx.archive(&store.dir);
                return None;
            }
            Ok(_) => {
                ctx.error(&store.dir, "not a directory; not read");
                return None;
            }
            Err(e) if e.is_not_found() => return None,
            Err(e) => {
                ctx.error(&store.dir, format!("cannot read: {e}"));
                return None;
            }
        }
        let mut files = StoreFiles::default();
        let limits = walk::Limits {
            max_depth: 0,
            max_entries: MAX_STORE_ENTRIES,
        };
        walk::walk(ctx, &store.dir, limits, |ctx, e, _| {
            match e.kind {
                Kind::File if is_page_name(&e.name) => files.pages.push(e.path.clone()),
                Kind::File if e.name == "fseventsd-uuid" => files.uuid = Some(e.path.clone()),
                Kind::File | Kind::Symlink => files.other.push(e.path.clone()),
                Kind::Dir => {}
                Kind::Other(what) => {
                    ctx.error(&e.path, format!("not a regular file ({what}); not opened"))
                }
            }
            walk::Visit::Skip
        });
        Some(files)
    }

    fn read_uuid(&self, ctx: &mut Ctx<'_>, target: &Path) -> Option<String> {
        let acq = ctx.acquire(target)?;
        let mut buf = Vec::new();
        let read = acq.open().and_then(|f| {
            std::io::Read::read_to_end(&mut std::io::Read::take(f, MAX_UUID_LEN), &mut buf)
        });
        if let Err(e) = read {
            ctx.error(target, format!("cannot read the staged copy: {e}"));
            return None;
        }
        let text = String::from_utf8_lossy(&buf);
        Some(
            text.trim_matches(|c: char| c.is_whitespace() || c == '\0')
                .to_string(),
        )
    }

    fn parse_page_file(&self, ctx: &mut Ctx<'_>, store: &Store, uuid: &Value, target: &Path) {
        let Some(acq) = ctx.acquire(target) else {
            return;
        };
        let file = match acq.open() {
            Ok(f) => f,
            Err(e) => {
                ctx.error(target, format!("cannot read the staged copy: {e}"));
                return;
            }
        };
        let mut reader =
            match StoreReader::new(BufReader::with_capacity(64 * 1024, file), Limits::default()) {
                Ok(r) => r,
                Err(e) => {
                    ctx.error(target, format!("not read: {e}"));
                    return;
                }
            };
        let (ts, ts_raw) = match acq.meta.mtime {
            Some(t) => (
                time::from_unix(t.secs, t.nanos),
                json!({"seconds": t.secs, "nanoseconds": t.nanos}),
            ),
            None => (None, Value::Null),
        };
        // Every record of the file has its time: converted once.
        let ts = time::json(ts);
        let mut read = 0u64;
        loop {
            let page = match reader.next_page() {
                None => break,
                Some(Ok(p)) => p,
                Some(Err(e)) => {
                    ctx.error(target, page_error(read, &e));
                    break;
                }
            };
            let (index, version, complete) = (page.index, page.header.version, page.complete);
            for item in page.records() {
                let ev = match item {
                    Ok(ev) => ev,
                    // A cut record at the end of a truncated page: the
                    // reader's next item says why.
                    Err(_) if !complete => break,
                    Err(e) => {
                        ctx.error(
                            target,
                            format!("page {index}: {e}; the rest of the page was not read"),
                        );
                        break;
                    }
                };
                read += 1;
                if read % STOP_CHECK_EVERY == 0 && ctx.should_stop() {
                    ctx.error(
                        target,
                        format!("time limit reached after {read} records; the rest was not read"),
                    );
                    return;
                }
                let path = OsStr::from_bytes(ev.path);
                let rec = ctx
                    .record(target, None)
                    .set("timestamp", ts.clone())
                    .set("timestamp_raw", ts_raw.clone())
                    .set("time_source", "page file mtime")
                    .name("path", "path_b64", path)
                    .name(
                        "full_path",
                        "full_path_b64",
                        &full_path(&store.volume, ev.path),
                    )
                    .set("event_id", ev.event_id)
                    .set("flags", ev.flags)
                    .set("flags_hex", format!("{:#010x}", ev.flags))
                    .set("flag_names", flag_names(ev.flags))
                    .set("node_id", ev.node_id)
                    .set("extra", ev.extra)
                    .set("version", version.number())
                    .set("page", index)
                    .set("offset", ev.offset)
                    .set("fseventsd_uuid", uuid.clone())
                    .name("volume", "volume_b64", store.volume.as_os_str())
                    .set("volume_kind", store.kind);
                ctx.emit(STREAM, store.info.add_to(rec));
            }
        }
    }
}

fn page_error(read: u64, e: &FseventsError) -> String {
    format!("{read} records read, then: {e}")
}

impl Collector for Fsevents {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        for store in self.stores(ctx) {
            if ctx.should_stop() {
                break;
            }
            let Some(files) = self.list(ctx, &store) else {
                continue;
            };
            let uuid = match &files.uuid {
                Some(p) => self
                    .read_uuid(ctx, p)
                    .map(Value::from)
                    .unwrap_or(Value::Null),
                None => Value::Null,
            };
            for p in &files.other {
                if p.file_name() == Some(OsStr::new("no_log")) {
                    ctx.info(format!(
                        "{}: present: fseventsd does not log this volume",
                        crate::kit::text::printable_os(p.as_os_str())
                    ));
                }
                ctx.archive(p);
            }
            for p in &files.pages {
                if ctx.should_stop() {
                    break;
                }
                self.parse_page_file(ctx, &store, &uuid, p);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::{testing, Status};
    use crate::testdata::fsevents::{gzip, page};

    fn write(root: &Path, rel: &str, data: &[u8]) -> PathBuf {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, data).unwrap();
        p
    }

    fn set_mtime(p: &Path, secs: i64) {
        let t = nix::sys::time::TimeSpec::new(secs, 250_000_000);
        nix::sys::stat::utimensat(
            None,
            p,
            &t,
            &t,
            nix::sys::stat::UtimensatFlags::NoFollowSymlink,
        )
        .unwrap();
    }

    #[test]
    fn every_store_every_volume_with_time_and_uuid() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        let p = write(
            r,
            ".fseventsd/0000000000000010",
            &gzip(&page(1, &[(b"Users/a/x.txt", 16, 0x0080_0001, 0, 0)])),
        );
        set_mtime(&p, 1_700_000_000);
        write(
            r,
            ".fseventsd/fseventsd-uuid",
            b"11111111-2222-3333-4444-555555555555\n",
        );
        write(r, ".fseventsd/no_log", b"");
        write(
            r,
            "System/Volumes/Data/.fseventsd/0000000000000020",
            &gzip(&page(
                3,
                &[(b"Users/alice/Downloads/tool.dmg", 32, 0x0080_0011, 77, 5)],
            )),
        );
        write(
            r,
            "Volumes/USB/.fseventsd/00000000000000a0",
            &gzip(&page(
                2,
                &[
                    (b"", 1, 0x0200_0000, 0, 0),
                    (b"tool.dmg", 2, 0x0080_0001, 9, 0),
                ],
            )),
        );
        std::os::unix::fs::symlink("/", r.join("Volumes/Macintosh HD")).unwrap();
        // Not a page file name: archived, not parsed.
        write(r, "Volumes/USB/.fseventsd/notes.txt", b"x");

        let (report, sink) = testing::run_on(r, &Fsevents);
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        let recs = sink.records(STREAM);
        assert_eq!(recs.len(), 4);
        let r0 = &recs[0];
        assert_eq!(r0["source"], "/.fseventsd/0000000000000010");
        assert_eq!(r0["timestamp"], "2023-11-14T22:13:20.250Z");
        assert_eq!(
            r0["timestamp_raw"],
            json!({"seconds": 1_700_000_000, "nanoseconds": 250_000_000})
        );
        assert_eq!(r0["time_source"], "page file mtime");
        assert_eq!(r0["path"], "Users/a/x.txt");
        assert_eq!(r0["full_path"], "/Users/a/x.txt");
        assert_eq!(r0["flag_names"], json!(["Created", "IsFile"]));
        assert_eq!(r0["flags_hex"], "0x00800001");
        assert_eq!(r0["node_id"], Value::Null);
        assert_eq!(r0["version"], 1);
        assert_eq!(r0["fseventsd_uuid"], "11111111-2222-3333-4444-555555555555");
        assert_eq!(r0["volume_kind"], "root");
        let r1 = &recs[1];
        assert_eq!(
            r1["full_path"],
            "/System/Volumes/Data/Users/alice/Downloads/tool.dmg"
        );
        assert_eq!(r1["node_id"], 77);
        assert_eq!(r1["extra"], 5);
        assert_eq!(r1["flag_names"], json!(["Created", "Modified", "IsFile"]));
        assert_eq!(r1["fseventsd_uuid"], Value::Null);
        let (r2, r3) = (&recs[2], &recs[3]);
        assert_eq!(r2["full_path"], "/Volumes/USB");
        assert_eq!(r2["flag_names"], json!(["Mount"]));
        assert_eq!(r3["full_path"], "/Volumes/USB/tool.dmg");
        assert_eq!(r3["volume"], "/Volumes/USB");
        assert_eq!(r3["volume_kind"], "mounted");
        assert!(r3.get("volume_removable").is_none());
        // Every file of every store is archived; nothing through the link.
        assert_eq!(
            sink.members(),
            vec![
                "[root]/.fseventsd/0000000000000010",
                "[root]/.fseventsd/fseventsd-uuid",
                "[root]/.fseventsd/no_log",
                "[root]/System/Volumes/Data/.fseventsd/0000000000000020",
                "[root]/Volumes/USB/.fseventsd/00000000000000a0",
                "[root]/Volumes/USB/.fseventsd/notes.txt",
                "parsed/fsevents.jsonl",
            ]
        );
    }

    #[test]
    fn a_bad_file_is_an_error_and_the_others_are_read() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        let good = gzip(&page(2, &[(b"a", 1, 1, 1, 0), (b"b", 2, 1, 2, 0)]));
        write(r, ".fseventsd/0000000000000001", &good[..good.len() - 10]);
        write(r, ".fseventsd/0000000000000002", b"garbage, not a store");
        let mut long = page(2, &[(b"c", 3, 1, 3, 0)]);
        long[8..12].copy_from_slice(&100u32.to_le_bytes());
        write(r, ".fseventsd/0000000000000003", &gzip(&long));
        write(r, ".fseventsd/0000000000000004", &good);
        // A non-UTF-8 path on a volume with a non-UTF-8 name: kept exactly.
        let vol = r.join(OsStr::from_bytes(b"Volumes/v\xff/.fseventsd"));
        std::fs::create_dir_all(&vol).unwrap();
        std::fs::write(
            vol.join("0000000000000005"),
            gzip(&page(1, &[(b"caf\xe9", 5, 1, 0, 0)])),
        )
        .unwrap();
        let (report, sink) = testing::run_on(r, &Fsevents);
        assert_eq!(report.status, Status::Partial);
        let errs: Vec<(&str, &str)> = report
            .errors
            .iter()
            .map(|e| (e.path.as_deref().unwrap(), e.message.as_str()))
            .collect();
        assert_eq!(errs.len(), 3, "{errs:?}");
        assert_eq!(errs[0].0, "/.fseventsd/0000000000000001");
        assert_eq!(
            errs[1],
            (
                "/.fseventsd/0000000000000002",
                "not read: not an FSEvents store file: starts with \"garbage,\""
            )
        );
        assert_eq!(errs[2].0, "/.fseventsd/0000000000000003");
        assert!(
            errs[2]
                .1
                .starts_with("1 records read, then: page at offset 0x0: the page runs past"),
            "{}",
            errs[2].1
        );
        let recs = sink.records(STREAM);
        let paths: Vec<&str> = recs.iter().map(|r| r["path"].as_str().unwrap()).collect();
        // The truncated file gave what it held before the cut (inflate
        // output is flushed in blocks, so possibly nothing).
        assert!(
            paths.ends_with(&["c", "a", "b", "caf\u{fffd}"]),
            "{paths:?}"
        );
        let last = recs.last().unwrap();
        assert_eq!(last["path_b64"], "Y2Fm6Q==");
        assert_eq!(last["volume_b64"], "L1ZvbHVtZXMvdv8=");
        assert!(last.get("store").is_none());
        assert_eq!(last["full_path_b64"], "L1ZvbHVtZXMvdv8vY2Fm6Q==");
        assert_eq!(
            last["source_b64"],
            "L1ZvbHVtZXMvdv8vLmZzZXZlbnRzZC8wMDAwMDAwMDAwMDAwMDA1"
        );
    }

    #[test]
    fn full_paths() {
        let v = Path::new("/Volumes/USB");
        assert_eq!(full_path(v, b"a/b"), OsString::from("/Volumes/USB/a/b"));
        assert_eq!(full_path(v, b""), OsString::from("/Volumes/USB"));
        assert_eq!(
            full_path(v, b"/Volumes/Preboot"),
            OsString::from("/Volumes/Preboot")
        );
        assert_eq!(full_path(Path::new("/"), b"x"), OsString::from("/x"));
        assert!(is_page_name(OsStr::new("000000000002e1a0")));
        assert!(!is_page_name(OsStr::new("fseventsd-uuid")));
        assert!(!is_page_name(OsStr::new("000000000002e1a")));
    }
}
