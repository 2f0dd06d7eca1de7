//! Artifact collectors and parsers for mactriage.
//!
//! Every collector is a function of an evidence root (see [`source`]), so the
//! same code runs against a live Mac, a mounted image, or a fixture tree on
//! Linux. Shared plumbing lives here: evidence sources, user discovery, time
//! conversion, safe SQLite snapshots, record writing and bounds-checked binary
//! reading. Format decoders live in [`formats`]; one module per artifact family
//! sits beside them. `testdata` (built for tests and with the `testdata`
//! feature) writes synthetic artifacts for tests, benchmarks and fuzz seeds.
#![forbid(unsafe_code)]
// No panic on data from the target: a panic loses the whole tarball. Test
// code may unwrap; the few justified exceptions are annotated one by one.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

pub mod accounts;
pub mod asl;
pub mod browsers;
pub mod files;
pub mod formats;
pub mod fsevents;
pub mod host_files;
pub mod kit;
pub mod knowledgec;
pub mod known_hosts;
pub mod live;
pub mod login_history;
pub mod persistence;
pub mod quarantine_events;
pub mod recent_items;
pub mod security_logs;
pub mod shell_history;
pub mod software;
pub mod system;
pub mod tcc;
#[cfg(any(test, feature = "testdata"))]
pub mod testdata;
pub mod unified_logs;

pub use kit::{Collector, CollectorReport, Ctx, Env, Fatal, Record, Status};

/// Every collector, in the order `mactriage list` shows them. Cheap,
/// high-value artifacts come first: under a time limit they must not wait
/// behind bulk copies (the run starts the cheap ones first; see
/// [`kit::collector::Cost`]).
pub static REGISTRY: &[&dyn Collector] = &[
    &host_files::HostFiles,
    &system::System,
    &accounts::Accounts,
    &tcc::Tcc,
    &login_history::LoginHistory,
    &known_hosts::KnownHosts,
    &shell_history::ShellHistory,
    &quarantine_events::QuarantineEvents,
    &recent_items::RecentItems,
    &persistence::Persistence,
    &software::Software,
    &security_logs::SecurityLogs,
    &live::processes::Processes,
    &live::network::Network,
    &live::netconfig::NetworkConfig,
    &live::open_files::OpenFiles,
    &live::volumes::Volumes,
    &live::live_response::LiveResponse,
    &browsers::Browsers,
    &asl::Asl,
    &unified_logs::UnifiedLogs,
    &knowledgec::KnowledgeC,
    &fsevents::Fsevents,
    &files::Files,
];
