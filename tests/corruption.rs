//! Corruption: every sample artifact (the fixtures and a few generated ones;
//! in a second, opt-in test, the real third-party samples of
//! `MACTRIAGE_REALDATA`) is
//! truncated at many offsets and has bytes flipped by a seeded PRNG, then put
//! at its proper path under a temporary root, and the real binary collects
//! it. Whatever the damage: no panic, no hang, a sound tarball; a truncated
//! structured file gives exit 1 and an error that names it.
//!
//! Many damaged files share one root (one home directory, or one ASL file
//! name, per variant), so the whole test is a handful of runs. Every other
//! variant's home directory (or ASL file) has a name that is not UTF-8: the
//! errors and files of the manifest must name it exactly (`*_b64`).

mod common;

use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::*;
use mactriage_collectors::testdata::{self, Rng};

/// Where a sample goes, relative to a home directory (or, for ASL, to the
/// log directory), and whether a truncation must be detected.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Chrome,
    FirefoxPlaces,
    FirefoxDownloads,
    SafariHistory,
    SafariDownloads,
    Quarantine,
    Sfl2,
    Asl,
    FsEvents,
    Zsh,
    Bash,
    Tcc,
    KnowledgeC,
    Utmpx,
    AccountRecord,
    KnownHosts,
    /// A launchd plist in the user's LaunchAgents.
    LaunchAgent,
    /// A legacy per-user BTM store.
    Btm,
    /// A program (Mach-O) the persistence collector inspects: a file in
    /// /Library/PrivilegedHelperTools. A cut Mach-O may stop being one
    /// (and be a plain file), so its damage need not be reported.
    Program,
    /// An application's Info.plist (`/Applications/<tag>.app`).
    InfoPlist,
    /// A package receipt (`/private/var/db/receipts/<tag>.plist`).
    Receipt,
    /// A Homebrew keg's `INSTALL_RECEIPT.json`.
    HomebrewReceipt,
}

impl Kind {
    fn structured(self) -> bool {
        !matches!(
            self,
            Kind::Zsh | Kind::Bash | Kind::KnownHosts | Kind::Program
        )
    }

    /// True when a cut at `offset` leaves a sound file of this kind:
    /// utmpx has no header or count, so a cut between whole records is
    /// a shorter file, not a damaged one.
    fn whole_at(self, offset: usize) -> bool {
        matches!(self, Kind::Utmpx) && offset % 628 == 0
    }

    /// The target path of variant `tag` of this kind (`tag` need not be
    /// UTF-8).
    fn target(self, tag: &[u8]) -> PathBuf {
        let os = |parts: &[&[u8]]| PathBuf::from(OsString::from_vec(parts.concat()));
        let home = os(&[b"/Users/", tag]);
        let rel = match self {
            Kind::Asl => return os(&[b"/private/var/log/asl/", tag, b".asl"]),
            Kind::Utmpx => return os(&[b"/private/var/log/utmpx.", tag]),
            Kind::AccountRecord => {
                return os(&[b"/private/var/db/dslocal/nodes/Default/users/", tag, b".plist"])
            }
            Kind::Program => return os(&[b"/Library/PrivilegedHelperTools/", tag]),
            Kind::InfoPlist => return os(&[b"/Applications/", tag, b".app/Contents/Info.plist"]),
            Kind::Receipt => return os(&[b"/private/var/db/receipts/", tag, b".plist"]),
            Kind::HomebrewReceipt => {
                return os(&[b"/opt/homebrew/Cellar/", tag, b"/1.0/INSTALL_RECEIPT.json"])
            }
            Kind::LaunchAgent => "Library/LaunchAgents/job.plist",
            Kind::Btm => {
                "Library/Application Support/com.apple.backgroundtaskmanagementagent/backgrounditems.btm"
            }
            // One volume per variant: the store of `/Volumes/<tag>`.
            Kind::FsEvents => {
                return os(&[b"/Volumes/", tag, b"/.fseventsd/0000000000000001"])
            }
            Kind::Chrome => "Library/Application Support/Google/Chrome/Default/History",
            Kind::FirefoxPlaces => {
                "Library/Application Support/Firefox/Profiles/p.default/places.sqlite"
            }
            Kind::FirefoxDownloads => {
                "Library/Application Support/Firefox/Profiles/p.default/downloads.sqlite"
            }
            Kind::SafariHistory => "Library/Safari/History.db",
            Kind::SafariDownloads => "Library/Safari/Downloads.plist",
            Kind::Quarantine => "Library/Preferences/com.apple.LaunchServices.QuarantineEventsV2",
            Kind::Sfl2 => {
                "Library/Application Support/com.apple.sharedfilelist/com.apple.LSSharedFileList.RecentDocuments.sfl2"
            }
            Kind::Zsh => ".zsh_history",
            Kind::Bash => ".bash_history",
            Kind::Tcc => "Library/Application Support/com.apple.TCC/TCC.db",
            Kind::KnowledgeC => "Library/Application Support/Knowledge/knowledgeC.db",
            Kind::KnownHosts => ".ssh/known_hosts",
        };
        home.join(rel)
    }
}

struct Sample {
    name: String,
    kind: Kind,
    bytes: Vec<u8>,
}

fn sqlite_sample(name: &str, kind: Kind, sql: &str) -> Sample {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("db");
    let c = rusqlite::Connection::open(&p).unwrap();
    c.execute_batch(sql).unwrap();
    drop(c);
    Sample {
        name: name.into(),
        kind,
        bytes: std::fs::read(&p).unwrap(),
    }
}

/// Samples that exist on every machine: the fixture's histories and
/// generated artifacts, and small databases and plists made here.
fn builtin_samples() -> Vec<Sample> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(fixture("mac-basic")).sort_by_file_name() {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path().to_string_lossy().into_owned();
        let kind = match name.as_str() {
            "History" => Kind::Chrome,
            "History.db" => Kind::SafariHistory,
            "Downloads.plist" => Kind::SafariDownloads,
            "places.sqlite" => Kind::FirefoxPlaces,
            "com.apple.LaunchServices.QuarantineEventsV2" => Kind::Quarantine,
            "known_hosts" => Kind::KnownHosts,
            "TCC.db" => Kind::Tcc,
            "knowledgeC.db" => Kind::KnowledgeC,
            "utmpx" => Kind::Utmpx,
            "Info.plist" => Kind::InfoPlist,
            "INSTALL_RECEIPT.json" => Kind::HomebrewReceipt,
            n if n.ends_with(".plist") && path.contains("db/receipts/") => Kind::Receipt,
            n if n.ends_with(".sfl2") => Kind::Sfl2,
            n if n.ends_with(".asl") => Kind::Asl,
            n if n.contains("zsh") => Kind::Zsh,
            n if n.ends_with("history") => Kind::Bash,
            _ if path.contains("dslocal/nodes/Default/users/") => Kind::AccountRecord,
            _ => continue,
        };
        out.push(Sample {
            name: format!("fixture {}", entry.path().display()),
            kind,
            bytes: std::fs::read(entry.path()).unwrap(),
        });
    }
    out.push(sqlite_sample(
        "generated quarantine",
        Kind::Quarantine,
        "CREATE TABLE LSQuarantineEvent (LSQuarantineEventIdentifier TEXT PRIMARY KEY NOT NULL,
           LSQuarantineTimeStamp REAL, LSQuarantineAgentBundleIdentifier TEXT,
           LSQuarantineAgentName TEXT, LSQuarantineDataURLString TEXT,
           LSQuarantineSenderName TEXT, LSQuarantineSenderAddress TEXT,
           LSQuarantineTypeNumber INTEGER, LSQuarantineOriginTitle TEXT,
           LSQuarantineOriginURLString TEXT, LSQuarantineOriginAlias BLOB);
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
         INSERT INTO LSQuarantineEvent SELECT 'E' || i, 700000000.5 + i, 'com.apple.Safari',
           'Safari', 'https://x.test/' || i || '.dmg', NULL, NULL, 0, 'T',
           'https://x.test/', X'00ff' FROM n;",
    ));
    out.push(sqlite_sample(
        "generated chrome",
        Kind::Chrome,
        "CREATE TABLE urls(id INTEGER PRIMARY KEY, url LONGVARCHAR, title LONGVARCHAR,
           visit_count INTEGER DEFAULT 0 NOT NULL, typed_count INTEGER DEFAULT 0 NOT NULL,
           last_visit_time INTEGER NOT NULL, hidden INTEGER DEFAULT 0 NOT NULL);
         CREATE TABLE visits(id INTEGER PRIMARY KEY, url INTEGER NOT NULL,
           visit_time INTEGER NOT NULL, from_visit INTEGER, transition INTEGER DEFAULT 0 NOT NULL,
           segment_id INTEGER, visit_duration INTEGER DEFAULT 0 NOT NULL);
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
         INSERT INTO urls SELECT i, 'https://site' || i || '.test/', 'page ' || i, 1, 0,
           13348540800000000 + i, 0 FROM n;
         INSERT INTO visits SELECT id, id, last_visit_time, 0, 805306368, 0, 0 FROM urls;",
    ));
    out.push(sqlite_sample(
        "generated TCC.db (macOS 14 schema)",
        Kind::Tcc,
        "CREATE TABLE access (service TEXT NOT NULL, client TEXT NOT NULL,
           client_type INTEGER NOT NULL, auth_value INTEGER NOT NULL,
           auth_reason INTEGER NOT NULL, auth_version INTEGER NOT NULL, csreq BLOB,
           policy_id INTEGER, indirect_object_identifier_type INTEGER,
           indirect_object_identifier TEXT NOT NULL DEFAULT 'UNUSED',
           indirect_object_code_identity BLOB, flags INTEGER, last_modified INTEGER NOT NULL,
           PRIMARY KEY (service, client, client_type, indirect_object_identifier));
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
         INSERT INTO access (service, client, client_type, auth_value, auth_reason,
           auth_version, csreq, last_modified)
           SELECT 'kTCCServiceCamera', 'com.example.app' || i, 0, 2, 2, 1,
             X'fade0c000000001800000001000000020000000461626364', 1700000000 + i FROM n;",
    ));
    let downloads = plist::Value::Dictionary(
        [(
            "DownloadHistory".to_string(),
            plist::Value::Array(
                (0..20)
                    .map(|i| {
                        plist::Value::Dictionary(
                            [
                                (
                                    "DownloadEntryURL".to_string(),
                                    plist::Value::String(format!("https://x.test/{i}.dmg")),
                                ),
                                (
                                    "DownloadEntryPath".to_string(),
                                    plist::Value::String(format!("/Users/a/Downloads/{i}.dmg")),
                                ),
                                (
                                    "DownloadEntryProgressTotalToLoad".to_string(),
                                    plist::Value::Integer(1000.into()),
                                ),
                            ]
                            .into_iter()
                            .collect(),
                        )
                    })
                    .collect(),
            ),
        )]
        .into_iter()
        .collect(),
    );
    // An FSEvents store file: three pages (versions 1, 2, 3) of 300
    // records each, in one gzip member.
    let paths: Vec<String> = (0..300)
        .map(|i| format!("Users/a/Downloads/f{i}.dmg"))
        .collect();
    let mut pages = Vec::new();
    for v in 1..=3u8 {
        let recs: Vec<(&[u8], u64, u32, u64)> = paths
            .iter()
            .enumerate()
            .map(|(i, p)| {
                (
                    p.as_bytes(),
                    u64::from(v) * 1000 + i as u64,
                    0x0080_0001,
                    i as u64,
                )
            })
            .collect();
        pages.extend(fsevents_page(v, &recs));
    }
    out.push(Sample {
        name: "generated FSEvents store".into(),
        kind: Kind::FsEvents,
        bytes: gzip(&pages),
    });
    let mut bytes = Vec::new();
    plist::to_writer_binary(&mut bytes, &downloads).unwrap();
    out.push(Sample {
        name: "generated Safari Downloads.plist".into(),
        kind: Kind::SafariDownloads,
        bytes,
    });
    out.push(Sample {
        name: "generated ASL store".into(),
        kind: Kind::Asl,
        bytes: testdata::asl::sample().0,
    });
    let items: Vec<testdata::keyed_archive::SflItem> = (0..3)
        .map(|i| {
            testdata::keyed_archive::SflItem::new(
                testdata::bookmark::sample(),
                format!("00000000-0000-0000-0000-00000000000{i}"),
            )
        })
        .collect();
    out.push(Sample {
        name: "generated sfl2".into(),
        kind: Kind::Sfl2,
        bytes: testdata::keyed_archive::sfl2_bytes(&items),
    });
    let job = plist::Value::Dictionary(
        [
            (
                "Label".to_string(),
                plist::Value::String("com.example.job".into()),
            ),
            (
                "ProgramArguments".to_string(),
                plist::Value::Array(vec![
                    plist::Value::String("/Users/Shared/job".into()),
                    plist::Value::String("--run".into()),
                ]),
            ),
            ("RunAtLoad".to_string(), plist::Value::Boolean(true)),
            (
                "StartInterval".to_string(),
                plist::Value::Integer(300.into()),
            ),
        ]
        .into_iter()
        .collect(),
    );
    let mut bytes = Vec::new();
    plist::to_writer_binary(&mut bytes, &job).unwrap();
    out.push(Sample {
        name: "generated LaunchAgent".into(),
        kind: Kind::LaunchAgent,
        bytes,
    });
    out
}

/// The real samples of the folder `MACTRIAGE_REALDATA` names.
fn realdata_samples() -> Vec<Sample> {
    let dir = realdata_dir();
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(&dir).unwrap().to_string_lossy();
        let name = entry.file_name().to_string_lossy().into_owned();
        let kind = match rel.split('/').next().unwrap_or_default() {
            "asl" => Kind::Asl,
            "fsevents" => Kind::FsEvents,
            "chrome" => Kind::Chrome,
            "firefox" if name == "places.sqlite" => Kind::FirefoxPlaces,
            "firefox" if name == "downloads.sqlite" => Kind::FirefoxDownloads,
            "quarantine" => Kind::Quarantine,
            "safari" if name == "History.db" => Kind::SafariHistory,
            "safari" if name == "Downloads.plist" => Kind::SafariDownloads,
            "sfl" if name.ends_with(".sfl2") => Kind::Sfl2,
            "btm" => Kind::Btm,
            "persistence" if name.ends_with(".plist") => Kind::LaunchAgent,
            "macho" => Kind::Program,
            "shell" if name.starts_with("zsh") => Kind::Zsh,
            "shell" => Kind::Bash,
            "tcc" => Kind::Tcc,
            "knowledgec" => Kind::KnowledgeC,
            "loginhistory" => Kind::Utmpx,
            "users" => Kind::AccountRecord,
            _ => continue,
        };
        out.push(Sample {
            name: format!("realdata {rel}"),
            kind,
            bytes: std::fs::read(entry.path()).unwrap(),
        });
    }
    assert!(!out.is_empty(), "no samples in {}", dir.display());
    out
}

/// Truncation offsets: the very start, small headers, and spread through
/// the file (fewer for big files, to keep the run short).
fn truncations(len: usize) -> Vec<usize> {
    let mut v = vec![0, 1, 7, 31, 100, 511, 4096, len / 3, len / 2, len - 1];
    if len > 1 << 20 {
        v = vec![0, 100, 4096, len / 2, len - 1];
    }
    v.retain(|&o| o < len);
    v.sort_unstable();
    v.dedup();
    v
}

/// Byte flips: `n` random positions xor'ed with a random non-zero byte.
fn flipped(bytes: &[u8], n: usize, rng: &mut Rng) -> Vec<u8> {
    let mut b = bytes.to_vec();
    if b.is_empty() {
        return b;
    }
    for _ in 0..n {
        let i = rng.index(b.len());
        b[i] ^= (rng.below(255) + 1) as u8;
    }
    b
}

/// True when `bytes` is a SQLite database whose header declares fewer
/// pages than `offset` keeps, and `offset` is on a page boundary.
fn sqlite_slack(bytes: &[u8], offset: usize) -> bool {
    if bytes.len() < 100 || &bytes[..16] != b"SQLite format 3\0" {
        return false;
    }
    let be32 = |o: usize| u32::from_be_bytes(bytes[o..o + 4].try_into().unwrap()) as usize;
    let page = match u16::from_be_bytes([bytes[16], bytes[17]]) {
        1 => 65_536,
        n => usize::from(n),
    };
    page != 0 && offset % page == 0 && be32(92) == be32(24) && offset >= be32(28) * page
}

/// A damaged file placed in the root.
struct Planted {
    sample: String,
    kind: Kind,
    target: PathBuf,
    damage: String,
}

fn plant(root: &Path, target: &Path, bytes: &[u8]) {
    let host = root.join(target.strip_prefix("/").unwrap());
    std::fs::create_dir_all(host.parent().unwrap()).unwrap();
    std::fs::write(host, bytes).unwrap();
}

fn run_root(root: &Path, work: &Path) -> (Run, serde_json::Value) {
    let out = work.join("out");
    std::fs::create_dir_all(&out).unwrap();
    // The run is bounded twice: by its own time limit and by a wall clock.
    let run = collect_within(
        root,
        &out,
        &[
            "--quiet",
            "--time-limit",
            "120s",
            "--compression-level",
            "1",
        ],
        Duration::from_secs(300),
    );
    let members = check_sound_tarball(&run);
    let man = manifest(&members);
    assert_eq!(
        man["collection"]["limits"]["time_limit_reached"], false,
        "the run hit its time limit"
    );
    (run, man)
}

/// True when an error names `target` exactly (or one of its companions,
/// `<target>-wal`...). A message may name it too, printably.
fn names(errors: &[(Vec<u8>, String)], target: &Path) -> bool {
    let t = target.as_os_str().as_bytes();
    let companion = [t, b"-"].concat();
    let printable = target.to_str();
    errors.iter().any(|(p, m)| {
        p == t || p.starts_with(&companion) || printable.is_some_and(|t| m.contains(t))
    })
}

#[test]
fn truncated_and_flipped_artifacts_never_crash_or_hang() {
    damage_and_collect(&builtin_samples());
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn truncated_and_flipped_real_samples_never_crash_or_hang() {
    damage_and_collect(&realdata_samples());
}

/// Plant every sample truncated at many offsets (run 1), then with bytes
/// flipped (run 2), collect each root, and check the outcome.
fn damage_and_collect(samples: &[Sample]) {
    // Seeded, so a failure reproduces.
    let mut rng = Rng::new(0x6d61_6374_7269_6167);

    // Run 1: truncations. Run 2: byte flips.
    for run_no in 0..2 {
        let work = tempfile::tempdir().unwrap();
        let root = work.path().join("root");
        std::fs::create_dir_all(root.join("Users")).unwrap();
        let mut planted = Vec::new();
        for (si, s) in samples.iter().enumerate() {
            let variants: Vec<(String, Vec<u8>)> = if run_no == 0 {
                truncations(s.bytes.len())
                    .into_iter()
                    // Dropping only trailing whitespace (of an XML plist,
                    // a text history) leaves the content whole.
                    .filter(|&o| !s.bytes[o..].iter().all(u8::is_ascii_whitespace))
                    // Cutting whole pages a database only pre-allocated
                    // (beyond its header's page count) loses nothing.
                    .filter(|&o| !sqlite_slack(&s.bytes, o))
                    .filter(|&o| !s.kind.whole_at(o))
                    .map(|o| (format!("truncated at {o}"), s.bytes[..o].to_vec()))
                    .collect()
            } else {
                [1usize, 4, 16, 64]
                    .iter()
                    .map(|&n| (format!("{n} bytes flipped"), flipped(&s.bytes, n, &mut rng)))
                    .collect()
            };
            for (vi, (damage, bytes)) in variants.into_iter().enumerate() {
                let mut tag = format!("s{si}v{vi}").into_bytes();
                if vi % 2 == 1 {
                    // Latin-1 "é", as a FAT volume or a Linux tool writes it.
                    tag.push(0xe9);
                }
                let target = s.kind.target(&tag);
                plant(&root, &target, &bytes);
                planted.push(Planted {
                    sample: s.name.clone(),
                    kind: s.kind,
                    target,
                    damage,
                });
            }
        }
        let (run, man) = run_root(&root, work.path());
        let errors = exact_errors(&man);
        if run_no == 0 {
            assert_eq!(run.code, 1, "stderr:\n{}", run.stderr);
            let missed: Vec<String> = planted
                .iter()
                .filter(|p| p.kind.structured() && !names(&errors, &p.target))
                .map(|p| format!("{} ({}) at {}", p.sample, p.damage, p.target.display()))
                .collect();
            assert!(
                missed.is_empty(),
                "truncations not reported:\n{}",
                missed.join("\n")
            );
        } else if run.code == 1 {
            assert!(
                planted.iter().any(|p| names(&errors, &p.target)),
                "exit 1 without an error naming a damaged file: {errors:?}"
            );
        }
        // Every planted file is in the archive, under its exact name.
        let files = man["files"].as_array().unwrap();
        for p in &planted {
            let t = p.target.as_os_str().as_bytes();
            assert!(
                files
                    .iter()
                    .any(|f| exact(f, "source").as_deref() == Some(t)),
                "{} ({}) not archived as {}",
                p.sample,
                p.damage,
                p.target.display()
            );
        }
        eprintln!(
            "run {run_no}: {} damaged files, exit {}, {} errors",
            planted.len(),
            run.code,
            errors.len()
        );
    }
}

/// The software collector on damaged inputs of every part: exactly the
/// sound records, and exactly one error per damaged input.
#[test]
fn damaged_software_inputs_give_exact_counts() {
    use mactriage_collectors::testdata::macho::{slice, Sign, CPU_ARM64};
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    std::fs::create_dir_all(root.join("Users")).unwrap();
    let put = |rel: &str, bytes: &[u8]| plant(&root, Path::new(rel), bytes);
    let binary = |v: plist::Value| {
        let mut b = Vec::new();
        plist::to_writer_binary(&mut b, &v).unwrap();
        b
    };
    let dict = |entries: Vec<(&str, plist::Value)>| {
        plist::Value::Dictionary(
            entries
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    };
    let s = |v: &str| plist::Value::String(v.into());
    let receipt = |id: &str| {
        binary(dict(vec![
            ("PackageIdentifier", s(id)),
            ("PackageVersion", s("1.0")),
            ("InstallPrefixPath", s("/")),
        ]))
    };
    // Receipts: 3 sound, 2 cut short, 1 with a value of the wrong type.
    for id in ["a", "b", "c"] {
        put(
            &format!("/private/var/db/receipts/{id}.plist"),
            &receipt(id),
        );
    }
    let whole = receipt("d");
    put(
        "/private/var/db/receipts/d.plist",
        &whole[..whole.len() / 2],
    );
    put("/private/var/db/receipts/e.plist", &whole[..9]);
    put(
        "/private/var/db/receipts/f.plist",
        &binary(dict(vec![(
            "PackageIdentifier",
            plist::Value::Integer(7.into()),
        )])),
    );
    // Install history: 4 entries, one not a dictionary.
    let entry = |n: &str| dict(vec![("displayName", s(n))]);
    put(
        "/Library/Receipts/InstallHistory.plist",
        &binary(plist::Value::Array(vec![
            entry("one"),
            entry("two"),
            plist::Value::Integer(3.into()),
            entry("four"),
        ])),
    );
    // Apps: 2 sound, a corrupt Info.plist, a missing executable.
    let info = |exe: &str| {
        let mut b = Vec::new();
        plist::to_writer_xml(
            &mut b,
            &dict(vec![
                ("CFBundleExecutable", s(exe)),
                ("CFBundleIdentifier", s(&format!("com.example.{exe}"))),
            ]),
        )
        .unwrap();
        b
    };
    let exe = slice(CPU_ARM64, Sign::Adhoc, "com.example.x");
    for name in ["One", "Two"] {
        put(
            &format!("/Applications/{name}.app/Contents/Info.plist"),
            &info(name),
        );
        put(
            &format!("/Applications/{name}.app/Contents/MacOS/{name}"),
            &exe,
        );
    }
    let cut = info("Cut");
    put(
        "/Applications/Cut.app/Contents/Info.plist",
        &cut[..cut.len() / 2],
    );
    put("/Applications/Cut.app/Contents/MacOS/Cut", &exe);
    put("/Applications/Gone.app/Contents/Info.plist", &info("Gone"));
    // Homebrew: a sound receipt, one cut short.
    let brew =
        br#"{"installed_on_request":true,"time":1700000000,"source":{"tap":"homebrew/core"}}"#;
    put("/opt/homebrew/Cellar/good/1.0/INSTALL_RECEIPT.json", brew);
    put(
        "/opt/homebrew/Cellar/cut/1.0/INSTALL_RECEIPT.json",
        &brew[..20],
    );

    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let run = collect(&root, &out, &["--only", "software"]);
    assert_eq!(run.code, 1, "stderr:\n{}", run.stderr);
    let members = members_map(&run.tarball());
    let man = manifest(&members);
    let recs = jsonl(&members, "software");
    let count = |k: &str| recs.iter().filter(|r| r["kind"] == k).count();
    assert_eq!(count("install"), 3);
    // The wrong-typed receipt is kept, with its error.
    assert_eq!(count("receipt"), 4);
    assert_eq!(count("app"), 4);
    assert_eq!(count("homebrew_formula"), 2);
    let c = collector(&man, "software");
    assert_eq!(c["status"], "partial");
    let mut errors: Vec<String> = c["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].as_str().unwrap_or("").to_string())
        .collect();
    errors.sort();
    assert_eq!(
        errors,
        [
            "/Applications/Cut.app/Contents/Info.plist",
            "/Applications/Gone.app/Contents/MacOS/Gone",
            "/Library/Receipts/InstallHistory.plist",
            "/opt/homebrew/Cellar/cut/1.0/INSTALL_RECEIPT.json",
            "/private/var/db/receipts/d.plist",
            "/private/var/db/receipts/e.plist",
            "/private/var/db/receipts/f.plist",
        ]
    );
    // The damaged files are archived as they are.
    for m in [
        "[root]/private/var/db/receipts/d.plist",
        "[root]/Applications/Cut.app/Contents/Info.plist",
        "[root]/opt/homebrew/Cellar/cut/1.0/INSTALL_RECEIPT.json",
    ] {
        assert!(members.contains_key(m), "{m}");
    }
}

/// The defences' and networks' stores of the fixture (fixed system paths,
/// one per root): each one, cut in half or with its middle bytes flipped,
/// is one file with errors and the others give exactly the fixture's
/// records.
#[test]
fn each_damaged_security_or_network_store_is_one_failed_file_and_the_rest_exact() {
    // (target, stream, records of the fixture).
    let stores: [(&str, &str, usize); 6] = [
        (
            "/private/var/db/SystemPolicyConfiguration/ExecPolicy",
            "gatekeeper_exec_policy",
            4,
        ),
        ("/private/var/db/SystemPolicy", "gatekeeper_rules", 2),
        (
            "/private/var/protected/xprotect/XPdb",
            "xprotect_detections",
            2,
        ),
        ("/private/var/db/.LastGKReject", "gatekeeper_reject", 1),
        (
            "/Library/Preferences/com.apple.wifi.known-networks.plist",
            "wifi_networks",
            2,
        ),
        (
            "/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Resources/XProtect.meta.plist",
            "xprotect",
            1,
        ),
    ];
    let fix = fixture("mac-basic");
    let read = |t: &str| std::fs::read(fix.join(t.trim_start_matches('/'))).unwrap();
    for (damaged, _, _) in stores {
        let good = read(damaged);
        let half = good[..good.len() / 2].to_vec();
        let mut flipped = good.clone();
        // Past a SQLite header, or inside a plist's objects.
        let from = good.len() / 3;
        for b in flipped.iter_mut().skip(from).take(64) {
            *b ^= 0x5a;
        }
        for (how, bytes) in [("cut in half", half), ("flipped", flipped)] {
            let work = tempfile::tempdir().unwrap();
            let root = work.path().join("root");
            for (t, _, _) in stores {
                plant(
                    &root,
                    Path::new(t),
                    &if t == damaged { bytes.clone() } else { read(t) },
                );
            }
            let out = work.path().join("out");
            std::fs::create_dir_all(&out).unwrap();
            let run = collect(
                &root,
                &out,
                &["--quiet", "--only", "security_logs,network_config"],
            );
            let members = check_sound_tarball(&run);
            let man = manifest(&members);
            let errors = exact_errors(&man);
            let failed: std::collections::BTreeSet<Vec<u8>> =
                errors.iter().map(|(p, _)| p.clone()).collect();
            if how == "cut in half" {
                // A cut store is always noticed: one file, named.
                assert_eq!(run.code, 1, "{damaged} {how}: {}", run.stderr);
                assert_eq!(
                    failed.into_iter().collect::<Vec<_>>(),
                    vec![damaged.as_bytes().to_vec()],
                    "{damaged} {how}: {errors:?}"
                );
            } else {
                // Flipped bytes may land where no reader looks; whatever
                // is reported names the damaged file only.
                assert!(
                    failed.iter().all(|p| p == damaged.as_bytes()),
                    "{damaged} {how}: {errors:?}"
                );
            }
            // Every other store gives exactly the fixture's records.
            for (t, stream, n) in stores {
                if t != damaged {
                    assert_eq!(
                        jsonl(&members, stream).len(),
                        n,
                        "{stream} while {damaged} is {how}"
                    );
                }
            }
            // The damaged file is archived as found.
            assert_eq!(
                members[&format!("[root]{damaged}")].data,
                bytes,
                "{damaged} {how}"
            );
        }
    }
}

/// Unified logs: the real tracev3 files (cut, garbled, emptied, and a
/// directory in the place of one) beside an intact copy, with a garbage
/// timesync and without the uuidtext most entries need. One error line per
/// damaged file, every entry the intact copy holds written, the run goes on.
#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn damaged_unified_logs_keep_every_entry_they_can() {
    let src = realdata_dir().join("unifiedlogs/dtformats_partial");
    let small = std::fs::read(src.join("0000000000000030.tracev3")).unwrap();
    let big = std::fs::read(src.join("0000000000000f85.tracev3")).unwrap();
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    let p = |n: &str| PathBuf::from(format!("/private/var/db/diagnostics/Persist/{n}.tracev3"));
    plant(&root, &p("0000000000000001"), &small);
    // Cut in the middle of a chunk set.
    plant(&root, &p("0000000000000002"), &big[..big.len() / 2]);
    // Garbage from the second chunk on: nothing after the header decodes.
    let mut garbled = small.clone();
    let mut rng = Rng::new(7);
    for b in garbled.iter_mut().skip(240) {
        *b = (rng.next() & 0xff) as u8;
    }
    plant(&root, &p("0000000000000003"), &garbled);
    plant(&root, &p("0000000000000004"), b"");
    std::fs::create_dir_all(
        root.join("private/var/db/diagnostics/Persist/0000000000000005.tracev3"),
    )
    .unwrap();
    plant(
        &root,
        Path::new("/private/var/db/diagnostics/timesync/0000000000000001.timesync"),
        &[0x5a; 100],
    );
    let out = work.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let run = collect_within(
        &root,
        &out,
        &[
            "--quiet",
            "--only",
            "unified_logs",
            "--unified-logs",
            "all",
            "--unified-logs-since",
            "0",
        ],
        Duration::from_secs(300),
    );
    let members = check_sound_tarball(&run);
    let man = manifest(&members);
    let c = collector(&man, "unified_logs");
    assert_eq!(c["status"], "partial", "{c}");
    let errors: Vec<(String, String)> = c["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["path"].as_str().unwrap_or("").to_string(),
                e["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let per = |n: &str| {
        let t = p(n);
        errors
            .iter()
            .filter(|(path, _)| Path::new(path) == t)
            .count()
    };
    // One line per damaged file, none for the intact one.
    assert_eq!(per("0000000000000001"), 0, "{errors:?}");
    for n in [
        "0000000000000002",
        "0000000000000003",
        "0000000000000004",
        "0000000000000005",
    ] {
        assert_eq!(per(n), 1, "{n}: {errors:?}");
    }
    assert!(
        errors
            .iter()
            .any(|(p, _)| p.ends_with("0000000000000001.timesync")),
        "{errors:?}"
    );
    assert_eq!(errors.len(), 5, "{errors:?}");
    let recs = jsonl(&members, "unified_logs");
    let from = |n: &str| {
        recs.iter()
            .filter(|r| r["source"].as_str() == p(n).to_str())
            .count()
    };
    // The intact copy: its 5 entries (the crate's count), times and
    // messages unresolved, all written.
    assert_eq!(from("0000000000000001"), 5);
    // The cut file keeps the catalogs before the cut.
    assert!(from("0000000000000002") > 0);
    assert!(recs.iter().all(|r| r["time_resolved"] == false));
}

/// Unified logs: a real tracev3 file whose chunk set declares an
/// uncompressed size of almost 4 GiB (the decoder would allocate it before
/// decompressing) is archived and not decoded, one typed issue naming it;
/// beside it an intact copy, and a copy dated 30 days after the collection
/// starts, which must not push the intact copy out of the default window.
#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn a_unified_log_declaring_a_huge_chunk_set_is_archived_and_the_rest_decoded() {
    let small = std::fs::read(
        realdata_dir().join("unifiedlogs/dtformats_partial/0000000000000030.tracev3"),
    )
    .unwrap();
    // Its chunks (walked with a separate script): header at 0, catalog at
    // 224, one bv41 chunk set at 424: signature at 440, size at 444.
    assert_eq!(&small[440..444], b"bv41");
    let mut huge = small.clone();
    huge[444..448].copy_from_slice(&0xffff_fff0u32.to_le_bytes());
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    let p = |n: &str| PathBuf::from(format!("/private/var/db/diagnostics/Persist/{n}.tracev3"));
    let now = std::time::SystemTime::now();
    let day = Duration::from_secs(24 * 3600);
    for (n, bytes, mtime) in [
        ("0000000000000001", &small, now - Duration::from_secs(3600)),
        ("0000000000000002", &huge, now - Duration::from_secs(7200)),
        ("0000000000000003", &small, now + 30 * day),
    ] {
        plant(&root, &p(n), bytes);
        let host = root.join(p(n).strip_prefix("/").unwrap());
        std::fs::File::options()
            .write(true)
            .open(&host)
            .unwrap()
            .set_modified(mtime)
            .unwrap();
    }
    let out = work.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let run = collect_within(
        &root,
        &out,
        &["--quiet", "--only", "unified_logs", "--unified-logs", "all"],
        Duration::from_secs(300),
    );
    let members = check_sound_tarball(&run);
    let man = manifest(&members);
    let c = collector(&man, "unified_logs");
    assert_eq!(c["status"], "partial", "{c}");
    let errors = c["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = &errors[0];
    assert_eq!(e["path"].as_str(), p("0000000000000002").to_str());
    assert_eq!(e["kind"], "capped");
    assert_eq!(e["cap"], 4 << 20);
    assert_eq!(e["found"], 0xffff_fff0u64);
    assert!(
        e["message"].as_str().unwrap().contains("offset 0x1a8"),
        "{e}"
    );
    // Archived as found.
    assert_eq!(
        members["[root]/private/var/db/diagnostics/Persist/0000000000000002.tracev3"].data,
        huge
    );
    let recs = jsonl(&members, "unified_logs");
    let from = |n: &str| {
        recs.iter()
            .filter(|r| r["source"].as_str() == p(n).to_str())
            .count()
    };
    // 5 entries per intact copy (the crate's count), none from the other.
    assert_eq!(
        (
            from("0000000000000001"),
            from("0000000000000002"),
            from("0000000000000003")
        ),
        (5, 0, 5)
    );
    assert_eq!(recs.len(), 10);
    let w = &c["notes"]["window"];
    assert_eq!(w["anchor_source"], "newest_tracev3_mtime", "{c}");
    assert_eq!(w["tracev3_dated_after_start"], 1, "{c}");
    assert_eq!(w["since_s"], 3 * 24 * 3600, "{c}");
}
