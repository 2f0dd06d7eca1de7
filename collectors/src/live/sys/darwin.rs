//! The macOS kernel's descriptor structures, decoded from their bytes.
//!
//! `proc_pidfdinfo(2)` fills a `struct socket_fdinfo`
//! (`PROC_PIDFDSOCKETINFO`) or a `struct vnode_fdinfowithpath`
//! (`PROC_PIDFDVNODEPATHINFO`), both from `<sys/proc_info.h>`. Their
//! socket part is a union, which safe Rust cannot read; so the `macos`
//! module has the kernel fill plain byte buffers of the right size and this
//! module reads the fields at their offsets with the bounds-checked reader.
//! The offsets below are those of the LP64 layout (x86_64 and arm64 alike);
//! the macOS build checks each one, at compile time, against the `repr(C)`
//! definitions of the `libproc` crate.

use std::ffi::OsString;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::os::unix::ffi::OsStringExt;

use super::{file_type_of, Mode, OpenFile, Protocol, Socket};
use crate::formats::bytes::ByteReader;

/// `sizeof(struct socket_fdinfo)`.
pub const SOCKET_FDINFO_SIZE: usize = 792;
/// `sizeof(struct vnode_fdinfowithpath)`.
pub const VNODE_PATH_SIZE: usize = 1200;

/// `struct proc_fileinfo` (24 bytes) starts both structures.
pub const PFI_OPENFLAGS: usize = 0;
pub const PFI_OFFSET: usize = 8;
/// `struct socket_info` follows it.
pub const PSI: usize = 24;
pub const SOI_SO: usize = PSI + 136;
pub const SOI_FAMILY: usize = PSI + 160;
pub const SOI_KIND: usize = PSI + 232;
/// The `soi_proto` union: an `in_sockinfo` first for `SOCKINFO_IN` and
/// `SOCKINFO_TCP` (where it is `tcpsi_ini`).
pub const SOI_PROTO: usize = PSI + 240;
pub const INSI_FPORT: usize = 0;
pub const INSI_LPORT: usize = 4;
pub const INSI_VFLAG: usize = 24;
pub const INSI_FADDR: usize = 32;
pub const INSI_LADDR: usize = 48;
/// `in4in6_addr`: three words of padding, then the IPv4 address.
pub const IN4IN6_ADDR4: usize = 12;
pub const TCPSI_STATE: usize = 80;

/// `struct vinfo_stat` in `vnode_info` (after the `proc_fileinfo`).
pub const VST: usize = 24;
pub const VST_MODE: usize = 4;
pub const VST_NLINK: usize = 6;
pub const VST_INO: usize = 8;
pub const VST_SIZE: usize = 88;
/// `vip_path[MAXPATHLEN]` after the 152-byte `vnode_info`.
pub const VIP_PATH: usize = 24 + 152;
pub const MAXPATHLEN: usize = 1024;

const AF_INET: i32 = 2;
const AF_INET6: i32 = 30;
const SOCKINFO_IN: i32 = 1;
const SOCKINFO_TCP: i32 = 2;
const INI_IPV4: u8 = 0x1;
const INI_IPV6: u8 = 0x2;
const FREAD: u32 = 0x1;
const FWRITE: u32 = 0x2;

// Both macOS architectures (x86_64, arm64) are little-endian.

fn at<'a>(b: &'a [u8], field: &'static str, off: usize) -> Option<ByteReader<'a>> {
    let mut r = ByteReader::new(b);
    r.seek(field, off as u64).ok()?;
    Some(r)
}

fn u16_at(b: &[u8], field: &'static str, off: usize) -> Option<u16> {
    at(b, field, off)?.u16_le(field).ok()
}

fn u32_at(b: &[u8], field: &'static str, off: usize) -> Option<u32> {
    at(b, field, off)?.u32_le(field).ok()
}

fn i32_at(b: &[u8], field: &'static str, off: usize) -> Option<i32> {
    at(b, field, off)?.i32_le(field).ok()
}

fn u64_at(b: &[u8], field: &'static str, off: usize) -> Option<u64> {
    at(b, field, off)?.u64_le(field).ok()
}

fn slice_at<const N: usize>(b: &[u8], field: &'static str, off: usize) -> Option<[u8; N]> {
    at(b, field, off)?.array::<N>(field).ok()
}

/// A port as `in_sockinfo` keeps it: the network-order `u_short` in an int.
fn port(raw: i32) -> u16 {
    u16::from_be(raw as u16)
}

/// BSD TCP states (`TSI_S_*` in `<sys/proc_info.h>`).
pub fn tcp_state(st: i32) -> &'static str {
    match st {
        0 => "CLOSED",
        1 => "LISTEN",
        2 => "SYN_SENT",
        3 => "SYN_RECEIVED",
        4 => "ESTABLISHED",
        5 => "CLOSE_WAIT",
        6 => "FIN_WAIT_1",
        7 => "CLOSING",
        8 => "LAST_ACK",
        9 => "FIN_WAIT_2",
        10 => "TIME_WAIT",
        _ => "UNKNOWN",
    }
}

/// A TCP or UDP socket from a `socket_fdinfo`; `None` for any other kind
/// of socket (Unix domain, kernel control...) or a short buffer.
pub fn decode_socket(b: &[u8], pid: u32) -> Option<Socket> {
    let family = i32_at(b, "soi_family", SOI_FAMILY)?;
    if family != AF_INET && family != AF_INET6 {
        return None;
    }
    let kind = i32_at(b, "soi_kind", SOI_KIND)?;
    let protocol = match kind {
        SOCKINFO_TCP => Protocol::Tcp,
        SOCKINFO_IN => Protocol::Udp,
        _ => return None,
    };
    let ini = SOI_PROTO;
    let vflag = at(b, "insi_vflag", ini + INSI_VFLAG)?
        .u8("insi_vflag")
        .ok()?;
    let addr = |off: usize| -> Option<IpAddr> {
        if vflag & INI_IPV4 != 0 {
            Some(IpAddr::V4(Ipv4Addr::from(slice_at::<4>(
                b,
                "i46a_addr4",
                ini + off + IN4IN6_ADDR4,
            )?)))
        } else if vflag & INI_IPV6 != 0 {
            Some(IpAddr::V6(Ipv6Addr::from(slice_at::<16>(
                b,
                "ina_6",
                ini + off,
            )?)))
        } else {
            None
        }
    };
    let local_addr = addr(INSI_LADDR)?;
    let raddr = addr(INSI_FADDR)?;
    let local_port = port(i32_at(b, "insi_lport", ini + INSI_LPORT)?);
    let rport = port(i32_at(b, "insi_fport", ini + INSI_FPORT)?);
    let remote = if raddr.is_unspecified() && rport == 0 {
        None
    } else {
        Some((raddr, rport))
    };
    let st = match protocol {
        Protocol::Tcp => Some(i32_at(b, "tcpsi_state", ini + TCPSI_STATE)?),
        Protocol::Udp => None,
    };
    Some(Socket {
        protocol,
        family: if family == AF_INET { 4 } else { 6 },
        local_addr,
        local_port,
        remote,
        state: st.map(tcp_state),
        state_raw: st.map(i64::from),
        pids: vec![pid],
        inode: None,
        uid: None,
        so: u64_at(b, "soi_so", SOI_SO),
    })
}

/// An open file from a `vnode_fdinfowithpath`.
pub fn decode_vnode(b: &[u8], fd: i32) -> Option<OpenFile> {
    let flags = u32_at(b, "fi_openflags", PFI_OPENFLAGS)?;
    let offset = u64_at(b, "fi_offset", PFI_OFFSET)?;
    let mode = u16_at(b, "vst_mode", VST + VST_MODE)?;
    let nlink = u16_at(b, "vst_nlink", VST + VST_NLINK)?;
    let ino = u64_at(b, "vst_ino", VST + VST_INO)?;
    let size = u64_at(b, "vst_size", VST + VST_SIZE)?;
    let path = at(b, "vip_path", VIP_PATH)?
        .take("vip_path", MAXPATHLEN)
        .ok()?;
    let end = path.iter().position(|&c| c == 0).unwrap_or(path.len());
    let path = path.get(..end)?.to_vec();
    let file_type = file_type_of(u32::from(mode));
    Some(OpenFile {
        fd,
        path: OsString::from_vec(path),
        mode: match (flags & FREAD != 0, flags & FWRITE != 0) {
            (true, true) => Some(Mode::ReadWrite),
            (false, true) => Some(Mode::Write),
            (true, false) => Some(Mode::Read),
            (false, false) => None,
        },
        flags_raw: Some(u64::from(flags)),
        file_type,
        // No link left to the inode: unlinked while open. (A directory or
        // device is never counted so.)
        deleted: nlink == 0 && file_type == "file",
        inode: Some(ino),
        size: Some(size),
        offset: Some(offset),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn put(b: &mut [u8], off: usize, v: &[u8]) {
        b[off..off + v.len()].copy_from_slice(v);
    }

    #[allow(clippy::too_many_arguments)]
    /// A `socket_fdinfo` written here byte by byte at the offsets of
    /// `<sys/proc_info.h>` (not captured from a Mac).
    fn socket(
        kind: i32,
        family: i32,
        vflag: u8,
        laddr: &[u8],
        lport: u16,
        faddr: &[u8],
        fport: u16,
        state: i32,
    ) -> Vec<u8> {
        let mut b = vec![0u8; SOCKET_FDINFO_SIZE];
        put(&mut b, SOI_FAMILY, &family.to_le_bytes());
        put(&mut b, SOI_KIND, &kind.to_le_bytes());
        put(&mut b, SOI_SO, &0xffffff80_12345678u64.to_le_bytes());
        let ini = SOI_PROTO;
        b[ini + INSI_VFLAG] = vflag;
        let a = |addr: &[u8]| if addr.len() == 4 { IN4IN6_ADDR4 } else { 0 };
        put(&mut b, ini + INSI_LADDR + a(laddr), laddr);
        put(&mut b, ini + INSI_FADDR + a(faddr), faddr);
        put(
            &mut b,
            ini + INSI_LPORT,
            &i32::from(lport.to_be()).to_le_bytes(),
        );
        put(
            &mut b,
            ini + INSI_FPORT,
            &i32::from(fport.to_be()).to_le_bytes(),
        );
        put(&mut b, ini + TCPSI_STATE, &state.to_le_bytes());
        b
    }

    #[test]
    fn tcp_and_udp_sockets_decode() {
        let b = socket(
            SOCKINFO_TCP,
            AF_INET,
            INI_IPV4,
            &[192, 168, 1, 5],
            52000,
            &[17, 253, 144, 10],
            443,
            4,
        );
        let s = decode_socket(&b, 77).unwrap();
        assert_eq!(s.protocol, Protocol::Tcp);
        assert_eq!(s.family, 4);
        assert_eq!(s.local_addr, "192.168.1.5".parse::<IpAddr>().unwrap());
        assert_eq!(s.local_port, 52000);
        assert_eq!(s.remote, Some(("17.253.144.10".parse().unwrap(), 443)));
        assert_eq!(s.state, Some("ESTABLISHED"));
        assert_eq!(s.pids, vec![77]);
        assert_eq!(s.so, Some(0xffffff80_12345678));

        let mut v6 = [0u8; 16];
        v6[15] = 1;
        let b = socket(SOCKINFO_IN, AF_INET6, INI_IPV6, &v6, 5353, &[0; 16], 0, 0);
        let s = decode_socket(&b, 1).unwrap();
        assert_eq!(s.protocol, Protocol::Udp);
        assert_eq!(s.local_addr, "::1".parse::<IpAddr>().unwrap());
        assert_eq!(s.local_port, 5353);
        assert_eq!(s.remote, None);
        assert_eq!(s.state, None);

        let listen = socket(
            SOCKINFO_TCP,
            AF_INET6,
            INI_IPV4 | INI_IPV6,
            &[0; 4],
            22,
            &[0; 4],
            0,
            1,
        );
        assert_eq!(decode_socket(&listen, 1).unwrap().state, Some("LISTEN"));
        // A Unix domain socket (family 1), a short buffer: nothing.
        let unix = socket(3, 1, 0, &[0; 4], 0, &[0; 4], 0, 0);
        assert!(decode_socket(&unix, 1).is_none());
        assert!(decode_socket(&b[..100], 1).is_none());
    }

    #[test]
    fn vnode_paths_modes_and_deleted_files_decode() {
        let mut b = vec![0u8; VNODE_PATH_SIZE];
        put(&mut b, PFI_OPENFLAGS, &(FREAD | FWRITE).to_le_bytes());
        put(&mut b, PFI_OFFSET, &7u64.to_le_bytes());
        put(&mut b, VST + VST_MODE, &0o100644u16.to_le_bytes());
        put(&mut b, VST + VST_INO, &99u64.to_le_bytes());
        put(&mut b, VST + VST_SIZE, &12u64.to_le_bytes());
        put(&mut b, VIP_PATH, b"/private/tmp/x\xff.log\0junk");
        let f = decode_vnode(&b, 4).unwrap();
        assert_eq!(
            f.path,
            OsString::from_vec(b"/private/tmp/x\xff.log".to_vec())
        );
        assert_eq!(f.mode, Some(Mode::ReadWrite));
        assert_eq!(f.offset, Some(7));
        assert_eq!(f.inode, Some(99));
        assert_eq!(f.size, Some(12));
        assert_eq!(f.file_type, "file");
        assert!(f.deleted, "no links left");
        put(&mut b, VST + VST_NLINK, &1u16.to_le_bytes());
        assert!(!decode_vnode(&b, 4).unwrap().deleted);
        // A path filling the whole buffer without a terminator is kept whole.
        put(&mut b, VIP_PATH, &[b'a'; MAXPATHLEN]);
        assert_eq!(decode_vnode(&b, 4).unwrap().path.len(), MAXPATHLEN);
        assert!(decode_vnode(&b[..VIP_PATH + 10], 4).is_none());
    }
}
