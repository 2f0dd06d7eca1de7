//! Writes the binary artifacts of the bundled sample roots
//! (`fixtures/mac-basic`: SQLite databases, property lists, `.sfl2` lists,
//! an ASL store, `utmpx` and an FSEvents page; `fixtures/usb-copy`: property
//! lists and an `.sfl2` list), byte for byte the same on every run (see
//! `xtask::fixtures` and `xtask::usb_copy` for what they hold).
//!
//! ```text
//! cargo run -p xtask --bin fixtures              # (re)write them in fixtures/
//! cargo run -p xtask --bin fixtures -- --check   # exit 1 if the committed ones differ
//! cargo run -p xtask --bin fixtures -- --root DIR  # mac-basic's, into DIR
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("fixtures: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode> {
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fixtures");
    let mut root = fixtures.join("mac-basic");
    let mut usb = Some(fixtures.join("usb-copy"));
    let mut check = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--root" => {
                root = PathBuf::from(args.next().context("--root needs a directory")?);
                usb = None;
            }
            "--check" => check = true,
            "-h" | "--help" => {
                println!("usage: fixtures [--root DIR (fixtures/mac-basic)] [--check]");
                return Ok(ExitCode::SUCCESS);
            }
            other => bail!("unknown argument {other:?} (see --help)"),
        }
    }
    let root = root
        .canonicalize()
        .with_context(|| format!("{}: not a directory", root.display()))?;
    let usb = usb
        .map(|u| {
            u.canonicalize()
                .with_context(|| format!("{}: not a directory", u.display()))
        })
        .transpose()?;
    if check {
        let mut diffs = xtask::fixtures::check(&root)?;
        if let Some(u) = &usb {
            diffs.extend(xtask::usb_copy::check(u)?);
        }
        for d in &diffs {
            println!("{d}");
        }
        if diffs.is_empty() {
            println!("fixtures: {} matches the generator", root.display());
            return Ok(ExitCode::SUCCESS);
        }
        println!("fixtures: rewrite them with: cargo run -p xtask --bin fixtures");
        return Ok(ExitCode::from(1));
    }
    for rel in xtask::fixtures::write(&root)? {
        println!("{}", root.join(rel).display());
    }
    if let Some(u) = &usb {
        for rel in xtask::usb_copy::write(u)? {
            println!("{}", u.join(rel).display());
        }
    }
    Ok(ExitCode::SUCCESS)
}
