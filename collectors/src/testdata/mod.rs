//! Writers of synthetic artifacts, for tests, benchmarks and fuzz seeds.
//!
//! One builder per format, shared by the decoders' unit tests, the
//! integration tests in `tests/`, the benchmark-root generator
//! (`xtask/src/bin/bench-root.rs`) and the fuzz seed writer
//! (`xtask/src/bin/fuzz-seeds.rs`), so that a fix to how a synthetic file
//! is laid out is made once. Compiled for the crate's own tests and, for the
//! others, behind the `testdata` cargo feature; the collector never uses it.
//!
//! | module | what |
//! |---|---|
//! | [`asl`] | ASL DB stores (format version 2), written the way `asl_file.c` does |
//! | [`bookmark`] | `book` bookmark data, and a sample shaped like a login item's |
//! | [`csreq`] | code requirement blobs, as `csreq -b` compiles them |
//! | [`dslocal`] | local directory-services account and group records |
//! | [`fsevents`] | FSEvents store pages, and gzip members |
//! | [`keyed_archive`] | NSKeyedArchiver object graphs, and SharedFileList `.sfl2` archives |
//! | [`macho`] | Mach-O executables and universal files, unsigned or ad hoc signed |
//! | [`plist`] | hostile property lists (a shared-reference expansion bomb) |
//! | [`realdata`] | the real third-party samples of `MACTRIAGE_REALDATA` ([`dir`], [`path`], [`read`]) |
//! | [`rng`] | a small deterministic random generator |
//! | [`security`] | `ExecPolicy`, `SystemPolicy` and `XPdb` databases with their real schemas |
//! | [`utmpx`] | utmpx login accounting records and the file signature |
//!
//! Builders panic on misuse (an offset they did not hand out): they only
//! ever see what a test gives them, never evidence. The crate's lints
//! against panics are therefore lifted here, for this module only.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

pub mod asl;
pub mod bookmark;
pub mod csreq;
pub mod dslocal;
pub mod fsevents;
pub mod keyed_archive;
pub mod macho;
pub mod plist;
pub mod realdata;
pub mod rng;
pub mod security;
pub mod utmpx;

pub use realdata::{dir, path, read};
pub use rng::Rng;
