//! Tests of the persistence collector: a fixture for every location, built
//! here, and the real samples (opt-in, `MACTRIAGE_REALDATA`) at their
//! macOS paths.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::*;
#[allow(unused_imports)]
use crate::formats::macho::tests::adhoc_signature;
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
    let notes: Vec<&str> = a["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    for n in [
        "program_in_users_shared",
        "program_hidden_path",
        "program_unsigned",
        "imitates_apple_label",
    ] {
        assert!(notes.contains(&n), "{n} missing from {notes:?}");
    }
    assert_eq!(a["program_macho"]["arches"][0]["cpu"], "x86_64");
}

fn realdata() -> Option<PathBuf> {
    let dir = std::env::var_os("MACTRIAGE_REALDATA").map(PathBuf::from);
    if dir.is_none() {
        eprintln!("MACTRIAGE_REALDATA not set; skipping");
    }
    dir
}

/// The real samples placed where macOS keeps them (the same layout as
/// `tests/realdata.rs`).
pub(crate) fn place_real(real: &Path, root: &Path) {
    let p = |from: &str, to: &str| {
        let dest = root.join(to.trim_start_matches('/'));
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::copy(real.join(from), &dest).unwrap_or_else(|e| panic!("{from}: {e}"));
    };
    std::fs::create_dir_all(root.join("Users/sur")).unwrap();
    std::fs::create_dir_all(root.join("Users/matthew")).unwrap();
    p(
        "persistence/osquery_test_launchd.plist",
        "/System/Library/LaunchDaemons/com.apple.mDNSResponder.plist",
    );
    p(
        "persistence/plaso_launchd.plist",
        "/Library/LaunchDaemons/com.foobar.test.plist",
    );
    p(
        "persistence/plaso_launchd.minimal.plist",
        "/Library/LaunchAgents/foo.plist",
    );
    p(
        "persistence/plaso_launchd.noprogram.plist",
        "/Library/LaunchAgents/noprogram.plist",
    );
    p(
        "persistence/apple_oss/com.apple.periodic-daily.plist",
        "/System/Library/LaunchDaemons/com.apple.periodic-daily.plist",
    );
    p(
        "persistence/apple_oss/com.apple.newsyslog.plist",
        "/System/Library/LaunchDaemons/com.apple.newsyslog.plist",
    );
    p(
        "persistence/apple_oss/com.openssh.sshd.plist",
        "/System/Library/LaunchDaemons/ssh.plist",
    );
    p(
        "persistence/apple_oss/com.openssh.ssh-agent.plist",
        "/System/Library/LaunchAgents/com.openssh.ssh-agent.plist",
    );
    p(
        "persistence/apple_oss/com.vix.cron.plist",
        "/System/Library/LaunchDaemons/com.vix.cron.plist",
    );
    p(
        "persistence/apple_oss/crontab.default",
        "/private/etc/crontab",
    );
    p(
        "persistence/apple_oss/periodic.conf",
        "/private/etc/defaults/periodic.conf",
    );
    p(
        "persistence/apple_oss/periodic_daily_999.local",
        "/private/etc/periodic/daily/999.local",
    );
    p(
        "persistence/plaso_StartupParameters.plist",
        "/Library/StartupItems/Awesome/StartupParameters.plist",
    );
    p(
        "persistence/plaso_loginwindow.plist",
        "/Library/Preferences/com.apple.loginwindow.plist",
    );
    p(
        "persistence/plaso_com.apple.loginitems.plist",
        "/Users/matthew/Library/Preferences/com.apple.loginitems.plist",
    );
    p(
        "persistence/artemis_loginitems.501.plist",
        "/private/var/db/com.apple.xpc.launchd/loginitems.501.plist",
    );
    p(
        "persistence/emond/artemis_SampleRules.plist",
        "/private/etc/emond.d/rules/SampleRules.plist",
    );
    p(
        "persistence/emond/artemis_test123.plist",
        "/private/etc/emond.d/rules/test123.plist",
    );
    p(
        "persistence/systemextensions/osquery_db.plist",
        "/Library/SystemExtensions/db.plist",
    );
    p(
        "btm/BackgroundItems-v13.btm",
        "/private/var/db/com.apple.backgroundtaskmanagement/BackgroundItems-v13.btm",
    );
    p(
        "btm/BackgroundItems-v4.btm",
        "/private/var/db/com.apple.backgroundtaskmanagement/BackgroundItems-v4.btm",
    );
    let user_btm =
        "Library/Application Support/com.apple.backgroundtaskmanagementagent/backgrounditems.btm";
    p(
        "btm/backgrounditemsPoisonApple.btm",
        &format!("/Users/sur/{user_btm}"),
    );
    p(
        "btm/backgrounditems.btm",
        &format!("/Users/matthew/{user_btm}"),
    );
    p("sfl/com.apple.LSSharedFileList.GlobalLoginItems.sfl2", "/Users/sur/Library/Application Support/com.apple.sharedfilelist/com.apple.LSSharedFileList.GlobalLoginItems.sfl2");
    // Programs: Apple's ls as /usr/libexec/periodic-wrapper's stand-in,
    // and the signed samples as third-party programs.
    p("macho/apple_ls_universal", "/usr/sbin/mDNSResponder");
    p("macho/appledev_google_x86_64", "/Test");
    p("macho/unsigned_x86_64", "/Users/Shared/poisonapple.sh");
    p(
        "macho/adhoc_linker_arm64",
        "/Library/PrivilegedHelperTools/com.example.helper",
    );
}

fn notes(r: &Value) -> Vec<&str> {
    r["notes"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

#[test]
fn real_samples_at_their_macos_paths() {
    let Some(real) = realdata() else {
        return;
    };
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    place_real(&real, r);
    let (report, recs) = records(r);
    for e in &report.errors {
        eprintln!("error: {:?} {}", e.path, e.message);
    }
    std::fs::write(
        "/tmp/p/real.json",
        serde_json::to_string_pretty(&recs).unwrap(),
    )
    .unwrap();

    // osquery: com.apple.mDNSResponder runs /usr/sbin/mDNSResponder as
    // _mdnsresponder.
    let m = find(&recs, "label", "com.apple.mDNSResponder");
    assert_eq!(m["program_arguments"][0], "/usr/sbin/mDNSResponder");
    assert_eq!(m["user_name"], "_mdnsresponder");
    assert_eq!(m["group_name"], "_mdnsresponder");
    assert_eq!(m["apple_location"], true);
    // The program there is Apple-signed (ls standing in): apple = true.
    assert_eq!(m["program_signer"], "Software Signing");
    assert_eq!(m["apple"], true);
    // plaso: com.foobar.test runs /Test --flag arg1 as nobody.
    let t = find(&recs, "label", "com.foobar.test");
    assert_eq!(t["command"], "/Test --flag arg1");
    assert_eq!(t["user_name"], "nobody");
    assert_eq!(t["run_at_load"], true);
    assert_eq!(
        t["watch_paths"],
        serde_json::json!(["/tmp/dir", "/tmp/exist"])
    );
    assert_eq!(t["queue_directories"], serde_json::json!(["/tmp/queue"]));
    assert_eq!(t["start_interval"], 3600);
    assert_eq!(t["program_team_id"], "EQHXZ8M8AV");
    assert_eq!(t["program_signing_id"], "goodcert");
    assert_eq!(
        t["program_cdhash"],
        "23cbe7039ac34bf26f0b1ccc22ff96d6f0d80b72"
    );
    // plaso: `foo` runs /usr/bin/true, as Program in one file and as
    // ProgramArguments in the other.
    let foo = find(&recs, "source", "/Library/LaunchAgents/foo.plist");
    assert_eq!(foo["label"], "foo");
    assert_eq!(foo["program"], "/usr/bin/true");
    let np = find(&recs, "source", "/Library/LaunchAgents/noprogram.plist");
    assert_eq!(np["program_arguments"][0], "/usr/bin/true");
    assert_eq!(np["program"], "/usr/bin/true");
    // The StartupItem.
    let s = find(&recs, "category", "startup_item");
    assert_eq!(s["description"], "My Awesome Service");
    // loginwindow hooks and the managed login item.
    let h = find(&recs, "kind", "LoginHook");
    assert_eq!(h["command"], "/Users/matthew/login.sh");
    let h = find(&recs, "kind", "LogoutHook");
    assert_eq!(h["command"], "/Users/matthew/logout.sh");
    let a = find(&recs, "kind", "AutoLaunchedApplication");
    assert_eq!(a["program"], "/Applications/SafeConnect.app");
    assert_eq!(a["hidden"], true);
    // plaso: com.apple.loginitems.plist names iTunesHelper, hidden.
    let li = find(&recs, "kind", "com.apple.loginitems");
    assert_eq!(li["name"], "iTunesHelper");
    assert_eq!(li["hidden"], true);
    assert_eq!(
        li["program"],
        "/Applications/iTunes.app/Contents/MacOS/iTunesHelper.app"
    );
    assert_eq!(li["alias"]["unicode_volume_name"], "Macintosh HD");
    assert_eq!(li["alias"]["volume_mount_point"], "/");
    assert_eq!(li["alias"]["volume_attributes"], 0x920);
    assert_eq!(li["alias"]["target_creation"], "2018-03-26T04:33:05Z");
    assert_eq!(li["alias"]["volume_creation"], "2016-10-08T17:34:06Z");
    // artemis: two bundled login items.
    let d1 = find(&recs, "identifier", "com.docker.helper");
    assert_eq!(d1["app_bundle_id"], "com.docker.docker");
    let d2 = find(&recs, "identifier", "com.csaba.fitzl.shield.ShieldHelper");
    assert_eq!(d2["app_bundle_id"], "com.csaba.fitzl.shield");
    // artemis: the emond rules and their actions.
    let e = find(&recs, "name", "poisonapple rule");
    assert_eq!(e["enabled"], true);
    assert_eq!(e["event_types"], serde_json::json!(["startup"]));
    assert_eq!(e["program"], "/Users/sur/Library/Python/3.8/lib/python/site-packages/poisonapple/auxiliary/poisonapple.sh");
    assert_eq!(e["run_as"], "root");
    assert_eq!(e["program_arguments"], serde_json::json!(["Emond"]));
    let e = find(&recs, "name", "sample rule");
    assert_eq!(e["enabled"], false);
    assert_eq!(e["actions"][0]["type"], "Log");
    assert_eq!(
        e["actions"][0]["message"],
        "Event Monitor started at ${builtin:now}"
    );
    // osquery: the LuLu system extension.
    let x = find(&recs, "identifier", "com.objective-see.lulu.extension");
    assert_eq!(x["state"], "activated_enabled");
    assert_eq!(x["version"], "2.0.0");
    assert_eq!(
        x["categories"][0],
        "com.apple.system_extension.network_extension"
    );
    // BTMParser: the 1Password Launcher.
    let b = find(&recs, "identifier", "4.com.1password.1password-launcher");
    assert_eq!(b["category"], "btm");
    assert_eq!(b["name"], "1Password Launcher");
    assert_eq!(b["developer_name"], "AgileBits Inc.");
    assert_eq!(b["team_id"], "2BUA8C4S2C");
    assert_eq!(b["type"], 4);
    assert_eq!(b["disposition"], 2);
    assert_eq!(b["container"], "2.com.1password.1password");
    assert_eq!(b["btm_version"], 13);
    // macos-loginitems: PoisonApple's items, in sur's store.
    let pa = recs
        .iter()
        .filter(|r| r["category"] == "btm" && r["user"] == "sur")
        .map(|r| r["url_path"].as_str().unwrap())
        .collect::<Vec<_>>();
    assert_eq!(
        pa,
        vec![
            "/Applications/LuLu.app",
            "/Users/sur/Library/Python/3.8/lib/python/site-packages/poisonapple/auxiliary/testing.app"
        ]
    );
    // macos-loginitems: GlobalLoginItems.sfl2 names medusa.py first.
    let g = recs
        .iter()
        .find(|r| r["kind"] == "GlobalLoginItems" && r["index"] == 0)
        .unwrap();
    assert_eq!(g["program"], "/Users/android/Downloads/medusa.py");
    // The ad hoc helper tool.
    let ph = find(&recs, "category", "privileged_helper");
    assert_eq!(ph["program_signature_status"], "adhoc");
    assert!(notes(ph).contains(&"program_adhoc"));
    // crontab.default holds no job lines; periodic.conf is an item.
    assert!(recs.iter().any(|r| r["category"] == "periodic_conf"));
    assert!(recs
        .iter()
        .any(|r| r["category"] == "periodic" && r["kind"] == "daily"));
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
}
