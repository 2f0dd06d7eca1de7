//! The time and size budgets of a run, and the typed reasons a budget gives
//! for leaving something out.
//!
//! Past the time limit no file is taken any more, but collectors go on
//! *enumerating* for a short grace period ([`ENUMERATION_GRACE`]), with
//! `lstat` only, so that the manifest can list every file that was present
//! and not collected; an interruption (SIGINT, SIGTERM) does the same.

use std::fmt::Display;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde::Serialize;

/// How long collectors go on listing, without copying, once the time limit
/// has passed.
pub const ENUMERATION_GRACE: Duration = Duration::from_millis(1500);

/// Which budget (or stop) left something out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Limit {
    /// `--time-limit`.
    TimeLimit,
    /// `--max-file-size`.
    MaxFileSize,
    /// `--max-total-size`.
    MaxTotalSize,
    /// The run was interrupted (SIGINT, SIGTERM).
    Interrupted,
    /// `--unified-logs-max-size`: the unified log store's own budget.
    UnifiedLogsMaxSize,
}

impl Limit {
    /// The option that sets it, for messages.
    pub fn option(self) -> &'static str {
        match self {
            Limit::TimeLimit => "--time-limit",
            Limit::MaxFileSize => "--max-file-size",
            Limit::MaxTotalSize => "--max-total-size",
            Limit::Interrupted => "a signal",
            Limit::UnifiedLogsMaxSize => "--unified-logs-max-size",
        }
    }
}

/// Why a file was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BudgetRefusal {
    TimeLimit,
    FileTooLarge {
        size: u64,
        max: u64,
    },
    TotalSize {
        max: u64,
    },
    Interrupted,
    /// The unified log store's own budget (`--unified-logs-max-size`).
    UnifiedLogsSize {
        max: u64,
    },
}

impl BudgetRefusal {
    /// The budget behind the refusal.
    pub fn limit(&self) -> Limit {
        match self {
            BudgetRefusal::TimeLimit => Limit::TimeLimit,
            BudgetRefusal::FileTooLarge { .. } => Limit::MaxFileSize,
            BudgetRefusal::TotalSize { .. } => Limit::MaxTotalSize,
            BudgetRefusal::Interrupted => Limit::Interrupted,
            BudgetRefusal::UnifiedLogsSize { .. } => Limit::UnifiedLogsMaxSize,
        }
    }
}

impl Display for BudgetRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BudgetRefusal::TimeLimit => write!(f, "time limit reached; not collected"),
            BudgetRefusal::FileTooLarge { size, max } => write!(
                f,
                "file is {size} bytes, over the per-file limit of {max} bytes (--max-file-size); not collected"
            ),
            BudgetRefusal::TotalSize { max } => write!(
                f,
                "total size limit of {max} bytes reached (--max-total-size); not collected"
            ),
            BudgetRefusal::Interrupted => write!(f, "run interrupted by a signal; not collected"),
            BudgetRefusal::UnifiedLogsSize { max } => write!(
                f,
                "unified log budget of {max} bytes reached (--unified-logs-max-size); not collected"
            ),
        }
    }
}

/// Limits that keep a run inside Live Response's time and size budgets.
#[derive(Debug)]
pub struct Budget {
    deadline: Option<Instant>,
    max_file_size: u64,
    max_total: u64,
    used: AtomicU64,
    /// Set once the deadline has been seen to pass.
    stop: AtomicBool,
    /// Set by a signal.
    interrupted: AtomicBool,
    /// When the enumeration grace ends (set when the stop is first seen).
    grace_end: std::sync::Mutex<Option<Instant>>,
}

impl Budget {
    pub fn new(time_limit: Option<Duration>, max_file_size: u64, max_total: u64) -> Budget {
        Budget {
            deadline: time_limit.map(|d| Instant::now() + d),
            max_file_size,
            max_total,
            used: AtomicU64::new(0),
            stop: AtomicBool::new(false),
            interrupted: AtomicBool::new(false),
            grace_end: std::sync::Mutex::new(None),
        }
    }

    /// No limits (tests).
    pub fn unlimited() -> Budget {
        Budget::new(None, u64::MAX, u64::MAX)
    }

    /// Stop taking files now (a signal arrived).
    pub fn interrupt(&self) {
        self.interrupted.store(true, Ordering::SeqCst);
        self.note_stop();
    }

    /// True once a signal has interrupted the run.
    pub fn interrupted(&self) -> bool {
        self.interrupted.load(Ordering::Relaxed)
    }

    fn note_stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
        let mut g = match self.grace_end.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        if g.is_none() {
            *g = Some(Instant::now() + ENUMERATION_GRACE);
        }
    }

    /// True once the time limit has passed or a signal arrived: take no
    /// more files (listing them is still allowed; see [`Budget::enumeration_over`]).
    pub fn time_up(&self) -> bool {
        if self.stop.load(Ordering::Relaxed) {
            return true;
        }
        match self.deadline {
            Some(d) if Instant::now() >= d => {
                self.note_stop();
                true
            }
            _ => false,
        }
    }

    /// True once the grace for listing files after the stop is spent too:
    /// collectors stop enumerating.
    pub fn enumeration_over(&self) -> bool {
        if !self.time_up() {
            return false;
        }
        let g = match self.grace_end.lock() {
            Ok(g) => *g,
            Err(p) => *p.into_inner(),
        };
        g.is_none_or(|end| Instant::now() >= end)
    }

    /// Why the run stopped taking files, if it did.
    pub fn stop_reason(&self) -> Option<BudgetRefusal> {
        if self.interrupted() {
            Some(BudgetRefusal::Interrupted)
        } else if self.time_up() {
            Some(BudgetRefusal::TimeLimit)
        } else {
            None
        }
    }

    pub fn deadline(&self) -> Option<Instant> {
        self.deadline
    }

    /// Account for a file of `size` bytes, or say why it must be skipped.
    pub fn reserve(&self, size: u64) -> Result<(), BudgetRefusal> {
        if let Some(r) = self.stop_reason() {
            return Err(r);
        }
        if size > self.max_file_size {
            return Err(BudgetRefusal::FileTooLarge {
                size,
                max: self.max_file_size,
            });
        }
        let mut cur = self.used.load(Ordering::Relaxed);
        loop {
            let next = cur.saturating_add(size);
            if next > self.max_total {
                return Err(BudgetRefusal::TotalSize {
                    max: self.max_total,
                });
            }
            match self
                .used
                .compare_exchange_weak(cur, next, Ordering::Relaxed, Ordering::Relaxed)
            {
                Ok(_) => return Ok(()),
                Err(actual) => cur = actual,
            }
        }
    }

    /// Bytes accounted so far.
    pub fn used(&self) -> u64 {
        self.used.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budget_refuses_large_and_over_total() {
        let b = Budget::new(None, 100, 150);
        assert!(b.reserve(100).is_ok());
        assert_eq!(
            b.reserve(101),
            Err(BudgetRefusal::FileTooLarge {
                size: 101,
                max: 100
            })
        );
        assert_eq!(b.reserve(60), Err(BudgetRefusal::TotalSize { max: 150 }));
        assert!(b.reserve(50).is_ok());
        assert_eq!(b.used(), 150);
        let t = Budget::new(Some(Duration::from_millis(0)), u64::MAX, u64::MAX);
        assert!(t.time_up());
        assert_eq!(t.reserve(1), Err(BudgetRefusal::TimeLimit));
        assert_eq!(t.reserve(1).unwrap_err().limit(), Limit::TimeLimit);
    }

    #[test]
    fn listing_goes_on_for_the_grace_then_stops() {
        let t = Budget::new(Some(Duration::from_millis(0)), u64::MAX, u64::MAX);
        assert!(t.time_up());
        assert!(!t.enumeration_over());
        std::thread::sleep(ENUMERATION_GRACE + Duration::from_millis(50));
        assert!(t.enumeration_over());
    }

    #[test]
    fn an_interrupt_stops_taking_files_with_its_own_reason() {
        let b = Budget::unlimited();
        assert!(!b.time_up());
        b.interrupt();
        assert!(b.time_up());
        assert_eq!(b.reserve(1), Err(BudgetRefusal::Interrupted));
        assert_eq!(b.stop_reason(), Some(BudgetRefusal::Interrupted));
    }
}
