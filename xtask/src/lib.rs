//! Development commands for mactriage (`cargo run -p xtask --bin ...`):
//! `bench-root`, the benchmark-root generator, `fixtures`, the generator
//! of the bundled sample roots' binary artifacts (`fixtures/mac-basic`,
//! [`fixtures`]; `fixtures/usb-copy`, [`usb_copy`]), and `fuzz-seeds`, the
//! synthetic fuzz seeds. They write through the same artifact writers:
//! [`artifacts`] for SQLite, and the collectors' `testdata` module (the
//! writers the tests use) for the other formats.

pub mod artifacts;
pub mod fixtures;
pub mod usb_copy;
