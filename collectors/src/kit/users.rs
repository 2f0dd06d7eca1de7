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

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::kit::source::{EvidenceSource, Kind};

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

    if let Ok(entries) = src.read_dir(Path::new("/Users")) {
        for e in entries {
            if e.kind == Kind::Dir {
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
        }
    }
    let root_home = PathBuf::from("/private/var/root");
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
                if e.kind != Kind::File || !e.name.to_string_lossy().ends_with(".plist") {
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
                        if home == Path::new("/private/var/empty")
                            || home == Path::new("/dev/null")
                            || !is_dir(&home)
                        {
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
                    }),
                }
            }
        }
        Err(e) if e.is_not_found() => {}
        Err(e) => issues.push(DiscoveryIssue {
            path: PathBuf::from(DSLOCAL_USERS),
            message: e.to_string(),
        }),
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
    fn empty_root_has_no_users() {
        let d = tempfile::tempdir().unwrap();
        let (homes, issues) = discover(&FsSource::new(d.path(), false));
        assert!(homes.is_empty());
        assert!(issues.is_empty());
    }
}
