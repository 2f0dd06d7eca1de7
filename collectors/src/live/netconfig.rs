//! `network_config`: how the running system is connected: its interfaces
//! with their hardware (MAC) and IP addresses, the routing table, the ARP
//! cache, and the DNS resolvers; and, on any root, what the files say: the
//! Wi-Fi networks the Mac remembers, its network services (DNS, proxies)
//! and the hosts file (see [`super::netconfig_files`]).
//!
//! **Where.** The parts below are live only (not run on any other root);
//! the file parts run everywhere.
//! - Interfaces: `getifaddrs(3)` (through `nix`), on macOS and Linux alike.
//! - Routes and ARP: Linux `/proc/net/route`, `/proc/net/ipv6_route`,
//!   `/proc/net/arp`. macOS has no such file: its routing table and ARP
//!   cache are in `live_response/network/` as `netstat -rn` and `arp -an`
//!   print them.
//! - DNS: `/etc/resolv.conf`, archived and parsed (on macOS `configd`
//!   writes it from the primary resolvers; `scutil --dns` in
//!   `live_response/network/` has the full per-domain configuration).
//!
//! **Output** `parsed/interfaces.jsonl` (`interface`, `flags`, `mac`,
//! `addresses`: `family`, `address`, `netmask`, `prefix`, `broadcast`,
//! `destination`), `parsed/routes.jsonl` (`interface`, `family`,
//! `destination`, `prefix`, `gateway`, `flags`, `metric`),
//! `parsed/arp.jsonl` (`address`, `mac`, `interface`, `flags`, `hw_type`),
//! `parsed/dns_resolvers.jsonl` (`directive`: `nameserver`, `search`,
//! `domain`, `options`...; `value`; `line`); on any root
//! `parsed/wifi_networks.jsonl`, `parsed/network_services.jsonl`,
//! `parsed/hosts.jsonl` ([`super::netconfig_files`]).

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::Path;

use serde_json::{json, Value};

use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::{Collector, Ctx, Fatal};

#[cfg(test)]
#[path = "netconfig_files_tests.rs"]
mod files_tests;

pub struct NetworkConfig;

static DESCRIPTION: Description = Description {
    name: "network_config",
    reads: "Known Wi-Fi networks (both formats), network services, DNS and proxies (preferences.plist), NetworkInterfaces.plist, /etc/hosts; live only: interfaces (MAC, addresses), routing table, ARP cache, DNS resolvers",
    outputs: &[
        "interfaces",
        "routes",
        "arp",
        "dns_resolvers",
        "wifi_networks",
        "network_services",
        "hosts",
    ],
    scope: Scope::AnyRoot,
    cost: Cost::Cheap,
};

const RESOLV_CONF: &str = "/etc/resolv.conf";

impl Collector for NetworkConfig {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        // The running system's own tables are not in any file of a root.
        if ctx.source().is_live() {
            interfaces(ctx);
            #[cfg(target_os = "linux")]
            linux_tables(ctx);
            dns(ctx);
        } else {
            // Not looked for: no empty stream that would read as "none".
            for stream in ["interfaces", "routes", "arp", "dns_resolvers"] {
                ctx.withdraw_output(stream);
            }
        }
        super::netconfig_files::collect(ctx);
        Ok(())
    }
}

fn prefix_of(mask: &IpAddr) -> u32 {
    match mask {
        IpAddr::V4(m) => u32::from(*m).count_ones(),
        IpAddr::V6(m) => u128::from(*m).count_ones(),
    }
}

fn interfaces(ctx: &mut Ctx<'_>) {
    let addrs = match nix::ifaddrs::getifaddrs() {
        Ok(a) => a,
        Err(e) => {
            ctx.error_general(format!("getifaddrs failed: {e}"));
            return;
        }
    };
    let ip_of = |s: &nix::sys::socket::SockaddrStorage| -> Option<IpAddr> {
        if let Some(v4) = s.as_sockaddr_in() {
            Some(IpAddr::V4(v4.ip()))
        } else {
            s.as_sockaddr_in6().map(|v6| IpAddr::V6(v6.ip()))
        }
    };
    // name -> (flags, mac, addresses)
    type Entry = (Vec<String>, Option<String>, Vec<Value>);
    let mut by_name: BTreeMap<String, Entry> = BTreeMap::new();
    for a in addrs {
        let e = by_name.entry(a.interface_name.clone()).or_default();
        if e.0.is_empty() {
            e.0 = a
                .flags
                .iter_names()
                .map(|(n, _)| n.trim_start_matches("IFF_").to_string())
                .collect();
        }
        let Some(addr) = a.address.as_ref() else {
            continue;
        };
        if let Some(mac) = addr.as_link_addr().and_then(|l| l.addr()) {
            if mac != [0; 6] || e.1.is_none() {
                e.1 = Some(
                    mac.iter()
                        .map(|b| format!("{b:02x}"))
                        .collect::<Vec<_>>()
                        .join(":"),
                );
            }
            continue;
        }
        let Some(ip) = ip_of(addr) else { continue };
        let mask = a.netmask.as_ref().and_then(ip_of);
        e.2.push(json!({
            "family": if ip.is_ipv4() { 4 } else { 6 },
            "address": ip.to_string(),
            "netmask": mask.map(|m| m.to_string()),
            "prefix": mask.map(|m| prefix_of(&m)),
            "broadcast": a.broadcast.as_ref().and_then(ip_of).map(|b| b.to_string()),
            "destination": a.destination.as_ref().and_then(ip_of).map(|b| b.to_string()),
        }));
    }
    for (name, (flags, mac, addresses)) in by_name {
        let rec = ctx
            .record(Path::new("getifaddrs"), None)
            .set("interface", name)
            .set("flags", flags)
            .set("mac", mac)
            .set("addresses", addresses);
        ctx.emit("interfaces", rec);
    }
}

/// A little-endian hex IPv4 word of `/proc/net/route`.
fn hex_v4(s: &str) -> Option<Ipv4Addr> {
    Some(Ipv4Addr::from(
        u32::from_str_radix(s, 16).ok()?.to_le_bytes(),
    ))
}

/// A 32-digit IPv6 address of `/proc/net/ipv6_route` (network order).
fn hex_v6(s: &str) -> Option<Ipv6Addr> {
    Some(Ipv6Addr::from(u128::from_str_radix(s, 16).ok()?))
}

/// `/proc/net/route`: `Iface Destination Gateway Flags RefCnt Use Metric
/// Mask MTU Window IRTT`.
pub fn parse_route_v4(line: &str) -> Option<Value> {
    let f: Vec<&str> = line.split_whitespace().collect();
    let dest = hex_v4(f.get(1)?)?;
    let gw = hex_v4(f.get(2)?)?;
    let flags = u32::from_str_radix(f.get(3)?, 16).ok()?;
    let metric: i64 = f.get(6)?.parse().ok()?;
    let mask = hex_v4(f.get(7)?)?;
    Some(json!({
        "interface": f.first()?,
        "family": 4,
        "destination": dest.to_string(),
        "prefix": u32::from(mask).count_ones(),
        "gateway": if gw.is_unspecified() { Value::Null } else { gw.to_string().into() },
        "flags": flags,
        "metric": metric,
    }))
}

/// `/proc/net/ipv6_route`: `dest dest_len src src_len next_hop metric
/// refcnt use flags iface`.
pub fn parse_route_v6(line: &str) -> Option<Value> {
    let f: Vec<&str> = line.split_whitespace().collect();
    let dest = hex_v6(f.first()?)?;
    let prefix = u32::from_str_radix(f.get(1)?, 16).ok()?;
    let gw = hex_v6(f.get(4)?)?;
    let metric = i64::from_str_radix(f.get(5)?, 16).ok()?;
    let flags = u32::from_str_radix(f.get(8)?, 16).ok()?;
    Some(json!({
        "interface": f.get(9)?,
        "family": 6,
        "destination": dest.to_string(),
        "prefix": prefix,
        "gateway": if gw.is_unspecified() { Value::Null } else { gw.to_string().into() },
        "flags": flags,
        "metric": metric,
    }))
}

/// `/proc/net/arp`: `IP address, HW type, Flags, HW address, Mask, Device`.
pub fn parse_arp(line: &str) -> Option<Value> {
    let f: Vec<&str> = line.split_whitespace().collect();
    let ip: Ipv4Addr = f.first()?.parse().ok()?;
    Some(json!({
        "address": ip.to_string(),
        "hw_type": f.get(1)?,
        "flags": f.get(2)?,
        "mac": f.get(3)?,
        "interface": f.get(5)?,
    }))
}

#[cfg(target_os = "linux")]
fn emit_json(ctx: &mut Ctx<'_>, stream: &str, source: &str, keys: &[&'static str], v: Value) {
    let mut rec = ctx.record(Path::new(source), None);
    for k in keys {
        rec.insert(k, v.get(*k).cloned().unwrap_or(Value::Null));
    }
    ctx.emit(stream, rec);
}

#[cfg(target_os = "linux")]
fn linux_tables(ctx: &mut Ctx<'_>) {
    const ROUTE: &[&str] = &[
        "interface",
        "family",
        "destination",
        "prefix",
        "gateway",
        "flags",
        "metric",
    ];
    const ARP: &[&str] = &["address", "mac", "interface", "flags", "hw_type"];
    type Parser = fn(&str) -> Option<Value>;
    let tables: [(&str, usize, Parser, &str, &[&'static str]); 3] = [
        ("/proc/net/route", 1, parse_route_v4, "routes", ROUTE),
        ("/proc/net/ipv6_route", 0, parse_route_v6, "routes", ROUTE),
        ("/proc/net/arp", 1, parse_arp, "arp", ARP),
    ];
    for (file, header, parse, stream, keys) in tables {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                ctx.error(Path::new(file), format!("not readable: {e}"));
                continue;
            }
        };
        let mut bad = 0u64;
        for line in text.lines().skip(header) {
            if line.trim().is_empty() {
                continue;
            }
            match parse(line) {
                Some(v) => emit_json(ctx, stream, file, keys, v),
                None => bad += 1,
            }
        }
        if bad > 0 {
            ctx.error(Path::new(file), format!("{bad} lines not understood"));
        }
    }
}

/// `resolv.conf(5)` lines: `directive value...`; comments and blank lines
/// dropped.
pub fn parse_resolv_conf(text: &str) -> Vec<(usize, String, String)> {
    text.lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let l = l.trim();
            if l.is_empty() || l.starts_with('#') || l.starts_with(';') {
                return None;
            }
            let (d, v) = l.split_once(char::is_whitespace).unwrap_or((l, ""));
            Some((i + 1, d.to_string(), v.trim().to_string()))
        })
        .collect()
}

fn dns(ctx: &mut Ctx<'_>) {
    let Some(staged) = ctx.acquire(Path::new(RESOLV_CONF)) else {
        return;
    };
    let text = match std::fs::read(staged.path()) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            ctx.error(
                Path::new(RESOLV_CONF),
                format!("staged copy unreadable: {e}"),
            );
            return;
        }
    };
    for (line, directive, value) in parse_resolv_conf(&text) {
        let rec = ctx
            .record(Path::new(RESOLV_CONF), None)
            .set("directive", directive)
            .set("value", value)
            .set("line", line);
        ctx.emit("dns_resolvers", rec);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::{testing, Status};

    #[test]
    fn proc_route_and_arp_lines_decode() {
        // Lines in the layout of the kernel's /proc/net files, written here.
        let r =
            parse_route_v4("eth0\t00000000\t0100A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0").unwrap();
        assert_eq!(r["destination"], "0.0.0.0");
        assert_eq!(r["prefix"], 0);
        assert_eq!(r["gateway"], "192.168.0.1");
        assert_eq!(r["metric"], 100);
        let r =
            parse_route_v4("eth0\t0000A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0").unwrap();
        assert_eq!(r["destination"], "192.168.0.0");
        assert_eq!(r["prefix"], 24);
        assert_eq!(r["gateway"], Value::Null);
        let r6 = parse_route_v6("fe800000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0").unwrap();
        assert_eq!(r6["destination"], "fe80::");
        assert_eq!(r6["prefix"], 64);
        assert_eq!(r6["metric"], 256);
        assert_eq!(r6["interface"], "eth0");
        let a = parse_arp(
            "192.168.0.1      0x1         0x2         52:54:00:12:34:56     *        eth0",
        )
        .unwrap();
        assert_eq!(a["address"], "192.168.0.1");
        assert_eq!(a["mac"], "52:54:00:12:34:56");
        assert_eq!(a["interface"], "eth0");
        assert!(parse_arp("garbage").is_none());
    }

    #[test]
    fn resolv_conf_directives() {
        let t = "#\n# macOS Notice\n#\nsearch corp.example.com\nnameserver 10.0.0.53\nnameserver fe80::1%en0\n; old\noptions ndots:2\n";
        let p = parse_resolv_conf(t);
        assert_eq!(p.len(), 4);
        assert_eq!(p[0], (4, "search".into(), "corp.example.com".into()));
        assert_eq!(p[2].2, "fe80::1%en0");
    }

    #[test]
    fn on_an_evidence_root_only_the_files_are_read() {
        let d = tempfile::tempdir().unwrap();
        let (report, sink) = testing::run_on(d.path(), &NetworkConfig);
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        for s in ["interfaces", "routes", "arp", "dns_resolvers"] {
            assert!(sink.records(s).is_empty(), "{s}");
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_loopback_interface_is_listed() {
        let (report, sink) = testing::run_live(&NetworkConfig);
        assert_ne!(report.status, Status::Failed, "{:?}", report.errors);
        let ifs = sink.records("interfaces");
        let lo = ifs.iter().find(|r| r["interface"] == "lo").expect("lo");
        assert!(lo["flags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == "LOOPBACK"));
        assert!(lo["addresses"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["address"] == "127.0.0.1" && a["prefix"] == 8));
    }
}
