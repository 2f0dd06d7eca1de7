//! The `proc_pidinfo`/`proc_pidfdinfo` calls, through the `libproc` crate.
//! The kernel fills plain byte buffers ([`SocketBuf`], [`VnodeBuf`]) that
//! [`super::darwin`] decodes; the offsets it uses are checked here against
//! `libproc`'s `repr(C)` structures when this module is compiled.

use std::mem::{offset_of, size_of};

use libproc::bsd_info::BSDInfo;
use libproc::file_info::{pidfdinfo, ListFDs, PIDFDInfo, PIDFDInfoFlavor, ProcFDType};
use libproc::net_info::{InSockInfo, SocketFDInfo, SocketInfo, TcpSockInfo, VInfoStat};
use libproc::proc_pid::{listpidinfo, pidinfo};
use libproc::processes::{pids_by_type, ProcFilter};

use super::darwin::{self, *};
use super::{FdList, Problem, ReadError, SocketScan};

// The offsets of `darwin`, against libproc's definitions.
const _: () = {
    assert!(size_of::<SocketFDInfo>() == SOCKET_FDINFO_SIZE);
    assert!(offset_of!(SocketFDInfo, psi) == PSI);
    assert!(PSI + offset_of!(SocketInfo, soi_so) == SOI_SO);
    assert!(PSI + offset_of!(SocketInfo, soi_family) == SOI_FAMILY);
    assert!(PSI + offset_of!(SocketInfo, soi_kind) == SOI_KIND);
    assert!(PSI + offset_of!(SocketInfo, soi_proto) == SOI_PROTO);
    assert!(offset_of!(InSockInfo, insi_fport) == INSI_FPORT);
    assert!(offset_of!(InSockInfo, insi_lport) == INSI_LPORT);
    assert!(offset_of!(InSockInfo, insi_vflag) == INSI_VFLAG);
    assert!(offset_of!(InSockInfo, insi_faddr) == INSI_FADDR);
    assert!(offset_of!(InSockInfo, insi_laddr) == INSI_LADDR);
    assert!(offset_of!(TcpSockInfo, tcpsi_ini) == 0);
    assert!(offset_of!(TcpSockInfo, tcpsi_state) == TCPSI_STATE);
    assert!(size_of::<VInfoStat>() == 136);
    assert!(offset_of!(VInfoStat, vst_mode) == VST_MODE);
    assert!(offset_of!(VInfoStat, vst_nlink) == VST_NLINK);
    assert!(offset_of!(VInfoStat, vst_ino) == VST_INO);
    assert!(offset_of!(VInfoStat, vst_size) == VST_SIZE);
    assert!(SOCKET_FDINFO_SIZE % 8 == 0 && VNODE_PATH_SIZE % 8 == 0);
};

/// A `struct socket_fdinfo`, as bytes.
#[repr(C)]
struct SocketBuf([u64; SOCKET_FDINFO_SIZE / 8]);

impl Default for SocketBuf {
    fn default() -> Self {
        SocketBuf([0; SOCKET_FDINFO_SIZE / 8])
    }
}

impl PIDFDInfo for SocketBuf {
    fn flavor() -> PIDFDInfoFlavor {
        PIDFDInfoFlavor::SocketInfo
    }
}

/// A `struct vnode_fdinfowithpath`, as bytes.
#[repr(C)]
struct VnodeBuf([u64; VNODE_PATH_SIZE / 8]);

impl Default for VnodeBuf {
    fn default() -> Self {
        VnodeBuf([0; VNODE_PATH_SIZE / 8])
    }
}

impl PIDFDInfo for VnodeBuf {
    fn flavor() -> PIDFDInfoFlavor {
        PIDFDInfoFlavor::VNodePathInfo
    }
}

fn bytes(words: &[u64]) -> Vec<u8> {
    words.iter().flat_map(|w| w.to_ne_bytes()).collect()
}

/// The errno in one of libproc's messages ("... errno = 3, ...").
fn errno_of(msg: &str) -> Option<i32> {
    let rest = msg.split("errno = ").nth(1)?;
    rest.split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

fn read_error(pid: u32, msg: String) -> ReadError {
    match errno_of(&msg) {
        Some(3) => ReadError::Gone,
        Some(1) | Some(13) => ReadError::Denied(format!("pid {pid}: {msg}")),
        _ => ReadError::Other(format!("pid {pid}: {msg}")),
    }
}

/// Every pid.
pub fn pids() -> Result<Vec<u32>, String> {
    let mut v = pids_by_type(ProcFilter::All).map_err(|e| format!("listing processes: {e}"))?;
    v.retain(|p| *p != 0);
    v.sort_unstable();
    v.dedup();
    Ok(v)
}

/// The descriptors of `pid`: (fd, type).
fn fds(pid: u32) -> Result<Vec<(i32, u32)>, ReadError> {
    let p = i32::try_from(pid).map_err(|_| ReadError::Other(format!("pid {pid} out of range")))?;
    let info = pidinfo::<BSDInfo>(p, 0).map_err(|m| read_error(pid, m))?;
    let n = info.pbi_nfiles as usize;
    if n == 0 {
        return Ok(Vec::new());
    }
    // Room for descriptors opened since the count was taken.
    let list = listpidinfo::<ListFDs>(p, n + 32).map_err(|m| read_error(pid, m))?;
    Ok(list.iter().map(|f| (f.proc_fd, f.proc_fdtype)).collect())
}

/// Every TCP and UDP socket, from every process's descriptors.
pub fn sockets() -> Result<SocketScan, String> {
    let mut scan = SocketScan::default();
    for pid in pids()? {
        let list = match fds(pid) {
            Ok(l) => l,
            Err(ReadError::Gone) => continue,
            Err(e) => {
                scan.problems.push(Problem {
                    path: format!("pid {pid}"),
                    denied: matches!(e, ReadError::Denied(_)),
                    message: format!("descriptors not readable: {e}"),
                });
                continue;
            }
        };
        for (fd, kind) in list {
            if !matches!(ProcFDType::from(kind), ProcFDType::Socket) {
                continue;
            }
            let Ok(p) = i32::try_from(pid) else { continue };
            // An error: closed since it was listed, or the process is gone.
            if let Ok(buf) = pidfdinfo::<SocketBuf>(p, fd) {
                if let Some(s) = darwin::decode_socket(&bytes(&buf.0), pid) {
                    scan.sockets.push(s);
                }
            }
        }
    }
    Ok(scan)
}

/// The open files of `pid` (vnode descriptors), at most `max`.
pub fn open_files(pid: u32, max: usize) -> Result<FdList, ReadError> {
    let list = fds(pid)?;
    let p = i32::try_from(pid).map_err(|_| ReadError::Other(format!("pid {pid} out of range")))?;
    let mut out = FdList::default();
    for (fd, kind) in list {
        if !matches!(ProcFDType::from(kind), ProcFDType::VNode) {
            continue;
        }
        if out.files.len() >= max {
            out.over_cap += 1;
            continue;
        }
        match pidfdinfo::<VnodeBuf>(p, fd) {
            Ok(buf) => match darwin::decode_vnode(&bytes(&buf.0), fd) {
                Some(f) => out.files.push(f),
                None => out.problems.push(Problem {
                    path: format!("pid {pid} fd {fd}"),
                    denied: false,
                    message: "descriptor information too short".into(),
                }),
            },
            Err(m) => match read_error(pid, m) {
                // Closed since it was listed.
                ReadError::Gone | ReadError::Other(_) => {}
                e @ ReadError::Denied(_) => out.problems.push(Problem {
                    path: format!("pid {pid} fd {fd}"),
                    denied: true,
                    message: e.to_string(),
                }),
            },
        }
    }
    Ok(out)
}
