//! Artifact collectors and parsers for mactriage.
//!
//! Every collector is a function of an evidence root (see [`source`]), so the
//! same code runs against a live Mac, a mounted image, or a fixture tree on
//! Linux. Shared plumbing lives here: evidence sources, user discovery, time
//! conversion, safe SQLite snapshots, record writing and bounds-checked binary
//! reading. Format decoders live in [`formats`]; one module per artifact family
//! sits beside them.
#![forbid(unsafe_code)]

pub mod asl;
pub mod binary;
pub mod browsers;
pub mod collect;
pub mod formats;
pub mod live;
pub mod quarantine_events;
pub mod recent_items;
pub mod shell_history;
pub mod source;
pub mod sqlite;
#[cfg(test)]
pub(crate) mod testdata;
pub mod time;
pub mod users;

pub use collect::{Collector, CollectorReport, Ctx, Env, Fatal, Record, Status};

/// Every collector, in the order `mactriage list` shows them.
pub fn registry() -> Vec<&'static dyn Collector> {
    // Cheap, high-value artifacts first: under a time limit they must not
    // wait behind bulk copies (two workers take collectors in this order).
    vec![
        &shell_history::ShellHistory,
        &quarantine_events::QuarantineEvents,
        &recent_items::RecentItems,
        &live::processes::Processes,
        &browsers::Browsers,
        &asl::Asl,
    ]
}
