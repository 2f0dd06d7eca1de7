//! Parsers of the text Apple's tools print, for the few commands whose
//! output is also turned into records. Each takes the whole output and
//! returns one JSON object per item, plus the lines it did not understand
//! (counted by the caller, never fatal).
//!
//! Formats, as documented by Apple (man pages `launchctl(1)`, `kmutil(8)`,
//! `kextstat(8)`, `systemextensionsctl(8)`) and as the tools print them:
//! - `launchctl list`: a header `PID\tStatus\tLabel`, then one line per
//!   job: the pid or `-`, the last exit status (negative: the signal that
//!   ended it) or `-`, the label;
//! - `launchctl print system`: nested `name = { ... }` blocks; the
//!   `services = {` block lists `PID LAST-EXIT LABEL` per job, with pid 0
//!   (or `-`) for a job that is not running and `-` for "never exited";
//! - `kmutil showloaded` (macOS 11+) and `kextstat` (before): a header
//!   `Index Refs Address Size Wired Name (Version) UUID <Linked Against>`,
//!   then one line per loaded kernel extension (`UUID` absent before
//!   10.12; `kmutil` may print a note such as "No variant specified,
//!   falling back to release" first);
//! - `systemextensionsctl list`: `N extension(s)`, then per category a line
//!   `--- com.apple.system_extension.<category>`, a tab-separated header
//!   `enabled active teamID bundleID (version) name [state]` and one
//!   tab-separated line per extension (`*` for yes in the first two
//!   columns).

use serde_json::{json, Map, Value};

/// Every field name the parsers produce (records take static keys).
pub const KEYS: &[&str] = &[
    "label",
    "pid",
    "running",
    "last_exit_status",
    "index",
    "refs",
    "address",
    "size",
    "wired",
    "bundle_id",
    "version",
    "uuid",
    "linked_against",
    "category",
    "enabled",
    "active",
    "team_id",
    "build",
    "name",
    "state",
];

/// Items parsed from one output, and the lines left over.
#[derive(Debug, Default)]
pub struct Parsed {
    pub items: Vec<Map<String, Value>>,
    pub unparsed: u64,
}

fn obj(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

/// `-` is "none"; anything else an integer (or kept as text).
fn num_or_dash(s: &str) -> Value {
    if s == "-" {
        Value::Null
    } else {
        s.parse::<i64>()
            .map(Value::from)
            .unwrap_or_else(|_| s.into())
    }
}

/// `launchctl list`.
pub fn launchctl_list(text: &str) -> Parsed {
    let mut p = Parsed::default();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with("PID\t") {
            continue;
        }
        let mut f = line.splitn(3, '\t');
        match (f.next(), f.next(), f.next()) {
            (Some(pid), Some(status), Some(label)) if !label.is_empty() => {
                let pid = num_or_dash(pid.trim());
                let status = num_or_dash(status.trim());
                if !(pid.is_null() || pid.is_i64()) {
                    p.unparsed += 1;
                    continue;
                }
                p.items.push(obj(json!({
                    "label": label,
                    "pid": pid,
                    "running": pid.as_i64().is_some_and(|v| v > 0),
                    "last_exit_status": status,
                })));
            }
            _ => p.unparsed += 1,
        }
    }
    p
}

/// The `services = { ... }` block of `launchctl print system`.
pub fn launchctl_print(text: &str) -> Parsed {
    let mut p = Parsed::default();
    let mut in_services = false;
    let mut depth = 0usize;
    for line in text.lines() {
        let t = line.trim();
        if !in_services {
            if depth == 1 && t == "services = {" {
                in_services = true;
                continue;
            }
            if t.ends_with('{') {
                depth += 1;
            } else if t == "}" {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        if t == "}" {
            in_services = false;
            continue;
        }
        if t.is_empty() {
            continue;
        }
        let mut f = t.split_whitespace();
        let (Some(pid), Some(exit)) = (f.next(), f.next()) else {
            p.unparsed += 1;
            continue;
        };
        let label = f.collect::<Vec<_>>().join(" ");
        let pid = num_or_dash(pid);
        if label.is_empty() || !(pid.is_null() || pid.is_i64()) {
            p.unparsed += 1;
            continue;
        }
        p.items.push(obj(json!({
            "label": label,
            "pid": pid,
            "running": pid.as_i64().is_some_and(|v| v > 0),
            "last_exit_status": num_or_dash(exit),
        })));
    }
    p
}

/// `kmutil showloaded` and `kextstat`.
pub fn loaded_kexts(text: &str) -> Parsed {
    let mut p = Parsed::default();
    let mut seen_header = false;
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with("Index") {
            seen_header = true;
            continue;
        }
        if t.is_empty() || !seen_header {
            continue;
        }
        match kext_line(t) {
            Some(m) => p.items.push(m),
            None => p.unparsed += 1,
        }
    }
    p
}

fn kext_line(t: &str) -> Option<Map<String, Value>> {
    let mut f = t.split_whitespace();
    let index: i64 = f.next()?.parse().ok()?;
    let refs: i64 = f.next()?.parse().ok()?;
    let address = f.next()?;
    let size = f.next()?;
    let wired = f.next()?;
    let rest = f.collect::<Vec<_>>().join(" ");
    // name (version) [UUID] <linked against>
    let (name, after) = rest.split_once(" (")?;
    let (version, after) = after.split_once(')')?;
    let after = after.trim();
    let (uuid, linked) = match after.find('<') {
        Some(i) => (after.get(..i)?.trim(), after.get(i..)?),
        None => (after, ""),
    };
    let linked: Vec<i64> = linked
        .trim_start_matches('<')
        .trim_end_matches('>')
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    let hex = |s: &str| -> Value {
        let h = s.trim_start_matches("0x");
        u64::from_str_radix(h, 16)
            .map(Value::from)
            .unwrap_or(Value::Null)
    };
    Some(obj(json!({
        "index": index,
        "refs": refs,
        "address": address,
        "size": hex(size),
        "wired": hex(wired),
        "bundle_id": name,
        "version": version,
        "uuid": if uuid.is_empty() { Value::Null } else { uuid.into() },
        "linked_against": linked,
    })))
}

/// `systemextensionsctl list`.
pub fn system_extensions(text: &str) -> Parsed {
    let mut p = Parsed::default();
    let mut category: Option<String> = None;
    for line in text.lines() {
        let t = line.trim_end();
        if t.trim().is_empty() || t.ends_with("extension(s)") || t.starts_with("enabled\tactive") {
            continue;
        }
        if let Some(c) = t.strip_prefix("--- ") {
            category = Some(c.trim().to_string());
            continue;
        }
        let f: Vec<&str> = t.split('\t').collect();
        let (Some(enabled), Some(active), Some(team), Some(bundle)) =
            (f.first(), f.get(1), f.get(2), f.get(3))
        else {
            p.unparsed += 1;
            continue;
        };
        let (bundle_id, version) = match bundle.split_once(" (") {
            Some((b, v)) => (b, Some(v.trim_end_matches(')'))),
            None => (*bundle, None),
        };
        let (short, build) = match version.and_then(|v| v.split_once('/')) {
            Some((s, b)) => (Some(s), Some(b)),
            None => (version, None),
        };
        let name = f.get(4).copied().unwrap_or("");
        let state = f
            .get(5)
            .map(|s| s.trim().trim_start_matches('[').trim_end_matches(']'))
            .unwrap_or("");
        p.items.push(obj(json!({
            "category": category,
            "enabled": enabled.trim() == "*",
            "active": active.trim() == "*",
            "team_id": team.trim(),
            "bundle_id": bundle_id.trim(),
            "version": short,
            "build": build,
            "name": name,
            "state": state,
        })));
    }
    p
}

#[cfg(test)]
mod tests {
    //! The samples here were written for these tests, following the
    //! formats in the module documentation (Apple's man pages and the
    //! tools' headers); they are not captured from a Mac. Identifiers are
    //! Apple's and Microsoft's public bundle identifiers. The module `real`
    //! holds real outputs quoted from other projects, each with its source;
    //! none was found for `launchctl print system` and
    //! `systemextensionsctl list`.
    use super::*;

    #[test]
    fn every_key_is_declared() {
        let all = [
            launchctl_list("1\t0\ta\n"),
            launchctl_print("s = {\n\tservices = {\n\t\t1 - a\n\t}\n}\n"),
            loaded_kexts("Index\n 1 1 0 0 0 a (1) U <1>\n"),
            system_extensions("*\t*\tT\tb (1/2)\tn\t[s]\n"),
        ];
        for p in all {
            assert_eq!(p.items.len(), 1);
            for k in p.items[0].keys() {
                assert!(KEYS.contains(&k.as_str()), "{k}");
            }
        }
    }

    #[test]
    fn launchctl_list_gives_pid_status_and_label() {
        let text = "PID\tStatus\tLabel\n\
                    -\t0\tcom.apple.SafariHistoryServiceAgent\n\
                    412\t0\tcom.apple.Finder\n\
                    -\t-9\tcom.apple.mdworker.shared.0B000000-0000-0000-0000-000000000000\n\
                    -\t78\tcom.example.crashing\n\
                    garbage line\n";
        let p = launchctl_list(text);
        assert_eq!(p.items.len(), 4);
        assert_eq!(p.unparsed, 1);
        assert_eq!(p.items[0]["pid"], Value::Null);
        assert_eq!(p.items[0]["running"], false);
        assert_eq!(p.items[1]["pid"], 412);
        assert_eq!(p.items[1]["label"], "com.apple.Finder");
        assert_eq!(p.items[1]["running"], true);
        assert_eq!(p.items[2]["last_exit_status"], -9);
        assert_eq!(p.items[3]["last_exit_status"], 78);
    }

    #[test]
    fn launchctl_print_reads_the_services_block_only() {
        let text = "system = {\n\
            \ttype = system\n\
            \thandle = 0\n\
            \tactive count = 3\n\
            \tservices = {\n\
            \t\t       0      -     com.apple.AssetCacheManagerService\n\
            \t\t     376      -     com.apple.mDNSResponder\n\
            \t\t       0      -9    com.apple.mdworker.shared\n\
            \t\t       0      78    com.example.failing\n\
            \t}\n\
            \tendpoints = {\n\
            \t\t0x1234 M  A  com.apple.something\n\
            \t}\n\
            \tdisabled services = {\n\
            \t\t\"com.apple.ftpd\" => disabled\n\
            \t}\n\
            }\n";
        let p = launchctl_print(text);
        assert_eq!(p.items.len(), 4, "{:?}", p.items);
        assert_eq!(p.unparsed, 0);
        assert_eq!(p.items[0]["running"], false);
        assert_eq!(p.items[0]["last_exit_status"], Value::Null);
        assert_eq!(p.items[1]["pid"], 376);
        assert_eq!(p.items[1]["label"], "com.apple.mDNSResponder");
        assert_eq!(p.items[2]["last_exit_status"], -9);
        assert_eq!(p.items[3]["last_exit_status"], 78);
    }

    #[test]
    fn kmutil_and_kextstat_lines_decode() {
        let kmutil = "No variant specified, falling back to release\n\
            Index Refs Address            Size       Wired      Name (Version) UUID <Linked Against>\n\
            \x20   1  155 0                  0          0          com.apple.kpi.bsd (20.1.0) 3C2A5A5E-0D6E-3A8B-9E1A-2B3C4D5E6F70 <>\n\
            \x20  23    3 0xffffff7f8204e000 0x5000     0x5000     com.apple.driver.AppleACPIButtons (6.1) 4B0E0B4D-1111-2222-3333-444455556666 <18 15 7 6 3 1>\n\
            \x20 180    0 0xffffff7f83a1f000 0x2000     0x2000     com.example.driver.Thing (1.0 beta) 00000000-0000-0000-0000-000000000001 <7 3>\n";
        let p = loaded_kexts(kmutil);
        assert_eq!(p.items.len(), 3);
        assert_eq!(p.unparsed, 0);
        assert_eq!(p.items[0]["bundle_id"], "com.apple.kpi.bsd");
        assert_eq!(p.items[0]["linked_against"], json!([]));
        assert_eq!(p.items[1]["index"], 23);
        assert_eq!(p.items[1]["refs"], 3);
        assert_eq!(p.items[1]["size"], 0x5000);
        assert_eq!(p.items[1]["version"], "6.1");
        assert_eq!(p.items[1]["uuid"], "4B0E0B4D-1111-2222-3333-444455556666");
        assert_eq!(p.items[1]["linked_against"], json!([18, 15, 7, 6, 3, 1]));
        assert_eq!(p.items[2]["version"], "1.0 beta");
        // kextstat before 10.12: no UUID column.
        let old = "Index Refs Address            Size       Wired      Name (Version) <Linked Against>\n\
            \x20  12    0 0xffffff7f80a00000 0x3000     0x3000     com.apple.iokit.IOSMBusFamily (1.1) <6 5 4>\n\
            \x20  not a line\n";
        let p = loaded_kexts(old);
        assert_eq!(p.items.len(), 1);
        assert_eq!(p.unparsed, 1);
        assert_eq!(p.items[0]["uuid"], Value::Null);
        assert_eq!(p.items[0]["linked_against"], json!([6, 5, 4]));
    }

    #[test]
    fn system_extensions_decode_per_category() {
        let text = "2 extension(s)\n\
            --- com.apple.system_extension.network_extension\n\
            enabled\tactive\tteamID\tbundleID (version)\tname\t[state]\n\
            *\t*\tUBF8T346G9\tcom.microsoft.wdav.netext (101.23.41/101.23.41)\tMicrosoft Defender Network Extension\t[activated enabled]\n\
            --- com.apple.system_extension.endpoint_security\n\
            enabled\tactive\tteamID\tbundleID (version)\tname\t[state]\n\
            \t\tUBF8T346G9\tcom.microsoft.wdav.epsext (100.1/100.1)\tMicrosoft Defender Endpoint Security Extension\t[terminated waiting to uninstall on reboot]\n";
        let p = system_extensions(text);
        assert_eq!(p.items.len(), 2);
        assert_eq!(p.unparsed, 0);
        let a = &p.items[0];
        assert_eq!(
            a["category"],
            "com.apple.system_extension.network_extension"
        );
        assert_eq!(a["enabled"], true);
        assert_eq!(a["active"], true);
        assert_eq!(a["team_id"], "UBF8T346G9");
        assert_eq!(a["bundle_id"], "com.microsoft.wdav.netext");
        assert_eq!(a["version"], "101.23.41");
        assert_eq!(a["build"], "101.23.41");
        assert_eq!(a["state"], "activated enabled");
        let b = &p.items[1];
        assert_eq!(b["enabled"], false);
        assert_eq!(
            b["category"],
            "com.apple.system_extension.endpoint_security"
        );
        assert_eq!(b["state"], "terminated waiting to uninstall on reboot");
    }

    /// Real outputs, quoted from other projects' documentation.
    mod real {
        use super::super::*;
        use serde_json::json;

        /// `kextstat` on macOS 11.5 (Darwin 20.5.0), which hands over to
        /// `kmutil showloaded`: the first lines as printed in HackTricks,
        /// src/macos-hardening/macos-security-and-privilege-escalation/
        /// mac-os-architecture/macos-iokit.md ("Use kextstat to print the
        /// loaded drivers").
        const KEXTSTAT_11_5: &str = "Executing: /usr/bin/kmutil showloaded
No variant specified, falling back to release
Index Refs Address            Size       Wired      Name (Version) UUID <Linked Against>
1  142 0                  0          0          com.apple.kpi.bsd (20.5.0) 52A1E876-863E-38E3-AC80-09BBAB13B752 <>
2   11 0                  0          0          com.apple.kpi.dsep (20.5.0) 52A1E876-863E-38E3-AC80-09BBAB13B752 <>
9    2 0xffffff8003317000 0xe000     0xe000     com.apple.kec.Libm (1) 6C1342CC-1D74-3D0F-BC43-97D5AD38200A <5>
10   12 0xffffff8003544000 0x92000    0x92000    com.apple.kec.corecrypto (11.1) F5F1255F-6552-3CF4-A9DB-D60EFDEB4A9A <8 7 6 5 3 1>
";

        #[test]
        fn kextstat_on_big_sur() {
            let p = loaded_kexts(KEXTSTAT_11_5);
            assert_eq!(p.unparsed, 0);
            assert_eq!(p.items.len(), 4);
            // Kernel components sit at address 0 with no size.
            assert_eq!(p.items[0]["bundle_id"], "com.apple.kpi.bsd");
            assert_eq!(p.items[0]["refs"], 142);
            assert_eq!(p.items[0]["address"], "0");
            assert_eq!(p.items[0]["size"], 0);
            assert_eq!(p.items[0]["version"], "20.5.0");
            let c = &p.items[3];
            assert_eq!(c["index"], 10);
            assert_eq!(c["bundle_id"], "com.apple.kec.corecrypto");
            assert_eq!(c["version"], "11.1");
            assert_eq!(c["address"], "0xffffff8003544000");
            assert_eq!(c["size"], 0x92000);
            assert_eq!(c["wired"], 0x92000);
            assert_eq!(c["uuid"], "F5F1255F-6552-3CF4-A9DB-D60EFDEB4A9A");
            assert_eq!(c["linked_against"], json!([8, 7, 6, 5, 3, 1]));
        }

        /// `launchctl list` inside an iOS simulator, as quoted in a comment
        /// of appium/appium-ios-simulator, lib/simulator-xcode-11.4.js
        /// (`ps()`, "Example match"); the indentation of the comment is
        /// removed.
        const LAUNCHCTL_SIM: &str = "PID\tStatus\tLabel
-\t0\tcom.apple.progressd
22109\t0\tcom.apple.CoreAuthentication.daemon
21995\t0\tcom.apple.cloudphotod
22076\t0\tUIKitApplication:com.apple.mobilesafari[2b0f][rb-legacy]
";

        #[test]
        fn launchctl_list_in_a_simulator() {
            let p = launchctl_list(LAUNCHCTL_SIM);
            assert_eq!(p.unparsed, 0);
            assert_eq!(p.items.len(), 4);
            assert_eq!(p.items[0]["pid"], Value::Null);
            assert_eq!(p.items[0]["last_exit_status"], 0);
            assert_eq!(p.items[1]["pid"], 22109);
            assert_eq!(
                p.items[3]["label"],
                "UIKitApplication:com.apple.mobilesafari[2b0f][rb-legacy]"
            );
            assert_eq!(p.items[3]["running"], true);
        }
    }
}
