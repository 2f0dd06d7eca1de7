//! `asl`: Apple System Log (ASL DB) stores.
//!
//! **What.** Binary log stores written by `syslogd` (messages sent through the
//! legacy `asl(3)`/`syslog(3)` API), by `powerd` (sleep, wake, dark wake,
//! battery and assertion history) and by DiagnosticMessages. Each record
//! carries a time to the nanosecond, the sender process, its PID/UID/GID, the
//! level and the message, plus free-form key/value pairs.
//!
//! **Where:**
//! - `/private/var/log/asl/*.asl`, with the `Logs/`, `BB.*` and `AUX.*`
//!   sub-stores (`AUX.*` directories also hold plain files attached to
//!   messages, which are archived raw);
//! - `/private/var/log/DiagnosticMessages/*.asl`;
//! - `/private/var/log/powermanagement/*.asl`;
//! - any other `*.asl` below `/private/var/log`.
//!
//! The tree is walked to a bounded depth; symbolic links are recorded as
//! links and never followed.
//!
//! **Versions.** ASL DB format version 2: Mac OS X 10.5 and later. Unified
//! logging took over in macOS 10.12, but `syslogd`, `powerd` and
//! DiagnosticMessages keep writing ASL files on current releases. The 10.4
//! `asl.db` (format version 1) is not handled.
//!
//! **Output** `parsed/asl.jsonl`, one record per message: `timestamp`
//! (RFC 3339 with nanoseconds) + `timestamp_raw` (`{"seconds", "nanoseconds"}`),
//! `host`, `sender`, `facility`, `level`, `level_name`, `pid`, `uid`, `gid`,
//! `read_uid`, `read_gid`, `ref_pid`, `ref_proc`, `session`, `message_id`,
//! `message`, `flags`, `offset`, `extra` (every other key/value pair),
//! `lossy` and `warnings` when relevant. Every file is also archived raw.
//! See `docs/collectors/asl.md`.
//!
//! **References.** See [`crate::formats::asl`] (libyal dtformats, plaso,
//! Apple `asl_file.c`).

use std::path::{Path, PathBuf};

use serde_json::{json, Map, Value};

use crate::formats::asl::{AslReader, AslRecord, SeekBuf};
use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::source::Kind;
use crate::kit::time;
use crate::kit::walk;
use crate::kit::{Collector, Ctx, Fatal};

pub struct Asl;

const STREAM: &str = "asl";
/// Where every ASL store lives.
const LOG_ROOT: &str = "/private/var/log";
/// How many directory levels below [`LOG_ROOT`] are walked
/// (`asl/BB.2019.12.31.G80/x.asl` is 2 levels down).
const MAX_DEPTH: usize = 4;
/// The store directories directly below [`LOG_ROOT`].
const STORE_DIRS: [&str; 3] = ["asl", "DiagnosticMessages", "powermanagement"];
/// How many directory entries the walk looks at before giving up.
const MAX_ENTRIES: usize = 200_000;

/// One file the walk found.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Found {
    /// An `*.asl` file: parse it.
    Store(PathBuf),
    /// Another file inside an `asl` directory: archive it raw.
    Raw(PathBuf),
    /// A symbolic link where a store or raw file could be: record the link.
    Link(PathBuf),
}

fn is_asl_name(name: &str) -> bool {
    name.len() > 4 && name.to_ascii_lowercase().ends_with(".asl")
}

/// The JSON form of one record's fields.
fn to_record(ctx: &Ctx<'_>, target: &Path, r: AslRecord) -> crate::Record {
    let t = r.timestamp();
    let mut rec = ctx.record(target, None).time(
        t,
        json!({"seconds": r.seconds, "nanoseconds": r.nanoseconds}),
    );
    if let Some(t) = t {
        rec.insert("timestamp", time::rfc3339_nanos(&t));
    }
    let level_name = r.level_name();
    let mut extra = Map::new();
    for (k, v) in r.extra {
        // A key may repeat: keep every value, in order.
        match extra.get_mut(&k) {
            None => {
                extra.insert(k, Value::String(v));
            }
            Some(Value::Array(a)) => a.push(Value::String(v)),
            Some(prev) => {
                let first = prev.take();
                *prev = Value::Array(vec![first, Value::String(v)]);
            }
        }
    }
    let mut rec = rec
        .set("host", r.host)
        .set("sender", r.sender)
        .set("facility", r.facility)
        .set("level", r.level)
        .set("level_name", level_name)
        .set("pid", r.pid)
        .set("uid", r.uid)
        .set("gid", r.gid)
        .set("read_uid", r.read_uid)
        .set("read_gid", r.read_gid)
        .set("ref_pid", r.ref_pid)
        .set("ref_proc", r.ref_proc)
        .set("session", r.session)
        .set("message_id", r.message_id)
        .set("message", r.message)
        .set("flags", r.flags)
        .set("offset", r.offset)
        .set("extra", Value::Object(extra));
    if r.lossy {
        rec.insert("lossy", true);
    }
    if !r.warnings.is_empty() {
        rec.insert("warnings", r.warnings);
    }
    rec
}

impl Asl {
    /// Every ASL store below [`LOG_ROOT`], in a stable order.
    fn walk(&self, ctx: &mut Ctx<'_>) -> Vec<Found> {
        let mut out = Vec::new();
        let limits = walk::Limits {
            max_depth: MAX_DEPTH,
            max_entries: MAX_ENTRIES,
        };
        // The directories inside an `asl` store directory.
        let mut asl_dirs: Vec<PathBuf> = Vec::new();
        walk::walk(ctx, Path::new(LOG_ROOT), limits, |ctx, e, depth| {
            let in_asl = asl_dirs.iter().any(|d| e.path.starts_with(d));
            let name = e.name.to_string_lossy();
            // A store directory that is a link is recorded as a link too.
            let wanted =
                in_asl || is_asl_name(&name) || (depth == 0 && STORE_DIRS.contains(&name.as_ref()));
            match e.kind {
                Kind::Dir => {
                    if depth == 0 && name == "asl" {
                        asl_dirs.push(e.path.clone());
                    }
                    // Outside a store, going deeper than the bound is not
                    // worth a line; inside one, the walk reports it.
                    if depth < MAX_DEPTH || in_asl {
                        return walk::Visit::Descend;
                    }
                }
                Kind::Symlink if wanted => out.push(Found::Link(e.path.clone())),
                Kind::File if is_asl_name(&name) => out.push(Found::Store(e.path.clone())),
                Kind::File if in_asl => out.push(Found::Raw(e.path.clone())),
                // A FIFO, socket or device where a store could be is
                // never opened, but it is worth an analyst's look.
                Kind::Other(what) if wanted => {
                    ctx.error(&e.path, format!("not a regular file ({what}); not opened"))
                }
                _ => {}
            }
            walk::Visit::Skip
        });
        out
    }

    fn parse_store(&self, ctx: &mut Ctx<'_>, target: &Path) {
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
        let mut reader = match AslReader::new(SeekBuf::with_capacity(64 * 1024, file)) {
            Ok(r) => r,
            Err(e) => {
                ctx.error(target, format!("not read: {e}"));
                return;
            }
        };
        let mut read = 0u64;
        let mut with_warnings = 0u64;
        let mut first_warning: Option<String> = None;
        let mut stopped = false;
        for item in reader.by_ref() {
            if read % 256 == 0 && ctx.should_stop() {
                stopped = true;
                break;
            }
            match item {
                Ok(r) => {
                    read += 1;
                    if !r.warnings.is_empty() {
                        with_warnings += 1;
                        if first_warning.is_none() {
                            first_warning = r.warnings.first().cloned();
                        }
                    }
                    let rec = to_record(ctx, target, r);
                    ctx.emit(STREAM, rec);
                }
                Err(e) => {
                    ctx.error(target, format!("{read} records read, then: {e}"));
                    break;
                }
            }
        }
        if stopped {
            ctx.error(
                target,
                format!("time limit reached after {read} records; the rest was not read"),
            );
        }
        if with_warnings > 0 {
            ctx.error(
                target,
                format!(
                    "{with_warnings} of {read} records have unreadable strings (left out, listed in \"warnings\"); first: {}",
                    first_warning.unwrap_or_default()
                ),
            );
        }
        if reader.header_is_stale() == Some(true) {
            ctx.info(format!(
                "{}: header's last-record offset does not match the last record (a \"dirty\" store); all records were read through the chain",
                target.display()
            ));
        }
    }
}

static DESCRIPTION: Description = Description {
    name: "asl",
    reads: "Apple System Log stores: /private/var/log/asl, DiagnosticMessages, powermanagement and other *.asl",
    outputs: &[STREAM],
    scope: Scope::AnyRoot,
    cost: Cost::Bulk,
};

impl Collector for Asl {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        for found in self.walk(ctx) {
            if ctx.should_stop() {
                break;
            }
            match found {
                Found::Store(p) => self.parse_store(ctx, &p),
                // `archive` records a symlink as a link, without following it.
                Found::Raw(p) | Found::Link(p) => {
                    ctx.archive(&p);
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::{testing, Status};
    use crate::testdata::asl::{Rec, Store};

    /// A store of `n` powerd messages.
    fn store(n: usize) -> Vec<u8> {
        let mut b = Store::new();
        let host = b.string(b"mac.local");
        let sender = b.string(b"powerd");
        let fac = b.string(b"com.apple.powerd");
        let k = b.string(b"Key");
        for i in 0..n {
            let msg = b.string(format!("message {i}").as_bytes());
            let v1 = b.string(b"one");
            let v2 = b.string(b"two");
            b.record(&Rec {
                message_id: i as u64 + 1,
                seconds: 1_569_488_400 + i as i64,
                nanoseconds: 5,
                level: 5,
                pid: 42,
                gid: 20,
                read_uid: -1,
                read_gid: -1,
                strings: [host, sender, fac, msg, 0, 0],
                kv: vec![k, v1, k, v2],
                ..Rec::default()
            });
        }
        b.into_bytes()
    }

    fn write(root: &Path, rel: &str, data: &[u8]) {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, data).unwrap();
    }

    #[test]
    fn fifos_in_a_store_are_reported_not_opened() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        write(r, "private/var/log/asl/2019.09.26.G80.asl", &store(1));
        let mode = nix::sys::stat::Mode::from_bits_truncate(0o600);
        nix::unistd::mkfifo(&r.join("private/var/log/asl/fifo.asl"), mode).unwrap();
        nix::unistd::mkfifo(&r.join("private/var/log/asl/StoreData"), mode).unwrap();
        // Outside a store and not named *.asl: not looked at.
        nix::unistd::mkfifo(&r.join("private/var/log/other.fifo"), mode).unwrap();
        let (report, sink) = testing::run_on(r, &Asl);
        assert_eq!(report.status, Status::Partial);
        let errs: Vec<(&str, &str)> = report
            .errors
            .iter()
            .map(|e| (e.path.as_deref().unwrap(), e.message.as_str()))
            .collect();
        assert_eq!(
            errs,
            vec![
                (
                    "/private/var/log/asl/StoreData",
                    "not a regular file (FIFO); not opened"
                ),
                (
                    "/private/var/log/asl/fifo.asl",
                    "not a regular file (FIFO); not opened"
                ),
            ]
        );
        assert_eq!(sink.records(STREAM).len(), 1);
    }

    #[test]
    fn walks_every_store_and_archives_aux_files() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        write(r, "private/var/log/asl/2019.09.26.G80.asl", &store(2));
        write(
            r,
            "private/var/log/asl/Logs/aslmanager.20190926T000000+00",
            b"x",
        );
        write(r, "private/var/log/asl/BB.2020.12.31.G80.asl", &store(1));
        write(r, "private/var/log/asl/AUX.2019.09.26/12345", b"attachment");
        write(
            r,
            "private/var/log/DiagnosticMessages/2019.09.26.asl",
            &store(1),
        );
        write(
            r,
            "private/var/log/powermanagement/2019.09.26.asl",
            &store(3),
        );
        write(r, "private/var/log/other/deep/x.asl", &store(1));
        write(r, "private/var/log/system.log", b"not collected here");
        std::os::unix::fs::symlink("/etc/passwd", r.join("private/var/log/asl/link.asl")).unwrap();
        // Too deep: 5 levels below /private/var/log.
        write(r, "private/var/log/a/b/c/d/e/too_deep.asl", &store(1));

        let (report, sink) = testing::run_on(r, &Asl);
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        let recs = sink.records(STREAM);
        assert_eq!(recs.len(), 8);
        assert_eq!(report.records, 8);
        let sources: Vec<&str> = recs.iter().map(|r| r["source"].as_str().unwrap()).collect();
        assert_eq!(
            sources,
            vec![
                "/private/var/log/DiagnosticMessages/2019.09.26.asl",
                "/private/var/log/asl/2019.09.26.G80.asl",
                "/private/var/log/asl/2019.09.26.G80.asl",
                "/private/var/log/asl/BB.2020.12.31.G80.asl",
                "/private/var/log/other/deep/x.asl",
                "/private/var/log/powermanagement/2019.09.26.asl",
                "/private/var/log/powermanagement/2019.09.26.asl",
                "/private/var/log/powermanagement/2019.09.26.asl",
            ]
        );
        let first = &recs[0];
        assert_eq!(first["timestamp"], "2019-09-26T09:00:00.000000005Z");
        assert_eq!(
            first["timestamp_raw"],
            json!({"seconds": 1_569_488_400, "nanoseconds": 5})
        );
        assert_eq!(first["host"], "mac.local");
        assert_eq!(first["sender"], "powerd");
        assert_eq!(first["facility"], "com.apple.powerd");
        assert_eq!(first["level"], 5);
        assert_eq!(first["level_name"], "Notice");
        assert_eq!(first["pid"], 42);
        assert_eq!(first["uid"], 0);
        assert_eq!(first["gid"], 20);
        assert_eq!(first["read_uid"], -1);
        assert_eq!(first["message"], "message 0");
        assert_eq!(first["ref_proc"], Value::Null);
        assert_eq!(first["extra"], json!({"Key": ["one", "two"]}));
        assert_eq!(first["user"], Value::Null);
        assert!(first.get("lossy").is_none());
        // 5 stores, the AUX file, the Logs file and the symlink.
        assert_eq!(report.files, 8);
        let members = sink.members();
        assert!(members.contains(&"[root]/private/var/log/asl/AUX.2019.09.26/12345".into()));
        assert!(members.contains(&"[root]/private/var/log/asl/link.asl".into()));
        assert!(!members.iter().any(|m| m.contains("too_deep")));
        assert!(!members.iter().any(|m| m.contains("system.log")));
    }

    #[test]
    fn a_linked_store_directory_is_recorded_not_followed() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        write(r, "elsewhere/2019.09.26.asl", &store(2));
        std::fs::create_dir_all(r.join("private/var/log")).unwrap();
        std::os::unix::fs::symlink(
            r.join("elsewhere"),
            r.join("private/var/log/powermanagement"),
        )
        .unwrap();
        let (report, sink) = testing::run_on(r, &Asl);
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        assert_eq!(report.records, 0);
        assert_eq!(report.files, 1);
        let items = sink.items.lock().unwrap();
        let link = items
            .iter()
            .find(|i| i.0.ends_with("powermanagement"))
            .unwrap();
        assert_eq!(link.3.as_deref(), Some(r.join("elsewhere").as_path()));
    }

    #[test]
    fn damage_is_reported_per_file() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        let good = store(3);
        // Cut inside the third record.
        let cut = &good[..good.len() - 20];
        write(r, "private/var/log/asl/a_cut.asl", cut);
        write(
            r,
            "private/var/log/asl/b_garbage.asl",
            b"not an asl store at all",
        );
        // A record whose message string points outside the file.
        let mut b = Store::new();
        let host = b.string(b"h");
        for seconds in [1, 2] {
            b.record(&Rec {
                seconds,
                level: 3,
                pid: 1,
                strings: [host, 0, 0, 0x00ff_ffff, 0, 0],
                ..Rec::default()
            });
        }
        write(r, "private/var/log/asl/c_warn.asl", b.bytes());
        write(r, "private/var/log/asl/d_ok.asl", &store(1));

        let (report, sink) = testing::run_on(r, &Asl);
        assert_eq!(report.status, Status::Partial);
        assert_eq!(report.errors.len(), 3, "{:?}", report.errors);
        let e = &report.errors[0];
        assert_eq!(e.path.as_deref(), Some("/private/var/log/asl/a_cut.asl"));
        assert!(
            e.message.starts_with("2 records read, then: "),
            "{}",
            e.message
        );
        let e = &report.errors[1];
        assert_eq!(
            e.path.as_deref(),
            Some("/private/var/log/asl/b_garbage.asl")
        );
        assert!(e.message.contains("not an ASL DB file"), "{}", e.message);
        let e = &report.errors[2];
        assert_eq!(e.path.as_deref(), Some("/private/var/log/asl/c_warn.asl"));
        assert!(e
            .message
            .starts_with("2 of 2 records have unreadable strings"));
        let recs = sink.records(STREAM);
        // 2 from the cut file, 2 with warnings, 1 good.
        assert_eq!(recs.len(), 5);
        assert_eq!(recs[2]["message"], Value::Null);
        assert_eq!(recs[2]["warnings"].as_array().unwrap().len(), 1);
        assert_eq!(recs[4]["source"], "/private/var/log/asl/d_ok.asl");
        // Damaged files are archived all the same.
        assert_eq!(report.files, 4);
    }

    fn realdata(rel: &str) -> PathBuf {
        crate::testdata::path(rel)
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn realdata_stores() {
        let (a, b) = (
            realdata("asl/applesystemlog.asl"),
            realdata("asl/2019.09.26.asl"),
        );
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        write(
            r,
            "private/var/log/asl/applesystemlog.asl",
            &std::fs::read(a).unwrap(),
        );
        write(
            r,
            "private/var/log/powermanagement/2019.09.26.asl",
            &std::fs::read(&b).unwrap(),
        );
        let (report, sink) = testing::run_on(r, &Asl);
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        let recs = sink.records(STREAM);
        assert_eq!(recs.len(), 2 + 318);
        assert_eq!(report.files, 2);
        let first = &recs[0];
        assert_eq!(first["source"], "/private/var/log/asl/applesystemlog.asl");
        assert_eq!(first["timestamp"], "2013-11-25T09:45:35.705481000Z");
        assert_eq!(first["message_id"], 101406);
        assert_eq!(first["host"], "DarkTemplar-2.local");
        assert_eq!(first["sender"], "locationd");
        assert_eq!(first["facility"], "com.apple.locationd");
        assert_eq!(first["level"], 4);
        assert_eq!(first["level_name"], "Warning");
        assert_eq!(first["pid"], 69);
        assert_eq!(
            (first["uid"].clone(), first["gid"].clone()),
            (json!(205), json!(205))
        );
        assert_eq!(first["read_uid"], 205);
        assert_eq!(first["read_gid"], -1);
        assert_eq!(first["offset"], 442);
        assert_eq!(
            first["extra"],
            json!({
                "CFLog Local Time": "2013-11-25 09:45:35.701",
                "CFLog Thread": "1007",
                "Sender_Mach_UUID": "50E1F76A-60FF-368C-B74E-EB48F6D98C51",
            })
        );
        assert!(first["message"]
            .as_str()
            .unwrap()
            .starts_with("Incorrect NSStringEncoding value 0x8000100 detected."));
        assert_eq!(recs[1]["message_id"], 102643);
        assert_eq!(recs[1]["timestamp"], "2013-11-25T17:12:43.571140000Z");
        let p = &recs[2];
        assert_eq!(
            p["source"],
            "/private/var/log/powermanagement/2019.09.26.asl"
        );
        assert_eq!(p["timestamp"], "2019-09-25T22:50:16.006304000Z");
        assert_eq!(
            p["timestamp_raw"],
            json!({"seconds": 1_569_451_816, "nanoseconds": 6_304_000})
        );
        assert_eq!(p["message_id"], 2586);
        assert_eq!(p["offset"], 783);
        assert_eq!(p["host"], "Deans-MacBook-Pro");
        assert_eq!(p["sender"], "powerd");
        assert_eq!(p["facility"], "com.apple.iokit.power");
        assert_eq!(p["message"], Value::Null);
        assert_eq!(p["level_name"], "Notice");
        assert_eq!(p["pid"], 55);
        assert_eq!(p["read_uid"], -1);
        assert_eq!(p["read_gid"], 80);
        assert_eq!(p["flags"], 2);
        assert_eq!(p["extra"].as_object().unwrap().len(), 24);
        assert_eq!(p["extra"]["SystemTransition"], "Sleep");
        assert_eq!(recs[3]["message"], "[System: PrevIdle SRPrevSleep kCPU]");
        assert_eq!(recs[319]["message_id"], 2903);
        assert!(recs.iter().all(|r| r.get("warnings").is_none()));
        assert!(recs.iter().all(|r| r.get("lossy").is_none()));

        // Cut inside record #100 (at offset 48782): exactly 100 records
        // survive, and one error names the file.
        let data = std::fs::read(&b).unwrap();
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        write(
            r,
            "private/var/log/powermanagement/cut.asl",
            &data[..48_792],
        );
        let (report, sink) = testing::run_on(r, &Asl);
        assert_eq!(report.status, Status::Partial);
        assert_eq!(sink.records(STREAM).len(), 100);
        assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
        let e = &report.errors[0];
        assert_eq!(
            e.path.as_deref(),
            Some("/private/var/log/powermanagement/cut.asl")
        );
        assert!(
            e.message.starts_with("100 records read, then: "),
            "{}",
            e.message
        );
        // The archive holds the file as it was, cut.
        let items = sink.items.lock().unwrap();
        let raw = items.iter().find(|i| i.0.ends_with("cut.asl")).unwrap();
        assert_eq!(raw.2.len(), 48_792);
    }
}
