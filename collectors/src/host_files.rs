//! `host_files`: the home directories themselves, as the target has them.
//!
//! **What.** An analyser opening the tarball asks which accounts exist; a
//! reader that takes an account's uid from its home folder's owner needs
//! the folders. Each home directory found (`/Users/<name>`,
//! `/private/var/root`, the homes account records name) is stored as a
//! directory member with mode, owner and times, no content.
//!
//! The files that say which Mac this is (`SystemVersion.plist`, its
//! `SystemVersionCompat.plist` twin, SystemConfiguration's
//! `preferences.plist`) are the `system` collector's: it archives exactly
//! the copies it parses, as `accounts` does the account records. The run
//! itself reads `SystemVersion.plist` and `preferences.plist` for the
//! manifest's `host`.
//!
//! Symlinks are recorded as links, never followed.
//!
//! **Output.** No records: archive members only.
//!
//! **References.** Apple `dscl(1)` and `opendirectoryd(8)`; mac_apt
//! `plugins/helpers/macinfo.py` (`_GetUserInfo`, `_GetDomainUserInfo`),
//! which adds every `/Users/<name>` whose owner matches no account.

use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::{Collector, Ctx, Fatal};

pub struct HostFiles;

static DESCRIPTION: Description = Description {
    name: "host_files",
    reads: "every home directory's owner, mode and times",
    outputs: &[],
    scope: Scope::AnyRoot,
    cost: Cost::Cheap,
};

impl Collector for HostFiles {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
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
    use std::path::Path;

    fn write(root: &Path, rel: &str, data: &[u8]) {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, data).unwrap();
    }

    #[test]
    fn archives_homes_not_host_files_or_account_records() {
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
        // The host files are the system collector's, the account and group
        // records the accounts collector's.
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        assert_eq!(
            sink.members(),
            vec!["[root]/Users/ann", "[root]/private/var/root"]
        );
        // Directories are not counted as files.
        assert_eq!(report.files, 0);
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
