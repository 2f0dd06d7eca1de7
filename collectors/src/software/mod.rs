//! `software`: what was installed on the Mac, when, and whether its
//! applications are signed.
//!
//! **What and where** (one stream, `parsed/software.jsonl`, a `kind` per
//! record; every field is in `docs/collectors/software.md`):
//! - `install` — the install history, `/Library/Receipts/InstallHistory.plist`
//!   (an array of dictionaries: `date`, `displayName`, `displayVersion`,
//!   `processName`, `packageIdentifiers`, `contentType`), written by
//!   Installer and softwareupdated since Mac OS X 10.5; see [`install`].
//!   The file is parsed once per run and shared with `system`
//!   ([`install::shared_history`], through [`crate::kit::Env::shared`]).
//! - `receipt` — the package receipts, `/private/var/db/receipts/*.plist`
//!   (`PackageIdentifier`, `PackageVersion`, `InstallDate`,
//!   `InstallPrefixPath`, `InstallProcessName`, `PackageFileName`), one per
//!   installed flat package since 10.6; the bill-of-materials files
//!   (`*.bom`) beside them are archived, not parsed.
//! - `/private/var/log/install.log` and its rotations (`install.log.*`,
//!   gzip since 10.12) are archived, not parsed.
//! - `app` — application bundles: the `.app` directories in
//!   `/Applications` (and one level of plain folders in it, `Utilities`
//!   among them), every `~/Applications`, and `/System/Applications`
//!   (macOS 10.15 and later, Apple's own, flagged `apple`): name, bundle
//!   identifier, versions, the main executable hashed and its code
//!   signature decoded, the quarantine attribute, and times; see [`apps`].
//! - `homebrew_formula`, `homebrew_cask` — Homebrew's `Cellar` and
//!   `Caskroom` under `/usr/local` (Intel) and `/opt/homebrew` (Apple
//!   silicon): one record per installed name and version, with the
//!   version's `INSTALL_RECEIPT.json` when present; see [`homebrew`].
//!
//! **Bad input** (a corrupt or mistyped property list or receipt, a
//! bundle without `Info.plist` or without its executable, a Mach-O that
//! does not decode, a directory that cannot be listed) is one issue in
//! the manifest and an `error` on the record where there is one; the rest
//! goes on. Symbolic links are recorded as links, never followed.
//!
//! **References.** AutoMacTC `installhistory`; mac_apt `INSTALLHISTORY`
//! and `APPLIST`; plaso's `macos_install_history` plist plugin; artemis
//! `applications`; osquery `apps`, `package_receipts`, `homebrew_packages`;
//! Apple's Information Property List key reference; Homebrew's `Tab`
//! (`INSTALL_RECEIPT.json`).

use serde_json::Value;

use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::{time, Collector, Ctx, Fatal, FileTime};

pub mod apps;
pub mod homebrew;
pub mod install;

#[cfg(test)]
mod tests;

pub struct Software;

pub(crate) const STREAM: &str = "software";

static DESCRIPTION: Description = Description {
    name: "software",
    reads: "InstallHistory.plist, package receipts (and their .bom), install.log; application bundles in /Applications, ~/Applications and /System/Applications with their executables' hashes and code signatures; Homebrew's Cellar and Caskroom",
    outputs: &[STREAM],
    scope: Scope::AnyRoot,
    cost: Cost::Cheap,
};

impl Collector for Software {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        ctx.declare_output(STREAM);
        let parts: [fn(&mut Ctx<'_>); 5] = [
            install::history,
            install::receipts,
            install::logs,
            apps::collect,
            homebrew::collect,
        ];
        for part in parts {
            if ctx.should_stop() {
                break;
            }
            part(ctx);
        }
        Ok(())
    }
}

/// A file system time as RFC 3339 UTC with nanoseconds; null when unknown.
pub(crate) fn file_time(t: Option<FileTime>) -> Value {
    match t.and_then(|t| time::from_unix(t.secs, t.nanos)) {
        Some(t) => Value::from(time::rfc3339_nanos(&t)),
        None => Value::Null,
    }
}

/// A plist date as (UTC, the stored value in Mac absolute seconds).
pub(crate) fn plist_date(d: plist::Date) -> (Value, Value) {
    let raw = crate::formats::keyed_archive::plist_date_to_cocoa(d);
    (
        time::json(time::from_mac_absolute(raw)),
        serde_json::Number::from_f64(raw)
            .map(Value::Number)
            .unwrap_or(Value::Null),
    )
}

/// The plist type of a value, for error messages.
pub(crate) fn type_name(v: &plist::Value) -> &'static str {
    crate::persistence::type_name(v)
}
