//! Sets `cfg(realdata)` when `MACTRIAGE_REALDATA` names the real samples, so
//! that the tests reading them run instead of being ignored (see
//! `realdata_dir` in `tests/common/mod.rs`); `cfg(mac_apt)`, `cfg(timesketch)` and `cfg(chromium)` likewise.

fn main() {
    println!("cargo:rerun-if-env-changed=MACTRIAGE_REALDATA");
    println!("cargo:rustc-check-cfg=cfg(realdata)");
    if std::env::var_os("MACTRIAGE_REALDATA").is_some_and(|v| !v.is_empty()) {
        println!("cargo:rustc-cfg=realdata");
    }
    // tests/mac_apt.rs runs when scripts/mac_apt.sh has set mac_apt up.
    println!("cargo:rerun-if-env-changed=MACTRIAGE_MAC_APT");
    println!("cargo:rustc-check-cfg=cfg(mac_apt)");
    if std::env::var_os("MACTRIAGE_MAC_APT").is_some_and(|v| !v.is_empty()) {
        println!("cargo:rustc-cfg=mac_apt");
    }
    // The browser tests of tests/report.rs run where Chromium is installed
    // (or named by MACTRIAGE_CHROMIUM); installing it later reruns this.
    println!("cargo:rerun-if-env-changed=MACTRIAGE_CHROMIUM");
    println!("cargo:rustc-check-cfg=cfg(chromium)");
    let named = std::env::var_os("MACTRIAGE_CHROMIUM").is_some_and(|v| !v.is_empty());
    let installed = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists());
    match installed {
        Some(p) => println!("cargo:rerun-if-changed={p}"),
        None => println!("cargo:rerun-if-changed=/usr/bin"),
    }
    if named || installed.is_some() {
        println!("cargo:rustc-cfg=chromium");
    }
    // tests/timesketch.rs runs when scripts/timesketch.sh has set up
    // Timesketch's import code.
    println!("cargo:rerun-if-env-changed=MACTRIAGE_TIMESKETCH_PYTHON");
    println!("cargo:rustc-check-cfg=cfg(timesketch)");
    if std::env::var_os("MACTRIAGE_TIMESKETCH_PYTHON").is_some_and(|v| !v.is_empty()) {
        println!("cargo:rustc-cfg=timesketch");
    }
}
