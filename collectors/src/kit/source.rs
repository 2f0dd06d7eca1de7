//! Evidence sources: where a collection reads from.
//!
//! A collector never touches the host file system directly. It names paths as
//! they are on the *target* (`/Users/alice/.zsh_history`) and asks an
//! [`EvidenceSource`] for them. The one implementation, [`FsSource`], maps
//! target paths below a root directory: `/` for a live Mac, the mount point of
//! an image for a dead-box examination, or a fixture tree in tests.
//!
//! Forensic rules enforced here, once, for every collector:
//! - nothing is ever opened for writing;
//! - symbolic links are never followed, neither as the last component nor as
//!   an intermediate directory (an absolute link in an image would otherwise
//!   resolve against the examiner's own machine);
//! - only regular files are opened; FIFOs, sockets and devices are refused
//!   before `open(2)`, and the open itself uses `O_NONBLOCK` so that a file
//!   swapped for a FIFO in between cannot block the run;
//! - excluded host paths (the collection's own output) are invisible; an
//!   excluded directory that holds the root itself (a root below the output
//!   directory) hides nothing, so the run excludes its own staging directory
//!   and temporary tarball by name as well.
//!
//! Extended attributes are read the same way, never through a symbolic
//! link ([`EvidenceSource::list_xattrs`], [`EvidenceSource::get_xattr`]).
//! On a Mac their names are used as they are. Any other host (Linux, reading
//! an image or a fixture tree) has no `com.apple.*` namespace: there a Mac's
//! attributes live in the `user.` namespace (`user.com.apple.quarantine`),
//! the prefix is taken off when listing and put back when reading, and
//! attributes of the host's other namespaces (`security.`, `system.`,
//! `trusted.`) are not the Mac's and are left out. So the same collector
//! code runs on both.

use std::ffi::{OsStr, OsString};
use std::fs::{File, Metadata};
use std::io;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt};
use std::path::{Component, Path, PathBuf};

use thiserror::Error;

/// Why a path on the target could not be opened or listed.
#[derive(Debug, Error)]
pub enum SourceError {
    /// Nothing at that path: not an error for a triage collector.
    #[error("not found")]
    NotFound,
    /// The path, or one of its parent directories, is a symbolic link.
    #[error("{which} is a symbolic link{}; not followed", link_target(.target))]
    Symlink {
        which: PathBuf,
        target: Option<PathBuf>,
    },
    /// Not a regular file (or, for directory listing, not a directory).
    #[error("not a regular file ({0}); not opened")]
    NotRegular(&'static str),
    /// The path lies in a directory excluded from collection.
    #[error("excluded from collection (this run's output)")]
    Excluded,
    /// The path is not an absolute target path.
    #[error("invalid target path")]
    InvalidPath,
    /// The operating system refused.
    #[error("{}", describe_io(.0))]
    Io(#[from] io::Error),
}

/// " to <target>", or nothing when the link could not be read.
fn link_target(target: &Option<PathBuf>) -> String {
    match target {
        Some(t) => format!(" to {}", t.display()),
        None => String::new(),
    }
}

impl SourceError {
    /// True when the artifact simply is not there.
    pub fn is_not_found(&self) -> bool {
        match self {
            SourceError::NotFound => true,
            SourceError::Io(e) => e.kind() == io::ErrorKind::NotFound,
            _ => false,
        }
    }

    /// True when the operating system refused access (EACCES, EPERM).
    pub fn is_permission_denied(&self) -> bool {
        match self {
            SourceError::Io(e) => matches!(
                e.raw_os_error(),
                Some(code) if code == nix::libc::EACCES || code == nix::libc::EPERM
            ),
            _ => false,
        }
    }
}

/// An I/O error described with its likely cause on a Mac.
pub fn describe_io(e: &io::Error) -> String {
    match e.raw_os_error() {
        Some(code) if code == nix::libc::EACCES || code == nix::libc::EPERM => {
            format!("{e}; on macOS run as root and grant the tool Full Disk Access")
        }
        _ => e.to_string(),
    }
}

/// The kind of a file system object, from `lstat`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    File,
    Dir,
    Symlink,
    Other(&'static str),
}

impl Kind {
    pub fn of(meta: &Metadata) -> Kind {
        let ft = meta.file_type();
        if ft.is_symlink() {
            Kind::Symlink
        } else if ft.is_file() {
            Kind::File
        } else if ft.is_dir() {
            Kind::Dir
        } else if ft.is_fifo() {
            Kind::Other("FIFO")
        } else if ft.is_socket() {
            Kind::Other("socket")
        } else if ft.is_block_device() {
            Kind::Other("block device")
        } else if ft.is_char_device() {
            Kind::Other("character device")
        } else {
            Kind::Other("unknown type")
        }
    }
}

/// One entry of a directory listing on the target.
#[derive(Debug, Clone)]
pub struct DirEntry {
    /// The entry's file name, as stored (may be non-UTF-8).
    pub name: OsString,
    /// Its full path on the target.
    pub path: PathBuf,
    /// Its kind, from `lstat` (symlinks are not followed).
    pub kind: Kind,
}

/// Read access to the files of one evidence root.
///
/// Paths given to these methods are absolute paths *on the target*.
pub trait EvidenceSource: Send + Sync {
    /// The host path of the root (`/` for a live collection).
    fn root(&self) -> &Path;

    /// True when this is the running system (root `/`), so live-only
    /// collectors may run.
    fn is_live(&self) -> bool;

    /// The host path of a target path. For reporting and for host-only APIs;
    /// collectors should use the other methods, which enforce the rules.
    fn host_path(&self, target: &Path) -> PathBuf;

    /// `lstat` of a target path, refusing symlinked parent directories.
    fn lstat(&self, target: &Path) -> Result<Metadata, SourceError>;

    /// Open a regular file for reading. Returns the file and its `fstat`.
    fn open(&self, target: &Path) -> Result<(File, Metadata), SourceError>;

    /// The target of a symbolic link.
    fn read_link(&self, target: &Path) -> Result<PathBuf, SourceError>;

    /// The entries of a directory, sorted by name.
    fn read_dir(&self, target: &Path) -> Result<Vec<DirEntry>, SourceError>;

    /// The names of the extended attributes of a target path, sorted;
    /// a symbolic link's own, never its target's. Empty when the file
    /// system has none.
    fn list_xattrs(&self, target: &Path) -> Result<Vec<OsString>, SourceError>;

    /// The value of one extended attribute (named as on a Mac), at most
    /// `max` bytes of it: a larger value is not read and only its size is
    /// returned. Never follows a symbolic link.
    fn get_xattr(&self, target: &Path, name: &OsStr, max: usize)
        -> Result<XattrValue, SourceError>;
}

/// An extended attribute's value, read with a size bound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum XattrValue {
    /// The whole value.
    Value(Vec<u8>),
    /// Its size: larger than the bound, not read.
    TooLarge(usize),
}

/// The namespace a Mac's attributes live in on this host (see the module
/// documentation).
#[cfg(target_os = "macos")]
const XATTR_PREFIX: &[u8] = b"";
#[cfg(not(target_os = "macos"))]
const XATTR_PREFIX: &[u8] = b"user.";

/// The most bytes a list of attribute names may take (macOS and Linux allow
/// 64 KiB).
const MAX_XATTR_LIST: usize = 1 << 20;

/// A Mac attribute name as the host names it.
pub(crate) fn xattr_host_name(name: &OsStr) -> OsString {
    let mut v = XATTR_PREFIX.to_vec();
    v.extend_from_slice(name.as_bytes());
    OsString::from_vec(v)
}

/// A host attribute name as the Mac names it; `None` outside the namespace.
fn xattr_mac_name(host: &[u8]) -> Option<OsString> {
    let rest = host.strip_prefix(XATTR_PREFIX)?;
    (!rest.is_empty()).then(|| OsString::from_vec(rest.to_vec()))
}

/// Map an attribute call's error: a file system without attributes is
/// "none", a missing path or attribute is not found.
fn xattr_error(e: rustix::io::Errno) -> Result<(), SourceError> {
    if e == rustix::io::Errno::NOTSUP || e == rustix::io::Errno::OPNOTSUPP {
        return Ok(());
    }
    #[cfg(target_os = "macos")]
    let no_attr = e == rustix::io::Errno::NOATTR;
    #[cfg(not(target_os = "macos"))]
    let no_attr = e == rustix::io::Errno::NODATA;
    if e == rustix::io::Errno::NOENT || no_attr {
        return Err(SourceError::NotFound);
    }
    Err(SourceError::Io(io::Error::from(e)))
}

/// An evidence root on a locally mounted file system.
#[derive(Debug, Clone)]
pub struct FsSource {
    root: PathBuf,
    live: bool,
    excluded: Vec<PathBuf>,
}

impl FsSource {
    /// A source rooted at `root`. `live` marks the running system.
    pub fn new(root: impl Into<PathBuf>, live: bool) -> Self {
        FsSource {
            root: root.into(),
            live,
            excluded: Vec::new(),
        }
    }

    /// Hide a host path (and everything below it) from collection. A path
    /// that holds the root (the root lies at or below it) hides nothing: it
    /// is not reached from the root, and the tree it holds is the evidence.
    pub fn exclude(mut self, host_path: impl Into<PathBuf>) -> Self {
        let host_path = host_path.into();
        if !self.root.starts_with(&host_path) {
            self.excluded.push(host_path);
        }
        self
    }

    fn relative(target: &Path) -> Result<PathBuf, SourceError> {
        let mut rel = PathBuf::new();
        let mut comps = target.components();
        if comps.next() != Some(Component::RootDir) {
            return Err(SourceError::InvalidPath);
        }
        for c in comps {
            match c {
                Component::Normal(p) => rel.push(p),
                Component::CurDir => {}
                // `..` could climb out of the root: never accepted.
                _ => return Err(SourceError::InvalidPath),
            }
        }
        Ok(rel)
    }

    fn is_excluded(&self, host: &Path) -> bool {
        self.excluded.iter().any(|ex| host.starts_with(ex))
    }

    /// Resolve a target path to a host path, checking that no parent
    /// directory is a symlink and that the path is not excluded.
    fn checked_host_path(&self, target: &Path) -> Result<PathBuf, SourceError> {
        let rel = Self::relative(target)?;
        let mut host = self.root.clone();
        let mut tpath = PathBuf::from("/");
        let n = rel.components().count();
        for (i, c) in rel.components().enumerate() {
            host.push(c);
            tpath.push(c);
            if self.is_excluded(&host) {
                return Err(SourceError::Excluded);
            }
            if i + 1 < n {
                let meta = match std::fs::symlink_metadata(&host) {
                    Ok(m) => m,
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {
                        return Err(SourceError::NotFound)
                    }
                    Err(e) => return Err(SourceError::Io(e)),
                };
                if meta.file_type().is_symlink() {
                    return Err(SourceError::Symlink {
                        target: std::fs::read_link(&host).ok(),
                        which: tpath,
                    });
                }
            }
        }
        Ok(host)
    }
}

fn map_not_found(e: io::Error) -> SourceError {
    if e.kind() == io::ErrorKind::NotFound {
        SourceError::NotFound
    } else {
        SourceError::Io(e)
    }
}

impl EvidenceSource for FsSource {
    fn root(&self) -> &Path {
        &self.root
    }

    fn is_live(&self) -> bool {
        self.live
    }

    fn host_path(&self, target: &Path) -> PathBuf {
        match Self::relative(target) {
            Ok(rel) => self.root.join(rel),
            Err(_) => self.root.join(target),
        }
    }

    fn lstat(&self, target: &Path) -> Result<Metadata, SourceError> {
        let host = self.checked_host_path(target)?;
        std::fs::symlink_metadata(host).map_err(map_not_found)
    }

    fn open(&self, target: &Path) -> Result<(File, Metadata), SourceError> {
        let host = self.checked_host_path(target)?;
        let meta = std::fs::symlink_metadata(&host).map_err(map_not_found)?;
        match Kind::of(&meta) {
            Kind::File => {}
            Kind::Symlink => {
                return Err(SourceError::Symlink {
                    which: target.to_path_buf(),
                    target: std::fs::read_link(&host).ok(),
                })
            }
            Kind::Dir => return Err(SourceError::NotRegular("directory")),
            Kind::Other(what) => return Err(SourceError::NotRegular(what)),
        }
        let file = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(nix::libc::O_NOFOLLOW | nix::libc::O_NONBLOCK | nix::libc::O_NOCTTY)
            .open(&host)
            .map_err(map_not_found)?;
        // Re-check what was actually opened: the path may have been swapped.
        let fmeta = file.metadata()?;
        if !fmeta.file_type().is_file() {
            return Err(SourceError::NotRegular("changed to a non-regular file"));
        }
        if fmeta.dev() != meta.dev() || fmeta.ino() != meta.ino() {
            return Err(SourceError::NotRegular("replaced while being opened"));
        }
        Ok((file, fmeta))
    }

    fn read_link(&self, target: &Path) -> Result<PathBuf, SourceError> {
        let host = self.checked_host_path(target)?;
        std::fs::read_link(host).map_err(map_not_found)
    }

    fn read_dir(&self, target: &Path) -> Result<Vec<DirEntry>, SourceError> {
        let host = self.checked_host_path(target)?;
        let meta = std::fs::symlink_metadata(&host).map_err(map_not_found)?;
        match Kind::of(&meta) {
            Kind::Dir => {}
            Kind::Symlink => {
                return Err(SourceError::Symlink {
                    which: target.to_path_buf(),
                    target: std::fs::read_link(&host).ok(),
                })
            }
            Kind::File => return Err(SourceError::NotRegular("file, not a directory")),
            Kind::Other(what) => return Err(SourceError::NotRegular(what)),
        }
        let mut out = Vec::new();
        for entry in std::fs::read_dir(&host).map_err(map_not_found)? {
            let entry = entry?;
            let hpath = entry.path();
            if self.is_excluded(&hpath) {
                continue;
            }
            let kind = match entry.file_type() {
                Ok(ft) if ft.is_symlink() => Kind::Symlink,
                Ok(ft) if ft.is_dir() => Kind::Dir,
                Ok(ft) if ft.is_file() => Kind::File,
                _ => match std::fs::symlink_metadata(&hpath) {
                    Ok(m) => Kind::of(&m),
                    Err(_) => Kind::Other("unreadable"),
                },
            };
            let name = entry.file_name();
            out.push(DirEntry {
                path: target.join(&name),
                name,
                kind,
            });
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    fn list_xattrs(&self, target: &Path) -> Result<Vec<OsString>, SourceError> {
        let host = self.checked_host_path(target)?;
        let mut buf = Vec::new();
        // The list may grow between the size query and the read: try again.
        for _ in 0..3 {
            let size = match rustix::fs::llistxattr_query(&host) {
                Ok(n) => n,
                Err(e) => return xattr_error(e).map(|()| Vec::new()),
            };
            if size == 0 {
                return Ok(Vec::new());
            }
            if size > MAX_XATTR_LIST {
                return Err(SourceError::Io(io::Error::other(format!(
                    "{size} bytes of extended attribute names; not read"
                ))));
            }
            buf.resize(size, 0);
            match rustix::fs::llistxattr(&host, &mut buf[..]) {
                Ok(n) => {
                    buf.truncate(n);
                    let mut names: Vec<OsString> =
                        buf.split(|&b| b == 0).filter_map(xattr_mac_name).collect();
                    names.sort();
                    names.dedup();
                    return Ok(names);
                }
                Err(rustix::io::Errno::RANGE) => continue,
                Err(e) => return xattr_error(e).map(|()| Vec::new()),
            }
        }
        Err(SourceError::Io(io::Error::other(
            "the list of extended attributes kept changing; not read",
        )))
    }

    fn get_xattr(
        &self,
        target: &Path,
        name: &OsStr,
        max: usize,
    ) -> Result<XattrValue, SourceError> {
        let host = self.checked_host_path(target)?;
        let hname = xattr_host_name(name);
        for _ in 0..3 {
            let size = match rustix::fs::lgetxattr_query(&host, &hname) {
                Ok(n) => n,
                Err(e) => {
                    xattr_error(e)?;
                    return Err(SourceError::NotFound);
                }
            };
            if size > max {
                return Ok(XattrValue::TooLarge(size));
            }
            if size == 0 {
                return Ok(XattrValue::Value(Vec::new()));
            }
            let mut buf = vec![0u8; size];
            match rustix::fs::lgetxattr(&host, &hname, &mut buf[..]) {
                Ok(n) => {
                    buf.truncate(n);
                    return Ok(XattrValue::Value(buf));
                }
                Err(rustix::io::Errno::RANGE) => continue,
                Err(e) => {
                    xattr_error(e)?;
                    return Err(SourceError::NotFound);
                }
            }
        }
        Err(SourceError::Io(io::Error::other(
            "the value kept changing size; not read",
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn tree() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("Users/a")).unwrap();
        std::fs::write(d.path().join("Users/a/f.txt"), b"hello").unwrap();
        d
    }

    #[test]
    fn opens_regular_files_by_target_path() {
        let d = tree();
        let src = FsSource::new(d.path(), false);
        let (mut f, meta) = src.open(Path::new("/Users/a/f.txt")).unwrap();
        let mut s = String::new();
        io::Read::read_to_string(&mut f, &mut s).unwrap();
        assert_eq!(s, "hello");
        assert_eq!(meta.len(), 5);
        assert!(src
            .open(Path::new("/Users/a/none"))
            .unwrap_err()
            .is_not_found());
    }

    #[test]
    fn symlink_refusals_name_the_link_target_plainly() {
        let d = tree();
        symlink("../Library", d.path().join("Users/a/Library")).unwrap();
        let src = FsSource::new(d.path(), false);
        let e = src
            .read_dir(Path::new("/Users/a/Library/Safari"))
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "/Users/a/Library is a symbolic link to ../Library; not followed"
        );
        let unreadable = SourceError::Symlink {
            which: PathBuf::from("/x"),
            target: None,
        };
        assert_eq!(
            unreadable.to_string(),
            "/x is a symbolic link; not followed"
        );
    }

    #[test]
    fn refuses_symlinks_final_and_intermediate() {
        let d = tree();
        symlink("/etc/passwd", d.path().join("Users/a/link")).unwrap();
        symlink("/etc", d.path().join("Users/b")).unwrap();
        let src = FsSource::new(d.path(), false);
        match src.open(Path::new("/Users/a/link")) {
            Err(SourceError::Symlink { target, .. }) => {
                assert_eq!(target.unwrap(), PathBuf::from("/etc/passwd"))
            }
            other => panic!("expected symlink refusal, got {other:?}"),
        }
        match src.open(Path::new("/Users/b/passwd")) {
            Err(SourceError::Symlink { which, .. }) => assert_eq!(which, PathBuf::from("/Users/b")),
            other => panic!("expected symlink refusal, got {other:?}"),
        }
        assert!(matches!(
            src.read_dir(Path::new("/Users/b")),
            Err(SourceError::Symlink { .. })
        ));
    }

    #[test]
    fn refuses_fifos_and_dotdot() {
        let d = tree();
        let fifo = d.path().join("Users/a/fifo");
        nix::unistd::mkfifo(&fifo, nix::sys::stat::Mode::from_bits_truncate(0o600)).unwrap();
        let src = FsSource::new(d.path(), false);
        assert!(matches!(
            src.open(Path::new("/Users/a/fifo")),
            Err(SourceError::NotRegular("FIFO"))
        ));
        assert!(matches!(
            src.open(Path::new("/Users/../../etc/passwd")),
            Err(SourceError::InvalidPath)
        ));
        assert!(matches!(
            src.open(Path::new("Users/a/f.txt")),
            Err(SourceError::InvalidPath)
        ));
    }

    #[test]
    fn extended_attributes_by_mac_name_never_through_links() {
        use crate::kit::testing::set_mac_xattr;
        let d = tree();
        let f = d.path().join("Users/a/f.txt");
        set_mac_xattr(&f, "com.apple.quarantine", b"0083;5e0b;Safari;");
        set_mac_xattr(&f, "com.apple.lastuseddate#PS", &[0u8; 16]);
        symlink("f.txt", d.path().join("Users/a/link")).unwrap();
        symlink("/etc", d.path().join("Users/b")).unwrap();
        let src = FsSource::new(d.path(), false);
        let t = Path::new("/Users/a/f.txt");
        assert_eq!(
            src.list_xattrs(t).unwrap(),
            vec![
                OsString::from("com.apple.lastuseddate#PS"),
                OsString::from("com.apple.quarantine")
            ]
        );
        let q = OsStr::new("com.apple.quarantine");
        assert_eq!(
            src.get_xattr(t, q, 64).unwrap(),
            XattrValue::Value(b"0083;5e0b;Safari;".to_vec())
        );
        assert_eq!(src.get_xattr(t, q, 4).unwrap(), XattrValue::TooLarge(17));
        assert!(src
            .get_xattr(t, OsStr::new("com.apple.none"), 64)
            .unwrap_err()
            .is_not_found());
        // The link's own attributes (none), not its target's.
        let link = Path::new("/Users/a/link");
        assert!(src.list_xattrs(link).unwrap().is_empty());
        assert!(src.get_xattr(link, q, 64).unwrap_err().is_not_found());
        assert!(matches!(
            src.list_xattrs(Path::new("/Users/b/passwd")),
            Err(SourceError::Symlink { .. })
        ));
        assert!(src
            .list_xattrs(Path::new("/Users/a/none"))
            .unwrap_err()
            .is_not_found());
    }

    #[test]
    fn excluded_directories_are_invisible() {
        let d = tree();
        std::fs::create_dir_all(d.path().join("Users/a/out")).unwrap();
        std::fs::write(d.path().join("Users/a/out/x"), b"x").unwrap();
        let src = FsSource::new(d.path(), false).exclude(d.path().join("Users/a/out"));
        let names: Vec<_> = src
            .read_dir(Path::new("/Users/a"))
            .unwrap()
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(names, vec![OsString::from("f.txt")]);
        assert!(matches!(
            src.open(Path::new("/Users/a/out/x")),
            Err(SourceError::Excluded)
        ));
    }

    #[test]
    fn a_root_below_the_excluded_directory_is_still_read() {
        // --output /case --root /case/image: the output directory holds the
        // root; only the run's own files in it are hidden.
        let d = tempfile::tempdir().unwrap();
        let out = d.path();
        let root = out.join("image");
        std::fs::create_dir_all(root.join("Users/a")).unwrap();
        std::fs::write(root.join("Users/a/f.txt"), b"hello").unwrap();
        let src = FsSource::new(&root, false).exclude(out);
        assert!(src.open(Path::new("/Users/a/f.txt")).is_ok());
        assert_eq!(src.read_dir(Path::new("/Users")).unwrap().len(), 1);

        // --output /case --root /case: the run's staging directory and
        // temporary tarball sit in the root and are hidden by name.
        let staging = out.join(".mactriage-staging-1-2");
        std::fs::create_dir(&staging).unwrap();
        std::fs::write(staging.join("x"), b"x").unwrap();
        let tmp = out.join(".t.tar.gz.partial");
        std::fs::write(&tmp, b"x").unwrap();
        let src = FsSource::new(out, false)
            .exclude(out)
            .exclude(&staging)
            .exclude(&tmp);
        let names: Vec<_> = src
            .read_dir(Path::new("/"))
            .unwrap()
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(names, vec![OsString::from("image")]);
        assert!(matches!(
            src.open(Path::new("/.t.tar.gz.partial")),
            Err(SourceError::Excluded)
        ));
        assert!(matches!(
            src.open(Path::new("/.mactriage-staging-1-2/x")),
            Err(SourceError::Excluded)
        ));
    }
}
