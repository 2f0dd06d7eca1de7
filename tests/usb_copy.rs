//! A file downloaded by a browser to ~/Downloads and copied to a USB
//! stick: the `files` and `fsevents` records say where it came from (the
//! quarantine event and the where-from URLs) and that it was created on
//! the stick. The fixture is made at test time: git does not keep
//! extended attributes.

mod common;

use std::path::Path;

use common::*;
use serde_json::{json, Value};

const EVENT: &str = "9A1F3C2E-7B4D-4E8A-B6C5-0D2E1F3A4B5C";
const URL: &str = "https://cdn.example.test/releases/InvoiceViewer-2.1.dmg";
const PAGE: &str = "https://example.test/invoice-viewer/download";
const DMG: &[u8] = b"the disk image";

fn bplist(v: plist::Value) -> Vec<u8> {
    let mut out = Vec::new();
    v.to_writer_binary(&mut out).unwrap();
    out
}

/// What Chrome and LaunchServices leave on a download (and what a Finder
/// copy to an APFS or HFS+ stick keeps).
fn downloaded(path: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, DMG).unwrap();
    set_mac_xattr(
        path,
        "com.apple.quarantine",
        format!("0083;6656ba20;Google Chrome;{EVENT}").as_bytes(),
    );
    set_mac_xattr(
        path,
        "com.apple.metadata:kMDItemWhereFroms",
        &bplist(plist::Value::Array(vec![URL.into(), PAGE.into()])),
    );
}

fn make_root(root: &Path) {
    copy_tree(&fixture("mac-basic"), root);
    downloaded(&root.join("Users/alice/Downloads/InvoiceViewer-2.1.dmg"));
    downloaded(&root.join("Volumes/USB/InvoiceViewer-2.1.dmg"));
    // alice's quarantine events: the download's row (in place of the
    // fixture's own database).
    let prefs = root.join("Users/alice/Library/Preferences");
    std::fs::create_dir_all(&prefs).unwrap();
    let _ = std::fs::remove_file(prefs.join("com.apple.LaunchServices.QuarantineEventsV2"));
    rusqlite::Connection::open(prefs.join("com.apple.LaunchServices.QuarantineEventsV2"))
        .unwrap()
        .execute_batch(&format!(
            "CREATE TABLE LSQuarantineEvent (LSQuarantineEventIdentifier TEXT PRIMARY KEY NOT NULL,
               LSQuarantineTimeStamp REAL, LSQuarantineAgentBundleIdentifier TEXT,
               LSQuarantineAgentName TEXT, LSQuarantineDataURLString TEXT,
               LSQuarantineSenderName TEXT, LSQuarantineSenderAddress TEXT,
               LSQuarantineTypeNumber INTEGER, LSQuarantineOriginTitle TEXT,
               LSQuarantineOriginURLString TEXT, LSQuarantineOriginAlias BLOB);
             INSERT INTO LSQuarantineEvent VALUES ('{EVENT}', 738652576.0, 'com.google.Chrome',
               'Google Chrome', '{URL}', NULL, NULL, 0, 'Invoice Viewer', '{PAGE}', NULL);"
        ))
        .unwrap();
    // The data volume's journal: the download created in Downloads, its
    // attributes set. The stick's journal: the copy created on it.
    let data = root.join("System/Volumes/Data/.fseventsd");
    std::fs::write(
        data.join("00000000000b2000"),
        gzip(&fsevents_page(
            3,
            &[
                (
                    b"Users/alice/Downloads/InvoiceViewer-2.1.dmg.crdownload",
                    0xb1f00,
                    0x0080_0011,
                    88_001,
                ),
                (
                    b"Users/alice/Downloads/InvoiceViewer-2.1.dmg",
                    0xb1f02,
                    0x0080_0208,
                    88_001,
                ),
                (
                    b"Users/alice/Downloads/InvoiceViewer-2.1.dmg",
                    0xb2000,
                    0x0080_0200,
                    88_001,
                ),
            ],
        )),
    )
    .unwrap();
    let usb = root.join("Volumes/USB/.fseventsd");
    std::fs::create_dir_all(&usb).unwrap();
    std::fs::write(
        usb.join("fseventsd-uuid"),
        b"C0FFEE00-1111-2222-3333-444455556666",
    )
    .unwrap();
    std::fs::write(
        usb.join("0000000000000412"),
        gzip(&fsevents_page(
            2,
            &[
                (b"", 0x400, 0x0200_0000, 0),
                (b"InvoiceViewer-2.1.dmg", 0x410, 0x0080_0211, 23),
                (b"", 0x412, 0x0400_0000, 0),
            ],
        )),
    )
    .unwrap();
}

fn find<'a>(recs: &'a [Value], source: &str) -> &'a Value {
    recs.iter()
        .find(|r| r["source"] == source)
        .unwrap_or_else(|| panic!("no record for {source}"))
}

fn xattr<'a>(rec: &'a Value, name: &str) -> &'a Value {
    rec["xattrs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["name"] == name)
        .unwrap_or_else(|| panic!("no {name} on {}", rec["source"]))
}

#[test]
fn a_download_copied_to_a_usb_stick_shows_where_it_came_from_and_where_it_went() {
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    make_root(&root);
    let before = snapshot(&root);
    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let run = collect(&root, &out, &["--files-extra", "/Volumes/USB"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let members = members_map(&run.tarball());
    let files = jsonl(&members, "files");
    let events = jsonl(&members, "fsevents");

    // Where it came from: on the download and on the copy alike.
    let download = find(&files, "/Users/alice/Downloads/InvoiceViewer-2.1.dmg");
    let copy = find(&files, "/Volumes/USB/InvoiceViewer-2.1.dmg");
    assert_eq!(download["sha256"], sha256(DMG));
    assert_eq!(copy["sha256"], download["sha256"]);
    assert_eq!(download["user"], "alice");
    assert_eq!(copy["location"], "/Volumes/USB");
    for rec in [download, copy] {
        let q = &xattr(rec, "com.apple.quarantine")["decoded"];
        assert_eq!(q["agent"], "Google Chrome");
        assert_eq!(q["event_id"], EVENT);
        assert_eq!(q["time"], "2024-05-29T05:16:16Z");
        assert_eq!(q["event"]["data_url"], URL);
        assert_eq!(q["event"]["origin_url"], PAGE);
        assert_eq!(q["event"]["timestamp"], "2024-05-29T05:16:16Z");
        assert_eq!(
            q["event"]["database"],
            "/Users/alice/Library/Preferences/com.apple.LaunchServices.QuarantineEventsV2"
        );
        assert_eq!(
            xattr(rec, "com.apple.metadata:kMDItemWhereFroms")["decoded"]["urls"],
            json!([URL, PAGE])
        );
    }
    // The same event in the quarantine database's own records.
    let qe = jsonl(&members, "quarantine_events");
    assert_eq!(qe.len(), 1);
    assert_eq!(qe[0]["event_id"], EVENT);
    assert_eq!(qe[0]["data_url"], URL);

    // Its creation on the stick, in the stick's own journal.
    let on_usb: Vec<&Value> = events
        .iter()
        .filter(|e| e["full_path"] == "/Volumes/USB/InvoiceViewer-2.1.dmg")
        .collect();
    assert_eq!(on_usb.len(), 1);
    let created = on_usb[0];
    assert_eq!(created["volume"], "/Volumes/USB");
    assert_eq!(created["volume_kind"], "mounted");
    assert_eq!(created["path"], "InvoiceViewer-2.1.dmg");
    assert_eq!(
        created["flag_names"],
        json!(["Created", "Modified", "ExtendedAttributeModified", "IsFile"])
    );
    assert_eq!(
        created["fseventsd_uuid"],
        "C0FFEE00-1111-2222-3333-444455556666"
    );
    assert_eq!(created["time_source"], "page file mtime");
    // The stick was mounted before and unmounted after.
    let usb_flags: Vec<&Value> = events
        .iter()
        .filter(|e| e["volume"] == "/Volumes/USB")
        .map(|e| &e["flag_names"])
        .collect();
    assert_eq!(usb_flags.len(), 3);
    assert_eq!(usb_flags[0], &json!(["Mount"]));
    assert_eq!(usb_flags[2], &json!(["Unmount"]));
    // And the download arriving on the data volume (renamed from Chrome's
    // partial file, its attributes set).
    let arrived: Vec<&Value> = events
        .iter()
        .filter(|e| {
            e["full_path"] == "/System/Volumes/Data/Users/alice/Downloads/InvoiceViewer-2.1.dmg"
        })
        .collect();
    assert_eq!(arrived.len(), 2);
    assert_eq!(
        arrived[0]["flag_names"],
        json!(["Renamed", "ExtendedAttributeModified", "IsFile"])
    );
    assert_eq!(arrived[0]["node_id"], 88_001);
    // The evidence is untouched.
    assert_eq!(snapshot(&root), before);
}
