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

/// True for a file a person can write and review by hand (UTF-8 text with
/// no NUL): anything else in the sample root must come from the generator.
fn is_text(bytes: &[u8]) -> bool {
    !bytes.contains(&0) && std::str::from_utf8(bytes).is_ok()
}

#[test]
fn every_binary_artifact_comes_from_the_generator() {
    let scratch = tempfile::tempdir().unwrap();
    let generated = xtask::fixtures::write(scratch.path()).unwrap();
    // In the directories the generator writes to, hand-written text (XML
    // plists, scripts) may sit beside its files; a binary file (a database,
    // a binary plist, a store) it does not write would be an unreviewable
    // leftover.
    let root = root();
    let mut strays = Vec::new();
    let walks = [
        "Users/alice/Library",
        "Users/bob/Library",
        "Library/Application Support",
        "private/var/db/dslocal",
        "private/var/log/asl",
        "private/var/run",
    ]
    .map(|d| walkdir::WalkDir::new(root.join(d)));
    for e in walks.into_iter().flatten() {
        let e = e.unwrap();
        if !e.file_type().is_file() {
            continue;
        }
        let rel = e.path().strip_prefix(&root).unwrap().to_path_buf();
        if !generated.contains(&rel) && !is_text(&std::fs::read(e.path()).unwrap()) {
            strays.push(rel);
        }
    }
    // Anywhere else, no file holding a NUL byte is written by hand (the
    // metafied zsh history, not UTF-8, is text: it holds no NUL).
    for e in walkdir::WalkDir::new(&root) {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(&root).unwrap().to_path_buf();
        if e.file_type().is_file()
            && !generated.contains(&rel)
            && !strays.contains(&rel)
            && std::fs::read(e.path()).unwrap().contains(&0)
        {
            strays.push(rel);
        }
    }
    assert_eq!(strays, Vec::<PathBuf>::new());
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
