//! One collection run, from plan to published tarball.
//!
//! 1. [`Output`] reserves a free tarball name, its temporary file and a
//!    private staging directory; the archive writer starts on its own
//!    thread.
//! 2. The selected collectors (handed out by the plan, cheap ones first) run
//!    on [`WORKERS`] threads; parsing overlaps compression.
//! 3. The triage report is written from the parsed streams, read on its own
//!    thread as each collector finishes (see [`report::Tap`]); the body
//!    file, the log, the report
//!    and the [`Manifest`] are appended, the gzip stream is closed and
//!    synced, and the tarball is published.
//!
//! Whatever happens to one collector, the others run and the tarball is
//! written; only a failure to write the tarball itself ends the run early
//! (exit status 2, and nothing is left behind). SIGINT and SIGTERM stop the
//! taking of files: the run lists what it had found, finishes and publishes
//! a tarball that says it was interrupted, or, if that takes more than
//! [`crate::signals::INTERRUPT_DEADLINE`], removes what it wrote and exits with status 2.

use std::collections::{BTreeMap, VecDeque};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context, Result};

use mactriage_collectors::kit::source::{EvidenceSource, FsSource};
use mactriage_collectors::kit::users::{self, UserHome};
use mactriage_collectors::kit::{
    run_collector, text, Budget, Collector, CollectorReport, Ctx, Env, Events, Issue, IssueKind,
    Level, Options, Status,
};

use crate::archive::{self, ChannelSink, FileEntry, HashingWriter, Writer};
use crate::cli::Plan;
use crate::host;
use crate::log::RunLog;
use crate::manifest::{self, Collection, Counts, Limits, Manifest, Summary, User};
use crate::output::Output;
use crate::report;
use crate::signals::SignalWatch;

/// Collector threads. Two keep one core parsing while the writer
/// compresses, without taking over a laptop with more cores.
const WORKERS: usize = 2;
/// Compression threads. Compressing is the costliest step; two threads keep
/// it off the critical path on a 2-core laptop (see docs/performance.md).
const COMPRESSION_THREADS: usize = 2;
/// Archive items queued ahead of the writer (each holds a small staged
/// file or an open descriptor, never file contents).
const QUEUE: usize = 64;
/// The most time the report may go on reading records once the collection
/// is over (it reads during the collection too); after a signal, the
/// report takes what it has (the tarball must be published within
/// [`crate::signals::INTERRUPT_DEADLINE`]).
const REPORT_TIME: Duration = Duration::from_secs(30);
const REPORT_TIME_INTERRUPTED: Duration = Duration::from_millis(500);
pub struct Outcome {
    pub tarball: PathBuf,
    pub exit: ExitCode,
}

/// Run the selected collectors on the worker threads.
fn run_workers(
    env: &Env,
    log: &RunLog,
    selected: &[&'static dyn Collector],
) -> Vec<CollectorReport> {
    let queue = Mutex::new(selected.iter().copied().collect::<VecDeque<_>>());
    let reports = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for i in 0..WORKERS {
            let (queue, reports) = (&queue, &reports);
            let spawned = std::thread::Builder::new()
                .name(format!("collector-{i}"))
                .spawn_scoped(s, move || loop {
                    let next = queue.lock().ok().and_then(|mut q| q.pop_front());
                    let Some(c) = next else { break };
                    log.collector_started(c.name());
                    let report = run_collector(env, c);
                    log.collector_finished(c.name());
                    if let Ok(mut r) = reports.lock() {
                        r.push(report);
                    }
                });
            if let Err(e) = spawned {
                log.log(
                    Level::Error,
                    "mactriage",
                    &format!("cannot start a worker: {e}"),
                );
            }
        }
    });
    reports.into_inner().unwrap_or_default()
}

/// Archive target files that no collector reads (symbolic links are
/// recorded as links), reporting problems as run-level issues under `name`
/// unless one about the same path is there already.
fn archive_outside(env: &Env, name: &'static str, paths: &[PathBuf], issues: &mut Vec<Issue>) {
    if paths.is_empty() {
        return;
    }
    let mut ctx = Ctx::new(env, name);
    for p in paths {
        ctx.archive(p);
    }
    for i in ctx.errors() {
        if !issues.iter().any(|x| x.path == i.path) {
            issues.push(i.clone());
        }
    }
}

/// The TSK body file of the collected files and their directories.
fn bodyfile(files: &[FileEntry], directories: &[FileEntry]) -> String {
    let mut out = String::new();
    for e in files.iter().chain(directories) {
        if let Some(line) = archive::bodyfile_line(e) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

fn log_users(log: &RunLog, homes: &[UserHome], issues: &[Issue]) {
    for i in issues {
        log.log(
            Level::Warn,
            "users",
            &format!("{}: {}", i.path.as_deref().unwrap_or(""), i.message),
        );
    }
    log.log(
        Level::Info,
        "users",
        &format!(
            "{} home directories: {}",
            homes.len(),
            homes
                .iter()
                .map(|h| text::printable_os(h.home.as_os_str()).into_owned())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    );
}

pub fn collect(plan: &Plan) -> Result<Outcome> {
    // First, before any thread exists: on Linux a thread's nice value is
    // its own, and the threads started later inherit it from this one.
    let priority = crate::priority::apply(plan.low_priority);
    // Then the allocator, whose trimming thread inherits that priority
    // (memory.rs); a refused threshold leaves glibc's own behaviour.
    crate::memory::tune();
    let signals = SignalWatch::install()?;
    let started = chrono::Utc::now();
    let clock = Instant::now();
    // The output directory is never collected; when it holds the root
    // (`--root` below `--output`), only this run's own files in it are
    // hidden, once they have names.
    let host_source = FsSource::new(&plan.root, plan.live).exclude(&plan.output);
    let (host, mut general_issues) = host::host_info(&host_source);
    let checks = host::startup_checks(&host_source);

    let base = format!(
        "mactriage_{}_{}",
        host::safe_name(&host.hostname),
        started.format("%Y%m%dT%H%M%SZ")
    );
    let (output, out) = Output::create(&plan.output, &base, started.timestamp())?;
    let source: Arc<dyn EvidenceSource> = Arc::new(
        host_source
            .exclude(output.staging())
            .exclude(output.tmp_path()),
    );
    let files_dir = output.staging().join("files");
    std::fs::create_dir(&files_dir)
        .with_context(|| format!("cannot create {}", files_dir.display()))?;
    let log = Arc::new(
        RunLog::new(
            &output.staging().join("collection.log"),
            plan.quiet,
            plan.selected.len(),
        )
        .context("cannot create the log file")?,
    );
    let budget = Arc::new(Budget::new(
        plan.time_limit,
        plan.max_file_size,
        plan.max_total_size,
    ));
    signals.start(
        budget.clone(),
        log.clone(),
        output.staging().to_path_buf(),
        output.tmp_path(),
    )?;

    log.log(
        Level::Info,
        "mactriage",
        &format!(
            "version {}; root {} ({}); output {}",
            env!("CARGO_PKG_VERSION"),
            text::printable_os(plan.root.as_os_str()),
            if plan.live { "live system" } else { "dead box" },
            text::printable_os(output.final_path().as_os_str())
        ),
    );
    for i in &general_issues {
        log.log(
            Level::Warn,
            "host",
            &format!("{}: {}", i.path.as_deref().unwrap_or(""), i.message),
        );
    }
    if priority.low {
        log.log(
            Level::Info,
            "mactriage",
            &format!(
                "low priority: nice {}, disk I/O {}",
                priority
                    .nice
                    .map_or_else(|| "unknown".to_string(), |n| n.to_string()),
                priority.io_policy.unwrap_or("unchanged")
            ),
        );
    }
    for e in &priority.errors {
        log.log(Level::Warn, "mactriage", &format!("priority: {e}"));
    }
    if !checks.running_as_root {
        log.log(
            Level::Warn,
            "mactriage",
            "not running as root: files of other users and of the system will be refused",
        );
    }
    if checks.full_disk_access == Some(false) {
        log.log(Level::Warn, "mactriage", &checks.full_disk_access_detail);
    }

    let writer = Writer::new(
        HashingWriter::new(out),
        plan.compression_level,
        COMPRESSION_THREADS,
        budget.clone(),
    )
    .context("cannot start the compression threads")?
    .with_progress(log.clone())
    .with_source(source.clone());
    let (tx, rx) = std::sync::mpsc::sync_channel(QUEUE);
    let writer_log = log.clone();
    let writer_thread = std::thread::Builder::new()
        .name("archive-writer".into())
        .spawn(move || archive::run_writer(writer, rx, |_| writer_log.file_archived()))
        .context("cannot start the archive writer")?;

    let (homes, discovery) = users::discover(&*source);
    let links: Vec<PathBuf> = discovery
        .iter()
        .filter(|i| i.symlink)
        .map(|i| i.path.clone())
        .collect();
    let discovery: Vec<Issue> = discovery
        .iter()
        .map(|i| Issue::at(i.path.as_os_str(), IssueKind::Error, i.message.clone()))
        .collect();
    log_users(&log, &homes, &discovery);
    general_issues.extend(discovery);

    // The report reads each parsed stream as soon as its collector is
    // done, on its own thread, while the others run.
    let stop_budget = budget.clone();
    let (tap, live_report) = report::Tap::new(
        ChannelSink {
            tx,
            progress: log.clone(),
        },
        Box::new(move || stop_budget.interrupted()),
    )
    .context("cannot start the report's thread")?;
    let env = Env::new(
        source.clone(),
        homes.clone(),
        files_dir,
        Arc::new(tap),
        budget.clone(),
        log.clone(),
    )
    .with_options(Options {
        files_extra: plan.files_extra.clone(),
        part_size: Some(plan.part_size),
        unified_logs: mactriage_collectors::unified_logs::Settings {
            now: Some(started.into()),
            ..plan.unified_logs.clone()
        },
    });
    // The links found where homes should be are evidence too (the host
    // facts files are the host_files collector's).
    archive_outside(&env, "users", &links, &mut general_issues);
    let reports = run_workers(&env, &log, &plan.selected);
    let system = env
        .shared::<mactriage_collectors::system::SummarySlot>()
        .take();
    // Dropping the environment drops the last sender: the writer finishes.
    drop(env);
    let done = writer_thread
        .join()
        .map_err(|_| anyhow!("the archive writer failed internally"))?;
    if let Some(e) = done.fatal {
        log.clear();
        return Err(anyhow!(
            "cannot write the archive {}: {e}",
            output.tmp_path().display()
        ));
    }
    let mut writer = done.writer;

    // Reports in registry order, with deselected collectors and writer issues.
    let mut by_name: BTreeMap<String, CollectorReport> =
        reports.into_iter().map(|r| (r.name.clone(), r)).collect();
    for (name, why) in &plan.deselected {
        by_name.insert(
            name.to_string(),
            CollectorReport::skipped(name, why.clone()),
        );
    }
    for wi in std::mem::take(&mut writer.issues) {
        log.log(
            Level::Warn,
            &wi.collector,
            &format!(
                "{}: {}",
                wi.issue.path.clone().unwrap_or_default(),
                wi.issue.message
            ),
        );
        match by_name.get_mut(&wi.collector) {
            Some(r) => r.add_error(wi.issue),
            // Files archived outside any collector (host facts, links).
            None => general_issues.push(wi.issue),
        }
    }
    let reports: Vec<CollectorReport> = mactriage_collectors::REGISTRY
        .iter()
        .filter_map(|c| by_name.remove(c.name()))
        .collect();

    let (files, mut outputs): (Vec<FileEntry>, Vec<FileEntry>) =
        std::mem::take(&mut writer.entries)
            .into_iter()
            .partition(|e| e.source.is_some());
    let directories = std::mem::take(&mut writer.directories);

    let counts = Counts::of(&reports);
    let records: u64 = reports.iter().map(|r| r.records).sum();
    let bytes: u64 = files.iter().map(|e| e.size).sum();
    let clean = counts.partial == 0
        && counts.failed == 0
        && general_issues.is_empty()
        && !budget.interrupted();
    let ended = chrono::Utc::now();
    let elapsed = clock.elapsed().as_secs_f64();
    log.log(
        Level::Info,
        "mactriage",
        &format!(
            "collection finished in {elapsed:.1}s: {} ok, {} partial, {} failed, {} skipped; {records} records, {} files, {bytes} bytes",
            counts.ok,
            counts.partial,
            counts.failed,
            counts.skipped,
            files.len()
        ),
    );
    let ts =
        |t: chrono::DateTime<chrono::Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let not_collected = manifest::not_collected(&reports);
    let summary_line = format!(
        "{} ok, {} partial, {} failed, {} skipped",
        counts.ok, counts.partial, counts.failed, counts.skipped
    );
    let mut manifest = Manifest {
        tool: manifest::TOOL,
        host: &host,
        system: system.as_ref(),
        collection: Collection {
            root: text::lossy(plan.root.as_os_str()),
            root_b64: text::b64_if_not_utf8(plan.root.as_os_str()),
            live: plan.live,
            started: ts(started),
            ended: ts(ended),
            duration_s: elapsed,
            command_line: &plan.argv,
            tarball: output.name(),
            checks: &checks,
            limits: Limits {
                time_limit_s: plan.time_limit.map(|d| d.as_secs_f64()),
                time_limit_reached: plan.time_limit.is_some()
                    && ((budget.time_up() && !budget.interrupted())
                        || manifest::time_limit_hit(&reports)),
                interrupted: budget.interrupted(),
                max_file_size: plan.max_file_size,
                max_total_size: plan.max_total_size,
                bytes_accounted: budget.used(),
            },
            compression_level: plan.compression_level,
            priority: &priority,
        },
        summary: Summary {
            status: if clean { Status::Ok } else { Status::Partial },
            collectors: counts,
            records,
            files: files.len(),
            bytes,
            not_collected,
        },
        users: homes.iter().map(User::from).collect(),
        errors: &general_issues,
        skipped: manifest::skipped(&reports),
        collectors: &reports,
        files: &files,
        directories: &directories,
        // Set once the outputs are written.
        outputs: &[],
    };

    // The triage report, from the records of this run and this manifest.
    let report_started = Instant::now();
    let (report_html, report_records, report_cut) = live_report.finish(
        &report::manifest_view(&manifest),
        output.name(),
        if budget.interrupted() {
            REPORT_TIME_INTERRUPTED
        } else {
            REPORT_TIME
        },
    );
    log.log(
        if report_cut { Level::Warn } else { Level::Info },
        "mactriage",
        &format!(
            "report.html: {report_records} records read in {:.1}s{}",
            report_started.elapsed().as_secs_f64(),
            if report_cut {
                "; cut short (rebuild it with `mactriage report`)"
            } else {
                ""
            }
        ),
    );
    log.close();

    outputs.push(
        writer
            .append_generated(
                "bodyfile/bodyfile.txt",
                bodyfile(&files, &directories).as_bytes(),
            )
            .context("cannot write the body file")?,
    );
    let log_bytes = std::fs::read(output.staging().join("collection.log")).unwrap_or_default();
    outputs.push(
        writer
            .append_generated("collection.log", &log_bytes)
            .context("cannot write the log")?,
    );

    outputs.push(
        writer
            .append_generated("report.html", report_html.as_bytes())
            .context("cannot write the report")?,
    );
    drop(report_html);

    manifest.outputs = &outputs;
    let manifest_bytes =
        serde_json::to_vec_pretty(&manifest).context("cannot encode the manifest")?;
    writer
        .append_generated("manifest.json", &manifest_bytes)
        .context("cannot write the manifest")?;

    let hashing = writer.finish().context("cannot finish the archive")?;
    let (buf, sha256, size) = hashing.finish();
    let file = buf
        .into_inner()
        .map_err(|e| anyhow!("cannot write the archive: {}", e.error()))?;
    file.sync_all()
        .context("cannot flush the archive to disk")?;
    drop(file);
    if !signals.begin_publish() {
        // The signal watcher gave up on the run: it is removing its files,
        // saying so and exiting. Leave that to it (one message), but never
        // hang if it does not.
        std::thread::sleep(Duration::from_secs(5));
        return Err(anyhow!("interrupted; no tarball was written"));
    }
    let tarball = output.publish(&sha256);
    signals.finish();
    let tarball = tarball?;

    log.summary(&format!(
        "mactriage: {} in {elapsed:.1}s: {summary_line}; {records} records, {} files ({:.1} MB read, {:.1} MB written){}; sha256 {sha256}",
        if budget.interrupted() {
            "interrupted, tarball written"
        } else if clean {
            "done"
        } else {
            "done with errors (see manifest.json)"
        },
        files.len(),
        bytes as f64 / 1e6,
        size as f64 / 1e6,
        if not_collected > 0 {
            format!("; {not_collected} files present and not collected (see manifest.json \"skipped\")")
        } else {
            String::new()
        },
    ));
    Ok(Outcome {
        tarball,
        exit: if clean {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        },
    })
}
