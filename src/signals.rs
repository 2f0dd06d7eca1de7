//! SIGINT and SIGTERM during a collection (Live Response ends a command
//! that runs too long with a signal).
//!
//! A signal stops the taking of files (the budget's interrupt): the run
//! lists what it found, finishes and publishes a tarball that says it was
//! interrupted; if that takes longer than [`INTERRUPT_DEADLINE`], or a second
//! signal comes, the watcher removes the staging directory and temporary
//! file and exits with status 2.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use mactriage_collectors::kit::{Budget, Events, Level};

use crate::log::RunLog;
use crate::output;

/// After a signal, the time allowed to finish and publish a tarball before
/// the run removes what it wrote and exits.
pub const INTERRUPT_DEADLINE: Duration = Duration::from_secs(6);

/// Where the run stands, for the signal watcher: it may abandon the run
/// only before publishing begins, and never after.
const RUNNING: u8 = 0;
const PUBLISHING: u8 = 1;
const ABANDONED: u8 = 2;
const OVER: u8 = 3;

/// SIGINT and SIGTERM set a flag (installed first thing, so that a signal
/// never finds the default action once the run has files to clean up); a
/// watcher turns it into a budget stop, and exits the process (after
/// cleaning up) if the run cannot publish in time. Publishing and
/// abandoning exclude each other: once the tarball is being published the
/// watcher waits for it, and once the watcher has abandoned the run nothing
/// is published.
pub struct SignalWatch {
    flag: Arc<AtomicBool>,
    state: Arc<AtomicU8>,
}

impl SignalWatch {
    pub fn install() -> Result<SignalWatch> {
        let flag = Arc::new(AtomicBool::new(false));
        for sig in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
            signal_hook::flag::register(sig, flag.clone())
                .context("cannot install the signal handlers")?;
        }
        Ok(SignalWatch {
            flag,
            state: Arc::new(AtomicU8::new(RUNNING)),
        })
    }

    pub fn start(
        &self,
        budget: Arc<Budget>,
        log: Arc<RunLog>,
        staging: PathBuf,
        tmp: PathBuf,
    ) -> Result<()> {
        let flag = self.flag.clone();
        let state = self.state.clone();
        let over = |state: &AtomicU8| state.load(Ordering::SeqCst) == OVER;
        std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                while !flag.load(Ordering::SeqCst) {
                    if over(&state) {
                        return;
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                budget.interrupt();
                log.log(
                    Level::Warn,
                    "mactriage",
                    "interrupted by a signal: taking no more files, finishing the tarball",
                );
                let deadline = Instant::now() + INTERRUPT_DEADLINE;
                flag.store(false, Ordering::SeqCst);
                while Instant::now() < deadline {
                    if over(&state) {
                        return;
                    }
                    if flag.load(Ordering::SeqCst) {
                        // A second signal: stop now.
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(20));
                }
                if state
                    .compare_exchange(RUNNING, ABANDONED, Ordering::SeqCst, Ordering::SeqCst)
                    .is_err()
                {
                    // Publishing (it takes no time) or over: let it end.
                    return;
                }
                output::remove_leftovers(&staging, &tmp);
                log.clear();
                eprintln!("mactriage: error: interrupted; no tarball was written");
                std::process::exit(2);
            })
            .context("cannot start the signal watcher")?;
        Ok(())
    }

    /// The tarball is about to be published: false when the watcher has
    /// abandoned the run (it is removing what was written and exiting).
    pub fn begin_publish(&self) -> bool {
        self.state
            .compare_exchange(RUNNING, PUBLISHING, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
    }

    /// The run is over (published or failed): the watcher must not touch
    /// anything any more.
    pub fn finish(&self) {
        let _ = self
            .state
            .compare_exchange(RUNNING, OVER, Ordering::SeqCst, Ordering::SeqCst);
        let _ = self
            .state
            .compare_exchange(PUBLISHING, OVER, Ordering::SeqCst, Ordering::SeqCst);
    }
}

impl Drop for SignalWatch {
    fn drop(&mut self) {
        self.finish();
    }
}
