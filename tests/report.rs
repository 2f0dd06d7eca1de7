//! The triage report: `report.html` in every tarball and `mactriage report`.
//!
//! Without a browser: the report is in the tarball and its manifest, it
//! answers the USB-copy question (the volume, the file and the command),
//! shows the sample Mac's findings, escapes a hostile root's values and
//! loads nothing from anywhere.
//!
//! In a real browser (Chromium from the distribution's packages, driven
//! over the DevTools protocol on a pipe; `/usr/bin/chromium` or
//! `$MACTRIAGE_CHROMIUM`; the tests are ignored, saying so, where there is
//! none, and `.ci/run` installs it): the pages load with no console
//! message of level error, no exception and no request but the page
//! itself; the tables sort and filter; a hostile root's names render as
//! text (one script element, ours; no element they tried to open); and a
//! screenshot of the USB-copy report, which `MACTRIAGE_UPDATE_SCREENSHOT=1`
//! writes to `docs/usb-copy-report.png`.

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use common::*;
use serde_json::{json, Value};

/// Collect `root` and return the tarball's members and its report.
fn collect_report(root: &Path, out: &Path) -> (PathBuf, BTreeMap<String, Member>, String) {
    let run = collect(root, out, &["--quiet"]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    let t = run.tarball();
    let members = members_map(&t);
    let html = String::from_utf8(members["report.html"].data.clone()).unwrap();
    (t, members, html)
}

/// Text of the page without our own style and script, for checks on what
/// the evidence put there.
fn body_of(html: &str) -> &str {
    let start = html.find("<body>").unwrap();
    let end = html.rfind("<script>").unwrap();
    &html[start..end]
}

#[test]
fn the_report_answers_the_usb_copy_question() {
    let work = tempfile::tempdir().unwrap();
    let (t, members, html) = collect_report(&fixture("usb-copy"), work.path());

    // In the tarball, before the manifest, and listed in it with its hash.
    let names: Vec<String> = read_tarball(&t).into_iter().map(|(n, _)| n).collect();
    let at = |n: &str| names.iter().position(|x| x == n).unwrap();
    assert!(at("report.html") < at("manifest.json"));
    let man = manifest(&members);
    let entry = man["outputs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["member"] == "report.html")
        .unwrap();
    assert_eq!(entry["sha256"], sha256(html.as_bytes()));

    // The volume, its kind, the command and the file, with their records.
    let body = body_of(&html);
    assert!(body.contains("<h3>TEST-USB "), "no volume card");
    for tag in ["removable", "ejectable", "external", "Finder desktop icon"] {
        assert!(
            body.contains(&format!("<span class=\"tag hot\">{tag}</span>")),
            "{tag}"
        );
    }
    assert!(body.contains("zsh (carol): cp Desktop/leak.txt /Volumes/TEST-USB/"));
    assert!(body.contains("zsh (carol): diskutil eject /Volumes/TEST-USB"));
    assert!(body.contains("files named: <code>Desktop/leak.txt</code>, <code>leak.txt</code>"));
    assert!(body.contains("RecentDocuments: leak.txt /Volumes/TEST-USB/leak.txt"));
    assert!(body.contains("<summary>shell_history.jsonl:5</summary>"));
    assert!(body.contains("first trace <b>2024-03-12 14:01:20</b>"));
    assert!(body.contains("last <b>2024-03-12 14:04:45</b>"));
    // `ls /Volumes` names no volume; the startup volume is not external.
    assert!(!body.contains("<h3>Macintosh HD"));
    assert_eq!(body.matches("<div class=\"vol").count(), 1);

    // Rebuilt from the tarball: the same findings.
    let rebuilt = work.path().join("r.html");
    let o = bin()
        .args([
            "report".as_ref(),
            t.as_os_str(),
            "-o".as_ref(),
            rebuilt.as_os_str(),
        ])
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).trim_end(),
        rebuilt.canonicalize().unwrap().to_str().unwrap()
    );
    let again = std::fs::read_to_string(&rebuilt).unwrap();
    let cut = |h: &str| h[..h.find("<footer>").unwrap()].to_string();
    assert_eq!(cut(&again), cut(&html));
    // Never over an existing file.
    let o = bin()
        .args([
            "report".as_ref(),
            t.as_os_str(),
            "-o".as_ref(),
            rebuilt.as_os_str(),
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn the_sample_macs_findings() {
    let work = tempfile::tempdir().unwrap();
    let (_, _, html) = collect_report(&fixture("mac-basic"), work.path());
    let body = body_of(&html);
    // Reference time: the dead box's last day with events (the listing's
    // and persistence items' file times are the checkout's, so the day
    // depends on the clone; the count of downloads does not).
    assert!(body.contains("in the 14 days before "), "{body}");
    assert!(body.contains(" (6 in all)"), "{body}");
    assert!(body.contains("https://cdn.example.invalid/UpdateHelper.pkg"));
    assert!(body.contains("/Users/alice/Downloads/report.pdf.zip"));
    assert!(body.contains("billing@example.invalid"));
    // Logins, sudo and ssh from the system log and the shell history.
    assert!(body.contains("Failed password for invalid user admin from 203.0.113.7"));
    assert!(body.contains("COMMAND=/bin/launchctl list"));
    assert!(body.contains(">sudo -l<"));
    // 3 from the system log, 2 from the shell history, 4 from utmpx.
    assert!(body.contains("Logins, sudo and ssh: <b>9</b> events"));
    // The fixture's two launchd jobs, alice's .zshrc, and the two entries
    // of launchd's override list (sshd enabled, screen sharing disabled).
    assert!(
        body.contains("Persistence items that are not Apple&#39;s: <b>5</b>")
            || body.contains("Persistence items that are not Apple's: <b>5</b>")
    );
    // Streams the tarball does not have are said to be missing (processes
    // is live-only).
    assert!(body.contains("no parsed/processes.jsonl"));
    assert!(body.contains("No trace</b> of a volume") || body.contains("<b>no trace</b>"));
    // The collection.
    assert!(body.contains("<td class=\"st-skipped\">skipped</td>"));
    assert!(body.contains(">alice-mbp<") || body.contains("Triage report: alice-mbp"));
}

/// The sample Mac with every file time set to 2024-02-10 12:00 UTC, three
/// days before its last recorded day (2024-02-13, when `helpdesk` appears:
/// the reference time of a dead box is that day's end), and the
/// quarantine attribute a Safari download leaves on alice's
/// `UpdateHelper.app` (git keeps no extended attributes).
fn dated_sample(work: &Path) -> PathBuf {
    let root = work.join("root");
    copy_tree(&fixture("mac-basic"), &root);
    // The software updates of April (SoftwareUpdate.plist) would move the
    // reference day past the story of February these tests follow.
    std::fs::remove_file(root.join("Library/Preferences/com.apple.SoftwareUpdate.plist")).unwrap();
    set_mac_xattr(
        &root.join("Users/alice/Applications/UpdateHelper.app"),
        "com.apple.quarantine",
        b"0083;6553f200;Safari;7D3C9E4A-1B2F-4C5D-8E6F-0A1B2C3D4E5F",
    );
    let t = filetime::FileTime::from_unix_time(1_707_566_400, 0);
    for e in walkdir::WalkDir::new(&root) {
        let e = e.unwrap();
        if !e.file_type().is_symlink() {
            filetime::set_file_mtime(e.path(), t).unwrap();
        }
    }
    root
}

/// The text of each cell of each body row of table `id` (a record cell
/// gives its summary, `stream.jsonl:line`).
fn table_rows(body: &str, id: &str) -> Vec<Vec<String>> {
    let at = body
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no table {id}"));
    let rest = &body[at..];
    let tbody = &rest[rest.find("<tbody>").unwrap()..rest.find("</tbody>").unwrap()];
    let text = |html: &str| {
        let html = match (html.find("<summary>"), html.find("</summary>")) {
            (Some(a), Some(b)) => &html[a..b],
            _ => html,
        };
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    };
    tbody
        .split("<tr>")
        .skip(1)
        .map(|row| {
            row.split("<td")
                .skip(1)
                .map(|cell| {
                    let cell = &cell[cell.find('>').unwrap() + 1..];
                    text(&cell[..cell.rfind("</td>").unwrap()])
                })
                .collect()
        })
        .collect()
}

#[test]
fn the_sample_macs_software_defences_and_networks() {
    let work = tempfile::tempdir().unwrap();
    let root = dated_sample(work.path());
    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let (_, _, html) = collect_report(&root, &out);
    let body = body_of(&html);
    let rows = |id: &str| table_rows(body, id);

    // Software: alice's ad hoc signed, quarantined UpdateHelper.app; of
    // the installs (macOS 14.0, UpdateHelper from the install history and
    // its receipt, wget 1.24.5 from its Homebrew receipt of 2023-11-14 and
    // the firefox cask from its receipt of 2024-02-12; the XProtect data
    // update is left out), only the cask is in the 14 days before the
    // reference time.
    assert!(body.contains(
        "<li>Applications unsigned, ad hoc signed, with an invalid signature or quarantined: <b>1</b> (1 with a signature problem).</li>"
    ), "{body}");
    assert!(body.contains(
        "<li>Installs in the 14 days before 2024-02-13 23:59: <b>1</b> (5 in all).</li>"
    ));
    assert_eq!(
        rows("apps-table"),
        [[
            "2024-02-10 12:00:00",
            "UpdateHelper.app",
            "com.updatehelper.UpdateHelper",
            "2.1",
            "adhoc",
            "com.updatehelper.UpdateHelper",
            "by Safari at 2023-11-14T22:17:36Z",
            "quarantined, adhoc",
            "alice",
            "/Users/alice/Applications/UpdateHelper.app",
            "software.jsonl:5",
        ]]
    );
    assert_eq!(
        rows("installs-table"),
        [[
            "2024-02-12 09:15:00",
            "Homebrew cask",
            "firefox",
            "125.0",
            "homebrew/cask",
            "Homebrew receipt",
            "/opt/homebrew/Caskroom/firefox/125.0",
            "software.jsonl:7",
        ]]
    );
    assert!(body.contains("1 of 5 installs"));

    // Defences: XProtect flags the fake update and Gatekeeper refuses it
    // on 2023-11-14; on 2024-02-13 helpdesk's rule allows the unsigned
    // updater's cdhash, which Gatekeeper scanned (the cache and the
    // provenance row); Zoom's scan has a team ID and is left out.
    assert!(body.contains(
        "<li>Defences: XProtect detections <b>1</b>, Gatekeeper refusals <b>1</b>, Gatekeeper rules that are not Apple&#39;s <b>1</b>, Gatekeeper scans of unsigned or un-notarised code <b>2</b>.</li>"
    ));
    let fake = "/Users/alice/Downloads/UpdateHelper.app/Contents/MacOS/UpdateHelper";
    assert_eq!(
        rows("detections-table"),
        [[
            "2023-11-14 14:21:09",
            "XProtect_MACOS_PWS_GENERIC_B",
            fake,
            "com.update.helper, Z9X8Y7W6V5",
            "no",
            fake,
            "/private/var/protected/xprotect/XPdb",
            "xprotect_detections.jsonl:1",
        ]]
    );
    assert_eq!(
        rows("refusals-table"),
        [[
            "2023-11-14 14:21:10",
            "/Users/alice/Downloads/UpdateHelper.app",
            "unsigned",
            "true",
            "/private/var/db/.LastGKReject",
            "gatekeeper_reject.jsonl:1",
        ]]
    );
    let cdhash = "4f1b2ac3d6e1c0b6a3d8b7e7e6a5d1c2b3a49f80";
    assert_eq!(
        rows("rules-table"),
        [[
            "2024-02-13 10:39:30",
            "UnsignedHelper",
            &format!("cdhash H\"{cdhash}\""),
            "execute",
            "allow",
            "helpdesk",
            "/private/var/db/SystemPolicy",
            "gatekeeper_rules.jsonl:1",
        ]]
    );
    let exec_policy = "/private/var/db/SystemPolicyConfiguration/ExecPolicy";
    let mut scans = rows("scans-table");
    scans.sort();
    assert_eq!(
        scans,
        [
            [
                "2024-02-13 10:40:00",
                "policy_scan_cache",
                "updater-55554944",
                "NOT_A_BUNDLE",
                "no team ID: not notarised",
                cdhash,
                exec_policy,
                "gatekeeper_exec_policy.jsonl:1",
            ],
            [
                "2024-02-13 10:40:00",
                "provenance_tracking",
                "updater-55554944",
                "/Users/Shared/.sysupdate/updater",
                "no team ID: not notarised",
                cdhash,
                exec_policy,
                "gatekeeper_exec_policy.jsonl:3",
            ],
        ]
    );

    // Networks: alice's home network, last joined by the system on
    // 2024-02-13, and the captive airport hotspot of 2023-11-14; the hosts
    // file's line 11 sends Apple's update servers to 10.9.9.9 (the
    // loopback and broadcast lines are left out); the Wi-Fi service's HTTP
    // proxy.
    assert!(body.contains(
        "<li>Networks: known Wi-Fi networks <b>2</b> (last joined: <b>alice-home</b> 2024-02-13 08:01:00), hosts-file entries sending names elsewhere <b>1</b>, network services with a proxy <b>1</b>.</li>"
    ));
    let known = "/Library/Preferences/com.apple.wifi.known-networks.plist";
    assert_eq!(
        rows("wifi-table"),
        [
            [
                "2024-02-13 08:01:00",
                "alice-home",
                "WPA2 Personal",
                "",
                "",
                "2020-09-13 18:00:00",
                known,
                "wifi_networks.jsonl:1",
            ],
            [
                "2023-11-14 13:55:00",
                "Airport-Free-WiFi",
                "Open",
                "yes",
                "",
                "2023-11-14 13:55:00",
                known,
                "wifi_networks.jsonl:2",
            ],
        ]
    );
    assert_eq!(
        rows("hosts-table"),
        [[
            "11",
            "10.9.9.9",
            "swscan.apple.com mesu.apple.com",
            "redirected",
            "/private/etc/hosts",
            "hosts.jsonl:4",
        ]]
    );
    assert_eq!(
        rows("proxies-table"),
        [[
            "Wi-Fi",
            "en0",
            "http 127.0.0.1:8899",
            "10.9.9.9",
            "/Library/Preferences/SystemConfiguration/preferences.plist",
            "network_services.jsonl:1",
        ]]
    );
}

#[test]
fn without_those_streams_the_sections_say_so() {
    let work = tempfile::tempdir().unwrap();
    let (_, _, html) = collect_report(&fixture("usb-copy"), work.path());
    let body = body_of(&html);
    for line in [
        "<li>Software: not in this tarball (no parsed/software.jsonl).</li>",
        "<li>Defences: not in this tarball (no XProtect or Gatekeeper records).</li>",
        "<li>Networks: not in this tarball (no Wi-Fi, hosts or network service records).</li>",
        "<p class=\"none\">No software records in this tarball.</p>",
        "<p class=\"none\">No XProtect or Gatekeeper records in this tarball.</p>",
        "<p class=\"none\">No Wi-Fi, hosts-file or network service records in this tarball.</p>",
    ] {
        assert!(body.contains(line), "{line}");
    }
    assert!(!body.contains("<h3>Installed in the"));
    for id in [
        "apps-table",
        "detections-table",
        "wifi-table",
        "hosts-table",
    ] {
        assert!(!body.contains(&format!("id=\"{id}\"")), "{id}");
    }
}

#[test]
fn nothing_is_loaded_from_anywhere() {
    let work = tempfile::tempdir().unwrap();
    let (_, _, html) = collect_report(&fixture("mac-basic"), work.path());
    // One script and one style sheet, inline, named by hash in the policy.
    assert_eq!(html.matches("<script").count(), 1);
    assert_eq!(html.matches("<style").count(), 1);
    assert!(html.contains("default-src 'none'"));
    for tag in [
        "<link", "<img", "<iframe", "<object", "<embed", " src=", "@import", "url(",
    ] {
        assert!(!html.contains(tag), "{tag}");
    }
    // URLs from the evidence are text, never links.
    assert!(!html.contains("href=\"http"));
}

/// A root whose names, commands and URLs try to take the page over.
fn hostile_root(work: &Path) -> PathBuf {
    let root = work.join("root");
    copy_tree(&fixture("usb-copy"), &root);
    let home = root.join("Users/carol");
    let mut h = std::fs::OpenOptions::new()
        .append(true)
        .open(home.join(".zsh_history"))
        .unwrap();
    for (t, cmd) in [
        (
            1_710_260_000,
            "ls '/Volumes/TEST-USB/<script>window.__pwned=1</script>'",
        ),
        (
            1_710_260_010,
            "cp \"x.txt\" \"/Volumes/EVIL<img src=x onerror=window.__pwned=2>\"/",
        ),
        (1_710_260_020, "cp y.txt /Volumes/RLO\u{202e}gpj.exe/"),
        (1_710_260_030, "sudo echo \"'><svg onload=window.__pwned=3>"),
    ] {
        writeln!(h, ": {t}:0;{cmd}").unwrap();
    }
    // A quarantine database with hostile URLs and names.
    let q = home.join("Library/Preferences/com.apple.LaunchServices.QuarantineEventsV2");
    let c = rusqlite::Connection::open(&q).unwrap();
    c.execute_batch(
        "CREATE TABLE LSQuarantineEvent (LSQuarantineEventIdentifier TEXT PRIMARY KEY NOT NULL,
           LSQuarantineTimeStamp REAL, LSQuarantineAgentBundleIdentifier TEXT,
           LSQuarantineAgentName TEXT, LSQuarantineDataURLString TEXT, LSQuarantineSenderName TEXT,
           LSQuarantineSenderAddress TEXT, LSQuarantineTypeNumber INTEGER,
           LSQuarantineOriginTitle TEXT, LSQuarantineOriginURLString TEXT,
           LSQuarantineOriginAlias BLOB);",
    )
    .unwrap();
    c.execute(
        "INSERT INTO LSQuarantineEvent VALUES ('A', 731950000.0, 'com.evil', ?1, ?2, NULL, NULL, 0, ?3, ?4, NULL)",
        [
            "Evil\u{202e}ppa.exe",
            "javascript:window.__pwned=4//\"><script>window.__pwned=5</script>",
            "</td></tr></table><h1>forged</h1>",
            "https://x.invalid/?q=\"'><iframe src=https://x.invalid>",
        ],
    )
    .unwrap();
    drop(c);
    // A Finder desktop volume whose name is markup.
    let finder = home.join("Library/Preferences/com.apple.finder.plist");
    let mut vols = plist::Dictionary::new();
    vols.insert(
        "<b onmouseover=window.__pwned=6>USB</b>_0x1.5c250c8p+29".into(),
        plist::Value::Dictionary(plist::Dictionary::new()),
    );
    let mut top = plist::Dictionary::new();
    top.insert(
        "FXDesktopVolumePositions".into(),
        plist::Value::Dictionary(vols),
    );
    plist::Value::Dictionary(top)
        .to_file_binary(&finder)
        .unwrap();
    // A hosts-file line and a Wi-Fi network whose names are markup.
    std::fs::create_dir_all(root.join("private/etc")).unwrap();
    std::fs::write(
        root.join("private/etc/hosts"),
        "127.0.0.1\tlocalhost\n10.6.6.6\t<img src=x onerror=window.__pwned=7>\n",
    )
    .unwrap();
    let mut net = plist::Dictionary::new();
    net.insert(
        "SSID".into(),
        plist::Value::Data(b"<svg onload=window.__pwned=8>".to_vec()),
    );
    net.insert("SupportedSecurityTypes".into(), "Open".into());
    let mut known = plist::Dictionary::new();
    known.insert(
        "wifi.network.ssid.<svg onload=window.__pwned=8>".into(),
        plist::Value::Dictionary(net),
    );
    plist::Value::Dictionary(known)
        .to_file_binary(root.join("Library/Preferences/com.apple.wifi.known-networks.plist"))
        .unwrap();
    root
}

#[test]
fn hostile_values_are_escaped_text() {
    let work = tempfile::tempdir().unwrap();
    let root = hostile_root(work.path());
    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let (_, _, html) = collect_report(&root, &out);
    let body = body_of(&html);
    for raw in [
        "<script>window",
        "<img src=x",
        "<svg",
        "<iframe",
        "<h1>forged",
        "<b onmouseover",
        "\u{202e}",
        "</td></tr></table>",
    ] {
        assert!(!body.contains(raw), "unescaped: {raw}");
    }
    assert!(body.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"));
    assert!(body.contains("<h3>EVIL&lt;img src=x onerror=window.__pwned=2&gt; "));
    assert!(body.contains("RLO\\u{202e}gpj.exe"));
    assert!(body.contains("&lt;b onmouseover=window.__pwned=6&gt;USB&lt;/b&gt;"));
    assert!(body.contains("Evil\\u{202e}ppa.exe"));
    assert!(body.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h1&gt;forged&lt;/h1&gt;"));
    assert_eq!(
        table_rows(body, "hosts-table")[0][2],
        "<img src=x onerror=window.__pwned=7>"
    );
    assert!(body.contains("&lt;img src=x onerror=window.__pwned=7&gt;"));
    assert_eq!(
        table_rows(body, "wifi-table")[0][1],
        "<svg onload=window.__pwned=8>"
    );
    assert!(body.contains("<b>&lt;svg onload=window.__pwned=8&gt;</b>"));
}

// ---------------------------------------------------------------------------
// In a real browser

/// Chromium from the distribution, or `$MACTRIAGE_CHROMIUM`.
fn chromium() -> PathBuf {
    if let Some(p) = std::env::var_os("MACTRIAGE_CHROMIUM").filter(|v| !v.is_empty()) {
        return PathBuf::from(p);
    }
    for p in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] {
        if Path::new(p).exists() {
            return PathBuf::from(p);
        }
    }
    panic!("no Chromium: apt-get install chromium, or set MACTRIAGE_CHROMIUM")
}

/// Chromium driven over the DevTools protocol on a pipe
/// (`--remote-debugging-pipe`: the browser reads commands on descriptor 3
/// and writes answers and events on descriptor 4, each message ending with
/// a NUL byte), started headless with a new profile and with every
/// background service off, so that any request is the page's.
struct Browser {
    child: Child,
    to: ChildStdin,
    from: Receiver<Value>,
    id: u64,
    session: String,
    events: Vec<Value>,
    _profile: tempfile::TempDir,
}

impl Browser {
    fn start() -> Browser {
        let profile = tempfile::tempdir().unwrap();
        let cmd =
            "exec \"$0\" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
             --disable-background-networking --disable-component-update --disable-sync \
             --disable-default-apps --disable-extensions --hide-scrollbars \
             --user-data-dir=\"$1\" --remote-debugging-pipe about:blank \
             3<&0 4>&1 0</dev/null 1>/dev/null";
        // The shell only moves the pipes to descriptors 3 and 4.
        let mut child = Command::new("sh")
            .arg("-c")
            .arg(cmd)
            .arg(chromium())
            .arg(profile.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let to = child.stdin.take().unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || loop {
            let mut msg = Vec::new();
            match out.read_until(0, &mut msg) {
                Ok(0) | Err(_) => break,
                Ok(_) => {
                    msg.pop();
                    if let Ok(v) = serde_json::from_slice::<Value>(&msg) {
                        if tx.send(v).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        let mut b = Browser {
            child,
            to,
            from: rx,
            id: 0,
            session: String::new(),
            events: Vec::new(),
            _profile: profile,
        };
        let target =
            b.call("Target.createTarget", json!({"url": "about:blank"}))["targetId"].clone();
        b.session = b.call(
            "Target.attachToTarget",
            json!({"targetId": target, "flatten": true}),
        )["sessionId"]
            .as_str()
            .unwrap()
            .to_string();
        for m in [
            "Network.enable",
            "Runtime.enable",
            "Log.enable",
            "Page.enable",
        ] {
            b.call(m, json!({}));
        }
        b.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": 1280, "height": 1000, "deviceScaleFactor": 1, "mobile": false}),
        );
        b
    }

    fn call(&mut self, method: &str, params: Value) -> Value {
        self.id += 1;
        let mut msg = json!({"id": self.id, "method": method, "params": params});
        if !self.session.is_empty() {
            msg["sessionId"] = Value::from(self.session.clone());
        }
        let mut bytes = serde_json::to_vec(&msg).unwrap();
        bytes.push(0);
        self.to.write_all(&bytes).unwrap();
        self.to.flush().unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.from.recv_timeout(left) {
                Ok(m) if m["id"] == self.id => {
                    assert!(m.get("error").is_none(), "{method}: {m}");
                    return m["result"].clone();
                }
                Ok(m) => self.events.push(m),
                Err(RecvTimeoutError::Timeout) => panic!("{method}: no answer in 30 s"),
                Err(RecvTimeoutError::Disconnected) => panic!("{method}: the browser went away"),
            }
        }
    }

    /// Open `url` and wait for its load event, then a moment for late
    /// messages.
    fn open(&mut self, url: &str) {
        self.events.clear();
        self.call("Page.navigate", json!({"url": url}));
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut loaded = false;
        loop {
            if !loaded
                && self
                    .events
                    .iter()
                    .any(|e| e["method"] == "Page.loadEventFired")
            {
                loaded = true;
            }
            let settle = if loaded {
                Duration::from_millis(500)
            } else {
                Duration::from_secs(1)
            };
            match self.from.recv_timeout(settle) {
                Ok(m) => self.events.push(m),
                Err(RecvTimeoutError::Timeout) if loaded => return,
                Err(RecvTimeoutError::Timeout) => {
                    assert!(Instant::now() < deadline, "{url}: no load event in 30 s")
                }
                Err(RecvTimeoutError::Disconnected) => panic!("the browser went away"),
            }
        }
    }

    fn eval(&mut self, js: &str) -> Value {
        let r = self.call(
            "Runtime.evaluate",
            json!({"expression": js, "returnByValue": true}),
        );
        assert!(r.get("exceptionDetails").is_none(), "{js}: {r}");
        r["result"]["value"].clone()
    }

    /// Console errors, exceptions and error log entries since the page was
    /// opened.
    fn errors(&self) -> Vec<String> {
        self.events
            .iter()
            .filter_map(|e| match e["method"].as_str()? {
                "Runtime.exceptionThrown" => Some(e["params"]["exceptionDetails"].to_string()),
                "Runtime.consoleAPICalled" if e["params"]["type"] == "error" => {
                    Some(e["params"]["args"].to_string())
                }
                "Log.entryAdded" if e["params"]["entry"]["level"] == "error" => {
                    Some(e["params"]["entry"]["text"].to_string())
                }
                _ => None,
            })
            .collect()
    }

    /// Every request the page made.
    fn requests(&self) -> Vec<String> {
        self.events
            .iter()
            .filter(|e| e["method"] == "Network.requestWillBeSent")
            .map(|e| {
                e["params"]["request"]["url"]
                    .as_str()
                    .unwrap_or("")
                    .to_string()
            })
            .collect()
    }

    fn screenshot(&mut self) -> Vec<u8> {
        use base64::Engine as _;
        let r = self.call("Page.captureScreenshot", json!({"format": "png"}));
        base64::engine::general_purpose::STANDARD
            .decode(r["data"].as_str().unwrap())
            .unwrap()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn file_url(p: &Path) -> String {
    format!("file://{}", p.canonicalize().unwrap().display())
}

/// The report of `root`, extracted beside its tarball's parsed files.
fn extracted_report(root: &Path, work: &Path) -> PathBuf {
    let out = work.join("out");
    std::fs::create_dir_all(&out).unwrap();
    let (_, members, _) = collect_report(root, &out);
    let dir = work.join("x");
    for (name, m) in &members {
        if name == "report.html" || name.starts_with("parsed/") {
            let p = dir.join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, &m.data).unwrap();
        }
    }
    dir.join("report.html")
}

#[test]
#[cfg_attr(
    not(chromium),
    ignore = "needs Chromium (apt-get install chromium, or MACTRIAGE_CHROMIUM)"
)]
fn the_harness_sees_errors_and_requests() {
    // A page that does what a report must not: the test would see it.
    let work = tempfile::tempdir().unwrap();
    let bad = work.path().join("bad.html");
    std::fs::write(
        &bad,
        "<!doctype html><p>x</p><script>console.error('boom');\
         fetch('http://127.0.0.1:9/x').catch(function(){}); undefinedFunction();</script>",
    )
    .unwrap();
    let mut b = Browser::start();
    b.open(&file_url(&bad));
    let errors = b.errors();
    assert!(errors.iter().any(|e| e.contains("boom")), "{errors:?}");
    assert!(
        errors.iter().any(|e| e.contains("undefinedFunction")),
        "{errors:?}"
    );
    assert!(
        b.requests()
            .iter()
            .any(|u| u.starts_with("http://127.0.0.1:9/")),
        "{:?}",
        b.requests()
    );
}

#[test]
#[cfg_attr(
    not(chromium),
    ignore = "needs Chromium (apt-get install chromium, or MACTRIAGE_CHROMIUM)"
)]
fn the_usb_copy_report_in_a_browser() {
    // A copy of the sample root, so that the screenshot shows a plain path.
    let work = tempfile::Builder::new().prefix("case-").tempdir().unwrap();
    let root = work.path().join("usb-copy");
    copy_tree(&fixture("usb-copy"), &root);
    let report = extracted_report(&root, work.path());
    let url = file_url(&report);
    let mut b = Browser::start();
    b.open(&url);
    assert_eq!(b.errors(), Vec::<String>::new());
    assert_eq!(
        b.requests(),
        std::slice::from_ref(&url),
        "the page requested more than itself"
    );

    // The script ran: sorting and filtering.
    assert_eq!(
        b.eval("document.documentElement.classList.contains('js')"),
        true
    );
    let text = b.eval("document.getElementById('volumes').innerText");
    let text = text.as_str().unwrap();
    for want in [
        "TEST-USB",
        "removable",
        "cp Desktop/leak.txt /Volumes/TEST-USB/",
        "leak.txt",
        "diskutil eject /Volumes/TEST-USB",
    ] {
        assert!(text.contains(want), "{want} not shown:\n{text}");
    }
    let first_cell = "document.querySelector('#volume-0 tbody tr').cells[0].innerText";
    let before = b.eval(first_cell);
    b.eval("document.querySelector('#volume-0 th').click()");
    b.eval("document.querySelector('#volume-0 th').click()");
    let after = b.eval(first_cell);
    assert_ne!(before, after, "sorting by time did not reorder the rows");
    assert!(
        after.as_str().unwrap().starts_with("2024-03-12 14:04:45"),
        "{after}"
    );
    let shown = b.eval(
        "(function(){var f=document.querySelector('#volumes input.filter');f.value='diskutil';\
         f.dispatchEvent(new Event('input'));\
         return Array.prototype.filter.call(document.querySelectorAll('#volume-0 tbody tr'),\
         function(r){return !r.hidden;}).length;})()",
    );
    assert_eq!(shown, 1);
    assert_eq!(b.errors(), Vec::<String>::new());

    // The screenshot for the README.
    b.open(&url);
    let png = b.screenshot();
    assert_eq!(&png[1..4], b"PNG");
    if std::env::var_os("MACTRIAGE_UPDATE_SCREENSHOT").is_some() {
        let dest = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/usb-copy-report.png");
        std::fs::write(&dest, &png).unwrap();
        eprintln!("wrote {}", dest.display());
    }
}

#[test]
#[cfg_attr(
    not(chromium),
    ignore = "needs Chromium (apt-get install chromium, or MACTRIAGE_CHROMIUM)"
)]
fn a_hostile_report_renders_as_text_in_a_browser() {
    let work = tempfile::tempdir().unwrap();
    let root = hostile_root(work.path());
    let report = extracted_report(&root, work.path());
    let url = file_url(&report);
    let mut b = Browser::start();
    b.open(&url);
    assert_eq!(b.errors(), Vec::<String>::new());
    assert_eq!(b.requests(), std::slice::from_ref(&url));
    assert_eq!(b.eval("typeof window.__pwned"), "undefined");
    assert_eq!(b.eval("document.scripts.length"), 1);
    assert_eq!(
        b.eval(
            "Array.prototype.map.call(document.querySelectorAll('img,svg,iframe,object,embed,link,h1,b[onmouseover]'),\
             function(e){return e.outerHTML.slice(0,80);})"
        ),
        json!(["<h1>Triage report: carol-mba</h1>"]),
        "elements from the evidence"
    );
    let text = b.eval("document.body.textContent");
    let text = text.as_str().unwrap();
    for want in [
        "<script>window.__pwned=1</script>",
        "EVIL<img src=x onerror=window.__pwned=2>",
        "RLO\\u{202e}gpj.exe",
        "<b onmouseover=window.__pwned=6>USB</b>",
        "</td></tr></table><h1>forged</h1>",
        "<img src=x onerror=window.__pwned=7>",
        "<svg onload=window.__pwned=8>",
    ] {
        assert!(text.contains(want), "{want} is not shown as text");
    }
    assert!(!text.contains('\u{202e}'));
    // Hovering and clicking every cell runs nothing.
    b.eval(
        "Array.prototype.forEach.call(document.querySelectorAll('td,th,summary'),function(c){\
         c.dispatchEvent(new MouseEvent('mouseover',{bubbles:true}));c.click();});",
    );
    assert_eq!(b.eval("typeof window.__pwned"), "undefined");
    assert_eq!(b.errors(), Vec::<String>::new());
}

#[test]
#[cfg_attr(
    not(chromium),
    ignore = "needs Chromium (apt-get install chromium, or MACTRIAGE_CHROMIUM)"
)]
fn the_software_defences_and_networks_in_a_browser() {
    let work = tempfile::tempdir().unwrap();
    let root = dated_sample(work.path());
    let report = extracted_report(&root, work.path());
    let url = file_url(&report);
    let mut b = Browser::start();
    b.open(&url);
    assert_eq!(b.errors(), Vec::<String>::new());
    assert_eq!(b.requests(), std::slice::from_ref(&url));
    for (section, wants) in [
        (
            "software",
            &[
                "UpdateHelper.app",
                "by Safari at 2023-11-14T22:17:36Z",
                "firefox",
            ][..],
        ),
        (
            "defences",
            &[
                "XProtect_MACOS_PWS_GENERIC_B",
                "/Users/alice/Downloads/UpdateHelper.app",
                "UnsignedHelper",
                "/Users/Shared/.sysupdate/updater",
            ][..],
        ),
        (
            "networks",
            &[
                "alice-home",
                "Airport-Free-WiFi",
                "swscan.apple.com mesu.apple.com",
                "http 127.0.0.1:8899",
            ][..],
        ),
    ] {
        let text = b.eval(&format!("document.getElementById('{section}').innerText"));
        let text = text.as_str().unwrap();
        for want in wants {
            assert!(
                text.contains(want),
                "{want} not shown in {section}:\n{text}"
            );
        }
    }
    // Newest first; a click on the time header sorts oldest first.
    let first_ssid = "document.querySelector('#wifi-table tbody tr').cells[1].innerText";
    assert_eq!(b.eval(first_ssid), "alice-home");
    b.eval("document.querySelector('#wifi-table th').click()");
    assert_eq!(b.eval(first_ssid), "Airport-Free-WiFi");
    assert_eq!(b.errors(), Vec::<String>::new());
}
