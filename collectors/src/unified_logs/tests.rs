use super::*;
use crate::formats::tracev3::tests::chunk;
use crate::kit::report::IssueKind;
use crate::kit::{budget::Limit, testing, Options, Status};
use std::time::UNIX_EPOCH;

fn write(root: &Path, rel: &str, data: &[u8]) -> PathBuf {
    let p = root.join(rel.trim_start_matches('/'));
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, data).unwrap();
    p
}

fn set_mtime(p: &Path, secs: u64) {
    let f = std::fs::File::options().write(true).open(p).unwrap();
    f.set_modified(UNIX_EPOCH + Duration::from_secs(secs))
        .unwrap();
}

fn options(selection: Selection, since: Option<Duration>, max_size: u64) -> Options {
    Options {
        unified_logs: Settings {
            max_size,
            selection,
            since,
            now: None,
            ..Settings::default()
        },
        ..Options::default()
    }
}

/// A tracev3 file whose only content is a catalog naming `uuids`, padded
/// with an unknown chunk to `size` bytes.
fn tracev3_naming(uuids: &[[u8; 16]], size: usize) -> Vec<u8> {
    let mut d = Vec::new();
    d.extend_from_slice(&((uuids.len() * 16) as u16).to_le_bytes());
    d.extend_from_slice(&[0u8; 22]);
    for u in uuids {
        d.extend_from_slice(u);
    }
    let mut f = chunk(tracev3::CATALOG_TAG, &d);
    let pad = size - f.len() - 16;
    f.extend(chunk(0x7777, &vec![0u8; pad]));
    assert_eq!(f.len(), size);
    f
}

fn not_collected(report: &crate::kit::CollectorReport) -> Vec<(String, Option<u64>)> {
    let mut v: Vec<_> = report
        .errors
        .iter()
        .filter_map(|e| match &e.kind {
            IssueKind::NotCollected {
                limit: Limit::UnifiedLogsMaxSize,
                size,
            } => Some((e.path.clone().unwrap_or_default(), *size)),
            _ => None,
        })
        .collect();
    v.sort();
    v
}

#[test]
fn the_budget_keeps_the_newest_tracev3_files_with_what_they_need() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let diag = "private/var/db/diagnostics";
    write(r, &format!("{diag}/version.plist"), &[b'v'; 100]);
    write(
        r,
        &format!("{diag}/timesync/0000000000000001.timesync"),
        &[b't'; 100],
    );
    // Five files of 1000 bytes, the newest one with the highest number;
    // each names one uuidtext file of 300 bytes, the first two the same.
    let uuid = |n: u8| [n; 16];
    for n in 1..=5u8 {
        let u = uuid(if n <= 2 { 1 } else { n });
        let p = write(
            r,
            &format!("{diag}/Persist/000000000000000{n}.tracev3"),
            &tracev3_naming(&[u], 1000),
        );
        set_mtime(&p, 1_700_000_000 + u64::from(n) * 3600);
        let hex = hex::encode_upper(u);
        write(
            r,
            &format!("private/var/db/uuidtext/{}/{}", &hex[..2], &hex[2..]),
            &[b'u'; 300],
        );
    }
    // 200 for the small files, then 1300 per new file: files 5, 4 and 3
    // fit in 200 + 3 * 1300 = 4100 (4500 allowed); file 2 (1300) does
    // not, and that ends the taking: file 1 is listed too, although it
    // needs no new uuidtext.
    let (report, sink) =
        testing::run_on_with(r, &UnifiedLogs, options(Selection::None, None, 4500));
    let members: Vec<String> = sink
        .members()
        .into_iter()
        .filter(|m| m.starts_with("[root]"))
        .collect();
    for n in 3..=5u8 {
        assert!(
            members
                .iter()
                .any(|m| m.ends_with(&format!("000000000000000{n}.tracev3"))),
            "{members:?}"
        );
        let hex = hex::encode_upper(uuid(n));
        assert!(
            members.iter().any(|m| m.ends_with(&hex[2..])),
            "{members:?}"
        );
    }
    assert!(members.iter().any(|m| m.ends_with("version.plist")));
    assert!(members.iter().any(|m| m.ends_with(".timesync")));
    let uuid1 = hex::encode_upper(uuid(1));
    assert!(!members.iter().any(|m| m.ends_with(&uuid1[2..])));
    assert_eq!(members.len(), 2 + 3 + 3, "{members:?}");
    let total: usize = members
        .iter()
        .map(|m| sink.member_bytes(m).unwrap().len())
        .sum();
    assert!(total <= 4500, "{total}");
    assert_eq!(
        not_collected(&report),
        [
            (
                format!("/{diag}/Persist/0000000000000001.tracev3"),
                Some(1000)
            ),
            (
                format!("/{diag}/Persist/0000000000000002.tracev3"),
                Some(1000)
            ),
        ]
    );
    assert_eq!(report.status, Status::Partial);
    assert!(sink.records(STREAM).is_empty());
}

#[test]
fn an_absent_store_is_silent() {
    let d = tempfile::tempdir().unwrap();
    let (report, sink) = testing::run_on(d.path(), &UnifiedLogs);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    assert!(sink.members().iter().all(|m| !m.starts_with("[root]")));
}

#[test]
fn wall_time_follows_the_timesync_records() {
    use macos_unifiedlogs::timesync::Timesync;
    let mut ts = HashMap::new();
    let rec = |kernel_time, walltime| Timesync {
        kernel_time,
        walltime,
        ..Timesync::default()
    };
    ts.insert(
        "B".to_string(),
        TimesyncBoot {
            boot_uuid: "B".into(),
            timebase_numerator: 125,
            timebase_denominator: 3,
            boot_time: 1_000_000_000_000_000_000,
            timesync: vec![
                rec(0, 1_000_000_000_000_000_000),
                rec(3_000, 2_000_000_000_000_000_000),
            ],
            ..TimesyncBoot::default()
        },
    );
    // Apple silicon ticks: 24 MHz, 125/3 ns each.
    assert_eq!(wall_time(&ts, "B", 300, 1), Some(1_000_000_000_000_012_500));
    assert_eq!(
        wall_time(&ts, "B", 3_003, 1),
        Some(2_000_000_000_000_000_125)
    );
    assert_eq!(wall_time(&ts, "other boot", 300, 1), None);
}

/// The real files laid out at their macOS paths: tracev3 in Persist/.
#[cfg(realdata)]
fn realdata_root(r: &Path) {
    let src = crate::testdata::realdata::path("unifiedlogs/dtformats_partial");
    let diag = "private/var/db/diagnostics";
    for (i, f) in ["0000000000000030.tracev3", "0000000000000f85.tracev3"]
        .iter()
        .enumerate()
    {
        let p = write(
            r,
            &format!("{diag}/Persist/{f}"),
            &std::fs::read(src.join(f)).unwrap(),
        );
        set_mtime(&p, 1_600_000_000 + i as u64);
    }
    write(
        r,
        &format!("{diag}/timesync/0000000000000002.timesync"),
        &std::fs::read(src.join("timesync/0000000000000002.timesync")).unwrap(),
    );
    for rel in [
        "uuidtext/00/7EF56328D53A78B59CCCE3E3189F57",
        "uuidtext/22/0D3C2953A33917B333DD8366AC25F2",
        "uuidtext/dsc/8E21CAB1DCF936B49F85CF860E6F34EC",
    ] {
        write(
            r,
            &format!("private/var/db/{rel}"),
            &std::fs::read(src.join(rel)).unwrap(),
        );
    }
}

/// Entries the crate itself builds from the same files, laid out as a
/// log archive for its own `LogarchiveProvider` (independent of the
/// collector's provider, budget and chunk-by-chunk decode).
#[cfg(realdata)]
fn crate_entries() -> Vec<(String, usize)> {
    crate_decode(&mut |_, _, d| {
        macos_unifiedlogs::parser::build_log(d.0, d.1, d.2, d.3, false)
            .0
            .len()
    })
}

/// The crate's parsed real samples, each handed to `f` with the crate's
/// own provider, string cache and timesync records.
#[cfg(realdata)]
type CrateCache = macos_unifiedlogs::cache::MemoryStringCache<
    std::sync::Arc<
        std::sync::RwLock<HashMap<String, std::sync::Arc<macos_unifiedlogs::uuidtext::UUIDText>>>,
    >,
    std::sync::Arc<
        std::sync::RwLock<
            HashMap<String, std::sync::Arc<macos_unifiedlogs::dsc::SharedCacheStrings>>,
        >,
    >,
>;

#[cfg(realdata)]
type CrateInput<'a> = (
    &'a UnifiedLogData,
    &'a macos_unifiedlogs::filesystem::LogarchiveProvider,
    &'a CrateCache,
    &'a HashMap<String, TimesyncBoot>,
);

#[cfg(realdata)]
fn crate_decode<T>(f: &mut dyn FnMut(usize, &str, CrateInput<'_>) -> T) -> Vec<(String, T)> {
    use macos_unifiedlogs::cache::MemoryStringCache;
    use macos_unifiedlogs::filesystem::LogarchiveProvider;
    use macos_unifiedlogs::parser::{collect_timesync, parse_log};
    let src = crate::testdata::realdata::path("unifiedlogs/dtformats_partial");
    let d = tempfile::tempdir().unwrap();
    let a = d.path();
    for rel in [
        "timesync/0000000000000002.timesync",
        "00/7EF56328D53A78B59CCCE3E3189F57",
        "22/0D3C2953A33917B333DD8366AC25F2",
        "dsc/8E21CAB1DCF936B49F85CF860E6F34EC",
    ] {
        let from = if rel.starts_with("timesync") {
            src.join(rel)
        } else {
            src.join("uuidtext").join(rel)
        };
        write(a, rel, &std::fs::read(from).unwrap());
    }
    let provider = LogarchiveProvider::new(a);
    let timesync = collect_timesync(&provider).unwrap();
    let cache = MemoryStringCache::default();
    ["0000000000000030.tracev3", "0000000000000f85.tracev3"]
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let data = parse_log(std::fs::File::open(src.join(name)).unwrap(), name).unwrap();
            let v = f(i, name, (&data, &provider, &cache, &timesync));
            (name.to_string(), v)
        })
        .collect()
}

/// An entry as JSON, for comparing two decodes (which must give the same
/// bytes: state dump protobufs included, PATCHES.md item 4).
#[cfg(realdata)]
fn comparable(e: &LogData) -> serde_json::Value {
    serde_json::to_value(e).unwrap()
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn realdata_a_selected_decode_builds_exactly_the_entries_kept() {
    #[cfg(not(realdata))]
    panic!("needs MACTRIAGE_REALDATA=../shared/realdata");
    #[cfg(realdata)]
    {
        use macos_unifiedlogs::parser::{build_log, build_log_selected};
        let checked = crate_decode(&mut |_, name, (d, p, c, t)| {
            let full: Vec<_> = build_log(d, p, c, t, false)
                .0
                .iter()
                .map(comparable)
                .collect();
            // Kept all: the same entries, numbered in order.
            let all = build_log_selected(d, p, c, t, &mut |_, _, _| true);
            assert_eq!(all.len(), full.len(), "{name}");
            for (n, (i, e)) in all.iter().enumerate() {
                assert_eq!(*i, n, "{name}");
                assert_eq!(comparable(e), full[n], "{name} entry {n}");
            }
            // Every third kept: those entries, and each asked about once.
            let mut asked = Vec::new();
            let some = build_log_selected(d, p, c, t, &mut |i, _, _| {
                asked.push(i);
                i % 3 == 1
            });
            assert_eq!(asked, (0..full.len()).collect::<Vec<_>>(), "{name}");
            let want: Vec<_> = (0..full.len()).filter(|i| i % 3 == 1).collect();
            assert_eq!(some.iter().map(|(i, _)| *i).collect::<Vec<_>>(), want);
            for (i, e) in &some {
                assert_eq!(comparable(e), full[*i], "{name} entry {i}");
            }
            // What the filter is told is what the built entry holds.
            let mut told = Vec::new();
            let told_all = build_log_selected(d, p, c, t, &mut |_, process, subsystem| {
                told.push((process.to_string(), subsystem.to_string()));
                true
            });
            for ((_, e), (process, subsystem)) in told_all.iter().zip(&told) {
                assert_eq!(&e.process, process, "{name}");
                assert_eq!(&e.subsystem, subsystem, "{name}");
            }
            full.len()
        });
        assert!(checked.iter().all(|(_, n)| *n > 0), "{checked:?}");
    }
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn realdata_the_default_selection_writes_what_the_table_selects_from_a_full_decode() {
    #[cfg(not(realdata))]
    panic!("needs MACTRIAGE_REALDATA=../shared/realdata");
    #[cfg(realdata)]
    {
        let expected = crate_decode(&mut |_, _, (d, p, c, t)| {
            let full = macos_unifiedlogs::parser::build_log(d, p, c, t, false).0;
            let mut topics: Vec<&str> = full
                .iter()
                .filter_map(|e| {
                    topics::classify(&topics::Facts {
                        process: &e.process,
                        subsystem: &e.subsystem,
                        message: &e.message,
                    })
                })
                .collect();
            topics.sort_unstable();
            topics.into_iter().map(String::from).collect::<Vec<_>>()
        });
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        realdata_root(r);
        let (_, sink) = testing::run_on_with(
            r,
            &UnifiedLogs,
            options(Selection::Topics, None, DEFAULT_MAX_SIZE),
        );
        // The samples' entries are of iOS and AssetCache subsystems, with
        // their processes unresolved (their uuidtext files are absent): the
        // table selects none of them, and the collector must write none.
        let recs = sink.records(STREAM);
        for (f, want) in &expected {
            let mut got: Vec<String> = recs
                .iter()
                .filter(|r| r["source"].as_str().unwrap().ends_with(f.as_str()))
                .map(|r| r["topic"].as_str().unwrap().to_string())
                .collect();
            got.sort_unstable();
            assert_eq!(&got, want, "{f}");
        }
    }
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn realdata_every_decoded_entry_is_written() {
    // Run with --ignored but without the samples, it must not pass.
    #[cfg(not(realdata))]
    panic!("needs MACTRIAGE_REALDATA=../shared/realdata");
    #[cfg(realdata)]
    {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        realdata_root(r);
        let (report, sink) = testing::run_on_with(
            r,
            &UnifiedLogs,
            options(Selection::All, None, DEFAULT_MAX_SIZE),
        );
        let recs = sink.records(STREAM);
        let expected = crate_entries();
        for (f, n) in &expected {
            let got = recs
                .iter()
                .filter(|r| r["source"].as_str().unwrap().ends_with(f.as_str()))
                .count();
            assert_eq!(got, *n, "{f}");
        }
        assert!(expected.iter().all(|(_, n)| *n > 0), "{expected:?}");
        // The timesync file matches neither boot (SOURCES.md): no time
        // resolves, and every entry is still there, flagged, with its raw
        // continuous time and boot.
        assert!(recs
            .iter()
            .all(|r| r["time_resolved"] == false && r["timestamp"].is_null()));
        assert!(recs
            .iter()
            .all(|r| r["timestamp_raw"]["continuous_time"].is_u64()));
        assert!(recs
            .iter()
            .all(|r| r["boot_uuid"].as_str().unwrap().len() == 32));
        // 0030 names the dsc that is present: some messages resolve; most
        // of the iOS file's do not (its uuidtext files are absent).
        let resolved = |f: &str, v: bool| {
            recs.iter()
                .filter(|r| {
                    r["source"].as_str().unwrap().ends_with(f) && r["message_resolved"] == v
                })
                .count()
        };
        assert_eq!(resolved("0030.tracev3", false), 5);
        assert!(resolved("0f85.tracev3", false) > resolved("0f85.tracev3", true));
        // Every uuidtext and dsc the catalogs name that exists was taken.
        let members = sink.members();
        assert!(
            members
                .iter()
                .any(|m| m.ends_with("dsc/8E21CAB1DCF936B49F85CF860E6F34EC")),
            "{members:?}"
        );
        assert!(
            report.errors.iter().all(|e| !e.is_budget()),
            "{:?}",
            report.errors
        );
    }
}

fn options_at(selection: Selection, since: Option<Duration>, now: SystemTime) -> Options {
    let mut o = options(selection, since, DEFAULT_MAX_SIZE);
    o.unified_logs.now = Some(now);
    o
}

/// The issues of a kind about paths ending in `tail`.
fn issues_at<'a>(
    report: &'a crate::kit::CollectorReport,
    tail: &str,
) -> Vec<&'a crate::kit::report::Issue> {
    report
        .errors
        .iter()
        .filter(|e| e.path.as_deref().is_some_and(|p| p.ends_with(tail)))
        .collect()
}

#[test]
fn a_uuid_with_both_a_uuidtext_and_a_dsc_file_keeps_both_it_was_charged_for() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let u = [0x5c; 16];
    let hex = hex::encode_upper(u);
    write(
        r,
        "private/var/db/diagnostics/Persist/0000000000000001.tracev3",
        &tracev3_naming(&[u], 1000),
    );
    write(
        r,
        &format!("private/var/db/uuidtext/{}/{}", &hex[..2], &hex[2..]),
        &[b'u'; 300],
    );
    write(
        r,
        &format!("private/var/db/uuidtext/dsc/{hex}"),
        &[b'd'; 500],
    );
    // Exactly what the three cost: each charged once, each kept.
    let (report, sink) =
        testing::run_on_with(r, &UnifiedLogs, options(Selection::None, None, 1800));
    assert!(not_collected(&report).is_empty(), "{:?}", report.errors);
    let members = sink.members();
    assert!(
        members
            .iter()
            .any(|m| m.ends_with(&format!("uuidtext/{}/{}", &hex[..2], &hex[2..]))),
        "{members:?}"
    );
    assert!(
        members.iter().any(|m| m.ends_with(&format!("dsc/{hex}"))),
        "{members:?}"
    );
    // One byte less: the tracev3 file and both string files are left out.
    let (report, sink) =
        testing::run_on_with(r, &UnifiedLogs, options(Selection::None, None, 1799));
    assert_eq!(not_collected(&report).len(), 1, "{:?}", report.errors);
    assert!(!sink.members().iter().any(|m| m.contains("uuidtext")));
}

#[test]
fn the_window_is_anchored_at_or_before_the_collection_start() {
    let t = |s: u64| UNIX_EPOCH + Duration::from_secs(s);
    let now = t(1_700_000_000);
    let day = 24 * 3600;
    let since = Some(Duration::from_secs(3 * day));
    // A file dated 30 days ahead does not move the anchor.
    let w = Window::new(
        since,
        [
            t(1_700_000_000 - 3600),
            t(1_700_000_000 - 5 * day),
            t(1_700_000_000 + 30 * day),
        ],
        now,
    )
    .unwrap();
    assert_eq!(w.anchor, t(1_700_000_000 - 3600));
    assert!(w.anchored_on_file);
    assert_eq!(w.dated_later, 1);
    assert_eq!(w.start, t(1_700_000_000 - 3600 - 3 * day));
    assert_eq!(
        w.start_ns,
        i128::from(1_700_000_000 - 3600 - 3 * day) * 1_000_000_000
    );
    assert!(w.holds_file(Some(t(1_700_000_000 + 30 * day))));
    assert!(!w.holds_file(Some(t(1_700_000_000 - 5 * day))));
    assert!(w.holds_file(None));
    // Every file dated later: the collection's start is the anchor.
    let w = Window::new(since, [t(1_800_000_000)], now).unwrap();
    assert_eq!(
        (w.anchor, w.anchored_on_file, w.dated_later),
        (now, false, 1)
    );
    // A file dated exactly at the start counts as not later.
    let w = Window::new(since, [now], now).unwrap();
    assert_eq!(
        (w.anchor, w.anchored_on_file, w.dated_later),
        (now, true, 0)
    );
    assert_eq!(Window::new(None, [now], now), None);
    assert_eq!(Window::new(since, [], now), None);
}

#[test]
fn a_future_dated_tracev3_file_leaves_the_others_in_the_window() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let now = 1_700_000_000u64;
    let day = 24 * 3600;
    let diag = "private/var/db/diagnostics/Persist";
    // Recent, old (outside 3 days), and dated 30 days ahead.
    for (n, mtime) in [(1, now - 3600), (2, now - 5 * day), (3, now + 30 * day)] {
        let p = write(
            r,
            &format!("{diag}/000000000000000{n}.tracev3"),
            &tracev3_naming(&[[n; 16]], 1000),
        );
        set_mtime(&p, mtime);
    }
    let (report, sink) = testing::run_on_with(
        r,
        &UnifiedLogs,
        options_at(
            Selection::All,
            Some(Duration::from_secs(3 * day)),
            UNIX_EPOCH + Duration::from_secs(now),
        ),
    );
    // The catalog-only files have a chunk the crate does not know: each
    // file that is decoded gets its one damage line, one that is not, none.
    assert_eq!(
        issues_at(&report, "0000000000000001.tracev3").len(),
        1,
        "{:?}",
        report.errors
    );
    assert_eq!(
        issues_at(&report, "0000000000000002.tracev3").len(),
        0,
        "{:?}",
        report.errors
    );
    assert_eq!(
        issues_at(&report, "0000000000000003.tracev3").len(),
        1,
        "{:?}",
        report.errors
    );
    // All three are archived.
    assert_eq!(
        sink.members()
            .iter()
            .filter(|m| m.ends_with(".tracev3"))
            .count(),
        3
    );
    let w = &report.notes["window"];
    assert_eq!(w["anchor"], "2023-11-14T21:13:20Z");
    assert_eq!(w["anchor_source"], "newest_tracev3_mtime");
    assert_eq!(w["start"], "2023-11-11T21:13:20Z");
    assert_eq!(w["since_s"], 3 * day);
    assert_eq!(w["tracev3_dated_after_start"], 1);
}

/// A tracev3 file: a catalog naming no image, then chunk sets declaring
/// `declared` bytes each (their data is not valid LZ4: only declared).
fn tracev3_declaring(declared: &[u32]) -> Vec<u8> {
    let mut d = Vec::new();
    d.extend_from_slice(&0u16.to_le_bytes());
    d.extend_from_slice(&[0u8; 22]);
    let mut f = chunk(tracev3::CATALOG_TAG, &d);
    for n in declared {
        let mut c = b"bv41".to_vec();
        c.extend_from_slice(&n.to_le_bytes());
        c.extend_from_slice(&8u32.to_le_bytes());
        c.extend_from_slice(&[0u8; 8]);
        c.extend_from_slice(b"bv4$");
        f.extend(chunk(tracev3::CHUNKSET_TAG, &c));
    }
    f
}

#[test]
fn a_chunk_set_declaring_too_much_keeps_the_file_from_the_decoder() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let diag = "private/var/db/diagnostics/Persist";
    let huge = tracev3_declaring(&[65_408, u32::MAX]);
    write(r, &format!("{diag}/0000000000000001.tracev3"), &huge);
    // 17 chunk sets of 4 MiB each: under the per-chunk-set cap, over the
    // per-catalog one.
    let many = tracev3_declaring(&[4 << 20; 17]);
    write(r, &format!("{diag}/0000000000000002.tracev3"), &many);
    // One catalog more than a file is walked up to (3.7 MB).
    let catalogs = tracev3_declaring(&[]).repeat(tracev3::MAX_CATALOGS + 1);
    write(r, &format!("{diag}/0000000000000003.tracev3"), &catalogs);
    let (report, sink) = testing::run_on_with(
        r,
        &UnifiedLogs,
        options(Selection::All, None, DEFAULT_MAX_SIZE),
    );
    let one = issues_at(&report, "0000000000000001.tracev3");
    assert_eq!(one.len(), 1, "{:?}", report.errors);
    assert_eq!(
        one[0].kind,
        IssueKind::Capped {
            cap: MAX_CHUNKSET,
            found: Some(u64::from(u32::MAX))
        }
    );
    // The offset of the second chunk set: after the catalog (16 + 24)
    // and the first chunk set (16 + 24).
    assert!(one[0].message.contains("offset 0x50"), "{}", one[0].message);
    let two = issues_at(&report, "0000000000000002.tracev3");
    assert_eq!(two.len(), 1, "{:?}", report.errors);
    assert_eq!(
        two[0].kind,
        IssueKind::Capped {
            cap: MAX_CATALOG_DECOMPRESSED,
            found: Some(17 * (4 << 20))
        }
    );
    assert!(two[0].message.contains("offset 0x0"), "{}", two[0].message);
    let three = issues_at(&report, "0000000000000003.tracev3");
    assert_eq!(three.len(), 1, "{:?}", report.errors);
    assert_eq!(
        three[0].kind,
        IssueKind::Capped {
            cap: tracev3::MAX_CATALOGS as u64,
            found: None
        }
    );
    // All archived byte for byte.
    let member = |n: &str| sink.member_bytes(&format!("[root]/{diag}/{n}.tracev3"));
    assert_eq!(member("0000000000000001"), Some(huge));
    assert_eq!(member("0000000000000002"), Some(many));
    assert_eq!(member("0000000000000003"), Some(catalogs));
    assert_eq!(report.status, Status::Partial);
}

#[test]
fn oversize_entries_are_capped_newest_kept() {
    let mut c = OversizeCap::default();
    // One chunk's 3000 new entries of 1 byte.
    let mut v: Vec<u64> = vec![1; 3000];
    cap_oversize(&mut v, &mut c, |s| *s);
    assert_eq!((v.len(), c.seen, c.dropped), (3000, 3000, 0));
    // The next chunk's 2000 first, then the 3000 kept: 904 oldest go.
    let mut next: Vec<u64> = vec![2; 2000];
    next.append(&mut v);
    cap_oversize(&mut next, &mut c, |s| *s);
    assert_eq!(next.len(), MAX_OVERSIZE);
    assert_eq!((c.seen, c.dropped), (5000, 5000 - MAX_OVERSIZE as u64));
    assert_eq!(next[0], 2);
    // By bytes: 64 KiB entries, 256 fit in 16 MiB.
    let mut c = OversizeCap::default();
    let mut v: Vec<u64> = vec![64 << 10; 300];
    cap_oversize(&mut v, &mut c, |s| *s);
    assert_eq!((v.len(), c.seen, c.dropped), (256, 300, 44));
}

#[test]
fn timesync_and_uuidtext_files_over_their_caps_are_archived_not_loaded() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let u = [0x3e; 16];
    let hex = hex::encode_upper(u);
    write(
        r,
        "private/var/db/diagnostics/Persist/0000000000000001.tracev3",
        &tracev3_naming(&[u], 1000),
    );
    // Sparse files one byte over their caps.
    let sparse = |rel: &str, len: u64| {
        let p = write(r, rel, b"");
        std::fs::File::options()
            .write(true)
            .open(&p)
            .unwrap()
            .set_len(len)
            .unwrap();
    };
    sparse(
        "private/var/db/diagnostics/timesync/0000000000000001.timesync",
        MAX_TIMESYNC + 1,
    );
    sparse(
        &format!("private/var/db/uuidtext/{}/{}", &hex[..2], &hex[2..]),
        MAX_UUIDTEXT + 1,
    );
    let (report, sink) = testing::run_on_with(
        r,
        &UnifiedLogs,
        options(Selection::All, None, DEFAULT_MAX_SIZE),
    );
    let ts = issues_at(&report, ".timesync");
    assert_eq!(ts.len(), 1, "{:?}", report.errors);
    assert_eq!(
        ts[0].kind,
        IssueKind::Capped {
            cap: MAX_TIMESYNC,
            found: Some(MAX_TIMESYNC + 1)
        }
    );
    let ut = issues_at(&report, &hex[2..]);
    assert_eq!(ut.len(), 1, "{:?}", report.errors);
    assert_eq!(
        ut[0].kind,
        IssueKind::Capped {
            cap: MAX_UUIDTEXT,
            found: Some(MAX_UUIDTEXT + 1)
        }
    );
    // Both archived whole.
    let members = sink.members();
    for tail in [".timesync".to_string(), hex[2..].to_string()] {
        let m = members.iter().find(|m| m.ends_with(&tail)).unwrap();
        assert!(sink.member_bytes(m).unwrap().len() as u64 > MAX_TIMESYNC);
    }
}

/// A store of damaged files (and, with the real samples, real ones
/// copied several times), interleaved.
fn mixed_store(r: &Path) -> usize {
    let diag = "private/var/db/diagnostics/Persist";
    #[cfg_attr(not(realdata), allow(unused_mut))]
    let mut files: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"not a tracev3 file at all".to_vec(),
        tracev3_declaring(&[u32::MAX]),
        tracev3_declaring(&[65_408]),
    ];
    #[cfg(realdata)]
    {
        let src = crate::testdata::realdata::path("unifiedlogs/dtformats_partial");
        for _ in 0..3 {
            for f in ["0000000000000030.tracev3", "0000000000000f85.tracev3"] {
                files.push(std::fs::read(src.join(f)).unwrap());
            }
            files.push(Vec::new());
        }
        realdata_root(r);
    }
    for (i, data) in files.iter().enumerate() {
        let p = write(r, &format!("{diag}/1{i:015x}.tracev3"), data);
        set_mtime(&p, 1_700_000_000 + i as u64);
    }
    files.len()
}

#[test]
fn decoding_on_several_threads_writes_what_one_thread_writes() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let n = mixed_store(r);
    let run = |decoders: usize| {
        let mut o = options(Selection::All, None, DEFAULT_MAX_SIZE);
        o.unified_logs.decoders = decoders;
        let (report, sink) = testing::run_on_with(r, &UnifiedLogs, o);
        // The crate writes a statedump's protobuf fields from a hash map,
        // in an order that changes from run to run: compare the rest.
        let recs: Vec<_> = sink
            .records(STREAM)
            .into_iter()
            .map(|mut v| {
                let m = v.as_object_mut().unwrap();
                if m["log_type"] == "Statedump" {
                    m.remove("message");
                }
                v
            })
            .collect();
        let issues: Vec<_> = report
            .errors
            .iter()
            .map(|i| (i.path.clone(), i.kind.clone(), i.message.clone()))
            .collect();
        (recs, issues, report.status)
    };
    let one = run(1);
    // Every damaged file is one issue, in file order.
    assert!(one.1.len() >= 3, "{:?}", one.1);
    // Four copies of the two real files (three here, one of
    // `realdata_root`): 5 and 8,654 entries each, as the crate decodes
    // them on its own (`realdata_every_decoded_entry_is_written`).
    #[cfg(realdata)]
    assert_eq!(one.0.len(), 4 * (5 + 8654), "{n}");
    for threads in [2, 3, 8] {
        let many = run(threads);
        assert_eq!(many.0.len(), one.0.len(), "{threads} threads");
        assert!(many.0 == one.0, "{threads} threads: records differ");
        assert_eq!(many.1, one.1, "{threads} threads");
        assert_eq!(many.2, one.2, "{threads} threads");
    }
    assert!(n >= 4);
}
