//! `live_response`: what only the system's own tools report, run as UAC
//! runs them and stored in UAC's layout.
//!
//! **What.** A fixed table of commands (in code: [`COMMANDS`] on macOS,
//! [`LINUX_COMMANDS`] on Linux, where CI runs it): loaded kernel and system
//! extensions, launchd jobs, the network state as `lsof`/`netstat`/`arp`
//! print it (a cross-check of `network`), logins, mounts, disks, sleep and
//! wake, configuration profiles, Microsoft Defender's health.
//!
//! **Where.** The running system; live only (skipped on any other root).
//!
//! **How.** Each command is an absolute path in a system directory, owned by
//! root and writable by no one else (checked before it runs; symbolic links
//! resolved and checked too), run with an empty environment, no standard
//! input, `/` as working directory, in its own process group. Each has a
//! time limit ([`PER_COMMAND`], or its own) and all of them share
//! [`ALL_COMMANDS`]; standard output is kept up to [`OUTPUT_CAP`] bytes and
//! a command that passes it is killed. A command that is missing, refused,
//! fails, hangs or floods is recorded and the next one runs.
//!
//! **Output.** `live_response/<category>/<command>.txt` (standard output;
//! `<command>.txt.stderr` beside it when it wrote to standard error), and
//! in the manifest, under this collector, one `commands` entry per command:
//! `argv`, `output`, `stderr`, `outcome`, `exit_code`, `signal`,
//! `timed_out`, `duration_s`, `stdout_bytes`, `truncated`, `error`. Parsed:
//! `parsed/launchd_jobs.jsonl` (`launchctl list`, `launchctl print
//! system`), `parsed/kernel_extensions.jsonl` (`kmutil showloaded`, or
//! `kextstat` where there is no `kmutil`), `parsed/system_extensions.jsonl`
//! (`systemextensionsctl list`). See [`parse`] for the formats.

pub mod parse;
pub mod runner;

use std::path::Path;
use std::time::{Duration, Instant};

use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::{Collector, CommandOutcome, CommandRun, Ctx, Fatal, IssueKind};

pub struct LiveResponse;

/// Time one command may take unless its entry says otherwise.
pub const PER_COMMAND: Duration = Duration::from_secs(30);
/// Time all commands together may take.
pub const ALL_COMMANDS: Duration = Duration::from_secs(240);
/// Bytes of standard output (and of standard error) kept per command.
pub const OUTPUT_CAP: usize = 32 * 1024 * 1024;

/// What a command's output is also parsed into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseAs {
    LaunchctlList,
    LaunchctlPrint,
    Kexts,
    SystemExtensions,
}

impl ParseAs {
    fn stream(self) -> &'static str {
        match self {
            ParseAs::LaunchctlList | ParseAs::LaunchctlPrint => "launchd_jobs",
            ParseAs::Kexts => "kernel_extensions",
            ParseAs::SystemExtensions => "system_extensions",
        }
    }
}

/// One entry of the table.
#[derive(Debug, Clone, Copy)]
pub struct Cmd {
    /// UAC's category directory: `network`, `system`, `storage`...
    pub category: &'static str,
    /// Candidates, in order: the first whose executable exists is run
    /// (`kmutil`, else `kextstat`).
    pub argv: &'static [&'static [&'static str]],
    /// Only run where this executable exists; absent is not a problem
    /// (third-party tools such as `mdatp`).
    pub optional: bool,
    pub timeout: Option<Duration>,
    pub parse: Option<ParseAs>,
}

const fn cmd(category: &'static str, argv: &'static [&'static [&'static str]]) -> Cmd {
    Cmd {
        category,
        argv,
        optional: false,
        timeout: None,
        parse: None,
    }
}

const fn parsed(c: Cmd, p: ParseAs) -> Cmd {
    Cmd {
        parse: Some(p),
        ..c
    }
}

const fn optional(c: Cmd) -> Cmd {
    Cmd {
        optional: true,
        ..c
    }
}

const fn slow(c: Cmd, secs: u64) -> Cmd {
    Cmd {
        timeout: Some(Duration::from_secs(secs)),
        ..c
    }
}

/// The macOS table, in order of volatility (network first).
pub const COMMANDS: &[Cmd] = &[
    cmd("network", &[&["/usr/sbin/lsof", "-nP", "-i"]]),
    cmd("network", &[&["/usr/sbin/netstat", "-anv"]]),
    cmd("network", &[&["/usr/sbin/arp", "-an"]]),
    cmd("network", &[&["/usr/sbin/netstat", "-rn"]]),
    cmd("network", &[&["/sbin/ifconfig", "-a"]]),
    cmd("network", &[&["/usr/sbin/scutil", "--dns"]]),
    cmd("network", &[&["/usr/sbin/scutil", "--proxy"]]),
    parsed(
        cmd("system", &[&["/bin/launchctl", "list"]]),
        ParseAs::LaunchctlList,
    ),
    parsed(
        cmd("system", &[&["/bin/launchctl", "print", "system"]]),
        ParseAs::LaunchctlPrint,
    ),
    parsed(
        cmd(
            "system",
            &[&["/usr/bin/kmutil", "showloaded"], &["/usr/sbin/kextstat"]],
        ),
        ParseAs::Kexts,
    ),
    parsed(
        cmd("system", &[&["/usr/bin/systemextensionsctl", "list"]]),
        ParseAs::SystemExtensions,
    ),
    cmd("system", &[&["/usr/bin/who"]]),
    cmd("system", &[&["/usr/bin/last"]]),
    slow(cmd("system", &[&["/usr/bin/pmset", "-g", "log"]]), 60),
    optional(cmd("system", &[&["/usr/bin/profiles", "list", "-all"]])),
    optional(cmd("system", &[&["/usr/local/bin/mdatp", "health"]])),
    cmd("storage", &[&["/sbin/mount"]]),
    cmd("storage", &[&["/usr/sbin/diskutil", "list"]]),
];

/// The Linux table (CI runs the collector on Linux).
pub const LINUX_COMMANDS: &[Cmd] = &[
    cmd("network", &[&["/usr/bin/ss", "-anp"], &["/bin/ss", "-anp"]]),
    cmd(
        "network",
        &[
            &["/usr/sbin/ip", "address"],
            &["/sbin/ip", "address"],
            &["/bin/ip", "address"],
        ],
    ),
    cmd("system", &[&["/usr/bin/who"], &["/bin/who"]]),
    cmd("system", &[&["/usr/bin/last"], &["/bin/last"]]),
    cmd(
        "system",
        &[&["/bin/uname", "-a"], &["/usr/bin/uname", "-a"]],
    ),
    cmd("storage", &[&["/bin/mount"], &["/usr/bin/mount"]]),
];

static DESCRIPTION: Description = Description {
    name: "live_response",
    reads: "Output of the system's own tools (launchctl, kmutil, systemextensionsctl, lsof, netstat...) in UAC's live_response layout, some of it parsed (live only)",
    outputs: &["launchd_jobs", "kernel_extensions", "system_extensions"],
    scope: Scope::LiveOnly,
    cost: Cost::Cheap,
};

impl Collector for LiveResponse {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        if !ctx.source().is_live() {
            return Err(Fatal::new(
                "live-only collector: it reads the running system, not an evidence root",
            ));
        }
        let table = if cfg!(target_os = "macos") {
            COMMANDS
        } else {
            LINUX_COMMANDS
        };
        run_table(ctx, table, &Limits::default());
        Ok(())
    }
}

/// The runner's limits (tests make them small).
#[derive(Debug, Clone)]
pub struct Limits {
    pub per_command: Duration,
    pub all: Duration,
    pub cap: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            per_command: PER_COMMAND,
            all: ALL_COMMANDS,
            cap: OUTPUT_CAP,
        }
    }
}

/// The file name UAC gives a command's output: the command line, spaces
/// as `_`, the executable by its base name.
pub fn output_name(argv: &[&str]) -> String {
    let mut parts: Vec<String> = Vec::new();
    for (i, a) in argv.iter().enumerate() {
        let a = if i == 0 {
            a.rsplit('/').next().unwrap_or(a)
        } else {
            a
        };
        parts.push(
            a.chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || "-._=".contains(c) {
                        c
                    } else {
                        '_'
                    }
                })
                .collect(),
        );
    }
    format!("{}.txt", parts.join("_"))
}

/// Run every command of `table` within `limits`, recording each.
pub fn run_table(ctx: &mut Ctx<'_>, table: &[Cmd], limits: &Limits) {
    let all_deadline = Instant::now() + limits.all;
    for c in table {
        let Some((shown, ran)) = run_one(ctx, c, limits, all_deadline) else {
            continue;
        };
        if let Some(p) = c.parse {
            if started(&ran) {
                emit_parsed(ctx, p, &shown, &ran.stdout);
            }
        }
    }
}

/// True when the command was started (its output, even empty, is evidence).
pub fn started(ran: &runner::Ran) -> bool {
    !matches!(
        ran.outcome,
        CommandOutcome::Missing | CommandOutcome::FailedToStart
    )
}

/// Run one command of a table within `limits` and before `all_deadline`:
/// the first candidate whose executable exists. Its standard output (and
/// standard error, if any) is kept in `live_response/<category>/`, how it
/// ended is recorded under the collector in the manifest, and problems are
/// issues. Returns the command line as shown and what it produced; `None`
/// when it was not run (an optional command that is absent, the time for
/// commands used up).
pub fn run_one(
    ctx: &mut Ctx<'_>,
    c: &Cmd,
    limits: &Limits,
    all_deadline: Instant,
) -> Option<(String, runner::Ran)> {
    // The first candidate that exists, else the first (recorded missing).
    let argv = c
        .argv
        .iter()
        .find(|a| a.first().is_some_and(|exe| Path::new(exe).exists()))
        .or(c.argv.first())
        .copied()
        .unwrap_or(&[]);
    let exe = argv.first()?;
    if c.optional && !Path::new(exe).exists() {
        ctx.info(format!("{exe}: not on this system (optional)"));
        return None;
    }
    let name = output_name(argv);
    let argv_owned: Vec<String> = argv.iter().map(|a| a.to_string()).collect();
    let now = Instant::now();
    if ctx.time_up() || now >= all_deadline {
        let why = if ctx.time_up() {
            "the run's time limit was reached; not run"
        } else {
            "the time for all commands was used up; not run"
        };
        ctx.issue(
            Path::new(exe),
            IssueKind::Error,
            format!("{}: {why}", argv_owned.join(" ")),
        );
        ctx.command_run(CommandRun {
            argv: argv_owned,
            output: None,
            stderr: None,
            outcome: CommandOutcome::NotRun,
            exit_code: None,
            signal: None,
            timed_out: false,
            duration_s: 0.0,
            stdout_bytes: 0,
            truncated: false,
            error: Some(why.into()),
        });
        return None;
    }
    let timeout = c
        .timeout
        .unwrap_or(limits.per_command)
        .min(all_deadline.saturating_duration_since(now));
    let budget = ctx.env().budget.clone();
    let ran = runner::run(argv, timeout, limits.cap, &|| budget.time_up());
    let started_ok = started(&ran);
    let output = if started_ok {
        ctx.write_live_response(c.category, &name, &ran.stdout)
    } else {
        None
    };
    let stderr = if ran.stderr.is_empty() {
        None
    } else {
        ctx.write_live_response(c.category, &format!("{name}.stderr"), &ran.stderr)
    };
    let shown = argv_owned.join(" ");
    match ran.outcome {
        CommandOutcome::Exited if ran.exit_code == Some(0) => {}
        CommandOutcome::Exited => ctx.info(format!(
            "{shown}: exit status {}",
            ran.exit_code.unwrap_or(-1)
        )),
        CommandOutcome::Missing => ctx.info(format!("{shown}: not on this system")),
        CommandOutcome::OutputCapped => ctx.issue(
            Path::new(exe),
            IssueKind::Capped {
                cap: limits.cap as u64,
                found: None,
            },
            format!("{shown}: {}", ran.error.clone().unwrap_or_default()),
        ),
        _ => ctx.error(
            Path::new(exe),
            format!("{shown}: {}", ran.error.clone().unwrap_or_default()),
        ),
    }
    ctx.command_run(CommandRun {
        argv: argv_owned,
        output,
        stderr,
        outcome: ran.outcome,
        exit_code: ran.exit_code,
        signal: ran.signal,
        timed_out: ran.outcome == CommandOutcome::TimedOut,
        duration_s: ran.duration.as_secs_f64(),
        stdout_bytes: ran.stdout.len() as u64,
        truncated: ran.truncated,
        error: ran.error.clone(),
    });
    Some((shown, ran))
}

/// Parse a command's output into its stream; each record names the
/// command it came from (`source`).
fn emit_parsed(ctx: &mut Ctx<'_>, how: ParseAs, shown: &str, stdout: &[u8]) {
    let text = String::from_utf8_lossy(stdout);
    let parsed = match how {
        ParseAs::LaunchctlList => parse::launchctl_list(&text),
        ParseAs::LaunchctlPrint => parse::launchctl_print(&text),
        ParseAs::Kexts => parse::loaded_kexts(&text),
        ParseAs::SystemExtensions => parse::system_extensions(&text),
    };
    for item in parsed.items {
        let mut rec = ctx.record(Path::new(shown), None);
        for (k, v) in item {
            if let Some(key) = parse::KEYS.iter().find(|s| **s == k) {
                rec.insert(key, v);
            }
        }
        ctx.emit(how.stream(), rec);
    }
    if parsed.unparsed > 0 {
        ctx.error(
            Path::new(shown),
            format!("{} lines of its output not understood", parsed.unparsed),
        );
    }
}

#[cfg(test)]
mod tests;
