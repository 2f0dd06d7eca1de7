//! Development commands for mactriage (`cargo run -p xtask --bin ...`):
//! `bench-root`, the benchmark-root generator, and `fixtures`, the generator
//! of the bundled sample root's binary artifacts. Both write through the
//! same artifact writers ([`artifacts`]).

pub mod artifacts;
pub mod fixtures;
