//! The real third-party samples read by opt-in tests (`MACTRIAGE_REALDATA`).
//!
//! A test that needs them carries
//! `#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]`.
//! The build script sets `cfg(realdata)` when the variable is set (and
//! rebuilds when it changes), so `cargo test` without it lists those tests
//! as ignored, with the reason, instead of passing them having done nothing;
//! with it, they run.

use std::path::{Path, PathBuf};

/// The samples' folder. A relative `MACTRIAGE_REALDATA` is taken from the
/// repository root, where the README runs `cargo test`.
pub fn dir() -> PathBuf {
    let Some(v) = std::env::var_os("MACTRIAGE_REALDATA").filter(|v| !v.is_empty()) else {
        panic!("MACTRIAGE_REALDATA is not set, but this test binary was built with it set");
    };
    let p = PathBuf::from(v);
    let p = if p.is_relative() {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(p)
    } else {
        p
    };
    assert!(
        p.is_dir(),
        "MACTRIAGE_REALDATA: {} is not a directory",
        p.display()
    );
    p
}

/// One sample, by its path in the folder.
pub fn path(rel: &str) -> PathBuf {
    dir().join(rel)
}

/// The bytes of one sample.
pub fn read(rel: &str) -> Vec<u8> {
    let p = path(rel);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}
