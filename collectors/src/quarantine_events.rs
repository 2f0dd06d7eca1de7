//! LaunchServices quarantine events: what was downloaded, by which
//! application, from where.
//!
//! **Artifact.** When a quarantine-aware application (Safari, Chrome, Mail,
//! Messages, AirDrop, curl-like tools that opt in...) writes a file from the
//! network, LaunchServices sets the `com.apple.quarantine` extended attribute
//! on the file and adds a row to the per-user `LSQuarantineEvent` table. The
//! row outlives the file: it is often the only trace of a download that was
//! deleted. The xattr's last field is the row's `LSQuarantineEventIdentifier`.
//!
//! **Where.** `~/Library/Preferences/com.apple.LaunchServices.QuarantineEventsV2`
//! (OS X 10.7 and later, SQLite, usually in WAL mode) and the older
//! `~/Library/Preferences/com.apple.LaunchServices.QuarantineEvents`
//! (10.5/10.6). Both are read when present, in every home.
//!
//! **Versions.** The `LSQuarantineEvent` table has had the same eleven
//! columns from 10.7 to current macOS; columns are read by name, so a
//! missing or extra column does not matter.
//!
//! **Output** `parsed/quarantine_events.jsonl`, one record per row: `event_id`,
//! `timestamp` (+ `timestamp_raw`: the stored Mac absolute time, seconds since
//! 2001-01-01), `agent_name`, `agent_bundle_id`, `data_url`, `origin_url`,
//! `origin_title`, `origin_alias` (hex), `sender_name`, `sender_address`,
//! `type_number`, `type`. See `docs/collectors/quarantine_events.md`.
//!
//! **References.** plaso `parsers/sqlite_plugins/ls_quarantine.py`; mac_apt
//! `plugins/quarantine.py`; Apple's `LSQuarantine.h` (the
//! `kLSQuarantineType*` constants, whose order gives the type numbers).

use std::path::{Path, PathBuf};

use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::sqlite::Columns;
use crate::kit::time;
use crate::kit::users::UserHome;
use crate::kit::{Collector, Ctx, Fatal};

pub struct QuarantineEvents;

const STREAM: &str = "quarantine_events";

/// The databases, relative to a home directory.
const DATABASES: [&str; 2] = [
    "Library/Preferences/com.apple.LaunchServices.QuarantineEventsV2",
    "Library/Preferences/com.apple.LaunchServices.QuarantineEvents",
];

/// The name of an `LSQuarantineTypeNumber`, following the order of the
/// `kLSQuarantineType*` constants in `LSQuarantine.h`.
pub fn type_name(n: i64) -> Option<&'static str> {
    Some(match n {
        0 => "WebDownload",
        1 => "OtherDownload",
        2 => "EmailAttachment",
        3 => "InstantMessageAttachment",
        4 => "CalendarEventAttachment",
        5 => "OtherAttachment",
        _ => return None,
    })
}

/// Every column of interest: (stored column, output alias).
const COLUMNS: [(&str, &str); 11] = [
    ("LSQuarantineEventIdentifier", "event_id"),
    ("LSQuarantineTimeStamp", "ts"),
    ("LSQuarantineAgentBundleIdentifier", "agent_bundle_id"),
    ("LSQuarantineAgentName", "agent_name"),
    ("LSQuarantineDataURLString", "data_url"),
    ("LSQuarantineSenderName", "sender_name"),
    ("LSQuarantineSenderAddress", "sender_address"),
    ("LSQuarantineTypeNumber", "type_number"),
    ("LSQuarantineOriginTitle", "origin_title"),
    ("LSQuarantineOriginURLString", "origin_url"),
    ("LSQuarantineOriginAlias", "origin_alias"),
];

impl QuarantineEvents {
    fn parse_db(&self, ctx: &mut Ctx<'_>, user: &UserHome, target: &Path) {
        let Some(db) = ctx.open_sqlite(target) else {
            return;
        };
        let have = match db.table(ctx, "LSQuarantineEvent") {
            Ok(Some(c)) => c,
            Ok(None) => {
                ctx.error(
                    target,
                    "no LSQuarantineEvent table: not a quarantine database",
                );
                return;
            }
            Err(_) => return,
        };
        let cols = Columns::new().table(&have, "q", &COLUMNS);
        let sql = format!(
            "SELECT {} FROM LSQuarantineEvent q ORDER BY q.rowid",
            cols.sql()
        );
        db.for_each_row(ctx, "LSQuarantineEvent", &sql, &cols, |ctx, r| {
            let ts = r.f64("ts");
            let type_number = r.i64("type_number");
            let rec = ctx
                .record(target, Some(&user.name))
                .time(ts.and_then(time::from_mac_absolute), r.json("ts"))
                .sql_text("event_id", "event_id_b64", r.raw("event_id"))
                .sql_text("agent_name", "agent_name_b64", r.raw("agent_name"))
                .sql_text(
                    "agent_bundle_id",
                    "agent_bundle_id_b64",
                    r.raw("agent_bundle_id"),
                )
                .sql_text("data_url", "data_url_b64", r.raw("data_url"))
                .sql_text("origin_url", "origin_url_b64", r.raw("origin_url"))
                .sql_text("origin_title", "origin_title_b64", r.raw("origin_title"))
                .set("origin_alias", blob_hex(r.row(), r.index("origin_alias")))
                .sql_text("sender_name", "sender_name_b64", r.raw("sender_name"))
                .sql_text(
                    "sender_address",
                    "sender_address_b64",
                    r.raw("sender_address"),
                )
                .set("type_number", type_number)
                .set("type", type_number.and_then(type_name));
            ctx.emit(STREAM, rec);
            Ok(())
        });
    }
}

/// A column as hex, whatever its storage class (`None` when NULL).
fn blob_hex<I: rusqlite::RowIndex>(row: &rusqlite::Row<'_>, name: I) -> Option<String> {
    use rusqlite::types::ValueRef;
    match row.get_ref(name).ok()? {
        ValueRef::Blob(b) | ValueRef::Text(b) => Some(hex::encode(b)),
        ValueRef::Null => None,
        ValueRef::Integer(i) => Some(i.to_string()),
        ValueRef::Real(f) => Some(f.to_string()),
    }
}

static DESCRIPTION: Description = Description {
    name: "quarantine_events",
    reads: "LaunchServices quarantine events (QuarantineEventsV2): downloads and their origin (every home)",
    outputs: &[STREAM],
    scope: Scope::AnyRoot,
    cost: Cost::Cheap,
};

impl Collector for QuarantineEvents {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        for user in ctx.users() {
            if ctx.should_stop() {
                break;
            }
            for rel in DATABASES {
                if ctx.should_stop() {
                    break;
                }
                let target: PathBuf = user.home.join(rel);
                self.parse_db(ctx, user, &target);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::{testing, Status};
    use rusqlite::Connection;

    const SCHEMA: &str = "CREATE TABLE LSQuarantineEvent (
        LSQuarantineEventIdentifier TEXT PRIMARY KEY NOT NULL,
        LSQuarantineTimeStamp REAL, LSQuarantineAgentBundleIdentifier TEXT,
        LSQuarantineAgentName TEXT, LSQuarantineDataURLString TEXT,
        LSQuarantineSenderName TEXT, LSQuarantineSenderAddress TEXT,
        LSQuarantineTypeNumber INTEGER, LSQuarantineOriginTitle TEXT,
        LSQuarantineOriginURLString TEXT, LSQuarantineOriginAlias BLOB)";

    fn prefs(root: &Path, user: &str) -> PathBuf {
        let p = root.join("Users").join(user).join("Library/Preferences");
        std::fs::create_dir_all(&p).unwrap();
        p
    }

    #[test]
    fn rows_wal_rows_and_type_names() {
        let d = tempfile::tempdir().unwrap();
        let p = prefs(d.path(), "a");
        let conn = Connection::open(p.join("com.apple.LaunchServices.QuarantineEventsV2")).unwrap();
        conn.execute_batch(&format!(
            "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; {SCHEMA};
             INSERT INTO LSQuarantineEvent VALUES ('E1', 700000000.5, 'com.apple.Safari',
               'Safari', 'https://x.test/a.dmg', NULL, NULL, 0, 'T', 'https://x.test/', X'00ff');
             PRAGMA wal_checkpoint(TRUNCATE);
             INSERT INTO LSQuarantineEvent VALUES ('E2', 700000001, 'com.apple.mail', 'Mail',
               NULL, 'Bob', 'bob@x.test', 2, NULL, NULL, NULL);
             INSERT INTO LSQuarantineEvent (LSQuarantineEventIdentifier, LSQuarantineTypeNumber)
               VALUES ('E3', 42);"
        ))
        .unwrap();
        // An old-style database with fewer columns, in another home.
        let p = prefs(d.path(), "b");
        let old = Connection::open(p.join("com.apple.LaunchServices.QuarantineEvents")).unwrap();
        old.execute_batch(
            "CREATE TABLE LSQuarantineEvent (LSQuarantineEventIdentifier TEXT,
               LSQuarantineTimeStamp REAL, LSQuarantineAgentName TEXT, Extra TEXT);
             INSERT INTO LSQuarantineEvent VALUES ('O1', 1.0, 'Firefox', 'x');",
        )
        .unwrap();
        drop(old);

        let (report, sink) = testing::run_on(d.path(), &QuarantineEvents);
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        let recs = sink.records(STREAM);
        assert_eq!(recs.len(), 4);
        assert_eq!(recs[0]["event_id"], "E1");
        assert_eq!(recs[0]["timestamp"], "2023-03-08T20:26:40.500Z");
        assert_eq!(recs[0]["timestamp_raw"], 700000000.5);
        assert_eq!(recs[0]["type"], "WebDownload");
        assert_eq!(recs[0]["origin_alias"], "00ff");
        assert_eq!(recs[0]["user"], "a");
        // Rows only in the WAL.
        assert_eq!(recs[1]["type"], "EmailAttachment");
        assert_eq!(recs[1]["sender_address"], "bob@x.test");
        assert_eq!(recs[1]["timestamp_raw"], 700000001.0);
        assert_eq!(recs[2]["type_number"], 42);
        assert_eq!(recs[2]["type"], serde_json::Value::Null);
        assert_eq!(recs[2]["timestamp"], serde_json::Value::Null);
        assert_eq!(recs[3]["event_id"], "O1");
        assert_eq!(recs[3]["timestamp"], "2001-01-01T00:00:01Z");
        assert_eq!(recs[3]["data_url"], serde_json::Value::Null);
        drop(conn);
    }

    #[test]
    fn broken_databases_are_errors() {
        let d = tempfile::tempdir().unwrap();
        let p = prefs(d.path(), "a");
        std::fs::write(
            p.join("com.apple.LaunchServices.QuarantineEventsV2"),
            vec![7u8; 4096],
        )
        .unwrap();
        let p = prefs(d.path(), "b");
        let c = Connection::open(p.join("com.apple.LaunchServices.QuarantineEventsV2")).unwrap();
        c.execute_batch("CREATE TABLE other(x)").unwrap();
        drop(c);
        let p = prefs(d.path(), "c");
        let c = Connection::open(p.join("com.apple.LaunchServices.QuarantineEventsV2")).unwrap();
        c.execute_batch(&format!(
            "{SCHEMA}; INSERT INTO LSQuarantineEvent (LSQuarantineEventIdentifier) VALUES ('ok')"
        ))
        .unwrap();
        drop(c);
        let (report, sink) = testing::run_on(d.path(), &QuarantineEvents);
        assert_eq!(report.status, Status::Partial);
        assert_eq!(report.errors.len(), 2, "{:?}", report.errors);
        assert!(report.errors[0].message.contains("not a database"));
        assert!(report.errors[1]
            .message
            .contains("no LSQuarantineEvent table"));
        assert_eq!(sink.records(STREAM).len(), 1);
    }

    /// plaso's `quarantine.db` (OS X 10.8, 2013): 14 rows.
    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn realdata_plaso_quarantine_db() {
        let real = crate::testdata::dir();
        let d = tempfile::tempdir().unwrap();
        let p = prefs(d.path(), "u");
        std::fs::copy(
            Path::new(&real).join("quarantine/quarantine.db"),
            p.join("com.apple.LaunchServices.QuarantineEventsV2"),
        )
        .unwrap();
        let (report, sink) = testing::run_on(d.path(), &QuarantineEvents);
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        let recs = sink.records(STREAM);
        assert_eq!(recs.len(), 14);
        assert!(recs.iter().all(|r| r["type"] == "WebDownload"));
        assert_eq!(
            recs.iter().filter(|r| r["agent_name"] == "Safari").count(),
            1
        );
        // The row plaso checks (its event 10 in time order).
        let r = recs
            .iter()
            .find(|r| r["event_id"] == "C63B3AE4-5FAB-4DB6-9773-1D5E6500A46A")
            .unwrap();
        assert_eq!(r["agent_name"], "Google Chrome");
        assert_eq!(r["timestamp"], "2013-07-12T19:30:16Z");
        assert_eq!(r["timestamp_raw"], 395350216.0);
        assert_eq!(
            r["data_url"],
            "http://download.mackeeper.zeobit.com/package.php?key=460245286&trt=5&landpr=Speedtest"
        );
        assert_eq!(
            r["origin_url"],
            "http://mackeeperapp.zeobit.com/aff/speedtest.net.6/download.php?affid=460245286&trt=5&utm_campaign=3ES&tid_ext=P107fSKcSfqpMbcP3sI4fhKmeMchEB3dkAGpX4YIsvM;US;L;1"
        );
        assert_eq!(recs[0]["timestamp"], "2013-07-08T16:24:27.020743012Z");
    }
}
