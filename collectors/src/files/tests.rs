use super::*;
use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::testing::{self, set_mac_xattr};
use crate::kit::{Options, Status};

const MACHO: [u8; 4] = [0xcf, 0xfa, 0xed, 0xfe];

fn write(root: &Path, rel: &str, data: &[u8]) -> PathBuf {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, data).unwrap();
    p
}

fn bplist(v: plist::Value) -> Vec<u8> {
    let mut out = Vec::new();
    v.to_writer_binary(&mut out).unwrap();
    out
}

fn sha(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

/// The records by path.
fn by_path(recs: &[Value]) -> HashMap<String, Value> {
    recs.iter()
        .map(|r| (r["source"].as_str().unwrap().to_string(), r.clone()))
        .collect()
}

fn xattr<'a>(rec: &'a Value, name: &str) -> &'a Value {
    rec["xattrs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["name"] == name)
        .unwrap_or_else(|| panic!("no {name} in {rec}"))
}

const EVENT: &str = "2B7C9E3A-1F4D-4C8B-9A6E-5D3F2E1C0B9A";

/// A home with a download that carries every attribute a browser and
/// LaunchServices set, and its quarantine event.
fn download_tree(r: &Path) -> PathBuf {
    let dmg = write(r, "Users/alice/Downloads/tool.dmg", b"dmg bytes");
    set_mac_xattr(
        &dmg,
        "com.apple.quarantine",
        format!("0083;65553280;Google Chrome;{EVENT}").as_bytes(),
    );
    set_mac_xattr(
        &dmg,
        "com.apple.metadata:kMDItemWhereFroms",
        &bplist(plist::Value::Array(vec![
            "https://dl.example.test/tool.dmg".into(),
            "https://example.test/get-tool".into(),
        ])),
    );
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_700_082_304);
    set_mac_xattr(
        &dmg,
        "com.apple.metadata:kMDItemDownloadedDate",
        &bplist(plist::Value::Array(vec![plist::Value::Date(t.into())])),
    );
    let mut ps = 1_700_090_000i64.to_le_bytes().to_vec();
    ps.extend(5i64.to_le_bytes());
    set_mac_xattr(&dmg, "com.apple.lastuseddate#PS", &ps);
    let mut prov = vec![1u8, 2, 0];
    prov.extend(77u64.to_le_bytes());
    set_mac_xattr(&dmg, "com.apple.provenance", &prov);
    set_mac_xattr(&dmg, "com.apple.FinderInfo", &[7u8; 32]);

    let prefs = r.join("Users/alice/Library/Preferences");
    std::fs::create_dir_all(&prefs).unwrap();
    let c = rusqlite::Connection::open(prefs.join("com.apple.LaunchServices.QuarantineEventsV2"))
        .unwrap();
    c.execute_batch(&format!(
        "CREATE TABLE LSQuarantineEvent (LSQuarantineEventIdentifier TEXT PRIMARY KEY NOT NULL,
           LSQuarantineTimeStamp REAL, LSQuarantineAgentBundleIdentifier TEXT,
           LSQuarantineAgentName TEXT, LSQuarantineDataURLString TEXT,
           LSQuarantineSenderName TEXT, LSQuarantineSenderAddress TEXT,
           LSQuarantineTypeNumber INTEGER, LSQuarantineOriginTitle TEXT,
           LSQuarantineOriginURLString TEXT, LSQuarantineOriginAlias BLOB);
         INSERT INTO LSQuarantineEvent VALUES ('{EVENT}', 721775104.0, 'com.google.Chrome',
           'Google Chrome', 'https://dl.example.test/tool.dmg', NULL, NULL, 0, NULL,
           'https://example.test/get-tool', NULL);"
    ))
    .unwrap();
    dmg
}

#[test]
fn lists_hashes_and_decodes_where_a_download_came_from() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    download_tree(r);
    let script = write(r, "Users/alice/Downloads/run.sh", b"#!/bin/sh\necho hi\n");
    std::os::unix::fs::symlink("/etc/passwd", r.join("Users/alice/Downloads/link")).unwrap();
    let notes = write(r, "Users/alice/Desktop/notes.txt", b"notes");
    // ext4 keeps an inode's attributes in one 4 KiB block: one big value.
    set_mac_xattr(&notes, "com.example.big", &[1u8; 3000]);
    write(
        r,
        "Users/alice/Library/LaunchAgents/com.evil.agent.plist",
        b"<plist/>",
    );
    write(r, "Users/alice/.ssh/authorized_keys", b"ssh-ed25519 AAAA");
    write(r, "Users/alice/.ssh/deeper/not_listed", b"x");
    write(r, "Users/alice/visible.txt", b"not listed: not hidden");
    // An application: the bundle's main executable is listed and hashed;
    // its resources are not entered.
    let bin = [&MACHO[..], b"rest of the binary"].concat();
    write(r, "Applications/Tool.app/Contents/MacOS/Tool", &bin);
    write(r, "Applications/Tool.app/Contents/Info.plist", b"<plist/>");
    write(
        r,
        "Applications/Tool.app/Contents/Resources/icon.icns",
        b"icon",
    );
    write(
        r,
        "Applications/Utilities/Term.app/Contents/MacOS/Term",
        &bin,
    );
    // Big files: a sparse 40 MiB document is not hashed, a sparse 40 MiB
    // Mach-O is; a 600 MiB Mach-O is over the hard limit.
    let big = write(r, "private/tmp/big.bin", b"data");
    std::fs::OpenOptions::new()
        .write(true)
        .open(&big)
        .unwrap()
        .set_len(40 << 20)
        .unwrap();
    let big_macho = write(r, "private/tmp/big-macho", &MACHO);
    std::fs::OpenOptions::new()
        .write(true)
        .open(&big_macho)
        .unwrap()
        .set_len(40 << 20)
        .unwrap();
    let huge = write(r, "private/tmp/huge-macho", &MACHO);
    std::fs::OpenOptions::new()
        .write(true)
        .open(&huge)
        .unwrap()
        .set_len(600 << 20)
        .unwrap();
    write(
        r,
        "Library/LaunchDaemons/com.evil.daemon.plist",
        b"<plist/>",
    );
    write(
        r,
        "Library/Application Support/Vendor/deep/file",
        b"not listed",
    );
    write(r, "usr/local/bin/tool", b"#!/usr/bin/env python3\n");

    let (report, sink) = testing::run_on(r, &Files);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let recs = sink.records(STREAM);
    let by = by_path(&recs);
    let mut paths: Vec<&str> = by.keys().map(String::as_str).collect();
    paths.sort_unstable();
    assert_eq!(
        paths,
        vec![
            "/Applications/Tool.app",
            "/Applications/Tool.app/Contents",
            "/Applications/Tool.app/Contents/Info.plist",
            "/Applications/Tool.app/Contents/MacOS",
            "/Applications/Tool.app/Contents/MacOS/Tool",
            "/Applications/Tool.app/Contents/Resources",
            "/Applications/Utilities",
            "/Applications/Utilities/Term.app",
            "/Applications/Utilities/Term.app/Contents",
            "/Applications/Utilities/Term.app/Contents/MacOS",
            "/Applications/Utilities/Term.app/Contents/MacOS/Term",
            "/Library/Application Support/Vendor",
            "/Library/LaunchDaemons/com.evil.daemon.plist",
            "/Users/alice/.ssh",
            "/Users/alice/.ssh/authorized_keys",
            "/Users/alice/.ssh/deeper",
            "/Users/alice/Desktop/notes.txt",
            "/Users/alice/Downloads/link",
            "/Users/alice/Downloads/run.sh",
            "/Users/alice/Downloads/tool.dmg",
            "/Users/alice/Library/LaunchAgents/com.evil.agent.plist",
            "/private/tmp/big-macho",
            "/private/tmp/big.bin",
            "/private/tmp/huge-macho",
            "/usr/local/bin/tool",
        ]
    );

    let tool = &by["/Applications/Tool.app/Contents/MacOS/Tool"];
    assert_eq!(tool["type"], "file");
    assert_eq!(tool["file_kind"], "mach-o");
    assert_eq!(tool["sha256"], sha(&bin));
    assert_eq!(tool["size"], bin.len());
    assert_eq!(tool["location"], "/Applications");
    assert_eq!(tool["depth"], 3);
    assert_eq!(by["/Applications/Tool.app"]["type"], "directory");
    assert_eq!(by["/Applications/Tool.app"]["sha256"], Value::Null);
    let sh = &by["/Users/alice/Downloads/run.sh"];
    assert_eq!(sh["file_kind"], "script");
    assert_eq!(sh["sha256"], sha(b"#!/bin/sh\necho hi\n"));
    assert_eq!(sh["user"], "alice");
    let meta = std::fs::metadata(&script).unwrap();
    assert_eq!(sh["inode"], meta.ino());
    assert_eq!(sh["mode_octal"], format!("{:o}", meta.mode()));
    assert!(sh["mtime"].as_str().unwrap().ends_with('Z'));
    assert_eq!(sh["timestamp"], sh["mtime"]);
    assert_eq!(sh["timestamp_raw"]["seconds"], meta.mtime());
    let link = &by["/Users/alice/Downloads/link"];
    assert_eq!(link["type"], "symlink");
    assert_eq!(link["symlink_target"], "/etc/passwd");
    assert_eq!(link["sha256"], Value::Null);
    assert_eq!(by["/private/tmp/big.bin"]["sha256"], Value::Null);
    assert!(by["/private/tmp/big.bin"]["hash_skipped"]
        .as_str()
        .unwrap()
        .contains("neither Mach-O nor scripts"));
    let bm = &by["/private/tmp/big-macho"];
    let mut zeros = MACHO.to_vec();
    zeros.resize(40 << 20, 0);
    assert_eq!(bm["sha256"], sha(&zeros));
    let huge = &by["/private/tmp/huge-macho"];
    assert_eq!(huge["sha256"], Value::Null);
    assert_eq!(huge["file_kind"], "mach-o");
    assert!(huge["hash_skipped"].as_str().unwrap().contains("over the"));
    assert_eq!(huge["macho_not_decoded"], "too large");

    // Where the download came from.
    let dmg = &by["/Users/alice/Downloads/tool.dmg"];
    assert_eq!(dmg["sha256"], sha(b"dmg bytes"));
    let q = xattr(dmg, "com.apple.quarantine");
    assert_eq!(q["decoded"]["flags"], 0x83);
    assert_eq!(
        q["decoded"]["flag_names"],
        json!(["Download", "Sandbox", "0x0080"])
    );
    assert_eq!(q["decoded"]["time"], "2023-11-15T21:05:04Z");
    assert_eq!(q["decoded"]["time_raw"], "65553280");
    assert_eq!(q["decoded"]["agent"], "Google Chrome");
    assert_eq!(q["decoded"]["event_id"], EVENT);
    let ev = &q["decoded"]["event"];
    assert_eq!(ev["data_url"], "https://dl.example.test/tool.dmg");
    assert_eq!(ev["origin_url"], "https://example.test/get-tool");
    assert_eq!(ev["agent_bundle_id"], "com.google.Chrome");
    assert_eq!(ev["timestamp"], "2023-11-15T21:05:04Z");
    assert_eq!(ev["timestamp_raw"], 721775104.0);
    assert_eq!(ev["user"], "alice");
    assert_eq!(
        q["value_b64"],
        base64::engine::general_purpose::STANDARD
            .encode(format!("0083;65553280;Google Chrome;{EVENT}"))
    );
    assert_eq!(
        xattr(dmg, "com.apple.metadata:kMDItemWhereFroms")["decoded"]["urls"],
        json!([
            "https://dl.example.test/tool.dmg",
            "https://example.test/get-tool"
        ])
    );
    assert_eq!(
        xattr(dmg, "com.apple.metadata:kMDItemDownloadedDate")["decoded"]["dates"],
        json!(["2023-11-15T21:05:04Z"])
    );
    let lu = &xattr(dmg, "com.apple.lastuseddate#PS")["decoded"];
    assert_eq!(lu["time"], "2023-11-15T23:13:20.000000005Z");
    assert_eq!(
        xattr(dmg, "com.apple.provenance")["decoded"]["provenance_id"],
        77
    );
    let fi = xattr(dmg, "com.apple.FinderInfo");
    assert_eq!(fi["size"], 32);
    assert!(fi.get("decoded").is_none());
    let bigx = xattr(&by["/Users/alice/Desktop/notes.txt"], "com.example.big");
    assert_eq!(bigx["size"], 3000);
    assert_eq!(bigx["value_b64"].as_str().unwrap().len(), 2048 / 3 * 4 + 4);
    assert_eq!(bigx["value_truncated"], true);
    // The quarantine database is staged (and archived) to match events.
    assert!(sink.members().contains(
        &"[root]/Users/alice/Library/Preferences/com.apple.LaunchServices.QuarantineEventsV2"
            .to_string()
    ));
}

#[test]
fn bad_attributes_bounds_and_extra_locations() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let f = write(r, "Users/bob/Downloads/a", b"a");
    set_mac_xattr(&f, "com.apple.quarantine", b"not;hex");
    set_mac_xattr(&f, "com.apple.lastuseddate#PS", b"short");
    set_mac_xattr(
        &f,
        "com.apple.metadata:kMDItemWhereFroms",
        b"bplist00 broken",
    );
    // An attribute whose name is not UTF-8 (raw, kept exactly).
    rustix::fs::setxattr(
        &f,
        std::ffi::OsStr::from_bytes(b"user.x\xff"),
        b"v",
        rustix::fs::XattrFlags::empty(),
    )
    .unwrap();
    // A quarantine event UUID with no database row: no event.
    let g = write(r, "Users/bob/Downloads/b", b"b");
    set_mac_xattr(
        &g,
        "com.apple.quarantine",
        b"0081;5e0b7a2c;Safari;AAAA-BBBB",
    );
    // A directory wider than its bound, and an extra location.
    for i in 0..30 {
        write(r, &format!("Library/LaunchAgents/x{i:02}.plist"), b"x");
    }
    write(r, "Volumes/USB/copy/tool.dmg", b"dmg");
    write(r, "Volumes/USB/a/b/c/d/too_deep", b"x");
    let opts = Options {
        files_extra: vec![PathBuf::from("/Volumes/USB"), PathBuf::from("/nonexistent")],
        ..Options::default()
    };
    let (report, sink) = testing::run_on_with(r, &Files, opts);
    let recs = sink.records(STREAM);
    let by = by_path(&recs);
    let a = &by["/Users/bob/Downloads/a"];
    assert!(xattr(a, "com.apple.quarantine")["error"]
        .as_str()
        .unwrap()
        .contains("quarantine value"));
    assert!(xattr(a, "com.apple.lastuseddate#PS")["error"]
        .as_str()
        .unwrap()
        .contains("5 bytes, expected 16"));
    assert!(xattr(a, "com.apple.metadata:kMDItemWhereFroms")["error"].is_string());
    let odd = a["xattrs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x.get("name_b64").is_some())
        .unwrap();
    assert_eq!(odd["name_b64"], "eP8=");
    assert_eq!(odd["value_b64"], "dg==");
    let b = &by["/Users/bob/Downloads/b"];
    assert_eq!(
        xattr(b, "com.apple.quarantine")["decoded"]["event"],
        Value::Null
    );
    assert_eq!(by["/Volumes/USB/copy/tool.dmg"]["location"], "/Volumes/USB");
    // Depth 3: the location's entries are depth 0; `d` (depth 3) is
    // listed, not entered.
    assert_eq!(by["/Volumes/USB/a/b/c/d"]["depth"], 3);
    assert!(!by.contains_key("/Volumes/USB/a/b/c/d/too_deep"));
    assert_eq!(
        recs.iter()
            .filter(|r| r["source"]
                .as_str()
                .unwrap()
                .starts_with("/Library/LaunchAgents/"))
            .count(),
        30
    );
    // Three bad attributes on one file: three errors; nothing else.
    assert_eq!(report.status, Status::Partial);
    let errs: Vec<&str> = report.errors.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(errs.len(), 3, "{errs:?}");
    assert!(report
        .errors
        .iter()
        .all(|e| e.path.as_deref() == Some("/Users/bob/Downloads/a")));
}

#[test]
fn a_huge_directory_is_an_error_and_the_rest_goes_on() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    // /Library/LaunchAgents is bounded at 5,000 entries.
    let dir = r.join("Library/LaunchAgents");
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..5_001 {
        std::fs::File::create(dir.join(format!("a{i:05}"))).unwrap();
    }
    write(r, "usr/local/bin/after", b"#!/bin/sh\n");
    let (report, sink) = testing::run_on(r, &Files);
    assert_eq!(report.status, Status::Partial);
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert_eq!(
        report.errors[0].path.as_deref(),
        Some("/Library/LaunchAgents")
    );
    assert!(report.errors[0]
        .message
        .starts_with("more than 5000 entries"));
    let recs = sink.records(STREAM);
    assert_eq!(recs.len(), 5_000 + 1);
    assert_eq!(recs.last().unwrap()["source"], "/usr/local/bin/after");
}

#[test]
fn mach_o_files_get_their_code_signature_fields() {
    use crate::formats::macho::tests::{adhoc_signature, fat, slice, Sign, CPU_ARM64, CPU_X86_64};
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let agent = slice(CPU_ARM64, Sign::Adhoc, "com.example.agent");
    write(r, "usr/local/bin/agent", &agent);
    let universal = fat(&[
        (CPU_X86_64, slice(CPU_X86_64, Sign::No, "")),
        (CPU_ARM64, slice(CPU_ARM64, Sign::No, "")),
    ]);
    write(r, "usr/local/bin/universal", &universal);
    // Starts like a Mach-O, ends in the middle of its header: the slice
    // does not decode.
    write(
        r,
        "usr/local/bin/cut",
        &[&MACHO[..], &[7, 0, 0, 1]].concat(),
    );
    // A universal header claiming 40 slices (the decoder takes 32 at most).
    write(
        r,
        "usr/local/bin/fat40",
        &[0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 40],
    );
    write(r, "usr/local/bin/plain", b"plain text");
    // Over the decoding bound but within the hashing one: hashed only.
    let big = write(r, "usr/local/bin/big", &MACHO);
    std::fs::OpenOptions::new()
        .write(true)
        .open(&big)
        .unwrap()
        .set_len(MACHO_DECODE_MAX + 1)
        .unwrap();

    let (report, sink) = testing::run_on(r, &Files);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let by = by_path(&sink.records(STREAM));

    let a = &by["/usr/local/bin/agent"];
    assert_eq!(a["sha256"], sha(&agent));
    assert_eq!(a["signature_status"], "adhoc");
    assert_eq!(a["signing_id"], "com.example.agent");
    assert_eq!(a["team_id"], Value::Null);
    assert_eq!(a["signer"], Value::Null);
    assert_eq!(a["arches"], json!(["arm64"]));
    // The cdhash: SHA-256 of the CodeDirectory blob (the SuperBlob's first
    // index entry), first 20 bytes.
    let sig = adhoc_signature(&agent[..8192], "com.example.agent");
    let cd_off = u32::from_be_bytes(sig[16..20].try_into().unwrap()) as usize;
    let cd_len = u32::from_be_bytes(sig[cd_off + 4..cd_off + 8].try_into().unwrap()) as usize;
    let want = hex::encode(&Sha256::digest(&sig[cd_off..cd_off + cd_len])[..20]);
    assert_eq!(a["cdhash"], want);
    assert!(a.get("macho_error").is_none() && a.get("macho_not_decoded").is_none());

    let u = &by["/usr/local/bin/universal"];
    assert_eq!(u["file_kind"], "mach-o universal");
    assert_eq!(u["signature_status"], "unsigned");
    assert_eq!(u["arches"], json!(["x86_64", "arm64"]));
    assert_eq!(u["signing_id"], Value::Null);
    assert_eq!(u["cdhash"], Value::Null);

    let c = &by["/usr/local/bin/cut"];
    assert_eq!(c["sha256"], sha(&[&MACHO[..], &[7, 0, 0, 1]].concat()));
    assert_eq!(c["signature_status"], "invalid");
    assert!(
        c["macho_error"].as_str().is_some_and(|e| !e.is_empty()),
        "{c}"
    );
    let f = &by["/usr/local/bin/fat40"];
    assert_eq!(f["file_kind"], "mach-o universal");
    assert!(f["macho_error"]
        .as_str()
        .is_some_and(|e| e.starts_with("universal header")));
    assert!(f.get("signature_status").is_none());

    let p = &by["/usr/local/bin/plain"];
    assert!(p.get("signature_status").is_none() && p.get("macho_error").is_none());

    let b = &by["/usr/local/bin/big"];
    assert!(b["sha256"].is_string());
    assert_eq!(b["macho_not_decoded"], "too large");
    assert!(b.get("signature_status").is_none() && b.get("macho_error").is_none());
}

#[test]
fn bundle_descent_and_magic() {
    assert!(enter(Path::new("Tool.app")));
    assert!(enter(Path::new("Tool.app/Contents")));
    assert!(enter(Path::new("Tool.app/Contents/MacOS")));
    assert!(!enter(Path::new("Tool.app/Contents/Resources")));
    assert!(!enter(Path::new("Tool.app/Contents/MacOS/Helper.app")));
    assert!(enter(Path::new("Vendor/Tool.app/Contents")));
    assert!(!enter(Path::new("Vendor/Tool.app/Contents/Frameworks")));
    assert_eq!(
        file_kind(&[0xfe, 0xed, 0xfa, 0xcf, 0, 0, 0, 7]),
        Some("mach-o")
    );
    assert_eq!(
        file_kind(&[0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2]),
        Some("mach-o universal")
    );
    // A Java class file (version 52) shares the magic.
    assert_eq!(file_kind(&[0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 52]), None);
    assert_eq!(file_kind(b"#!/bin/sh"), Some("script"));
    assert_eq!(file_kind(b"#"), None);
    assert_eq!(file_kind(b"hello"), None);
}

/// Runs `hash_file` on a file that is removed, or replaced, after it was
/// listed.
struct Racer;

static RACER: Description = Description {
    name: "racer",
    reads: "test",
    outputs: &[],
    scope: Scope::AnyRoot,
    cost: Cost::Cheap,
};

impl Collector for Racer {
    fn describe(&self) -> &'static Description {
        &RACER
    }
    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        let host = |p: &str| ctx.source().host_path(Path::new(p));
        let gone = Path::new("/tmp/gone");
        let listed = ctx.source().lstat(gone).unwrap();
        std::fs::remove_file(host("/tmp/gone")).unwrap();
        let h = hash_file(ctx, gone, &listed);
        assert_eq!(
            h.error.as_deref(),
            Some("vanished between listing and hashing")
        );
        assert!(h.sha256.is_none());

        let swapped = Path::new("/tmp/swapped");
        let listed = ctx.source().lstat(swapped).unwrap();
        // Made while the old one exists, so its inode differs.
        std::fs::write(host("/tmp/other"), b"new").unwrap();
        std::fs::rename(host("/tmp/other"), host("/tmp/swapped")).unwrap();
        let h = hash_file(ctx, swapped, &listed);
        assert_eq!(
            h.error.as_deref(),
            Some("replaced between listing and hashing")
        );
        assert!(h.sha256.is_none());

        let fine = Path::new("/tmp/fine");
        let listed = ctx.source().lstat(fine).unwrap();
        let h = hash_file(ctx, fine, &listed);
        assert_eq!(h.sha256, Some(sha(b"ok")));
        ctx.error(fine, "done");
        Ok(())
    }
}

#[test]
fn a_file_that_vanishes_or_is_replaced_before_hashing_has_no_hash() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "tmp/gone", b"x");
    write(d.path(), "tmp/swapped", b"old");
    write(d.path(), "tmp/fine", b"ok");
    let (report, _) = testing::run_on(d.path(), &Racer);
    // The only issue is the marker: every assertion above held.
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert_eq!(report.errors[0].message, "done");
}
