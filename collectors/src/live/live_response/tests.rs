//! The runner on Linux, with a table of Linux commands: one that works,
//! one that fails, one that is missing, one refused (not in a system
//! directory), one that hangs and one that floods its output.

use std::time::{Duration, Instant};

use serde_json::Value;

use super::*;
use crate::kit::collector::{Collector, Cost, Description, Scope};
use crate::kit::{testing, IssueKind, Status};

static TABLE: Description = Description {
    name: "live_response",
    reads: "a test table",
    outputs: &["launchd_jobs", "kernel_extensions", "system_extensions"],
    scope: Scope::LiveOnly,
    cost: Cost::Cheap,
};

struct Table(&'static [Cmd], Limits);

impl Collector for Table {
    fn describe(&self) -> &'static Description {
        &TABLE
    }
    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        run_table(ctx, self.0, &self.1);
        Ok(())
    }
}

fn exe(name: &str) -> &'static str {
    for d in ["/usr/bin", "/bin"] {
        let p = format!("{d}/{name}");
        if Path::new(&p).exists() {
            return Box::leak(p.into_boxed_str());
        }
    }
    panic!("{name} not found")
}

fn leak(v: Vec<&'static str>) -> &'static [&'static str] {
    Box::leak(v.into_boxed_slice())
}

fn table() -> &'static [Cmd] {
    let one = |category: &'static str, argv: Vec<&'static str>| -> Cmd {
        let argv: &'static [&'static [&'static str]] =
            Box::leak(vec![leak(argv)].into_boxed_slice());
        cmd(category, argv)
    };
    Box::leak(
        vec![
            one("system", vec![exe("uname"), "-s"]),
            one("system", vec![exe("false")]),
            one("system", vec!["/usr/bin/no-such-command-here"]),
            one("system", vec!["/tmp/evil", "-x"]),
            one("system", vec![exe("env")]),
            // Hangs: killed at its time limit.
            one("system", vec![exe("sleep"), "30"]),
            // Floods: killed at the cap.
            one("system", vec![exe("yes")]),
            parsed(one("system", vec![exe("printf"), "PID\\tStatus\\tLabel\\n-\\t0\\tcom.example.job\\n7\\t0\\tcom.example.running\\n"]), ParseAs::LaunchctlList),
        ]
        .into_boxed_slice(),
    )
}

#[test]
fn each_command_is_recorded_and_none_stops_the_run() {
    let limits = Limits {
        per_command: Duration::from_secs(1),
        all: Duration::from_secs(20),
        cap: 64 * 1024,
    };
    let started = Instant::now();
    let (report, sink) = testing::run_live(&Table(table(), limits));
    let took = started.elapsed();
    assert!(took < Duration::from_secs(8), "took {took:?}");
    let c = &report.commands;
    assert_eq!(c.len(), 8, "{c:#?}");

    // uname -s: ran, output stored in UAC's layout.
    assert_eq!(c[0].outcome, CommandOutcome::Exited);
    assert_eq!(c[0].exit_code, Some(0));
    assert_eq!(
        c[0].output.as_deref(),
        Some("live_response/system/uname_-s.txt")
    );
    assert_eq!(
        sink.member_bytes("live_response/system/uname_-s.txt")
            .unwrap(),
        b"Linux\n"
    );
    // false: exit status 1, recorded, not an error of the run.
    assert_eq!(c[1].outcome, CommandOutcome::Exited);
    assert_eq!(c[1].exit_code, Some(1));
    // Missing, and refused: no output member.
    assert_eq!(c[2].outcome, CommandOutcome::Missing);
    assert_eq!(c[2].output, None);
    assert_eq!(c[3].outcome, CommandOutcome::FailedToStart);
    assert!(c[3]
        .error
        .as_deref()
        .unwrap()
        .contains("not an absolute path in a system directory"));
    // env: the environment is empty.
    assert_eq!(c[4].exit_code, Some(0));
    assert_eq!(c[4].stdout_bytes, 0);
    // sleep 30: killed after its second.
    assert_eq!(c[5].outcome, CommandOutcome::TimedOut);
    assert!(c[5].timed_out);
    assert!(
        c[5].duration_s >= 1.0 && c[5].duration_s < 3.0,
        "{}",
        c[5].duration_s
    );
    assert_eq!(c[5].signal, Some(9));
    // yes: the first 64 KiB kept, then killed.
    assert_eq!(c[6].outcome, CommandOutcome::OutputCapped);
    assert!(c[6].truncated);
    assert_eq!(c[6].stdout_bytes, 64 * 1024);
    let flood = sink.member_bytes("live_response/system/yes.txt").unwrap();
    assert_eq!(flood.len(), 64 * 1024);
    assert!(flood.starts_with(b"y\ny\n"));
    // The parsed command.
    let jobs = sink.records("launchd_jobs");
    assert_eq!(jobs.len(), 2);
    assert_eq!(jobs[1]["label"], "com.example.running");
    assert_eq!(jobs[1]["pid"], 7);
    assert!(jobs[1]["source"].as_str().unwrap().contains("printf"));

    // The manifest entry names everything.
    let v = serde_json::to_value(&report).unwrap();
    let hang = &v["commands"][5];
    assert_eq!(hang["outcome"], "timed_out");
    assert_eq!(hang["timed_out"], true);
    assert_eq!(hang["argv"][1], "30");
    assert_eq!(v["commands"][2]["outcome"], "missing");
    assert_eq!(v["commands"][6]["outcome"], "output_capped");
    // Issues: the refused, the hanging command, the cap.
    let kinds: Vec<&IssueKind> = report.errors.iter().map(|e| &e.kind).collect();
    assert_eq!(report.errors.len(), 3, "{:#?}", report.errors);
    assert!(kinds
        .iter()
        .any(|k| matches!(k, IssueKind::Capped { cap: 65536, .. })));
    assert_eq!(report.status, Status::Partial);
    let _ = Value::Null;
}

#[test]
fn the_total_time_is_shared_and_later_commands_are_not_run() {
    let limits = Limits {
        per_command: Duration::from_secs(5),
        all: Duration::from_millis(1500),
        cap: 1024,
    };
    let sleep = exe("sleep");
    let argv: &'static [&'static [&'static str]] =
        Box::leak(vec![leak(vec![sleep, "30"])].into_boxed_slice());
    let t: &'static [Cmd] =
        Box::leak(vec![cmd("system", argv), cmd("system", argv)].into_boxed_slice());
    let started = Instant::now();
    let (report, _) = testing::run_live(&Table(t, limits));
    assert!(started.elapsed() < Duration::from_secs(4));
    assert_eq!(report.commands[0].outcome, CommandOutcome::TimedOut);
    assert_eq!(report.commands[1].outcome, CommandOutcome::NotRun);
}

#[test]
fn only_absolute_root_owned_system_paths_run() {
    assert!(runner::vet(exe("uname")).is_ok());
    for bad in [
        "uname",
        "/usr/bin/../../tmp/x",
        "/tmp/x",
        "/usr/local/bin/mdatp-evil",
        "/home/x/bin/ls",
    ] {
        assert!(runner::vet(bad).is_err(), "{bad}");
    }
    assert_eq!(
        runner::vet("/usr/sbin/no-such").unwrap_err().0,
        CommandOutcome::Missing
    );
}

#[test]
fn output_names_follow_uac() {
    assert_eq!(
        output_name(&["/usr/sbin/lsof", "-nP", "-i"]),
        "lsof_-nP_-i.txt"
    );
    assert_eq!(
        output_name(&["/usr/sbin/scutil", "--dns"]),
        "scutil_--dns.txt"
    );
    assert_eq!(
        output_name(&["/bin/launchctl", "print", "system"]),
        "launchctl_print_system.txt"
    );
    assert_eq!(
        output_name(&["/usr/bin/profiles", "list", "-all"]),
        "profiles_list_-all.txt"
    );
}

#[test]
fn every_table_entry_is_an_absolute_system_path() {
    for c in COMMANDS.iter().chain(LINUX_COMMANDS) {
        for argv in c.argv {
            let exe = argv[0];
            assert!(exe.starts_with('/'), "{exe}");
            assert!(
                runner::SYSTEM_DIRS.iter().any(|d| exe.starts_with(d)),
                "{exe}"
            );
        }
    }
}

#[test]
fn it_refuses_to_run_on_an_evidence_root() {
    let d = tempfile::tempdir().unwrap();
    let (report, _) = testing::run_on(d.path(), &LiveResponse);
    assert_eq!(report.status, Status::Failed);
}
