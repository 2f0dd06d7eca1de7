//! Tests of the file half of `network_config` ([`super::super::netconfig_files`]).

use std::path::Path;

use serde_json::Value;

use super::NetworkConfig;
use crate::kit::testing::run_on;
use crate::kit::Status;
use crate::live::netconfig_files::{
    parse_hosts_line, AIRPORT, HOSTS, KNOWN_NETWORKS, NETWORK_INTERFACES, PREFERENCES,
};

fn write(root: &Path, rel: &str, data: &[u8]) {
    let p = root.join(rel.trim_start_matches('/'));
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, data).unwrap();
}

fn run(
    root: &Path,
) -> (
    crate::kit::CollectorReport,
    std::sync::Arc<crate::kit::testing::MemorySink>,
) {
    run_on(root, &NetworkConfig)
}

fn plist_bytes(v: plist::Value) -> Vec<u8> {
    let mut out = Vec::new();
    v.to_writer_binary(&mut out).unwrap();
    out
}

fn date(unix: u64) -> plist::Value {
    plist::Value::Date((std::time::UNIX_EPOCH + std::time::Duration::from_secs(unix)).into())
}

fn dict(entries: Vec<(&str, plist::Value)>) -> plist::Value {
    plist::Value::Dictionary(
        entries
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

#[test]
fn xml_data_that_is_not_base64_is_blanked() {
    use crate::live::netconfig_files::blank_bad_xml_data;
    let x = b"<plist><array><data>aGk=</data><data>\n  bad!  \n</data></array></plist>";
    let (fixed, n) = blank_bad_xml_data(x).unwrap();
    assert_eq!(n, 1);
    assert_eq!(
        fixed,
        b"<plist><array><data>aGk=</data><data></data></array></plist>"
    );
    assert_eq!(blank_bad_xml_data(b"<data>aGk=</data>"), None);
    assert_eq!(blank_bad_xml_data(b"bplist00<data>!</data>"), None);
}

#[test]
fn hosts_lines_are_split_and_comments_dropped() {
    assert_eq!(parse_hosts_line("# comment"), None);
    assert_eq!(parse_hosts_line("   "), None);
    assert_eq!(
        parse_hosts_line("127.0.0.1\tlocalhost  # loopback"),
        Some(("127.0.0.1".into(), vec!["localhost".into()]))
    );
    assert_eq!(
        parse_hosts_line("10.0.0.5 update.apple.com swscan.apple.com"),
        Some((
            "10.0.0.5".into(),
            vec!["update.apple.com".into(), "swscan.apple.com".into()]
        ))
    );
}

#[test]
fn services_interfaces_hosts_and_a_known_network() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let prefs = dict(vec![
        ("CurrentSet", "/Sets/SET1".into()),
        (
            "Sets",
            dict(vec![(
                "SET1",
                dict(vec![(
                    "Network",
                    dict(vec![(
                        "Global",
                        dict(vec![(
                            "IPv4",
                            dict(vec![(
                                "ServiceOrder",
                                plist::Value::Array(vec!["WIFI".into(), "ETH".into()]),
                            )]),
                        )]),
                    )]),
                )]),
            )]),
        ),
        (
            "NetworkServices",
            dict(vec![
                (
                    "WIFI",
                    dict(vec![
                        ("UserDefinedName", "Wi-Fi".into()),
                        (
                            "Interface",
                            dict(vec![
                                ("DeviceName", "en0".into()),
                                ("Hardware", "AirPort".into()),
                                ("Type", "Ethernet".into()),
                            ]),
                        ),
                        ("IPv4", dict(vec![("ConfigMethod", "DHCP".into())])),
                        ("IPv6", dict(vec![("ConfigMethod", "Automatic".into())])),
                        (
                            "DNS",
                            dict(vec![(
                                "ServerAddresses",
                                plist::Value::Array(vec!["185.70.42.1".into()]),
                            )]),
                        ),
                        (
                            "Proxies",
                            dict(vec![
                                ("HTTPEnable", 1.into()),
                                ("HTTPProxy", "10.9.9.9".into()),
                                ("HTTPPort", 3128.into()),
                                ("HTTPSEnable", 0.into()),
                            ]),
                        ),
                    ]),
                ),
                (
                    "ETH",
                    dict(vec![
                        ("UserDefinedName", "Ethernet".into()),
                        ("Interface", dict(vec![("DeviceName", "en1".into())])),
                        (
                            "IPv4",
                            dict(vec![
                                ("ConfigMethod", "Manual".into()),
                                (
                                    "Addresses",
                                    plist::Value::Array(vec!["192.168.7.20".into()]),
                                ),
                                ("Router", "192.168.7.1".into()),
                            ]),
                        ),
                    ]),
                ),
            ]),
        ),
    ]);
    write(r, PREFERENCES, &plist_bytes(prefs));
    let ifs = dict(vec![(
        "Interfaces",
        plist::Value::Array(vec![dict(vec![
            ("BSD Name", "en0".into()),
            ("IOBuiltin", true.into()),
            ("IOInterfaceUnit", 0.into()),
            (
                "IOMACAddress",
                plist::Value::Data(vec![0x3c, 0x22, 0xfb, 0x01, 0x02, 0x03]),
            ),
            ("SCNetworkInterfaceType", "IEEE80211".into()),
            (
                "SCNetworkInterfaceInfo",
                dict(vec![("UserDefinedName", "Wi-Fi".into())]),
            ),
        ])]),
    )]);
    write(r, NETWORK_INTERFACES, &plist_bytes(ifs));
    write(
        r,
        HOSTS,
        b"##\n# Host Database\n127.0.0.1\tlocalhost\n::1 localhost\n10.9.9.9 swscan.apple.com  # added\nnot-an-address foo\n\xffbad\n",
    );
    // A network whose SSID bytes are not UTF-8 (macOS 13+ format).
    let known = dict(vec![(
        "wifi.network.ssid.caf\u{e9}",
        dict(vec![
            ("SSID", plist::Value::Data(b"caf\xe9".to_vec())),
            ("SupportedSecurityTypes", "WPA3 Personal".into()),
            ("AddedAt", date(1_707_800_000)),
            ("JoinedByUserAt", date(1_707_800_100)),
            ("JoinedBySystemAt", date(1_707_900_000)),
            ("Hidden", true.into()),
            (
                "CaptiveProfile",
                dict(vec![("CaptiveNetwork", true.into())]),
            ),
        ]),
    )]);
    write(r, KNOWN_NETWORKS, &plist_bytes(known));

    let (report, sink) = run(r);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);

    let svc = sink.records("network_services");
    assert_eq!(svc.len(), 3);
    let eth = svc.iter().find(|s| s["service_id"] == "ETH").unwrap();
    assert_eq!(eth["order"], 1);
    assert_eq!(eth["ipv4_method"], "Manual");
    assert_eq!(eth["ipv4_addresses"][0], "192.168.7.20");
    assert_eq!(eth["ipv4_router"], "192.168.7.1");
    let wifi = svc.iter().find(|s| s["service_id"] == "WIFI").unwrap();
    assert_eq!(wifi["order"], 0);
    assert_eq!(wifi["interface"], "en0");
    assert_eq!(wifi["dns_servers"][0], "185.70.42.1");
    assert_eq!(
        wifi["proxies"],
        serde_json::json!({"http": "10.9.9.9:3128"})
    );
    let en0 = svc.iter().find(|s| s["kind"] == "interface").unwrap();
    assert_eq!(en0["interface"], "en0");
    assert_eq!(en0["mac"], "3c:22:fb:01:02:03");
    assert_eq!(en0["builtin"], true);
    assert_eq!(en0["name"], "Wi-Fi");

    let hosts = sink.records("hosts");
    assert_eq!(hosts.len(), 5);
    assert_eq!(hosts[2]["address"], "10.9.9.9");
    assert_eq!(hosts[2]["names"], serde_json::json!(["swscan.apple.com"]));
    assert_eq!(hosts[2]["line"], 5);
    assert_eq!(hosts[3]["valid_address"], false);
    assert_eq!(hosts[4]["text_b64"], "/2JhZA==");

    let w = sink.records("wifi_networks");
    assert_eq!(w.len(), 1);
    assert_eq!(w[0]["ssid"], "caf\u{fffd}");
    assert_eq!(w[0]["ssid_b64"], "Y2Fm6Q==");
    assert_eq!(w[0]["ssid_hex"], "636166e9");
    assert_eq!(w[0]["security_type"], "WPA3 Personal");
    assert_eq!(w[0]["timestamp"], "2024-02-14T08:40:00Z");
    assert_eq!(w[0]["last_connected"], "2024-02-14T08:40:00Z");
    assert_eq!(w[0]["joined_by_user"], "2024-02-13T04:55:00Z");
    assert_eq!(w[0]["added"], "2024-02-13T04:53:20Z");
    assert_eq!(w[0]["hidden"], true);
    assert_eq!(w[0]["captive"], true);

    for p in [PREFERENCES, NETWORK_INTERFACES, HOSTS, KNOWN_NETWORKS] {
        assert!(sink.members().contains(&format!("[root]{p}")), "{p}");
    }
}

#[test]
fn damaged_files_are_errors_and_the_rest_is_read() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    write(
        r,
        AIRPORT,
        b"<?xml version=\"1.0\"?><plist><dict><key>Known",
    );
    write(r, KNOWN_NETWORKS, &plist_bytes(plist::Value::Array(vec![])));
    write(r, HOSTS, b"127.0.0.1 localhost\n");
    let (report, sink) = run(r);
    assert_eq!(report.status, Status::Partial);
    assert_eq!(report.errors.len(), 2, "{:?}", report.errors);
    assert!(sink.records("wifi_networks").is_empty());
    assert_eq!(sink.records("hosts").len(), 1);
}

/// The real samples at their macOS paths.
fn real(rel_target: &str, sample: &str) -> Vec<Value> {
    let (report, w) = real_report(rel_target, sample);
    assert_eq!(report.status, Status::Ok, "{sample}: {:?}", report.errors);
    w
}

fn real_report(rel_target: &str, sample: &str) -> (crate::kit::CollectorReport, Vec<Value>) {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        rel_target,
        &crate::testdata::realdata::read(sample),
    );
    let (report, sink) = run(d.path());
    (report, sink.records("wifi_networks"))
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn real_remembered_networks_of_plaso() {
    // plaso asserts 4 networks; entry 0 `europa`, `WPA/WPA2 Personal`,
    // last connected 2013-07-30T00:29:26Z. The other times are the
    // file's own `LastConnected` dates (read with plistlib).
    let w = real(AIRPORT, "wifi/plaso_com.apple.airport.preferences.plist");
    assert_eq!(w.len(), 4);
    let got: Vec<(&str, &str, &str)> = w
        .iter()
        .map(|n| {
            (
                n["ssid"].as_str().unwrap(),
                n["security_type"].as_str().unwrap(),
                n["last_connected"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("europa", "WPA/WPA2 Personal", "2013-07-30T00:29:26Z"),
            ("CampusNet", "Open", "2013-12-12T19:03:04Z"),
            ("Bose SoundLink Air Network", "Open", "2013-12-13T15:45:46Z"),
            ("Boingo Hotspot", "Open", "2013-12-13T16:05:47Z"),
        ]
    );
    assert_eq!(w[0]["timestamp"], "2013-07-30T00:29:26Z");
    assert_eq!(w[0]["format"], "RememberedNetworks");
    assert_eq!(w[0]["hidden"], true);
    assert_eq!(w[0]["captive"], false);
    assert_eq!(w[0]["bss"][0]["bssid"], "0:1d:d2:b8:6e:40");
    assert_eq!(w[0]["bss"][0]["channel"], 6);
}

fn osquery_pair(w: &[Value]) {
    // osquery asserts `WhyFi` (Open, last connected 1437434883 =
    // 2015-07-20T23:28:03Z) and `High-Fi` (WPA2 Personal, 1419843361 =
    // 2014-12-29T08:56:01Z).
    assert_eq!(w.len(), 2);
    let why = w.iter().find(|n| n["ssid"] == "WhyFi").unwrap();
    assert_eq!(why["security_type"], "Open");
    assert_eq!(why["last_connected"], "2015-07-20T23:28:03Z");
    assert_eq!(why["captive"], true);
    assert_eq!(why["channels"][0]["channel"], 161);
    let high = w.iter().find(|n| n["ssid"] == "High-Fi").unwrap();
    assert_eq!(high["security_type"], "WPA2 Personal");
    assert_eq!(high["last_connected"], "2014-12-29T08:56:01Z");
    assert_eq!(high["format"], "KnownNetworks");
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn real_known_networks_of_osquery_both_layouts() {
    // osquery's author replaced the SSID bytes with text that is not
    // base64 (`helloWOrld=`, `KJDSKDSHAKD`): the networks are still read,
    // from `SSIDString`, and the damage is reported.
    for sample in [
        "wifi/osquery_test_airport_pre_macOS_10.15.plist",
        "wifi/osquery_test_airport.plist",
    ] {
        let (report, w) = real_report(AIRPORT, sample);
        assert_eq!(report.status, Status::Partial);
        assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
        assert!(
            report.errors[0]
                .message
                .contains("2 <data> values are not base64"),
            "{:?}",
            report.errors
        );
        osquery_pair(&w);
        assert_eq!(w[0]["ssid_hex"], Value::Null);
    }
    let (_, w) = real_report(AIRPORT, "wifi/osquery_test_airport.plist");
    // 10.15: the last connection is `LastAutoJoinAt`; one BSSID listed.
    let why = w.iter().find(|n| n["ssid"] == "WhyFi").unwrap();
    assert_eq!(why["last_auto_join"], "2015-07-20T23:28:03Z");
    assert_eq!(why["bss"][0]["bssid"], "14:ed:bb:34:cd:32");
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn real_wifi_known_networks_of_plaso() {
    // plaso asserts 9 entries (one per BSS); entry 0: SSID `Matt_Foley`,
    // BSSID 76:a7:41:e7:7c:9d, channel 1, added 2023-04-15T13:53:47.476017Z.
    // The other times are the file's own dates (plistlib).
    let w = real(
        KNOWN_NETWORKS,
        "wifi/plaso_ios_com.apple.wifi.known-networks.plist",
    );
    assert_eq!(w.len(), 1);
    let n = &w[0];
    assert_eq!(n["ssid"], "Matt_Foley");
    assert_eq!(n["ssid_hex"], hex::encode("Matt_Foley"));
    assert_eq!(n["security_type"], "WPA2 Personal");
    assert_eq!(n["added"], "2023-04-15T13:53:47.476017Z");
    assert_eq!(n["joined_by_user"], "2023-04-15T13:53:47.472469Z");
    assert_eq!(n["joined_by_system"], "2023-05-20T19:55:03.073186Z");
    assert_eq!(n["last_connected"], "2023-05-20T19:55:03.073186Z");
    assert_eq!(n["updated"], "2023-05-20T19:55:03.077004Z");
    assert_eq!(n["hidden"], false);
    assert_eq!(n["captive"], false);
    let bss = n["bss"].as_array().unwrap();
    assert_eq!(bss.len(), 9);
    assert_eq!(bss[0]["bssid"], "76:a7:41:e7:7c:9d");
    assert_eq!(bss[0]["channel"], 1);
    assert_eq!(bss[0]["last_associated"], "2023-05-14T01:15:45.013600Z");
    assert_eq!(bss[8]["bssid"], "6a:22:32:1d:3e:a3");
    assert_eq!(bss[8]["channel"], 44);
}

#[test]
fn a_plist_over_the_limit_is_archived_and_one_error() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), AIRPORT, b"");
    std::fs::File::create(d.path().join(AIRPORT.trim_start_matches('/')))
        .unwrap()
        .set_len(crate::kit::plist::MAX_FILE_BYTES + 1)
        .unwrap();
    let (report, sink) = run(d.path());
    assert_eq!(report.status, Status::Partial);
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert_eq!(report.errors[0].path.as_deref(), Some(AIRPORT));
    assert_eq!(
        report.errors[0].message,
        "16777217 bytes, over the 16777216-byte parsing limit; archived, not parsed"
    );
    assert!(sink.records("wifi_networks").is_empty());
    assert!(sink.members().contains(&format!("[root]{AIRPORT}")));
}
