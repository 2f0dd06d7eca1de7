//! The report's findings on what was installed, how the Mac's defences
//! reacted and how it was connected: the streams of `software`,
//! `security_logs` and `network_config` (roles [`Role::Software`] to
//! [`Role::NetworkService`]).
//!
//! - **Software**: applications whose main executable is unsigned, ad hoc
//!   signed or has an invalid signature (first), then quarantined ones with
//!   the quarantining agent and time, then other notes; and what was
//!   installed (install history, package receipts, Homebrew) in the
//!   [`RECENT_DAYS`] days before the reference time, background data
//!   updates (`config-data`) left out.
//! - **Defences**: XProtect detections (`XPdb` events), Gatekeeper's
//!   refusals (`.LastGKReject`), Gatekeeper rules that are not Apple's
//!   (`SystemPolicy` `authority` rows without Apple's built-in, virtual or
//!   override-list flags: `spctl --add`, profiles), and Gatekeeper scans
//!   of code whose columns say it is unsigned (`is_signed` 0) or has no
//!   team ID, which notarisation requires (Apple's `com.apple.*` platform
//!   code, which has none either, left out).
//! - **Networks**: known Wi-Fi networks, last joined first; hosts-file
//!   entries whose address is not this machine's (loopback, Apple's
//!   `broadcasthost` and `fe80::1%lo0` left out; `0.0.0.0` and `::` shown
//!   as blocking); network services with a proxy.
//!
//! Every table has the record's `source` (the file on the target) and the
//! record itself. The fields read are listed in `docs/report.md`.

use std::fmt::Write as _;
use std::net::IpAddr;

use serde_json::{Map, Value};

use super::html::{self, esc, Cell};
use super::{
    first_txt, rows_of, shown_of, time_cell, time_of, txt, Ctx, Ref, Report, Row, Section,
    RECENT_DAYS, ROWS,
};
use crate::streams::{Instant, Role};

/// The sections of these findings.
#[derive(Debug)]
pub(super) struct Defences {
    apps: Section,
    installs: Section,
    detections: Section,
    refusals: Section,
    rules: Section,
    scans: Section,
    wifi: Section,
    hosts: Section,
    proxies: Section,
}

impl Defences {
    pub(super) fn new() -> Defences {
        Defences {
            apps: Section::new(ROWS),
            installs: Section::new(ROWS),
            detections: Section::new(ROWS),
            refusals: Section::new(ROWS),
            rules: Section::new(ROWS),
            scans: Section::new(ROWS),
            wifi: Section::new(ROWS),
            hosts: Section::new(ROWS),
            proxies: Section::new(ROWS),
        }
    }
}

/// A field's integer value (a JSON number, or a number as text).
fn int(rec: &Map<String, Value>, k: &str) -> Option<i64> {
    match crate::streams::lookup(rec, k)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    }
}

fn source_cell(rec: &Map<String, Value>) -> Cell {
    Cell::text(&txt(rec, "source")).class("mono")
}

/// The strings of an array field, joined.
fn list(rec: &Map<String, Value>, k: &str, sep: &str) -> String {
    match rec.get(k) {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(crate::streams::value_text)
            .map(|c| c.into_owned())
            .collect::<Vec<_>>()
            .join(sep),
        Some(v) => crate::streams::value_text(v)
            .map(|c| c.into_owned())
            .unwrap_or_default(),
        None => String::new(),
    }
}

/// Apple's own flags on a Gatekeeper authority row (`policydb.h`):
/// virtual (1), default, i.e. built in (2), and the Gatekeeper override
/// list's (`GKE`: 0x1000, 0x2000, 0x4000).
const APPLE_AUTHORITY_FLAGS: i64 = 0x1 | 0x2 | 0x1000 | 0x2000 | 0x4000;

/// What a hosts-file address does to the names after it, or `None` when
/// it is this machine (loopback, the interface-local `fe80::1%lo0`) or
/// Apple's `255.255.255.255 broadcasthost`.
fn hosts_effect(address: &str, valid: bool) -> Option<&'static str> {
    let (ip, zone) = match address.split_once('%') {
        Some((a, z)) => (a, Some(z)),
        None => (address, None),
    };
    let Ok(ip) = ip.parse::<IpAddr>() else {
        return Some(if valid {
            "redirected"
        } else {
            "not an address"
        });
    };
    if ip.is_loopback() || zone.is_some_and(|z| z.starts_with("lo")) {
        return None;
    }
    match ip {
        IpAddr::V4(v4) if v4.is_broadcast() => None,
        _ if ip.is_unspecified() => Some("blocked (unspecified address)"),
        _ => Some("redirected"),
    }
}

impl Report {
    pub(super) fn defence(&mut self, role: Role, rec: &Map<String, Value>, r: &dyn Fn() -> Ref) {
        match role {
            Role::Software => match txt(rec, "kind").as_str() {
                "app" => self.app(rec, r),
                "install" | "receipt" | "homebrew_formula" | "homebrew_cask" => {
                    self.install(rec, r)
                }
                _ => {}
            },
            Role::XProtectDetection => self.detection(rec, r),
            Role::GatekeeperRefusal => self.refusal(rec, r),
            Role::GatekeeperRule => self.rule(rec, r),
            Role::GatekeeperScan => self.scan(rec, r),
            Role::WifiNetwork => self.wifi(rec, r),
            Role::HostsEntry => self.hosts_entry(rec, r),
            Role::NetworkService => self.proxy(rec, r),
            _ => {}
        }
    }

    fn app(&mut self, rec: &Map<String, Value>, r: &dyn Fn() -> Ref) {
        let sig = txt(rec, "exe_signature_status");
        let notes = list(rec, "notes", ", ");
        let quarantine = ["quarantine", "exe_quarantine"]
            .into_iter()
            .find_map(|k| rec.get(k).and_then(Value::as_object));
        let bad_sig = matches!(sig.as_str(), "unsigned" | "adhoc" | "invalid");
        let rank = if bad_sig {
            0
        } else if quarantine.is_some() {
            1
        } else if !notes.is_empty() {
            2
        } else {
            return;
        };
        let time = time_of(rec, "timestamp");
        if self.defences.apps.dropped(rank, time) {
            return;
        }
        let signer = [
            txt(rec, "exe_signer"),
            first_txt(rec, &["exe_team_id", "exe_signing_id"]),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
        let sig_cell = if bad_sig {
            Cell::text(&sig).class("flag")
        } else {
            Cell::text(&sig)
        };
        let q = quarantine.map(|q| {
            let g = |k: &str| {
                q.get(k)
                    .and_then(crate::streams::value_text)
                    .map(|c| c.into_owned())
                    .unwrap_or_default()
            };
            let mut s = format!("by {}", {
                let a = g("agent");
                if a.is_empty() {
                    "an unnamed agent".to_string()
                } else {
                    a
                }
            });
            let t = g("time");
            if !t.is_empty() {
                let _ = write!(s, " at {t}");
            }
            s
        });
        self.defences.apps.add(Row {
            time,
            rank,
            cells: vec![
                time_cell(time),
                first_txt(rec, &["name", "bundle_name"]).into(),
                Cell::text(&txt(rec, "bundle_id")).class("mono"),
                txt(rec, "short_version").into(),
                sig_cell,
                Cell::text(&signer).class("mono"),
                match q {
                    Some(q) => Cell::text(&q).class("flag"),
                    None => Cell::text(""),
                },
                notes.into(),
                txt(rec, "user").into(),
                source_cell(rec),
            ],
            rec: r(),
        });
    }

    fn install(&mut self, rec: &Map<String, Value>, r: &dyn Fn() -> Ref) {
        let kind = txt(rec, "kind");
        if txt(rec, "content_type") == "config-data" {
            return;
        }
        // The install's own time: Homebrew's receipt, else the version
        // folder's modification.
        let (time, from) = match kind.as_str() {
            "install" => (time_of(rec, "timestamp"), "install history"),
            "receipt" => (time_of(rec, "timestamp"), "package receipt"),
            _ => match time_of(rec, "receipt_time") {
                Some(t) => (Some(t), "Homebrew receipt"),
                None => (time_of(rec, "timestamp"), "version folder modified"),
            },
        };
        if self.defences.installs.dropped(0, time) {
            return;
        }
        let (what, name, version, by) = match kind.as_str() {
            "install" => (
                "install",
                txt(rec, "display_name"),
                txt(rec, "display_version"),
                txt(rec, "process_name"),
            ),
            "receipt" => (
                "package receipt",
                txt(rec, "package_identifier"),
                txt(rec, "package_version"),
                [
                    txt(rec, "install_process_name"),
                    txt(rec, "package_file_name"),
                ]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
            ),
            "homebrew_formula" => (
                "Homebrew formula",
                txt(rec, "name"),
                txt(rec, "version"),
                txt(rec, "tap"),
            ),
            _ => (
                "Homebrew cask",
                txt(rec, "name"),
                txt(rec, "version"),
                txt(rec, "tap"),
            ),
        };
        self.defences.installs.add(Row {
            time,
            rank: 0,
            cells: vec![
                time_cell(time),
                what.into(),
                name.into(),
                version.into(),
                by.into(),
                from.into(),
                source_cell(rec),
            ],
            rec: r(),
        });
    }

    fn detection(&mut self, rec: &Map<String, Value>, r: &dyn Fn() -> Ref) {
        if txt(rec, "table") != "events" {
            return;
        }
        let time = time_of(rec, "timestamp");
        if self.defences.detections.dropped(0, time) {
            return;
        }
        let notarised = match int(rec, "exec_is_notarized") {
            Some(0) => Cell::text("no").class("flag"),
            Some(_) => Cell::text("yes"),
            None => Cell::text(""),
        };
        self.defences.detections.add(Row {
            time,
            rank: 0,
            cells: vec![
                time_cell(time),
                Cell::text(&txt(rec, "violated_rule")).class("flag"),
                Cell::text(&txt(rec, "exec_path")).class("mono"),
                Cell::text(
                    &[txt(rec, "exec_signing_id"), txt(rec, "exec_team_id")]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(", "),
                )
                .class("mono"),
                notarised,
                Cell::text(&txt(rec, "responsible_path")).class("mono"),
                source_cell(rec),
            ],
            rec: r(),
        });
    }

    fn refusal(&mut self, rec: &Map<String, Value>, r: &dyn Fn() -> Ref) {
        let time = time_of(rec, "timestamp");
        if self.defences.refusals.dropped(0, time) {
            return;
        }
        let path = txt(rec, "path");
        let path = if path.is_empty() {
            let e = txt(rec, "bookmark_error");
            if e.is_empty() {
                String::new()
            } else {
                format!("(bookmark not decoded: {e})")
            }
        } else {
            path
        };
        self.defences.refusals.add(Row {
            time,
            rank: 0,
            cells: vec![
                time_cell(time),
                Cell::text(&path).class("mono"),
                first_txt(
                    rec,
                    &["xprotect_malware_type_name", "xprotect_malware_type"],
                )
                .into(),
                txt(rec, "is_execution_path").into(),
                source_cell(rec),
            ],
            rec: r(),
        });
    }

    fn rule(&mut self, rec: &Map<String, Value>, r: &dyn Fn() -> Ref) {
        if txt(rec, "table") != "authority" {
            return;
        }
        let flags = int(rec, "flags").unwrap_or(0);
        if flags & APPLE_AUTHORITY_FLAGS != 0 || txt(rec, "label") == "GKE" {
            return;
        }
        let time = time_of(rec, "timestamp");
        if self.defences.rules.dropped(0, time) {
            return;
        }
        let kind = match int(rec, "type") {
            Some(1) => "execute".to_string(),
            Some(2) => "install".to_string(),
            Some(3) => "open document".to_string(),
            Some(n) => n.to_string(),
            None => String::new(),
        };
        let allow = match (int(rec, "allow"), int(rec, "disabled")) {
            (_, Some(d)) if d != 0 => Cell::text("disabled"),
            (Some(0), _) => Cell::text("deny"),
            (Some(_), _) => Cell::text("allow").class("flag"),
            (None, _) => Cell::text(""),
        };
        self.defences.rules.add(Row {
            time,
            rank: 0,
            cells: vec![
                time_cell(time),
                txt(rec, "label").into(),
                Cell::text(&txt(rec, "requirement")).class("mono"),
                kind.into(),
                allow,
                first_txt(rec, &["row.user", "user"]).into(),
                source_cell(rec),
            ],
            rec: r(),
        });
    }

    fn scan(&mut self, rec: &Map<String, Value>, r: &dyn Fn() -> Ref) {
        let table = txt(rec, "table");
        let signing = txt(rec, "signing_identifier");
        let team = txt(rec, "team_identifier");
        let why = match table.as_str() {
            "executable_measurements_v2" if int(rec, "is_signed") == Some(0) => "unsigned",
            "policy_scan_cache" | "provenance_tracking" | "executable_measurements_v2"
                if team.is_empty() && !signing.is_empty() && !signing.starts_with("com.apple.") =>
            {
                "no team ID: not notarised"
            }
            _ => return,
        };
        let time = time_of(rec, "timestamp");
        if self.defences.scans.dropped(0, time) {
            return;
        }
        self.defences.scans.add(Row {
            time,
            rank: 0,
            cells: vec![
                time_cell(time),
                table.into(),
                Cell::text(&signing).class("mono"),
                Cell::text(&first_txt(
                    rec,
                    &["url", "path", "bundle_id", "bundle_identifier"],
                ))
                .class("mono"),
                Cell::text(why).class("flag"),
                Cell::text(&txt(rec, "cdhash")).class("mono"),
                source_cell(rec),
            ],
            rec: r(),
        });
    }

    fn wifi(&mut self, rec: &Map<String, Value>, r: &dyn Fn() -> Ref) {
        let time = time_of(rec, "timestamp");
        if self.defences.wifi.dropped(0, time) {
            return;
        }
        let yes = |k: &str| {
            if super::is_true(rec, k) {
                "yes"
            } else {
                ""
            }
        };
        self.defences.wifi.add(Row {
            time,
            rank: 0,
            cells: vec![
                time_cell(time),
                txt(rec, "ssid").into(),
                list(rec, "security_type", ", ").into(),
                yes("captive").into(),
                yes("hidden").into(),
                time_cell(time_of(rec, "added")),
                source_cell(rec),
            ],
            rec: r(),
        });
    }

    fn hosts_entry(&mut self, rec: &Map<String, Value>, r: &dyn Fn() -> Ref) {
        let address = txt(rec, "address");
        let valid = rec.get("valid_address").and_then(Value::as_bool) != Some(false);
        let Some(effect) = hosts_effect(&address, valid) else {
            return;
        };
        let line = int(rec, "line").and_then(|l| u64::try_from(l).ok());
        // Rows keep the file's order: the line is the time's stand-in.
        if self.defences.hosts.dropped(0, None) {
            return;
        }
        self.defences.hosts.add(Row {
            time: None,
            rank: 0,
            cells: vec![
                Cell::num(line.unwrap_or(0)),
                Cell::text(&address).class("mono"),
                Cell::text(&list(rec, "names", " ")).class("mono"),
                Cell::text(effect).class("flag"),
                source_cell(rec),
            ],
            rec: r(),
        });
    }

    fn proxy(&mut self, rec: &Map<String, Value>, r: &dyn Fn() -> Ref) {
        let Some(proxies) = rec.get("proxies").and_then(Value::as_object) else {
            return;
        };
        let shown: Vec<String> = proxies
            .iter()
            .filter_map(|(k, v)| match v {
                Value::Bool(true) => Some(k.clone()),
                Value::Bool(false) | Value::Null => None,
                v => crate::streams::value_text(v).map(|t| format!("{k} {t}")),
            })
            .collect();
        if shown.is_empty() {
            return;
        }
        if self.defences.proxies.dropped(0, None) {
            return;
        }
        self.defences.proxies.add(Row {
            time: None,
            rank: 0,
            cells: vec![
                txt(rec, "name").into(),
                txt(rec, "interface").into(),
                Cell::text(&shown.join("; ")).class("flag"),
                Cell::text(&list(rec, "dns_servers", ", ")).class("mono"),
                source_cell(rec),
            ],
            rec: r(),
        });
    }

    /// The installs shown: those in the recent days (all of them when the
    /// report has no reference time, with a note).
    fn recent_installs(&self, c: &Ctx) -> usize {
        self.defences
            .installs
            .rows
            .iter()
            .filter(|r| c.recent(r.time))
            .count()
    }

    /// The lines of "At a glance" for these findings.
    pub(super) fn glance_defences(&mut self, b: &mut String, c: &Ctx) {
        let has = |s: &str| self.streams.contains_key(s);
        let d = &mut self.defences;
        for s in [
            &mut d.apps,
            &mut d.installs,
            &mut d.detections,
            &mut d.refusals,
            &mut d.rules,
            &mut d.scans,
            &mut d.wifi,
        ] {
            s.prune();
        }
        let recent = self.recent_installs(c);
        let d = &self.defences;
        if has("software") {
            let bad = d.apps.rows.iter().filter(|r| r.rank == 0).count();
            let _ = write!(
                b,
                "<li>Applications unsigned, ad hoc signed, with an invalid signature or quarantined: <b>{}</b>{}.</li>\
<li>Installs in the {RECENT_DAYS} days before {}: <b>{recent}</b> ({} in all).</li>",
                d.apps.total,
                if bad > 0 {
                    format!(" ({bad} with a signature problem)")
                } else {
                    String::new()
                },
                c.reference_text(),
                d.installs.total
            );
        } else {
            b.push_str("<li>Software: not in this tarball (no parsed/software.jsonl).</li>");
        }
        if has("xprotect_detections")
            || has("gatekeeper_reject")
            || has("gatekeeper_rules")
            || has("gatekeeper_exec_policy")
        {
            let _ = write!(
                b,
                "<li>Defences: XProtect detections <b>{}</b>, Gatekeeper refusals <b>{}</b>, Gatekeeper rules that are not Apple&#39;s <b>{}</b>, Gatekeeper scans of unsigned or un-notarised code <b>{}</b>.</li>",
                d.detections.total, d.refusals.total, d.rules.total, d.scans.total
            );
        } else {
            b.push_str(
                "<li>Defences: not in this tarball (no XProtect or Gatekeeper records).</li>",
            );
        }
        if has("wifi_networks") || has("hosts") || has("network_services") {
            let last = d
                .wifi
                .rows
                .first()
                .map(|r| {
                    format!(
                        " (last joined: <b>{}</b> {})",
                        r.cells.get(1).map(|c| c.html.as_str()).unwrap_or(""),
                        r.cells.first().map(|c| c.html.as_str()).unwrap_or("")
                    )
                })
                .unwrap_or_default();
            let _ = write!(
                b,
                "<li>Networks: known Wi-Fi networks <b>{}</b>{last}, hosts-file entries sending names elsewhere <b>{}</b>, network services with a proxy <b>{}</b>.</li>",
                d.wifi.total, d.hosts.total, d.proxies.total
            );
        } else {
            b.push_str("<li>Networks: not in this tarball (no Wi-Fi, hosts or network service records).</li>");
        }
    }

    /// The Software, Defences and Networks sections.
    pub(super) fn write_defences(&mut self, b: &mut String, c: &Ctx) {
        let has = |s: &str| self.streams.contains_key(s);
        let (software, security, network) = (
            has("software"),
            has("xprotect_detections")
                || has("gatekeeper_reject")
                || has("gatekeeper_rules")
                || has("gatekeeper_exec_policy"),
            has("wifi_networks") || has("hosts") || has("network_services"),
        );
        let open =
            |b: &mut String, id: &str, title: &str, intro: &str, present: bool, absent: &str| {
                let _ = write!(
                    b,
                    "<section id=\"{id}\"><h2>{}</h2><p class=\"sub\">{intro}</p>",
                    esc(title)
                );
                if !present {
                    let _ = write!(b, "<p class=\"none\">{absent}</p>");
                }
            };
        let table = |b: &mut String,
                     id: &str,
                     title: &str,
                     present: bool,
                     headers: &[&str],
                     s: &mut Section| {
            if !present && s.total == 0 {
                return;
            }
            let _ = write!(b, "<h3>{}</h3>", esc(title));
            if s.total > 0 {
                let rows = rows_of(s, |_| Vec::new());
                html::table(b, id, headers, &rows);
                b.push_str(&shown_of(s));
            } else if present {
                b.push_str("<p class=\"none\">None.</p>");
            }
        };

        open(
            b,
            "software",
            "Software",
            "Applications (in /Applications, ~/Applications and /System/Applications) whose main executable is unsigned, ad hoc signed or has an invalid signature first, then quarantined ones (with the agent that quarantined them and when), then those with other notes; and what was installed in the recent days.",
            software,
            "No software records in this tarball.",
        );
        let d = &mut self.defences;
        table(
            b,
            "apps-table",
            "Applications unsigned, ad hoc signed, invalid or quarantined",
            software,
            &[
                "Bundle modified",
                "Application",
                "Bundle ID",
                "Version",
                "Signature",
                "Signer / team",
                "Quarantined",
                "Notes",
                "User",
                "Source",
                "Record",
            ],
            &mut d.apps,
        );
        if software {
            let _ = write!(
                b,
                "<h3>Installed in the {RECENT_DAYS} days before {}</h3>",
                c.reference_text()
            );
        }
        d.installs.prune();
        let in_all = d.installs.total;
        d.installs.rows.retain(|r| c.recent(r.time));
        if !d.installs.rows.is_empty() {
            let rows = rows_of(&mut d.installs, |_| Vec::new());
            html::table(
                b,
                "installs-table",
                &[
                    "Installed",
                    "Kind",
                    "Name",
                    "Version",
                    "By / from",
                    "Time from",
                    "Source",
                    "Record",
                ],
                &rows,
            );
        } else if software {
            b.push_str("<p class=\"none\">None.</p>");
        }
        if software {
            let _ = write!(
                b,
                "<p class=\"sub\">{} of {in_all} installs (install history without background data updates, package receipts, Homebrew); all are in the timeline.</p>",
                d.installs.rows.len()
            );
        }
        b.push_str("</section>");

        open(
            b,
            "defences",
            "Defences: XProtect and Gatekeeper",
            "What XProtect detected, what Gatekeeper refused, the Gatekeeper rules that are not Apple&#39;s own (added with spctl or a profile), and Gatekeeper&#39;s scans of code its columns say is unsigned or has no team ID (so cannot be notarised), newest first.",
            security,
            "No XProtect or Gatekeeper records in this tarball.",
        );
        table(
            b,
            "detections-table",
            "XProtect detections",
            has("xprotect_detections"),
            &[
                "Time",
                "Rule",
                "Executable",
                "Signing ID, team",
                "Notarised",
                "Responsible",
                "Source",
                "Record",
            ],
            &mut d.detections,
        );
        table(
            b,
            "refusals-table",
            "Gatekeeper refusals",
            has("gatekeeper_reject"),
            &[
                "Time",
                "Refused",
                "XProtect malware type",
                "Execution path",
                "Source",
                "Record",
            ],
            &mut d.refusals,
        );
        table(
            b,
            "rules-table",
            "Gatekeeper rules that are not Apple's",
            has("gatekeeper_rules"),
            &[
                "Created",
                "Label",
                "Requirement",
                "Type",
                "Decision",
                "Added by",
                "Source",
                "Record",
            ],
            &mut d.rules,
        );
        table(
            b,
            "scans-table",
            "Gatekeeper scans of unsigned or un-notarised code",
            has("gatekeeper_exec_policy"),
            &[
                "Time",
                "Table",
                "Signing ID",
                "Path / bundle",
                "Why",
                "cdhash",
                "Source",
                "Record",
            ],
            &mut d.scans,
        );
        b.push_str("</section>");

        open(
            b,
            "networks",
            "Networks",
            "Known Wi-Fi networks, last joined first; hosts-file entries that send names to another address (or block them); network services with a proxy.",
            network,
            "No Wi-Fi, hosts-file or network service records in this tarball.",
        );
        table(
            b,
            "wifi-table",
            "Known Wi-Fi networks",
            has("wifi_networks"),
            &[
                "Last joined",
                "SSID",
                "Security",
                "Captive",
                "Hidden",
                "Added",
                "Source",
                "Record",
            ],
            &mut d.wifi,
        );
        // The hosts file's order.
        d.hosts.rows.sort_by(|a, b| {
            let line = |r: &Row| r.cells.first().and_then(|c| c.sort.clone());
            line(a).cmp(&line(b))
        });
        if has("hosts") {
            b.push_str("<h3>Hosts-file entries sending names elsewhere</h3>");
        }
        if d.hosts.total > 0 {
            let rows = super::rows_of_sorted(&d.hosts);
            html::table(
                b,
                "hosts-table",
                &["Line", "Address", "Names", "Effect", "Source", "Record"],
                &rows,
            );
            b.push_str(&shown_of(&d.hosts));
        } else if has("hosts") {
            b.push_str("<p class=\"none\">None.</p>");
        }
        table(
            b,
            "proxies-table",
            "Network services with a proxy",
            has("network_services"),
            &[
                "Service",
                "Interface",
                "Proxies",
                "DNS servers",
                "Source",
                "Record",
            ],
            &mut d.proxies,
        );
        b.push_str("</section>");
    }
}

impl Ctx<'_> {
    /// The reference time as text, for headings.
    fn reference_text(&self) -> String {
        self.reference
            .and_then(|r: Instant| r.datetime())
            .map(|d| d.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_else(|| "the collection".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_addresses_that_send_names_elsewhere() {
        assert_eq!(hosts_effect("127.0.0.1", true), None);
        assert_eq!(hosts_effect("127.0.1.1", true), None);
        assert_eq!(hosts_effect("::1", true), None);
        assert_eq!(hosts_effect("fe80::1%lo0", true), None);
        assert_eq!(hosts_effect("255.255.255.255", true), None);
        assert_eq!(hosts_effect("10.9.9.9", true), Some("redirected"));
        assert_eq!(hosts_effect("fe80::1%en0", true), Some("redirected"));
        assert_eq!(
            hosts_effect("0.0.0.0", true),
            Some("blocked (unspecified address)")
        );
        assert_eq!(
            hosts_effect("::", true),
            Some("blocked (unspecified address)")
        );
        assert_eq!(hosts_effect("example", false), Some("not an address"));
    }
}
