//! Facts about the target host: its name, its macOS version, and the
//! privileges this run has on it.

use std::io::Read;
use std::path::Path;

use serde::Serialize;

use mactriage_collectors::kit::source::EvidenceSource;
use mactriage_collectors::kit::{Issue, IssueKind};
use mactriage_collectors::system;

/// Where macOS keeps the host's configured names.
pub const PREFERENCES_PLIST: &str = system::PREFERENCES;
/// Where macOS keeps its version.
pub const SYSTEM_VERSION_PLIST: &str = system::SYSTEM_VERSION;
/// A file only readable with Full Disk Access.
pub const TCC_DB: &str = "/Library/Application Support/com.apple.TCC/TCC.db";

#[derive(Debug, Clone, Serialize)]
pub struct HostInfo {
    pub hostname: String,
    /// Where the hostname came from.
    pub hostname_source: String,
    pub os_name: Option<String>,
    pub os_version: Option<String>,
    pub os_build: Option<String>,
    pub live: bool,
}

/// Read a small plist describing the host. Absent is silent; anything
/// else that stops it being read (a symlink, a directory, too large, not a
/// plist) becomes an issue for the manifest.
fn read_plist(
    src: &dyn EvidenceSource,
    path: &str,
    issues: &mut Vec<Issue>,
) -> Option<plist::Value> {
    let target = Path::new(path);
    let mut problem = |msg: String| {
        issues.push(Issue::at(target.as_os_str(), IssueKind::Error, msg));
        None
    };
    let (file, meta) = match src.open(target) {
        Ok(x) => x,
        Err(e) if e.is_not_found() => return None,
        Err(e) => return problem(format!("cannot read host facts from it: {e}")),
    };
    if meta.len() > 16 << 20 {
        return problem(format!(
            "{} bytes, too large for a host plist; not read",
            meta.len()
        ));
    }
    let mut buf = Vec::new();
    if let Err(e) = file.take(16 << 20).read_to_end(&mut buf) {
        return problem(format!("cannot read: {e}"));
    }
    match mactriage_collectors::kit::plist::read(&buf) {
        Ok(v) => Some(v),
        Err(e) => problem(format!("host facts not read: {e}")),
    }
}

/// The host name as configured on the target.
fn configured_hostname(
    src: &dyn EvidenceSource,
    issues: &mut Vec<Issue>,
) -> Option<(String, String)> {
    let prefs = read_plist(src, PREFERENCES_PLIST, issues)?;
    // The `system` collector's key paths, in the order that names the
    // tarball: host name, then local host name, then computer name.
    for fact in ["host_name", "local_host_name", "computer_name"] {
        let Some((_, keys)) = system::parse::NAME_KEYS.iter().find(|(f, _)| *f == fact) else {
            continue;
        };
        if let Some(name) = system::parse::string_at(&prefs, keys) {
            if !name.trim().is_empty() {
                return Some((
                    name.to_string(),
                    format!("{PREFERENCES_PLIST}: {}", keys.join("/")),
                ));
            }
        }
    }
    None
}

/// Make a host name safe for a file name: ASCII letters, digits, `.`, `-`
/// and `_` only, at most 64 characters, never empty.
pub fn safe_name(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect();
    let s = s.trim_matches('.').to_string();
    if s.is_empty() {
        "unknown".into()
    } else {
        s
    }
}

/// What the target says about itself, and the problems met reading it.
pub fn host_info(src: &dyn EvidenceSource) -> (HostInfo, Vec<Issue>) {
    let live = src.is_live();
    let mut issues = Vec::new();
    let (hostname, hostname_source) = match configured_hostname(src, &mut issues) {
        Some(x) => x,
        None if live => match nix::unistd::gethostname() {
            Ok(h) => (h.to_string_lossy().into_owned(), "gethostname(3)".into()),
            Err(_) => ("unknown".into(), "unavailable".into()),
        },
        None => (
            "unknown".into(),
            format!("{PREFERENCES_PLIST} not readable"),
        ),
    };
    let version = read_plist(src, SYSTEM_VERSION_PLIST, &mut issues)
        .map(|v| system::parse::os_version(&v))
        .unwrap_or_default();
    let info = HostInfo {
        hostname,
        hostname_source,
        os_name: version.name,
        os_version: version.version,
        os_build: version.build,
        live,
    };
    (info, issues)
}

/// Privileges of this run, recorded in the manifest.
#[derive(Debug, Clone, Serialize)]
pub struct StartupChecks {
    pub running_as_root: bool,
    pub euid: u32,
    /// `true`/`false` when it could be tested, else null.
    pub full_disk_access: Option<bool>,
    pub full_disk_access_detail: String,
}

pub fn startup_checks(src: &dyn EvidenceSource) -> StartupChecks {
    let euid = nix::unistd::geteuid().as_raw();
    let (fda, detail) = if !src.is_live() {
        (None, "not tested: dead-box collection".to_string())
    } else {
        match std::fs::File::open(TCC_DB) {
            Ok(_) => (Some(true), format!("{TCC_DB} is readable")),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                (None, format!("not tested: {TCC_DB} does not exist (not macOS?)"))
            }
            Err(e) => (
                Some(false),
                format!("{TCC_DB} is not readable ({e}): grant Full Disk Access to the tool or its parent process"),
            ),
        }
    };
    StartupChecks {
        running_as_root: euid == 0,
        euid,
        full_disk_access: fda,
        full_disk_access_detail: detail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mactriage_collectors::kit::source::FsSource;

    #[test]
    fn safe_names() {
        assert_eq!(safe_name("Alice's MacBook Pro"), "Alice_s_MacBook_Pro");
        assert_eq!(safe_name("../../etc"), "_.._etc");
        assert_eq!(safe_name(""), "unknown");
        assert_eq!(safe_name("日本"), "__");
        assert_eq!(safe_name(&"a".repeat(100)).len(), 64);
    }

    #[test]
    fn reads_names_from_a_dead_box() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        std::fs::create_dir_all(r.join("Library/Preferences/SystemConfiguration")).unwrap();
        std::fs::create_dir_all(r.join("System/Library/CoreServices")).unwrap();
        let mut sys = plist::Dictionary::new();
        sys.insert("ComputerName".into(), "Bob’s Mac".into());
        let mut inner = plist::Dictionary::new();
        inner.insert("System".into(), plist::Value::Dictionary(sys));
        let mut top = plist::Dictionary::new();
        top.insert("System".into(), plist::Value::Dictionary(inner));
        plist::Value::Dictionary(top)
            .to_file_binary(r.join(&PREFERENCES_PLIST[1..]))
            .unwrap();
        let mut v = plist::Dictionary::new();
        v.insert("ProductName".into(), "macOS".into());
        v.insert("ProductVersion".into(), "14.4.1".into());
        v.insert("ProductBuildVersion".into(), "23E224".into());
        plist::Value::Dictionary(v)
            .to_file_xml(r.join(&SYSTEM_VERSION_PLIST[1..]))
            .unwrap();
        let (info, _) = host_info(&FsSource::new(r, false));
        assert_eq!(info.hostname, "Bob’s Mac");
        assert_eq!(safe_name(&info.hostname), "Bob_s_Mac");
        assert_eq!(info.os_version.as_deref(), Some("14.4.1"));
        assert_eq!(info.os_build.as_deref(), Some("23E224"));
        assert!(!info.live);
    }
}
