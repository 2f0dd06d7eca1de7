//! `host_files`: the files that say which Mac this is, archived raw, and the
//! home directories themselves.
//!
//! **What.** An analyser opening the tarball first asks what macOS it is
//! and which accounts exist (mac_apt stops with "Could not find OSX/macOS
//! installation!" when `SystemVersion.plist` is missing). These files are
//! copied byte for byte, each with its body-file line; nothing is parsed
//! here (the run itself reads `SystemVersion.plist` and `preferences.plist`
//! for the manifest's `host`, and the account records to find homes).
//!
//! **Where.**
//! - `/System/Library/CoreServices/SystemVersion.plist`: product name,
//!   version and build; `SystemVersionCompat.plist` beside it (macOS 11+)
//!   gives the `10.16` version shown to old software;
//! - `/Library/Preferences/SystemConfiguration/preferences.plist`: host,
//!   local host and computer names, network services;
//! - every home directory found (`/Users/<name>`, `/private/var/root`, the
//!   homes account records name): stored as directory members with mode,
//!   owner and times, so that a reader that takes an account's uid from its
//!   home folder's owner sees the target's.
//!
//! Absent files are silent; symlinks are recorded as links, never followed.
//!
//! **Output.** No records: archive members only. The account and group
//! records (`/private/var/db/dslocal/nodes/Default/{users,groups}`) are the
//! `accounts` collector's: it archives exactly the copies it parses.
//!
//! **References.** Apple `dscl(1)` and `opendirectoryd(8)` (the local
//! node `/Local/Default`, one plist per record); mac_apt `plugins/helpers/macinfo.py` (`_GetSystemInfo`, `_GetUserInfo`,
//! `_GetDomainUserInfo`), which reads exactly these paths.

use std::path::Path;

use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::{Collector, Ctx, Fatal};

pub struct HostFiles;

/// Single files, by target path.
pub const FILES: &[&str] = &[
    "/System/Library/CoreServices/SystemVersion.plist",
    "/System/Library/CoreServices/SystemVersionCompat.plist",
    "/Library/Preferences/SystemConfiguration/preferences.plist",
];

static DESCRIPTION: Description = Description {
    name: "host_files",
    reads: "SystemVersion and SystemConfiguration preferences (raw); every home directory's owner, mode and times",
    outputs: &[],
    scope: Scope::AnyRoot,
    cost: Cost::Cheap,
};

impl Collector for HostFiles {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        for f in FILES {
            ctx.archive(Path::new(f));
        }
        for user in ctx.users() {
            ctx.archive_dir(&user.home);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::testing::run_on;
    use crate::kit::Status;

    fn write(root: &Path, rel: &str, data: &[u8]) {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, data).unwrap();
    }

    #[test]
    fn archives_host_files_and_homes_not_account_records() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        write(r, "System/Library/CoreServices/SystemVersion.plist", b"sv");
        write(
            r,
            "Library/Preferences/SystemConfiguration/preferences.plist",
            b"p",
        );
        let users = "private/var/db/dslocal/nodes/Default/users";
        let groups = "private/var/db/dslocal/nodes/Default/groups";
        write(r, &format!("{users}/ann.plist"), b"not a plist");
        write(r, &format!("{users}/notes.txt"), b"skipped");
        write(r, &format!("{groups}/staff.plist"), b"g");
        std::os::unix::fs::symlink("/etc/passwd", r.join(groups).join("evil.plist")).unwrap();
        std::fs::create_dir_all(r.join("Users/ann")).unwrap();
        std::fs::create_dir_all(r.join("private/var/root")).unwrap();

        let (report, sink) = run_on(r, &HostFiles);
        // The account and group records are the accounts collector's.
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        assert_eq!(
            sink.members(),
            vec![
                "[root]/Library/Preferences/SystemConfiguration/preferences.plist",
                "[root]/System/Library/CoreServices/SystemVersion.plist",
                "[root]/Users/ann",
                "[root]/private/var/root",
            ]
        );
        // Files are counted, directories are not.
        assert_eq!(report.files, 2);
        let items = sink.items.lock().unwrap();
        let ann = items.iter().find(|i| i.0.ends_with("Users/ann")).unwrap();
        assert_eq!(ann.1.as_deref(), Some(Path::new("/Users/ann")));
        assert!(ann.2.is_empty());
    }

    #[test]
    fn an_empty_root_is_silent() {
        let d = tempfile::tempdir().unwrap();
        let (report, sink) = run_on(d.path(), &HostFiles);
        assert_eq!(report.status, Status::Ok);
        assert!(sink.members().is_empty());
    }
}
