//! A hostile host: the target tree and the output directory were prepared by
//! an attacker. Symlinks planted at the output names, symlinked artifacts,
//! FIFOs, sockets and devices, files that never stop growing, and trees too
//! deep or too wide must neither turn the tool against the analyst nor stop
//! the run.
//!
//! And an unlucky one: a root below the output directory, homes and
//! histories that are not what they should be, host facts that do not
//! parse, names and stored text that are not UTF-8, and a run stopped by
//! SIGTERM or SIGINT. Each gives a sound tarball (or, after a signal that
//! leaves no time, nothing at all) and a manifest that says what happened.

mod common;

use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;

const LIMIT: Duration = Duration::from_secs(120);

fn basic_root(work: &Path) -> PathBuf {
    let root = work.join("root");
    copy_tree(&fixture("mac-basic"), &root);
    root
}

fn out_dir(work: &Path) -> PathBuf {
    let out = work.join("out");
    std::fs::create_dir_all(&out).unwrap();
    out
}

fn listing(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// The tarball names the next run may use: the fixture's hostname and the
/// UTC second, for a window around now.
fn predicted_names() -> Vec<String> {
    let now = chrono::Utc::now();
    (-2..8)
        .map(|d| {
            let t = now + chrono::Duration::seconds(d);
            format!("mactriage_alice-mbp_{}.tar.gz", t.format("%Y%m%dT%H%M%SZ"))
        })
        .collect()
}

/// Plant symlinks at the predicted names with `suffix` (`""`, `.sha256`) or
/// as the temporary `.<name>.partial`, all pointing at `victim`.
fn plant_links(out: &Path, victim: &Path, which: &str) -> Vec<PathBuf> {
    predicted_names()
        .into_iter()
        .map(|n| {
            let link = match which {
                "partial" => out.join(format!(".{n}.partial")),
                "sha256" => out.join(format!("{n}.sha256")),
                _ => out.join(&n),
            };
            symlink(victim, &link).unwrap();
            link
        })
        .collect()
}

#[test]
fn symlinks_at_the_output_names_are_never_followed() {
    for which in ["final", "partial", "sha256"] {
        let work = tempfile::tempdir().unwrap();
        let root = basic_root(work.path());
        let out = out_dir(work.path());
        let victim = work.path().join("victim");
        std::fs::write(&victim, b"precious").unwrap();
        let links = plant_links(&out, &victim, which);
        let run = collect_within(&root, &out, &[], LIMIT);
        // The victim is untouched, and so are the links.
        assert_eq!(std::fs::read(&victim).unwrap(), b"precious", "{which}");
        for l in &links {
            assert!(std::fs::symlink_metadata(l).unwrap().is_symlink());
            assert_eq!(std::fs::read_link(l).unwrap(), victim);
        }
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        // A taken name is never used nor given up on: the run picks the
        // next free name, and leaves nothing else behind (no staging
        // directory, no temporary tarball).
        assert_eq!(
            run.code, 0,
            "{which}: stdout {}\nstderr {}",
            run.stdout, run.stderr
        );
        let tarball = run.tarball();
        let name = tarball.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.ends_with("_2.tar.gz"), "{name}");
        let mut expected: Vec<String> = links
            .iter()
            .map(|l| l.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        expected.push(name.clone());
        expected.push(format!("{name}.sha256"));
        expected.sort();
        assert_eq!(listing(&out), expected, "{which}");
        let members = members_map(&tarball);
        assert_eq!(manifest(&members)["collection"]["tarball"], name.as_str());
    }
}

#[test]
fn symlinked_artifacts_are_recorded_as_links_not_read() {
    let work = tempfile::tempdir().unwrap();
    let root = basic_root(work.path());
    let out = out_dir(work.path());
    let a = root.join("Users/alice");
    let lib = a.join("Library");
    let chrome = lib.join("Application Support/Google/Chrome/Default");
    let ff = lib.join("Application Support/Firefox/Profiles/x.default");
    let sfl = lib.join("Application Support/com.apple.sharedfilelist");
    let asl = root.join("private/var/log/asl");
    for d in [
        &chrome,
        &ff,
        &sfl,
        &asl,
        &lib.join("Safari"),
        &lib.join("Preferences"),
        &root.join(".fseventsd"),
        &root.join("Volumes/Ext"),
    ] {
        std::fs::create_dir_all(d).unwrap();
    }
    let links: Vec<(PathBuf, &str)> = vec![
        (a.join(".zsh_history"), "/etc/passwd"),
        (a.join(".bash_history"), "/dev/zero"),
        (chrome.join("History-wal"), "/etc/passwd"),
        (ff.join("places.sqlite"), "/etc/shadow"),
        (
            lib.join("Safari/History.db"),
            "../../../../../../../etc/passwd",
        ),
        (lib.join("Safari/Downloads.plist"), "/dev/urandom"),
        (
            lib.join("Preferences/com.apple.LaunchServices.QuarantineEventsV2"),
            "/proc/self/mem",
        ),
        (
            sfl.join("com.apple.LSSharedFileList.RecentDocuments.sfl2"),
            "/etc/passwd",
        ),
        (asl.join("2024.01.01.asl"), "/dev/zero"),
        (
            root.join("Library/Application Support/com.apple.TCC/TCC.db"),
            "/etc/passwd",
        ),
        (
            lib.join("Application Support/Knowledge/knowledgeC.db"),
            "/etc/shadow",
        ),
        (root.join("private/var/run/utmpx"), "/dev/zero"),
        (a.join(".ssh/known_hosts"), "/etc/ssh/ssh_host_rsa_key"),
        (
            root.join("Library/Preferences/com.apple.loginwindow.plist"),
            "/etc/passwd",
        ),
        (
            root.join("private/var/db/dslocal/nodes/Default/groups/admin.plist"),
            "/etc/group",
        ),
        (root.join(".fseventsd/0000000000000001"), "/dev/zero"),
        (root.join(".fseventsd/fseventsd-uuid"), "/etc/passwd"),
        // A store directory that is a link, and a volume that is one.
        (root.join("Volumes/Ext/.fseventsd"), "/var/log"),
    ];
    symlink("/var", root.join("Volumes/Macintosh HD")).unwrap();
    // A real database whose WAL will be a link: the database is read, the
    // link only recorded. (It replaces the fixture's own History.)
    std::fs::remove_file(chrome.join("History")).unwrap();
    rusqlite::Connection::open(chrome.join("History"))
        .unwrap()
        .execute_batch("CREATE TABLE urls(id INTEGER PRIMARY KEY, url)")
        .unwrap();
    for (p, t) in &links {
        let _ = std::fs::remove_file(p);
        symlink(t, p).unwrap();
    }

    // A symlinked home directory and a symlinked store directory.
    symlink("/etc", root.join("Users/mallory")).unwrap();
    symlink("/var/log", root.join("private/var/log/DiagnosticMessages")).unwrap();
    let before = snapshot(&root);

    let run = collect_within(&root, &out, &[], LIMIT);
    let members = check_sound_tarball(&run);
    let passwd = std::fs::read("/etc/passwd").unwrap_or_default();
    for (p, t) in &links {
        let rel = p.strip_prefix(&root).unwrap().to_string_lossy();
        let m = members
            .get(&format!("[root]/{rel}"))
            .unwrap_or_else(|| panic!("{rel} not recorded"));
        assert_eq!(m.kind, tar::EntryType::Symlink, "{rel}");
        assert_eq!(m.link.as_deref(), Some(Path::new(t)), "{rel}");
    }
    // The listing shows the links as links, with no hash of their target.
    let listed = jsonl(&members, "files");
    let zsh = listed
        .iter()
        .find(|r| r["source"] == "/Users/alice/.zsh_history")
        .expect("the linked history in the listing");
    assert_eq!(zsh["type"], "symlink");
    assert_eq!(zsh["symlink_target"], "/etc/passwd");
    assert_eq!(zsh["sha256"], serde_json::Value::Null);
    assert!(!listed
        .iter()
        .any(|r| r["source"].as_str().unwrap().starts_with("/Users/mallory/")));
    // Nothing read through a link: no member holds the host's files.
    for (name, m) in &members {
        assert!(
            m.kind == tar::EntryType::Symlink || passwd.is_empty() || m.data != passwd,
            "{name} holds /etc/passwd"
        );
        assert!(!name.starts_with("[root]/Users/mallory/"), "{name}");
        assert!(
            !name.starts_with("[root]/Volumes/Ext/.fseventsd/"),
            "{name}"
        );
        assert!(!name.starts_with("[root]/Volumes/Macintosh HD/"), "{name}");
        assert!(
            !name.starts_with("[root]/private/var/log/DiagnosticMessages/"),
            "{name}"
        );
    }
    assert_eq!(snapshot(&root), before);
}

#[test]
fn fifos_sockets_and_devices_are_never_opened() {
    let work = tempfile::tempdir().unwrap();
    let root = basic_root(work.path());
    let out = out_dir(work.path());
    let a = root.join("Users/alice");
    let chrome = a.join("Library/Application Support/Google/Chrome/Default");
    let ff = a.join("Library/Application Support/Firefox/Profiles/x.default");
    let asl = root.join("private/var/log/asl");
    for d in [&chrome, &ff, &asl] {
        std::fs::create_dir_all(d).unwrap();
    }
    let fifo = |p: &Path| {
        let _ = std::fs::remove_file(p);
        nix::unistd::mkfifo(p, nix::sys::stat::Mode::from_bits_truncate(0o666)).unwrap();
    };
    fifo(&a.join(".zsh_history"));
    fifo(&asl.join("2024.01.01.asl"));
    fifo(&asl.join("StoreData"));
    let sfl = a.join("Library/Application Support/com.apple.sharedfilelist");
    std::fs::create_dir_all(&sfl).unwrap();
    fifo(&sfl.join("com.apple.LSSharedFileList.RecentDocuments.sfl2"));
    // A Unix socket as a database (in place of the fixture's History), with
    // a listener that never answers.
    std::fs::remove_file(chrome.join("History")).unwrap();
    let _listener = std::os::unix::net::UnixListener::bind(chrome.join("History")).unwrap();
    // A FIFO as the WAL of a real database.
    let db = ff.join("places.sqlite");
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch("CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url)")
        .unwrap();
    fifo(&ff.join("places.sqlite-wal"));
    // Character devices, when we may create them (root): a copy of
    // /dev/zero, which never ends, and of /dev/tty.
    let mut devices = Vec::new();
    for (name, minor_of) in [(".bash_history", "/dev/zero"), (".sh_history", "/dev/tty")] {
        use std::os::unix::fs::MetadataExt;
        let Ok(m) = std::fs::metadata(minor_of) else {
            continue;
        };
        let p = a.join(name);
        let _ = std::fs::remove_file(&p);
        let made = nix::sys::stat::mknod(
            &p,
            nix::sys::stat::SFlag::S_IFCHR,
            nix::sys::stat::Mode::from_bits_truncate(0o666),
            m.rdev(),
        );
        match made {
            Ok(()) => devices.push(p),
            Err(e) => eprintln!(
                "note: cannot mknod {} ({e}); device case skipped",
                p.display()
            ),
        }
    }

    let started = Instant::now();
    let run = collect_within(&root, &out, &[], Duration::from_secs(60));
    assert!(started.elapsed() < Duration::from_secs(60));
    let members = check_sound_tarball(&run);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let errors = all_errors(&manifest(&members));
    let mut specials = vec![
        (a.join(".zsh_history"), "FIFO"),
        (asl.join("2024.01.01.asl"), "FIFO"),
        (asl.join("StoreData"), "FIFO"),
        (
            sfl.join("com.apple.LSSharedFileList.RecentDocuments.sfl2"),
            "FIFO",
        ),
        (chrome.join("History"), "socket"),
        (ff.join("places.sqlite-wal"), "FIFO"),
    ];
    for d in &devices {
        specials.push((d.clone(), "character device"));
    }
    for (p, what) in &specials {
        let t = format!("/{}", p.strip_prefix(&root).unwrap().display());
        assert!(
            errors.iter().any(|(ep, m)| ep == &t && m.contains(what)),
            "no {what} error for {t}: {errors:?}"
        );
        assert!(!members.contains_key(&format!("[root]{t}")), "{t} archived");
    }
}

#[test]
fn a_file_that_never_stops_growing_cannot_hang_the_run() {
    let work = tempfile::tempdir().unwrap();
    let root = basic_root(work.path());
    let out = out_dir(work.path());
    let a = root.join("Users/alice");
    let targets = [
        a.join(".zsh_history"),
        root.join("private/var/log/asl/StoreData"),
    ];
    std::fs::create_dir_all(root.join("private/var/log/asl")).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let mut writers = Vec::new();
    for t in targets.clone() {
        let stop = stop.clone();
        writers.push(std::thread::spawn(move || {
            use std::io::Write;
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&t)
                .unwrap();
            let chunk = b": 1700000000:0;echo grow\n".repeat(4096);
            let mut written = 0u64;
            while !stop.load(Ordering::Relaxed) {
                f.write_all(&chunk).unwrap();
                written += chunk.len() as u64;
                // Bounded on disk: start again (the file shrinks, too).
                if written > 8 << 20 {
                    f.set_len(0).unwrap();
                    written = 0;
                }
            }
        }));
    }
    std::thread::sleep(Duration::from_millis(200));
    let run = collect_within(&root, &out, &["--time-limit", "60s"], LIMIT);
    stop.store(true, Ordering::Relaxed);
    for w in writers {
        w.join().unwrap();
    }
    let members = check_sound_tarball(&run);
    // Each growing file is archived at one consistent size.
    let man = manifest(&members);
    for t in &targets {
        let src = format!("/{}", t.strip_prefix(&root).unwrap().display());
        let f = man["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["source"] == *src)
            .unwrap_or_else(|| panic!("{src} not archived"));
        assert!(f["size"].as_u64().unwrap() <= (8 << 20) + (1 << 20));
    }
    // Memory stays bounded (the collector streams, it never slurps).
    if let Some(kb) = run.peak_rss_kb {
        assert!(kb < 512 * 1024, "peak RSS {kb} kB");
    }
}

/// `depth` nested directories `d/d/d/...` below `base`, with a history
/// file at the bottom. A shell walks down 100 levels at a time with
/// relative paths, so no path it uses is longer than PATH_MAX.
fn deep_tree(base: &Path, depth: usize) {
    assert_eq!(depth % 100, 0);
    std::fs::create_dir_all(base).unwrap();
    let step = vec!["d"; 100].join("/");
    let ok = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "cd \"$1\" || exit 1; i=0; while [ $i -lt {} ]; do mkdir -p {step} && cd {step} || exit 1; i=$((i+1)); done; echo deep > .zsh_history",
            depth / 100
        ))
        .arg("sh")
        .arg(base)
        .status()
        .unwrap()
        .success();
    assert!(ok, "cannot build a tree {depth} deep");
}

/// Remove a tree too deep for some tools.
fn remove_deep(dir: &Path) {
    let _ = std::process::Command::new("rm")
        .arg("-rf")
        .arg(dir)
        .status();
}

#[test]
fn very_deep_and_very_wide_trees_finish_in_bounded_time() {
    // On a memory file system where there is one: 110,000 files are slow
    // to make and remove on a busy disk.
    let work = tempfile::tempdir_in("/dev/shm")
        .or_else(|_| tempfile::tempdir())
        .unwrap();
    let root = basic_root(work.path());
    let out = out_dir(work.path());
    let a = root.join("Users/alice");
    let t0 = Instant::now();
    for base in [
        root.join("private/var/log"),
        root.join("private/var/log/asl"),
        a.clone(),
        a.join(".zsh_sessions"),
        a.join("Library/Application Support/com.apple.sharedfilelist"),
        a.join("Library/Application Support/Google/Chrome"),
        a.join("Library/Application Support/Firefox/Profiles"),
        a.join("Library/Safari/Profiles"),
    ] {
        deep_tree(&base, 2000);
    }
    eprintln!("deep trees made in {:?}", t0.elapsed());
    // 100,000 entries in the ASL store, each of which is archived, and
    // 10,000 in a home directory.
    let wide = [
        (root.join("private/var/log/asl"), "x", 100_000),
        (a.clone(), ".h", 10_000),
    ];
    for (dir, prefix, n) in &wide {
        for i in 0..*n {
            std::fs::File::create(dir.join(format!("{prefix}{i}"))).unwrap();
        }
    }
    eprintln!("wide directories made in {:?}", t0.elapsed());
    let started = Instant::now();
    let run = collect_within(
        &root,
        &out,
        &["--time-limit", "300s"],
        Duration::from_secs(240),
    );
    let took = started.elapsed();
    let members = check_sound_tarball(&run);
    let man = manifest(&members);
    assert_eq!(man["collection"]["limits"]["time_limit_reached"], false);
    eprintln!(
        "deep and wide tree collected in {took:?}, exit {}; checked after {:?}",
        run.code,
        t0.elapsed()
    );
    // Every file of the wide store is archived; the deep ones are refused
    // with an error, not walked.
    let wide_members = members
        .keys()
        .filter(|k| k.starts_with("[root]/private/var/log/asl/x"))
        .count();
    assert_eq!(wide_members, 100_000);
    // Memory grows with the number of files only by their manifest entries.
    if let Some(kb) = run.peak_rss_kb {
        assert!(kb < 384 * 1024, "peak RSS {kb} kB for 100,000 files");
    }
    assert!(!members.keys().any(|k| k.contains("/d/d/d/d/d/")));
    let errors = all_errors(&man);
    assert!(
        errors.iter().any(|(_, m)| m.contains("deeper than")),
        "{errors:?}"
    );
    remove_deep(work.path());
}

// About 200 bytes that a naive decoder expands to 2^levels values.
use mactriage_collectors::testdata::plist::bomb as plist_bomb;

#[test]
fn expansion_bombs_and_stored_queries_are_refused_quickly() {
    let work = tempfile::tempdir().unwrap();
    let root = basic_root(work.path());
    let out = out_dir(work.path());
    let lib = root.join("Users/alice/Library");
    let sfl = lib.join("Application Support/com.apple.sharedfilelist");
    let chrome = lib.join("Application Support/Google/Chrome/Default");
    for d in [&sfl, &chrome, &lib.join("Safari"), &lib.join("Preferences")] {
        std::fs::create_dir_all(d).unwrap();
    }
    let bomb = plist_bomb(40);
    let bombs = [
        lib.join("Safari/Downloads.plist"),
        sfl.join("com.apple.LSSharedFileList.RecentDocuments.sfl2"),
        lib.join("Preferences/com.apple.recentitems.plist"),
        root.join("private/var/db/dslocal/nodes/Default/users/mallory.plist"),
        root.join("Library/Preferences/SystemConfiguration/preferences.plist"),
    ];
    for b in &bombs {
        std::fs::write(b, &bomb).unwrap();
    }
    // A History whose `visits` is a view that never ends (in place of the
    // fixture's own).
    std::fs::remove_file(chrome.join("History")).unwrap();
    rusqlite::Connection::open(chrome.join("History"))
        .unwrap()
        .execute_batch(
            "CREATE TABLE urls(id INTEGER PRIMARY KEY, url, title, visit_count, typed_count,
               last_visit_time, hidden);
             CREATE VIEW visits AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)
               SELECT (SELECT count(*) FROM c) AS id, 1 AS url, 1 AS visit_time,
               0 AS from_visit, 0 AS transition;
             CREATE TABLE downloads(id INTEGER PRIMARY KEY);",
        )
        .unwrap();

    let started = Instant::now();
    let run = collect_within(&root, &out, &[], Duration::from_secs(60));
    assert!(started.elapsed() < Duration::from_secs(60));
    let members = check_sound_tarball(&run);
    assert_eq!(run.code, 1, "{}", run.stderr);
    if let Some(kb) = run.peak_rss_kb {
        assert!(kb < 512 * 1024, "peak RSS {kb} kB");
    }
    let errors = all_errors(&manifest(&members));
    for b in &bombs[..4] {
        let t = format!("/{}", b.strip_prefix(&root).unwrap().display());
        assert!(
            errors
                .iter()
                .any(|(p, m)| p == &t && m.contains("shared references")),
            "no error for {t}: {errors:?}"
        );
    }
    let history = format!(
        "/{}",
        chrome
            .join("History")
            .strip_prefix(&root)
            .unwrap()
            .display()
    );
    assert!(
        errors
            .iter()
            .any(|(p, m)| p == &history && m.contains("is a view")),
        "{errors:?}"
    );
}

#[test]
fn names_from_the_evidence_cannot_drive_the_terminal_or_forge_lines() {
    let work = tempfile::tempdir().unwrap();
    let root = basic_root(work.path());
    let out = out_dir(work.path());
    // A history file whose name carries an OSC title sequence, a screen
    // clear and a newline followed by a forged log line; as a FIFO, it is
    // reported by name.
    let name = ".x\u{1b}]0;owned\u{7}\u{1b}[2J\n2026-01-01T00:00:00.000Z INFO  fake: ok_history";
    nix::unistd::mkfifo(
        &root.join("Users/alice").join(name),
        nix::sys::stat::Mode::from_bits_truncate(0o600),
    )
    .unwrap();
    // A regular one with a newline in its name, for the body file.
    std::fs::write(
        root.join("Users/alice/.y\n0|forged|1|x|0|0|1|0|0|0|0\nz_history"),
        b"ls\n",
    )
    .unwrap();
    // A hidden file whose name is not UTF-8, with an attribute.
    let odd = root.join(std::ffi::OsStr::from_bytes(b"Users/alice/.caf\xe9"));
    std::fs::write(&odd, b"x").unwrap();
    set_mac_xattr(&odd, "com.apple.quarantine", b"0081;5e0b7a2c;Safari;");
    let run = collect_within(&root, &out, &[], LIMIT);
    let members = check_sound_tarball(&run);
    let listed = jsonl(&members, "files");
    let r = listed
        .iter()
        .find(|r| r["source_b64"] == "L1VzZXJzL2FsaWNlLy5jYWbp")
        .expect("the non-UTF-8 name, exactly");
    assert_eq!(r["source"], "/Users/alice/.caf\u{fffd}");
    assert_eq!(r["xattrs"][0]["decoded"]["agent"], "Safari");
    assert!(run.stderr.contains("owned"), "{}", run.stderr);
    assert!(!run.stderr.contains('\u{1b}'), "{:?}", run.stderr);
    assert!(!run.stderr.contains("\n2026-01-01"), "{:?}", run.stderr);
    let log = String::from_utf8_lossy(&members["collection.log"].data).into_owned();
    assert!(log.contains("owned"), "{log}");
    assert!(!log.contains('\u{1b}'));
    assert!(!log
        .lines()
        .any(|l| l.contains("fake: ok_history") && l.starts_with("2026-01-01")));
    let body = String::from_utf8_lossy(&members["bodyfile/bodyfile.txt"].data).into_owned();
    assert!(body.contains("z_history"), "{body}");
    assert!(!body.lines().any(|l| l.starts_with("0|forged")), "{body}");
}

/// Names of `dir`'s entries, as bytes.
fn listing_bytes(dir: &Path) -> Vec<Vec<u8>> {
    use std::os::unix::ffi::OsStrExt;
    let mut v: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().as_bytes().to_vec())
        .collect();
    v.sort();
    v
}

/// The tarball and its `.sha256`, as a sorted listing.
fn published(run: &Run) -> Vec<String> {
    let name = run
        .tarball()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    vec![name.clone(), format!("{name}.sha256")]
}

#[test]
fn a_root_below_or_at_the_output_directory_is_collected() {
    let work = tempfile::tempdir().unwrap();
    // What the fixture gives when the output is elsewhere.
    let baseline = {
        let root = basic_root(work.path());
        let out = out_dir(work.path());
        let run = collect_within(&root, &out, &[], LIMIT);
        let members = check_sound_tarball(&run);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let man = manifest(&members);
        std::fs::remove_dir_all(&root).unwrap();
        man
    };
    let records = |man: &serde_json::Value| {
        man["collectors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c["name"].clone(), c["records"].clone(), c["files"].clone()))
            .collect::<Vec<_>>()
    };
    let sources = |man: &serde_json::Value| {
        man["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["source"].as_str().unwrap().to_string())
            .collect::<std::collections::BTreeSet<_>>()
    };
    assert!(baseline["summary"]["records"].as_u64().unwrap() > 0);

    // --output /case --root /case/image: the output directory holds the
    // root; the whole image is collected.
    let case = work.path().join("case");
    let image = case.join("image");
    copy_tree(&fixture("mac-basic"), &image);
    let run = collect_within(&image, &case, &[], LIMIT);
    let members = check_sound_tarball(&run);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let man = manifest(&members);
    assert_eq!(all_errors(&man), vec![]);
    assert_eq!(man["host"]["hostname"], "alice-mbp");
    assert_eq!(records(&man), records(&baseline));
    assert_eq!(sources(&man), sources(&baseline));
    let mut expected = published(&run);
    expected.push("image".into());
    expected.sort();
    assert_eq!(listing(&case), expected);

    // --output /case/image --root /case/image: the run's staging directory
    // and temporary tarball sit in the root and are never collected.
    let before = listing(&image);
    let run = collect_within(&image, &image, &[], LIMIT);
    let members = check_sound_tarball(&run);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let man = manifest(&members);
    assert_eq!(all_errors(&man), vec![]);
    assert_eq!(records(&man), records(&baseline));
    assert_eq!(sources(&man), sources(&baseline));
    assert!(
        !members
            .keys()
            .any(|m| m.contains(".mactriage-staging") || m.contains(".partial")),
        "{:?}",
        members.keys().collect::<Vec<_>>()
    );
    let mut expected = before;
    expected.extend(published(&run));
    expected.sort();
    assert_eq!(listing(&image), expected);
}

/// A well-formed XML property list that declares an entity.
const ENTITY_PLIST: &[u8] = br#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist [<!ENTITY name "evil-host">]>
<plist version="1.0"><dict><key>System</key><dict><key>System</key><dict>
<key>HostName</key><string>&name;</string></dict></dict></dict></plist>"#;

#[test]
fn a_users_directory_that_is_a_file_is_a_line_in_the_manifest() {
    let work = tempfile::tempdir().unwrap();
    let root = basic_root(work.path());
    let out = out_dir(work.path());
    std::fs::remove_dir_all(root.join("Users")).unwrap();
    std::fs::write(root.join("Users"), b"not a directory").unwrap();
    let run = collect_within(&root, &out, &[], LIMIT);
    let members = check_sound_tarball(&run);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let man = manifest(&members);
    assert_eq!(
        man["errors"],
        serde_json::json!([{
            "path": "/Users",
            "kind": "error",
            "message": "the directory of home directories is a regular file, not a directory; not searched"
        }])
    );
    let homes: Vec<&str> = man["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["home"].as_str().unwrap())
        .collect();
    assert_eq!(homes, vec!["/private/var/root"]);
    assert_eq!(listing(&out), published(&run));
}

#[test]
fn surprises_are_lines_in_the_manifest_never_silence() {
    let work = tempfile::tempdir().unwrap();
    let root = basic_root(work.path());
    let out = out_dir(work.path());
    let users = root.join("Users");
    // A home that is a link, and a file where a home could be.
    symlink("/etc", users.join("mallory")).unwrap();
    std::fs::write(users.join("notes.txt"), b"x").unwrap();
    // A history that is a directory, and one that is a link.
    std::fs::remove_file(users.join("alice/.zsh_history")).unwrap();
    std::fs::create_dir(users.join("alice/.zsh_history")).unwrap();
    std::fs::write(users.join("alice/.zsh_history/inside"), b"ls\n").unwrap();
    std::fs::remove_file(users.join("bob/.bash_history")).unwrap();
    symlink("/etc/passwd", users.join("bob/.bash_history")).unwrap();
    // Host facts that do not parse, or that declare entities.
    let prefs = root.join("Library/Preferences/SystemConfiguration/preferences.plist");
    std::fs::write(&prefs, ENTITY_PLIST).unwrap();
    let version = root.join("System/Library/CoreServices/SystemVersion.plist");
    let broken_version = b"<?xml version=\"1.0\"?><plist version=\"1.0\"><dict><key>ProductVersion</key><string>14.4</dict></plist>";
    std::fs::write(&version, broken_version).unwrap();
    // A Safari Downloads.plist that declares entities.
    let safari = users.join("alice/Library/Safari");
    std::fs::create_dir_all(&safari).unwrap();
    std::fs::write(safari.join("Downloads.plist"), ENTITY_PLIST).unwrap();

    let run = collect_within(&root, &out, &[], LIMIT);
    let members = check_sound_tarball(&run);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let man = manifest(&members);
    assert_eq!(man["host"]["hostname"], "unknown");
    assert_eq!(man["host"]["os_version"], serde_json::Value::Null);
    assert!(run
        .tarball()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with("mactriage_unknown_"));

    // Outside any collector: host facts and users, each with its path.
    let mut errors: Vec<(String, String)> = man["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            assert_eq!(e["kind"], "error", "{e}");
            (
                e["path"].as_str().unwrap().to_string(),
                e["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    errors.sort();
    assert_eq!(errors.len(), 4, "{errors:?}");
    assert_eq!(
        errors[0],
        (
            "/Library/Preferences/SystemConfiguration/preferences.plist".to_string(),
            "host facts not read: XML property list declares entities (<!ENTITY); not expanded, not decoded".to_string()
        )
    );
    assert_eq!(
        errors[1].0,
        "/System/Library/CoreServices/SystemVersion.plist"
    );
    assert!(
        errors[1]
            .1
            .starts_with("host facts not read: not a readable property list: "),
        "{}",
        errors[1].1
    );
    assert_eq!(
        errors[2],
        (
            "/Users/mallory".to_string(),
            "an entry of /Users is a symbolic link to /etc; recorded as a link, not followed"
                .to_string()
        )
    );
    assert_eq!(
        errors[3],
        (
            "/Users/notes.txt".to_string(),
            "an entry of /Users is a regular file, not a directory; not searched".to_string()
        )
    );

    // In the collectors: the directory history and the entity plist.
    let errs = |name: &str| -> Vec<(String, String)> {
        collector(&man, name)["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["path"].as_str().unwrap().to_string(),
                    e["message"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    assert_eq!(
        errs("shell_history"),
        vec![(
            "/Users/alice/.zsh_history".to_string(),
            "a directory, not a history file; not read".to_string()
        )]
    );
    assert_eq!(
        errs("browsers"),
        vec![(
            "/Users/alice/Library/Safari/Downloads.plist".to_string(),
            "cannot parse the property list: property list: XML property list declares entities (<!ENTITY); not expanded, not decoded".to_string()
        )]
    );

    // Links are members, never followed; what was read is archived as is.
    let file = |member: &str| {
        man["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["member"] == member)
            .unwrap_or_else(|| panic!("{member} not in the manifest"))
            .clone()
    };
    for (member, to, by) in [
        ("[root]/Users/mallory", "/etc", "users"),
        (
            "[root]/Users/bob/.bash_history",
            "/etc/passwd",
            "shell_history",
        ),
    ] {
        assert_eq!(members[member].kind, tar::EntryType::Symlink, "{member}");
        assert_eq!(members[member].link.as_deref(), Some(Path::new(to)));
        let f = file(member);
        assert_eq!(f["type"], "symlink");
        assert_eq!(f["link_target"], to);
        assert_eq!(f["collector"], by);
    }
    assert!(!members
        .keys()
        .any(|m| m.starts_with("[root]/Users/mallory/")));
    assert!(!members
        .keys()
        .any(|m| m.starts_with("[root]/Users/alice/.zsh_history/")));
    for (path, data) in [
        (&prefs, ENTITY_PLIST),
        (&version, &broken_version[..]),
        (&safari.join("Downloads.plist"), ENTITY_PLIST),
    ] {
        let member = format!("[root]/{}", path.strip_prefix(&root).unwrap().display());
        assert_eq!(members[&member].data, data, "{member}");
    }
    assert_eq!(
        file("[root]/Library/Preferences/SystemConfiguration/preferences.plist")["collector"],
        "system"
    );
}

/// `base` joined with a relative name given as bytes (need not be UTF-8).
fn join_bytes(base: &Path, rel: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    base.join(std::ffi::OsStr::from_bytes(rel))
}

/// A Chromium History holding one visit of `url` (an SQL expression).
fn chrome_history(path: &Path, url: &str) {
    rusqlite::Connection::open(path)
        .unwrap()
        .execute_batch(&format!(
            "CREATE TABLE urls(id INTEGER PRIMARY KEY, url LONGVARCHAR, title LONGVARCHAR,
               visit_count INTEGER, typed_count INTEGER, last_visit_time INTEGER, hidden INTEGER);
             CREATE TABLE visits(id INTEGER PRIMARY KEY, url INTEGER, visit_time INTEGER,
               from_visit INTEGER, transition INTEGER, visit_duration INTEGER);
             CREATE TABLE downloads(id INTEGER PRIMARY KEY, url LONGVARCHAR, target_path LONGVARCHAR);
             INSERT INTO urls VALUES (1, {url}, 'T', 1, 0, 13348540800000000, 0);
             INSERT INTO visits VALUES (1, 1, 13348540800000000, 0, 1, 0);
             INSERT INTO downloads VALUES (1, {url}, CAST(X'2F55736572732F612FE92E646D67' AS TEXT));"
        ))
        .unwrap();
}

/// A Firefox places.sqlite holding one visit of `url` (an SQL expression).
fn places(path: &Path, url: &str) {
    rusqlite::Connection::open(path)
        .unwrap()
        .execute_batch(&format!(
            "CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url LONGVARCHAR, title LONGVARCHAR,
               visit_count INTEGER, typed INTEGER);
             CREATE TABLE moz_historyvisits(id INTEGER PRIMARY KEY, from_visit INTEGER,
               place_id INTEGER, visit_date INTEGER, visit_type INTEGER, session INTEGER);
             INSERT INTO moz_places VALUES (1, {url}, 'T', 1, 0);
             INSERT INTO moz_historyvisits VALUES (1, 0, 1, 1700000000000000, 1, 0);"
        ))
        .unwrap();
}

#[test]
fn names_that_are_not_utf8_are_kept_exactly_everywhere() {
    use std::os::unix::ffi::OsStrExt;
    let work = tempfile::tempdir().unwrap();
    let root = basic_root(work.path());
    let out = out_dir(work.path());

    // A home directory whose name is Latin-1 "café", with a history, a
    // session history and a session script whose names are not UTF-8.
    let cafe = join_bytes(&root, b"Users/caf\xe9");
    std::fs::create_dir_all(cafe.join(".zsh_sessions")).unwrap();
    std::fs::write(cafe.join(".zsh_history"), b": 1700000000:0;ls\n").unwrap();
    std::fs::write(join_bytes(&cafe, b".zsh_sessions/\xff.history"), b"pwd\n").unwrap();
    std::fs::write(join_bytes(&cafe, b".zsh_sessions/\xfe.session"), b"x\n").unwrap();
    // A symlinked home whose name is not UTF-8, and a history linked to a
    // target that is not UTF-8.
    symlink("/etc", join_bytes(&root, b"Users/\xffmallory")).unwrap();
    symlink(
        std::ffi::OsStr::from_bytes(b"/tmp/\xff\xfe"),
        cafe.join(".bash_history"),
    )
    .unwrap();
    // The ASL store: a raw file and a store file named in Latin-1.
    let asl = root.join("private/var/log/asl");
    std::fs::create_dir_all(&asl).unwrap();
    std::fs::write(join_bytes(&asl, b"raw\xe9"), b"attachment").unwrap();
    std::fs::write(join_bytes(&asl, b"st\xe9.asl"), b"not an ASL store").unwrap();
    // A SharedFileList list of an application whose name is not UTF-8.
    let sfl = cafe.join(
        "Library/Application Support/com.apple.sharedfilelist/com.apple.LSSharedFileList.ApplicationRecentDocuments",
    );
    std::fs::create_dir_all(&sfl).unwrap();
    std::fs::write(join_bytes(&sfl, b"com.\xe9d.sfl2"), b"not a list").unwrap();
    // Chrome: a URL and a download path stored as TEXT that is not UTF-8.
    let chrome = cafe.join("Library/Application Support/Google/Chrome/Default");
    std::fs::create_dir_all(&chrome).unwrap();
    chrome_history(
        &chrome.join("History"),
        "CAST(X'68747470733A2F2F782E746573742FFF' AS TEXT)",
    );
    // Firefox: a profile directory in Latin-1, and one outside Profiles/
    // named by an absolute Path= that is not UTF-8.
    let fx = cafe.join("Library/Application Support/Firefox");
    let p1 = join_bytes(&fx, b"Profiles/pr\xe9f");
    let p2 = join_bytes(&root, b"Users/caf\xe9/ff\xe8");
    for p in [&p1, &p2] {
        std::fs::create_dir_all(p).unwrap();
    }
    places(&p1.join("places.sqlite"), "'https://in.test/'");
    places(&p2.join("places.sqlite"), "'https://out.test/'");
    let mut ini = b"[Profile0]\nName=w\xe9rk\nIsRelative=0\nPath=/Users/caf\xe9/ff\xe8\n".to_vec();
    ini.extend_from_slice(b"\n[General]\nStartWithLastProfile=1\n");
    std::fs::write(fx.join("profiles.ini"), &ini).unwrap();
    // Quarantine: an agent name that is not UTF-8.
    let prefs_dir = cafe.join("Library/Preferences");
    std::fs::create_dir_all(&prefs_dir).unwrap();
    rusqlite::Connection::open(prefs_dir.join("com.apple.LaunchServices.QuarantineEventsV2"))
        .unwrap()
        .execute_batch(
            "CREATE TABLE LSQuarantineEvent (LSQuarantineEventIdentifier TEXT PRIMARY KEY NOT NULL,
               LSQuarantineTimeStamp REAL, LSQuarantineAgentBundleIdentifier TEXT,
               LSQuarantineAgentName TEXT, LSQuarantineDataURLString TEXT,
               LSQuarantineSenderName TEXT, LSQuarantineSenderAddress TEXT,
               LSQuarantineTypeNumber INTEGER, LSQuarantineOriginTitle TEXT,
               LSQuarantineOriginURLString TEXT, LSQuarantineOriginAlias BLOB);
             INSERT INTO LSQuarantineEvent VALUES ('E1', 700000000.5, 'com.x',
               CAST(X'536166E17269' AS TEXT), 'https://x.test/a.dmg', NULL, NULL, 0, 'T',
               'https://x.test/', NULL);",
        )
        .unwrap();
    // Host facts: a host name in a binary plist and an OS version in an
    // XML plist, neither UTF-8.
    let prefs = root.join("Library/Preferences/SystemConfiguration/preferences.plist");
    let mut sys = plist::Dictionary::new();
    sys.insert("HostName".into(), "caf#-mbp".into());
    let mut inner = plist::Dictionary::new();
    inner.insert("System".into(), plist::Value::Dictionary(sys));
    let mut top = plist::Dictionary::new();
    top.insert("System".into(), plist::Value::Dictionary(inner));
    let mut host_plist = Vec::new();
    plist::Value::Dictionary(top)
        .to_writer_binary(&mut host_plist)
        .unwrap();
    let at = host_plist
        .windows(8)
        .position(|w| w == b"caf#-mbp")
        .unwrap();
    host_plist[at + 3] = 0xe9;
    std::fs::write(&prefs, &host_plist).unwrap();
    let version = root.join("System/Library/CoreServices/SystemVersion.plist");
    let version_plist = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict><key>ProductName</key><string>macOS</string><key>ProductVersion</key><string>14.\xff</string></dict></plist>\n";
    std::fs::write(&version, version_plist).unwrap();

    let run = collect_within(&root, &out, &[], LIMIT);
    let members = check_sound_tarball(&run);
    assert!(!run.stderr.contains("panicked"));
    let man = manifest(&members);

    // Users: the home is found and named exactly.
    let users = man["users"].as_array().unwrap();
    let u = users
        .iter()
        .find(|u| exact(u, "home").as_deref() == Some(&b"/Users/caf\xe9"[..]))
        .unwrap_or_else(|| panic!("no home /Users/caf\\xE9: {users:?}"));
    assert_eq!(u["home"], "/Users/caf\u{fffd}");
    assert_eq!(exact(u, "name").unwrap(), b"caf\xe9");

    // Errors name their paths exactly.
    let errors = exact_errors(&man);
    let error_at = |path: &[u8], says: &str| {
        assert!(
            errors.iter().any(|(p, m)| p == path && m.contains(says)),
            "no error at {} saying {says:?}: {errors:?}",
            String::from_utf8_lossy(path)
        )
    };
    error_at(b"/Users/\xffmallory", "symbolic link to /etc");
    error_at(b"/private/var/log/asl/st\xe9.asl", "not read");
    error_at(
        b"/Users/caf\xe9/Library/Application Support/com.apple.sharedfilelist/com.apple.LSSharedFileList.ApplicationRecentDocuments/com.\xe9d.sfl2",
        "not parsed",
    );
    error_at(
        b"/Library/Preferences/SystemConfiguration/preferences.plist",
        "host facts not read",
    );
    error_at(
        b"/System/Library/CoreServices/SystemVersion.plist",
        "host facts not read",
    );
    assert_eq!(run.code, 1, "{}", run.stderr);

    // Files: every one under its exact name, links with their exact target.
    let files = man["files"].as_array().unwrap();
    let file = |source: &[u8]| {
        files
            .iter()
            .find(|f| exact(f, "source").as_deref() == Some(source))
            .unwrap_or_else(|| panic!("{} not archived", String::from_utf8_lossy(source)))
    };
    for source in [
        &b"/Users/caf\xe9/.zsh_history"[..],
        b"/Users/caf\xe9/.zsh_sessions/\xff.history",
        b"/Users/caf\xe9/.zsh_sessions/\xfe.session",
        b"/private/var/log/asl/raw\xe9",
        b"/private/var/log/asl/st\xe9.asl",
        b"/Users/caf\xe9/Library/Application Support/Firefox/profiles.ini",
    ] {
        let f = file(source);
        let member = [&b"[root]"[..], source].concat();
        assert_eq!(exact(f, "member").unwrap(), member);
        assert_eq!(f["type"], "file");
    }
    for (source, to) in [
        (&b"/Users/\xffmallory"[..], &b"/etc"[..]),
        (b"/Users/caf\xe9/.bash_history", b"/tmp/\xff\xfe"),
    ] {
        let f = file(source);
        assert_eq!(f["type"], "symlink");
        assert_eq!(exact(f, "link_target").unwrap(), to);
        let m = &members[f["member"].as_str().unwrap()];
        assert_eq!(m.kind, tar::EntryType::Symlink);
        assert_eq!(m.link.as_ref().unwrap().as_os_str().as_bytes(), to);
    }
    // The host facts files are archived as they are: the exact name is in
    // them.
    assert_eq!(
        members["[root]/Library/Preferences/SystemConfiguration/preferences.plist"].data,
        host_plist
    );
    assert_eq!(
        members["[root]/System/Library/CoreServices/SystemVersion.plist"].data,
        version_plist
    );
    assert_eq!(man["host"]["hostname"], "unknown");

    // Records: exact sources and exact stored text.
    let shell = jsonl(&members, "shell_history");
    let by_source = |recs: &[serde_json::Value], source: &[u8]| -> Vec<serde_json::Value> {
        recs.iter()
            .filter(|r| exact(r, "source").as_deref() == Some(source))
            .cloned()
            .collect()
    };
    let zsh = by_source(&shell, b"/Users/caf\xe9/.zsh_history");
    assert_eq!(zsh.len(), 1);
    assert_eq!(zsh[0]["command"], "ls");
    assert_eq!(zsh[0]["user"], "caf\u{fffd}");
    let session = by_source(&shell, b"/Users/caf\xe9/.zsh_sessions/\xff.history");
    assert_eq!(session.len(), 1);
    assert_eq!(session[0]["command"], "pwd");

    let history = jsonl(&members, "browser_history");
    let chrome_recs = by_source(
        &history,
        b"/Users/caf\xe9/Library/Application Support/Google/Chrome/Default/History",
    );
    assert_eq!(chrome_recs.len(), 1, "{history:?}");
    assert_eq!(chrome_recs[0]["url"], "https://x.test/\u{fffd}");
    assert_eq!(
        exact(&chrome_recs[0], "url").unwrap(),
        b"https://x.test/\xff"
    );
    let downloads = by_source(
        &jsonl(&members, "browser_downloads"),
        b"/Users/caf\xe9/Library/Application Support/Google/Chrome/Default/History",
    );
    assert_eq!(downloads.len(), 1, "{downloads:?}");
    assert_eq!(exact(&downloads[0], "url").unwrap(), b"https://x.test/\xff");
    assert_eq!(
        exact(&downloads[0], "target_path").unwrap(),
        b"/Users/a/\xe9.dmg"
    );
    let ff1 = by_source(
        &history,
        b"/Users/caf\xe9/Library/Application Support/Firefox/Profiles/pr\xe9f/places.sqlite",
    );
    assert_eq!(ff1.len(), 1, "{history:?}");
    assert_eq!(ff1[0]["url"], "https://in.test/");
    let ff2 = by_source(&history, b"/Users/caf\xe9/ff\xe8/places.sqlite");
    assert_eq!(ff2.len(), 1, "{history:?}");
    assert_eq!(ff2[0]["url"], "https://out.test/");
    assert_eq!(ff2[0]["profile"], "w\u{fffd}rk");

    let quarantine = by_source(
        &jsonl(&members, "quarantine_events"),
        b"/Users/caf\xe9/Library/Preferences/com.apple.LaunchServices.QuarantineEventsV2",
    );
    assert_eq!(quarantine.len(), 1);
    assert_eq!(quarantine[0]["agent_name"], "Saf\u{fffd}ri");
    assert_eq!(exact(&quarantine[0], "agent_name").unwrap(), b"Saf\xe1ri");
    assert_eq!(
        exact(&quarantine[0], "source").unwrap(),
        b"/Users/caf\xe9/Library/Preferences/com.apple.LaunchServices.QuarantineEventsV2"
    );

    // Nothing was written beside the tarball, whatever the names.
    assert_eq!(
        listing_bytes(&out),
        published(&run)
            .into_iter()
            .map(String::into_bytes)
            .collect::<Vec<_>>()
    );
}

/// The fixture and 4 GiB of sparse files in ASL attachment directories
/// (archived raw): no disk space, and minutes of hashing and compressing.
fn big_root(work: &Path) -> PathBuf {
    let root = basic_root(work);
    for d in 0..16u64 {
        let dir = root.join(format!("private/var/log/asl/AUX.2024.03.{:02}", d + 1));
        std::fs::create_dir_all(&dir).unwrap();
        for i in 0..16u64 {
            let f = std::fs::File::create(dir.join(format!("{}", 1000 + i))).unwrap();
            f.set_len(16 << 20).unwrap();
        }
    }
    root
}

/// A run started in the background, its output going to files.
struct Background {
    child: std::process::Child,
    logs: tempfile::TempDir,
    peak_rss_kb: Option<u64>,
}

impl Background {
    fn start(root: &Path, out: &Path, extra: &[&str]) -> Background {
        let logs = tempfile::tempdir().unwrap();
        let child = bin()
            .arg("collect")
            .arg("--root")
            .arg(root)
            .arg("--output")
            .arg(out)
            .args(extra)
            .stdin(std::process::Stdio::null())
            .stdout(std::fs::File::create(logs.path().join("stdout")).unwrap())
            .stderr(std::fs::File::create(logs.path().join("stderr")).unwrap())
            .spawn()
            .unwrap();
        Background {
            child,
            logs,
            peak_rss_kb: None,
        }
    }

    fn watch_memory(&mut self) {
        let st = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()));
        if let Some(kb) = st.ok().and_then(|st| {
            st.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        }) {
            self.peak_rss_kb = Some(kb);
        }
    }

    /// Wait until the run is archiving (its temporary tarball has grown
    /// past `bytes`), still running.
    fn wait_archiving(&mut self, out: &Path, bytes: u64) {
        let started = Instant::now();
        loop {
            self.watch_memory();
            assert!(
                self.child.try_wait().unwrap().is_none(),
                "the run ended before it could be interrupted: make the root bigger"
            );
            let partial = std::fs::read_dir(out)
                .unwrap()
                .map(|e| e.unwrap())
                .find(|e| e.file_name().to_string_lossy().ends_with(".partial"));
            if partial.is_some_and(|p| p.metadata().unwrap().len() >= bytes) {
                return;
            }
            assert!(started.elapsed() < Duration::from_secs(60), "no progress");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn signal(&self, sig: nix::sys::signal::Signal) {
        nix::sys::signal::kill(nix::unistd::Pid::from_raw(self.child.id() as i32), sig).unwrap();
    }

    /// Wait for the end, at most `limit`.
    fn finish(mut self, limit: Duration) -> Run {
        let started = Instant::now();
        let status = loop {
            self.watch_memory();
            if let Some(s) = self.child.try_wait().unwrap() {
                break s;
            }
            if started.elapsed() > limit {
                let _ = self.child.kill();
                let _ = self.child.wait();
                panic!("the run did not end within {limit:?} of the signal");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let stdout = std::fs::read(self.logs.path().join("stdout")).unwrap();
        let stderr = std::fs::read(self.logs.path().join("stderr")).unwrap();
        Run {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
            output: std::process::Output {
                status,
                stdout,
                stderr,
            },
            peak_rss_kb: self.peak_rss_kb,
        }
    }
}

/// How long the run has after a signal before it gives up (`run.rs`).
const INTERRUPT_DEADLINE: Duration = Duration::from_secs(6);

#[test]
fn sigterm_mid_run_publishes_a_tarball_that_says_so() {
    use nix::sys::signal::Signal;
    let work = tempfile::tempdir().unwrap();
    let root = big_root(work.path());
    let out = out_dir(work.path());
    let mut bg = Background::start(&root, &out, &["--max-total-size", "100G"]);
    bg.wait_archiving(&out, 64 << 10);
    bg.signal(Signal::SIGTERM);
    let signalled = Instant::now();
    let run = bg.finish(INTERRUPT_DEADLINE + Duration::from_secs(10));
    let took = signalled.elapsed();
    eprintln!("exit {} {took:?} after the signal", run.code);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        took < INTERRUPT_DEADLINE,
        "published {took:?} after the signal"
    );
    assert!(
        run.stderr.contains("interrupted, tarball written"),
        "{}",
        run.stderr
    );
    let members = check_sound_tarball(&run);
    let man = manifest(&members);
    assert_eq!(man["collection"]["limits"]["interrupted"], true);
    assert_eq!(man["collection"]["limits"]["time_limit_reached"], false);
    assert_eq!(man["summary"]["status"], "partial");
    assert_eq!(collector(&man, "asl")["status"], "partial");
    let log = String::from_utf8_lossy(&members["collection.log"].data).into_owned();
    assert!(log.contains("interrupted by a signal"), "{log}");

    // What was left out is listed, each entry saying why.
    let skipped = man["skipped"].as_array().unwrap();
    assert!(
        skipped.iter().all(|s| s["limit"] == "interrupted"),
        "{skipped:?}"
    );
    let listed: std::collections::BTreeSet<&str> = skipped
        .iter()
        .filter(|s| s["kind"] == "not_collected")
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert!(
        !listed.is_empty(),
        "nothing was left out: the test proves nothing"
    );
    let collected: std::collections::BTreeSet<&str> = man["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["source"].as_str().unwrap())
        .collect();
    for d in 0..16u64 {
        for i in 0..16u64 {
            let p = format!("/private/var/log/asl/AUX.2024.03.{:02}/{}", d + 1, 1000 + i);
            assert!(
                listed.contains(p.as_str()) || collected.contains(p.as_str()),
                "{p} is neither collected nor listed"
            );
        }
    }
    // Nothing is left behind but the tarball and its checksum.
    assert_eq!(listing(&out), published(&run));
    if let Some(kb) = run.peak_rss_kb {
        assert!(kb < 512 * 1024, "peak RSS {kb} kB");
    }
}

/// The fixture and one sparse file of 16 GiB in an ASL attachment
/// directory: once its member is begun, the archive must carry all of it
/// (a tar header states the size first), zero-filled after a signal, which
/// takes far longer than [`INTERRUPT_DEADLINE`].
fn huge_member_root(work: &Path) -> PathBuf {
    let root = basic_root(work);
    let dir = root.join("private/var/log/asl/AUX.2024.04.01");
    std::fs::create_dir_all(&dir).unwrap();
    let f = std::fs::File::create(dir.join("1000")).unwrap();
    f.set_len(16 << 30).unwrap();
    root
}

const HUGE: [&str; 6] = [
    "--max-total-size",
    "100G",
    "--max-file-size",
    "32G",
    "--time-limit",
    "10h",
];

#[test]
fn a_run_that_cannot_publish_in_time_after_a_signal_leaves_nothing() {
    use nix::sys::signal::Signal;
    let work = tempfile::tempdir().unwrap();
    let root = huge_member_root(work.path());
    let out = out_dir(work.path());
    let mut bg = Background::start(&root, &out, &HUGE);
    bg.wait_archiving(&out, 64 << 10);
    bg.signal(Signal::SIGTERM);
    let signalled = Instant::now();
    let run = bg.finish(INTERRUPT_DEADLINE + Duration::from_secs(10));
    let took = signalled.elapsed();
    eprintln!("exit {} {took:?} after the signal", run.code);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        took >= INTERRUPT_DEADLINE,
        "gave up {took:?} after the signal"
    );
    assert!(
        run.stderr.contains("interrupted; no tarball was written"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, "");
    // No tarball, no checksum, no staging directory, no temporary file.
    assert_eq!(listing(&out), Vec::<String>::new());
}

#[test]
fn a_second_signal_ends_the_run_at_once_with_a_tarball_or_nothing() {
    use nix::sys::signal::Signal;
    for root_of in [big_root, huge_member_root] {
        let work = tempfile::tempdir().unwrap();
        let root = root_of(work.path());
        let out = out_dir(work.path());
        let mut bg = Background::start(&root, &out, &HUGE);
        bg.wait_archiving(&out, 64 << 10);
        bg.signal(Signal::SIGINT);
        std::thread::sleep(Duration::from_millis(100));
        bg.signal(Signal::SIGTERM);
        let signalled = Instant::now();
        let run = bg.finish(INTERRUPT_DEADLINE + Duration::from_secs(10));
        let took = signalled.elapsed();
        eprintln!("exit {} {took:?} after the second signal", run.code);
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        match run.code {
            // It had published already: a sound tarball that says so.
            1 => {
                let members = check_sound_tarball(&run);
                let man = manifest(&members);
                assert_eq!(man["collection"]["limits"]["interrupted"], true);
                assert_eq!(listing(&out), published(&run));
            }
            // Or nothing at all: no tarball, no checksum, no staging, no
            // temporary file.
            2 => {
                assert!(
                    took < Duration::from_secs(3),
                    "exited {took:?} after the second signal"
                );
                assert!(
                    run.stderr.contains("interrupted; no tarball was written"),
                    "{}",
                    run.stderr
                );
                assert_eq!(run.stdout, "");
                assert_eq!(listing(&out), Vec::<String>::new());
            }
            other => panic!("exit {other}; stderr:\n{}", run.stderr),
        }
    }
}

/// Names that are not UTF-8 where the accounts, TCC, SSH and knowledge
/// artifacts are expected: collected, parsed, and written lossily with the
/// exact bytes beside (docs/output.md).
#[test]
fn names_that_are_not_utf8_in_account_artifacts() {
    use std::os::unix::ffi::OsStrExt;
    let work = tempfile::tempdir().unwrap();
    let root = basic_root(work.path());
    let out = out_dir(work.path());
    let home = root
        .join("Users")
        .join(std::ffi::OsStr::from_bytes(b"caf\xe9"));
    let ssh = home.join(".ssh");
    std::fs::create_dir_all(&ssh).unwrap();
    std::fs::write(
        ssh.join("known_hosts"),
        b"h\xe9te.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOgynFy1tG6NHkK2RVehW6wCXvklIZT2Dq95TobVGcW6\n",
    )
    .unwrap();
    let tcc = home.join("Library/Application Support/com.apple.TCC");
    std::fs::create_dir_all(&tcc).unwrap();
    let c = rusqlite::Connection::open(tcc.join("TCC.db")).unwrap();
    c.execute_batch(
        "CREATE TABLE access (service TEXT, client TEXT, client_type INTEGER,
           auth_value INTEGER, auth_reason INTEGER, last_modified INTEGER);
         INSERT INTO access VALUES ('kTCCServiceCamera', 'com.example.cam', 0, 2, 2, 1700000000);",
    )
    .unwrap();
    drop(c);
    // An account record whose file name is not UTF-8.
    std::fs::copy(
        root.join("private/var/db/dslocal/nodes/Default/users/bob.plist"),
        root.join("private/var/db/dslocal/nodes/Default/users")
            .join(std::ffi::OsStr::from_bytes(b"b\xf6b.plist")),
    )
    .unwrap();
    let before = snapshot(&root);
    let run = collect_within(&root, &out, &[], LIMIT);
    let members = check_sound_tarball(&run);
    let man = manifest(&members);
    for c in ["accounts", "tcc", "known_hosts"] {
        assert_eq!(
            collector(&man, c)["status"],
            "ok",
            "{c}: {}",
            collector(&man, c)
        );
    }
    let ssh = jsonl(&members, "ssh");
    let kh = ssh
        .iter()
        .find(|r| r["kind"] == "known_host" && r["user"] == "caf\u{fffd}")
        .unwrap();
    assert_eq!(kh["source"], "/Users/caf\u{fffd}/.ssh/known_hosts");
    assert_eq!(kh["source_b64"], "L1VzZXJzL2NhZukvLnNzaC9rbm93bl9ob3N0cw==");
    assert_eq!(kh["host"], "h\u{fffd}te.example");
    assert_eq!(kh["line_b64"].as_str().unwrap().len() % 4, 0);
    assert_eq!(
        kh["fingerprint"],
        "SHA256:VHv7mThH7NS2pWyuy5w+OOO+Y3pRBCwU2KLCJq8KO+w"
    );
    let tcc = jsonl(&members, "tcc");
    let cam = tcc
        .iter()
        .find(|r| r["client"] == "com.example.cam")
        .unwrap();
    assert!(cam["source_b64"].is_string());
    assert_eq!(cam["schema"], "auth_value");
    let accounts = jsonl(&members, "accounts");
    let bob2 = accounts
        .iter()
        .filter(|r| r["kind"] == "user" && r["name"] == "bob")
        .find(|r| r["source_b64"].is_string())
        .expect("the record read from the non-UTF-8 file name");
    assert_eq!(
        bob2["source"],
        "/private/var/db/dslocal/nodes/Default/users/b\u{fffd}b.plist"
    );
    // The non-UTF-8 home has no account record.
    assert!(accounts
        .iter()
        .any(|r| r["kind"] == "home_without_account" && r["name_b64"] == "Y2Fm6Q=="));
    assert_eq!(snapshot(&root), before);
}

#[test]
fn persistence_links_fifos_and_odd_names_are_recorded_not_followed() {
    use std::os::unix::ffi::OsStrExt;
    let work = tempfile::tempdir().unwrap();
    let root = basic_root(work.path());
    let out = out_dir(work.path());
    let a = root.join("Users/alice");
    let agents = a.join("Library/LaunchAgents");
    let btm = a.join("Library/Application Support/com.apple.backgroundtaskmanagementagent");
    std::fs::create_dir_all(&agents).unwrap();
    std::fs::create_dir_all(&btm).unwrap();
    std::fs::create_dir_all(a.join("bin")).unwrap();
    let job = |label: &str, prog: &str| {
        format!(
            "<?xml version=\"1.0\"?><plist version=\"1.0\"><dict><key>Label</key><string>{label}</string>\
             <key>Program</key><string>{prog}</string></dict></plist>"
        )
    };
    // The plist, the store and the program as links; a program that is a FIFO.
    symlink("/etc/passwd", agents.join("evil.plist")).unwrap();
    symlink("/etc/passwd", btm.join("backgrounditems.btm")).unwrap();
    symlink("/etc/passwd", a.join("bin/tool")).unwrap();
    std::fs::write(
        agents.join("tool.plist"),
        job("tool", "/Users/alice/bin/tool"),
    )
    .unwrap();
    nix::unistd::mkfifo(
        &a.join("bin/pipe"),
        nix::sys::stat::Mode::from_bits_truncate(0o600),
    )
    .unwrap();
    std::fs::write(
        agents.join("pipe.plist"),
        job("pipe", "/Users/alice/bin/pipe"),
    )
    .unwrap();
    // A job whose file name is not UTF-8.
    let odd = std::ffi::OsStr::from_bytes(b"caf\xe9.plist");
    std::fs::write(agents.join(odd), job("odd", "/usr/bin/true")).unwrap();
    let before = snapshot(&root);

    let run = collect_within(&root, &out, &[], LIMIT);
    let members = check_sound_tarball(&run);
    for rel in [
        "Users/alice/Library/LaunchAgents/evil.plist",
        "Users/alice/Library/Application Support/com.apple.backgroundtaskmanagementagent/backgrounditems.btm",
        "Users/alice/bin/tool",
    ] {
        let m = members
            .get(&format!("[root]/{rel}"))
            .unwrap_or_else(|| panic!("{rel} not recorded"));
        assert_eq!(m.kind, tar::EntryType::Symlink, "{rel}");
    }
    let recs = jsonl(&members, "persistence");
    let tool = recs.iter().find(|r| r["label"] == "tool").unwrap();
    assert_eq!(tool["program_link_target"], "/etc/passwd");
    assert!(tool["program_sha256"].is_null());
    let pipe = recs.iter().find(|r| r["label"] == "pipe").unwrap();
    assert!(pipe["program_error"].as_str().unwrap().contains("FIFO"));
    let odd = recs.iter().find(|r| r["label"] == "odd").unwrap();
    assert_eq!(
        odd["source_b64"],
        "L1VzZXJzL2FsaWNlL0xpYnJhcnkvTGF1bmNoQWdlbnRzL2NhZukucGxpc3Q="
    );
    assert_eq!(snapshot(&root), before);
}

#[test]
fn software_odd_names_and_linked_bundles_are_recorded_not_followed() {
    use std::os::unix::ffi::OsStrExt;
    let work = tempfile::tempdir().unwrap();
    let root = basic_root(work.path());
    let out = out_dir(work.path());
    // An application whose bundle name is not UTF-8 (Latin-1 `Café.app`),
    // with a script as its main executable.
    let apps = root.join("Applications");
    let cafe = apps.join(std::ffi::OsStr::from_bytes(b"Caf\xe9.app"));
    std::fs::create_dir_all(cafe.join("Contents/MacOS")).unwrap();
    std::fs::write(
        cafe.join("Contents/Info.plist"),
        "<?xml version=\"1.0\"?><plist version=\"1.0\"><dict>\
         <key>CFBundleIdentifier</key><string>com.example.cafe</string>\
         <key>CFBundleExecutable</key><string>Cafe</string></dict></plist>",
    )
    .unwrap();
    std::fs::write(cafe.join("Contents/MacOS/Cafe"), "#!/bin/sh\necho hi\n").unwrap();
    // A bundle that is a link to the host's /etc, and a Homebrew cask
    // version that is one: recorded as links, never listed through.
    symlink("/etc", apps.join("Linked.app")).unwrap();
    let cask = root.join("opt/homebrew/Caskroom/evil");
    std::fs::create_dir_all(&cask).unwrap();
    symlink("/etc", cask.join("1.0")).unwrap();
    // A package receipt whose identifier is not UTF-8, with its bom.
    let receipts = root.join("private/var/db/receipts");
    std::fs::write(
        receipts.join(std::ffi::OsStr::from_bytes(b"com.caf\xe9.pkg.plist")),
        "<?xml version=\"1.0\"?><plist version=\"1.0\"><dict>\
         <key>PackageIdentifier</key><string>com.cafe.pkg</string>\
         <key>InstallDate</key><date>2024-01-02T03:04:05Z</date></dict></plist>",
    )
    .unwrap();
    std::fs::write(
        receipts.join(std::ffi::OsStr::from_bytes(b"com.caf\xe9.pkg.bom")),
        b"BOMStore",
    )
    .unwrap();
    let before = snapshot(&root);

    let run = collect_within(&root, &out, &["--only", "software"], LIMIT);
    let members = check_sound_tarball(&run);
    let man = manifest(&members);
    let recs = jsonl(&members, "software");

    let app = recs
        .iter()
        .find(|r| r["bundle_id"] == "com.example.cafe")
        .unwrap();
    assert_eq!(app["name"], "Caf\u{fffd}.app");
    assert_eq!(app["name_b64"], "Q2Fm6S5hcHA=");
    assert_eq!(app["path"], "/Applications/Caf\u{fffd}.app");
    assert_eq!(app["path_b64"], "L0FwcGxpY2F0aW9ucy9DYWbpLmFwcA==");
    assert_eq!(app["source_b64"], "L0FwcGxpY2F0aW9ucy9DYWbpLmFwcA==");
    assert_eq!(
        app["info_plist_b64"],
        "L0FwcGxpY2F0aW9ucy9DYWbpLmFwcC9Db250ZW50cy9JbmZvLnBsaXN0"
    );
    assert_eq!(
        app["executable_b64"],
        "L0FwcGxpY2F0aW9ucy9DYWbpLmFwcC9Db250ZW50cy9NYWNPUy9DYWZl"
    );
    assert_eq!(app["exe_signature_status"], "not_macho");
    assert_eq!(app["exe_sha256"], sha256(b"#!/bin/sh\necho hi\n").as_str());
    // The Info.plist is archived under its exact name.
    assert!(man["files"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["source_b64"] == "L0FwcGxpY2F0aW9ucy9DYWbpLmFwcC9Db250ZW50cy9JbmZvLnBsaXN0"));

    let linked = recs
        .iter()
        .find(|r| r["path"] == "/Applications/Linked.app")
        .unwrap();
    assert_eq!(linked["bundle_type"], "symlink");
    assert_eq!(linked["link_target"], "/etc");
    assert!(linked.get("bundle_id").is_none() && linked.get("executable").is_none());
    let keg = recs
        .iter()
        .find(|r| r["path"] == "/opt/homebrew/Caskroom/evil/1.0")
        .unwrap();
    assert_eq!(keg["kind"], "homebrew_cask");
    assert_eq!(keg["link_target"], "/etc");
    for rel in ["Applications/Linked.app", "opt/homebrew/Caskroom/evil/1.0"] {
        let m = &members[&format!("[root]/{rel}")];
        assert_eq!(m.kind, tar::EntryType::Symlink, "{rel}");
        assert_eq!(m.link.as_deref(), Some(Path::new("/etc")), "{rel}");
    }
    // Nothing of the host's /etc came in through the links.
    assert!(!members
        .keys()
        .any(|k| k.starts_with("[root]/Applications/Linked.app/")
            || k.starts_with("[root]/opt/homebrew/Caskroom/evil/1.0/")));

    let receipt = recs
        .iter()
        .find(|r| r["package_identifier"] == "com.cafe.pkg")
        .unwrap();
    assert_eq!(
        receipt["source_b64"],
        "L3ByaXZhdGUvdmFyL2RiL3JlY2VpcHRzL2NvbS5jYWbpLnBrZy5wbGlzdA=="
    );
    assert_eq!(
        receipt["bom"],
        "/private/var/db/receipts/com.caf\u{fffd}.pkg.bom"
    );
    assert_eq!(
        receipt["bom_b64"],
        "L3ByaXZhdGUvdmFyL2RiL3JlY2VpcHRzL2NvbS5jYWbpLnBrZy5ib20="
    );
    assert_eq!(receipt["timestamp"], "2024-01-02T03:04:05Z");
    assert_eq!(
        collector(&man, "software")["status"],
        "ok",
        "{}",
        collector(&man, "software")
    );
    assert_eq!(snapshot(&root), before);
}
