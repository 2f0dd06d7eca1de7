//! Opt-in: Timesketch's own import code reads our timelines.
//!
//! Needs `$MACTRIAGE_TIMESKETCH_PYTHON`, a Python with the `timesketch`
//! package and what its readers import; `scripts/timesketch.sh` sets one up
//! and runs this test. `scripts/timesketch_check.py` runs
//! `timesketch.lib.utils.read_and_validate_jsonl` and
//! `read_and_validate_csv` (what Timesketch's importer calls on an uploaded
//! file) on the JSONL and the CSV of one tarball, and this test checks what
//! they yielded: every event, none without Timesketch's mandatory fields,
//! in time order, Timesketch's reading of each `datetime` equal to our
//! `timestamp`, and every record that has a `timestamp` among them.
//!
//! Tarballs: the bundled sample Mac, the USB-copy sample, and (with
//! `$MACTRIAGE_REALDATA`) the real-data root of `tests/realdata.rs`.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;
use serde_json::Value;

fn python() -> PathBuf {
    PathBuf::from(
        std::env::var_os("MACTRIAGE_TIMESKETCH_PYTHON")
            .expect("MACTRIAGE_TIMESKETCH_PYTHON: run scripts/timesketch.sh"),
    )
}

/// Timeline a tarball both ways, read both with Timesketch, and check.
fn check(tarball: &Path, work: &Path) {
    let jsonl = work.join("timeline.jsonl");
    let csv = work.join("timeline.csv");
    for out in [&jsonl, &csv] {
        let o = bin()
            .arg("timeline")
            .arg(tarball)
            .arg("--output")
            .arg(out)
            .output()
            .unwrap();
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/timesketch_check.py");
    let o = Command::new(python())
        .arg(&script)
        .arg(&jsonl)
        .arg(&csv)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "Timesketch's readers failed:\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let got: Value = serde_json::from_slice(&o.stdout).unwrap();

    // What we wrote.
    let ours: Vec<Value> = std::fs::read_to_string(&jsonl)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let our_ts: Vec<i64> = ours
        .iter()
        .map(|e| e["timestamp"].as_i64().unwrap())
        .collect();
    assert!(!ours.is_empty());

    for format in ["jsonl", "csv"] {
        let r = &got[format];
        assert_eq!(
            r["events"],
            ours.len(),
            "{format}: Timesketch dropped events"
        );
        assert_eq!(r["missing"], 0, "{format}");
        assert_eq!(r["sorted"], true, "{format}");
        // Timesketch's CSV reader recomputes `timestamp` from `datetime`.
        let ts: Vec<i64> = r["timestamps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_i64().unwrap())
            .collect();
        assert_eq!(ts, our_ts, "{format}: Timesketch reads other times");
    }
    assert_eq!(got["jsonl"]["bad_datetime"], 0);

    // Every record with a timestamp is represented.
    let represented: BTreeSet<String> = got["jsonl"]["parsed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    let members = members_map(tarball);
    let mut timed = 0;
    for (name, m) in &members {
        if !(name.starts_with("parsed/") && name.ends_with(".jsonl")) {
            continue;
        }
        for (i, line) in String::from_utf8_lossy(&m.data).lines().enumerate() {
            let rec: Value = serde_json::from_str(line).unwrap();
            let Some(t) = rec["timestamp"].as_str() else {
                continue;
            };
            let year: i32 = t.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
            if !(1700..=9999).contains(&year) {
                continue;
            }
            timed += 1;
            let r = format!("{name}:{}", i + 1);
            assert!(represented.contains(&r), "{r} is not in the timeline");
        }
    }
    assert!(timed > 0);
    eprintln!(
        "{}: Timesketch read {} events ({} records with a timestamp)",
        tarball.display(),
        ours.len(),
        timed
    );
}

#[test]
#[cfg_attr(
    not(timesketch),
    ignore = "needs MACTRIAGE_TIMESKETCH_PYTHON (scripts/timesketch.sh)"
)]
fn timesketch_reads_the_sample_macs() {
    for name in ["mac-basic", "usb-copy"] {
        let work = tempfile::tempdir().unwrap();
        let run = collect(&fixture(name), work.path(), &["--quiet"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        check(&run.tarball(), work.path());
    }
}

#[test]
#[cfg_attr(
    not(all(timesketch, realdata)),
    ignore = "needs MACTRIAGE_TIMESKETCH_PYTHON (scripts/timesketch.sh) and MACTRIAGE_REALDATA"
)]
fn timesketch_reads_the_real_data_root() {
    use common::realdata::{build_root, Variant};
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    build_root(&realdata_dir(), &root, Variant::Full);
    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let run = collect(&root, &out, &["--quiet"]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    check(&run.tarball(), work.path());
}
