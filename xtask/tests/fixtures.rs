//! The committed sample root holds exactly what the fixture generator
//! writes: same files, same bytes.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/mac-basic")
}

#[test]
fn the_committed_artifacts_are_what_the_generator_writes() {
    let diffs = xtask::fixtures::check(&root()).unwrap();
    assert!(
        diffs.is_empty(),
        "fixtures/mac-basic differs from the generator:\n{}\nrewrite with: cargo run -p xtask --bin fixtures",
        diffs.join("\n")
    );
}

#[test]
fn no_committed_artifact_is_left_over_from_an_older_generator() {
    let scratch = tempfile::tempdir().unwrap();
    let generated = xtask::fixtures::write(scratch.path()).unwrap();
    // Every file in the directories the generator writes to is one of its.
    let root = root();
    let mut committed = Vec::new();
    for dir in [
        "Users/alice/Library",
        "Users/bob/Library",
        "private/var/log/asl",
    ] {
        for e in walkdir::WalkDir::new(root.join(dir)) {
            let e = e.unwrap();
            if !e.file_type().is_dir() {
                committed.push(e.path().strip_prefix(&root).unwrap().to_path_buf());
            }
        }
    }
    committed.sort();
    assert_eq!(committed, generated);
}

#[test]
fn the_usb_copy_root_holds_what_its_generator_writes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/usb-copy");
    let diffs = xtask::usb_copy::check(&root).unwrap();
    assert!(
        diffs.is_empty(),
        "fixtures/usb-copy differs from the generator:\n{}\nrewrite with: cargo run -p xtask --bin fixtures",
        diffs.join("\n")
    );
}
