//! Decoders for binary and structured formats found on macOS.
//!
//! These are pure functions of bytes: they never touch the file system, so they
//! can be fuzzed and unit-tested on their own.

pub mod alias;
pub mod asl;
pub mod bookmark;
pub mod btm;
pub mod bytes;
pub mod csreq;
pub mod der;
pub mod fsevents;
pub mod history;
pub mod keyed_archive;
pub mod macho;
pub mod sfl;
pub mod tracev3;
pub mod utmpx;
pub mod xattr;
