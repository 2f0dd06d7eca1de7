//! `--low-priority`: the run lowers its own CPU priority before it starts
//! and says so in the manifest; `--normal-priority` (given after it, as an
//! analyst does after the wrapper's default) undoes it.

mod common;

use common::*;

fn priority_of(extra: &[&str]) -> serde_json::Value {
    let out = tempfile::tempdir().unwrap();
    let run = collect(&fixture("mac-basic"), out.path(), extra);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    let man = manifest(&members_map(&run.tarball()));
    man["collection"]["priority"].clone()
}

#[test]
fn low_priority_runs_at_nice_19_and_records_it() {
    let p = priority_of(&["--quiet", "--low-priority"]);
    assert_eq!(p["low"], true, "{p}");
    assert_eq!(p["nice"], 19, "{p}");
    // Linux derives the I/O priority from the nice value.
    #[cfg(target_os = "linux")]
    assert_eq!(p["io_policy"], "from_nice", "{p}");
    assert!(p.get("errors").is_none(), "{p}");
}

#[test]
fn normal_priority_overrides_an_earlier_low_priority() {
    let own = rustix_nice();
    let p = priority_of(&["--quiet", "--low-priority", "--normal-priority"]);
    assert_eq!(p["low"], false, "{p}");
    assert_eq!(p["nice"], own, "{p}");
    assert!(p.get("io_policy").is_none(), "{p}");
}

/// The nice value this test process has (the child inherits it).
fn rustix_nice() -> i32 {
    rustix::process::getpriority_process(None).unwrap()
}
