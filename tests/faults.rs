//! Faults outside the evidence: a full output disk.
//!
//! A collector that fails internally (panics) is covered by the unit test
//! `collect::tests::a_panicking_collector_is_failed_not_fatal`; the binary
//! has no test-only hook to make a real collector panic.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::*;

/// Unmounts on drop, whatever the test did.
struct Mount(PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn small_tmpfs(dir: &Path, size: &str) -> Option<Mount> {
    std::fs::create_dir_all(dir).unwrap();
    let ok = Command::new("mount")
        .args([
            "-t",
            "tmpfs",
            "-o",
            &format!("size={size},mode=0755"),
            "tmpfs",
        ])
        .arg(dir)
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if ok {
        Some(Mount(dir.to_path_buf()))
    } else {
        eprintln!(
            "note: cannot mount a tmpfs (not root, or no permission); full-disk test skipped"
        );
        None
    }
}

/// Incompressible bytes from a seeded generator.
fn noise(len: usize, seed: u64) -> Vec<u8> {
    mactriage_collectors::testdata::Rng::new(seed).bytes(len)
}

#[test]
fn a_full_output_disk_exits_2_and_leaves_nothing() {
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    copy_tree(&fixture("mac-basic"), &root);
    // Archived straight from the target (auxiliary ASL files) and staged
    // (a history), each far bigger than the output file system.
    let asl = root.join("private/var/log/asl");
    std::fs::create_dir_all(&asl).unwrap();
    for i in 0..4u64 {
        std::fs::write(asl.join(format!("Aux{i}")), noise(512 << 10, i + 1)).unwrap();
    }
    std::fs::write(root.join("Users/alice/.zsh_history"), noise(1 << 20, 99)).unwrap();

    let out = work.path().join("out");
    let Some(_mount) = small_tmpfs(&out, "256k") else {
        return;
    };
    let run = collect_within(&root, &out, &[], Duration::from_secs(120));
    assert_eq!(run.code, 2, "stdout {}\nstderr {}", run.stdout, run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    let last = run.stderr.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("mactriage: error:") && last.contains("No space left on device"),
        "{}",
        run.stderr
    );
    // Nothing left: no tarball, no .partial, no .sha256, no staging.
    let left: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn an_output_disk_that_fills_at_the_end_exits_2_and_leaves_nothing() {
    // Enough room for staging and most of the tarball, not for all of it:
    // the failure comes late (the manifest, the flush, the .sha256).
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    copy_tree(&fixture("mac-basic"), &root);
    let asl = root.join("private/var/log/asl");
    std::fs::create_dir_all(&asl).unwrap();
    std::fs::write(asl.join("Aux"), noise(200 << 10, 7)).unwrap();
    let out = work.path().join("out");
    let Some(_mount) = small_tmpfs(&out, "220k") else {
        return;
    };
    let run = collect_within(&root, &out, &[], Duration::from_secs(120));
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    if run.code == 2 {
        let left: Vec<String> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(left.is_empty(), "left behind: {left:?}");
        assert!(
            run.stderr.contains("No space left on device"),
            "{}",
            run.stderr
        );
    } else {
        // It fitted after all: then it must be whole.
        check_sound_tarball(&run);
    }
}
