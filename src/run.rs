//! One collection run, from plan to published tarball.
//!
//! 1. Open the temporary tarball (exclusively, mode 0600) and a private
//!    staging directory in the output directory.
//! 2. Start the archive writer thread; run the selected collectors on two
//!    worker threads (parsing overlaps compression).
//! 3. When every collector is done, add the body file, the log and the
//!    manifest, close the gzip stream, `fsync`, and publish the tarball under
//!    its final name, never replacing an existing file; write `.sha256`.
//!
//! Whatever happens to one collector, the others run and the tarball is
//! written; only a failure to write the tarball itself ends the run early
//! (exit status 2, and no file is left under the final name).

use std::collections::{BTreeMap, VecDeque};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use anyhow::{anyhow, Context, Result};
use serde_json::json;

use mactriage_collectors::collect::{
    is_budget_message, run_collector, Budget, Collector, CollectorReport, Env, Events, Issue,
    Level, Status,
};
use mactriage_collectors::source::{EvidenceSource, FsSource};
use mactriage_collectors::{registry, users};

use crate::archive::{self, ChannelSink, FileEntry, HashingWriter, Writer};
use crate::cli::Plan;
use crate::host;
use crate::log::RunLog;

/// Collector threads. Two keep one core parsing while the writer
/// compresses, without taking over a laptop with more cores.
const WORKERS: usize = 2;
/// Compression threads. Compressing is the costliest step; two threads keep
/// it off the critical path on a 2-core laptop (see docs/performance.md).
const COMPRESSION_THREADS: usize = 2;
/// Archive items queued ahead of the writer (each holds a small staged
/// file or an open descriptor, never file contents).
const QUEUE: usize = 64;

/// Removes the staging directory, an unpublished temporary tarball and the
/// `.sha256` of a tarball that was not published.
struct Cleanup {
    staging: PathBuf,
    tmp: Option<PathBuf>,
    sha: Option<PathBuf>,
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.staging);
        for p in [&self.tmp, &self.sha].into_iter().flatten() {
            let _ = std::fs::remove_file(p);
        }
    }
}

/// `manifest.json`: the keys of `head`, then `files` and `outputs`.
#[derive(serde::Serialize)]
struct Manifest<'a> {
    #[serde(flatten)]
    head: &'a serde_json::Value,
    files: &'a [FileEntry],
    directories: &'a [FileEntry],
    outputs: &'a [FileEntry],
}

pub struct Outcome {
    pub tarball: PathBuf,
    pub exit: ExitCode,
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Ok => "ok",
        Status::Partial => "partial",
        Status::Failed => "failed",
        Status::Skipped => "skipped",
    }
}

pub fn collect(plan: &Plan) -> Result<Outcome> {
    let started = chrono::Utc::now();
    let clock = Instant::now();
    let source: Arc<dyn EvidenceSource> =
        Arc::new(FsSource::new(&plan.root, plan.live).exclude(&plan.output));
    let host = host::host_info(&*source);
    let checks = host::startup_checks(&*source);

    let name = format!(
        "mactriage_{}_{}.tar.gz",
        host::safe_name(&host.hostname),
        started.format("%Y%m%dT%H%M%SZ")
    );
    let final_path = plan.output.join(&name);
    if std::fs::symlink_metadata(&final_path).is_ok() {
        return Err(anyhow!("{} already exists", final_path.display()));
    }
    let tmp_path = plan.output.join(format!(".{name}.partial"));
    let staging = plan.output.join(format!(
        ".mactriage-staging-{}-{}",
        std::process::id(),
        started.timestamp()
    ));
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .mode(0o700)
            .create(&staging)
            .with_context(|| format!("cannot create {}", staging.display()))?;
    }
    let mut cleanup = Cleanup {
        staging: staging.clone(),
        tmp: None,
        sha: None,
    };
    let files_dir = staging.join("files");
    std::fs::create_dir(&files_dir)
        .with_context(|| format!("cannot create {}", files_dir.display()))?;

    let log = Arc::new(
        RunLog::new(
            &staging.join("collection.log"),
            plan.quiet,
            plan.selected.len(),
        )
        .context("cannot create the log file")?,
    );
    let out = archive::create_exclusive(&tmp_path)
        .with_context(|| format!("cannot create {}", tmp_path.display()))?;
    cleanup.tmp = Some(tmp_path.clone());

    log.log(
        Level::Info,
        "mactriage",
        &format!(
            "version {}; root {} ({}); output {}",
            env!("CARGO_PKG_VERSION"),
            plan.root.display(),
            if plan.live { "live system" } else { "dead box" },
            final_path.display()
        ),
    );
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

    let budget = Arc::new(Budget::new(
        plan.time_limit,
        plan.max_file_size,
        plan.max_total_size,
    ));
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

    let (homes, discovery_issues) = users::discover(&*source);
    for i in &discovery_issues {
        log.log(
            Level::Warn,
            "users",
            &format!("{}: {}", i.path.display(), i.message),
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
                .map(|h| h.home.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    );

    let all = registry();
    let selected: Vec<&'static dyn Collector> = all
        .iter()
        .copied()
        .filter(|c| plan.selected.contains(&c.name()))
        .collect();
    let env = Env::new(
        source.clone(),
        homes.clone(),
        files_dir,
        Arc::new(ChannelSink {
            tx,
            progress: log.clone(),
        }),
        budget.clone(),
        log.clone(),
    );
    let queue = Mutex::new(selected.into_iter().collect::<VecDeque<_>>());
    let reports = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for i in 0..WORKERS {
            let (env, queue, reports, log) = (&env, &queue, &reports, &log);
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
    // Dropping the environment drops the last sender: the writer finishes.
    drop(env);
    let done = writer_thread
        .join()
        .map_err(|_| anyhow!("the archive writer failed internally"))?;
    if let Some(e) = done.fatal {
        log.clear();
        return Err(anyhow!(
            "cannot write the archive {}: {e}",
            tmp_path.display()
        ));
    }
    let mut writer = done.writer;

    // Reports in registry order, with deselected collectors and writer issues.
    let mut by_name: BTreeMap<String, CollectorReport> = reports
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .map(|r| (r.name.clone(), r))
        .collect();
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
            None => log.log(Level::Warn, "mactriage", &wi.issue.message),
        }
    }
    let reports: Vec<CollectorReport> = all
        .iter()
        .filter_map(|c| by_name.remove(c.name()))
        .collect();

    let (files, mut outputs): (Vec<FileEntry>, Vec<FileEntry>) =
        std::mem::take(&mut writer.entries)
            .into_iter()
            .partition(|e| e.source.is_some());
    let directories = std::mem::take(&mut writer.directories);

    let mut bodyfile = String::new();
    for e in files.iter().chain(&directories) {
        if let Some(line) = archive::bodyfile_line(e) {
            bodyfile.push_str(&line);
            bodyfile.push('\n');
        }
    }
    let count = |s: Status| reports.iter().filter(|r| r.status == s).count();
    let (ok, partial, failed, skipped) = (
        count(Status::Ok),
        count(Status::Partial),
        count(Status::Failed),
        count(Status::Skipped),
    );
    let records: u64 = reports.iter().map(|r| r.records).sum();
    let bytes: u64 = files.iter().map(|e| e.size).sum();
    let clean = partial == 0 && failed == 0 && discovery_issues.is_empty();
    let ended = chrono::Utc::now();
    let elapsed = clock.elapsed().as_secs_f64();
    log.log(
        Level::Info,
        "mactriage",
        &format!(
            "collection finished in {elapsed:.1}s: {ok} ok, {partial} partial, {failed} failed, {skipped} skipped; {records} records, {} files, {bytes} bytes",
            files.len()
        ),
    );
    log.close();

    outputs.push(
        writer
            .append_generated("bodyfile/bodyfile.txt", bodyfile.as_bytes())
            .context("cannot write the body file")?,
    );
    let log_bytes = std::fs::read(staging.join("collection.log")).unwrap_or_default();
    outputs.push(
        writer
            .append_generated("collection.log", &log_bytes)
            .context("cannot write the log")?,
    );

    let ts =
        |t: chrono::DateTime<chrono::Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let manifest = json!({
        "tool": {"name": "mactriage", "version": env!("CARGO_PKG_VERSION")},
        "host": host,
        "collection": {
            "root": plan.root.to_string_lossy(),
            "live": plan.live,
            "started": ts(started),
            "ended": ts(ended),
            "duration_s": elapsed,
            "command_line": plan.argv,
            "tarball": name,
            "checks": checks,
            "limits": {
                "time_limit_s": plan.time_limit.map(|d| d.as_secs_f64()),
                "time_limit_reached": plan.time_limit.is_some() && (budget.time_up() || reports.iter().any(|r| {
                    r.errors.iter().any(|e| e.message.contains("time limit"))
                })),
                "max_file_size": plan.max_file_size,
                "max_total_size": plan.max_total_size,
                "bytes_accounted": budget.used(),
            },
            "compression_level": plan.compression_level,
        },
        "summary": {
            "status": if clean { "ok" } else { "partial" },
            "collectors": {"ok": ok, "partial": partial, "failed": failed, "skipped": skipped},
            "records": records,
            "files": files.len(),
            "bytes": bytes,
        },
        "users": homes,
        "errors": discovery_issues.iter().map(|i| Issue {
            path: Some(i.path.to_string_lossy().into_owned()),
            message: i.message.clone(),
        }).collect::<Vec<_>>(),
        "skipped": reports.iter().flat_map(|r| {
            r.errors.iter().filter(|e| is_budget_message(&e.message)).map(move |e| json!({
                "collector": r.name,
                "path": e.path,
                "reason": e.message,
            }))
        }).collect::<Vec<_>>(),
        "collectors": reports.iter().map(|r| {
            let mut v = serde_json::to_value(r).unwrap_or_default();
            v["status"] = json!(status_name(r.status));
            v
        }).collect::<Vec<_>>(),
    });
    // The file lists are serialized from the entries themselves: turning
    // them into a `Value` first would hold a second, larger copy of every
    // entry (a store of 100,000 files cost hundreds of MB).
    let manifest = Manifest {
        head: &manifest,
        files: &files,
        directories: &directories,
        outputs: &outputs,
    };
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
    // The .sha256 is written before the tarball is published: once the
    // tarball has its final name the run cannot fail any more, so exit
    // status 2 always means that no tarball was left.
    let sha_path = sha256_path(&final_path);
    write_sha256(&sha_path, &name, &sha256, &mut cleanup)?;
    archive::publish(&tmp_path, &final_path)
        .with_context(|| format!("cannot move the archive to {}", final_path.display()))?;
    cleanup.tmp = None;
    cleanup.sha = None;

    log.summary(&format!(
        "mactriage: {} in {elapsed:.1}s: {ok} ok, {partial} partial, {failed} failed, {skipped} skipped; {records} records, {} files ({:.1} MB read, {:.1} MB written); sha256 {sha256}",
        if clean { "done" } else { "done with errors (see manifest.json)" },
        files.len(),
        bytes as f64 / 1e6,
        size as f64 / 1e6,
    ));
    drop(cleanup);
    Ok(Outcome {
        tarball: final_path,
        exit: if clean {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        },
    })
}

fn sha256_path(tarball: &Path) -> PathBuf {
    let mut p = tarball.as_os_str().to_owned();
    p.push(".sha256");
    PathBuf::from(p)
}

/// Create `<tarball>.sha256` exclusively (never through a symlink, never
/// over a file); on failure, nothing of it is left.
fn write_sha256(path: &Path, name: &str, sha256: &str, cleanup: &mut Cleanup) -> Result<()> {
    let mut f = archive::create_exclusive(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    cleanup.sha = Some(path.to_path_buf());
    writeln!(f, "{sha256}  {name}")
        .and_then(|_| f.flush())
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}
