use super::*;
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
        },
        ..Options::default()
    }
}

/// A chunk: preamble, data, padding to 8.
fn chunk(tag: u32, data: &[u8]) -> Vec<u8> {
    let mut v = Vec::new();
    v.extend_from_slice(&tag.to_le_bytes());
    v.extend_from_slice(&17u32.to_le_bytes());
    v.extend_from_slice(&(data.len() as u64).to_le_bytes());
    v.extend_from_slice(data);
    while v.len() % 8 != 0 {
        v.push(0);
    }
    v
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
        .map(|f| {
            let data = parse_log(std::fs::File::open(src.join(f)).unwrap(), f).unwrap();
            let (entries, _) = build_log(&data, &provider, &cache, &timesync, false);
            (f.to_string(), entries.len())
        })
        .collect()
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
