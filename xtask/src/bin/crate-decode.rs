//! The `macos-unifiedlogs` crate's own decode speed, for
//! `docs/performance.md`: every tracev3 file of a log archive parsed and
//! built with the crate's own `LogarchiveProvider` and string cache, on
//! one thread, with nothing written. The reference the `unified_logs`
//! collector's decode is measured against (same files, same crate).
//!
//! ```sh
//! cargo run --release -p xtask --bin crate-decode -- ARCHIVE
//! ```
//!
//! `ARCHIVE` is laid out as a `.logarchive` (`Persist/`, `Special/`,
//! `HighVolume/`, `timesync/`, `XX/…` uuidtext and `dsc/`); `scripts/bench.sh`
//! builds one from the benchmark root with hard links.

use std::time::Instant;

use anyhow::{bail, Context, Result};
use macos_unifiedlogs::cache::MemoryStringCache;
use macos_unifiedlogs::filesystem::LogarchiveProvider;
use macos_unifiedlogs::parser::{build_log, collect_timesync, parse_log};
use macos_unifiedlogs::traits::{FileProvider, SourceFile};

fn main() -> Result<()> {
    let Some(dir) = std::env::args().nth(1) else {
        bail!("usage: crate-decode ARCHIVE");
    };
    let provider = LogarchiveProvider::new(std::path::Path::new(&dir));
    let start = Instant::now();
    let timesync = collect_timesync(&provider).context("timesync")?;
    let cache = MemoryStringCache::default();
    let (mut files, mut bytes, mut entries) = (0u64, 0u64, 0u64);
    for mut f in provider.tracev3_files() {
        let path = f.source_path().to_string();
        bytes += std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let data = parse_log(f.reader(), &path).with_context(|| path.clone())?;
        let (built, _) = build_log(&data, &provider, &cache, &timesync, false);
        entries += built.len() as u64;
        files += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{{\"files\": {files}, \"bytes\": {bytes}, \"entries\": {entries}, \"seconds\": {secs:.3}, \"mb_per_s\": {:.1}, \"entries_per_s\": {:.0}}}",
        bytes as f64 / 1e6 / secs,
        entries as f64 / secs
    );
    Ok(())
}
