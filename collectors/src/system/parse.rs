//! The plain parsers of the `system` collector: property-list values and
//! command outputs in, typed facts out. No I/O here, so that every one is
//! unit-tested on Linux with real texts.
//!
//! A command's output is evidence, not truth: only the exact sentences the
//! tools are known to print give `on` or `off`; anything else is `unknown`,
//! with the line kept.

use plist::{Dictionary, Value as P};
use serde::Serialize;

/// The state of a defence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    On,
    Off,
    Unknown,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::On => "on",
            State::Off => "off",
            State::Unknown => "unknown",
        }
    }

    pub fn from_bool(b: Option<bool>) -> State {
        match b {
            Some(true) => State::On,
            Some(false) => State::Off,
            None => State::Unknown,
        }
    }
}

/// A dictionary value at a path of keys.
pub fn at<'a>(v: &'a P, keys: &[&str]) -> Option<&'a P> {
    keys.iter()
        .try_fold(v, |cur, k| cur.as_dictionary()?.get(k))
}

/// A string at a path of keys.
pub fn string_at<'a>(v: &'a P, keys: &[&str]) -> Option<&'a str> {
    at(v, keys).and_then(P::as_string)
}

/// A number or boolean as stored, as an integer (`0`/`1` flags are stored
/// either way by `defaults write`).
pub fn int_of(v: &P) -> Option<i64> {
    match v {
        P::Integer(i) => i.as_signed(),
        P::Boolean(b) => Some(i64::from(*b)),
        P::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A flag as stored (boolean, integer, or `YES`/`NO`/`yes`/`no` text).
pub fn bool_of(v: &P) -> Option<bool> {
    match v {
        P::Boolean(b) => Some(*b),
        P::Integer(i) => i.as_signed().map(|n| n != 0),
        P::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "yes" | "true" | "1" => Some(true),
            "no" | "false" | "0" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// A plist value as JSON, for `value_raw` (dates as the plist's own text,
/// data as hex).
pub fn raw_json(v: &P) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        P::Date(d) => J::String(d.to_xml_format()),
        P::Data(b) => J::String(hex::encode(b)),
        P::String(s) => J::String(s.clone()),
        P::Boolean(b) => J::Bool(*b),
        P::Integer(i) => i
            .as_signed()
            .map(J::from)
            .or_else(|| i.as_unsigned().map(J::from))
            .unwrap_or(J::Null),
        P::Real(f) => serde_json::Number::from_f64(*f)
            .map(J::Number)
            .unwrap_or_else(|| J::String(f.to_string())),
        P::Array(a) => J::Array(a.iter().map(raw_json).collect()),
        P::Dictionary(d) => J::Object(d.iter().map(|(k, v)| (k.clone(), raw_json(v))).collect()),
        P::Uid(u) => J::from(u.get()),
        _ => J::Null,
    }
}

/// A plist date in UTC.
pub fn date_of(v: &P) -> Option<chrono::DateTime<chrono::Utc>> {
    let d = v.as_date()?;
    let st: std::time::SystemTime = d.into();
    Some(chrono::DateTime::<chrono::Utc>::from(st))
}

/// What `SystemVersion.plist` (or its compat twin) says.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct OsVersion {
    pub name: Option<String>,
    pub version: Option<String>,
    pub build: Option<String>,
    /// `ProductUserVisibleVersion` (differs from `ProductVersion` on some
    /// betas and old releases).
    pub user_visible: Option<String>,
}

pub fn os_version(v: &P) -> OsVersion {
    let s = |k: &str| string_at(v, &[k]).map(str::to_owned);
    OsVersion {
        name: s("ProductName"),
        version: s("ProductVersion"),
        build: s("ProductBuildVersion"),
        user_visible: s("ProductUserVisibleVersion"),
    }
}

/// The three names of `preferences.plist`, each with its key path.
pub const NAME_KEYS: &[(&str, &[&str])] = &[
    ("host_name", &["System", "System", "HostName"]),
    ("computer_name", &["System", "System", "ComputerName"]),
    (
        "local_host_name",
        &["System", "Network", "HostNames", "LocalHostName"],
    ),
];

/// The configured names of `preferences.plist`: (fact, key path, value).
pub fn host_names(prefs: &P) -> Vec<(&'static str, String, String)> {
    NAME_KEYS
        .iter()
        .filter_map(|(fact, keys)| {
            string_at(prefs, keys).map(|v| (*fact, keys.join("/"), v.to_owned()))
        })
        .collect()
}

/// The zone a `/etc/localtime` link names: what follows `zoneinfo/`
/// (`/var/db/timezone/zoneinfo/Europe/Paris` → `Europe/Paris`).
pub fn zone_from_link(link: &str) -> Option<String> {
    let (_, zone) = link.rsplit_once("zoneinfo/")?;
    let zone = zone.trim_matches('/');
    (!zone.is_empty()).then(|| zone.to_owned())
}

/// The firewall's global state (`globalstate`): 0 off, 1 on for specific
/// services, 2 on and blocking all but essential services.
pub fn firewall_state(globalstate: Option<i64>) -> (State, Option<&'static str>) {
    match globalstate {
        Some(0) => (State::Off, Some("off")),
        Some(1) => (State::On, Some("on: specific services")),
        Some(2) => (State::On, Some("on: essential services only")),
        _ => (State::Unknown, None),
    }
}

/// One per-application rule of `com.apple.alf.plist`.
#[derive(Debug, Clone, PartialEq)]
pub struct FirewallRule {
    /// `applications`, `exceptions`, `firewall` or `explicitauths`.
    pub list: &'static str,
    /// The path, bundle identifier, service name or process it names.
    pub subject: Option<String>,
    /// The process (`firewall` services) or bundle identifier, if separate.
    pub process: Option<String>,
    pub state: Option<i64>,
    /// Bytes of the alias an `applications` entry locates the program with.
    pub alias_bytes: Option<usize>,
}

/// A rule's `state`, as osquery's `alf_exceptions` documents it: 0 allow
/// incoming, 2 block incoming, 3 allow with restrictions.
pub fn rule_state_name(state: Option<i64>) -> Option<&'static str> {
    match state? {
        0 => Some("allow"),
        1 => Some("allow (1)"),
        2 => Some("block"),
        3 => Some("allow with restrictions"),
        _ => None,
    }
}

/// Every rule of `com.apple.alf.plist`, in the file's order.
pub fn firewall_rules(alf: &Dictionary) -> Vec<FirewallRule> {
    let mut out = Vec::new();
    let dict_str = |d: &Dictionary, k: &str| d.get(k).and_then(P::as_string).map(str::to_owned);
    let state = |d: &Dictionary| d.get("state").and_then(int_of);
    if let Some(P::Array(a)) = alf.get("applications") {
        for d in a.iter().filter_map(P::as_dictionary) {
            out.push(FirewallRule {
                list: "applications",
                subject: dict_str(d, "bundleid").or_else(|| dict_str(d, "path")),
                process: None,
                state: state(d),
                alias_bytes: d.get("alias").and_then(P::as_data).map(<[u8]>::len),
            });
        }
    }
    if let Some(P::Array(a)) = alf.get("exceptions") {
        for d in a.iter().filter_map(P::as_dictionary) {
            out.push(FirewallRule {
                list: "exceptions",
                subject: dict_str(d, "path").or_else(|| dict_str(d, "bundleid")),
                process: None,
                state: state(d),
                alias_bytes: None,
            });
        }
    }
    if let Some(P::Dictionary(services)) = alf.get("firewall") {
        for (name, v) in services {
            let Some(d) = v.as_dictionary() else { continue };
            out.push(FirewallRule {
                list: "firewall",
                subject: Some(name.clone()),
                process: dict_str(d, "proc").or_else(|| dict_str(d, "servicebundleid")),
                state: state(d),
                alias_bytes: None,
            });
        }
    }
    if let Some(P::Array(a)) = alf.get("explicitauths") {
        for d in a.iter().filter_map(P::as_dictionary) {
            out.push(FirewallRule {
                list: "explicitauths",
                subject: dict_str(d, "id"),
                process: None,
                state: None,
                alias_bytes: None,
            });
        }
    }
    out
}

/// A launchd override: `true` in a disabled list means the job is
/// disabled (off), `false` that it was enabled (on); absent says nothing.
pub fn launchd_override(disabled: &Dictionary, label: &str) -> State {
    match disabled.get(label).and_then(bool_of) {
        Some(true) => State::Off,
        Some(false) => State::On,
        None => State::Unknown,
    }
}

/// A command output parsed to a state, with the line that decided it (or,
/// when nothing did, the first non-empty line, kept as evidence).
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub state: State,
    pub line: Option<String>,
    pub detail: Option<String>,
}

fn first_line(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_owned)
}

fn unknown(text: &str) -> Reading {
    Reading {
        state: State::Unknown,
        line: first_line(text),
        detail: None,
    }
}

/// `csrutil status`: `System Integrity Protection status: enabled.` or
/// `disabled.`; `unknown (Custom Configuration).` (some protections off)
/// and anything else is unknown.
pub fn csrutil_status(text: &str) -> Reading {
    const PREFIX: &str = "System Integrity Protection status:";
    for line in text.lines().map(str::trim) {
        let Some(rest) = line.strip_prefix(PREFIX) else {
            continue;
        };
        let state = match rest.trim() {
            "enabled." => State::On,
            "disabled." => State::Off,
            _ => State::Unknown,
        };
        let detail = (state == State::Unknown).then(|| rest.trim().to_owned());
        return Reading {
            state,
            line: Some(line.to_owned()),
            detail,
        };
    }
    unknown(text)
}

/// `fdesetup status`: `FileVault is On.` / `FileVault is Off.`, possibly
/// followed by `Encryption in progress: ...`, `Decryption in progress: ...`
/// or `Deferred enablement appears to be active for user '...'.`; an
/// encryption in progress alone is on (the volume is being encrypted).
pub fn fdesetup_status(text: &str) -> Reading {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let others: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| *l != "FileVault is On." && *l != "FileVault is Off.")
        .collect();
    let detail = (!others.is_empty()).then(|| others.join("; "));
    let decided = |state, line: &str| Reading {
        state,
        line: Some(line.to_owned()),
        detail: detail.clone(),
    };
    if let Some(l) = lines.iter().find(|l| **l == "FileVault is On.") {
        return decided(State::On, l);
    }
    if let Some(l) = lines.iter().find(|l| **l == "FileVault is Off.") {
        return decided(State::Off, l);
    }
    if let Some(l) = lines
        .iter()
        .find(|l| l.starts_with("Encryption in progress:"))
    {
        return decided(State::On, l);
    }
    Reading {
        detail,
        ..unknown(text)
    }
}

/// `spctl --status`: `assessments enabled` or `assessments disabled` (its
/// exit status is 1 when disabled, so it is not read).
pub fn spctl_status(text: &str) -> Reading {
    let t = text.trim();
    let state = match t {
        "assessments enabled" => State::On,
        "assessments disabled" => State::Off,
        _ => return unknown(text),
    };
    Reading {
        state,
        line: Some(t.to_owned()),
        detail: None,
    }
}

/// `profiles status -type enrollment`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Enrollment {
    /// `Enrolled via DEP: Yes|No`.
    pub dep: Option<bool>,
    /// `MDM enrollment: No|Yes|Yes (User Approved)`.
    pub mdm: Option<bool>,
    pub user_approved: Option<bool>,
    /// `MDM server: <url>` (only when enrolled).
    pub server: Option<String>,
    /// Non-empty lines not understood.
    pub unparsed: Vec<String>,
}

impl Enrollment {
    pub fn state(&self) -> State {
        State::from_bool(self.mdm)
    }
}

fn yes_no(s: &str) -> Option<bool> {
    match s {
        "Yes" => Some(true),
        "No" => Some(false),
        _ => None,
    }
}

pub fn profiles_enrollment(text: &str) -> Enrollment {
    let mut e = Enrollment::default();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let understood = match line.split_once(':') {
            Some(("Enrolled via DEP", v)) => {
                e.dep = yes_no(v.trim());
                e.dep.is_some()
            }
            Some(("MDM enrollment", v)) => match v.trim() {
                "No" => {
                    e.mdm = Some(false);
                    true
                }
                "Yes" => {
                    e.mdm = Some(true);
                    e.user_approved = Some(false);
                    true
                }
                "Yes (User Approved)" => {
                    e.mdm = Some(true);
                    e.user_approved = Some(true);
                    true
                }
                _ => false,
            },
            Some(("MDM server", v)) if !v.trim().is_empty() => {
                e.server = Some(v.trim().to_owned());
                true
            }
            _ => false,
        };
        if !understood {
            e.unparsed.push(line.to_owned());
        }
    }
    e
}

/// What `ioreg -rd1 -c IOPlatformExpertDevice` says of the machine.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Platform {
    pub serial_number: Option<String>,
    pub model: Option<String>,
    pub platform_uuid: Option<String>,
}

/// The quoted text of an ioreg value: `"C02X"` or `<"MacBookPro16,1">`
/// (data that is a C string, with its final NUL).
fn ioreg_text(v: &str) -> Option<String> {
    let v = v.trim();
    let v = v
        .strip_prefix('<')
        .and_then(|x| x.strip_suffix('>'))
        .unwrap_or(v);
    let inner = v.strip_prefix('"')?.strip_suffix('"')?;
    let inner = inner.trim_end_matches('\0');
    (!inner.is_empty() && !inner.contains('"')).then(|| inner.to_owned())
}

pub fn ioreg_platform(text: &str) -> Platform {
    let mut p = Platform::default();
    for line in text.lines() {
        let line = line.trim().trim_start_matches('|').trim();
        let Some((k, v)) = line.split_once(" = ") else {
            continue;
        };
        let slot = match k.trim() {
            "\"IOPlatformSerialNumber\"" => &mut p.serial_number,
            "\"model\"" => &mut p.model,
            "\"IOPlatformUUID\"" => &mut p.platform_uuid,
            _ => continue,
        };
        if slot.is_none() {
            *slot = ioreg_text(v);
        }
    }
    p
}

#[cfg(test)]
mod tests;
