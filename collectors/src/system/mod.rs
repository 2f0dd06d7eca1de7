//! `system`: what the machine is and how it was protected.
//!
//! **What.** Before reading any artifact an examiner writes down the macOS
//! version and build, the host names, the time zone, when the system was
//! installed and last updated, and which defences were on: Gatekeeper, the
//! application firewall (and its per-application rules), remote login,
//! screen sharing, remote management, auto-login, guest access, FileVault,
//! System Integrity Protection, MDM enrolment. Each is one record of
//! `parsed/system.jsonl`, with the file (or command) it came from and the
//! stored value beside any conversion; the `system` section of
//! `manifest.json` sums them up, each defence `on`, `off` or `unknown` with
//! the source that says so. Where nothing says, the record says `unknown`
//! and where it looked: no default is invented.
//!
//! **Where** (any root; macOS 10.3 to 15):
//! - `/System/Library/CoreServices/SystemVersion.plist` and, macOS 11+,
//!   `SystemVersionCompat.plist` (the `10.16` shown to old software);
//! - `/Library/Preferences/SystemConfiguration/preferences.plist`:
//!   `System/System/HostName`, `System/System/ComputerName`,
//!   `System/Network/HostNames/LocalHostName`;
//! - `/private/etc/localtime`: a symbolic link into `zoneinfo/`; the link
//!   is recorded, never followed; `/Library/Preferences/com.apple.timezone.auto.plist`
//!   (`Active`: time zone set from the location) and
//!   `/Library/Preferences/.GlobalPreferences.plist`
//!   (`com.apple.TimeZonePref.Last_Selected_City`);
//! - `/private/var/db/.AppleSetupDone` (its modification time: Setup
//!   Assistant finished) and the first entry of
//!   `/Library/Receipts/InstallHistory.plist`;
//! - `/Library/Preferences/com.apple.SoftwareUpdate.plist`:
//!   `LastFullSuccessfulDate`, `LastSuccessfulDate`,
//!   `LastAttemptSystemVersion`, `LastRecommendedUpdatesAvailable`,
//!   `LastUpdatesAvailable`, `RecommendedUpdates`;
//! - `/private/var/db/SystemPolicy-prefs.plist` (`enabled`: Gatekeeper's
//!   assessments, `yes`/`no`);
//! - `/Library/Preferences/com.apple.alf.plist`: `globalstate` (0 off, 1
//!   on, 2 essential services only), `stealthenabled`, `loggingenabled`,
//!   `allowsignedenabled`, `allowdownloadsignedenabled`, and the rules in
//!   `applications`, `exceptions`, `firewall` and `explicitauths`;
//! - launchd's override lists `/private/var/db/com.apple.xpc.launchd/disabled.plist`
//!   and `disabled.<uid>.plist` (`com.openssh.sshd`,
//!   `com.apple.screensharing`, `com.apple.RemoteDesktop.agent`), and the
//!   jobs' own plists (their `Disabled` key, where no override says);
//! - `/Library/Preferences/com.apple.loginwindow.plist` (`autoLoginUser`,
//!   `GuestEnabled`), `/private/etc/kcpassword` (its type from `lstat`
//!   and a file's size only: it is never read or archived; a link or a
//!   directory in its place is recorded as such), the file-sharing guest keys
//!   (`AllowGuestAccess` of `com.apple.smb.server.plist`, `guestAccess` of
//!   `com.apple.AppleFileServer.plist`);
//! - `/private/var/db/FileVaultPRK.dat` (presence and size only): a
//!   FileVault recovery key escrowed, so FileVault was turned on;
//! - **live only** (marked `live: true`): boot time and uptime (the
//!   kernel's, through `sysinfo`), and on macOS `ioreg -rd1 -c
//!   IOPlatformExpertDevice` (serial number, model), `csrutil status`,
//!   `fdesetup status`, `spctl --status`, `profiles status -type
//!   enrollment`, run by live_response's runner (vetted path, timeout,
//!   output cap), their output in `live_response/system/` and their exit
//!   status under this collector in the manifest. See [`parse`] for what
//!   is believed of them.
//!
//! **References.** osquery `tables/system/darwin/firewall.cpp` (the alf
//! keys) and `gatekeeper.cpp` (`SystemPolicy-prefs.plist` `enabled`);
//! mac_apt `plugins/helpers/macinfo.py` (SystemVersion, host names);
//! plaso's `SoftwareUpdate` plist plugin and its test file; AutoMacTC
//! `mod_systeminfo`; Apple `systemsetup(8)`, `launchctl(1)`,
//! `csrutil(8)`, `fdesetup(8)`, `spctl(8)`, `profiles(1)`.

pub mod parse;

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use plist::Value as P;
use serde::Serialize;
use serde_json::Value;

use crate::accounts::{AFP_SERVER_PLIST, KCPASSWORD, LOGINWINDOW_PLIST, SMB_SERVER_PLIST};
use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::source::Kind;
use crate::kit::walk;
use crate::kit::{time, Collector, Ctx, Fatal, Record};
use parse::State;

pub struct System;

pub const STREAM: &str = "system";

pub const SYSTEM_VERSION: &str = "/System/Library/CoreServices/SystemVersion.plist";
pub const SYSTEM_VERSION_COMPAT: &str = "/System/Library/CoreServices/SystemVersionCompat.plist";
pub const PREFERENCES: &str = "/Library/Preferences/SystemConfiguration/preferences.plist";
pub const LOCALTIME: &str = "/private/etc/localtime";
pub const TIMEZONE_AUTO: &str = "/Library/Preferences/com.apple.timezone.auto.plist";
pub const GLOBAL_PREFERENCES: &str = "/Library/Preferences/.GlobalPreferences.plist";
pub const SETUP_DONE: &str = "/private/var/db/.AppleSetupDone";
pub use crate::software::install::INSTALL_HISTORY;
pub const SOFTWARE_UPDATE: &str = "/Library/Preferences/com.apple.SoftwareUpdate.plist";
pub const SYSTEM_POLICY_PREFS: &str = "/private/var/db/SystemPolicy-prefs.plist";
pub const ALF: &str = "/Library/Preferences/com.apple.alf.plist";
pub const LAUNCHD_DB: &str = "/private/var/db/com.apple.xpc.launchd";
pub const FILEVAULT_PRK: &str = "/private/var/db/FileVaultPRK.dat";

/// The remote-access services: (defence, launchd label, the job's plist).
pub const REMOTE_SERVICES: &[(&str, &str, &str)] = &[
    (
        "remote_login",
        "com.openssh.sshd",
        "/System/Library/LaunchDaemons/ssh.plist",
    ),
    (
        "screen_sharing",
        "com.apple.screensharing",
        "/System/Library/LaunchDaemons/com.apple.screensharing.plist",
    ),
    (
        "remote_management",
        "com.apple.RemoteDesktop.agent",
        "/System/Library/LaunchAgents/com.apple.RemoteDesktop.plist",
    ),
];

/// Apple Remote Desktop's agent, whose presence is recorded.
pub const ARD_AGENT: &str = "/System/Library/CoreServices/RemoteManagement/ARDAgent.app";

/// One fact of the machine, as the manifest shows it.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Fact {
    pub value: Option<String>,
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// One defence, as the manifest shows it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Setting {
    pub state: State,
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl Default for Setting {
    fn default() -> Self {
        Setting {
            state: State::Unknown,
            source: None,
            detail: None,
        }
    }
}

/// Named items in a fixed order, serialised as a JSON object.
#[derive(Debug, Clone, PartialEq)]
pub struct Items<T>(pub Vec<(&'static str, T)>);

impl<T: Default> Items<T> {
    fn new(names: &[&'static str]) -> Self {
        Items(names.iter().map(|n| (*n, T::default())).collect())
    }
}

impl<T> Items<T> {
    pub fn get(&self, name: &str) -> Option<&T> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
    fn get_mut(&mut self, name: &str) -> Option<&mut T> {
        self.0.iter_mut().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

impl<T: Serialize> Serialize for Items<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// The machine facts of the summary, in the manifest's order, and where
/// each is looked for.
pub const MACHINE: &[(&str, &str)] = &[
    ("os_name", SYSTEM_VERSION),
    ("os_version", SYSTEM_VERSION),
    ("os_build", SYSTEM_VERSION),
    ("os_compat_version", SYSTEM_VERSION_COMPAT),
    ("host_name", PREFERENCES),
    ("computer_name", PREFERENCES),
    ("local_host_name", PREFERENCES),
    ("time_zone", LOCALTIME),
    (
        "install_date",
        "/private/var/db/.AppleSetupDone, /Library/Receipts/InstallHistory.plist",
    ),
    ("last_update", SOFTWARE_UPDATE),
    ("model", "the running system (ioreg)"),
    ("serial_number", "the running system (ioreg)"),
    ("boot_time", "the running system (kernel boot time)"),
];

/// The defences of the summary, in the manifest's order, and where each is
/// looked for.
pub const DEFENCES: &[(&str, &str)] = &[
    (
        "gatekeeper",
        "/private/var/db/SystemPolicy-prefs.plist; live: spctl --status",
    ),
    ("firewall", ALF),
    ("firewall_stealth", ALF),
    (
        "remote_login",
        "launchd's disabled lists and /System/Library/LaunchDaemons/ssh.plist",
    ),
    (
        "screen_sharing",
        "launchd's disabled lists and /System/Library/LaunchDaemons/com.apple.screensharing.plist",
    ),
    (
        "remote_management",
        "launchd's disabled lists and /System/Library/LaunchAgents/com.apple.RemoteDesktop.plist",
    ),
    ("auto_login", LOGINWINDOW_PLIST),
    (
        "guest",
        "/Library/Preferences/com.apple.loginwindow.plist and the file-sharing preferences",
    ),
    (
        "filevault",
        "/private/var/db/FileVaultPRK.dat; live: fdesetup status",
    ),
    (
        "sip",
        "live only: csrutil status (the setting is in NVRAM, not in files)",
    ),
    (
        "mdm_enrolment",
        "live only: profiles status -type enrollment",
    ),
];

/// The `system` section of `manifest.json`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Summary {
    /// True when the facts of the running system were read too.
    pub live: bool,
    pub machine: Items<Fact>,
    pub defences: Items<Setting>,
}

impl Summary {
    fn new(live: bool) -> Summary {
        let names = |t: &[(&'static str, &str)]| t.iter().map(|(n, _)| *n).collect::<Vec<_>>();
        Summary {
            live,
            machine: Items::new(&names(MACHINE)),
            defences: Items::new(&names(DEFENCES)),
        }
    }

    fn fact(&mut self, name: &str, value: impl Into<String>, source: impl Into<String>) {
        if let Some(f) = self.machine.get_mut(name) {
            *f = Fact {
                value: Some(value.into()),
                source: Some(source.into()),
                detail: None,
            };
        }
    }

    fn setting(
        &mut self,
        name: &str,
        state: State,
        source: impl Into<String>,
        detail: Option<String>,
    ) {
        if let Some(s) = self.defences.get_mut(name) {
            *s = Setting {
                state,
                source: Some(source.into()),
                detail,
            };
        }
    }

    /// A live reading: it replaces what the files said when it is on or
    /// off; an unknown reading is added to the detail.
    fn live_setting(&mut self, name: &str, r: &parse::Reading, source: &str) {
        let Some(s) = self.defences.get_mut(name) else {
            return;
        };
        let said = r.line.clone().unwrap_or_else(|| "no output".into());
        if r.state == State::Unknown {
            let note = format!("{source} said: {said}");
            s.detail = Some(match s.detail.take() {
                Some(d) => format!("{d}; {note}"),
                None => note,
            });
            return;
        }
        let before = match (&s.source, s.state) {
            (Some(src), st) if st != State::Unknown && st != r.state => {
                Some(format!("{src} said {}", st.as_str()))
            }
            _ => None,
        };
        *s = Setting {
            state: r.state,
            source: Some(source.to_owned()),
            detail: [r.detail.clone(), before]
                .into_iter()
                .flatten()
                .reduce(|a, b| format!("{a}; {b}")),
        };
    }
}

/// Where the `system` collector leaves its summary for the manifest (one
/// per run, through [`crate::kit::Env::shared`]).
#[derive(Debug, Default)]
pub struct SummarySlot(Mutex<Option<Summary>>);

impl SummarySlot {
    pub fn set(&self, s: Summary) {
        match self.0.lock() {
            Ok(mut g) => *g = Some(s),
            Err(p) => *p.into_inner() = Some(s),
        }
    }

    pub fn take(&self) -> Option<Summary> {
        match self.0.lock() {
            Ok(mut g) => g.take(),
            Err(p) => p.into_inner().take(),
        }
    }
}

static DESCRIPTION: Description = Description {
    name: "system",
    reads: "macOS version and build, host names, time zone, install and update dates, Gatekeeper, firewall, remote access, auto-login, guest, FileVault; live: serial, boot time, SIP, MDM",
    outputs: &[STREAM],
    scope: Scope::AnyRoot,
    cost: Cost::Cheap,
};

impl Collector for System {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        let mut sum = Summary::new(ctx.source().is_live());
        versions(ctx, &mut sum);
        names(ctx, &mut sum);
        time_zone(ctx, &mut sum);
        install_date(ctx, &mut sum);
        software_update(ctx, &mut sum);
        gatekeeper(ctx, &mut sum);
        firewall(ctx, &mut sum);
        remote_access(ctx, &mut sum);
        login_window(ctx, &mut sum);
        filevault(ctx, &mut sum);
        if ctx.source().is_live() {
            live(ctx, &mut sum);
        }
        unknowns(ctx, &mut sum);
        ctx.env().shared::<SummarySlot>().set(sum);
        Ok(())
    }
}

/// A new fact record.
fn rec(
    ctx: &Ctx<'_>,
    source: impl AsRef<Path>,
    fact: &'static str,
    value: impl Into<Value>,
) -> Record {
    ctx.record(source.as_ref(), None)
        .set("fact", fact)
        .set("value", value)
        .set("live", false)
}

fn versions(ctx: &mut Ctx<'_>, sum: &mut Summary) {
    if let Some(v) = ctx.read_plist(Path::new(SYSTEM_VERSION)) {
        let o = parse::os_version(&v);
        let mut any = false;
        for (fact, key, val) in [
            ("os_name", "ProductName", &o.name),
            ("os_version", "ProductVersion", &o.version),
            ("os_build", "ProductBuildVersion", &o.build),
            (
                "os_user_visible_version",
                "ProductUserVisibleVersion",
                &o.user_visible,
            ),
        ] {
            let Some(val) = val else { continue };
            any = true;
            sum.fact(fact, val, SYSTEM_VERSION);
            let r = rec(ctx, SYSTEM_VERSION, fact, val.as_str()).set("key", key);
            ctx.emit(STREAM, r);
        }
        if !any {
            ctx.error(
                Path::new(SYSTEM_VERSION),
                "no ProductName, ProductVersion or ProductBuildVersion",
            );
        }
    }
    if let Some(v) = ctx.read_plist(Path::new(SYSTEM_VERSION_COMPAT)) {
        let o = parse::os_version(&v);
        match o.version {
            Some(ver) => {
                sum.fact("os_compat_version", &ver, SYSTEM_VERSION_COMPAT);
                let r = rec(ctx, SYSTEM_VERSION_COMPAT, "os_compat_version", ver)
                    .set("key", "ProductVersion");
                ctx.emit(STREAM, r);
            }
            None => ctx.error(Path::new(SYSTEM_VERSION_COMPAT), "no ProductVersion"),
        }
    }
}

fn names(ctx: &mut Ctx<'_>, sum: &mut Summary) {
    let Some(prefs) = ctx.read_plist(Path::new(PREFERENCES)) else {
        return;
    };
    for (fact, key, value) in parse::host_names(&prefs) {
        sum.fact(fact, &value, format!("{PREFERENCES}: {key}"));
        let r = rec(ctx, PREFERENCES, fact, value).set("key", key);
        ctx.emit(STREAM, r);
    }
}

fn time_zone(ctx: &mut Ctx<'_>, sum: &mut Summary) {
    let lt = Path::new(LOCALTIME);
    match ctx.source().lstat(lt) {
        Ok(m) if m.file_type().is_symlink() => match ctx.source().read_link(lt) {
            Ok(link) => {
                // Archived as a link (the kit records links, never follows).
                ctx.archive(lt);
                let link_text = crate::kit::text::lossy(link.as_os_str());
                let zone = parse::zone_from_link(&link_text);
                match &zone {
                    Some(z) => sum.fact("time_zone", z, format!("{LOCALTIME} (link)")),
                    None => {
                        if let Some(f) = sum.machine.get_mut("time_zone") {
                            f.source = Some(LOCALTIME.into());
                            f.detail = Some(format!("link to {link_text}: no zone named"));
                        }
                    }
                }
                let r = rec(ctx, LOCALTIME, "time_zone", zone).name(
                    "value_raw",
                    "value_raw_b64",
                    link.as_os_str(),
                );
                ctx.emit(STREAM, r);
            }
            Err(e) => ctx.source_error(lt, "cannot read the link", &e),
        },
        Ok(m) if m.is_file() => {
            // A copied zone file (TZif) does not name its zone.
            ctx.archive(lt);
            if let Some(f) = sum.machine.get_mut("time_zone") {
                f.source = Some(LOCALTIME.into());
                f.detail = Some("a zone file, not a link: the zone is not named".into());
            }
            let r = rec(ctx, LOCALTIME, "time_zone", Value::Null)
                .set("detail", "a zone file, not a link: the zone is not named");
            ctx.emit(STREAM, r);
        }
        Ok(_) => ctx.error(lt, "neither a link nor a file"),
        Err(e) if e.is_not_found() => {}
        Err(e) => ctx.source_error(lt, "cannot examine", &e),
    }
    if let Some(v) = ctx.read_plist(Path::new(TIMEZONE_AUTO)) {
        let raw = parse::at(&v, &["Active"]);
        let state = State::from_bool(raw.and_then(parse::bool_of));
        let r = rec(ctx, TIMEZONE_AUTO, "time_zone_automatic", state.as_str())
            .set("key", "Active")
            .set("value_raw", raw.map(parse::raw_json));
        ctx.emit(STREAM, r);
    }
    if let Some(v) = ctx.read_plist(Path::new(GLOBAL_PREFERENCES)) {
        let key = "com.apple.TimeZonePref.Last_Selected_City";
        if let Some(P::Array(city)) = parse::at(&v, &[key]) {
            // Items: latitude, longitude, ?, zone, country code, city...
            let s = |i: usize| city.get(i).and_then(P::as_string).map(str::to_owned);
            let r = rec(ctx, GLOBAL_PREFERENCES, "time_zone_selected_city", s(3))
                .set("city", s(5))
                .set("country", s(4))
                .set("key", key)
                .set("value_raw", parse::raw_json(&P::Array(city.clone())));
            ctx.emit(STREAM, r);
        }
    }
}

fn install_date(ctx: &mut Ctx<'_>, sum: &mut Summary) {
    let done = Path::new(SETUP_DONE);
    match ctx.source().lstat(done) {
        Ok(m) if m.is_file() => {
            ctx.archive(done);
            let t = time::from_unix(m.mtime(), u32::try_from(m.mtime_nsec()).unwrap_or(0));
            if let Some(t) = t {
                sum.fact(
                    "install_date",
                    time::rfc3339(&t),
                    format!("{SETUP_DONE} (modification time)"),
                );
            }
            let r = rec(ctx, SETUP_DONE, "setup_done", time::json(t))
                .time(t, m.mtime())
                .set("value_raw", m.mtime());
            ctx.emit(STREAM, r);
        }
        Ok(_) => ctx.error(done, "not a regular file"),
        Err(e) if e.is_not_found() => {}
        Err(e) => ctx.source_error(done, "cannot examine", &e),
    }
    // The first entry, from the run's one parse of the file, shared with
    // the `software` collector (whose records and issues cover the rest of
    // the file): read, archived and charged to the budget once, whichever
    // collector asks first.
    let history = crate::software::install::shared_history(ctx);
    let Some(parsed) = history.parsed() else {
        return;
    };
    let first = parsed
        .as_ref()
        .ok()
        .and_then(|(entries, _)| entries.first().cloned());
    let Some(first) = first else {
        ctx.error(
            Path::new(INSTALL_HISTORY),
            "no entry (expected an array of dictionaries)",
        );
        return;
    };
    let t = first.date;
    if let (Some(t), None) = (
        t,
        sum.machine
            .get("install_date")
            .and_then(|f| f.value.clone()),
    ) {
        sum.fact(
            "install_date",
            time::rfc3339(&t),
            format!("{INSTALL_HISTORY} (first entry)"),
        );
    }
    let raw = first.date_raw.map_or(Value::Null, Value::from);
    let r = rec(ctx, INSTALL_HISTORY, "first_install", time::json(t))
        .time(t, raw.clone())
        .set("value_raw", raw)
        .set("display_name", first.display_name)
        .set("display_version", first.display_version)
        .set("process_name", first.process_name);
    ctx.emit(STREAM, r);
}

fn software_update(ctx: &mut Ctx<'_>, sum: &mut Summary) {
    let Some(v) = ctx.read_plist(Path::new(SOFTWARE_UPDATE)) else {
        return;
    };
    let Some(d) = v.as_dictionary() else {
        ctx.error(Path::new(SOFTWARE_UPDATE), "not a dictionary");
        return;
    };
    for (fact, key) in [
        ("last_full_successful_update", "LastFullSuccessfulDate"),
        ("last_successful_update", "LastSuccessfulDate"),
    ] {
        let Some(raw) = d.get(key) else { continue };
        let t = parse::date_of(raw);
        let r = rec(ctx, SOFTWARE_UPDATE, fact, time::json(t))
            .time(t, parse::raw_json(raw))
            .set("value_raw", parse::raw_json(raw))
            .set("key", key);
        ctx.emit(STREAM, r);
        let have = sum.machine.get("last_update").and_then(|f| f.value.clone());
        if let (Some(t), None) = (t, have) {
            sum.fact(
                "last_update",
                time::rfc3339(&t),
                format!("{SOFTWARE_UPDATE}: {key}"),
            );
        }
    }
    if let Some(s) = d.get("LastAttemptSystemVersion").and_then(P::as_string) {
        let r = rec(ctx, SOFTWARE_UPDATE, "last_attempt_system_version", s)
            .set("key", "LastAttemptSystemVersion");
        ctx.emit(STREAM, r);
    }
    for (fact, key) in [
        (
            "recommended_updates_available",
            "LastRecommendedUpdatesAvailable",
        ),
        ("updates_available", "LastUpdatesAvailable"),
    ] {
        if let Some(raw) = d.get(key) {
            let r = rec(ctx, SOFTWARE_UPDATE, fact, parse::int_of(raw))
                .set("value_raw", parse::raw_json(raw))
                .set("key", key);
            ctx.emit(STREAM, r);
        }
    }
    if let Some(P::Array(updates)) = d.get("RecommendedUpdates") {
        for u in updates.iter().filter_map(P::as_dictionary) {
            let s = |k: &str| u.get(k).and_then(P::as_string).map(str::to_owned);
            let r = rec(ctx, SOFTWARE_UPDATE, "recommended_update", s("Identifier"))
                .set("product_key", s("Product Key"))
                .set("display_name", s("Display Name"))
                .set("display_version", s("Display Version"))
                .set("key", "RecommendedUpdates");
            ctx.emit(STREAM, r);
        }
    }
}

fn gatekeeper(ctx: &mut Ctx<'_>, sum: &mut Summary) {
    let Some(v) = ctx.read_plist(Path::new(SYSTEM_POLICY_PREFS)) else {
        return;
    };
    let raw = parse::at(&v, &["enabled"]);
    let state = State::from_bool(raw.and_then(parse::bool_of));
    let detail = match (state, raw) {
        (State::Unknown, Some(r)) => Some(format!("enabled = {}", parse::raw_json(r))),
        (State::Unknown, None) => Some("no `enabled` key".into()),
        _ => None,
    };
    sum.setting(
        "gatekeeper",
        state,
        format!("{SYSTEM_POLICY_PREFS}: enabled"),
        detail,
    );
    let r = rec(ctx, SYSTEM_POLICY_PREFS, "gatekeeper", state.as_str())
        .set("key", "enabled")
        .set("value_raw", raw.map(parse::raw_json));
    ctx.emit(STREAM, r);
}

fn firewall(ctx: &mut Ctx<'_>, sum: &mut Summary) {
    let Some(v) = ctx.read_plist(Path::new(ALF)) else {
        return;
    };
    let Some(d) = v.as_dictionary() else {
        ctx.error(Path::new(ALF), "not a dictionary");
        return;
    };
    let global = d.get("globalstate");
    let (state, mode) = parse::firewall_state(global.and_then(parse::int_of));
    sum.setting(
        "firewall",
        state,
        format!("{ALF}: globalstate"),
        mode.map(str::to_owned).or_else(|| {
            Some(format!(
                "globalstate = {}",
                global.map(parse::raw_json).unwrap_or(Value::Null)
            ))
        }),
    );
    let r = rec(ctx, ALF, "firewall", state.as_str())
        .set("key", "globalstate")
        .set("mode", mode)
        .set("value_raw", global.map(parse::raw_json));
    ctx.emit(STREAM, r);
    for (fact, key) in [
        ("firewall_stealth", "stealthenabled"),
        ("firewall_logging", "loggingenabled"),
        ("firewall_allow_signed", "allowsignedenabled"),
        (
            "firewall_allow_downloaded_signed",
            "allowdownloadsignedenabled",
        ),
    ] {
        let raw = d.get(key);
        let state = State::from_bool(raw.and_then(parse::bool_of));
        if fact == "firewall_stealth" {
            sum.setting(fact, state, format!("{ALF}: {key}"), None);
        }
        if raw.is_none() {
            continue;
        }
        let r = rec(ctx, ALF, fact, state.as_str())
            .set("key", key)
            .set("value_raw", raw.map(parse::raw_json));
        ctx.emit(STREAM, r);
    }
    for rule in parse::firewall_rules(d) {
        let r = rec(ctx, ALF, "firewall_rule", rule.subject)
            .set("list", rule.list)
            .set("process", rule.process)
            .set("rule", parse::rule_state_name(rule.state))
            .set("value_raw", rule.state)
            .set("alias_bytes", rule.alias_bytes);
        ctx.emit(STREAM, r);
    }
}

/// Entries of launchd's database directory listed at most (a Mac has a
/// few dozen: one `disabled.<uid>.plist` per user that ever logged in).
const MAX_LAUNCHD_ENTRIES: usize = 10_000;

/// The override lists: the system's and every `disabled.<uid>.plist`,
/// found by the kit's bounded walk (a directory past
/// [`MAX_LAUNCHD_ENTRIES`] is cut, a `capped` issue).
fn launchd_lists(ctx: &mut Ctx<'_>) -> Vec<(PathBuf, plist::Dictionary)> {
    let dir = Path::new(LAUNCHD_DB);
    if ctx.source().lstat(dir).is_err_and(|e| e.is_not_found()) {
        return Vec::new();
    }
    let mut paths = vec![dir.join("disabled.plist")];
    let mut per_user: Vec<PathBuf> = Vec::new();
    walk::walk(
        ctx,
        dir,
        walk::Limits {
            max_depth: 0,
            max_entries: MAX_LAUNCHD_ENTRIES,
        },
        |_, e, _| {
            let n = e.name.as_encoded_bytes();
            if n.starts_with(b"disabled.") && n.ends_with(b".plist") && n != b"disabled.plist" {
                per_user.push(e.path.clone());
            }
            walk::Visit::Skip
        },
    );
    per_user.sort();
    paths.extend(per_user);
    let mut out = Vec::new();
    for p in paths {
        match ctx.read_plist(&p) {
            Some(P::Dictionary(d)) => out.push((p, d)),
            Some(_) => ctx.error(&p, "not a dictionary"),
            None => {}
        }
    }
    out
}

fn remote_access(ctx: &mut Ctx<'_>, sum: &mut Summary) {
    let lists = launchd_lists(ctx);
    for (defence, label, job) in REMOTE_SERVICES {
        let mut said: Option<(State, &PathBuf)> = None;
        for (path, d) in &lists {
            let state = parse::launchd_override(d, label);
            if state == State::Unknown {
                continue;
            }
            let r = rec(ctx, path, defence, state.as_str())
                .set("label", *label)
                .set("value_raw", d.get(label).map(parse::raw_json));
            ctx.emit(STREAM, r);
            // Any list that enables the job wins: the service can run.
            if !matches!(said, Some((State::On, _))) {
                said = Some((state, path));
            }
        }
        // The job's own plist: present at all, and its `Disabled` default.
        let present = ctx.source().lstat(Path::new(job)).is_ok();
        if present {
            let r = rec(ctx, job, "launchd_job_present", true).set("label", *label);
            ctx.emit(STREAM, r);
        }
        match said {
            Some((state, path)) => {
                sum.setting(defence, state, format!("{}: {label}", path.display()), None)
            }
            None if present => {
                let v = ctx.read_plist(Path::new(job));
                let raw = v.as_ref().and_then(|v| parse::at(v, &["Disabled"]));
                // No override: the job's own `Disabled` decides (absent is
                // enabled, launchd's default).
                let state = match raw.map(parse::bool_of) {
                    Some(Some(true)) => State::Off,
                    Some(Some(false)) => State::On,
                    None if v.is_some() => State::On,
                    _ => State::Unknown,
                };
                sum.setting(
                    defence,
                    state,
                    format!("{job}: Disabled"),
                    Some(format!(
                        "no override for {label} in launchd's disabled lists"
                    )),
                );
            }
            None => {}
        }
    }
    if ctx.source().lstat(Path::new(ARD_AGENT)).is_ok() {
        let r = rec(ctx, ARD_AGENT, "ard_agent_present", true);
        ctx.emit(STREAM, r);
    }
}

fn login_window(ctx: &mut Ctx<'_>, sum: &mut Summary) {
    let lw = ctx.read_plist(Path::new(LOGINWINDOW_PLIST));
    let kc_type = kcpassword(ctx);
    let user = lw
        .as_ref()
        .and_then(|v| parse::string_at(v, &["autoLoginUser"]))
        .map(str::to_owned);
    if let Some(v) = &lw {
        let (state, detail) = match (&user, kc_type) {
            (Some(u), _) => (State::On, Some(format!("autoLoginUser = {u}"))),
            (None, None) => (State::Off, Some("no autoLoginUser, no kcpassword".into())),
            (None, Some(Kind::File)) => (
                State::Unknown,
                Some("no autoLoginUser, but /private/etc/kcpassword exists".into()),
            ),
            // loginwindow would read through a link: what it points to is
            // not known here (links are not followed).
            (None, Some(Kind::Symlink)) => (
                State::Unknown,
                Some(
                    "no autoLoginUser; /private/etc/kcpassword is a symbolic link (not followed)"
                        .into(),
                ),
            ),
            (None, Some(Kind::Dir | Kind::Other(_))) => (
                State::Off,
                Some("no autoLoginUser, no kcpassword file (something else in its place)".into()),
            ),
        };
        sum.setting(
            "auto_login",
            state,
            format!("{LOGINWINDOW_PLIST}: autoLoginUser"),
            detail,
        );
        let r = rec(ctx, LOGINWINDOW_PLIST, "auto_login", state.as_str())
            .set("key", "autoLoginUser")
            .set("user", user.clone())
            .set(
                "value_raw",
                parse::at(v, &["autoLoginUser"]).map(parse::raw_json),
            );
        ctx.emit(STREAM, r);
    }
    let guest_raw = lw.as_ref().and_then(|v| parse::at(v, &["GuestEnabled"]));
    let mut guest = State::from_bool(guest_raw.and_then(parse::bool_of));
    let mut guest_source = format!("{LOGINWINDOW_PLIST}: GuestEnabled");
    if guest_raw.is_some() {
        let r = rec(ctx, LOGINWINDOW_PLIST, "guest_login", guest.as_str())
            .set("key", "GuestEnabled")
            .set("value_raw", guest_raw.map(parse::raw_json));
        ctx.emit(STREAM, r);
    }
    for (fact, path, key) in [
        ("guest_smb", SMB_SERVER_PLIST, "AllowGuestAccess"),
        ("guest_afp", AFP_SERVER_PLIST, "guestAccess"),
    ] {
        let Some(v) = ctx.read_plist(Path::new(path)) else {
            continue;
        };
        let Some(raw) = parse::at(&v, &[key]) else {
            continue;
        };
        let state = State::from_bool(parse::bool_of(raw));
        let r = rec(ctx, path, fact, state.as_str())
            .set("key", key)
            .set("value_raw", parse::raw_json(raw));
        ctx.emit(STREAM, r);
        if state == State::On && guest != State::On {
            guest = State::On;
            guest_source = format!("{path}: {key}");
        }
    }
    if guest != State::Unknown {
        sum.setting("guest", guest, guest_source, None);
    }
}

/// `/private/etc/kcpassword`: its type, size and times from `lstat`,
/// never its contents. Recorded as `kcpassword_present`, `true` only for a
/// regular file; a link (its target recorded, not followed), a directory
/// or anything else in its place is said by `file_type`, and an issue.
fn kcpassword(ctx: &mut Ctx<'_>) -> Option<Kind> {
    let kc = Path::new(KCPASSWORD);
    let m = match ctx.source().lstat(kc) {
        Ok(m) => m,
        Err(e) if e.is_not_found() => return None,
        Err(e) => {
            ctx.source_error(kc, "cannot examine", &e);
            return None;
        }
    };
    let kind = Kind::of(&m);
    let file_type = match kind {
        Kind::File => "file".to_string(),
        Kind::Dir => "directory".to_string(),
        Kind::Symlink => "symlink".to_string(),
        Kind::Other(w) => w.to_ascii_lowercase().replace(' ', "_"),
    };
    let mut r = rec(ctx, KCPASSWORD, "kcpassword_present", kind == Kind::File)
        .set("file_type", file_type.as_str());
    match kind {
        Kind::File => r.insert("size", m.len()),
        Kind::Symlink => {
            let target = ctx.source().read_link(kc).ok();
            r.insert_name(
                "link_target",
                "link_target_b64",
                target.as_deref().map(Path::as_os_str),
            );
            ctx.error(kc, "a symbolic link, not a password file; not followed");
        }
        Kind::Dir | Kind::Other(_) => {
            let what = file_type.replace('_', " ");
            ctx.error(kc, format!("a {what}, not a password file"));
        }
    }
    ctx.emit(STREAM, r);
    Some(kind)
}

fn filevault(ctx: &mut Ctx<'_>, sum: &mut Summary) {
    let prk = Path::new(FILEVAULT_PRK);
    match ctx.source().lstat(prk) {
        // A link or a directory in its place is not a key: not evidence
        // that FileVault was on.
        Ok(m) if !m.is_file() => ctx.error(prk, "not a regular file; FileVault left unknown"),
        Ok(m) => {
            let r = rec(ctx, FILEVAULT_PRK, "filevault_prk_present", true).set("size", m.len());
            ctx.emit(STREAM, r);
            sum.setting(
                "filevault",
                State::On,
                FILEVAULT_PRK,
                Some("a recovery key was escrowed: FileVault was turned on".into()),
            );
        }
        Err(e) if e.is_not_found() => {}
        Err(e) => ctx.source_error(prk, "cannot examine", &e),
    }
}

/// The running system's facts.
fn live(ctx: &mut Ctx<'_>, sum: &mut Summary) {
    let boot = sysinfo::System::boot_time();
    let uptime = sysinfo::System::uptime();
    let t = i64::try_from(boot).ok().and_then(time::from_unix_secs);
    let source = "kernel boot time (sysinfo)";
    if let Some(t) = t {
        sum.fact("boot_time", time::rfc3339(&t), source);
    }
    let r = rec(ctx, source, "boot_time", time::json(t))
        .time(t, boot)
        .set("value_raw", boot)
        .set("uptime_s", uptime)
        .set("live", true);
    ctx.emit(STREAM, r);
    #[cfg(target_os = "macos")]
    commands::run(ctx, sum);
    #[cfg(not(target_os = "macos"))]
    for d in ["sip", "mdm_enrolment"] {
        if let Some(s) = sum.defences.get_mut(d) {
            s.detail = Some("its command exists on macOS only".into());
        }
    }
}

/// What a live command's output is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reads {
    Sip,
    FileVault,
    Gatekeeper,
    Enrollment,
    Platform,
}

/// Record what one live command said (`shown` is the command line).
pub fn apply_command(ctx: &mut Ctx<'_>, sum: &mut Summary, reads: Reads, shown: &str, out: &str) {
    let reading = |ctx: &mut Ctx<'_>, sum: &mut Summary, fact: &'static str, r: parse::Reading| {
        sum.live_setting(fact, &r, shown);
        let rec = rec(ctx, shown, fact, r.state.as_str())
            .set("value_raw", r.line.clone())
            .set("detail", r.detail.clone())
            .set("live", true);
        ctx.emit(STREAM, rec);
    };
    match reads {
        Reads::Sip => reading(ctx, sum, "sip", parse::csrutil_status(out)),
        Reads::FileVault => reading(ctx, sum, "filevault", parse::fdesetup_status(out)),
        Reads::Gatekeeper => reading(ctx, sum, "gatekeeper", parse::spctl_status(out)),
        Reads::Enrollment => {
            let e = parse::profiles_enrollment(out);
            let r = parse::Reading {
                state: e.state(),
                line: out
                    .lines()
                    .map(str::trim)
                    .find(|l| l.starts_with("MDM enrollment:"))
                    .map(str::to_owned),
                detail: e.server.as_ref().map(|s| format!("MDM server: {s}")),
            };
            sum.live_setting("mdm_enrolment", &r, shown);
            let rec = rec(ctx, shown, "mdm_enrolment", r.state.as_str())
                .set("value_raw", r.line.clone())
                .set("enrolled_via_dep", e.dep)
                .set("user_approved", e.user_approved)
                .set("mdm_server", e.server.clone())
                .set("unparsed", e.unparsed.clone())
                .set("live", true);
            ctx.emit(STREAM, rec);
        }
        Reads::Platform => {
            let p = parse::ioreg_platform(out);
            for (fact, v) in [
                ("serial_number", &p.serial_number),
                ("model", &p.model),
                ("platform_uuid", &p.platform_uuid),
            ] {
                if let Some(v) = v {
                    sum.fact(fact, v, shown);
                }
                let r = rec(ctx, shown, fact, v.clone()).set("live", true);
                ctx.emit(STREAM, r);
            }
        }
    }
}

#[cfg(target_os = "macos")]
mod commands {
    use std::time::{Duration, Instant};

    use super::{apply_command, Reads, Summary};
    use crate::kit::Ctx;
    use crate::live::live_response::{self, Cmd, Limits};

    const fn cmd(argv: &'static [&'static [&'static str]]) -> Cmd {
        Cmd {
            category: "system",
            argv,
            optional: false,
            timeout: None,
            parse: None,
        }
    }

    const TABLE: &[(Cmd, Reads)] = &[
        (
            cmd(&[&["/usr/sbin/ioreg", "-rd1", "-c", "IOPlatformExpertDevice"]]),
            Reads::Platform,
        ),
        (cmd(&[&["/usr/bin/csrutil", "status"]]), Reads::Sip),
        (cmd(&[&["/usr/bin/fdesetup", "status"]]), Reads::FileVault),
        (cmd(&[&["/usr/sbin/spctl", "--status"]]), Reads::Gatekeeper),
        (
            cmd(&[&["/usr/bin/profiles", "status", "-type", "enrollment"]]),
            Reads::Enrollment,
        ),
    ];

    pub fn run(ctx: &mut Ctx<'_>, sum: &mut Summary) {
        let limits = Limits {
            per_command: Duration::from_secs(20),
            all: Duration::from_secs(60),
            cap: 1 << 20,
        };
        let deadline = Instant::now() + limits.all;
        for (c, reads) in TABLE {
            let Some((shown, ran)) = live_response::run_one(ctx, c, &limits, deadline) else {
                continue;
            };
            if live_response::started(&ran) {
                let out = String::from_utf8_lossy(&ran.stdout).into_owned();
                apply_command(ctx, sum, *reads, &shown, &out);
            }
        }
    }
}

/// One record per summary item nothing said, with where it was looked for.
fn unknowns(ctx: &mut Ctx<'_>, sum: &mut Summary) {
    let live = sum.live;
    for (name, looked) in MACHINE {
        let Some(f) = sum.machine.get_mut(name) else {
            continue;
        };
        if f.value.is_some() || f.source.is_some() {
            continue;
        }
        let live_only = looked.starts_with("the running system");
        let detail = if live_only && !live {
            "read from the running system only; this is not a live collection".to_string()
        } else {
            format!("not found in {looked}")
        };
        f.detail = Some(detail.clone());
        let r = rec(ctx, looked, name, Value::Null).set("detail", detail);
        ctx.emit(STREAM, r);
    }
    for (name, looked) in DEFENCES {
        let Some(s) = sum.defences.get_mut(name) else {
            continue;
        };
        if s.source.is_some() {
            continue;
        }
        // A setting only the running system says was not looked for on
        // any other root: not "nothing found".
        let detail = if looked.starts_with("live only") && !live {
            "read from the running system only; this is not a live collection".to_string()
        } else {
            match &s.detail {
                Some(d) => format!("{d}; nothing found in {looked}"),
                None => format!("nothing found in {looked}"),
            }
        };
        s.detail = Some(detail.clone());
        let r = rec(ctx, looked, name, State::Unknown.as_str()).set("detail", detail);
        ctx.emit(STREAM, r);
    }
}

#[cfg(test)]
mod tests;
