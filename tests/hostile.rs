//! A hostile host: the target tree and the output directory were prepared by
//! an attacker. Symlinks planted at the output names, symlinked artifacts,
//! FIFOs, sockets and devices, files that never stop growing, and trees too
//! deep or too wide must neither turn the tool against the analyst nor stop
//! the run.

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
        (root.join(".fseventsd/0000000000000001"), "/dev/zero"),
        (root.join(".fseventsd/fseventsd-uuid"), "/etc/passwd"),
        // A store directory that is a link, and a volume that is one.
        (root.join("Volumes/Ext/.fseventsd"), "/var/log"),
    ];
    symlink("/var", root.join("Volumes/Macintosh HD")).unwrap();
    // A real database whose WAL will be a link: the database is read, the link only recorded.
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
    // A Unix socket as a database, with a listener that never answers.
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

/// A binary property list of `levels` arrays, each holding two references
/// to the next: about 200 bytes that a naive decoder expands to 2^levels
/// values.
fn plist_bomb(levels: u8) -> Vec<u8> {
    let mut out = b"bplist00".to_vec();
    let mut offsets = vec![out.len() as u8];
    out.extend_from_slice(&[0x51, b'x']);
    for i in 1..=levels {
        offsets.push(out.len() as u8);
        out.extend_from_slice(&[0xA2, i - 1, i - 1]);
    }
    let table = out.len() as u64;
    out.extend_from_slice(&offsets);
    out.extend_from_slice(&[0, 0, 0, 0, 0, 0, 1, 1]);
    out.extend_from_slice(&(u64::from(levels) + 1).to_be_bytes());
    out.extend_from_slice(&u64::from(levels).to_be_bytes());
    out.extend_from_slice(&table.to_be_bytes());
    out
}

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
    // A History whose `visits` is a view that never ends.
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
