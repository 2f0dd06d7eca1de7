//! Sets `cfg(realdata)` when `MACTRIAGE_REALDATA` names the real samples, so
//! that the tests reading them run instead of being ignored (see
//! `src/testdata/realdata.rs`).

fn main() {
    println!("cargo:rerun-if-env-changed=MACTRIAGE_REALDATA");
    println!("cargo:rustc-check-cfg=cfg(realdata)");
    if std::env::var_os("MACTRIAGE_REALDATA").is_some_and(|v| !v.is_empty()) {
        println!("cargo:rustc-cfg=realdata");
    }
}
