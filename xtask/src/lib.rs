//! Development commands for mactriage (`cargo run -p xtask --bin ...`):
//! `bench-root`, the benchmark-root generator, and `fixtures`, the generator
//! of the bundled sample roots' binary artifacts (`fixtures/mac-basic`,
//! [`fixtures`]; `fixtures/usb-copy`, [`usb_copy`]). They write through the
//! same artifact writers ([`artifacts`]).

pub mod artifacts;
pub mod fixtures;
pub mod usb_copy;
