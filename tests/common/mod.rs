//! Helpers shared by the integration tests: run the real binary and read
//! the tarball it writes.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::Read;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use base64::Engine as _;
use mactriage_collectors::testdata::fsevents;
use sha2::{Digest, Sha256};

pub mod realdata;

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mactriage"))
}

/// The real third-party samples' folder, for the opt-in tests that carry
/// `#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]`
/// (`build.rs` sets `cfg(realdata)` when the variable is set). A relative
/// `MACTRIAGE_REALDATA` is taken from the repository root.
pub fn realdata_dir() -> PathBuf {
    let Some(v) = std::env::var_os("MACTRIAGE_REALDATA").filter(|v| !v.is_empty()) else {
        panic!("MACTRIAGE_REALDATA is not set, but this test binary was built with it set");
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(v);
    assert!(
        dir.is_dir(),
        "MACTRIAGE_REALDATA: {} is not a directory",
        dir.display()
    );
    dir
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// Copy a directory tree (files, dirs and symlinks as symlinks).
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).follow_links(false) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        let ft = entry.file_type();
        if ft.is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else if ft.is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(entry.path()).unwrap(), &dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// A run of `mactriage collect`.
pub struct Run {
    pub output: Output,
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    /// Peak resident memory of the child in kB, when it could be watched.
    pub peak_rss_kb: Option<u64>,
}

impl Run {
    /// The tarball path: the last line on stdout.
    pub fn tarball(&self) -> PathBuf {
        let last = self.stdout.lines().last().unwrap_or_else(|| {
            panic!("no stdout; stderr:\n{}", self.stderr);
        });
        PathBuf::from(last)
    }
}

pub fn collect(root: &Path, out: &Path, extra: &[&str]) -> Run {
    let output = bin()
        .arg("collect")
        .arg("--root")
        .arg(root)
        .arg("--output")
        .arg(out)
        .args(extra)
        .output()
        .unwrap();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        output,
        peak_rss_kb: None,
    }
}

/// A member of the tarball.
#[derive(Debug, Clone)]
pub struct Member {
    pub kind: tar::EntryType,
    pub data: Vec<u8>,
    pub link: Option<PathBuf>,
    pub mode: u32,
    pub mtime: u64,
}

/// Every member of a .tar.gz, by name, in archive order.
pub fn read_tarball(path: &Path) -> Vec<(String, Member)> {
    let f = std::fs::File::open(path).unwrap();
    let mut ar = tar::Archive::new(flate2::read::GzDecoder::new(f));
    let mut out = Vec::new();
    for e in ar.entries().unwrap() {
        let mut e = e.unwrap();
        let name = e.path().unwrap().to_string_lossy().into_owned();
        let kind = e.header().entry_type();
        let link = e.link_name().unwrap().map(|l| l.into_owned());
        let mode = e.header().mode().unwrap();
        let mtime = e.header().mtime().unwrap();
        let mut data = Vec::new();
        e.read_to_end(&mut data).unwrap();
        out.push((
            name,
            Member {
                kind,
                data,
                link,
                mode,
                mtime,
            },
        ));
    }
    out
}

pub fn members_map(path: &Path) -> BTreeMap<String, Member> {
    read_tarball(path).into_iter().collect()
}

pub fn manifest(members: &BTreeMap<String, Member>) -> serde_json::Value {
    serde_json::from_slice(&members["manifest.json"].data).unwrap()
}

/// A collector's entry in the manifest.
pub fn collector<'a>(man: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    man["collectors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no collector {name} in the manifest"))
}

pub fn jsonl(members: &BTreeMap<String, Member>, stream: &str) -> Vec<serde_json::Value> {
    let m = &members[&format!("parsed/{stream}.jsonl")];
    String::from_utf8(m.data.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

pub fn sha256(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

/// (sha256, size, mode, mtime, mtime ns, ctime, ctime ns).
pub type Stat = (Option<String>, u64, u32, i64, i64, i64, i64);

/// Bytes, size, mode, mtime and ctime of every entry below `root`: what a
/// collection must never change.
pub fn snapshot(root: &Path) -> BTreeMap<PathBuf, Stat> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(root).follow_links(false) {
        let entry = entry.unwrap();
        let meta = std::fs::symlink_metadata(entry.path()).unwrap();
        let hash = if meta.is_file() {
            Some(sha256(&std::fs::read(entry.path()).unwrap()))
        } else {
            None
        };
        out.insert(
            entry.path().to_path_buf(),
            (
                hash,
                meta.len(),
                meta.mode(),
                meta.mtime(),
                meta.mtime_nsec(),
                meta.ctime(),
                meta.ctime_nsec(),
            ),
        );
    }
    out
}

/// A run of `mactriage collect` bounded by a wall-clock timeout: the child
/// is killed and the test fails if it does not finish in time. Output goes
/// to files, so a chatty run cannot block on a full pipe.
pub fn collect_within(root: &Path, out: &Path, extra: &[&str], limit: std::time::Duration) -> Run {
    let logs = tempfile::tempdir().unwrap();
    let so = std::fs::File::create(logs.path().join("stdout")).unwrap();
    let se = std::fs::File::create(logs.path().join("stderr")).unwrap();
    let mut child = bin()
        .arg("collect")
        .arg("--root")
        .arg(root)
        .arg("--output")
        .arg(out)
        .args(extra)
        .stdin(std::process::Stdio::null())
        .stdout(so)
        .stderr(se)
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak: Option<u64> = None;
    let status = loop {
        // VmHWM is the high-water mark: the last reading is the peak so far.
        if let Ok(st) = std::fs::read_to_string(&status_file) {
            if let Some(kb) = st
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            {
                peak = Some(kb);
            }
        }
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            let err = std::fs::read_to_string(logs.path().join("stderr")).unwrap_or_default();
            panic!("mactriage did not finish within {limit:?}; stderr:\n{err}");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let stdout = std::fs::read(logs.path().join("stdout")).unwrap();
    let stderr = std::fs::read(logs.path().join("stderr")).unwrap();
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        output: Output {
            status,
            stdout,
            stderr,
        },
        peak_rss_kb: peak,
    }
}

/// Check what every run must give, whatever the input: no panic, a tarball
/// whose manifest parses and whose hashes match, and member names that stay
/// inside the archive. Returns the members.
pub fn check_sound_tarball(run: &Run) -> BTreeMap<String, Member> {
    assert!(
        run.code == 0 || run.code == 1,
        "exit {}; stderr:\n{}",
        run.code,
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    let tarball = run.tarball();
    let data = std::fs::read(&tarball).unwrap();
    let name = tarball.file_name().unwrap().to_string_lossy().into_owned();
    let sum = std::fs::read_to_string(format!("{}.sha256", tarball.display())).unwrap();
    assert_eq!(sum, format!("{}  {name}\n", sha256(&data)));
    let members = read_tarball(&tarball);
    for (m, _) in &members {
        assert!(!m.starts_with('/'), "absolute member {m:?}");
        assert!(
            !Path::new(m)
                .components()
                .any(|c| c == std::path::Component::ParentDir),
            "member with .. {m:?}"
        );
    }
    let members: BTreeMap<String, Member> = members.into_iter().collect();
    let man = manifest(&members);
    let log = String::from_utf8_lossy(&members["collection.log"].data).into_owned();
    assert!(!log.contains("panicked"), "{log}");
    for c in man["collectors"].as_array().unwrap() {
        for e in c["errors"].as_array().into_iter().flatten() {
            let msg = e["message"].as_str().unwrap_or_default();
            assert!(!msg.contains("internal error"), "{}: {msg}", c["name"]);
        }
    }
    for section in ["files", "outputs"] {
        for f in man[section].as_array().unwrap() {
            let member = f["member"].as_str().unwrap();
            let m = members
                .get(member)
                .unwrap_or_else(|| panic!("manifest lists {member}, not in the tarball"));
            if f["type"] == "file" {
                assert_eq!(f["sha256"].as_str().unwrap(), sha256(&m.data), "{member}");
                assert_eq!(f["size"].as_u64().unwrap(), m.data.len() as u64, "{member}");
            }
        }
    }
    members
}

/// Every (path, message) error of the manifest, from collectors and outside.
pub fn all_errors(man: &serde_json::Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let lists = man["collectors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["errors"])
        .chain(std::iter::once(&man["errors"]));
    for list in lists {
        for e in list.as_array().into_iter().flatten() {
            out.push((
                e["path"].as_str().unwrap_or_default().to_string(),
                e["message"].as_str().unwrap_or_default().to_string(),
            ));
        }
    }
    out
}

/// Standard base64, as the `*_b64` fields hold names.
pub fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The exact bytes of a name in the manifest or a record: `<key>_b64` when
/// present, else `<key>`.
pub fn exact(v: &serde_json::Value, key: &str) -> Option<Vec<u8>> {
    match v[format!("{key}_b64")].as_str() {
        Some(b) => Some(base64::engine::general_purpose::STANDARD.decode(b).unwrap()),
        None => v[key].as_str().map(|s| s.as_bytes().to_vec()),
    }
}

/// Every (exact path, message) error of the manifest, from collectors and
/// outside.
pub fn exact_errors(man: &serde_json::Value) -> Vec<(Vec<u8>, String)> {
    let lists = man["collectors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["errors"])
        .chain(std::iter::once(&man["errors"]));
    let mut out = Vec::new();
    for list in lists {
        for e in list.as_array().into_iter().flatten() {
            let path = exact(e, "path").unwrap_or_default();
            out.push((path, e["message"].as_str().unwrap_or_default().to_string()));
        }
    }
    out
}

/// An FSEvents page of `version` (1, 2 or 3) holding `records` as
/// (path, event id, flags, node id), as `fseventsd` writes it.
pub fn fsevents_page(version: u8, records: &[(&[u8], u64, u32, u64)]) -> Vec<u8> {
    let records: Vec<fsevents::Rec<'_>> = records
        .iter()
        .map(|&(path, id, flags, node)| (path, id, flags, node, 0))
        .collect();
    fsevents::page_tagged(version, 0, &records)
}

/// `data` as one gzip member.
pub fn gzip(data: &[u8]) -> Vec<u8> {
    fsevents::gzip(data)
}

/// Set a Mac extended attribute on a fixture file: on Linux, in the
/// `user.` namespace, as the evidence source maps it.
pub fn set_mac_xattr(path: &Path, name: &str, value: &[u8]) {
    let host_name = if cfg!(target_os = "macos") {
        name.to_string()
    } else {
        format!("user.{name}")
    };
    rustix::fs::lsetxattr(path, host_name, value, rustix::fs::XattrFlags::empty())
        .unwrap_or_else(|e| panic!("{}: {name}: {e}", path.display()));
}
