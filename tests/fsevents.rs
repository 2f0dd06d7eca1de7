//! FSEvents end to end: a large store is read in bounded memory by the
//! real binary. CI runs 300,000 records; `MACTRIAGE_FSEVENTS_RECORDS=1000000`
//! gives the million-record figure of docs/performance.md.

mod common;

use std::time::{Duration, Instant};

use common::*;

/// Records per page: real pages are about 256 KiB, some 5,000 records.
const PER_PAGE: u64 = 5_000;

/// A store of `n` records in files of `per_file`, version 2 pages, paths
/// like a busy home directory's.
fn big_store(root: &std::path::Path, n: u64, per_file: u64) {
    let dir = root.join("System/Volumes/Data/.fseventsd");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("fseventsd-uuid"),
        b"0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0",
    )
    .unwrap();
    let mut id = 0u64;
    while id < n {
        let mut data = Vec::new();
        let end = (id + per_file).min(n);
        while id < end {
            let stop = (id + PER_PAGE).min(end);
            let paths: Vec<String> = (id..stop)
                .map(|i| format!("Users/alice/Library/Caches/com.example.app/fsCachedData/{i:08X}"))
                .collect();
            let recs: Vec<(&[u8], u64, u32, u64)> = paths
                .iter()
                .zip(id..stop)
                .map(|(p, i)| (p.as_bytes(), i, 0x0080_0011, 1_000_000 + i))
                .collect();
            data.extend(fsevents_page(2, &recs));
            id = stop;
        }
        std::fs::write(dir.join(format!("{:016x}", id)), gzip(&data)).unwrap();
    }
}

#[test]
fn a_million_records_stream_in_bounded_memory() {
    let n: u64 = std::env::var("MACTRIAGE_FSEVENTS_RECORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300_000);
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    // One file of half the records (a store that was never rotated), the
    // rest in files of 25,000.
    big_store(&root, n / 2, n / 2);
    let dir = root.join("System/Volumes/Data/.fseventsd");
    let first: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(first.len(), 2);
    let rest = work.path().join("rest");
    big_store(&rest, n, 25_000);
    for e in std::fs::read_dir(rest.join("System/Volumes/Data/.fseventsd")).unwrap() {
        let e = e.unwrap();
        let name = e.file_name();
        let id = u64::from_str_radix(&name.to_string_lossy(), 16).unwrap_or(0);
        if id > n / 2 {
            std::fs::rename(e.path(), dir.join(&name)).unwrap();
        }
    }
    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let started = Instant::now();
    let run = collect_within(
        &root,
        &out,
        &["--only", "fsevents", "--time-limit", "0"],
        Duration::from_secs(1200),
    );
    let took = started.elapsed();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let members = members_map(&run.tarball());
    let man = manifest(&members);
    assert_eq!(collector(&man, "fsevents")["records"].as_u64().unwrap(), n);
    let kb = run.peak_rss_kb.expect("peak RSS");
    eprintln!("{n} FSEvents records in {took:?}; peak RSS {kb} kB");
    // The parsed output alone is hundreds of megabytes; memory is not.
    assert!(kb < 96 * 1024, "peak RSS {kb} kB for {n} records");
}
