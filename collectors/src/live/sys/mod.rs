//! The one small interface `network` and `open_files` read the kernel
//! through: the sockets of the system with their owning pids, and the open
//! files of one process.
//!
//! - Linux (what CI runs): `/proc/net/{tcp,tcp6,udp,udp6}` for the sockets,
//!   `/proc/<pid>/fd` and `/proc/<pid>/fdinfo` for descriptors (see
//!   [`linux`]);
//! - macOS: `proc_pidinfo(PROC_PIDLISTFDS)` and `proc_pidfdinfo` through the
//!   `libproc` crate; the kernel's structures are decoded from their bytes
//!   in [`darwin`] (tested on Linux), the calls themselves are in `macos`.

use std::ffi::OsString;
use std::net::IpAddr;

#[cfg(any(target_os = "macos", test))]
pub mod darwin;
#[cfg(target_os = "linux")]
pub mod linux;
#[cfg(target_os = "macos")]
mod macos;

#[cfg(target_os = "linux")]
pub use linux::{open_files, pids, sockets};
#[cfg(target_os = "macos")]
pub use macos::{open_files, pids, sockets};

#[cfg(not(any(target_os = "linux", target_os = "macos")))]
pub fn sockets() -> Result<SocketScan, String> {
    Err("not supported on this operating system".into())
}
#[cfg(not(any(target_os = "linux", target_os = "macos")))]
pub fn open_files(_pid: u32, _max: usize) -> Result<FdList, ReadError> {
    Err(ReadError::Other(
        "not supported on this operating system".into(),
    ))
}
#[cfg(not(any(target_os = "linux", target_os = "macos")))]
pub fn pids() -> Result<Vec<u32>, String> {
    Err("not supported on this operating system".into())
}

/// TCP or UDP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Protocol {
    Tcp,
    Udp,
}

impl Protocol {
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Tcp => "tcp",
            Protocol::Udp => "udp",
        }
    }
}

/// One TCP or UDP socket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Socket {
    pub protocol: Protocol,
    /// 4 or 6 (an IPv6 socket may carry IPv4-mapped addresses).
    pub family: u8,
    pub local_addr: IpAddr,
    pub local_port: u16,
    /// `None` for an unconnected socket (a listener, most UDP sockets).
    pub remote: Option<(IpAddr, u16)>,
    /// TCP state in one vocabulary for both systems (`LISTEN`,
    /// `ESTABLISHED`...), `None` for UDP.
    pub state: Option<&'static str>,
    /// The state number as the kernel gave it.
    pub state_raw: Option<i64>,
    /// The processes holding it (several after a fork).
    pub pids: Vec<u32>,
    /// Linux: the socket's inode, which ties it to descriptors.
    pub inode: Option<u64>,
    /// Linux: the uid the kernel lists for it.
    pub uid: Option<u32>,
    /// macOS: the kernel's socket address (`soi_so`), which ties the
    /// descriptors of several processes to one socket.
    pub so: Option<u64>,
}

/// All sockets, and what could not be seen while listing them.
#[derive(Debug, Default)]
pub struct SocketScan {
    pub sockets: Vec<Socket>,
    /// Problems on single items (a process that could not be read, a table
    /// line that did not parse): (where, what).
    pub problems: Vec<Problem>,
}

/// A problem with one item of a listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub denied: bool,
    pub message: String,
}

/// How a file was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Read,
    Write,
    ReadWrite,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Read => "r",
            Mode::Write => "w",
            Mode::ReadWrite => "rw",
        }
    }
}

/// One descriptor of a process that names something in a file system.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenFile {
    pub fd: i32,
    /// The path as the kernel names it (exact bytes).
    pub path: OsString,
    pub mode: Option<Mode>,
    /// The open flags as the kernel gave them.
    pub flags_raw: Option<u64>,
    /// `file`, `directory`, `char_device`, `block_device`, `fifo`,
    /// `socket`, `symlink` or `unknown`.
    pub file_type: &'static str,
    /// Gone from the file system while still open.
    pub deleted: bool,
    pub inode: Option<u64>,
    pub size: Option<u64>,
    pub offset: Option<u64>,
}

/// One process's open files, up to the cap.
#[derive(Debug, Default)]
pub struct FdList {
    pub files: Vec<OpenFile>,
    /// Descriptors naming files that the cap left out.
    pub over_cap: u64,
    /// Descriptors that vanished or could not be read while listing.
    pub problems: Vec<Problem>,
}

/// Why a process's descriptors could not be listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The process exited before (or while) it was read.
    Gone,
    /// The kernel refused (another user's process, not root).
    Denied(String),
    Other(String),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Gone => write!(f, "process exited while it was read"),
            ReadError::Denied(m) => write!(f, "permission denied: {m}"),
            ReadError::Other(m) => write!(f, "{m}"),
        }
    }
}

/// A file type from `st_mode`.
pub fn file_type_of(mode: u32) -> &'static str {
    match mode & 0o170000 {
        0o100000 => "file",
        0o040000 => "directory",
        0o020000 => "char_device",
        0o060000 => "block_device",
        0o010000 => "fifo",
        0o140000 => "socket",
        0o120000 => "symlink",
        _ => "unknown",
    }
}
