//! The run's log and its display on stderr.
//!
//! Every line goes to `collection.log` (inside the tarball). On stderr:
//! - on a terminal, a live progress line, with warnings printed above it;
//! - otherwise, plain lines (collectors starting and finishing, warnings);
//! - with `--quiet`, errors only.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use mactriage_collectors::kit::{Events, Level};

enum Display {
    Quiet,
    Plain,
    Terminal(ProgressBar),
}

pub struct RunLog {
    file: Mutex<Option<BufWriter<File>>>,
    display: Display,
    total: usize,
    done: AtomicU64,
    files: AtomicU64,
    bytes: AtomicU64,
    queued: AtomicU64,
    running: Mutex<BTreeSet<String>>,
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl RunLog {
    pub fn new(log_path: &Path, quiet: bool, total: usize) -> std::io::Result<RunLog> {
        let file = BufWriter::new(
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(log_path)?,
        );
        let display = if quiet {
            Display::Quiet
        } else if std::io::stderr().is_terminal() {
            let pb = ProgressBar::new_spinner();
            pb.set_style(
                ProgressStyle::with_template("{spinner} {elapsed:>4} {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            pb.enable_steady_tick(Duration::from_millis(120));
            Display::Terminal(pb)
        } else {
            Display::Plain
        };
        Ok(RunLog {
            file: Mutex::new(Some(file)),
            display,
            total,
            done: AtomicU64::new(0),
            files: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
            queued: AtomicU64::new(0),
            running: Mutex::new(BTreeSet::new()),
        })
    }

    fn write_file(&self, line: &str) {
        if let Ok(mut guard) = self.file.lock() {
            if let Some(f) = guard.as_mut() {
                let _ = writeln!(f, "{line}");
            }
        }
    }

    fn refresh(&self) {
        if let Display::Terminal(pb) = &self.display {
            let running = self
                .running
                .lock()
                .map(|r| r.iter().cloned().collect::<Vec<_>>().join(", "))
                .unwrap_or_default();
            let done = self.done.load(Ordering::Relaxed) as usize;
            let doing = if done >= self.total {
                "finishing the archive".to_string()
            } else {
                format!("running: {running}")
            };
            pb.set_message(format!(
                "collectors {done}/{} · {} files · archived {:.1} of {:.1} MB · {doing}",
                self.total,
                self.files.load(Ordering::Relaxed),
                self.bytes.load(Ordering::Relaxed) as f64 / 1e6,
                self.queued.load(Ordering::Relaxed) as f64 / 1e6,
            ));
        }
    }

    /// Print to stderr according to the display mode.
    fn show(&self, level: Level, line: &str) {
        match &self.display {
            Display::Quiet if level >= Level::Warn => eprintln!("{line}"),
            Display::Quiet => {}
            Display::Plain if level >= Level::Info => eprintln!("{line}"),
            Display::Plain => {}
            Display::Terminal(pb) if level >= Level::Warn => pb.println(line),
            Display::Terminal(_) => {}
        }
    }

    pub fn collector_started(&self, name: &str) {
        if let Ok(mut r) = self.running.lock() {
            r.insert(name.to_string());
        }
        self.refresh();
    }

    pub fn collector_finished(&self, name: &str) {
        if let Ok(mut r) = self.running.lock() {
            r.remove(name);
        }
        self.done.fetch_add(1, Ordering::Relaxed);
        self.refresh();
    }

    pub fn file_archived(&self) {
        self.files.fetch_add(1, Ordering::Relaxed);
        self.refresh();
    }

    /// A line that must reach the user whatever the mode (the summary).
    pub fn summary(&self, line: &str) {
        self.write_file(line);
        match &self.display {
            Display::Quiet => {}
            Display::Plain => eprintln!("{line}"),
            Display::Terminal(pb) => {
                pb.finish_and_clear();
                eprintln!("{line}");
            }
        }
    }

    /// Stop the progress display.
    pub fn clear(&self) {
        if let Display::Terminal(pb) = &self.display {
            pb.finish_and_clear();
        }
    }

    /// Flush and close the log file (before it is archived).
    pub fn close(&self) {
        if let Ok(mut guard) = self.file.lock() {
            if let Some(mut f) = guard.take() {
                let _ = f.flush();
            }
        }
    }
}

impl crate::archive::Progress for RunLog {
    fn queued(&self, bytes: u64) {
        self.queued.fetch_add(bytes, Ordering::Relaxed);
    }

    fn archived(&self, bytes: u64) {
        let before = self.bytes.fetch_add(bytes, Ordering::Relaxed);
        // Redraw about every megabyte, not on every chunk.
        if (before >> 20) != ((before + bytes) >> 20) {
            self.refresh();
        }
    }
}

impl Events for RunLog {
    fn log(&self, level: Level, collector: &str, message: &str) {
        let tag = match level {
            Level::Debug => "DEBUG",
            Level::Info => "INFO",
            Level::Warn => "WARN",
            Level::Error => "ERROR",
        };
        // Messages carry names from the evidence: never let them move the
        // terminal's cursor, retitle it, or forge a line of the log.
        let message = mactriage_collectors::kit::text::printable_str(message);
        let line = format!("{} {tag:5} {collector}: {message}", now());
        self.write_file(&line);
        self.show(level, &format!("mactriage: {tag} {collector}: {message}"));
    }
}
