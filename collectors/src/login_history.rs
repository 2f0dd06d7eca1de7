//! `login_history`: who logged in, when, on which terminal and from where;
//! boots, shutdowns and clock changes.
//!
//! **What.** The login accounting files: `utmpx` records (macOS 10.5+) and,
//! from older systems or copied in, BSD `wtmp`. Decoded natively by
//! [`crate::formats::utmpx`].
//!
//! **Where.**
//! - `/private/var/run/utmpx`: the current sessions and the boot,
//!   shutdown and time-change records since boot (cleared at boot);
//! - every file directly in `/private/var/log` whose name starts with
//!   `wtmp` or `utmp` (`wtmp`, `wtmp.0`, `utmpx`...). Compressed rotations
//!   (`.gz`, `.bz2`, `.xz`) are archived, not decoded.
//!
//! Since macOS 10.5 the login history (`last(1)`) lives in the Apple System
//! Log as `utmpx` messages (`/private/var/log/asl/BB.*`), which the `asl`
//! collector already writes to `parsed/asl.jsonl`; they are not repeated
//! here.
//!
//! **Output** `parsed/login_history.jsonl`, one record per record in the
//! file (the utmpx signature record excepted): see
//! `docs/collectors/login_history.md`.
//!
//! **References.** Apple Libc `utmpx.h`, `utmpx32.h`, `utmpx-darwin.c`;
//! plaso `parsers/utmpx.py` (its test on `utmpx_mac`: 6 entries); mac_apt
//! `plugins/utmpx.py`; AutoMacTC `mod_utmpx`.

use std::ffi::OsStr;
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use serde_json::Value;

use crate::formats::utmpx::{self, Decoded, UTMPX_RECORD, UTMP_RECORD};
use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::source::Kind;
use crate::kit::walk::{walk, Limits, Visit};
use crate::kit::{time, Collector, Ctx, Fatal};

pub struct LoginHistory;

const STREAM: &str = "login_history";

pub const RUN_UTMPX: &str = "/private/var/run/utmpx";
pub const LOG_DIR: &str = "/private/var/log";

/// Files larger than this are archived, not decoded (a utmpx file of
/// 100,000 sessions is 63 MB).
const MAX_PARSE: u64 = 256 << 20;

const COMPRESSED: [&str; 4] = [".gz", ".bz2", ".xz", ".zst"];

fn is_accounting_name(name: &[u8]) -> bool {
    name.starts_with(b"wtmp") || name.starts_with(b"utmp")
}

/// A BSD-style name (`wtmp`, `utmp`, their rotations), not `*tmpx`.
fn is_bsd_name(name: &[u8]) -> bool {
    is_accounting_name(name) && !name.starts_with(b"wtmpx") && !name.starts_with(b"utmpx")
}

impl LoginHistory {
    fn parse_file(&self, ctx: &mut Ctx<'_>, target: &Path) {
        let Some(acq) = ctx.acquire(target) else {
            return;
        };
        if acq.meta.size > MAX_PARSE {
            ctx.error(
                target,
                format!(
                    "{} bytes, over the {MAX_PARSE}-byte parsing limit; archived, not decoded",
                    acq.meta.size
                ),
            );
            return;
        }
        let mut data = Vec::new();
        if let Err(e) = acq
            .open()
            .and_then(|f| f.take(MAX_PARSE).read_to_end(&mut data))
        {
            ctx.error(target, format!("cannot read the staged copy: {e}"));
            return;
        }
        let bsd = target
            .file_name()
            .is_some_and(|n| is_bsd_name(n.as_bytes()));
        let decoded = match utmpx::decode(&data, bsd) {
            Ok(d) => d,
            Err(e) => {
                ctx.error(target, e);
                return;
            }
        };
        self.emit(ctx, target, &decoded);
    }

    fn emit(&self, ctx: &mut Ctx<'_>, target: &Path, d: &Decoded) {
        let format = match d.format {
            utmpx::Format::Utmpx => "utmpx",
            utmpx::Format::Utmp => "utmp",
        };
        for e in &d.entries {
            if e.is_signature() {
                continue;
            }
            let when = if (0..1_000_000).contains(&e.tv_usec) {
                time::from_unix_secs(e.tv_sec)
                    .and_then(|t| t.checked_add_signed(chrono::TimeDelta::microseconds(e.tv_usec)))
            } else {
                None
            };
            let mut rec = ctx
                .record(target, None)
                .time(when, e.micros())
                .name("user", "user_b64", OsStr::from_bytes(&e.user))
                .set("format", format)
                .set("event", e.event())
                .set("type", e.kind)
                .set("type_name", e.kind.and_then(utmpx::type_name))
                .name("terminal", "terminal_b64", OsStr::from_bytes(&e.line))
                .name("host", "host_b64", OsStr::from_bytes(&e.host))
                .set("pid", e.pid)
                .set("tv_sec", e.tv_sec)
                .set("tv_usec", e.tv_usec)
                .set("record_index", e.index)
                .set("offset", e.offset);
            if d.format == utmpx::Format::Utmpx {
                rec = rec
                    .set("terminal_id", e.id_number(d.endian))
                    .set("id_raw", hex::encode(e.id));
            }
            if e.user.is_empty() {
                rec.insert("user", Value::Null);
            }
            ctx.emit(STREAM, rec);
        }
        if d.tail > 0 {
            let size = match d.format {
                utmpx::Format::Utmpx => UTMPX_RECORD,
                utmpx::Format::Utmp => UTMP_RECORD,
            };
            ctx.error(
                target,
                format!(
                    "{} trailing bytes after {} whole {size}-byte {format} records: a partial record, not decoded",
                    d.tail,
                    d.entries.len()
                ),
            );
        }
    }
}

static DESCRIPTION: Description = Description {
    name: "login_history",
    reads: "login accounting: /private/var/run/utmpx and wtmp/utmpx files in /private/var/log (logins, logouts, boots, shutdowns)",
    outputs: &[STREAM],
    scope: Scope::AnyRoot,
    cost: Cost::Cheap,
};

impl Collector for LoginHistory {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        ctx.declare_output(STREAM);
        self.parse_file(ctx, Path::new(RUN_UTMPX));
        let mut found = Vec::new();
        walk(
            ctx,
            Path::new(LOG_DIR),
            Limits {
                max_depth: 0,
                max_entries: 200_000,
            },
            |_, e, _| {
                if is_accounting_name(e.name.as_bytes())
                    && matches!(e.kind, Kind::File | Kind::Symlink)
                {
                    found.push(e.path.clone());
                }
                Visit::Skip
            },
        );
        for path in found {
            if ctx.should_stop() {
                break;
            }
            let name = path.file_name().map(OsStr::as_bytes).unwrap_or_default();
            if COMPRESSED.iter().any(|s| name.ends_with(s.as_bytes())) {
                if ctx.archive(&path) {
                    ctx.info(format!(
                        "{}: compressed; archived, not decoded",
                        crate::kit::text::printable_os(path.as_os_str())
                    ));
                }
                continue;
            }
            self.parse_file(ctx, &path);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::{testing, Status};
    use crate::testdata::utmpx::{record as utmpx, signature};
    use serde_json::json;

    fn write(root: &Path, rel: &str, data: &[u8]) {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, data).unwrap();
    }

    #[test]
    fn run_utmpx_log_files_and_a_partial_tail() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        let mut run = signature();
        run.extend(utmpx("", [0; 4], "", 1, 2, 1_700_000_000, 0, ""));
        run.extend(utmpx(
            "eve",
            *b"s002",
            "ttys002",
            901,
            7,
            1_700_000_050,
            250_000,
            "198.51.100.7",
        ));
        run.extend(utmpx(
            "eve",
            *b"s002",
            "ttys002",
            901,
            8,
            1_700_000_900,
            5,
            "",
        ));
        run.extend_from_slice(&[0u8; 300]);
        write(r, &RUN_UTMPX[1..], &run);
        let mut wtmp = vec![0u8; UTMP_RECORD];
        wtmp[..7].copy_from_slice(b"console");
        wtmp[8..11].copy_from_slice(b"joe");
        wtmp[32..36].copy_from_slice(&1_100_000_060i32.to_le_bytes());
        write(r, "private/var/log/wtmp", &wtmp);
        write(r, "private/var/log/wtmp.0.gz", b"\x1f\x8bcompressed");
        write(r, "private/var/log/system.log", b"not accounting");
        let (report, sink) = testing::run_on(r, &LoginHistory);
        assert_eq!(report.status, Status::Partial);
        assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
        assert_eq!(report.errors[0].path.as_deref(), Some(RUN_UTMPX));
        assert_eq!(
            report.errors[0].message,
            "300 trailing bytes after 4 whole 628-byte utmpx records: a partial record, not decoded"
        );
        let recs = sink.records(STREAM);
        let got: Vec<serde_json::Value> = recs
            .iter()
            .map(|r| {
                json!([
                    r["event"],
                    r["user"],
                    r["terminal"],
                    r["host"],
                    r["timestamp"],
                    r["timestamp_raw"]
                ])
            })
            .collect();
        assert_eq!(
            got,
            vec![
                json!([
                    "boot",
                    null,
                    "",
                    "",
                    "2023-11-14T22:13:20Z",
                    1_700_000_000_000_000i64
                ]),
                json!([
                    "login",
                    "eve",
                    "ttys002",
                    "198.51.100.7",
                    "2023-11-14T22:14:10.250Z",
                    1_700_000_050_250_000i64
                ]),
                json!([
                    "logout",
                    "eve",
                    "ttys002",
                    "",
                    "2023-11-14T22:28:20.000005Z",
                    1_700_000_900_000_005i64
                ]),
                json!([
                    "login",
                    "joe",
                    "console",
                    "",
                    "2004-11-09T11:34:20Z",
                    1_100_000_060_000_000i64
                ]),
            ]
        );
        assert_eq!(recs[1]["type"], 7);
        assert_eq!(recs[1]["type_name"], "user_process");
        assert_eq!(recs[1]["pid"], 901);
        assert_eq!(recs[1]["format"], "utmpx");
        assert_eq!(recs[1]["record_index"], 2);
        assert_eq!(recs[1]["id_raw"], hex::encode(b"s002"));
        assert_eq!(recs[3]["format"], "utmp");
        assert_eq!(recs[3]["source"], "/private/var/log/wtmp");
        assert_eq!(recs[3]["type"], serde_json::Value::Null);
        // The compressed rotation is archived, not decoded.
        assert!(sink
            .members()
            .contains(&"[root]/private/var/log/wtmp.0.gz".to_string()));
        assert!(!sink.members().iter().any(|m| m.ends_with("system.log")));
    }

    #[test]
    fn empty_root_and_odd_names() {
        let d = tempfile::tempdir().unwrap();
        let (report, sink) = testing::run_on(d.path(), &LoginHistory);
        assert_eq!(report.status, Status::Ok);
        assert!(sink.records(STREAM).is_empty());
        // A user name that is not UTF-8 is kept exactly.
        let r = d.path();
        let mut rec = utmpx("", [0; 4], "console", 1, 7, 1_700_000_000, 0, "");
        rec[..4].copy_from_slice(b"caf\xe9");
        write(r, &RUN_UTMPX[1..], &rec);
        let (report, sink) = testing::run_on(r, &LoginHistory);
        assert_eq!(report.status, Status::Ok);
        let recs = sink.records(STREAM);
        assert_eq!(recs[0]["user"], "caf\u{fffd}");
        assert_eq!(recs[0]["user_b64"], "Y2Fm6Q==");
    }

    /// plaso's `utmpx_mac` (OS X, 2013): plaso asserts 6 entries (the
    /// signature record not counted), the first user entry `moxilo` on
    /// `console`, terminal id 65583, pid 67, type 7, at
    /// 2013-11-13T17:52:41.736713Z, with an empty host.
    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn realdata_plaso_utmpx() {
        let real = crate::testdata::dir();
        let d = tempfile::tempdir().unwrap();
        let data = std::fs::read(Path::new(&real).join("loginhistory/plaso_utmpx_mac")).unwrap();
        write(d.path(), &RUN_UTMPX[1..], &data);
        let (report, sink) = testing::run_on(d.path(), &LoginHistory);
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        let recs = sink.records(STREAM);
        assert_eq!(recs.len(), 6);
        let m = &recs[1];
        assert_eq!(m["user"], "moxilo");
        assert_eq!(m["terminal"], "console");
        assert_eq!(m["terminal_id"], 65583);
        assert_eq!(m["pid"], 67);
        assert_eq!(m["type"], 7);
        assert_eq!(m["event"], "login");
        assert_eq!(m["timestamp"], "2013-11-13T17:52:41.736713Z");
        assert_eq!(m["host"], "");
        // By reading the file: a boot record first.
        assert_eq!(recs[0]["event"], "boot");
    }

    /// The records of the bundled fixture, as a reviewed snapshot.
    #[test]
    fn snapshot_of_the_bundled_fixture() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/mac-basic");
        let (report, sink) = testing::run_on(&root, &LoginHistory);
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        insta::assert_json_snapshot!(sink.records(STREAM));
    }
}
