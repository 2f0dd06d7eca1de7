//! Time and size budgets: a run always ends with a usable tarball that says
//! what it left out.

mod common;

use std::path::Path;

use common::*;

#[test]
fn max_file_size_skips_large_files_and_says_so() {
    let work = tempfile::tempdir().unwrap();
    let run = collect(
        &fixture("mac-basic"),
        work.path(),
        &["--only", "shell_history", "--max-file-size", "50"],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let members = members_map(&run.tarball());
    let man = manifest(&members);
    let sizes: Vec<(String, u64)> = man["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["source"].as_str().unwrap().to_string(),
                f["size"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(sizes.iter().all(|(_, s)| *s <= 50), "{sizes:?}");
    // .zsh_history (302 bytes) and .bash_history (90) are over the limit.
    let skipped: Vec<&str> = man["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert!(
        skipped.contains(&"/Users/alice/.zsh_history"),
        "{skipped:?}"
    );
    assert!(skipped.contains(&"/Users/bob/.bash_history"), "{skipped:?}");
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    let errs = collector(&man, "shell_history")["errors"]
        .as_array()
        .unwrap();
    assert!(errs
        .iter()
        .any(|e| e["message"].as_str().unwrap().contains("--max-file-size")));
    // Small files were still collected and parsed.
    assert!(jsonl(&members, "shell_history")
        .iter()
        .any(|r| r["command"] == "launchctl list"));
}

#[test]
fn max_total_size_stops_taking_files() {
    let work = tempfile::tempdir().unwrap();
    let run = collect(
        &fixture("mac-basic"),
        work.path(),
        &["--only", "shell_history", "--max-total-size", "400"],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let man = manifest(&members_map(&run.tarball()));
    let total: u64 = man["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["size"].as_u64().unwrap())
        .sum();
    assert!(total <= 400, "{total}");
    assert!(
        man["collection"]["limits"]["bytes_accounted"]
            .as_u64()
            .unwrap()
            <= 400
    );
    let skipped = man["skipped"].as_array().unwrap();
    assert!(!skipped.is_empty());
    assert!(skipped
        .iter()
        .all(|s| s["kind"] == "not_collected" && s["limit"] == "max_total_size"));
}

#[test]
fn the_wrapper_runs_the_real_binary_from_a_directory_with_spaces() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("Live Response dir");
    std::fs::create_dir(&dir).unwrap();
    let script =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/live-response/mactriage-collect.sh");
    std::fs::copy(&script, dir.join("mactriage-collect.sh")).unwrap();
    std::fs::copy(env!("CARGO_BIN_EXE_mactriage"), dir.join("mactriage")).unwrap();
    let out = std::process::Command::new("sh")
        .arg(dir.join("mactriage-collect.sh"))
        .args(["--root"])
        .arg(fixture("mac-basic"))
        .args(["--only", "shell_history"])
        // Not the Defender directory: the script's own directory is used.
        .env("MACTRIAGE_RESPONSE_DIR", work.path().join("absent"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tarballs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".tar.gz"))
        .collect();
    assert_eq!(tarballs.len(), 1, "{stdout}");
    let last = stdout.lines().last().unwrap();
    assert!(last.contains("getfile"), "{stdout}");
    assert!(last.contains(&*tarballs[0].to_string_lossy()), "{stdout}");
    let members = members_map(&tarballs[0]);
    assert!(!jsonl(&members, "shell_history").is_empty());
}
