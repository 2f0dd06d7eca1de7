//! The command line, and its resolution into a collection plan.
//!
//! As in ripgrep, the flags as typed ([`Cli`]) are resolved once into a
//! [`Plan`] that holds only checked, absolute, validated values; the run never
//! looks at the raw flags again.

use std::collections::BTreeSet;
use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use mactriage_collectors::kit::collector::Scope;
use mactriage_collectors::Collector;

const AFTER_HELP: &str = "\
Examples:
  Collect everything from the running Mac into the current directory:
    sudo mactriage collect

  Examine a mounted image of a seized Mac, writing to an evidence drive:
    mactriage collect --root /Volumes/Image --output /Volumes/Evidence/case42

  Only browsers and shell history, within two minutes:
    mactriage collect --only browsers,shell_history --time-limit 2m

  Show the collectors:
    mactriage list

  Every record of a tarball as a Timesketch timeline; its report again:
    mactriage timeline mactriage_alice-mbp_20240501T101010Z.tar.gz --output alice.jsonl
    mactriage report mactriage_alice-mbp_20240501T101010Z.tar.gz

The last line on standard output of collect is the absolute path of the
tarball (every tarball holds report.html, the triage report).
Exit status: 0 all collectors finished (or were skipped by design);
1 the tarball was written but something is partial or failed;
2 no tarball (bad arguments, unwritable output, full disk).";

const COLLECT_AFTER_HELP: &str = "\
Examples:
  The running Mac, into the current directory (as root, with Full Disk
  Access granted to the terminal):
    sudo mactriage collect

  The bundled sample Mac, into /tmp (a dead-box collection):
    mactriage collect --root fixtures/mac-basic --output /tmp

  A mounted image of a seized Mac, onto an evidence drive:
    mactriage collect --root /Volumes/Image --output /Volumes/Evidence/case42

  Only browsers and shell history, stopping after two minutes:
    mactriage collect --only browsers,shell_history --time-limit 2m

  Everything but the system log, with no time limit, printing only the path:
    mactriage collect --skip asl --time-limit 0 --quiet

  A smaller tarball: skip files over 200 MiB, stop taking files at 1 GiB:
    mactriage collect --max-file-size 200M --max-total-size 1G

The last line on standard output is the absolute path of the tarball; its
SHA-256 is in <tarball>.sha256 beside it. `mactriage list` names the
collectors for --only and --skip.
Exit status: 0 all collectors finished (or were skipped by design);
1 the tarball was written but something is partial or failed (see its
manifest.json); 2 no tarball (bad arguments, unwritable output, full disk).";

/// Fast, forensically sound triage collection for macOS.
#[derive(Debug, Parser)]
#[command(name = "mactriage", version, about, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Collect artifacts into one tarball.
    #[command(after_help = COLLECT_AFTER_HELP)]
    Collect(CollectArgs),
    /// List the collectors: name, whether live-only, and what each reads.
    List,
    /// Stop and kill a process together with all its descendants.
    KillTree(KillTreeArgs),
    /// Show a dialog to the user logged in at the console.
    Notify(NotifyArgs),
    /// Write a tarball's records as one timeline sorted by time, in
    /// Timesketch's import format (JSONL or CSV).
    #[command(after_help = TIMELINE_AFTER_HELP)]
    Timeline(TimelineArgs),
    /// Rebuild a tarball's triage report (its report.html) from its records.
    #[command(after_help = REPORT_AFTER_HELP)]
    Report(ReportArgs),
}

const TIMELINE_AFTER_HELP: &str = "\
One event per record and time field (a download gives its start and its
end), with Timesketch's message, datetime, timestamp (microseconds) and
timestamp_desc, then the record's fields. Records without a time are
counted in the summary on standard error, not written.

Examples:
  Import into Timesketch (JSONL):
    mactriage timeline mactriage_alice-mbp_20240501T101010Z.tar.gz --output alice.jsonl

  A CSV of one day:
    mactriage timeline case.tar.gz --output day.csv --since 2024-05-01 --until 2024-05-01

Times without an offset are UTC; a date alone is the whole day.
Exit status: 0 written; 1 written, but the tarball is damaged (what could be
read was written); 2 nothing written.";

const REPORT_AFTER_HELP: &str = "\
The report is the report.html that collect writes into every tarball: one
self-contained HTML file (no network access, no external scripts), with the
machine, the collection, findings and external volume activity.

Example:
    mactriage report case.tar.gz --output case-report.html

The last line on standard output is the path of the report.
Exit status: 0 written; 1 written, but the tarball is damaged; 2 nothing
written.";

#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// A tarball written by `mactriage collect`.
    pub tarball: PathBuf,
    /// Where to write the timeline (a new file); default: standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// jsonl or csv (default: csv when --output ends in .csv, else jsonl).
    #[arg(long, value_name = "FORMAT", value_parser = ["jsonl", "csv"])]
    pub format: Option<String>,
    /// Only events at or after this time.
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Only events at or before this time.
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
    /// Memory for sorting; past it, sorted runs go to temporary files
    /// (beside --output, else in $TMPDIR) and are merged.
    #[arg(long, value_name = "SIZE", default_value = "256M")]
    pub sort_buffer: String,
    /// No summary on standard error.
    #[arg(long, short)]
    pub quiet: bool,
}

impl TimelineArgs {
    pub fn resolve(&self) -> Result<crate::timeline::Options> {
        use crate::timeline::{parse_bound, Format, Options};
        let format = match self.format.as_deref() {
            Some("csv") => Format::Csv,
            Some(_) => Format::Jsonl,
            None => match &self.output {
                Some(p) if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) => {
                    Format::Csv
                }
                _ => Format::Jsonl,
            },
        };
        let since = self
            .since
            .as_deref()
            .map(|s| parse_bound(s, false))
            .transpose()
            .context("--since")?;
        let until = self
            .until
            .as_deref()
            .map(|s| parse_bound(s, true))
            .transpose()
            .context("--until")?;
        if let (Some(s), Some(u)) = (since, until) {
            if s > u {
                bail!("--since is after --until");
            }
        }
        if !self.tarball.is_file() {
            bail!("{}: no such file", self.tarball.display());
        }
        let sort_buffer = parse_size(&self.sort_buffer).context("--sort-buffer")?;
        Ok(Options {
            tarball: self.tarball.clone(),
            output: self.output.clone(),
            format,
            since,
            until,
            sort_buffer: usize::try_from(sort_buffer).unwrap_or(usize::MAX),
            quiet: self.quiet,
        })
    }
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// A tarball written by `mactriage collect`.
    pub tarball: PathBuf,
    /// Where to write the report (a new file); default:
    /// <tarball name>.report.html in the current directory.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CollectArgs {
    /// The evidence root: `/` for the running system, or the mount point of
    /// an image. Any root other than `/` is a dead-box collection.
    #[arg(long, value_name = "DIR", default_value = "/")]
    pub root: PathBuf,

    /// Where to write the tarball (default: the current directory). Its own
    /// contents are never collected.
    #[arg(long, value_name = "DIR")]
    pub output: Option<PathBuf>,

    /// Run only these collectors (comma-separated; see `mactriage list`).
    #[arg(long, value_name = "NAME,...", value_delimiter = ',')]
    pub only: Vec<String>,

    /// Do not run these collectors (comma-separated).
    #[arg(long, value_name = "NAME,...", value_delimiter = ',')]
    pub skip: Vec<String>,

    /// Write only errors to stderr: no progress and no summary.
    #[arg(long, short)]
    pub quiet: bool,

    /// Stop taking new files after this long and finish the archive
    /// (e.g. 90s, 8m, 1h, 1m30s; a plain number is seconds; 0 means no
    /// limit). The default fits Live Response's 10-minute limit.
    #[arg(long, value_name = "DURATION", default_value = "8m")]
    pub time_limit: String,

    /// Skip any single file larger than this (bytes, or with K/M/G suffix,
    /// powers of 1024).
    #[arg(long, value_name = "SIZE", default_value = "1G")]
    pub max_file_size: String,

    /// Stop taking files once this many bytes were collected. The default
    /// keeps the tarball under Live Response's 3 GB getfile limit.
    #[arg(long, value_name = "SIZE", default_value = "2G")]
    pub max_total_size: String,

    /// More directories for the `files` listing (comma-separated target
    /// paths, e.g. /Volumes/USB,/opt): each is listed 3 levels deep, at
    /// most 50,000 entries.
    #[arg(long, value_name = "PATH,...", value_delimiter = ',')]
    pub files_extra: Vec<PathBuf>,

    /// Write a parsed stream larger than this as numbered parts,
    /// parsed/<stream>.0001.jsonl, .0002... (concatenated in order, they
    /// are the stream), each archived as soon as it is full: the staging
    /// space a run needs stays near this per stream.
    #[arg(long, value_name = "SIZE", default_value = "128M")]
    pub part_size: String,

    /// Run at the lowest CPU priority (nice 19) and, on macOS, the utility
    /// disk I/O tier, so the user's own work goes first (the Live Response
    /// wrapper's default). On an idle machine it costs nothing.
    #[arg(long, overrides_with = "normal_priority")]
    pub low_priority: bool,

    /// Keep the priority the run was started with (undoes an earlier
    /// --low-priority, e.g. the wrapper's).
    #[arg(long, overrides_with = "low_priority")]
    pub normal_priority: bool,

    /// Which unified log entries to decode into parsed/unified_logs.jsonl:
    /// `topics` (the investigator's topics: auth, accounts, tcc,
    /// gatekeeper, xprotect, persistence, volumes, install; see
    /// docs/collectors/unified_logs.md), `all`, or `none` (archive the
    /// store only).
    #[arg(long, value_name = "topics|all|none", default_value = "topics")]
    pub unified_logs: String,

    /// Decode the unified log entries of this long before the newest log
    /// file (e.g. 3d, 12h; 0 means everything collected).
    #[arg(long, value_name = "DURATION", default_value = "3d")]
    pub unified_logs_since: String,

    /// The unified log store's own budget: the newest tracev3 files, with
    /// the uuidtext, dsc and timesync files they need, up to this size
    /// (bytes, or with K/M/G suffix); the rest is listed in the manifest.
    #[arg(long, value_name = "SIZE", default_value = "1G")]
    pub unified_logs_max_size: String,

    /// gzip compression level, 0-9.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_COMPRESSION, value_parser = clap::value_parser!(u32).range(0..=9))]
    pub compression_level: u32,
}

/// The default gzip level: see docs/performance.md for the measurement.
pub const DEFAULT_COMPRESSION: u32 = 1;

#[derive(Debug, Args)]
pub struct KillTreeArgs {
    /// The process at the top of the tree.
    pub pid: i32,
    /// The signal to send after stopping the tree (name or number).
    #[arg(long, value_name = "NAME", default_value = "KILL")]
    pub signal: String,
    /// Only show what would be killed.
    #[arg(long)]
    pub dry_run: bool,
}

/// `--title` and `--message` take one or more words, joined with spaces:
/// Live Response splits `-parameters` on white space, so a message need not
/// be quoted to survive it.
#[derive(Debug, Args)]
pub struct NotifyArgs {
    /// The dialog's title.
    #[arg(long, value_name = "TEXT", num_args = 1.., default_value = "Security notice")]
    pub title: Vec<String>,
    /// The message shown to the user.
    #[arg(long, value_name = "TEXT", num_args = 1.., required = true)]
    pub message: Vec<String>,
    /// Close the dialog after this many seconds.
    #[arg(long, value_name = "SECS")]
    pub timeout: Option<u32>,
}

/// A collection, resolved and checked.
#[derive(Clone)]
pub struct Plan {
    /// The evidence root, absolute and canonical.
    pub root: PathBuf,
    /// True when the root is `/`: the running system.
    pub live: bool,
    /// The output directory, absolute and canonical.
    pub output: PathBuf,
    /// The collectors to run, in the order they start: cheap ones first,
    /// then registry order.
    pub selected: Vec<&'static dyn Collector>,
    /// Deselected collectors, with why.
    pub deselected: Vec<(&'static str, String)>,
    pub quiet: bool,
    pub time_limit: Option<Duration>,
    pub max_file_size: u64,
    pub max_total_size: u64,
    pub compression_level: u32,
    /// Lower the run's CPU and disk priority (`--low-priority`).
    pub low_priority: bool,
    /// More locations for the `files` collector: absolute target paths.
    pub files_extra: Vec<PathBuf>,
    /// The size at which a parsed stream is split into parts.
    pub part_size: u64,
    /// The unified log collector's choices.
    pub unified_logs: mactriage_collectors::unified_logs::Settings,
    /// The command line as typed.
    pub argv: Vec<String>,
}

/// Why a directory given as `flag` cannot be used: which path, what went
/// wrong, and (when it does not exist) `hint`.
fn dir_error(flag: &str, path: &std::path::Path, e: &std::io::Error, hint: &str) -> anyhow::Error {
    if e.kind() == std::io::ErrorKind::NotFound {
        anyhow!("{flag} {}: no such directory; {hint}", path.display())
    } else {
        anyhow!("{flag} {}: {e}", path.display())
    }
}

/// Parse `90s`, `8m`, `1h`, `1m30s` or a plain number of seconds; `0`
/// means no limit.
pub fn parse_duration(s: &str) -> Result<Option<Duration>> {
    let s = s.trim();
    if s.is_empty() {
        bail!("empty duration");
    }
    if let Ok(n) = s.parse::<f64>() {
        if !n.is_finite() || n < 0.0 {
            bail!("invalid duration {s:?}");
        }
        return Ok(if n == 0.0 {
            None
        } else {
            Some(Duration::from_secs_f64(n))
        });
    }
    let mut total = 0f64;
    let mut num = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() || c == '.' {
            num.push(c);
            continue;
        }
        let n: f64 = num
            .parse()
            .map_err(|_| anyhow!("invalid duration {s:?}: expected e.g. 90s, 8m, 1h"))?;
        num.clear();
        total += match c {
            's' => n,
            'm' => n * 60.0,
            'h' => n * 3600.0,
            'd' => n * 86400.0,
            _ => bail!("invalid duration {s:?}: unknown unit {c:?} (use s, m, h or d)"),
        };
    }
    if !num.is_empty() {
        bail!("invalid duration {s:?}: a number needs a unit (s, m or h)");
    }
    Ok(if total == 0.0 {
        None
    } else {
        Some(Duration::from_secs_f64(total))
    })
}

/// Parse a size: bytes, or a number with K, M or G (powers of 1024).
pub fn parse_size(s: &str) -> Result<u64> {
    let s = s.trim();
    let (num, mult) = match s.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let mult: u64 = match c.to_ascii_uppercase() {
                'K' => 1 << 10,
                'M' => 1 << 20,
                'G' => 1 << 30,
                'T' => 1 << 40,
                _ => bail!("invalid size {s:?}: unknown suffix {c:?} (use K, M or G)"),
            };
            (&s[..i], mult)
        }
        _ => (s, 1),
    };
    let n: f64 = num
        .trim()
        .parse()
        .map_err(|_| anyhow!("invalid size {s:?}: expected e.g. 500M, 2G or a number of bytes"))?;
    if !n.is_finite() || n < 0.0 {
        bail!("invalid size {s:?}");
    }
    let bytes = n * mult as f64;
    if bytes > u64::MAX as f64 {
        bail!("size {s:?} is too large");
    }
    Ok(bytes as u64)
}

/// Paths on the target named on the command line: absolute, no `..`,
/// no duplicates; order kept.
fn check_target_paths(flag: &str, paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = Vec::new();
    for p in paths {
        if p.as_os_str().is_empty() {
            continue;
        }
        if !p.is_absolute() {
            bail!("{flag} {}: not an absolute path on the target", p.display());
        }
        let mut clean = PathBuf::from("/");
        for c in p.components() {
            match c {
                std::path::Component::Normal(n) => clean.push(n),
                std::path::Component::RootDir | std::path::Component::CurDir => {}
                _ => bail!("{flag} {}: `..` is not allowed", p.display()),
            }
        }
        if !out.contains(&clean) {
            out.push(clean);
        }
    }
    Ok(out)
}

impl CollectArgs {
    /// Resolve the flags into a plan, checking everything that can be
    /// checked before a tarball is started.
    pub fn resolve(&self, argv: &[OsString]) -> Result<Plan> {
        let root = std::fs::canonicalize(&self.root).map_err(|e| {
            dir_error(
                "--root",
                &self.root,
                &e,
                "give the evidence root: / for this Mac, or where an image is mounted",
            )
        })?;
        if !root.is_dir() {
            bail!("--root {}: not a directory", self.root.display());
        }
        let live = root == std::path::Path::new("/");

        let output = match &self.output {
            Some(p) => p.clone(),
            None => std::env::current_dir().context("cannot determine the current directory")?,
        };
        let output = std::fs::canonicalize(&output).map_err(|e| {
            dir_error(
                "--output",
                &output,
                &e,
                &format!(
                    "create it first (mkdir -p \"{}\") or name an existing directory",
                    output.display()
                ),
            )
        })?;
        if !output.is_dir() {
            bail!("--output {}: not a directory", output.display());
        }
        nix::unistd::access(
            &output,
            nix::unistd::AccessFlags::W_OK | nix::unistd::AccessFlags::X_OK,
        )
        .map_err(|e| anyhow!("--output {}: not writable ({e})", output.display()))?;

        let registry = mactriage_collectors::REGISTRY;
        let names: BTreeSet<&str> = registry.iter().map(|c| c.name()).collect();
        for n in self.only.iter().chain(self.skip.iter()) {
            if !names.contains(n.as_str()) {
                bail!(
                    "unknown collector {n:?}; known: {}",
                    names.iter().copied().collect::<Vec<_>>().join(", ")
                );
            }
        }
        let mut selected = Vec::new();
        let mut deselected = Vec::new();
        for &c in registry {
            let desc = c.describe();
            let name = desc.name;
            if !self.only.is_empty() && !self.only.iter().any(|n| n == name) {
                deselected.push((name, "not selected (--only)".to_string()));
            } else if self.skip.iter().any(|n| n == name) {
                deselected.push((name, "skipped (--skip)".to_string()));
            } else if desc.scope == Scope::LiveOnly && !live {
                deselected.push((
                    name,
                    format!(
                        "live-only: the root is {}, not the running system",
                        root.display()
                    ),
                ));
            } else {
                selected.push(c);
            }
        }
        // Stable: registry order within each cost.
        selected.sort_by_key(|c| c.describe().cost);

        Ok(Plan {
            root,
            live,
            output,
            selected,
            deselected,
            quiet: self.quiet,
            time_limit: parse_duration(&self.time_limit).context("--time-limit")?,
            max_file_size: parse_size(&self.max_file_size).context("--max-file-size")?,
            max_total_size: parse_size(&self.max_total_size).context("--max-total-size")?,
            compression_level: self.compression_level,
            low_priority: self.low_priority && !self.normal_priority,
            files_extra: check_target_paths("--files-extra", &self.files_extra)?,
            part_size: match parse_size(&self.part_size).context("--part-size")? {
                0 => bail!("--part-size: must be more than 0"),
                n => n,
            },
            unified_logs: mactriage_collectors::unified_logs::Settings {
                max_size: parse_size(&self.unified_logs_max_size)
                    .context("--unified-logs-max-size")?,
                selection: match self.unified_logs.as_str() {
                    "topics" => mactriage_collectors::unified_logs::Selection::Topics,
                    "all" => mactriage_collectors::unified_logs::Selection::All,
                    "none" => mactriage_collectors::unified_logs::Selection::None,
                    other => bail!("--unified-logs {other:?}: expected topics, all or none"),
                },
                since: parse_duration(&self.unified_logs_since).context("--unified-logs-since")?,
                // Set by the run, from its start.
                now: None,
                decoders: mactriage_collectors::unified_logs::DEFAULT_DECODERS,
            },
            argv: argv
                .iter()
                .map(|a| a.to_string_lossy().into_owned())
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90").unwrap(), Some(Duration::from_secs(90)));
        assert_eq!(parse_duration("2s").unwrap(), Some(Duration::from_secs(2)));
        assert_eq!(
            parse_duration("8m").unwrap(),
            Some(Duration::from_secs(480))
        );
        assert_eq!(
            parse_duration("1m30s").unwrap(),
            Some(Duration::from_secs(90))
        );
        assert_eq!(
            parse_duration("1h").unwrap(),
            Some(Duration::from_secs(3600))
        );
        assert_eq!(parse_duration("0").unwrap(), None);
        assert!(parse_duration("5x").is_err());
        assert!(parse_duration("m").is_err());
        assert!(parse_duration("5m3").is_err());
        assert!(parse_duration("-1").is_err());
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("123").unwrap(), 123);
        assert_eq!(parse_size("4K").unwrap(), 4096);
        assert_eq!(parse_size("1.5M").unwrap(), 1_572_864);
        assert_eq!(parse_size("2g").unwrap(), 2 << 30);
        assert!(parse_size("2X").is_err());
        assert!(parse_size("").is_err());
        assert!(parse_size("-5").is_err());
    }

    #[test]
    fn files_extra_paths_are_checked() {
        let p = |v: &[&str]| -> Vec<PathBuf> { v.iter().map(PathBuf::from).collect() };
        assert_eq!(
            check_target_paths(
                "--files-extra",
                &p(&["/Volumes/USB/", "/opt/./x", "/Volumes/USB"])
            )
            .unwrap(),
            p(&["/Volumes/USB", "/opt/x"])
        );
        assert!(check_target_paths("--files-extra", &p(&["relative"])).is_err());
        assert!(check_target_paths("--files-extra", &p(&["/a/../etc"])).is_err());
        let cli =
            Cli::try_parse_from(["mactriage", "collect", "--files-extra", "/Volumes/USB,/opt"])
                .unwrap();
        let Command::Collect(c) = cli.command else {
            panic!("not collect")
        };
        assert_eq!(c.files_extra, p(&["/Volumes/USB", "/opt"]));
    }

    #[test]
    fn notify_joins_words_split_by_live_response() {
        let cli = Cli::try_parse_from([
            "mactriage",
            "notify",
            "--title",
            "IT",
            "Security",
            "--message",
            "Mac",
            "isolated.",
            "Call",
            "us.",
            "--timeout",
            "30",
        ])
        .unwrap();
        let Command::Notify(n) = cli.command else {
            panic!("not notify")
        };
        assert_eq!(n.title.join(" "), "IT Security");
        assert_eq!(n.message.join(" "), "Mac isolated. Call us.");
        assert_eq!(n.timeout, Some(30));
        let default = Cli::try_parse_from(["mactriage", "notify", "--message", "x"]).unwrap();
        let Command::Notify(n) = default.command else {
            panic!("not notify")
        };
        assert_eq!(n.title.join(" "), "Security notice");
        assert!(Cli::try_parse_from(["mactriage", "notify"]).is_err());
    }
}
