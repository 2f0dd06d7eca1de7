//! `--low-priority`: keep the collection light on the user's Mac.
//!
//! A collection reads and compresses gigabytes on someone's laptop while
//! they work. With `--low-priority` (the Live Response wrapper's default)
//! the process lowers its own priority once, before any collector starts:
//!
//! - **CPU:** `setpriority(PRIO_PROCESS, 0, 19)`, the lowest nice value: the
//!   run takes whatever CPU is idle and yields the rest at once. On an idle
//!   machine it is as fast as before.
//! - **Disk I/O, macOS:** `setiopolicy_np(IOPOL_TYPE_DISK,
//!   IOPOL_SCOPE_PROCESS, IOPOL_UTILITY)`. The utility tier yields to the
//!   user's interactive I/O but keeps moving; the lower `IOPOL_THROTTLE`
//!   tier can stall a collection for as long as the user keeps the disk
//!   busy, which under `--time-limit` means evidence not taken.
//! - **Disk I/O, Linux:** nothing to do: with no explicit I/O priority,
//!   the kernel derives it from the nice value (best-effort class, level
//!   `(nice + 20) / 5` = 7, the lowest).
//!
//! What was done, and what failed, goes to the manifest
//! (`collection.priority`) and the log; a failure never stops the run.

use serde::Serialize;

/// The nice value a low-priority run asks for.
pub const LOW_NICE: i32 = 19;

/// What the run did about its priority, for the manifest.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Priority {
    /// `--low-priority` was given (and not overridden by
    /// `--normal-priority`).
    pub low: bool,
    /// The process's nice value once the run started (after lowering it).
    pub nice: Option<i32>,
    /// The disk I/O policy set: `utility` (macOS), `from_nice` (Linux), or
    /// absent when unchanged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub io_policy: Option<&'static str>,
    /// What could not be done, one line each.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<String>,
}

/// Lower the priority of this process when `low`; always report the nice
/// value the run has.
pub fn apply(low: bool) -> Priority {
    use rustix::process::{getpriority_process, setpriority_process};
    let mut errors = Vec::new();
    let mut io_policy = None;
    if low {
        if let Err(e) = setpriority_process(None, LOW_NICE) {
            errors.push(format!("setpriority({LOW_NICE}): {e}"));
        }
        match lower_io() {
            Ok(p) => io_policy = p,
            Err(e) => errors.push(e),
        }
    }
    let nice = match getpriority_process(None) {
        Ok(n) => Some(n),
        Err(e) => {
            errors.push(format!("getpriority: {e}"));
            None
        }
    };
    Priority {
        low,
        nice,
        io_policy,
        errors,
    }
}

#[cfg(target_os = "macos")]
fn lower_io() -> Result<Option<&'static str>, String> {
    macos::set_disk_policy_utility()
        .map(|()| Some("utility"))
        .map_err(|e| format!("setiopolicy_np(IOPOL_UTILITY): {e}"))
}

#[cfg(not(target_os = "macos"))]
fn lower_io() -> Result<Option<&'static str>, String> {
    Ok(Some("from_nice"))
}

/// The one foreign call of the binary: `setiopolicy_np(3)` is in
/// libSystem, not in the `libc` crate.
#[cfg(target_os = "macos")]
#[allow(unsafe_code)]
mod macos {
    use std::ffi::c_int;

    // <sys/resource.h>
    const IOPOL_TYPE_DISK: c_int = 0;
    const IOPOL_SCOPE_PROCESS: c_int = 0;
    const IOPOL_UTILITY: c_int = 4;

    extern "C" {
        fn setiopolicy_np(iotype: c_int, scope: c_int, policy: c_int) -> c_int;
    }

    pub fn set_disk_policy_utility() -> std::io::Result<()> {
        // SAFETY: plain integer arguments; the call changes only this
        // process's I/O policy and reports failure through its result.
        let rc = unsafe { setiopolicy_np(IOPOL_TYPE_DISK, IOPOL_SCOPE_PROCESS, IOPOL_UTILITY) };
        if rc == 0 {
            Ok(())
        } else {
            Err(std::io::Error::last_os_error())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_priority_changes_nothing() {
        let before = rustix::process::getpriority_process(None).unwrap();
        let p = apply(false);
        assert_eq!(
            p,
            Priority {
                low: false,
                nice: Some(before),
                io_policy: None,
                errors: vec![]
            }
        );
    }
}
