//! Opt-in: mac_apt, a real macOS analyser, reads our tarball through its UAC
//! input.
//!
//! Needs `$MACTRIAGE_REALDATA` (the real samples, see `tests/realdata.rs`)
//! and `$MACTRIAGE_MAC_APT`, a writable copy of mac_apt 1.29.x whose
//! requirements are installed in `$MACTRIAGE_MAC_APT_PYTHON` (a Python 3.12
//! virtualenv); `scripts/mac_apt.sh` prepares both and runs this test.
//!
//! The real-data root (without the ASL sample mac_apt loops on) is
//! collected, mac_apt runs BASICINFO USERS SAFARI CHROMIUM FIREFOX
//! QUARANTINE RECENTITEMS TCC UTMPX on the tarball, and its `mac_apt.db` must show:
//! - the macOS version and build of the root's `SystemVersion.plist`;
//! - exactly the accounts of the tarball's dslocal records (when run as
//!   root, so that folder owners are set on extraction; a home folder whose
//!   owner matched no record would appear as an extra "domain" user);
//! - per plugin and per source file, the row counts our own records in the
//!   tarball's `parsed/*.jsonl` give, by the relation written beside each.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::realdata::{build_root, Variant, DSLOCAL_USERS};
use common::*;

const PLUGINS: &[&str] = &[
    "BASICINFO",
    "USERS",
    "SAFARI",
    "CHROMIUM",
    "FIREFOX",
    "QUARANTINE",
    "RECENTITEMS",
    "TCC",
    "UTMPX",
];

/// mac_apt takes a few seconds on this root; a hang must fail the test.
const MAC_APT_LIMIT: Duration = Duration::from_secs(600);

struct MacApt {
    dir: PathBuf,
    python: PathBuf,
}

fn mac_apt() -> Option<MacApt> {
    let dir = PathBuf::from(std::env::var_os("MACTRIAGE_MAC_APT")?);
    let python = PathBuf::from(std::env::var_os("MACTRIAGE_MAC_APT_PYTHON")?);
    assert!(
        dir.join("mac_apt.py").is_file(),
        "MACTRIAGE_MAC_APT={} has no mac_apt.py",
        dir.display()
    );
    Some(MacApt { dir, python })
}

/// Run mac_apt's UAC input on `tarball`; returns its output folder.
fn run_mac_apt(m: &MacApt, tarball: &Path, work: &Path) -> PathBuf {
    let out = work.join("mac_apt-out");
    let log = std::fs::File::create(work.join("mac_apt.stdout")).unwrap();
    let started = Instant::now();
    let mut child = Command::new(&m.python)
        .arg("mac_apt.py")
        .arg("UAC")
        .arg(tarball)
        .arg("-o")
        .arg(&out)
        .args(PLUGINS)
        .current_dir(&m.dir)
        .stdin(Stdio::null())
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .unwrap();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if started.elapsed() > MAC_APT_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("mac_apt did not finish within {MAC_APT_LIMIT:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    eprintln!("mac_apt ran in {:.1?}", started.elapsed());
    let stdout = std::fs::read_to_string(work.join("mac_apt.stdout")).unwrap_or_default();
    assert!(status.success(), "mac_apt failed ({status}):\n{stdout}");
    assert!(
        out.join("mac_apt.db").is_file(),
        "no mac_apt.db; mac_apt said:\n{stdout}"
    );
    out
}

/// mac_apt's log (`Log.*.txt` in its output folder).
fn mac_apt_log(out: &Path) -> String {
    let mut text = String::new();
    for e in std::fs::read_dir(out).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("Log.") && name.ends_with(".txt") {
            text.push_str(&std::fs::read_to_string(&p).unwrap());
        }
    }
    assert!(!text.is_empty(), "no mac_apt log in {}", out.display());
    text
}

/// (Source, Type) -> rows of one mac_apt table; an absent table is empty.
fn mac_apt_rows(
    db: &rusqlite::Connection,
    table: &str,
    with_type: bool,
) -> BTreeMap<(String, String), u64> {
    let exists: bool = db
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
            [table],
            |r| r.get::<_, i64>(0),
        )
        .unwrap()
        > 0;
    if !exists {
        return BTreeMap::new();
    }
    let ty = if with_type { "Type" } else { "''" };
    let mut stmt = db
        .prepare(&format!(
            "SELECT Source, {ty}, count(*) FROM \"{table}\" GROUP BY 1, 2"
        ))
        .unwrap();
    let rows = stmt
        .query_map([], |r| {
            Ok((
                (r.get::<_, String>(0)?, r.get::<_, String>(1)?),
                r.get::<_, i64>(2)? as u64,
            ))
        })
        .unwrap();
    rows.map(|r| r.unwrap()).collect()
}

/// Our records of `stream` that pass `filter`, counted by source.
fn ours(
    members: &BTreeMap<String, Member>,
    stream: &str,
    filter: impl Fn(&serde_json::Value) -> bool,
) -> BTreeMap<String, u64> {
    let mut out = BTreeMap::new();
    for r in jsonl(members, stream) {
        if filter(&r) {
            *out.entry(r["source"].as_str().unwrap().to_string())
                .or_default() += 1;
        }
    }
    out
}

/// A database archived in the tarball, copied out (with its `-wal` and
/// `-journal` members) and opened.
fn archived_db(
    members: &BTreeMap<String, Member>,
    source: &str,
    dir: &Path,
) -> rusqlite::Connection {
    let n = std::fs::read_dir(dir).unwrap().count();
    let base = dir.join(format!("db{n}"));
    std::fs::write(&base, &members[&format!("[root]{source}")].data).unwrap();
    for suffix in ["-wal", "-journal"] {
        if let Some(m) = members.get(&format!("[root]{source}{suffix}")) {
            let mut p = base.clone().into_os_string();
            p.push(suffix);
            std::fs::write(p, &m.data).unwrap();
        }
    }
    rusqlite::Connection::open(&base).unwrap()
}

/// True when `table` has every one of `columns`.
fn has_columns(db: &rusqlite::Connection, table: &str, columns: &[&str]) -> bool {
    let mut stmt = db
        .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
        .unwrap();
    let have: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    columns.iter().all(|c| have.iter().any(|h| h == c))
}

fn count(db: &rusqlite::Connection, sql: &str) -> u64 {
    db.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap() as u64
}

/// Compare mac_apt's rows with the expected ones, print both, and return
/// the totals (mac_apt, ours).
fn compare(
    plugin: &str,
    got: &BTreeMap<(String, String), u64>,
    expected: &BTreeMap<(String, String), u64>,
    ours_total: u64,
) -> (u64, u64) {
    let got: BTreeMap<_, _> = got.iter().filter(|(_, n)| **n > 0).collect();
    let expected: BTreeMap<_, _> = expected.iter().filter(|(_, n)| **n > 0).collect();
    let total: u64 = got.values().copied().sum();
    eprintln!("{plugin}: mac_apt {total} rows, ours {ours_total} records");
    for ((source, ty), n) in &expected {
        eprintln!(
            "  {ty:>8} {source}: expected {n}, mac_apt {:?}",
            got.get(&(source.clone(), ty.clone()))
        );
    }
    assert_eq!(got, expected, "{plugin}: mac_apt rows by (source, type)");
    (total, ours_total)
}

#[test]
#[cfg_attr(
    not(all(realdata, mac_apt)),
    ignore = "needs MACTRIAGE_REALDATA and MACTRIAGE_MAC_APT: run scripts/mac_apt.sh"
)]
fn mac_apt_reads_the_tarball() {
    let real = realdata_dir();
    let m = mac_apt().expect("MACTRIAGE_MAC_APT and MACTRIAGE_MAC_APT_PYTHON");
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    build_root(&real, &root, Variant::ForMacApt);
    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let run = collect(&root, &out, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let tarball = run.tarball();
    let members = members_map(&tarball);
    let body = String::from_utf8(members["bodyfile/bodyfile.txt"].data.clone()).unwrap();
    assert!(
        !body.contains("\\|"),
        "a path with `|` makes mac_apt refuse the whole tarball"
    );

    let ma_out = run_mac_apt(&m, &tarball, work.path());
    let log = mac_apt_log(&ma_out);
    assert!(
        !log.contains("Could not find OSX/macOS installation"),
        "{log}"
    );
    let db = rusqlite::Connection::open(ma_out.join("mac_apt.db")).unwrap();

    // The version, from the real SystemVersion.plist (SOURCES.md: 14.7.4,
    // build 23H420), which mac_apt names Sonoma.
    assert!(
        log.contains("macOS version detected is: Sonoma (14.7.4) Build=23H420"),
        "{log}"
    );
    let info = |name: &str| -> String {
        db.query_row("SELECT Data FROM Basic_Info WHERE Name = ?1", [name], |r| {
            r.get(0)
        })
        .unwrap()
    };
    assert_eq!(info("macOS Version"), "14.7.4");
    assert_eq!(info("macOS Build Version"), "23H420");
    eprintln!(
        "mac_apt: macOS {} build {}",
        info("macOS Version"),
        info("macOS Build Version")
    );

    // The accounts: one per dslocal record in the tarball, with its uid and
    // home (mac_apt writes /var/... homes as /private/var/...).
    let mut expected_users = BTreeMap::new();
    let prefix = format!("[root]/{DSLOCAL_USERS}/");
    for (member, data) in members.iter().filter(|(k, _)| k.starts_with(&prefix)) {
        let v: plist::Value = plist::from_bytes(&data.data).unwrap();
        let d = v.as_dictionary().unwrap();
        let first = |k: &str| {
            d.get(k).unwrap().as_array().unwrap()[0]
                .as_string()
                .unwrap()
                .to_string()
        };
        let home = first("home");
        let home = match home.strip_prefix("/var/") {
            Some(rest) => format!("/private/var/{rest}"),
            None => home,
        };
        assert!(
            expected_users
                .insert(first("name"), (first("uid"), home))
                .is_none(),
            "{member}"
        );
    }
    assert_eq!(expected_users.len(), 5);
    let mut stmt = db
        .prepare("SELECT Username, UID, Homedir FROM Users")
        .unwrap();
    let found: Vec<(String, (String, String))> = stmt
        .query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    eprintln!("mac_apt accounts: {found:?}");
    let as_root = nix::unistd::geteuid().is_root();
    if as_root {
        // Home folders carry their owners, so no folder looks like an
        // account of its own.
        let found_map: BTreeMap<_, _> = found.iter().cloned().collect();
        assert_eq!(found.len(), found_map.len(), "{found:?}");
        assert_eq!(found_map, expected_users);
    } else {
        // Not root: neither our root's folders nor mac_apt's extraction can
        // carry other owners than ours, so mac_apt adds the first home
        // folder it lists as an account with our uid.
        for (name, v) in &expected_users {
            assert!(found.contains(&(name.clone(), v.clone())), "{name}");
        }
        let uid = nix::unistd::geteuid().as_raw().to_string();
        for (name, (u, _)) in &found {
            assert!(
                expected_users.contains_key(name.as_str()) || *u == uid,
                "{name}"
            );
        }
        eprintln!("not root: home folder owners not checked");
    }

    let dbs = tempfile::tempdir().unwrap();
    let browser = |b: &'static str| move |r: &serde_json::Value| r["browser"] == b;
    let key = |s: &str, t: &str| (s.to_string(), t.to_string());
    let mut report = Vec::new();

    // SAFARI: one HISTORY row per history_visits row (LEFT JOIN
    // history_items), as ours; one DOWNLOAD row per DownloadHistory entry
    // of Downloads.plist, as ours.
    let mut expected = BTreeMap::new();
    // Our deleted-history records (history_tombstones) have no mac_apt
    // counterpart.
    let safari_h = ours(&members, "browser_history", |r| {
        r["browser"] == "Safari" && r["deleted"] != true
    });
    let safari_d = ours(&members, "browser_downloads", browser("Safari"));
    for (s, n) in &safari_h {
        expected.insert(key(s, "HISTORY"), *n);
    }
    for (s, n) in &safari_d {
        expected.insert(key(s, "DOWNLOAD"), *n);
    }
    let ours_total = safari_h.values().sum::<u64>() + safari_d.values().sum::<u64>();
    report.push((
        "SAFARI",
        compare(
            "SAFARI",
            &mac_apt_rows(&db, "Safari", true),
            &expected,
            ours_total,
        ),
    ));

    // CHROMIUM (tables Chrome and Edge), per History database:
    // - HISTORY rows are `urls LEFT JOIN visits`: every visit whose url row
    //   exists, plus one row per url never visited; ours are every visit.
    //   So mac_apt = ours - visits without a url row + urls without a visit.
    // - DOWNLOAD rows are downloads with a url chain entry at index 0; ours
    //   are every download. So mac_apt = ours - downloads without one.
    // - mac_apt's history query names `visits.visit_duration` (absent from
    //   the samples of schema versions 16 and 20) and its downloads query
    //   `downloads_url_chains` (absent from version 22); on such a schema the query
    //   fails (mac_apt logs the error) and the database gives no row: its
    //   downloads query runs only after the history query succeeded.
    let mut got = mac_apt_rows(&db, "Chrome", true);
    got.extend(mac_apt_rows(&db, "Edge", true));
    let mut expected = BTreeMap::new();
    let mut ours_total = 0;
    let chromium =
        |r: &serde_json::Value| r["browser"] == "Google Chrome" || r["browser"] == "Microsoft Edge";
    let ch = ours(&members, "browser_history", chromium);
    let cd = ours(&members, "browser_downloads", chromium);
    let mut sources: Vec<&String> = ch.keys().chain(cd.keys()).collect();
    sources.sort();
    sources.dedup();
    let mut failed_history = 0;
    let mut failed_downloads = 0;
    for s in sources {
        let (v, d) = (
            ch.get(s).copied().unwrap_or(0),
            cd.get(s).copied().unwrap_or(0),
        );
        ours_total += v + d;
        let c = archived_db(&members, s, dbs.path());
        let history_ok = has_columns(&c, "urls", &["id", "url", "title", "visit_count", "hidden"])
            && has_columns(
                &c,
                "visits",
                &["id", "url", "visit_time", "visit_duration", "from_visit"],
            );
        let downloads_ok = history_ok
            && has_columns(
                &c,
                "downloads",
                &[
                    "id",
                    "current_path",
                    "target_path",
                    "start_time",
                    "end_time",
                    "received_bytes",
                    "total_bytes",
                    "referrer",
                ],
            )
            && has_columns(&c, "downloads_url_chains", &["id", "chain_index", "url"]);
        if history_ok {
            let orphan_visits = count(
                &c,
                "SELECT count(*) FROM visits v WHERE NOT EXISTS (SELECT 1 FROM urls u WHERE u.id = v.url)",
            );
            let unvisited = count(
                &c,
                "SELECT count(*) FROM urls u WHERE NOT EXISTS (SELECT 1 FROM visits v WHERE v.url = u.id)",
            );
            let n = (v + unvisited).checked_sub(orphan_visits);
            expected.insert(key(s, "HISTORY"), n.expect("more orphan visits than ours"));
        } else {
            failed_history += 1;
        }
        if downloads_ok {
            let no_chain = count(
                &c,
                "SELECT count(*) FROM downloads d WHERE NOT EXISTS \
                 (SELECT 1 FROM downloads_url_chains c WHERE c.id = d.id AND c.chain_index = 0)",
            );
            let n = d
                .checked_sub(no_chain)
                .expect("more downloads without a chain than ours");
            expected.insert(key(s, "DOWNLOAD"), n);
        } else if d > 0 {
            failed_downloads += 1;
        }
    }
    if failed_history > 0 {
        assert!(log.contains("no such column: v.visit_duration"), "{log}");
    }
    if failed_downloads > failed_history {
        assert!(log.contains("no such table: downloads_url_chains"), "{log}");
    }
    eprintln!(
        "CHROMIUM: {failed_history} databases too old for mac_apt's history query, {failed_downloads} with downloads it cannot query"
    );
    report.push(("CHROMIUM", compare("CHROMIUM", &got, &expected, ours_total)));

    // FIREFOX, per places.sqlite: one row per moz_historyvisits row whose
    // moz_places row exists with a url; ours are every visit. Its query
    // names moz_places.description and preview_image_url (absent from the
    // Firefox 4 and 54 samples, present in 67); without them it fails and
    // gives no row. Downloads are not
    // rows of their own in mac_apt (a download's target path is a column
    // of its visit rows; the legacy downloads.sqlite is not read), so ours
    // in browser_downloads have no counterpart.
    let mut expected = BTreeMap::new();
    let ff = ours(&members, "browser_history", browser("Firefox"));
    let mut failed = 0;
    for (s, v) in &ff {
        let c = archived_db(&members, s, dbs.path());
        let ok = has_columns(&c, "moz_historyvisits", &["visit_date", "place_id"])
            && has_columns(
                &c,
                "moz_places",
                &[
                    "id",
                    "url",
                    "title",
                    "visit_count",
                    "last_visit_date",
                    "description",
                    "hidden",
                    "typed",
                    "frecency",
                    "preview_image_url",
                ],
            )
            && has_columns(
                &c,
                "moz_annos",
                &["content", "place_id", "anno_attribute_id"],
            )
            && has_columns(&c, "moz_anno_attributes", &["id", "name"]);
        if ok {
            let missing = count(
                &c,
                "SELECT count(*) FROM moz_historyvisits v WHERE NOT EXISTS \
                 (SELECT 1 FROM moz_places p WHERE p.id = v.place_id AND p.url IS NOT NULL)",
            );
            let n = v
                .checked_sub(missing)
                .expect("more place-less visits than ours");
            expected.insert(key(s, ""), n);
        } else {
            failed += 1;
        }
    }
    if failed > 0 {
        assert!(log.contains("no such column: moz_places."), "{log}");
    }
    eprintln!("FIREFOX: {failed} places databases too old for mac_apt's query");
    let ff_total = ff.values().sum();
    report.push((
        "FIREFOX",
        compare(
            "FIREFOX",
            &mac_apt_rows(&db, "Firefox", false),
            &expected,
            ff_total,
        ),
    ));

    // QUARANTINE and RECENTITEMS: one row per record, as ours.
    for (plugin, table, stream) in [
        ("QUARANTINE", "Quarantine", "quarantine_events"),
        ("RECENTITEMS", "RecentItems", "recent_items"),
    ] {
        let o = ours(&members, stream, |_| true);
        // mac_apt 1.29 does not read `.sfl4` files (its recentitems plugin
        // knows `.sfl` to `.sfl3`): none of their rows are expected.
        let expected = o
            .iter()
            .filter(|(s, _)| !s.ends_with(".sfl4"))
            .map(|(s, n)| (key(s, ""), *n))
            .collect();
        let total = o.values().sum();
        report.push((
            plugin,
            compare(plugin, &mac_apt_rows(&db, table, false), &expected, total),
        ));
    }

    // TCC: one row per access row, per database, as ours (no MDM
    // overrides in the samples).
    let o = ours(&members, "tcc", |r| r["kind"] == "access");
    let expected = o.iter().map(|(s, n)| (key(s, ""), *n)).collect();
    let total = o.values().sum();
    report.push((
        "TCC",
        compare("TCC", &mac_apt_rows(&db, "TCC", false), &expected, total),
    ));
    // UTMPX: one row per record after the signature, as ours; mac_apt's
    // table has no source column (it reads /private/var/run/utmpx only).
    let o = ours(&members, "login_history", |_| true);
    assert_eq!(o.keys().collect::<Vec<_>>(), ["/private/var/run/utmpx"]);
    let ours_utmpx: u64 = o.values().sum();
    let theirs = count(&db, "SELECT count(*) FROM Utmpx");
    eprintln!("UTMPX: mac_apt {theirs} rows, ours {ours_utmpx} records");
    assert_eq!(theirs, ours_utmpx, "UTMPX rows");
    report.push(("UTMPX", (theirs, ours_utmpx)));

    eprintln!("plugin       mac_apt  ours");
    for (p, (a, o)) in &report {
        eprintln!("{p:<12} {a:>7} {o:>5}");
    }
    // Sanity: the samples give rows in every plugin.
    assert!(report.iter().all(|(_, (a, _))| *a > 0), "{report:?}");
}
