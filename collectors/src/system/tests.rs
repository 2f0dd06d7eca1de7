use std::path::Path;

use serde_json::{json, Value};

use super::*;
use crate::kit::testing::{run_on, run_on_shared};
use crate::kit::Status;

fn place(root: &Path, target: &str, bytes: &[u8]) {
    let p = root.join(target.trim_start_matches('/'));
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

fn run(root: &Path) -> (crate::kit::CollectorReport, Vec<Value>, Value) {
    let (report, sink, slot) = run_on_shared::<SummarySlot>(root, &System);
    let summary = serde_json::to_value(slot.take().expect("a summary")).unwrap();
    (report, sink.records(STREAM), summary)
}

fn facts<'a>(records: &'a [Value], fact: &str) -> Vec<&'a Value> {
    records.iter().filter(|r| r["fact"] == fact).collect()
}

fn fixture() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/mac-basic")
}

#[test]
fn an_empty_root_is_a_short_list_of_unknowns() {
    let d = tempfile::tempdir().unwrap();
    let (report, records, summary) = run(d.path());
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    // One record per machine fact and per defence, each saying where it
    // was looked for; nothing else.
    assert_eq!(records.len(), MACHINE.len() + DEFENCES.len());
    assert_eq!(records.len(), 13 + 11);
    for r in &records {
        assert!(r["value"].is_null() || r["value"] == "unknown", "{r}");
        assert!(r["detail"].as_str().unwrap().len() > 10, "{r}");
    }
    assert_eq!(summary["live"], false);
    assert_eq!(summary["machine"]["os_version"]["value"], Value::Null);
    assert_eq!(
        summary["machine"]["os_version"]["detail"],
        format!("not found in {SYSTEM_VERSION}")
    );
    assert_eq!(
        summary["machine"]["serial_number"]["detail"],
        "read from the running system only; this is not a live collection"
    );
    for (name, _) in DEFENCES {
        assert_eq!(summary["defences"][name]["state"], "unknown", "{name}");
        assert_eq!(summary["defences"][name]["source"], Value::Null, "{name}");
    }
    // What only the running system says was not looked for on a dead box:
    // not "nothing found", and no live record.
    for name in ["sip", "mdm_enrolment"] {
        assert_eq!(
            summary["defences"][name]["detail"],
            "read from the running system only; this is not a live collection",
            "{name}"
        );
        let r = facts(&records, name);
        assert_eq!(r.len(), 1);
        assert_eq!(
            r[0]["detail"],
            "read from the running system only; this is not a live collection"
        );
    }
    assert!(records.iter().all(|r| r["live"] == false));
}

#[test]
fn the_bundled_fixture_says_what_the_machine_is_and_its_defences() {
    let (report, records, summary) = run(&fixture());
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let m = &summary["machine"];
    assert_eq!(m["os_name"]["value"], "macOS");
    assert_eq!(m["os_version"]["value"], "14.4.1");
    assert_eq!(m["os_build"]["value"], "23E224");
    assert_eq!(m["os_compat_version"]["value"], "10.16");
    assert_eq!(m["os_compat_version"]["source"], SYSTEM_VERSION_COMPAT);
    assert_eq!(m["host_name"]["value"], "alice-mbp");
    assert_eq!(m["time_zone"]["value"], "Europe/Paris");
    assert_eq!(m["time_zone"]["source"], "/private/etc/localtime (link)");
    assert_eq!(
        m["install_date"]["source"],
        "/private/var/db/.AppleSetupDone (modification time)"
    );
    assert_eq!(m["last_update"]["value"], "2024-04-02T08:15:30Z");
    assert_eq!(
        m["last_update"]["source"],
        format!("{SOFTWARE_UPDATE}: LastFullSuccessfulDate")
    );
    let d = &summary["defences"];
    let state = |n: &str| d[n]["state"].as_str().unwrap().to_owned();
    assert_eq!(state("gatekeeper"), "on");
    assert_eq!(state("firewall"), "on");
    assert_eq!(d["firewall"]["detail"], "on: specific services");
    assert_eq!(state("firewall_stealth"), "off");
    assert_eq!(state("remote_login"), "on");
    assert_eq!(
        d["remote_login"]["source"],
        "/private/var/db/com.apple.xpc.launchd/disabled.plist: com.openssh.sshd"
    );
    assert_eq!(state("screen_sharing"), "off");
    assert_eq!(state("remote_management"), "unknown");
    assert_eq!(state("auto_login"), "off");
    assert_eq!(state("guest"), "off");
    assert_eq!(state("filevault"), "unknown");
    assert_eq!(state("sip"), "unknown");
    assert_eq!(state("mdm_enrolment"), "unknown");

    // The link is recorded with its target, never followed.
    let tz = facts(&records, "time_zone");
    assert_eq!(tz.len(), 1);
    assert_eq!(tz[0]["value_raw"], "/var/db/timezone/zoneinfo/Europe/Paris");
    let rules = facts(&records, "firewall_rule");
    assert_eq!(rules.len(), 4);
    assert_eq!(rules[1]["value"], "/Users/Shared/.sysupdate/updater");
    assert_eq!(rules[1]["list"], "exceptions");
    assert_eq!(rules[1]["rule"], "allow");
    let upd = facts(&records, "recommended_update");
    assert_eq!(upd.len(), 1);
    assert_eq!(upd[0]["display_version"], "14.5");
    let full = facts(&records, "last_full_successful_update");
    assert_eq!(full[0]["timestamp"], "2024-04-02T08:15:30Z");
    assert_eq!(full[0]["value_raw"], "2024-04-02T08:15:30Z");
    // Nothing is live on a dead box.
    assert!(records.iter().all(|r| r["live"] == false));
    insta::assert_json_snapshot!(
        "the_bundled_fixture",
        records
            .iter()
            .map(|r| {
                let mut r = r.clone();
                // The checkout time of an empty file.
                if r["fact"] == "setup_done" {
                    r["value"] = json!("<mtime>");
                    r["value_raw"] = json!("<mtime>");
                    r["timestamp"] = json!("<mtime>");
                    r["timestamp_raw"] = json!("<mtime>");
                }
                r
            })
            .collect::<Vec<_>>()
    );
}

#[test]
fn overrides_per_user_and_job_defaults() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let xml = |body: &str| {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><plist version=\"1.0\"><dict>{body}</dict></plist>"
        )
    };
    // The system list disables the agent, a user's list enables it.
    place(
        r,
        "/private/var/db/com.apple.xpc.launchd/disabled.plist",
        xml("<key>com.apple.RemoteDesktop.agent</key><true/>").as_bytes(),
    );
    place(
        r,
        "/private/var/db/com.apple.xpc.launchd/disabled.501.plist",
        xml("<key>com.apple.RemoteDesktop.agent</key><false/>").as_bytes(),
    );
    // No override for sshd: its job plist's Disabled decides.
    place(
        r,
        "/System/Library/LaunchDaemons/ssh.plist",
        xml("<key>Label</key><string>com.openssh.sshd</string><key>Disabled</key><true/>")
            .as_bytes(),
    );
    place(
        r,
        KCPASSWORD,
        b"\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c",
    );
    place(
        r,
        LOGINWINDOW_PLIST,
        xml("<key>autoLoginUser</key><string>bob</string><key>GuestEnabled</key><true/>")
            .as_bytes(),
    );
    place(r, FILEVAULT_PRK, b"escrowed");
    std::fs::create_dir_all(r.join("private/etc")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", r.join("private/etc/localtime")).unwrap();
    let (report, records, summary) = run(r);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let d = &summary["defences"];
    assert_eq!(d["remote_management"]["state"], "on");
    assert_eq!(
        d["remote_management"]["source"],
        "/private/var/db/com.apple.xpc.launchd/disabled.501.plist: com.apple.RemoteDesktop.agent"
    );
    assert_eq!(d["remote_login"]["state"], "off");
    assert_eq!(
        d["remote_login"]["source"],
        "/System/Library/LaunchDaemons/ssh.plist: Disabled"
    );
    assert_eq!(d["auto_login"]["state"], "on");
    assert_eq!(d["auto_login"]["detail"], "autoLoginUser = bob");
    assert_eq!(d["guest"]["state"], "on");
    assert_eq!(d["filevault"]["state"], "on");
    // kcpassword and FileVaultPRK.dat: presence and size, never content,
    // never archived.
    let kc = facts(&records, "kcpassword_present");
    assert_eq!(kc[0]["size"], 12);
    assert_eq!(facts(&records, "filevault_prk_present")[0]["size"], 8);
    let (_, sink) = run_on(r, &System);
    let members = sink.members();
    assert!(
        !members.iter().any(|m| m.contains("kcpassword")),
        "{members:?}"
    );
    assert!(
        !members.iter().any(|m| m.contains("FileVaultPRK")),
        "{members:?}"
    );
    // A link that leads elsewhere names no zone; it is kept as a link.
    assert_eq!(summary["machine"]["time_zone"]["value"], Value::Null);
    assert_eq!(
        summary["machine"]["time_zone"]["detail"],
        "link to /etc/passwd: no zone named"
    );
    assert!(members.contains(&"[root]/private/etc/localtime".to_string()));
}

#[test]
fn corrupt_files_are_errors_and_unknowns() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let good = std::fs::read(fixture().join("Library/Preferences/com.apple.alf.plist")).unwrap();
    place(r, ALF, &good[..good.len() / 2]);
    place(r, SYSTEM_POLICY_PREFS, b"bplist00\x00\x01garbage");
    place(
        r,
        SYSTEM_VERSION,
        b"<plist version=\"1.0\"><dict></dict></plist>",
    );
    place(
        r,
        SOFTWARE_UPDATE,
        b"<plist version=\"1.0\"><array/></plist>",
    );
    let (report, _, summary) = run(r);
    assert_eq!(report.status, Status::Partial);
    let paths: Vec<&str> = report
        .errors
        .iter()
        .map(|e| e.path.as_deref().unwrap())
        .collect();
    assert_eq!(
        paths,
        [SYSTEM_VERSION, SOFTWARE_UPDATE, SYSTEM_POLICY_PREFS, ALF]
    );
    assert_eq!(summary["defences"]["firewall"]["state"], "unknown");
    assert_eq!(summary["defences"]["gatekeeper"]["state"], "unknown");
}

/// The SystemVersion samples of `../shared/realdata/sysinfo/` (SOURCES.md:
/// rebuilt from the texts rust-lang/rust's tests quote), each placed at
/// its macOS path.
#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn realdata_system_versions() {
    use crate::testdata::realdata;
    for (file, name, version, build, compat) in [
        (
            "rustlang_SystemVersion_10.3_7B85.plist",
            "Mac OS X",
            "10.3",
            "7B85",
            None,
        ),
        (
            "rustlang_SystemVersion_10.7.5_11G63.plist",
            "Mac OS X",
            "10.7.5",
            "11G63",
            None,
        ),
        (
            "rustlang_SystemVersion_14.7.4_23H420.plist",
            "macOS",
            "14.7.4",
            "23H420",
            Some("rustlang_SystemVersionCompat_14.7.4_23H420.plist"),
        ),
        (
            "rustlang_SystemVersion_15.4b_24E5238a.plist",
            "macOS",
            "15.4",
            "24E5238a",
            None,
        ),
    ] {
        let d = tempfile::tempdir().unwrap();
        place(
            d.path(),
            SYSTEM_VERSION,
            &realdata::read(&format!("sysinfo/{file}")),
        );
        if let Some(c) = compat {
            place(
                d.path(),
                SYSTEM_VERSION_COMPAT,
                &realdata::read(&format!("sysinfo/{c}")),
            );
        }
        let (report, _, summary) = run(d.path());
        assert_eq!(report.status, Status::Ok, "{file}: {:?}", report.errors);
        let m = &summary["machine"];
        assert_eq!(m["os_name"]["value"], name, "{file}");
        assert_eq!(m["os_version"]["value"], version, "{file}");
        assert_eq!(m["os_build"]["value"], build, "{file}");
        let want_compat = if compat.is_some() {
            json!("10.16")
        } else {
            Value::Null
        };
        assert_eq!(m["os_compat_version"]["value"], want_compat, "{file}");
    }
}

/// plaso's `com.apple.SoftwareUpdate.plist` (OS X 10.9.1) and
/// `loginwindow.plist`: SOURCES.md gives the last full update
/// 2014-01-06T17:43:48Z, recommended `RAWCameraUpdate5.03 (031-2664)`,
/// system version `10.9.1 (13B42)`.
#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn realdata_software_update_and_loginwindow() {
    use crate::testdata::realdata;
    let d = tempfile::tempdir().unwrap();
    place(
        d.path(),
        SOFTWARE_UPDATE,
        &realdata::read("sysinfo/plaso_com.apple.SoftwareUpdate.plist"),
    );
    place(
        d.path(),
        LOGINWINDOW_PLIST,
        &realdata::read("persistence/plaso_loginwindow.plist"),
    );
    let (report, records, summary) = run(d.path());
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    assert_eq!(
        summary["machine"]["last_update"]["value"],
        "2014-01-06T17:43:48Z"
    );
    let full = facts(&records, "last_full_successful_update");
    assert_eq!(full[0]["timestamp"], "2014-01-06T17:43:48Z");
    let rec = facts(&records, "recommended_update");
    assert_eq!(rec.len(), 1);
    assert_eq!(rec[0]["value"], "RAWCameraUpdate5.03");
    assert_eq!(rec[0]["product_key"], "031-2664");
    assert_eq!(
        facts(&records, "last_attempt_system_version")[0]["value"],
        "10.9.1 (13B42)"
    );
    // The login window names no auto-login user and there is no kcpassword.
    assert_eq!(summary["defences"]["auto_login"]["state"], "off");
    // It says nothing of guests.
    assert_eq!(summary["defences"]["guest"]["state"], "unknown");
}

#[test]
fn live_facts_are_marked_live() {
    let (report, sink) = crate::kit::testing::run_live(&System);
    assert_ne!(report.status, Status::Failed, "{:?}", report.errors);
    let records = sink.records(STREAM);
    let boot = facts(&records, "boot_time");
    assert_eq!(boot.len(), 1);
    assert_eq!(boot[0]["live"], true);
    assert!(boot[0]["timestamp"].is_string(), "{}", boot[0]);
    assert!(boot[0]["uptime_s"].as_u64().is_some());
}

#[test]
fn kcpassword_is_typed_from_lstat_and_never_read() {
    let loginwindow = "<?xml version=\"1.0\"?><plist version=\"1.0\"><dict><key>GuestEnabled</key><false/></dict></plist>";
    // A link where the file should be: recorded as a link, auto-login not
    // claimed either way.
    let d = tempfile::tempdir().unwrap();
    place(d.path(), LOGINWINDOW_PLIST, loginwindow.as_bytes());
    std::fs::create_dir_all(d.path().join("private/etc")).unwrap();
    std::os::unix::fs::symlink("/tmp/elsewhere", d.path().join("private/etc/kcpassword")).unwrap();
    let (report, records, summary) = run(d.path());
    let kc = facts(&records, "kcpassword_present");
    assert_eq!(kc.len(), 1);
    assert_eq!(kc[0]["value"], false);
    assert_eq!(kc[0]["file_type"], "symlink");
    assert_eq!(kc[0]["link_target"], "/tmp/elsewhere");
    assert!(kc[0].get("size").is_none());
    assert_eq!(summary["defences"]["auto_login"]["state"], "unknown");
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert_eq!(
        report.errors[0].message,
        "a symbolic link, not a password file; not followed"
    );

    // A directory: no password file, so no auto-login.
    let d = tempfile::tempdir().unwrap();
    place(d.path(), LOGINWINDOW_PLIST, loginwindow.as_bytes());
    std::fs::create_dir_all(d.path().join("private/etc/kcpassword")).unwrap();
    let (report, records, summary) = run(d.path());
    let kc = facts(&records, "kcpassword_present");
    assert_eq!(kc[0]["value"], false);
    assert_eq!(kc[0]["file_type"], "directory");
    assert_eq!(summary["defences"]["auto_login"]["state"], "off");
    assert_eq!(report.errors[0].message, "a directory, not a password file");

    // A file: its size, never its contents.
    let d = tempfile::tempdir().unwrap();
    place(d.path(), LOGINWINDOW_PLIST, loginwindow.as_bytes());
    place(d.path(), KCPASSWORD, b"secret bytes");
    let (report, records, summary) = run(d.path());
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    let kc = facts(&records, "kcpassword_present");
    assert_eq!(kc[0]["value"], true);
    assert_eq!(kc[0]["file_type"], "file");
    assert_eq!(kc[0]["size"], 12);
    assert_eq!(summary["defences"]["auto_login"]["state"], "unknown");
}

#[test]
fn launchd_overrides_are_listed_by_the_bounded_walk() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join(LAUNCHD_DB.trim_start_matches('/'));
    std::fs::create_dir_all(&dir).unwrap();
    let list = "<?xml version=\"1.0\"?><plist version=\"1.0\"><dict><key>com.openssh.sshd</key><false/></dict></plist>";
    std::fs::write(dir.join("disabled.501.plist"), list).unwrap();
    let (report, records, _) = run(d.path());
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    assert_eq!(facts(&records, "remote_login")[0]["value"], "on");
    // A directory past the cap is cut, a typed issue, and the rest goes on.
    for i in 0..super::MAX_LAUNCHD_ENTRIES {
        std::fs::File::create(dir.join(format!("a{i:05}"))).unwrap();
    }
    let (report, records, _) = run(d.path());
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    let e = &report.errors[0];
    assert_eq!(e.path.as_deref(), Some(LAUNCHD_DB));
    assert_eq!(
        e.kind,
        crate::kit::IssueKind::Capped {
            cap: super::MAX_LAUNCHD_ENTRIES as u64,
            found: None
        }
    );
    assert!(e.message.starts_with("more than 10000 entries"));
    // The user's list sorts after the first 10000 names: not read, and
    // the cut says so.
    assert!(facts(&records, "remote_login")
        .iter()
        .all(|r| r["value"] == "unknown"));
}
