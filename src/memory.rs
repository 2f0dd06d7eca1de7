//! The allocator's behaviour for a long, many-threaded run.
//!
//! glibc's `malloc` raises its mmap threshold every time a large block is
//! freed (up to 32 MiB on 64-bit), so that later blocks of that size come
//! from the per-thread arenas instead, and arenas hand memory back to the
//! system only from their top. On a collection, where a dozen threads read
//! files of every size, the resident set then grew with the amount of work
//! rather than with what is live: without the unified log decode, peak RSS
//! was 88.8 MB at the benchmark's scale 1 and 107.8 MB at scale 2, for a
//! live heap that hardly grows (docs/performance.md). Fixing the threshold
//! at glibc's own default (128 KiB) turns that adjustment off: blocks at
//! least that large are mapped and unmapped each time. The code reuses its
//! large buffers (`pgz`), so that costs a few thousand mappings a run.
//! Small blocks still fragment the arenas as millions of records are built
//! and dropped on several threads (`--only fsevents` at scale 2: 57 MB
//! resident for a 20 MB live heap), so a thread hands the arenas' free
//! pages back once a second (`malloc_trim`): 25 MB there, and no cost
//! measurable on a whole run (docs/performance.md).
//!
//! Only glibc does this. macOS's allocator serves large blocks from their
//! own mappings and gives them back when freed; musl has no such threshold.

/// Glibc's default mmap threshold, made fixed.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MMAP_THRESHOLD: i32 = 128 * 1024;

/// Set the allocator up for the run and start the trimming thread; call
/// once, before the collection's threads start and after its priority is
/// set (the thread inherits it). Returns false when the allocator refused
/// the threshold (the trimming runs either way).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn tune() -> bool {
    let ok = glibc::set_mmap_threshold(MMAP_THRESHOLD);
    let _ = std::thread::Builder::new()
        .name("malloc-trim".into())
        .spawn(|| loop {
            std::thread::sleep(TRIM_EVERY);
            glibc::trim();
        });
    ok
}

/// How often the free memory inside the arenas is handed back.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const TRIM_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

/// Nothing to set on this platform's allocator.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn tune() -> bool {
    true
}

/// `mallopt(3)`: glibc only, and not in `rustix`.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
mod glibc {
    use std::ffi::c_int;

    // <malloc.h>
    const M_MMAP_THRESHOLD: c_int = -3;

    extern "C" {
        fn mallopt(param: c_int, value: c_int) -> c_int;
        fn malloc_trim(pad: usize) -> c_int;
    }

    pub fn trim() {
        // SAFETY: an integer argument; malloc_trim only returns free pages
        // of the allocator's own arenas to the system.
        unsafe {
            malloc_trim(0);
        }
    }

    pub fn set_mmap_threshold(bytes: i32) -> bool {
        // SAFETY: plain integer arguments; mallopt only changes the
        // allocator's tuning and returns 0 when it refuses the value.
        unsafe { mallopt(M_MMAP_THRESHOLD, bytes) == 1 }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_allocator_takes_the_setting() {
        assert!(super::tune());
        // Large blocks still come and go.
        let v = vec![1u8; 4 << 20];
        assert_eq!(v.iter().map(|&b| u64::from(b)).sum::<u64>(), 4 << 20);
    }
}
