//! The binary artifacts of the bundled sample root, `fixtures/mac-basic`.
//!
//! Every collector that can run on a dead box has something to read there:
//! the hand-written text files (shell histories, SSH `known_hosts` and
//! `config`, host name and macOS version) are committed as they are; the
//! binary ones, which cannot be written by hand, are written by [`write`]
//! and committed too. The same
//! call always gives the same bytes (SQLite's random WAL salt is replaced
//! by a fixed one), so a test can check that the committed files are what
//! this generator writes.
//!
//! What is in them, as one story. On 2023-11-14, alice opens a mail
//! attachment, follows a link in Safari that redirects to a fake "update"
//! page and downloads `UpdateHelper.pkg`, downloads a zip through Chrome,
//! and (in her zsh history, committed separately) fetches and runs a shell
//! script; `sudo` and `sshd` log in the system log. On 2020-09-13, bob
//! downloads netcat with Firefox; the download's visit and annotations are
//! the newest rows of `places.sqlite` and exist only in its `-wal`. On
//! 2024-02-13, the Mac boots and alice logs in at the console; `olduser`'s
//! account is deleted, a hidden administrator `helpdesk` is created, logs in
//! over ssh, and an unsigned `/Users/Shared/.sysupdate/updater` is granted
//! Full Disk Access and Accessibility; alice's knowledge store has Safari
//! in focus while it visits the tool's download.
//!
//! | artifact | collector | records |
//! |---|---|---|
//! | alice's `QuarantineEventsV2` | `quarantine_events` | 3 |
//! | alice's `RecentDocuments.sfl2` (2 items), `RecentApplications.sfl2` (1) | `recent_items` | 3 |
//! | alice's Safari `History.db` (3 visits, one redirect) and `Downloads.plist` (1) | `browsers` | 3 + 1 |
//! | alice's Chrome `Default/History` (2 visits, 1 download with a 2-URL chain) | `browsers` | 2 + 1 |
//! | bob's Firefox `profiles.ini`, `places.sqlite` + `-wal` (3 visits, 1 download) | `browsers` | 3 + 1 |
//! | `/private/var/log/asl/2023.11.14.G80.asl` | `asl` | 3 |
//! | the dslocal records (users `_spotlight`, `alice`, `bob`, `helpdesk`, `root`; groups `admin`, `staff`), `com.apple.preferences.accounts.plist` and `com.apple.loginwindow.plist` | `accounts` | 10 |
//! | the system `TCC.db` (4 decisions) and alice's (2) | `tcc` | 6 |
//! | alice's `knowledgeC.db` (3 events) | `knowledgec` | 3 |
//! | `/private/var/run/utmpx` (a signature, a boot, 2 logins, a logout) | `login_history` | 4 |
//! | alice's `UpdateHelper.app` executable (ad hoc signed arm64 Mach-O), the `com.updatehelper.pkg` receipt and its `.bom` placeholder | `software` | 1 + 1 |
//! | the data volume's FSEvents page file (one version-2 page; its `fseventsd-uuid` is text, committed by hand) | `fsevents` | 6 |
//! | `ExecPolicy` (2 scans, 1 provenance row, settings), `SystemPolicy` (1 rule, 1 feature), `XPdb` (1 detection, settings), `.LastGKReject` (the XProtect bundle's plists and YARA file are text, committed by hand) | `security_logs` | 5 + 2 + 2 + 1 + 1 |
//! | `com.apple.wifi.known-networks.plist` (2 networks; `preferences.plist`, `NetworkInterfaces.plist` and `hosts` are text, committed by hand) | `network_config` | 2 |

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use mactriage_collectors::testdata::asl::{Rec, Store};
use mactriage_collectors::testdata::csreq::{blob, developer_id, identifier_and_anchor_apple};
use mactriage_collectors::testdata::keyed_archive::{sfl2, SflItem};
use mactriage_collectors::testdata::{bookmark, dslocal, fsevents, utmpx};
use plist::Value as P;
use rusqlite::{params, Connection};

use crate::artifacts::{
    fix_wal_salts, mkdirs, new_db, CHROME_SCHEMA, KNOWLEDGEC_SCHEMA, PLACES_SCHEMA,
    QUARANTINE_SCHEMA, SAFARI_SCHEMA, TCC_SCHEMA,
};

/// Unix time of 1601-01-01 (the WebKit epoch), negated, in seconds.
const WEBKIT_OFFSET: i64 = 11_644_473_600;
/// Unix time of 2001-01-01 (the Mac absolute time epoch).
const MAC_OFFSET: i64 = 978_307_200;
/// The fixed WAL salt.
const SALT: [u8; 8] = *b"MTFIXTUR";

/// 2023-11-14T00:00:00Z, the day of alice's story.
const ALICE_DAY: i64 = 1_699_920_000;
/// 2020-09-13T00:00:00Z, the day of bob's.
const BOB_DAY: i64 = 1_599_955_200;
/// 2024-02-13T00:00:00Z, the day a hidden administrator appears.
const HELPDESK_DAY: i64 = 1_707_782_400;

/// Unix time of `hh:mm:ss` UTC on `day`.
fn at(day: i64, hh: i64, mm: i64, ss: i64) -> i64 {
    day + hh * 3600 + mm * 60 + ss
}

/// Mac absolute time (seconds since 2001) of a Unix time.
fn mac(unix: i64) -> f64 {
    (unix - MAC_OFFSET) as f64
}

/// WebKit time (microseconds since 1601) of a Unix time.
fn webkit(unix: i64) -> i64 {
    (unix + WEBKIT_OFFSET) * 1_000_000
}

/// PRTime (microseconds since 1970) of a Unix time.
fn prtime(unix: i64) -> i64 {
    unix * 1_000_000
}

fn plist_date(unix: i64) -> plist::Value {
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(unix as u64);
    plist::Value::Date(t.into())
}

/// Write the fixture's binary artifacts below `root` (an existing sample
/// root). Returns their paths relative to `root`, sorted.
pub fn write(root: &Path) -> Result<Vec<PathBuf>> {
    let tmp = root.join(".fixtures-tmp");
    if tmp.exists() {
        fs::remove_dir_all(&tmp).with_context(|| format!("cannot remove {}", tmp.display()))?;
    }
    let mut written = Vec::new();
    let alice = Path::new("Users/alice/Library");
    let bob = Path::new("Users/bob/Library");

    let rel = alice.join("Preferences/com.apple.LaunchServices.QuarantineEventsV2");
    quarantine(&fresh(root, &rel)?)?;
    written.push(rel);

    let sfl = alice.join("Application Support/com.apple.sharedfilelist");
    for (name, items) in recent_items() {
        let rel = sfl.join(name);
        let path = fresh(root, &rel)?;
        sfl2(&items)
            .to_file_binary(&path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        written.push(rel);
    }

    let rel = alice.join("Safari/History.db");
    safari_history(&fresh(root, &rel)?)?;
    written.push(rel);
    let rel = alice.join("Safari/Downloads.plist");
    safari_downloads(&fresh(root, &rel)?)?;
    written.push(rel);

    let rel = alice.join("Application Support/Google/Chrome/Default/History");
    chrome(&fresh(root, &rel)?)?;
    written.push(rel);

    let firefox = bob.join("Application Support/Firefox");
    let rel = firefox.join("profiles.ini");
    fs::write(fresh(root, &rel)?, PROFILES_INI)?;
    written.push(rel);
    let profile = firefox.join("Profiles/k3x9w2pq.default-release");
    fresh(root, &profile.join("places.sqlite-wal"))?;
    places(&root.join(&profile), &tmp)?;
    written.push(profile.join("places.sqlite"));
    written.push(profile.join("places.sqlite-wal"));

    let rel = PathBuf::from("private/var/log/asl/2023.11.14.G80.asl");
    fs::write(fresh(root, &rel)?, asl_store())?;
    written.push(rel);

    let node = Path::new("private/var/db/dslocal/nodes/Default");
    for (kind, name, record) in directory_records()? {
        let rel = node.join(kind).join(format!("{name}.plist"));
        fs::write(fresh(root, &rel)?, record)?;
        written.push(rel);
    }
    for (rel, value) in system_preferences() {
        let rel = PathBuf::from(rel);
        let path = fresh(root, &rel)?;
        value
            .to_file_binary(&path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        written.push(rel);
    }

    let tcc = "Application Support/com.apple.TCC/TCC.db";
    let rel = Path::new("Library").join(tcc);
    system_tcc(&fresh(root, &rel)?)?;
    written.push(rel);
    let rel = alice.join(tcc);
    alice_tcc(&fresh(root, &rel)?)?;
    written.push(rel);

    let rel = alice.join("Application Support/Knowledge/knowledgeC.db");
    knowledge(&fresh(root, &rel)?)?;
    written.push(rel);

    let rel = PathBuf::from("private/var/run/utmpx");
    fs::write(fresh(root, &rel)?, utmpx_run())?;
    written.push(rel);

    let rel = PathBuf::from("System/Volumes/Data/.fseventsd/00000000000a1b2c");
    fs::write(fresh(root, &rel)?, fsevents_store())?;
    written.push(rel);

    // Software: the helper alice installed, its package receipt and bill
    // of materials (the Info.plist, the install history and the Homebrew
    // receipt are text, committed by hand).
    let rel =
        PathBuf::from("Users/alice/Applications/UpdateHelper.app/Contents/MacOS/UpdateHelper");
    let path = fresh(root, &rel)?;
    fs::write(&path, update_helper())?;
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o755))?;
    }
    written.push(rel);
    let receipts = Path::new("private/var/db/receipts");
    let rel = receipts.join("com.updatehelper.pkg.plist");
    package_receipt()
        .to_file_binary(fresh(root, &rel)?)
        .context("cannot write the package receipt")?;
    written.push(rel);
    let rel = receipts.join("com.updatehelper.pkg.bom");
    fs::write(fresh(root, &rel)?, bom_placeholder())?;
    written.push(rel);
    written.extend(security(root)?);

    let _ = fs::remove_dir_all(&tmp);
    written.sort();
    Ok(written)
}

// ---------------------------------------------------------------------------
// software

/// UpdateHelper's main executable: an arm64 Mach-O, ad hoc signed (no
/// team, no certificate), as a quick build of a tool would be.
fn update_helper() -> Vec<u8> {
    use mactriage_collectors::testdata::macho::{slice, Sign, CPU_ARM64};
    slice(CPU_ARM64, Sign::Adhoc, "com.updatehelper.UpdateHelper")
}

/// The receipt `installer` wrote for `UpdateHelper.pkg`, 22:20:00 on
/// alice's day (minutes after the download).
fn package_receipt() -> P {
    dict(vec![
        ("InstallDate", plist_date(at(ALICE_DAY, 22, 20, 0))),
        ("InstallPrefixPath", s("/")),
        ("InstallProcessName", s("installer")),
        ("PackageFileName", s("UpdateHelper.pkg")),
        ("PackageIdentifier", s("com.updatehelper.pkg")),
        ("PackageVersion", s("2.1")),
    ])
}

/// A bill of materials that is only a `BOMStore` header (version 1, no
/// blocks): the collector archives `.bom` files and does not parse them.
fn bom_placeholder() -> Vec<u8> {
    let mut b = b"BOMStore".to_vec();
    b.extend_from_slice(&1u32.to_be_bytes());
    b.extend_from_slice(&[0u8; 20]);
    b
}

/// Compare the artifacts under `committed` (the sample root) with what
/// [`write`] writes now. Returns one line per difference: empty when they
/// are the same bytes.
pub fn check(committed: &Path) -> Result<Vec<String>> {
    compare(committed, "fixtures", write)
}

/// Compare the artifacts under `committed` with what `write` writes into
/// a scratch directory: one line per difference, empty when they are the
/// same bytes. Shared by the sample roots' generators.
pub fn compare(
    committed: &Path,
    name: &str,
    write: impl Fn(&Path) -> Result<Vec<PathBuf>>,
) -> Result<Vec<String>> {
    let scratch = std::env::temp_dir().join(format!(
        "mactriage-{name}-check-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    ));
    fs::create_dir(&scratch).with_context(|| format!("cannot create {}", scratch.display()))?;
    let result = write(&scratch).map(|files| {
        let mut diffs = Vec::new();
        for rel in files {
            let want = fs::read(scratch.join(&rel)).unwrap_or_default();
            match fs::read(committed.join(&rel)) {
                Ok(got) if got == want => {}
                Ok(got) => diffs.push(format!(
                    "{}: {} bytes committed, {} bytes generated, contents differ",
                    rel.display(),
                    got.len(),
                    want.len()
                )),
                Err(e) => diffs.push(format!("{}: {e}", rel.display())),
            }
        }
        diffs
    });
    let _ = fs::remove_dir_all(&scratch);
    result
}

/// `root/rel`, with its parent created and any file there removed.
fn fresh(root: &Path, rel: &Path) -> Result<PathBuf> {
    let path = root.join(rel);
    mkdirs(path.parent().context("no parent")?)?;
    match fs::remove_file(&path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => bail!("cannot remove {}: {e}", path.display()),
    }
    Ok(path)
}

// ---------------------------------------------------------------------------
// alice

fn quarantine(path: &Path) -> Result<()> {
    let c = new_db(path)?;
    c.execute_batch(QUARANTINE_SCHEMA)?;
    let mut st = c.prepare(
        "INSERT INTO LSQuarantineEvent VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, NULL)",
    )?;
    // A mail attachment: Mail stores the sender, not a URL.
    st.execute(params![
        "0C5E7A1F-6B2D-4E35-9A0B-3F1C2D4E5A61",
        mac(at(ALICE_DAY, 21, 54, 12)),
        "com.apple.mail",
        "Mail",
        None::<&str>,
        "Billing Team",
        "billing@example.invalid",
        2,
        None::<&str>,
        None::<&str>,
    ])?;
    st.execute(params![
        "7D3B9E21-4A6C-4F0E-8B5D-2E9F1A3C5B70",
        mac(at(ALICE_DAY, 22, 2, 43)),
        "com.apple.Safari",
        "Safari",
        "https://cdn.example.invalid/UpdateHelper.pkg",
        None::<&str>,
        None::<&str>,
        0,
        "Software Update Required",
        "https://example.invalid/update/download",
    ])?;
    st.execute(params![
        "E1F20A3B-5C4D-4E6F-8A9B-0C1D2E3F4A5B",
        mac(at(ALICE_DAY, 22, 5, 33)),
        "com.google.Chrome",
        "Google Chrome",
        "https://dl.example.invalid/b/report.pdf.zip",
        None::<&str>,
        None::<&str>,
        0,
        None::<&str>,
        "https://files.example.invalid/s/7Hq2",
    ])?;
    Ok(())
}

/// The `.sfl2` lists: (file name, items).
fn recent_items() -> Vec<(&'static str, Vec<SflItem>)> {
    vec![
        (
            "com.apple.LSSharedFileList.RecentDocuments.sfl2",
            vec![
                SflItem::new(
                    bookmark::for_path(
                        &["Users", "alice", "Downloads", "Invoice_2023-11.zip"],
                        "alice",
                        mac(at(ALICE_DAY, 21, 55, 2)),
                    ),
                    "5B1E8F3A-2C7D-4A90-B6E1-9D4C3F2A1B08",
                ),
                SflItem::new(
                    bookmark::for_path(
                        &["Users", "alice", "Documents", "Q4 budget.xlsx"],
                        "alice",
                        mac(at(ALICE_DAY, 16, 20, 45)),
                    ),
                    "A9C4D2E1-7F3B-4C85-9E06-1B2A3C4D5E6F",
                ),
            ],
        ),
        (
            "com.apple.LSSharedFileList.RecentApplications.sfl2",
            vec![SflItem::new(
                bookmark::for_path(
                    &["System", "Applications", "Utilities", "Terminal.app"],
                    "alice",
                    mac(at(ALICE_DAY, 22, 12, 58)),
                ),
                "3E7F1A2B-4C5D-4E6F-A7B8-C9D0E1F2A3B4",
            )],
        ),
    ]
}

fn safari_history(path: &Path) -> Result<()> {
    let c = new_db(path)?;
    c.execute_batch(SAFARI_SCHEMA)?;
    let items = [
        (1, "http://example.invalid/update", "example", 1),
        (2, "https://example.invalid/update", "example", 1),
        (3, "https://example.invalid/update/download", "example", 1),
    ];
    for (id, url, exp, count) in items {
        c.execute(
            "INSERT INTO history_items (id, url, domain_expansion, visit_count, daily_visit_counts,
               should_recompute_derived_visit_counts, visit_count_score)
             VALUES (?1, ?2, ?3, ?4, X'01000000', 0, 100)",
            params![id, url, exp, count],
        )?;
    }
    // The plain-http link redirects to https (both ends name each other),
    // then the page sends the user on to the download.
    let t = at(ALICE_DAY, 22, 2, 10);
    // (id, item, time, title, redirect source, redirect destination)
    type Visit<'a> = (i64, i64, f64, Option<&'a str>, Option<i64>, Option<i64>);
    let visits: [Visit; 3] = [
        (1, 1, mac(t), None, None, Some(2)),
        (
            2,
            2,
            mac(t) + 0.5,
            Some("Software Update Required"),
            Some(1),
            None,
        ),
        (
            3,
            3,
            mac(at(ALICE_DAY, 22, 2, 41)),
            Some("Downloading UpdateHelper"),
            None,
            None,
        ),
    ];
    for (id, item, time, title, src, dst) in visits {
        c.execute(
            "INSERT INTO history_visits (id, history_item, visit_time, title, load_successful,
               http_non_get, redirect_source, redirect_destination, origin, generation, score)
             VALUES (?1, ?2, ?3, ?4, 1, 0, ?5, ?6, 0, 1, 100)",
            params![id, item, time, title, src, dst],
        )?;
    }
    Ok(())
}

fn safari_downloads(path: &Path) -> Result<()> {
    let target = ["Users", "alice", "Downloads", "UpdateHelper.pkg"];
    let mut e = plist::Dictionary::new();
    e.insert(
        "DownloadEntryBookmarkBlob".into(),
        plist::Value::Data(bookmark::for_path(
            &target,
            "alice",
            mac(at(ALICE_DAY, 22, 2, 45)),
        )),
    );
    e.insert(
        "DownloadEntryDateAddedKey".into(),
        plist_date(at(ALICE_DAY, 22, 2, 43)),
    );
    e.insert(
        "DownloadEntryDateFinishedKey".into(),
        plist_date(at(ALICE_DAY, 22, 2, 45)),
    );
    e.insert(
        "DownloadEntryIdentifier".into(),
        "2F6A8C1E-3B5D-4F7A-9C0E-1D2B3A4C5E6F".into(),
    );
    e.insert(
        "DownloadEntryPath".into(),
        format!("/{}", target.join("/")).into(),
    );
    e.insert("DownloadEntryProgressBytesSoFar".into(), 48_213.into());
    e.insert("DownloadEntryProgressTotalToLoad".into(), 48_213.into());
    e.insert("DownloadEntryRemoveWhenDoneKey".into(), false.into());
    e.insert(
        "DownloadEntrySandboxIdentifier".into(),
        "8E4C2A0B-1D3F-4B5A-9C7E-6F8D0A2B4C6E".into(),
    );
    e.insert(
        "DownloadEntryURL".into(),
        "https://cdn.example.invalid/UpdateHelper.pkg".into(),
    );
    let mut top = plist::Dictionary::new();
    top.insert(
        "DownloadHistory".into(),
        plist::Value::Array(vec![plist::Value::Dictionary(e)]),
    );
    plist::Value::Dictionary(top)
        .to_file_binary(path)
        .with_context(|| format!("cannot write {}", path.display()))
}

fn chrome(path: &Path) -> Result<()> {
    let c = new_db(path)?;
    c.execute_batch(CHROME_SCHEMA)?;
    let typed = at(ALICE_DAY, 22, 5, 0);
    let link = at(ALICE_DAY, 22, 5, 30);
    c.execute(
        "INSERT INTO urls (id, url, title, visit_count, typed_count, last_visit_time, hidden)
         VALUES (1, 'https://www.example.com/', 'Example Domain', 1, 1, ?1, 0),
                (2, 'https://files.example.invalid/s/7Hq2', 'Shared file: report.pdf', 1, 0, ?2, 0)",
        params![webkit(typed), webkit(link)],
    )?;
    // TYPED | CHAIN_START | CHAIN_END, then LINK | CHAIN_START | CHAIN_END.
    c.execute(
        "INSERT INTO visits (id, url, visit_time, from_visit, external_referrer_url, transition,
           segment_id, visit_duration, opener_visit, originator_visit_id, is_known_to_sync)
         VALUES (1, 1, ?1, 0, '', 805306369, 0, 30000000, 0, 0, 0),
                (2, 2, ?2, 1, '', 805306368, 0, 12000000, 0, 0, 0)",
        params![webkit(typed), webkit(link)],
    )?;
    let start = at(ALICE_DAY, 22, 5, 33);
    c.execute(
        "INSERT INTO downloads VALUES (1, 'C4A1E2F3-0B9D-4C8E-A7F6-5D4C3B2A1E0F',
           '/Users/alice/Downloads/report.pdf.zip', '/Users/alice/Downloads/report.pdf.zip',
           ?1, 1048576, 1048576, 1, 0, 0, X'', ?2, 1, ?2, 0,
           'https://files.example.invalid/s/7Hq2', 'https://files.example.invalid/', '',
           'https://files.example.invalid/s/7Hq2', '', 'GET', '', '', '', '\"5f2e\"', '',
           'application/zip', 'application/zip')",
        params![webkit(start), webkit(start + 2)],
    )?;
    c.execute_batch(
        "INSERT INTO downloads_url_chains VALUES
           (1, 0, 'https://files.example.invalid/s/7Hq2/download'),
           (1, 1, 'https://dl.example.invalid/b/report.pdf.zip');",
    )?;
    Ok(())
}

// ---------------------------------------------------------------------------
// bob

const PROFILES_INI: &str = "[Install2656FF1E876E9973]
Default=Profiles/k3x9w2pq.default-release
Locked=1

[Profile0]
Name=default-release
IsRelative=1
Path=Profiles/k3x9w2pq.default-release
Default=1

[General]
StartWithLastProfile=1
Version=2
";

/// `places.sqlite` in WAL mode, as a running Firefox leaves it: the first
/// two visits are in the database file, the download (its page, visit and
/// annotations) only in the `-wal`.
fn places(profile: &Path, tmp: &Path) -> Result<()> {
    mkdirs(profile)?;
    mkdirs(tmp)?;
    let work = tmp.join("places.sqlite");
    let mut c = Connection::open(&work)?;
    c.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(()))?;
    c.execute_batch("PRAGMA wal_autocheckpoint=0; PRAGMA synchronous=OFF;")?;
    c.execute_batch(PLACES_SCHEMA)?;
    let home = at(BOB_DAY, 12, 20, 0);
    let tools = at(BOB_DAY, 12, 21, 10);
    let dl = at(BOB_DAY, 12, 22, 5);
    c.execute(
        "INSERT INTO moz_places (id, url, title, rev_host, visit_count, hidden, typed, frecency,
           last_visit_date, guid, url_hash)
         VALUES (1, 'https://www.mozilla.org/en-US/firefox/', 'Firefox', 'gro.allizom.www.', 1, 0, 1,
                 2000, ?1, 'Aq3xK9wPz1Lm', 47356411089529),
                (2, 'https://example.org/tools/', 'Network tools', 'gro.elpmaxe.', 1, 0, 0,
                 100, ?2, 'Bt7yR2vQa8Nc', 47358221507346)",
        params![prtime(home), prtime(tools)],
    )?;
    // TYPED, then LINK from it.
    c.execute(
        "INSERT INTO moz_historyvisits (id, from_visit, place_id, visit_date, visit_type, session, source)
         VALUES (1, 0, 1, ?1, 2, 0, 0), (2, 1, 2, ?2, 1, 0, 0)",
        params![prtime(home), prtime(tools)],
    )?;
    c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    let tx = c.transaction()?;
    tx.execute(
        "INSERT INTO moz_places (id, url, title, rev_host, visit_count, hidden, typed, frecency,
           last_visit_date, guid, url_hash)
         VALUES (3, 'https://example.org/tools/netcat-0.7.1.tar.gz', NULL, 'gro.elpmaxe.', 1, 0, 0,
                 0, ?1, 'Cx5zT4uMb2Kd', 47358221507999)",
        params![prtime(dl)],
    )?;
    // DOWNLOAD, from the tools page.
    tx.execute(
        "INSERT INTO moz_historyvisits (id, from_visit, place_id, visit_date, visit_type, session, source)
         VALUES (3, 2, 3, ?1, 7, 0, 0)",
        params![prtime(dl)],
    )?;
    tx.execute(
        "INSERT INTO moz_annos (place_id, anno_attribute_id, content, flags, expiration, type,
           dateAdded, lastModified)
         VALUES (3, 1, 'file:///Users/bob/Downloads/netcat-0.7.1.tar.gz', 0, 4, 3, ?1, ?1),
                (3, 2, ?2, 0, 4, 3, ?3, ?3)",
        params![
            prtime(dl),
            format!(
                "{{\"state\":1,\"deleted\":false,\"endTime\":{},\"fileSize\":409600}}",
                (dl + 3) * 1000
            ),
            prtime(dl + 3),
        ],
    )?;
    tx.commit()?;
    // Copy while the connection is open: closing it would checkpoint the
    // WAL into the database file and delete it.
    let wal = tmp.join("places.sqlite-wal");
    let dest = profile.join("places.sqlite");
    let dest_wal = profile.join("places.sqlite-wal");
    let _ = fs::remove_file(&dest);
    fs::copy(&work, &dest)?;
    fs::copy(&wal, &dest_wal)?;
    drop(c);
    fix_wal_salts(&dest_wal, SALT)?;
    if fs::metadata(&dest_wal)?.len() < 1024 {
        bail!("{}: the WAL did not survive", dest_wal.display());
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// The system

fn asl_store() -> Vec<u8> {
    let mut s = Store::created_at(ALICE_DAY);
    let host = s.string(b"alice-mbp");
    let loginwindow = s.string(b"loginwindow");
    let sudo = s.string(b"sudo");
    let sshd = s.string(b"sshd");
    let (user, authpriv, auth) = (
        Store::inline("user"),
        s.string(b"authpriv"),
        Store::inline("auth"),
    );
    let m1 = s.string(b"USER_PROCESS: 402 console");
    let m2 = s.string(
        b"alice : TTY=ttys000 ; PWD=/Users/alice/Downloads ; USER=root ; COMMAND=/bin/launchctl list",
    );
    let m3 = s.string(b"Failed password for invalid user admin from 203.0.113.7 port 52144 ssh2");
    let k_uuid = s.string(b"Sender Mach UUID");
    let v_uuid = s.string(b"6B9E1C2D-3A4F-3B5E-8C7D-0E1F2A3B4C5D");
    s.record(&Rec {
        message_id: 1,
        seconds: at(ALICE_DAY, 21, 50, 3),
        nanoseconds: 125_000_000,
        level: 5,
        pid: 402,
        uid: 0,
        gid: 0,
        read_uid: -1,
        read_gid: -1,
        strings: [host, loginwindow, user, m1, 0, 0],
        kv: vec![k_uuid, v_uuid],
        ..Default::default()
    });
    s.record(&Rec {
        message_id: 2,
        seconds: at(ALICE_DAY, 22, 13, 31),
        nanoseconds: 802_113_000,
        level: 5,
        pid: 1873,
        uid: 501,
        gid: 20,
        read_uid: 0,
        read_gid: 80,
        strings: [host, sudo, authpriv, m2, 0, 0],
        ..Default::default()
    });
    s.record(&Rec {
        message_id: 3,
        seconds: at(ALICE_DAY, 22, 14, 5),
        nanoseconds: 4_000,
        level: 3,
        pid: 1902,
        uid: 0,
        gid: 0,
        read_uid: -1,
        read_gid: 80,
        strings: [host, sshd, auth, m3, 0, 0],
        ..Default::default()
    });
    s.into_bytes()
}

// ---------------------------------------------------------------------------
// Accounts and access

/// A plist string.
fn s(v: &str) -> P {
    P::String(v.into())
}

/// A plist dictionary, keys in the order given.
fn dict(entries: Vec<(&str, P)>) -> P {
    P::Dictionary(
        entries
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// `accountPolicyData`: an XML property list inside the record.
fn account_policy(created: f64, failed: i64, failed_at: i64, password_set: f64) -> Result<P> {
    let mut xml = Vec::new();
    dict(vec![
        ("creationTime", P::Real(created)),
        ("failedLoginCount", failed.into()),
        ("failedLoginTimestamp", failed_at.into()),
        ("passwordLastSetTime", P::Real(password_set)),
    ])
    .to_writer_xml(&mut xml)?;
    Ok(P::Data(xml))
}

/// `ShadowHashData`: a binary property list naming the hash type, with
/// fixed filler bytes for the entropy and the salt (not a real hash).
fn shadow_hash() -> Result<P> {
    let mut out = Vec::new();
    dict(vec![(
        "SALTED-SHA512-PBKDF2",
        dict(vec![
            ("entropy", P::Data(vec![0xee; 128])),
            ("iterations", 81_000.into()),
            ("salt", P::Data(vec![b'Z'; 32])),
        ]),
    )])
    .to_writer_binary(&mut out)?;
    Ok(P::Data(out))
}

const ALICE_GUID: &str = "9A3C41D2-5E7B-4F10-8C2D-0000000001F5";
const HELPDESK_GUID: &str = "4E1D0000-AAAA-4BBB-8CCC-0000000001F9";
const AUTHORITY: [&str; 2] = [
    ";ShadowHash;HASHLIST:<SALTED-SHA512-PBKDF2>",
    ";SecureToken;",
];

/// The local node's records: (`users` or `groups`, name, record). alice
/// is an administrator by name and by generated UID, `helpdesk` (hidden)
/// by generated UID only.
fn directory_records() -> Result<Vec<(&'static str, &'static str, Vec<u8>)>> {
    let authority = || P::Array(AUTHORITY.iter().map(|a| s(a)).collect());
    let policy = account_policy;
    Ok(vec![
        (
            "groups",
            "admin",
            dslocal::record(&[
                ("generateduid", s("ABCDEFAB-CDEF-ABCD-EFAB-CDEF00000050")),
                ("gid", s("80")),
                (
                    "groupmembers",
                    P::Array(vec![s(ALICE_GUID), s(HELPDESK_GUID)]),
                ),
                ("name", s("admin")),
                ("realname", s("Administrators")),
                ("users", P::Array(vec![s("root"), s("alice")])),
            ]),
        ),
        (
            "groups",
            "staff",
            dslocal::record(&[
                ("generateduid", s("ABCDEFAB-CDEF-ABCD-EFAB-CDEF00000014")),
                ("gid", s("20")),
                ("name", s("staff")),
                ("realname", s("Staff")),
            ]),
        ),
        (
            "users",
            "_spotlight",
            dslocal::record(&[
                ("home", s("/var/empty")),
                ("name", s("_spotlight")),
                ("shell", s("/bin/zsh")),
                ("uid", s("89")),
            ]),
        ),
        (
            "users",
            "alice",
            dslocal::record(&[
                ("ShadowHashData", shadow_hash()?),
                (
                    "accountPolicyData",
                    policy(1_696_237_200.25, 0, 0, 1_696_237_260.5)?,
                ),
                ("authentication_authority", authority()),
                ("generateduid", s(ALICE_GUID)),
                ("gid", s("20")),
                ("home", s("/Users/alice")),
                ("name", s("alice")),
                ("picture", s("/Library/User Pictures/Flowers/Lotus.heic")),
                ("realname", s("Alice Liddell")),
                ("shell", s("/bin/zsh")),
                ("uid", s("501")),
            ]),
        ),
        (
            "users",
            "bob",
            dslocal::record(&[
                (
                    "accountPolicyData",
                    policy(1_699_999_200.0, 2, 1_700_500_000, 1_699_999_260.0)?,
                ),
                ("authentication_authority", authority()),
                ("generateduid", s("0B0B0B0B-1111-4222-8333-0000000001F6")),
                ("gid", s("20")),
                ("home", s("/Users/bob")),
                ("name", s("bob")),
                ("realname", s("Bob")),
                ("shell", s("/bin/zsh")),
                ("uid", s("502")),
            ]),
        ),
        (
            "users",
            "helpdesk",
            dslocal::record(&[
                ("IsHidden", s("1")),
                (
                    "accountPolicyData",
                    policy(
                        at(HELPDESK_DAY, 11, 0, 0) as f64,
                        0,
                        0,
                        at(HELPDESK_DAY, 11, 0, 1) as f64,
                    )?,
                ),
                ("authentication_authority", authority()),
                ("generateduid", s(HELPDESK_GUID)),
                ("gid", s("20")),
                ("home", s("/Users/helpdesk")),
                ("name", s("helpdesk")),
                ("realname", s("Help Desk")),
                ("shell", s("/bin/zsh")),
                ("uid", s("505")),
            ]),
        ),
        (
            "users",
            "root",
            dslocal::record(&[
                ("home", s("/var/root")),
                ("name", s("root")),
                ("shell", s("/bin/zsh")),
                ("uid", s("0")),
            ]),
        ),
    ])
}

/// The accounts preferences (`olduser` deleted) and the login window's
/// (alice the last user, no guest).
fn system_preferences() -> Vec<(&'static str, P)> {
    vec![
        (
            "Library/Preferences/com.apple.preferences.accounts.plist",
            dict(vec![(
                "deletedUsers",
                P::Array(vec![dict(vec![
                    ("date", plist_date(at(HELPDESK_DAY, 10, 5, 0))),
                    ("dsAttrTypeStandard:RealName", s("Old User")),
                    ("dsAttrTypeStandard:UniqueID", 503.into()),
                    ("name", s("olduser")),
                ])]),
            )]),
        ),
        (
            "Library/Preferences/com.apple.loginwindow.plist",
            dict(vec![
                ("GuestEnabled", false.into()),
                ("lastUser", s("loggedIn")),
                ("lastUserName", s("alice")),
            ]),
        ),
    ]
}

/// One `access` row of the macOS 14 schema: (service, client, client
/// type, auth value, auth reason, code requirement, indirect object type,
/// indirect object, its code requirement, last modified).
type Access<'a> = (
    &'a str,
    &'a str,
    i64,
    i64,
    i64,
    Option<Vec<u8>>,
    Option<i64>,
    &'a str,
    Option<Vec<u8>>,
    i64,
);

fn tcc_db(path: &Path, rows: Vec<Access<'_>>) -> Result<()> {
    let c = new_db(path)?;
    c.execute_batch(TCC_SCHEMA)?;
    let mut st = c.prepare(
        "INSERT INTO access (service, client, client_type, auth_value, auth_reason,
           auth_version, csreq, policy_id, indirect_object_identifier_type,
           indirect_object_identifier, indirect_object_code_identity, flags, last_modified)
         VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, NULL, ?7, ?8, ?9, 0, ?10)",
    )?;
    for r in rows {
        st.execute(params![r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8, r.9])?;
    }
    Ok(())
}

/// `identifier "com.apple.Terminal" and anchor apple`.
fn terminal() -> Vec<u8> {
    blob(&identifier_and_anchor_apple("com.apple.Terminal"))
}

/// Zoom's Developer ID requirement.
fn zoom() -> Vec<u8> {
    developer_id("us.zoom.xos", "BJ4HAAB9B3")
}

/// The system database: Terminal's Full Disk Access, Zoom denied Screen
/// Recording, and Full Disk Access and Accessibility for an unsigned
/// program, ten minutes after `helpdesk` was created.
fn system_tcc(path: &Path) -> Result<()> {
    let updater = "/Users/Shared/.sysupdate/updater";
    tcc_db(
        path,
        vec![
            (
                "kTCCServiceSystemPolicyAllFiles",
                "com.apple.Terminal",
                0,
                2,
                3,
                Some(terminal()),
                None,
                "UNUSED",
                None,
                1_696_240_000,
            ),
            (
                "kTCCServiceScreenCapture",
                "us.zoom.xos",
                0,
                0,
                2,
                Some(zoom()),
                None,
                "UNUSED",
                None,
                1_699_000_000,
            ),
            (
                "kTCCServiceSystemPolicyAllFiles",
                updater,
                1,
                2,
                3,
                None,
                None,
                "UNUSED",
                None,
                at(HELPDESK_DAY, 11, 10, 0),
            ),
            (
                "kTCCServiceAccessibility",
                updater,
                1,
                2,
                3,
                None,
                None,
                "UNUSED",
                None,
                at(HELPDESK_DAY, 11, 11, 0),
            ),
        ],
    )
}

/// alice's database: Zoom allowed the camera, Terminal allowed to
/// automate the Finder.
fn alice_tcc(path: &Path) -> Result<()> {
    tcc_db(
        path,
        vec![
            (
                "kTCCServiceCamera",
                "us.zoom.xos",
                0,
                2,
                2,
                Some(zoom()),
                None,
                "UNUSED",
                None,
                1_699_000_100,
            ),
            (
                "kTCCServiceAppleEvents",
                "com.apple.Terminal",
                0,
                2,
                2,
                Some(terminal()),
                Some(0),
                "com.apple.finder",
                Some(blob(&identifier_and_anchor_apple("com.apple.finder"))),
                1_700_000_000,
            ),
        ],
    )
}

/// alice's knowledge store: Safari in focus, a Safari visit to the
/// updater's download page (with its title as structured metadata), and
/// the display lit for the hour.
fn knowledge(path: &Path) -> Result<()> {
    let c = new_db(path)?;
    c.execute_batch(KNOWLEDGEC_SCHEMA)?;
    c.execute_batch(
        "INSERT INTO ZSOURCE VALUES (1, 14, 1, 501, 'com.apple.Safari', NULL, NULL, NULL,
           'com.apple.Safari');
         INSERT INTO ZSTRUCTUREDMETADATA VALUES (1, 15, 1, 'Remote Support Tool - Download', 'm1');",
    )?;
    let mut st = c.prepare(
        "INSERT INTO ZOBJECT (Z_PK, Z_ENT, Z_OPT, ZSOURCE, ZSTRUCTUREDMETADATA, ZSECONDSFROMGMT,
           ZVALUEINTEGER, ZCREATIONDATE, ZENDDATE, ZSTARTDATE, ZVALUEDOUBLE, ZUUID, ZSTREAMNAME,
           ZVALUESTRING)
         VALUES (?1, 10, NULL, ?2, ?3, 3600, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    let focus = at(HELPDESK_DAY, 9, 1, 40);
    let visit = at(HELPDESK_DAY, 9, 3, 40);
    let lit = at(HELPDESK_DAY, 9, 0, 0);
    // Core Data stores whole-second dates as integers (TIMESTAMP affinity).
    st.execute(params![
        1,
        None::<i64>,
        None::<i64>,
        None::<i64>,
        mac(focus + 300) + 1.5,
        mac(focus + 300),
        mac(focus),
        None::<f64>,
        "3F2A0000-0000-4000-8000-000000000001",
        "/app/inFocus",
        "com.apple.Safari",
    ])?;
    st.execute(params![
        2,
        1,
        1,
        None::<i64>,
        mac(visit) + 1.0,
        mac(visit),
        mac(visit),
        None::<f64>,
        "3F2A0000-0000-4000-8000-000000000002",
        "/safari/history",
        "https://updates.example.net/sysupdate.pkg",
    ])?;
    st.execute(params![
        3,
        None::<i64>,
        None::<i64>,
        1,
        mac(lit + 3600) + 1.0,
        mac(lit + 3600),
        mac(lit),
        1.0,
        "3F2A0000-0000-4000-8000-000000000003",
        "/display/isBacklit",
        None::<&str>,
    ])?;
    Ok(())
}

/// `/private/var/run/utmpx`: the signature, a boot, alice at the console,
/// `helpdesk` over ssh from 203.0.113.77 and out again.
fn utmpx_run() -> Vec<u8> {
    let t = |hh, mm, ss| at(HELPDESK_DAY, hh, mm, ss) as i32;
    [
        utmpx::signature(),
        utmpx::record("", [0; 4], "", 1, 2, t(9, 0, 0), 0, ""),
        utmpx::record(
            "alice",
            *b"/\0\x01\0",
            "console",
            142,
            7,
            t(9, 1, 0),
            512_000,
            "",
        ),
        utmpx::record(
            "helpdesk",
            *b"s000",
            "ttys000",
            3177,
            7,
            t(11, 9, 0),
            250_000,
            "203.0.113.77",
        ),
        utmpx::record(
            "helpdesk",
            *b"s000",
            "ttys000",
            3177,
            8,
            t(11, 25, 0),
            0,
            "",
        ),
    ]
    .concat()
}

// ---------------------------------------------------------------------------
// File-system traces

/// The data volume's FSEvents page file (named for its last event ID,
/// 0xa1b2c): a mount, alice's and bob's history files modified,
/// `~alice/Downloads/Installer.dmg` created with an extended attribute,
/// `/private/tmp/.x` created then removed.
fn fsevents_store() -> Vec<u8> {
    let records: [fsevents::Rec<'_>; 6] = [
        (b"", 662_272, 0x0200_0000, 0, 0),
        (b"Users/alice/.zsh_history", 662_288, 0x0080_0010, 1052, 0),
        (
            b"Users/alice/Downloads/Installer.dmg",
            662_304,
            0x0080_0201,
            2811,
            0,
        ),
        (b"private/tmp/.x", 662_312, 0x0080_0001, 2812, 0),
        (b"private/tmp/.x", 662_314, 0x0080_0002, 2812, 0),
        (b"Users/bob/.bash_history", 662_316, 0x0080_0010, 1077, 0),
    ];
    fsevents::gzip(&fsevents::page_tagged(2, 1_592_590_338, &records))
}

// ---------------------------------------------------------------------------
// the system's defences and networks

/// Gatekeeper and XProtect on the day the hidden administrator appears: the
/// unsigned updater is scanned and allowed by a rule `helpdesk` adds; on
/// alice's day XProtect flags the fake update and Gatekeeper refuses it.
fn security(root: &Path) -> Result<Vec<PathBuf>> {
    use mactriage_collectors::testdata::security::{exec_policy, system_policy, xpdb, Scan};
    let mut written = Vec::new();
    let updater_cdhash = "4f1b2ac3d6e1c0b6a3d8b7e7e6a5d1c2b3a49f80";

    let rel = PathBuf::from("private/var/db/SystemPolicyConfiguration/ExecPolicy");
    exec_policy(
        &fresh(root, &rel)?,
        &[
            Scan {
                cdhash: updater_cdhash,
                team: None,
                signing_id: "updater-55554944",
                bundle_id: "NOT_A_BUNDLE",
                object_id: 1_234_567,
                policy_match: 11,
                malware_result: 0,
                flags: 512,
                timestamp: at(HELPDESK_DAY, 10, 40, 0),
                url: Some("/Users/Shared/.sysupdate/updater"),
            },
            Scan {
                cdhash: "9d1e0c6a4b3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a",
                team: Some("BJ4HAAB9B3"),
                signing_id: "us.zoom.xos",
                bundle_id: "us.zoom.xos",
                object_id: 99_001,
                policy_match: 8,
                malware_result: 1,
                flags: 0,
                timestamp: at(ALICE_DAY, 9, 30, 0),
                url: None,
            },
        ],
    );
    written.push(rel);

    let rel = PathBuf::from("private/var/db/SystemPolicy");
    system_policy(
        &fresh(root, &rel)?,
        &[(
            "UnsignedHelper",
            &format!("cdhash H\"{updater_cdhash}\""),
            1,
            at(HELPDESK_DAY, 10, 39, 30),
            Some("helpdesk"),
        )],
    );
    written.push(rel);

    let rel = PathBuf::from("private/var/protected/xprotect/XPdb");
    xpdb(
        &fresh(root, &rel)?,
        &[(
            "2023-11-14 14:21:09",
            "XProtect_MACOS_PWS_GENERIC_B",
            "/Users/alice/Downloads/UpdateHelper.app/Contents/MacOS/UpdateHelper",
            "1c0ffee0d1e2a3b4c5d6e7f8091a2b3c4d5e6f70",
            "com.update.helper",
            Some("Z9X8Y7W6V5"),
        )],
    );
    written.push(rel);

    let rel = PathBuf::from("private/var/db/.LastGKReject");
    let bm = bookmark::for_path(
        &["Users", "alice", "Downloads", "UpdateHelper.app"],
        "alice",
        mac(at(ALICE_DAY, 14, 20, 0)),
    );
    dict(vec![
        ("BookmarkData", P::Data(bm)),
        ("TimeStamp", plist_date(at(ALICE_DAY, 14, 21, 10))),
        ("XProtectMalwareType", 2.into()),
        ("PromptType", 6.into()),
        ("DirectApproval", false.into()),
        ("IsExecutionPath", true.into()),
    ])
    .to_file_binary(fresh(root, &rel)?)
    .context("cannot write .LastGKReject")?;
    written.push(rel);

    let rel = PathBuf::from("Library/Preferences/com.apple.wifi.known-networks.plist");
    let bss = |bssid: &str, channel: i64, last: i64| {
        dict(vec![
            ("BSSID", s(bssid)),
            ("Channel", channel.into()),
            ("ChannelFlags", 10.into()),
            ("LastAssociatedAt", plist_date(last)),
        ])
    };
    dict(vec![
        (
            "wifi.network.ssid.alice-home",
            dict(vec![
                ("AddedAt", plist_date(at(BOB_DAY, 18, 0, 0))),
                (
                    "BSSList",
                    P::Array(vec![bss("a4:2b:b0:11:22:33", 6, at(HELPDESK_DAY, 8, 1, 0))]),
                ),
                (
                    "CaptiveProfile",
                    dict(vec![("CaptiveNetwork", false.into())]),
                ),
                ("Hidden", false.into()),
                ("JoinedBySystemAt", plist_date(at(HELPDESK_DAY, 8, 1, 0))),
                ("JoinedByUserAt", plist_date(at(BOB_DAY, 18, 0, 5))),
                ("SSID", P::Data(b"alice-home".to_vec())),
                ("SupportedSecurityTypes", s("WPA2 Personal")),
                ("UpdatedAt", plist_date(at(HELPDESK_DAY, 8, 1, 1))),
            ]),
        ),
        (
            "wifi.network.ssid.Airport-Free-WiFi",
            dict(vec![
                ("AddedAt", plist_date(at(ALICE_DAY, 13, 55, 0))),
                (
                    "BSSList",
                    P::Array(vec![bss("02:11:22:aa:bb:cc", 11, at(ALICE_DAY, 13, 55, 2))]),
                ),
                (
                    "CaptiveProfile",
                    dict(vec![("CaptiveNetwork", true.into())]),
                ),
                ("Hidden", false.into()),
                ("JoinedByUserAt", plist_date(at(ALICE_DAY, 13, 55, 0))),
                ("SSID", P::Data(b"Airport-Free-WiFi".to_vec())),
                ("SupportedSecurityTypes", s("Open")),
                ("UpdatedAt", plist_date(at(ALICE_DAY, 13, 55, 2))),
            ]),
        ),
    ])
    .to_file_binary(fresh(root, &rel)?)
    .context("cannot write the known networks")?;
    written.push(rel);
    Ok(written)
}
