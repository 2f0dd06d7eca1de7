//! What collectors hand to the archive: files, their metadata, and the sink
//! that takes them (the binary's archive writer, or a test's memory sink).

use std::fs::File;
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;

/// Prefix of every archive member copied from the target (UAC layout).
pub const ROOT_PREFIX: &str = "[root]";

/// A timestamp as stored by the file system: seconds and nanoseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FileTime {
    pub secs: i64,
    pub nanos: u32,
}

impl FileTime {
    fn from_system(t: io::Result<SystemTime>) -> Option<FileTime> {
        let t = t.ok()?;
        match t.duration_since(UNIX_EPOCH) {
            Ok(d) => Some(FileTime {
                secs: i64::try_from(d.as_secs()).ok()?,
                nanos: d.subsec_nanos(),
            }),
            Err(e) => {
                let d = e.duration();
                let mut secs = -i64::try_from(d.as_secs()).ok()?;
                let mut nanos = d.subsec_nanos();
                if nanos > 0 {
                    secs -= 1;
                    nanos = 1_000_000_000 - nanos;
                }
                Some(FileTime { secs, nanos })
            }
        }
    }
}

/// What the archive and the manifest record about a file on the target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileMeta {
    pub size: u64,
    /// The full `st_mode`, file type bits included.
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    pub inode: u64,
    pub atime: Option<FileTime>,
    pub mtime: Option<FileTime>,
    pub ctime: Option<FileTime>,
    /// Birth time, where the operating system reports it.
    pub crtime: Option<FileTime>,
}

impl FileMeta {
    pub fn from_metadata(m: &std::fs::Metadata) -> FileMeta {
        FileMeta {
            size: m.len(),
            mode: m.mode(),
            uid: m.uid(),
            gid: m.gid(),
            inode: m.ino(),
            atime: FileTime::from_system(m.accessed()),
            mtime: FileTime::from_system(m.modified()),
            ctime: Some(FileTime {
                secs: m.ctime(),
                nanos: u32::try_from(m.ctime_nsec()).unwrap_or(0),
            }),
            crtime: FileTime::from_system(m.created()),
        }
    }

    /// Metadata for a file the tool itself produced (parsed output, manifest).
    pub fn generated(size: u64) -> FileMeta {
        let now = FileTime::from_system(Ok(SystemTime::now()));
        FileMeta {
            size,
            mode: 0o100_600,
            uid: 0,
            gid: 0,
            inode: 0,
            atime: now,
            mtime: now,
            ctime: now,
            crtime: None,
        }
    }
}

/// A file in the private staging directory, removed when the last holder
/// (the collector parsing it, the archive writer copying it) drops it.
#[derive(Debug)]
pub struct StagedFile {
    path: PathBuf,
}

impl StagedFile {
    pub fn new(path: PathBuf) -> Self {
        StagedFile { path }
    }
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for StagedFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Where an archive member's bytes come from.
#[derive(Debug)]
pub enum Content {
    /// A staged copy (also being parsed, or a generated output).
    Staged(Arc<StagedFile>),
    /// A file on the target, opened read-only; the writer reads it.
    Open(File),
    /// A symbolic link, stored as a link to this target.
    Symlink(PathBuf),
    /// A directory: its metadata only, stored as a directory member.
    Directory,
}

/// One member to append to the archive.
#[derive(Debug)]
pub struct ArchiveItem {
    /// The collector that asked for it (errors are reported against it).
    pub collector: &'static str,
    /// The member's path inside the archive.
    pub member: PathBuf,
    /// The path on the target; `None` for the tool's own outputs.
    pub source: Option<PathBuf>,
    pub meta: FileMeta,
    pub content: Content,
}

/// The archive writer, as collectors see it.
pub trait ArchiveSink: Send + Sync {
    /// Queue a member. May block while the writer catches up.
    fn submit(&self, item: ArchiveItem);
}

/// The archive member name of a target path.
pub fn member_for(target: &Path) -> PathBuf {
    let rel = target.strip_prefix("/").unwrap_or(target);
    Path::new(ROOT_PREFIX).join(rel)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_names_never_escape() {
        assert_eq!(
            member_for(Path::new("/Users/a/.zsh_history")),
            PathBuf::from("[root]/Users/a/.zsh_history")
        );
    }
}
