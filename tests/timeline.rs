//! `mactriage timeline` on tarballs of the sample roots: one event per
//! record and time field, sorted, in JSONL and CSV with the same columns,
//! with bounded memory (a tiny sort buffer gives the same bytes), filters,
//! and the records that have no time counted on standard error.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::*;
use serde_json::Value;

fn tarball_of(root: &Path, out: &Path) -> PathBuf {
    let run = collect(root, out, &["--quiet"]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    run.tarball()
}

fn timeline(args: &[&std::ffi::OsStr]) -> (i32, Vec<u8>, String) {
    let o = bin().arg("timeline").args(args).output().unwrap();
    (
        o.status.code().unwrap_or(-1),
        o.stdout,
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn lines(data: &[u8]) -> Vec<Value> {
    String::from_utf8(data.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn the_sample_macs_records_as_one_sorted_timeline() {
    let work = tempfile::tempdir().unwrap();
    let t = tarball_of(&fixture("mac-basic"), work.path());
    let (code, out, err) = timeline(&[t.as_os_str()]);
    assert_eq!(code, 0, "{err}");
    let events = lines(&out);

    // The first streams' events: shell 10 of 19 (the others store none),
    // quarantine 3, visits 8, downloads 3 starts + 3 ends + Chrome's last
    // access, recent items 3 bookmark creations + 3 target creations, ASL 3.
    let first = [
        "shell_history",
        "quarantine_events",
        "browser_history",
        "browser_downloads",
        "recent_items",
        "asl",
    ];
    let of_first = events
        .iter()
        .filter(|e| {
            first
                .iter()
                .any(|s| e["data_type"] == format!("mactriage:{s}").as_str())
        })
        .count();
    assert_eq!(of_first, 10 + 3 + 8 + 7 + 6 + 3);
    assert!(
        err.contains(&format!("{} events from ", events.len())),
        "{err}"
    );
    assert!(
        err.contains("have no time and are not in the timeline"),
        "{err}"
    );
    // Every record of every stream that has a `timestamp` is in the
    // timeline, at that time.
    let members = members_map(&t);
    let mut timed = 0;
    for (name, m) in &members {
        let Some(stream) = name
            .strip_prefix("parsed/")
            .and_then(|n| n.strip_suffix(".jsonl"))
        else {
            continue;
        };
        for (i, r) in lines(&m.data).iter().enumerate() {
            let Some(t) = r["timestamp"].as_str() else {
                continue;
            };
            let year: i32 = t.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
            if !(1700..=9999).contains(&year) {
                continue;
            }
            timed += 1;
            let at = format!("{name}:{}", i + 1);
            assert!(
                events.iter().any(|e| e["parsed"] == at.as_str()),
                "{stream} record {} has a time and no event",
                i + 1
            );
        }
    }
    assert!(timed > 37, "{timed}");

    // Timesketch's fields, sorted by time.
    let mut last = i64::MIN;
    for e in &events {
        for f in [
            "message",
            "datetime",
            "timestamp_desc",
            "data_type",
            "parsed",
            "tarball",
        ] {
            assert!(
                e[f].is_string() && !e[f].as_str().unwrap().is_empty(),
                "{f}: {e}"
            );
        }
        let ts = e["timestamp"].as_i64().unwrap();
        assert!(ts >= last, "not sorted: {e}");
        last = ts;
        let dt = chrono::DateTime::parse_from_rfc3339(e["datetime"].as_str().unwrap()).unwrap();
        assert_eq!(dt.timestamp_micros(), ts, "{e}");
        assert_eq!(e["tarball"], t.file_name().unwrap().to_str().unwrap());
        // Every record field is text (OpenSearch types a field by its
        // first value).
        for (k, v) in e.as_object().unwrap() {
            if k != "timestamp" {
                assert!(v.is_string(), "{k}: {v}");
            }
        }
    }

    // The Chrome download: its start, its end and its last opening, each
    // an event pointing at the same record.
    let chrome: Vec<&Value> = events
        .iter()
        .filter(|e| {
            e["data_type"] == "mactriage:browser_downloads" && e["browser"] == "Google Chrome"
        })
        .collect();
    let descs: Vec<&str> = chrome
        .iter()
        .map(|e| e["timestamp_desc"].as_str().unwrap())
        .collect();
    assert_eq!(
        descs,
        ["Download Start", "Download End", "Download Last Opened"]
    );
    assert_eq!(chrome[0]["datetime"], "2023-11-14T22:05:33Z");
    assert_eq!(chrome[1]["datetime"], "2023-11-14T22:05:35Z");
    assert!(chrome.iter().all(|e| e["parsed"] == chrome[0]["parsed"]));
    assert_eq!(chrome[0]["time_field"], "timestamp");
    assert_eq!(chrome[1]["time_field"], "end_time");
    assert_eq!(
        chrome[0]["message"],
        "Google Chrome download https://dl.example.invalid/b/report.pdf.zip to /Users/alice/Downloads/report.pdf.zip (COMPLETE) 1048576 bytes"
    );
    // The record's own timestamp is kept under another name.
    assert_eq!(chrome[1]["record_timestamp"], "2023-11-14T22:05:33Z");

    // ASL's own `message` field is renamed; the event's message is ours.
    let sudo = events
        .iter()
        .find(|e| e["data_type"] == "mactriage:asl" && e["sender"] == "sudo")
        .unwrap();
    assert_eq!(sudo["datetime"], "2023-11-14T22:13:31.802113Z");
    assert_eq!(sudo["timestamp_desc"], "Log Entry Time");
    assert!(sudo["record_message"]
        .as_str()
        .unwrap()
        .contains("COMMAND=/bin/launchctl list"));
    assert!(sudo["message"]
        .as_str()
        .unwrap()
        .starts_with("sudo pid 1873 (authpriv): alice : TTY"));

    // One event of each stream of the software, security_logs and
    // network_config collectors, as the fixture wrote them
    // (fixtures/README.md): its time, what the time is, and the message.
    let one = |stream: &str, desc: &str, datetime: &str| -> &Value {
        events
            .iter()
            .find(|e| {
                e["data_type"] == format!("mactriage:{stream}").as_str()
                    && e["timestamp_desc"] == desc
                    && e["datetime"] == datetime
            })
            .unwrap_or_else(|| panic!("no {stream} event {desc} at {datetime}"))
    };
    for (stream, desc, datetime, field, message) in [
        (
            "software",
            "Package Receipt Install Time",
            "2023-11-14T22:20:00Z",
            "timestamp",
            "package receipt com.updatehelper.pkg 2.1 from UpdateHelper.pkg by installer",
        ),
        (
            "software",
            "Homebrew Install Time",
            "2023-11-14T22:30:00Z",
            "receipt_time",
            "Homebrew formula wget 1.24.5 from homebrew/core on request=true",
        ),
        (
            "xprotect_detections",
            "XProtect Detection",
            "2023-11-14T14:21:09Z",
            "timestamp",
            "XProtect detection XProtect_MACOS_PWS_GENERIC_B: /Users/alice/Downloads/UpdateHelper.app/Contents/MacOS/UpdateHelper (team Z9X8Y7W6V5) cdhash 1c0ffee0d1e2a3b4c5d6e7f8091a2b3c4d5e6f70 via /Users/alice/Downloads/UpdateHelper.app/Contents/MacOS/UpdateHelper",
        ),
        (
            "gatekeeper_reject",
            "Gatekeeper Rejected",
            "2023-11-14T14:21:10Z",
            "timestamp",
            "Gatekeeper refused /Users/alice/Downloads/UpdateHelper.app (malware type unsigned)",
        ),
        (
            "gatekeeper_rules",
            "Gatekeeper Rule Created",
            "2024-02-13T10:39:30Z",
            "timestamp",
            "Gatekeeper rule “UnsignedHelper” added by helpdesk allow=1 disabled=0 cdhash H\"4f1b2ac3d6e1c0b6a3d8b7e7e6a5d1c2b3a49f80\"",
        ),
        (
            "gatekeeper_exec_policy",
            "Gatekeeper Scan",
            "2024-02-13T10:40:00Z",
            "timestamp",
            "Gatekeeper scan updater-55554944 bundle NOT_A_BUNDLE cdhash 4f1b2ac3d6e1c0b6a3d8b7e7e6a5d1c2b3a49f80 policy match 11 malware result 0",
        ),
        (
            "gatekeeper_exec_policy",
            "Provenance Recorded",
            "2024-02-13T10:40:00Z",
            "timestamp",
            "provenance /Users/Shared/.sysupdate/updater updater-55554944 cdhash 4f1b2ac3d6e1c0b6a3d8b7e7e6a5d1c2b3a49f80",
        ),
        (
            "wifi_networks",
            "Wi-Fi Last Connected",
            "2023-11-14T13:55:00Z",
            "timestamp",
            "Wi-Fi “Airport-Free-WiFi” (Open) captive=true hidden=false",
        ),
        (
            "wifi_networks",
            "Wi-Fi Network Added",
            "2020-09-13T18:00:00Z",
            "added",
            "Wi-Fi “alice-home” (WPA2 Personal) captive=false hidden=false",
        ),
    ] {
        let e = one(stream, desc, datetime);
        assert_eq!(e["time_field"], field, "{e}");
        assert_eq!(e["message"], message, "{e}");
    }
    // Streams without a time (the XProtect version, hosts entries,
    // network services) give no event.
    for stream in ["xprotect", "hosts", "network_services"] {
        assert!(
            !events
                .iter()
                .any(|e| e["data_type"] == format!("mactriage:{stream}").as_str()),
            "{stream}"
        );
    }

    // The parsed reference names the member and line of a real record.
    let members = members_map(&t);
    for e in &events {
        let (member, line) = e["parsed"].as_str().unwrap().rsplit_once(':').unwrap();
        let data = String::from_utf8(members[member].data.clone()).unwrap();
        let rec: Value = serde_json::from_str(
            data.lines()
                .nth(line.parse::<usize>().unwrap() - 1)
                .unwrap(),
        )
        .unwrap();
        assert_eq!(rec["source"], e["source"]);
    }
}

#[test]
fn a_tiny_sort_buffer_gives_the_same_timeline_through_temporary_runs() {
    let work = tempfile::tempdir().unwrap();
    let t = tarball_of(&fixture("mac-basic"), work.path());
    let (_, in_memory, _) = timeline(&[t.as_os_str()]);
    let out = work.path().join("sorted.jsonl");
    let (code, _, err) = timeline(&[
        t.as_os_str(),
        "--output".as_ref(),
        out.as_os_str(),
        "--sort-buffer".as_ref(),
        "1K".as_ref(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("temporary runs"), "{err}");
    assert_eq!(std::fs::read(&out).unwrap(), in_memory);
    // The temporary runs are gone.
    let left: Vec<_> = std::fs::read_dir(work.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().starts_with(".mactriage-timeline"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // An existing file is never written over.
    let (code, _, err) = timeline(&[t.as_os_str(), "--output".as_ref(), out.as_os_str()]);
    assert_eq!(code, 2);
    assert!(err.contains("exists"), "{err}");
}

#[test]
fn csv_has_the_same_columns_and_rows() {
    let work = tempfile::tempdir().unwrap();
    let t = tarball_of(&fixture("mac-basic"), work.path());
    let (_, jsonl, _) = timeline(&[t.as_os_str()]);
    let events = lines(&jsonl);
    let csv = work.path().join("t.csv");
    let (code, _, err) = timeline(&[t.as_os_str(), "-o".as_ref(), csv.as_os_str(), "-q".as_ref()]);
    assert_eq!(code, 0, "{err}");
    assert!(err.is_empty(), "--quiet: {err}");
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut rows = parse_csv(&text);
    let header = rows.remove(0);
    assert_eq!(
        &header[..8],
        [
            "message",
            "datetime",
            "timestamp",
            "timestamp_desc",
            "data_type",
            "time_field",
            "parsed",
            "tarball"
        ]
    );
    let json_keys: BTreeSet<String> = events
        .iter()
        .flat_map(|e| e.as_object().unwrap().keys().cloned())
        .collect();
    let csv_keys: BTreeSet<String> = header.iter().cloned().collect();
    assert_eq!(json_keys, csv_keys);
    assert_eq!(rows.len(), events.len());
    for (row, e) in rows.iter().zip(&events) {
        assert_eq!(row.len(), header.len());
        for (name, cell) in header.iter().zip(row) {
            let want = match &e[name] {
                Value::Null => String::new(),
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            assert_eq!(cell, &want, "{name}");
        }
    }
}

/// RFC 4180 rows.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

#[test]
fn since_and_until_keep_one_day() {
    let work = tempfile::tempdir().unwrap();
    let t = tarball_of(&fixture("mac-basic"), work.path());
    let (code, out, err) = timeline(&[
        t.as_os_str(),
        "--since".as_ref(),
        "2023-11-14".as_ref(),
        "--until".as_ref(),
        "2023-11-14".as_ref(),
    ]);
    assert_eq!(code, 0, "{err}");
    let events = lines(&out);
    assert!(!events.is_empty());
    assert!(events
        .iter()
        .all(|e| e["datetime"].as_str().unwrap().starts_with("2023-11-14T")));
    let (code, _, err) = timeline(&[t.as_os_str(), "--since".as_ref(), "soon".as_ref()]);
    assert_eq!(code, 2);
    assert!(err.contains("--since"), "{err}");
}

#[test]
fn a_damaged_tarball_gives_what_could_be_read() {
    let work = tempfile::tempdir().unwrap();
    let t = tarball_of(&fixture("mac-basic"), work.path());
    let data = std::fs::read(&t).unwrap();
    let cut = work.path().join("cut.tar.gz");
    std::fs::write(&cut, &data[..data.len() * 2 / 3]).unwrap();
    let (code, out, err) = timeline(&[cut.as_os_str()]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("warning"), "{err}");
    // The parsed members come before the directories and the manifest:
    // what was cut is past them.
    let n = lines(&out).len();
    let whole = lines(&timeline(&[t.as_os_str()]).1).len();
    assert!(n > 0 && n <= whole, "{n} of {whole}");
    assert!(err.contains("damaged or cut short"), "{err}");
    let junk = work.path().join("junk.tar.gz");
    std::fs::write(&junk, b"not a tarball").unwrap();
    let (code, out, err) = timeline(&[junk.as_os_str()]);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty());
}

/// The streams of a tarball, each its members' bytes concatenated in
/// archive order: `parsed/<stream>.jsonl`, or its parts
/// `parsed/<stream>.<NNNN>.jsonl`.
fn streams_of(t: &Path) -> (std::collections::BTreeMap<String, Vec<u8>>, Vec<String>) {
    let mut streams: std::collections::BTreeMap<String, Vec<u8>> = Default::default();
    let mut parts = Vec::new();
    for (name, m) in read_tarball(t) {
        let Some(base) = name
            .strip_prefix("parsed/")
            .and_then(|n| n.strip_suffix(".jsonl"))
        else {
            continue;
        };
        let stream = match base.rsplit_once('.') {
            Some((s, n)) if n.len() == 4 && n.bytes().all(|b| b.is_ascii_digit()) => {
                parts.push(name.clone());
                s
            }
            _ => base,
        };
        streams
            .entry(stream.to_string())
            .or_default()
            .extend(&m.data);
    }
    (streams, parts)
}

#[test]
fn streams_split_into_parts_read_as_the_whole_streams() {
    let work = tempfile::tempdir().unwrap();
    let (a, b) = (work.path().join("a"), work.path().join("b"));
    std::fs::create_dir_all(&a).unwrap();
    std::fs::create_dir_all(&b).unwrap();
    let whole = tarball_of(&fixture("mac-basic"), &a);
    let run = collect(&fixture("mac-basic"), &b, &["--quiet", "--part-size", "1K"]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    let split = run.tarball();

    // The same records, byte for byte, the split streams in numbered parts
    // from .0001, in order, none of them empty and each ending a line.
    let (whole_streams, none) = streams_of(&whole);
    let (split_streams, parts) = streams_of(&split);
    assert!(none.is_empty(), "{none:?}");
    assert_eq!(whole_streams, split_streams);
    assert!(parts.contains(&"parsed/browser_history.0001.jsonl".to_string()));
    assert!(parts.contains(&"parsed/browser_history.0002.jsonl".to_string()));
    let members = members_map(&split);
    assert!(!members.contains_key("parsed/browser_history.jsonl"));
    for p in &parts {
        let data = &members[p].data;
        assert!(!data.is_empty() && data.ends_with(b"\n"), "{p}");
    }
    // Every part is in the manifest's outputs with its hash.
    let man = manifest(&members);
    for p in &parts {
        let out = man["outputs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["member"] == p.as_str())
            .unwrap_or_else(|| panic!("{p} not in the manifest's outputs"));
        assert_eq!(out["sha256"], sha256(&members[p].data).as_str());
    }

    // The same timeline, each event pointing at the part and line of its
    // record.
    let (code, one, err) = timeline(&[whole.as_os_str()]);
    assert_eq!(code, 0, "{err}");
    let (code, other, err) = timeline(&[split.as_os_str()]);
    assert_eq!(code, 0, "{err}");
    // (Events of the same time are ordered by where their record is, so
    // compared here as sets.)
    let strip = |events: Vec<Value>| -> Vec<String> {
        let mut v: Vec<String> = events
            .into_iter()
            .map(|mut e| {
                let o = e.as_object_mut().unwrap();
                o.remove("parsed");
                o.remove("tarball");
                e.to_string()
            })
            .collect();
        v.sort();
        v
    };
    let other = lines(&other);
    for e in &other {
        let (member, line) = e["parsed"].as_str().unwrap().rsplit_once(':').unwrap();
        let line: usize = line.parse().unwrap();
        let text = String::from_utf8(members[member].data.clone()).unwrap();
        let rec: Value = serde_json::from_str(text.lines().nth(line - 1).unwrap()).unwrap();
        assert_eq!(rec["source"], e["source"], "{e}");
    }
    assert_eq!(strip(lines(&one)), strip(other.clone()));

    // The report reads the split streams as one, and every file it links
    // to is in the tarball.
    let report = String::from_utf8(members["report.html"].data.clone()).unwrap();
    assert!(
        report.contains("parsed/browser_history.0001.jsonl</a> … ("),
        "no parts in the report's stream table"
    );
    let mut links = 0;
    for href in report.split("href=\"").skip(1) {
        let target = href.split('"').next().unwrap();
        if target.starts_with("parsed/") {
            links += 1;
            assert!(members.contains_key(target), "the report links to {target}");
        }
    }
    assert!(links > 10, "{links}");
}
