//! `network`: every TCP and UDP socket of the running system, IPv4 and
//! IPv6, with the processes that hold it.
//!
//! **What.** Which process listens where and talks to whom, at the moment
//! of collection: the most volatile evidence on a live Mac. Each socket
//! names its owning processes with their executable and its SHA-256 (the
//! same hashes as `processes`: each executable is read once per run, see
//! [`crate::live::exe`]).
//!
//! **Where.** The running kernel (live only; skipped on any other root):
//! on macOS every process's descriptors through `proc_pidinfo` /
//! `proc_pidfdinfo` (the `libproc` crate; what `lsof -i` and `netstat -anv`
//! read); on Linux `/proc/net/{tcp,tcp6,udp,udp6}`, tied to processes
//! through the socket inodes in `/proc/<pid>/fd` (see [`crate::live::sys`]).
//!
//! **Output** `parsed/network.jsonl`, one record per socket: `protocol`
//! (`tcp`/`udp`), `family` (4/6), `local_address`, `local_port`,
//! `remote_address`, `remote_port` (null when unconnected), `state` (TCP:
//! `LISTEN`, `ESTABLISHED`... in BSD's names on both systems; null for UDP),
//! `state_raw`, `pids`, `processes` (per pid: `pid`, `name`, `exe`,
//! `exe_deleted`, `exe_sha256`, `exe_hash_error`, `uid`, or `running:
//! false` when it exited meanwhile), `owner_visible` (Linux: false when
//! no process that could be read holds it, a socket left to the kernel or
//! descriptors refused to a non-root run; on macOS sockets are found
//! through descriptors, so such sockets are not listed at all), and on
//! Linux `inode` and `uid`.
//!
//! **References.** macOS `<sys/proc_info.h>` (`socket_fdinfo`,
//! `in_sockinfo`, `tcp_sockinfo`, `TSI_S_*`); Linux
//! `Documentation/networking/proc_net_tcp.rst`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::{json, Value};

use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::{Collector, Ctx, Fatal, IssueKind};
use crate::live::exe::Owners;
use crate::live::sys::{self, Socket};

pub struct Network;

const STREAM: &str = "network";

static DESCRIPTION: Description = Description {
    name: "network",
    reads:
        "TCP and UDP sockets (IPv4, IPv6) with owning processes and executable hashes (live only)",
    outputs: &[STREAM],
    scope: Scope::LiveOnly,
    cost: Cost::Cheap,
};

impl Collector for Network {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        if !ctx.source().is_live() {
            return Err(Fatal::new(
                "live-only collector: it reads the running system, not an evidence root",
            ));
        }
        let scan = sys::sockets().map_err(Fatal::new)?;
        let sockets = merge(scan.sockets);
        report_problems(ctx, &scan.problems, "sockets");
        let pids: Vec<u32> = sockets
            .iter()
            .flat_map(|s| s.pids.iter().copied())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut owners = Owners::load(ctx, &pids);
        let source = if cfg!(target_os = "linux") {
            "/proc/net"
        } else {
            "proc_pidfdinfo"
        };
        for s in &sockets {
            if ctx.should_stop() {
                break;
            }
            let procs: Vec<Value> = s
                .pids
                .iter()
                .map(|&pid| match owners.get(ctx, pid) {
                    Some(o) => json!({
                        "pid": pid,
                        "name": o.name,
                        "exe": o.exe,
                        "exe_deleted": o.exe_deleted,
                        "exe_sha256": o.exe_sha256,
                        "exe_hash_error": o.exe_hash_error,
                        "uid": o.uid,
                    }),
                    None => json!({"pid": pid, "running": false}),
                })
                .collect();
            let mut rec = ctx
                .record(Path::new(source), None)
                .set("protocol", s.protocol.as_str())
                .set("family", s.family)
                .set("local_address", s.local_addr.to_string())
                .set("local_port", s.local_port)
                .set("remote_address", s.remote.map(|r| r.0.to_string()))
                .set("remote_port", s.remote.map(|r| r.1))
                .set("state", s.state)
                .set("state_raw", s.state_raw)
                .set("pids", s.pids.clone())
                .set("processes", procs)
                .set("owner_visible", !s.pids.is_empty());
            if s.inode.is_some() {
                rec.insert("inode", s.inode);
                rec.insert("uid", s.uid);
            }
            ctx.emit(STREAM, rec);
        }
        if owners.hash_failures() > 0 {
            ctx.info(format!(
                "{} executables could not be hashed (see exe_hash_error)",
                owners.hash_failures()
            ));
        }
        Ok(())
    }
}

/// One socket per kernel socket: macOS lists it once per descriptor, in
/// every process that holds one.
fn merge(sockets: Vec<Socket>) -> Vec<Socket> {
    let mut by_so: BTreeMap<u64, Socket> = BTreeMap::new();
    let mut out = Vec::new();
    for s in sockets {
        match s.so {
            Some(so) => match by_so.get_mut(&so) {
                Some(have) => have.pids.extend(s.pids),
                None => {
                    by_so.insert(so, s);
                }
            },
            None => out.push(s),
        }
    }
    out.extend(by_so.into_values());
    for s in &mut out {
        s.pids.sort_unstable();
        s.pids.dedup();
    }
    out.sort_by(|a, b| {
        (
            a.protocol,
            a.family,
            a.local_port,
            a.local_addr,
            a.remote,
            a.inode,
        )
            .cmp(&(
                b.protocol,
                b.family,
                b.local_port,
                b.local_addr,
                b.remote,
                b.inode,
            ))
    });
    out
}

/// Problems met while listing, on the items they concern: refusals are
/// summed into one `denied` issue (each would say the same), the rest are
/// recorded one by one (at most 20, then counted).
pub(crate) fn report_problems(ctx: &mut Ctx<'_>, problems: &[sys::Problem], what: &str) {
    let denied: Vec<&sys::Problem> = problems.iter().filter(|p| p.denied).collect();
    if let Some(first) = denied.first() {
        ctx.issue(
            Path::new(&first.path),
            IssueKind::Denied,
            format!(
                "{} processes' descriptors refused (first: {}); their {what} are not attributed",
                denied.len(),
                first.message
            ),
        );
    }
    let other: Vec<&sys::Problem> = problems.iter().filter(|p| !p.denied).collect();
    for p in other.iter().take(20) {
        ctx.error(Path::new(&p.path), &p.message);
    }
    if other.len() > 20 {
        ctx.error_general(format!("{} more problems like the above", other.len() - 20));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::collector::{Cost, Description, Scope};
    use crate::kit::{testing, Status};
    use std::net::IpAddr;

    fn sock(so: Option<u64>, pid: u32, port: u16) -> Socket {
        Socket {
            protocol: sys::Protocol::Tcp,
            family: 4,
            local_addr: IpAddr::from([127, 0, 0, 1]),
            local_port: port,
            remote: None,
            state: Some("LISTEN"),
            state_raw: Some(1),
            pids: vec![pid],
            inode: None,
            uid: None,
            so,
        }
    }

    #[test]
    fn one_record_per_kernel_socket_with_every_holder() {
        let m = merge(vec![
            sock(Some(1), 20, 80),
            sock(Some(1), 10, 80),
            sock(Some(2), 10, 80),
            sock(None, 5, 22),
        ]);
        assert_eq!(m.len(), 3);
        assert_eq!(m[0].local_port, 22);
        assert_eq!(m[1].pids, vec![10, 20]);
        assert_eq!(m[2].pids, vec![10]);
    }

    static PROBLEMS: Description = Description {
        name: "network",
        reads: "reports problems",
        outputs: &[],
        scope: Scope::AnyRoot,
        cost: Cost::Cheap,
    };

    struct Problems(Vec<sys::Problem>);
    impl Collector for Problems {
        fn describe(&self) -> &'static Description {
            &PROBLEMS
        }
        fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
            report_problems(ctx, &self.0, "sockets");
            Ok(())
        }
    }

    #[test]
    fn refusals_are_one_denied_issue_and_other_problems_are_capped() {
        let p = |path: &str, denied: bool| sys::Problem {
            path: path.into(),
            denied,
            message: "m".into(),
        };
        let mut v = vec![p("/proc/1/fd", true), p("/proc/2/fd", true)];
        v.extend((0..25).map(|i| p(&format!("/proc/net/tcp{i}"), false)));
        let d = tempfile::tempdir().unwrap();
        let (report, _) = testing::run_on(d.path(), &Problems(v));
        let denied: Vec<_> = report
            .errors
            .iter()
            .filter(|e| e.kind == IssueKind::Denied)
            .collect();
        assert_eq!(denied.len(), 1);
        assert!(denied[0]
            .message
            .starts_with("2 processes' descriptors refused"));
        assert_eq!(denied[0].path.as_deref(), Some("/proc/1/fd"));
        // 20 errors, then one that counts the rest.
        assert_eq!(report.errors.len(), 1 + 20 + 1);
        assert_eq!(report.errors[21].message, "5 more problems like the above");
    }

    #[test]
    fn it_refuses_to_run_on_an_evidence_root() {
        let d = tempfile::tempdir().unwrap();
        let (report, _) = testing::run_on(d.path(), &Network);
        assert_eq!(report.status, Status::Failed);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_listener_of_this_process_is_attributed_with_the_hash() {
        use sha2::{Digest, Sha256};
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = l.local_addr().unwrap().port();
        let (report, sink) = testing::run_live(&Network);
        assert_ne!(report.status, Status::Failed, "{:?}", report.errors);
        let recs = sink.records("network");
        let r = recs
            .iter()
            .find(|r| r["local_port"] == port && r["state"] == "LISTEN")
            .expect("listener recorded");
        let me = std::process::id();
        assert_eq!(r["pids"], json!([me]));
        assert_eq!(r["owner_visible"], true);
        let exe = std::fs::read("/proc/self/exe").unwrap();
        let sha = hex::encode(Sha256::digest(&exe));
        assert_eq!(r["processes"][0]["exe_sha256"], sha);
    }
}
