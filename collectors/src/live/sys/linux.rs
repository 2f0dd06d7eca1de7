//! Sockets and open files from Linux `/proc` (the system CI runs on).
//!
//! - `/proc/net/tcp`, `tcp6`, `udp`, `udp6`: one line per socket, addresses
//!   as the kernel's in-memory words in hex (`proc_net_tcp.txt` in the
//!   kernel's documentation), the socket's inode and uid;
//! - `/proc/<pid>/fd/<n>`: a link whose text is a path (` (deleted)`
//!   appended once unlinked) or `socket:[inode]`;
//! - `/proc/<pid>/fdinfo/<n>`: `pos:` and `flags:` (octal open flags).

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsString;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use super::{
    file_type_of, FdList, Mode, OpenFile, Problem, Protocol, ReadError, Socket, SocketScan,
};

/// Every pid in `/proc`.
pub fn pids() -> Result<Vec<u32>, String> {
    let dir = std::fs::read_dir("/proc").map_err(|e| format!("/proc: {e}"))?;
    let mut out: Vec<u32> = dir
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse().ok())
        .collect();
    out.sort_unstable();
    Ok(out)
}

/// Every TCP and UDP socket (IPv4 and IPv6) of this network namespace, with
/// the pids whose descriptors hold it.
pub fn sockets() -> Result<SocketScan, String> {
    let mut scan = SocketScan::default();
    let mut any = false;
    for (file, proto, family) in [
        ("/proc/net/tcp", Protocol::Tcp, 4u8),
        ("/proc/net/tcp6", Protocol::Tcp, 6),
        ("/proc/net/udp", Protocol::Udp, 4),
        ("/proc/net/udp6", Protocol::Udp, 6),
    ] {
        match std::fs::read_to_string(file) {
            Ok(text) => {
                any = true;
                for (n, line) in text.lines().enumerate().skip(1) {
                    if line.trim().is_empty() {
                        continue;
                    }
                    match parse_net_line(line, proto, family) {
                        Some(s) => scan.sockets.push(s),
                        None => scan.problems.push(Problem {
                            path: file.into(),
                            denied: false,
                            message: format!("line {} not understood", n + 1),
                        }),
                    }
                }
            }
            // No IPv6 in this kernel: nothing to list.
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => scan.problems.push(Problem {
                path: file.into(),
                denied: e.kind() == io::ErrorKind::PermissionDenied,
                message: e.to_string(),
            }),
        }
    }
    if !any {
        return Err("no socket table in /proc/net could be read".into());
    }
    let owners = socket_owners(&mut scan.problems);
    for s in &mut scan.sockets {
        if let Some(p) = s.inode.and_then(|i| owners.get(&i)) {
            s.pids = p.iter().copied().collect();
        }
    }
    Ok(scan)
}

/// Socket inode -> pids, from every process's descriptors. A process that
/// exits while read is passed over; one whose descriptors are refused is a
/// problem (its sockets show no owner).
fn socket_owners(problems: &mut Vec<Problem>) -> BTreeMap<u64, BTreeSet<u32>> {
    let mut out: BTreeMap<u64, BTreeSet<u32>> = BTreeMap::new();
    let Ok(pids) = pids() else {
        return out;
    };
    for pid in pids {
        let dir = format!("/proc/{pid}/fd");
        let entries = match std::fs::read_dir(&dir) {
            Ok(d) => d,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => {
                problems.push(Problem {
                    denied: e.kind() == io::ErrorKind::PermissionDenied,
                    path: dir,
                    message: format!("descriptors not readable: {e}"),
                });
                continue;
            }
        };
        for e in entries.flatten() {
            let link = match std::fs::read_link(e.path()) {
                Ok(l) => l,
                // The process's descriptors are refused as a whole.
                Err(err) if err.kind() == io::ErrorKind::PermissionDenied => {
                    problems.push(Problem {
                        denied: true,
                        path: dir.clone(),
                        message: format!("descriptors not readable: {err}"),
                    });
                    break;
                }
                Err(_) => continue,
            };
            if let Some(inode) = socket_inode(link.as_os_str().as_bytes()) {
                out.entry(inode).or_default().insert(pid);
            }
        }
    }
    out
}

/// The inode of a `socket:[12345]` descriptor link.
fn socket_inode(link: &[u8]) -> Option<u64> {
    let rest = link.strip_prefix(b"socket:[")?.strip_suffix(b"]")?;
    std::str::from_utf8(rest).ok()?.parse().ok()
}

/// One line of `/proc/net/{tcp,udp}[6]`:
/// `sl local rem st tx:rx tr:when retrnsmt uid timeout inode ...`.
pub fn parse_net_line(line: &str, protocol: Protocol, family: u8) -> Option<Socket> {
    let f: Vec<&str> = line.split_whitespace().collect();
    let (local_addr, local_port) = parse_endpoint(f.get(1)?)?;
    let (raddr, rport) = parse_endpoint(f.get(2)?)?;
    let st = i64::from_str_radix(f.get(3)?, 16).ok()?;
    let uid = f.get(7)?.parse().ok()?;
    let inode = f.get(9)?.parse().ok()?;
    let remote = if raddr.is_unspecified() && rport == 0 {
        None
    } else {
        Some((raddr, rport))
    };
    Some(Socket {
        protocol,
        family,
        local_addr,
        local_port,
        remote,
        state: match protocol {
            Protocol::Tcp => Some(tcp_state(st)),
            Protocol::Udp => None,
        },
        state_raw: Some(st),
        pids: Vec::new(),
        inode: Some(inode),
        uid: Some(uid),
        so: None,
    })
}

/// `0100007F:1F90`: the address as the kernel's 32-bit words printed in
/// hex (so in host byte order), and the port.
fn parse_endpoint(s: &str) -> Option<(IpAddr, u16)> {
    let (addr, port) = s.split_once(':')?;
    let port = u16::from_str_radix(port, 16).ok()?;
    let word = |i: usize| -> Option<[u8; 4]> {
        let h = addr.get(i * 8..i * 8 + 8)?;
        Some(u32::from_str_radix(h, 16).ok()?.to_ne_bytes())
    };
    let ip = match addr.len() {
        8 => IpAddr::V4(Ipv4Addr::from(word(0)?)),
        32 => {
            let mut b = [0u8; 16];
            for (i, chunk) in b.chunks_mut(4).enumerate() {
                chunk.copy_from_slice(&word(i)?);
            }
            IpAddr::V6(Ipv6Addr::from(b))
        }
        _ => return None,
    };
    Some((ip, port))
}

/// Linux `TCP_*` states (include/net/tcp_states.h), named as BSD names them.
fn tcp_state(st: i64) -> &'static str {
    match st {
        1 => "ESTABLISHED",
        2 => "SYN_SENT",
        3 => "SYN_RECEIVED",
        4 => "FIN_WAIT_1",
        5 => "FIN_WAIT_2",
        6 => "TIME_WAIT",
        7 => "CLOSED",
        8 => "CLOSE_WAIT",
        9 => "LAST_ACK",
        10 => "LISTEN",
        11 => "CLOSING",
        12 => "SYN_RECEIVED",
        _ => "UNKNOWN",
    }
}

/// The open files of `pid` (descriptors naming a path), at most `max`.
pub fn open_files(pid: u32, max: usize) -> Result<FdList, ReadError> {
    let dir = format!("/proc/{pid}/fd");
    let entries = match std::fs::read_dir(&dir) {
        Ok(d) => d,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(ReadError::Gone),
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
            return Err(ReadError::Denied(format!("{dir}: {e}")))
        }
        Err(e) => return Err(ReadError::Other(format!("{dir}: {e}"))),
    };
    let mut fds: Vec<i32> = entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse().ok())
        .collect();
    fds.sort_unstable();
    let mut list = FdList::default();
    for fd in fds {
        let link_path = format!("/proc/{pid}/fd/{fd}");
        let link = match std::fs::read_link(&link_path) {
            Ok(l) => l.into_os_string().into_vec(),
            // Closed between the listing and now.
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            // Refused for one is refused for all (another user's process,
            // or no ptrace access to it).
            Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
                return Err(ReadError::Denied(format!("{link_path}: {e}")))
            }
            Err(e) => {
                list.problems.push(Problem {
                    denied: false,
                    path: link_path,
                    message: e.to_string(),
                });
                continue;
            }
        };
        if !link.starts_with(b"/") {
            // socket:[..], pipe:[..], anon_inode:...: not a file system path.
            continue;
        }
        if list.files.len() >= max {
            list.over_cap += 1;
            continue;
        }
        // stat through the magic link reaches the open file, deleted or not.
        let meta = std::fs::metadata(&link_path).ok();
        let (path, suffixed) = match link.strip_suffix(b" (deleted)") {
            Some(p) => (p.to_vec(), true),
            None => (link, false),
        };
        let deleted = match &meta {
            // A name that merely ends in " (deleted)" still has links.
            Some(m) => suffixed && m.nlink() == 0,
            None => suffixed,
        };
        let info = std::fs::read_to_string(format!("/proc/{pid}/fdinfo/{fd}")).unwrap_or_default();
        let (pos, flags) = parse_fdinfo(&info);
        list.files.push(OpenFile {
            fd,
            path: OsString::from_vec(path),
            mode: flags.map(mode_of),
            flags_raw: flags,
            file_type: meta.as_ref().map_or("unknown", |m| file_type_of(m.mode())),
            deleted,
            inode: meta.as_ref().map(|m| m.ino()),
            size: meta.as_ref().map(|m| m.size()),
            offset: pos,
        });
    }
    if list.files.is_empty() && list.over_cap == 0 && !Path::new(&dir).exists() {
        return Err(ReadError::Gone);
    }
    Ok(list)
}

/// `pos:` (decimal) and `flags:` (octal) of `/proc/<pid>/fdinfo/<fd>`.
pub fn parse_fdinfo(text: &str) -> (Option<u64>, Option<u64>) {
    let mut pos = None;
    let mut flags = None;
    for l in text.lines() {
        if let Some(v) = l.strip_prefix("pos:") {
            pos = v.trim().parse().ok();
        } else if let Some(v) = l.strip_prefix("flags:") {
            flags = u64::from_str_radix(v.trim(), 8).ok();
        }
    }
    (pos, flags)
}

/// The access mode of Linux open flags (`O_ACCMODE`).
fn mode_of(flags: u64) -> Mode {
    match flags & 3 {
        0 => Mode::Read,
        1 => Mode::Write,
        _ => Mode::ReadWrite,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn net_lines_decode_addresses_ports_states_and_inodes() {
        // Lines in the layout of the kernel's Documentation/networking/
        // proc_net_tcp.rst, with values written here (little-endian host).
        let l = "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4242 1 0000000000000000 100 0 0 10 0";
        let s = parse_net_line(l, Protocol::Tcp, 4).unwrap();
        assert_eq!(s.local_addr, "127.0.0.1".parse::<IpAddr>().unwrap());
        assert_eq!(s.local_port, 8080);
        assert_eq!(s.remote, None);
        assert_eq!(s.state, Some("LISTEN"));
        assert_eq!(s.state_raw, Some(10));
        assert_eq!(s.uid, Some(1000));
        assert_eq!(s.inode, Some(4242));
        let l6 = "   1: 00000000000000000000000001000000:0016 0000000000000000FFFF00000A00000A:D431 01 00000000:00000000 00:00000000 00000000     0        0 77 1 0000000000000000 20 4 30 10 -1";
        let s = parse_net_line(l6, Protocol::Tcp, 6).unwrap();
        assert_eq!(s.local_addr, "::1".parse::<IpAddr>().unwrap());
        assert_eq!(s.local_port, 22);
        assert_eq!(
            s.remote,
            Some(("::ffff:10.0.0.10".parse().unwrap(), 0xD431))
        );
        assert_eq!(s.state, Some("ESTABLISHED"));
        assert!(parse_net_line("garbage", Protocol::Udp, 4).is_none());
        assert!(parse_net_line("0: 0100007F:ZZZZ 0:0 07 0 0 0 0 0 1", Protocol::Udp, 4).is_none());
    }

    #[test]
    fn fdinfo_gives_offset_and_octal_flags() {
        let (pos, flags) = parse_fdinfo("pos:\t12\nflags:\t0100002\nmnt_id:\t29\n");
        assert_eq!(pos, Some(12));
        assert_eq!(flags, Some(0o100002));
        assert_eq!(mode_of(0o100002), Mode::ReadWrite);
        assert_eq!(mode_of(0o2000001), Mode::Write);
        assert_eq!(mode_of(0o100000), Mode::Read);
        assert_eq!(socket_inode(b"socket:[991]"), Some(991));
        assert_eq!(socket_inode(b"pipe:[991]"), None);
    }

    #[test]
    fn this_process_sees_its_own_listener_and_deleted_file() {
        use std::io::Write;
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = l.local_addr().unwrap().port();
        let scan = sockets().unwrap();
        let me = std::process::id();
        let s = scan
            .sockets
            .iter()
            .find(|s| s.local_port == port && s.state == Some("LISTEN"))
            .expect("listener listed");
        assert!(s.pids.contains(&me), "{s:?}");

        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("gone.txt");
        let mut f = std::fs::File::create(&p).unwrap();
        f.write_all(b"abc").unwrap();
        std::fs::remove_file(&p).unwrap();
        let list = open_files(me, 100_000).unwrap();
        let o = list
            .files
            .iter()
            .find(|o| o.path == p.as_os_str())
            .expect("deleted file listed");
        assert!(o.deleted);
        assert_eq!(o.mode, Some(Mode::Write));
        assert_eq!(o.size, Some(3));
        assert_eq!(o.file_type, "file");
        drop(f);
    }
}
