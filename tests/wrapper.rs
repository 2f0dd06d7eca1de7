//! The Live Response wrapper scripts' tests, `tests/wrapper.sh`, run as part
//! of `cargo test` (they need bash; the wrappers themselves are run under
//! every shell found of sh, dash and bash).

use std::process::Command;

#[test]
fn live_response_wrapper_scripts() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/wrapper.sh");
    let out = Command::new("bash")
        .arg(script)
        .output()
        .unwrap_or_else(|e| panic!("cannot run bash {script}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{script} failed ({}):\n{stdout}\n{stderr}",
        out.status
    );
    assert!(stdout.contains("wrapper tests: all passed"), "{stdout}");
    assert!(!stdout.contains("FAIL"), "{stdout}");
}
