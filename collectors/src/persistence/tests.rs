//! Tests of the persistence collector: a fixture for every location, built
//! here, and the real samples (opt-in, `MACTRIAGE_REALDATA`) at their
//! macOS paths.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::*;
use crate::formats::macho::tests::{fat, slice, Sign, CPU_ARM64, CPU_X86_64};
use crate::kit::{testing, Status};

pub(crate) fn write(root: &Path, rel: &str, data: &[u8]) -> PathBuf {
    let p = root.join(rel.trim_start_matches('/'));
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, data).unwrap();
    p
}

pub(crate) fn xml(v: Value) -> Vec<u8> {
    let v: plist::Value = plist::to_value(&v).unwrap();
    let mut out = Vec::new();
    plist::to_writer_xml(&mut out, &v).unwrap();
    out
}

fn records(root: &Path) -> (crate::kit::CollectorReport, Vec<Value>) {
    let (report, sink) = testing::run_on(root, &Persistence);
    (report, sink.records(STREAM))
}

fn find<'a>(recs: &'a [Value], key: &str, val: &str) -> &'a Value {
    recs.iter()
        .find(|r| r[key] == val)
        .unwrap_or_else(|| panic!("no record with {key} = {val}: {recs:#?}"))
}

#[test]
fn a_user_agent_running_an_unsigned_program_in_users_shared() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    std::fs::create_dir_all(r.join("Users/alice")).unwrap();
    let prog = slice(CPU_X86_64, Sign::No, "");
    write(r, "Users/Shared/.hidden/updater", &prog);
    write(
        r,
        "Users/alice/Library/LaunchAgents/com.apple.updater.plist",
        &xml(serde_json::json!({
            "Label": "com.apple.updater",
            "ProgramArguments": ["/Users/Shared/.hidden/updater", "--daemon"],
            "RunAtLoad": true,
            "KeepAlive": {"SuccessfulExit": false},
            "StartInterval": 600,
        })),
    );
    let (report, recs) = records(r);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let a = find(&recs, "label", "com.apple.updater");
    assert_eq!(a["category"], "launchd");
    assert_eq!(a["kind"], "LaunchAgent");
    assert_eq!(a["user"], "alice");
    assert_eq!(a["program"], "/Users/Shared/.hidden/updater");
    assert_eq!(a["program_path"], "/Users/Shared/.hidden/updater");
    assert_eq!(a["program_exists"], true);
    let want = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&prog));
    assert_eq!(a["program_sha256"], want.as_str());
    assert_eq!(a["program_size"], prog.len());
    assert_eq!(a["program_signature_status"], "unsigned");
    assert_eq!(a["run_at_load"], true);
    assert_eq!(a["keep_alive"]["SuccessfulExit"], false);
    assert_eq!(a["start_interval"], 600);
    assert_eq!(a["apple"], false);
    let notes: Vec<&str> = a["notes"].as_array().unwrap().iter().map(|n| n.as_str().unwrap()).collect();
    for n in ["program_in_users_shared", "program_hidden_path", "program_unsigned", "imitates_apple_label"] {
        assert!(notes.contains(&n), "{n} missing from {notes:?}");
    }
    assert_eq!(a["program_macho"]["arches"][0]["cpu"], "x86_64");
}
