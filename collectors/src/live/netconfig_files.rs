//! The half of `network_config` that reads files, on any root: the Wi-Fi
//! networks the Mac remembers, its configured network services and
//! interfaces, and the hosts file.
//!
//! **Where.**
//! - Known Wi-Fi networks, two formats:
//!   - `/Library/Preferences/SystemConfiguration/com.apple.airport.preferences.plist`
//!     (up to macOS 12): `RememberedNetworks`, an array (10.9 and before;
//!     `SSIDString`, `SecurityType`, `LastConnected`, `Captive`,
//!     `Closed`, `CachedScanRecord` with `BSSID`/`CHANNEL`), later
//!     `KnownNetworks`, a dictionary keyed `wifi.ssid.<hex>` (10.10-12;
//!     `LastConnected` until 10.14, `LastAutoJoinAt`/`LastManualJoinAt`
//!     and `AddedAt` from 10.15, `ChannelHistory`, `BSSIDList`);
//!   - `/Library/Preferences/com.apple.wifi.known-networks.plist`
//!     (macOS 13+, the format iOS 16 also writes): a dictionary keyed
//!     `wifi.network.ssid.<name>` with `SSID` (bytes), `SupportedSecurityTypes`,
//!     `AddedAt`, `JoinedByUserAt`, `JoinedBySystemAt`, `UpdatedAt`,
//!     `Hidden`, `CaptiveProfile`, and `BSSList` (`BSSID`, `Channel`,
//!     `LastAssociatedAt`).
//! - `/Library/Preferences/SystemConfiguration/preferences.plist`:
//!   `NetworkServices` (name, interface, IPv4/IPv6 configuration method,
//!   addresses, router, DNS servers and search domains, proxies) and the
//!   current set's service order; `NetworkInterfaces.plist` beside it: the
//!   interfaces the Mac has known (BSD name, type, MAC address, built in).
//! - `/private/etc/hosts` (`/etc/hosts` where `/etc` is not a link):
//!   archived, and every line that is not a comment parsed.
//!
//! **Output** `parsed/wifi_networks.jsonl`, `parsed/network_services.jsonl`,
//! `parsed/hosts.jsonl`: see `docs/collectors/network_config.md`.
//!
//! **References.** plaso `parsers/plist_plugins/airport.py` and
//! `parsers/plist_plugins/wifi_known_networks.py` (and their tests: 4
//! remembered networks; 9 BSS entries of `Matt_Foley`); osquery
//! `osquery/tables/networking/darwin/wifi.cpp` (`LastAutoJoinAt` as the
//! last connection from 10.15; its tests: `WhyFi`, `High-Fi`); mac_apt
//! `plugins/airport_preferences.py` and `plugins/networking.py`; Apple
//! `SCPreferences` keys (`SCSchemaDefinitions.h`).

use std::path::Path;

use chrono::{DateTime, Utc};
use plist::{Dictionary, Value as P};
use serde_json::{json, Value};

use crate::formats::keyed_archive::to_json;
use crate::kit::{text, time, Ctx, Record};
use crate::security_logs::plist_time;

pub const AIRPORT: &str =
    "/Library/Preferences/SystemConfiguration/com.apple.airport.preferences.plist";
pub const KNOWN_NETWORKS: &str = "/Library/Preferences/com.apple.wifi.known-networks.plist";
pub const PREFERENCES: &str = "/Library/Preferences/SystemConfiguration/preferences.plist";
pub const NETWORK_INTERFACES: &str =
    "/Library/Preferences/SystemConfiguration/NetworkInterfaces.plist";
pub const HOSTS: &str = "/private/etc/hosts";

/// Everything this half reads.
pub fn collect(ctx: &mut Ctx<'_>) {
    airport(ctx);
    known_networks(ctx);
    services(ctx);
    interfaces(ctx);
    hosts(ctx);
}

fn s<'a>(d: &'a Dictionary, k: &str) -> Option<&'a str> {
    d.get(k).and_then(P::as_string)
}

fn b(d: &Dictionary, k: &str) -> Value {
    match d.get(k) {
        Some(P::Boolean(x)) => Value::Bool(*x),
        Some(P::Integer(i)) => i
            .as_signed()
            .map(|n| Value::Bool(n != 0))
            .unwrap_or(Value::Null),
        _ => Value::Null,
    }
}

fn int(v: Option<&P>) -> Value {
    match v {
        Some(P::Integer(i)) => i
            .as_signed()
            .map(Value::from)
            .or_else(|| i.as_unsigned().map(Value::from))
            .unwrap_or(Value::Null),
        _ => Value::Null,
    }
}

/// Set `key` (converted) and `key_raw` (Mac absolute seconds) from a date.
fn set_time(
    rec: Record,
    key: &'static str,
    key_raw: &'static str,
    t: (Option<DateTime<Utc>>, Value),
) -> Record {
    rec.set(key, time::json(t.0)).set(key_raw, t.1)
}

/// The SSID: the stored text when there is one, else the SSID bytes
/// (`ssid_b64` holds them exactly when they are not UTF-8).
fn ssid(rec: Record, d: &Dictionary, text_key: &str) -> Record {
    let bytes = d.get("SSID").and_then(P::as_data);
    let rec = match (s(d, text_key), bytes) {
        (Some(t), _) => rec.set("ssid", t),
        (None, Some(b)) => rec.text("ssid", "ssid_b64", Some(b)),
        (None, None) => rec.set("ssid", Value::Null),
    };
    rec.set("ssid_hex", bytes.filter(|b| !b.is_empty()).map(hex::encode))
}

fn later(
    a: (Option<DateTime<Utc>>, Value),
    b: (Option<DateTime<Utc>>, Value),
) -> (Option<DateTime<Utc>>, Value) {
    match (a.0, b.0) {
        (Some(x), Some(y)) if y > x => b,
        (Some(_), _) => a,
        (None, _) => b,
    }
}

fn channel_history(d: &Dictionary) -> Value {
    let Some(a) = d.get("ChannelHistory").and_then(P::as_array) else {
        return Value::Null;
    };
    a.iter()
        .filter_map(P::as_dictionary)
        .map(|c| {
            let t = plist_time(c.get("Timestamp"));
            json!({"channel": int(c.get("Channel")), "time": time::json(t.0), "time_raw": t.1})
        })
        .collect::<Vec<_>>()
        .into()
}

/// Replace the content of every XML `<data>` element that is not valid
/// base64 with nothing; `None` when there is none (or the file is not XML).
pub fn blank_bad_xml_data(xml: &[u8]) -> Option<(Vec<u8>, usize)> {
    use base64::Engine as _;
    const OPEN: &[u8] = b"<data>";
    const CLOSE: &[u8] = b"</data>";
    let find = |hay: &[u8], needle: &[u8], from: usize| {
        hay.get(from..)?
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|i| i + from)
    };
    if xml.starts_with(b"bplist") {
        return None;
    }
    let mut out = Vec::with_capacity(xml.len());
    let mut bad = 0;
    let mut at = 0;
    while let Some(o) = find(xml, OPEN, at) {
        let start = o + OPEN.len();
        let Some(end) = find(xml, CLOSE, start) else {
            break;
        };
        let inner: Vec<u8> = xml
            .get(start..end)?
            .iter()
            .copied()
            .filter(|b| !b.is_ascii_whitespace())
            .collect();
        out.extend_from_slice(xml.get(at..start)?);
        if base64::engine::general_purpose::STANDARD
            .decode(&inner)
            .is_ok()
        {
            out.extend_from_slice(xml.get(start..end)?);
        } else {
            bad += 1;
        }
        at = end;
    }
    out.extend_from_slice(xml.get(at..)?);
    (bad > 0).then_some((out, bad))
}

/// [`Ctx::read_plist`], except that an XML property list whose only fault
/// is `<data>` that is not base64 (a hand-edited file) is read with those
/// values empty, and the fault recorded.
fn read_plist_lenient(ctx: &mut Ctx<'_>, path: &Path) -> Option<P> {
    let data = ctx
        .read_bytes(path, crate::kit::plist::MAX_FILE_BYTES)?
        .ok()?;
    let first = match crate::kit::plist::read(&data) {
        Ok(v) => return Some(v),
        Err(e) => e,
    };
    let repaired = blank_bad_xml_data(&data)
        .and_then(|(fixed, n)| crate::kit::plist::read(&fixed).ok().map(|v| (v, n)));
    match repaired {
        Some((v, n)) => {
            ctx.error(
                path,
                format!("{first}: {n} <data> values are not base64; read with them empty (the file is archived as found)"),
            );
            Some(v)
        }
        None => {
            ctx.error(path, first);
            None
        }
    }
}

/// `com.apple.airport.preferences.plist`, both layouts.
fn airport(ctx: &mut Ctx<'_>) {
    let path = Path::new(AIRPORT);
    let Some(v) = read_plist_lenient(ctx, path) else {
        return;
    };
    let Some(top) = v.as_dictionary() else {
        ctx.error(path, "not a dictionary: no network read");
        return;
    };
    let mut nets: Vec<(Option<String>, &Dictionary, &'static str)> = Vec::new();
    if let Some(a) = top.get("RememberedNetworks").and_then(P::as_array) {
        nets.extend(
            a.iter()
                .filter_map(P::as_dictionary)
                .map(|d| (None, d, "RememberedNetworks")),
        );
    }
    if let Some(k) = top.get("KnownNetworks").and_then(P::as_dictionary) {
        nets.extend(k.iter().filter_map(|(key, d)| {
            d.as_dictionary()
                .map(|d| (Some(key.clone()), d, "KnownNetworks"))
        }));
    }
    if nets.is_empty()
        && !top.contains_key("RememberedNetworks")
        && !top.contains_key("KnownNetworks")
    {
        ctx.error(
            path,
            "neither RememberedNetworks nor KnownNetworks: no network read",
        );
    }
    for (key, d, layout) in nets {
        let last = plist_time(d.get("LastConnected"));
        let auto = plist_time(d.get("LastAutoJoinAt"));
        let manual = plist_time(d.get("LastManualJoinAt"));
        let last_connected = if last.0.is_some() {
            last
        } else {
            later(auto.clone(), manual.clone())
        };
        let scan = d.get("CachedScanRecord").and_then(P::as_dictionary);
        let mut bss: Vec<Value> = Vec::new();
        if let Some(sc) = scan {
            bss.push(json!({
                "bssid": s(sc, "BSSID"),
                "channel": int(sc.get("CHANNEL")),
                "source": "CachedScanRecord",
            }));
        }
        if let Some(list) = d.get("BSSIDList").and_then(P::as_array) {
            for e in list.iter().filter_map(P::as_dictionary) {
                bss.push(json!({
                    "bssid": s(e, "LEAKY_AP_BSSID"),
                    "channel": Value::Null,
                    "source": "BSSIDList",
                }));
            }
        }
        let hidden = match d.get("HiddenNetwork").or_else(|| d.get("Closed")) {
            Some(P::Boolean(h)) => Value::Bool(*h),
            _ => Value::Null,
        };
        let rec = ctx
            .record(path, None)
            .time(last_connected.0, last_connected.1.clone())
            .set("format", layout)
            .set("key", key);
        let rec = ssid(rec, d, "SSIDString").set("security_type", s(d, "SecurityType"));
        let rec = set_time(rec, "last_connected", "last_connected_raw", last_connected);
        let rec = set_time(rec, "last_auto_join", "last_auto_join_raw", auto);
        let rec = set_time(rec, "last_manual_join", "last_manual_join_raw", manual);
        let rec = set_time(rec, "added", "added_raw", plist_time(d.get("AddedAt")));
        let rec = rec
            .set("captive", b(d, "Captive"))
            .set("hidden", hidden)
            .set("possibly_hidden", b(d, "PossiblyHiddenNetwork"))
            .set("disabled", b(d, "Disabled"))
            .set("auto_login", b(d, "AutoLogin"))
            .set("personal_hotspot", b(d, "PersonalHotspot"))
            .set("bss", bss)
            .set("channels", channel_history(d));
        ctx.emit("wifi_networks", rec);
    }
}

/// `com.apple.wifi.known-networks.plist` (macOS 13+).
fn known_networks(ctx: &mut Ctx<'_>) {
    let path = Path::new(KNOWN_NETWORKS);
    let Some(v) = ctx.read_plist(path) else {
        return;
    };
    let Some(top) = v.as_dictionary() else {
        ctx.error(path, "not a dictionary: no network read");
        return;
    };
    for (key, d) in top {
        let Some(d) = d.as_dictionary() else {
            ctx.error(
                path,
                format!(
                    "`{}` is not a dictionary: skipped",
                    text::printable_str(key)
                ),
            );
            continue;
        };
        let user = plist_time(d.get("JoinedByUserAt"));
        let system = plist_time(d.get("JoinedBySystemAt"));
        let last_connected = later(user.clone(), system.clone());
        let bss: Vec<Value> = d
            .get("BSSList")
            .and_then(P::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(P::as_dictionary)
                    .map(|e| {
                        let t = plist_time(e.get("LastAssociatedAt"));
                        json!({
                            "bssid": s(e, "BSSID"),
                            "channel": int(e.get("Channel")),
                            "channel_flags": int(e.get("ChannelFlags")),
                            "last_associated": time::json(t.0),
                            "last_associated_raw": t.1,
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let captive = match d
            .get("CaptiveProfile")
            .and_then(P::as_dictionary)
            .and_then(|c| c.get("CaptiveNetwork"))
        {
            Some(P::Boolean(c)) => Value::Bool(*c),
            _ => Value::Null,
        };
        let security = match d.get("SupportedSecurityTypes") {
            Some(P::String(t)) => Value::from(t.clone()),
            Some(other) => to_json(other),
            None => Value::Null,
        };
        let rec = ctx
            .record(path, None)
            .time(last_connected.0, last_connected.1.clone())
            .set("format", "known-networks")
            .set("key", key.clone());
        let rec = ssid(rec, d, "SSIDString").set("security_type", security);
        let rec = set_time(rec, "last_connected", "last_connected_raw", last_connected);
        let rec = set_time(rec, "joined_by_user", "joined_by_user_raw", user);
        let rec = set_time(rec, "joined_by_system", "joined_by_system_raw", system);
        let rec = set_time(rec, "added", "added_raw", plist_time(d.get("AddedAt")));
        let rec = set_time(
            rec,
            "updated",
            "updated_raw",
            plist_time(d.get("UpdatedAt")),
        );
        let rec = rec
            .set("captive", captive)
            .set("hidden", b(d, "Hidden"))
            .set("bss", bss);
        ctx.emit("wifi_networks", rec);
    }
}

fn strings(v: Option<&P>) -> Value {
    match v {
        Some(P::Array(a)) => a
            .iter()
            .filter_map(P::as_string)
            .map(Value::from)
            .collect::<Vec<_>>()
            .into(),
        Some(P::String(x)) => Value::from(vec![x.clone()]),
        _ => Value::Null,
    }
}

/// The proxies a service enables: `{"http": "host:port", ...}`.
fn proxies(p: Option<&Dictionary>) -> Value {
    let Some(p) = p else { return Value::Null };
    let mut out = serde_json::Map::new();
    for (name, key) in [
        ("http", "HTTP"),
        ("https", "HTTPS"),
        ("ftp", "FTP"),
        ("socks", "SOCKS"),
        ("rtsp", "RTSP"),
        ("gopher", "Gopher"),
    ] {
        let enabled = matches!(int(p.get(&format!("{key}Enable"))), Value::Number(ref n) if n.as_i64() == Some(1));
        if enabled {
            let host = s(p, &format!("{key}Proxy")).unwrap_or("");
            let port = int(p.get(&format!("{key}Port")));
            out.insert(name.into(), Value::from(format!("{host}:{port}")));
        }
    }
    if matches!(int(p.get("ProxyAutoConfigEnable")), Value::Number(ref n) if n.as_i64() == Some(1))
    {
        out.insert(
            "pac".into(),
            s(p, "ProxyAutoConfigURLString")
                .map(Value::from)
                .unwrap_or(Value::Null),
        );
    }
    if matches!(int(p.get("ProxyAutoDiscoveryEnable")), Value::Number(ref n) if n.as_i64() == Some(1))
    {
        out.insert("auto_discovery".into(), Value::Bool(true));
    }
    Value::Object(out)
}

/// `NetworkServices` of `preferences.plist`, in the current set's order.
fn services(ctx: &mut Ctx<'_>) {
    let path = Path::new(PREFERENCES);
    let Some(v) = ctx.read_plist(path) else {
        return;
    };
    let Some(top) = v.as_dictionary() else {
        ctx.error(path, "not a dictionary: no service read");
        return;
    };
    // CurrentSet is "/Sets/<id>"; its IPv4 ServiceOrder lists service IDs.
    let order: Vec<String> = s(top, "CurrentSet")
        .and_then(|c| c.strip_prefix("/Sets/"))
        .and_then(|id| top.get("Sets")?.as_dictionary()?.get(id)?.as_dictionary())
        .and_then(|set| {
            set.get("Network")?
                .as_dictionary()?
                .get("Global")?
                .as_dictionary()?
                .get("IPv4")?
                .as_dictionary()?
                .get("ServiceOrder")?
                .as_array()
        })
        .map(|a| {
            a.iter()
                .filter_map(P::as_string)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    // Each service's position, looked up once (the first one wins, as a
    // linear search would find it).
    let mut position: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, o) in order.iter().enumerate() {
        position.entry(o.as_str()).or_insert(i);
    }
    let Some(svcs) = top.get("NetworkServices").and_then(P::as_dictionary) else {
        return;
    };
    for (id, svc) in svcs {
        let Some(d) = svc.as_dictionary() else {
            continue;
        };
        let sub = |k: &str| d.get(k).and_then(P::as_dictionary);
        let iface = sub("Interface");
        let v4 = sub("IPv4");
        let v6 = sub("IPv6");
        let dns = sub("DNS");
        let rec = ctx
            .record(path, None)
            .set("kind", "service")
            .set("service_id", id.clone())
            .set("name", s(d, "UserDefinedName"))
            .set("order", position.get(id.as_str()).copied())
            .set("interface", iface.and_then(|i| s(i, "DeviceName")))
            .set("hardware", iface.and_then(|i| s(i, "Hardware")))
            .set("interface_type", iface.and_then(|i| s(i, "Type")))
            .set(
                "interface_name",
                iface.and_then(|i| s(i, "UserDefinedName")),
            )
            .set("ipv4_method", v4.and_then(|i| s(i, "ConfigMethod")))
            .set(
                "ipv4_addresses",
                strings(v4.and_then(|i| i.get("Addresses"))),
            )
            .set("ipv4_router", v4.and_then(|i| s(i, "Router")))
            .set("ipv6_method", v6.and_then(|i| s(i, "ConfigMethod")))
            .set(
                "dns_servers",
                strings(dns.and_then(|i| i.get("ServerAddresses"))),
            )
            .set(
                "search_domains",
                strings(dns.and_then(|i| i.get("SearchDomains"))),
            )
            .set("proxies", proxies(sub("Proxies")))
            .set("disabled", b(d, "__INACTIVE__"))
            .set("raw", to_json(svc));
        ctx.emit("network_services", rec);
    }
}

/// `NetworkInterfaces.plist`: every interface the Mac has named.
fn interfaces(ctx: &mut Ctx<'_>) {
    let path = Path::new(NETWORK_INTERFACES);
    let Some(v) = ctx.read_plist(path) else {
        return;
    };
    let Some(list) = v
        .as_dictionary()
        .and_then(|d| d.get("Interfaces"))
        .and_then(P::as_array)
    else {
        ctx.error(path, "no Interfaces array: nothing read");
        return;
    };
    for i in list.iter().filter_map(P::as_dictionary) {
        let mac = i.get("IOMACAddress").and_then(P::as_data).map(|m| {
            m.iter()
                .map(|b| format!("{b:02x}"))
                .collect::<Vec<_>>()
                .join(":")
        });
        let info = i.get("SCNetworkInterfaceInfo").and_then(P::as_dictionary);
        let rec = ctx
            .record(path, None)
            .set("kind", "interface")
            .set("interface", s(i, "BSD Name"))
            .set("name", info.and_then(|n| s(n, "UserDefinedName")))
            .set("interface_type", s(i, "SCNetworkInterfaceType"))
            .set("mac", mac)
            .set("builtin", b(i, "IOBuiltin"))
            .set("unit", int(i.get("IOInterfaceUnit")))
            .set("raw", to_json(&P::Dictionary(i.clone())));
        ctx.emit("network_services", rec);
    }
}

/// One line of a hosts file: (address, names), or `None` for a comment or
/// blank line.
pub fn parse_hosts_line(line: &str) -> Option<(String, Vec<String>)> {
    let l = line.split('#').next().unwrap_or("").trim();
    let mut it = l.split_whitespace();
    let addr = it.next()?;
    Some((addr.to_string(), it.map(str::to_owned).collect()))
}

fn hosts(ctx: &mut Ctx<'_>) {
    let target = if ctx.source().lstat(Path::new(HOSTS)).is_ok()
        || ctx.source().lstat(Path::new("/private/etc")).is_ok()
    {
        HOSTS
    } else {
        "/etc/hosts"
    };
    let path = Path::new(target);
    let Some(acq) = ctx.acquire(path) else {
        return;
    };
    const MAX: u64 = 16 << 20;
    if acq.meta.size > MAX {
        ctx.error(
            path,
            format!("{} bytes: archived, not parsed", acq.meta.size),
        );
        return;
    }
    let data = match std::fs::read(acq.path()) {
        Ok(d) => d,
        Err(e) => {
            ctx.error(path, format!("cannot read the staged copy: {e}"));
            return;
        }
    };
    for (i, line) in data.split(|b| *b == b'\n').enumerate() {
        let lossy = String::from_utf8_lossy(line);
        let Some((address, names)) = parse_hosts_line(&lossy) else {
            continue;
        };
        let valid = address.parse::<std::net::IpAddr>().is_ok()
            || address
                .split_once('%')
                .is_some_and(|(a, _)| a.parse::<std::net::Ipv6Addr>().is_ok());
        let rec = ctx
            .record(path, None)
            .set("address", address)
            .set("names", names)
            .set("valid_address", valid)
            .set("line", i + 1)
            .text(
                "text",
                "text_b64",
                Some(line.strip_suffix(b"\r").unwrap_or(line)),
            );
        ctx.emit("hosts", rec);
    }
}
