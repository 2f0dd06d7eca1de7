//! Discovery of account home directories on the target.
//!
//! Per-user artifacts live in home directories, and an intruder's or a
//! deleted account's home matters as much as the owner's. Homes are taken
//! from three places and merged:
//! - every directory in `/Users` (including homes whose account is gone);
//! - `/private/var/root`, the root account's home;
//! - the `home` of every account record in the local directory service,
//!   `/private/var/db/dslocal/nodes/Default/users/*.plist` (binary plists
//!   with array-valued `name`, `uid` and `home` keys; macOS 10.5 and later).
//!
//! A home named by an account record but absent from disk is skipped; system
//! accounts whose home is `/var/empty` or `/dev/null` have nothing to collect.
//!
//! Nothing surprising is passed over in silence: `/Users` that is not a
//! directory, an entry of `/Users` that is not a directory (other than
//! Finder's `.localized` and `.DS_Store`), a home that is a symbolic link or
//! not a directory, and an account record that is not a regular file each
//! give a [`DiscoveryIssue`]. Symbolic links are never followed: the run
//! records each as a link.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::kit::source::{EvidenceSource, Kind, SourceError};

/// Where the local account records live.
pub const DSLOCAL_USERS: &str = "/private/var/db/dslocal/nodes/Default/users";

/// One home directory on the target.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct UserHome {
    /// The account name: from the account record when there is one, else the
    /// directory's name.
    pub name: String,
    /// The home directory as a target path.
    pub home: PathBuf,
    /// The account's uid, when an account record names this home.
    pub uid: Option<u32>,
    /// True when an account record names this home.
    pub has_account: bool,
}

/// A problem met while discovering users (reported, never fatal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscoveryIssue {
    pub path: PathBuf,
    pub message: String,
    /// True when `path` is a symbolic link where a home (or `/Users`)
    /// should be: the run records it as a link, never following it.
    pub symlink: bool,
}

/// Names Finder keeps in `/Users` that are not homes.
const USERS_DIR_FILES: [&str; 2] = [".localized", ".DS_Store"];

/// The target of a symbolic link, printable.
fn link_to(src: &dyn EvidenceSource, path: &Path) -> String {
    match src.read_link(path) {
        Ok(t) => crate::kit::text::printable_os(t.as_os_str()).into_owned(),
        Err(e) => format!("an unreadable target ({e})"),
    }
}

/// What is wrong with `path` as a directory to search (`what` names it in
/// the message): `None` when it is a directory or absent.
fn not_a_dir(src: &dyn EvidenceSource, path: &Path, what: &str) -> Option<DiscoveryIssue> {
    let issue = |message: String, symlink: bool| DiscoveryIssue {
        path: path.to_path_buf(),
        message,
        symlink,
    };
    match src.lstat(path) {
        Ok(m) => match Kind::of(&m) {
            Kind::Dir => None,
            Kind::Symlink => Some(issue(
                format!(
                    "{what} is a symbolic link to {}; recorded as a link, not followed",
                    link_to(src, path)
                ),
                true,
            )),
            Kind::File => Some(issue(
                format!("{what} is a regular file, not a directory; not searched"),
                false,
            )),
            Kind::Other(kind) => Some(issue(
                format!("{what} is a {kind}, not a directory; not searched"),
                false,
            )),
        },
        Err(e) if e.is_not_found() => None,
        // A parent directory is a link: that link is the surprise.
        Err(SourceError::Symlink { which, .. }) => Some(DiscoveryIssue {
            message: format!(
                "a symbolic link to {}, not followed: {what} ({}) below it was not searched",
                link_to(src, &which),
                crate::kit::text::printable_os(path.as_os_str())
            ),
            path: which,
            symlink: true,
        }),
        // A parent is not a directory: that parent is the surprise.
        Err(SourceError::Io(ref e)) if e.raw_os_error() == Some(nix::libc::ENOTDIR) => {
            let parent = path
                .ancestors()
                .skip(1)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .find(|a| {
                    src.lstat(a)
                        .is_ok_and(|m| !matches!(Kind::of(&m), Kind::Dir | Kind::Symlink))
                })?;
            Some(DiscoveryIssue {
                path: parent.to_path_buf(),
                message: format!(
                    "not a directory: {what} ({}) below it was not searched",
                    crate::kit::text::printable_os(path.as_os_str())
                ),
                symlink: false,
            })
        }
        Err(e) => Some(issue(format!("{what} cannot be read: {e}"), false)),
    }
}

/// Add an issue unless one about the same path is there already.
fn add(issues: &mut Vec<DiscoveryIssue>, issue: Option<DiscoveryIssue>) {
    if let Some(i) = issue {
        if !issues.iter().any(|x| x.path == i.path) {
            issues.push(i);
        }
    }
}

struct Account {
    name: String,
    uid: Option<u32>,
    home: PathBuf,
}

fn first_string(dict: &plist::Dictionary, key: &str) -> Option<String> {
    match dict.get(key)? {
        plist::Value::Array(a) => a.first()?.as_string().map(str::to_owned),
        plist::Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

fn parse_account(data: &[u8]) -> Result<Option<Account>, String> {
    let value = crate::formats::keyed_archive::read_plist(data).map_err(|e| e.to_string())?;
    let dict = value
        .as_dictionary()
        .ok_or_else(|| "account record is not a dictionary".to_string())?;
    let Some(home) = first_string(dict, "home") else {
        return Ok(None);
    };
    let name = first_string(dict, "name").unwrap_or_default();
    let uid = first_string(dict, "uid").and_then(|u| u.trim().parse::<i64>().ok());
    // uid is stored as a decimal string; -2 (nobody) wraps as on macOS.
    let uid = uid.map(|u| u as u32);
    Ok(Some(Account {
        name,
        uid,
        home: PathBuf::from(home),
    }))
}

/// Read an account record, bounded in size.
fn read_small(src: &dyn EvidenceSource, path: &Path, cap: u64) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let (file, meta) = src.open(path).map_err(|e| e.to_string())?;
    if meta.len() > cap {
        return Err(format!(
            "{} bytes, larger than the {cap}-byte cap",
            meta.len()
        ));
    }
    let mut buf = Vec::with_capacity(meta.len() as usize);
    file.take(cap)
        .read_to_end(&mut buf)
        .map_err(|e| e.to_string())?;
    Ok(buf)
}

/// Every home directory on the target, sorted by path, plus any problems
/// met on the way.
pub fn discover(src: &dyn EvidenceSource) -> (Vec<UserHome>, Vec<DiscoveryIssue>) {
    let mut homes: BTreeMap<PathBuf, UserHome> = BTreeMap::new();
    let mut issues = Vec::new();

    let is_dir = |p: &Path| matches!(src.lstat(p).map(|m| Kind::of(&m)), Ok(Kind::Dir));

    let users_dir = Path::new("/Users");
    if let Some(issue) = not_a_dir(src, users_dir, "the directory of home directories") {
        add(&mut issues, Some(issue));
    } else {
        match src.read_dir(users_dir) {
            Ok(entries) => {
                for e in entries {
                    match e.kind {
                        Kind::Dir => {
                            homes.insert(
                                e.path.clone(),
                                UserHome {
                                    name: e.name.to_string_lossy().into_owned(),
                                    home: e.path,
                                    uid: None,
                                    has_account: false,
                                },
                            );
                        }
                        Kind::File
                            if e.name
                                .to_str()
                                .is_some_and(|n| USERS_DIR_FILES.contains(&n)) => {}
                        _ => add(&mut issues, not_a_dir(src, &e.path, "an entry of /Users")),
                    }
                }
            }
            Err(e) if e.is_not_found() => {}
            Err(e) => issues.push(DiscoveryIssue {
                path: users_dir.to_path_buf(),
                message: format!("cannot list the home directories: {e}"),
                symlink: false,
            }),
        }
    }
    let root_home = PathBuf::from("/private/var/root");
    add(
        &mut issues,
        not_a_dir(src, &root_home, "the root account's home"),
    );
    if is_dir(&root_home) {
        homes.insert(
            root_home.clone(),
            UserHome {
                name: "root".into(),
                home: root_home,
                uid: Some(0),
                has_account: false,
            },
        );
    }

    match src.read_dir(Path::new(DSLOCAL_USERS)) {
        Ok(entries) => {
            for e in entries {
                if !e.name.to_string_lossy().ends_with(".plist") {
                    continue;
                }
                if e.kind != Kind::File {
                    let (what, symlink) = match e.kind {
                        Kind::Symlink => (
                            format!(
                                "a symbolic link to {}; recorded as a link, not followed",
                                link_to(src, &e.path)
                            ),
                            true,
                        ),
                        Kind::Dir => ("a directory; not read".to_string(), false),
                        Kind::Other(kind) => (format!("a {kind}; not read"), false),
                        Kind::File => continue,
                    };
                    issues.push(DiscoveryIssue {
                        path: e.path,
                        message: format!("account record is {what}"),
                        symlink,
                    });
                    continue;
                }
                let account = read_small(src, &e.path, 4 << 20).and_then(|d| parse_account(&d));
                match account {
                    Ok(Some(acct)) => {
                        // /var is a symlink to /private/var on macOS.
                        let home = if acct.home.starts_with("/var/") {
                            Path::new("/private")
                                .join(acct.home.strip_prefix("/").unwrap_or(&acct.home))
                        } else {
                            acct.home.clone()
                        };
                        if home == Path::new("/private/var/empty") || home == Path::new("/dev/null")
                        {
                            continue;
                        }
                        if !is_dir(&home) {
                            // Absent is common (system accounts); anything
                            // else where a home should be is worth a line.
                            let what = format!(
                                "the home named by {}",
                                crate::kit::text::printable_os(e.path.as_os_str())
                            );
                            add(&mut issues, not_a_dir(src, &home, &what));
                            continue;
                        }
                        let entry = homes.entry(home.clone()).or_insert_with(|| UserHome {
                            name: acct.name.clone(),
                            home,
                            uid: None,
                            has_account: true,
                        });
                        if !acct.name.is_empty() {
                            entry.name = acct.name;
                        }
                        entry.uid = acct.uid.or(entry.uid);
                        entry.has_account = true;
                    }
                    Ok(None) => {}
                    Err(message) => issues.push(DiscoveryIssue {
                        path: e.path,
                        message: format!("unreadable account record: {message}"),
                        symlink: false,
                    }),
                }
            }
        }
        Err(e) if e.is_not_found() => {}
        Err(e) => {
            let dslocal = Path::new(DSLOCAL_USERS);
            let issue = not_a_dir(src, dslocal, "the directory of account records").unwrap_or(
                DiscoveryIssue {
                    path: dslocal.to_path_buf(),
                    message: format!("cannot list the account records: {e}"),
                    symlink: false,
                },
            );
            add(&mut issues, Some(issue));
        }
    }
    (homes.into_values().collect(), issues)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::source::FsSource;

    fn account_plist(name: &str, uid: &str, home: &str) -> Vec<u8> {
        let mut d = plist::Dictionary::new();
        d.insert("name".into(), plist::Value::Array(vec![name.into()]));
        d.insert("uid".into(), plist::Value::Array(vec![uid.into()]));
        d.insert("home".into(), plist::Value::Array(vec![home.into()]));
        let mut out = Vec::new();
        plist::Value::Dictionary(d)
            .to_writer_binary(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn merges_users_dir_root_and_accounts() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        for p in [
            "Users/alice",
            "Users/ghost",
            "private/var/root",
            "opt/svc",
            "private/var/db/dslocal/nodes/Default/users",
        ] {
            std::fs::create_dir_all(r.join(p)).unwrap();
        }
        std::fs::write(r.join("Users/.localized"), b"").unwrap();
        let users = r.join("private/var/db/dslocal/nodes/Default/users");
        std::fs::write(
            users.join("alice.plist"),
            account_plist("alice", "501", "/Users/alice"),
        )
        .unwrap();
        std::fs::write(
            users.join("svc.plist"),
            account_plist("svc", "300", "/opt/svc"),
        )
        .unwrap();
        std::fs::write(
            users.join("nobody.plist"),
            account_plist("nobody", "-2", "/var/empty"),
        )
        .unwrap();
        std::fs::write(users.join("broken.plist"), b"not a plist").unwrap();

        let (homes, issues) = discover(&FsSource::new(r, false));
        let got: Vec<_> = homes
            .iter()
            .map(|h| {
                (
                    h.name.as_str(),
                    h.home.to_str().unwrap(),
                    h.uid,
                    h.has_account,
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("alice", "/Users/alice", Some(501), true),
                ("ghost", "/Users/ghost", None, false),
                ("svc", "/opt/svc", Some(300), true),
                ("root", "/private/var/root", Some(0), false),
            ]
        );
        assert_eq!(issues.len(), 1);
        assert!(issues[0].path.ends_with("broken.plist"));
    }

    #[test]
    fn surprises_are_issues_and_links_are_never_followed() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        for p in [
            "Users/alice",
            "srv",
            "elsewhere/dave",
            "private/var/db/dslocal/nodes/Default/users",
        ] {
            std::fs::create_dir_all(r.join(p)).unwrap();
        }
        std::fs::write(r.join("Users/.localized"), b"").unwrap();
        std::fs::write(r.join("Users/.DS_Store"), b"").unwrap();
        std::fs::write(r.join("Users/notes.txt"), b"x").unwrap();
        std::os::unix::fs::symlink("/etc", r.join("Users/mallory")).unwrap();
        nix::unistd::mkfifo(
            &r.join("Users/pipe"),
            nix::sys::stat::Mode::from_bits_truncate(0o600),
        )
        .unwrap();
        std::fs::write(r.join("srv/carol"), b"not a home").unwrap();
        std::os::unix::fs::symlink("/elsewhere", r.join("opt")).unwrap();
        let users = r.join("private/var/db/dslocal/nodes/Default/users");
        for (name, home) in [
            ("carol", "/srv/carol"),
            ("dave", "/opt/dave"),
            ("mallory", "/Users/mallory"),
            ("ghost", "/Users/ghost"),
        ] {
            std::fs::write(
                users.join(format!("{name}.plist")),
                account_plist(name, "600", home),
            )
            .unwrap();
        }
        std::os::unix::fs::symlink("/etc/passwd", users.join("eve.plist")).unwrap();

        let (homes, issues) = discover(&FsSource::new(r, false));
        let homes: Vec<_> = homes.iter().map(|h| h.home.to_str().unwrap()).collect();
        assert_eq!(homes, vec!["/Users/alice"]);
        let got: Vec<(&str, bool, &str)> = issues
            .iter()
            .map(|i| (i.path.to_str().unwrap(), i.symlink, i.message.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "/Users/mallory",
                    true,
                    "an entry of /Users is a symbolic link to /etc; recorded as a link, not followed"
                ),
                (
                    "/Users/notes.txt",
                    false,
                    "an entry of /Users is a regular file, not a directory; not searched"
                ),
                (
                    "/Users/pipe",
                    false,
                    "an entry of /Users is a FIFO, not a directory; not searched"
                ),
                (
                    "/srv/carol",
                    false,
                    "the home named by /private/var/db/dslocal/nodes/Default/users/carol.plist is a regular file, not a directory; not searched"
                ),
                (
                    "/opt",
                    true,
                    "a symbolic link to /elsewhere, not followed: the home named by /private/var/db/dslocal/nodes/Default/users/dave.plist (/opt/dave) below it was not searched"
                ),
                (
                    "/private/var/db/dslocal/nodes/Default/users/eve.plist",
                    true,
                    "account record is a symbolic link to /etc/passwd; recorded as a link, not followed"
                ),
            ]
        );
    }

    #[test]
    fn a_users_directory_that_is_a_file_or_a_link_is_an_issue() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("Users"), b"x").unwrap();
        let (homes, issues) = discover(&FsSource::new(d.path(), false));
        assert!(homes.is_empty());
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].path, Path::new("/Users"));
        assert_eq!(
            issues[0].message,
            "the directory of home directories is a regular file, not a directory; not searched"
        );
        std::fs::remove_file(d.path().join("Users")).unwrap();
        std::os::unix::fs::symlink("/home", d.path().join("Users")).unwrap();
        let (homes, issues) = discover(&FsSource::new(d.path(), false));
        assert!(homes.is_empty());
        assert_eq!(issues.len(), 1);
        assert!(issues[0].symlink);
        assert!(issues[0].message.contains("symbolic link to /home"));
    }

    #[test]
    fn empty_root_has_no_users() {
        let d = tempfile::tempdir().unwrap();
        let (homes, issues) = discover(&FsSource::new(d.path(), false));
        assert!(homes.is_empty());
        assert!(issues.is_empty());
    }
}
