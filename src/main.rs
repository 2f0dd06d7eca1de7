//! mactriage: fast, forensically sound triage collection for macOS.
//!
//! `main` parses the command line, resolves it into a plan once, runs it, and
//! turns the outcome into an exit status: 0 when everything finished, 1 when
//! the tarball was written but something is partial or failed, 2 when there
//! is no tarball.
// Foreign calls only in two annotated modules, each for one platform: `priority::macos`
// and `memory::glibc`.
#![deny(unsafe_code)]
// No panic on data from the target: a panic loses the whole tarball. Test
// code may unwrap; the few justified exceptions are annotated one by one.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

mod archive;
mod cli;
mod evidence;
mod host;
mod log;
mod manifest;
mod memory;
mod output;
mod pgz;
mod priority;
mod report;
mod run;
mod signals;
mod streams;
mod timeline;

use std::process::ExitCode;

use clap::Parser;
use mactriage_collectors::kit::collector::Scope;

use cli::{Cli, Command};

fn main() -> ExitCode {
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match Cli::try_parse_from(&argv) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Collect(args) => {
            let plan = match args.resolve(&argv) {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("mactriage: error: {e:#}");
                    return ExitCode::from(2);
                }
            };
            match run::collect(&plan) {
                Ok(outcome) => {
                    print_path(&outcome.tarball);
                    outcome.exit
                }
                Err(e) => {
                    eprintln!("mactriage: error: {e:#}");
                    ExitCode::from(2)
                }
            }
        }
        Command::List => {
            for c in mactriage_collectors::REGISTRY {
                let d = c.describe();
                println!(
                    "{:<18} {:<10} {}",
                    d.name,
                    match d.scope {
                        Scope::LiveOnly => "live-only",
                        Scope::AnyRoot => "any root",
                    },
                    d.reads
                );
            }
            ExitCode::SUCCESS
        }
        Command::KillTree(args) => kill_tree(&args),
        Command::Notify(args) => notify(&args),
        Command::Timeline(args) => timeline(&args),
        Command::Report(args) => report(&args),
    }
}

/// `timeline`: 0 written, 1 written from a damaged tarball, 2 nothing
/// written.
fn timeline(args: &cli::TimelineArgs) -> ExitCode {
    let opts = match args.resolve() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("mactriage: error: {e:#}");
            return ExitCode::from(2);
        }
    };
    match timeline::run(&opts) {
        Ok(summary) => {
            if !opts.quiet {
                timeline::print_summary(&opts, &summary);
            } else {
                for d in &summary.damage {
                    eprintln!("mactriage: warning: {d}");
                }
            }
            if summary.damage.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => {
            eprintln!("mactriage: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Print `path` and a newline on stdout as its raw bytes: the last line of
/// a collection is the tarball's path, and must stay usable as one when the
/// output directory's name is not UTF-8 (`display()` would replace bytes).
fn print_path(path: &std::path::Path) {
    use std::io::Write;
    use std::os::unix::ffi::OsStrExt;
    let mut out = std::io::stdout().lock();
    let printed = out
        .write_all(path.as_os_str().as_bytes())
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    if let Err(e) = printed {
        eprintln!(
            "mactriage: cannot print the tarball's path ({e}): {}",
            path.display()
        );
    }
}

/// `kill-tree`: 0 when the whole tree is gone (or listed, with --dry-run),
/// 1 when some process survived, 2 when refused or there is no such process.
fn kill_tree(args: &cli::KillTreeArgs) -> ExitCode {
    use mactriage_collectors::live::kill_tree as kt;
    let signal = match kt::parse_signal(&args.signal) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("mactriage: error: {e}");
            return ExitCode::from(2);
        }
    };
    match kt::kill_tree(args.pid, signal, args.dry_run) {
        Ok(report) => {
            print!("{}", report.to_text());
            if report.complete() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => {
            eprintln!("mactriage: error: {e}");
            ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
        }
    }
}

/// `notify`: shows the dialog without waiting for the user; 2 when it
/// cannot be shown.
fn notify(args: &cli::NotifyArgs) -> ExitCode {
    use mactriage_collectors::live::notify as nt;
    let (title, message) = (args.title.join(" "), args.message.join(" "));
    match nt::notify(&title, &message, args.timeout) {
        Ok(n) => {
            println!(
                "dialog shown to {} (uid {}), pid {}",
                n.console_user, n.console_uid, n.pid
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("mactriage: error: {e}");
            ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
        }
    }
}

/// `report`: 0 written, 1 written from a damaged tarball, 2 nothing
/// written. The last line on stdout is the report's path.
fn report(args: &cli::ReportArgs) -> ExitCode {
    match report::rebuild(&args.tarball, args.output.as_deref()) {
        Ok((path, damage)) => {
            for d in &damage {
                eprintln!("mactriage: warning: {d}");
            }
            print_path(&path);
            if damage.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => {
            eprintln!("mactriage: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
