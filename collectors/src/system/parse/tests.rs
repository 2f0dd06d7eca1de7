//! The parsers on real texts. Where each text comes from:
//! - `csrutil status`: salopensource/sal `server/plugins/sip/scripts/sip.py`
//!   (matches `System Integrity Protection status: enabled.`); the CIS
//!   macOS benchmark's audit text ("Output Complaint: `System Integrity
//!   Protection status: enabled.`"); the custom configuration as macOS 11+
//!   prints it after `csrutil enable --without nvram`, quoted in public
//!   setup notes (`unknown (Custom Configuration).` then a `Configuration:`
//!   block and an "unsupported configuration" warning);
//! - `fdesetup status`: rtrouton/rtrouton_scripts
//!   `check_apfs_encryption_extension_attribute.sh` and a Jamf extension
//!   attribute that lists the replies ("FileVault is Off.", "Deferred
//!   enablement appears to be active for user '<shortName>'.", "FileVault
//!   is On." then "Encryption in progress: Pending" or "... percent
//!   completed = ##.##");
//! - `spctl --status`: salopensource/sal
//!   `server/plugins/gatekeeper/scripts/gatekeeper.py` ("assessments
//!   enabled") and an Ansible task comparing to "assessments disabled";
//! - `profiles status -type enrollment`: fleetdm/fleet orbit
//!   `pkg/profiles` (`IsEnrolledIntoMatchingURL`: "Enrolled via DEP: No",
//!   "MDM enrollment: Yes (User Approved)", "MDM server: <url>"; the last
//!   line omitted when not enrolled);
//! - `ioreg -rd1 -c IOPlatformExpertDevice`: written here to the layout
//!   ioreg prints (a `+-o` header, `{`, one `"key" = value` line per
//!   property, text stored as data shown as `<"...">`), with a made-up
//!   serial number and UUID.

use super::*;

#[test]
fn csrutil_outputs() {
    let on = csrutil_status("System Integrity Protection status: enabled.\n");
    assert_eq!(on.state, State::On);
    assert_eq!(
        on.line.as_deref(),
        Some("System Integrity Protection status: enabled.")
    );
    assert_eq!(
        csrutil_status("System Integrity Protection status: disabled.\n").state,
        State::Off
    );
    let custom = "System Integrity Protection status: unknown (Custom Configuration).\n\n\
        Configuration:\n\tApple Internal: disabled\n\tKext Signing: enabled\n\t\
        Filesystem Protections: enabled\n\tDebugging Restrictions: enabled\n\t\
        DTrace Restrictions: enabled\n\tNVRAM Protections: disabled\n\t\
        BaseSystem Verification: enabled\n\n\
        This is an unsupported configuration, likely to break in the future and leave your machine in an unknown state.\n";
    let r = csrutil_status(custom);
    assert_eq!(r.state, State::Unknown);
    assert_eq!(r.detail.as_deref(), Some("unknown (Custom Configuration)."));
    // Reworded or injected text is never taken for "enabled".
    for text in [
        "System Integrity Protection status: enabled. suffix",
        "SIP is enabled",
        "",
        "csrutil: command not found",
    ] {
        assert_eq!(csrutil_status(text).state, State::Unknown, "{text:?}");
    }
    assert_eq!(
        csrutil_status("csrutil: failed\n").line.as_deref(),
        Some("csrutil: failed")
    );
}

#[test]
fn fdesetup_outputs() {
    assert_eq!(fdesetup_status("FileVault is On.\n").state, State::On);
    assert_eq!(fdesetup_status("FileVault is Off.\n").state, State::Off);
    let deferred = fdesetup_status(
        "FileVault is Off.\nDeferred enablement appears to be active for user 'alice'.\n",
    );
    assert_eq!(deferred.state, State::Off);
    assert_eq!(
        deferred.detail.as_deref(),
        Some("Deferred enablement appears to be active for user 'alice'.")
    );
    let progress = fdesetup_status("FileVault is On.\nEncryption in progress: Pending\n");
    assert_eq!(progress.state, State::On);
    assert_eq!(
        progress.detail.as_deref(),
        Some("Encryption in progress: Pending")
    );
    assert_eq!(
        fdesetup_status("Encryption in progress: Percent completed = 45.3\n").state,
        State::On
    );
    let dec = fdesetup_status("Decryption in progress: Percent completed = 12.0\n");
    assert_eq!(dec.state, State::Unknown);
    assert_eq!(
        dec.line.as_deref(),
        Some("Decryption in progress: Percent completed = 12.0")
    );
    assert_eq!(
        fdesetup_status("FileVault is sort of on.\n").state,
        State::Unknown
    );
    assert_eq!(fdesetup_status("").state, State::Unknown);
}

#[test]
fn spctl_outputs() {
    assert_eq!(spctl_status("assessments enabled\n").state, State::On);
    assert_eq!(spctl_status("assessments disabled\n").state, State::Off);
    let odd = spctl_status("assessments maybe\n");
    assert_eq!(odd.state, State::Unknown);
    assert_eq!(odd.line.as_deref(), Some("assessments maybe"));
    assert_eq!(
        spctl_status("assessments enabled\nassessments disabled\n").state,
        State::Unknown
    );
}

#[test]
fn profiles_outputs() {
    let e = profiles_enrollment(
        "Enrolled via DEP: No\nMDM enrollment: Yes (User Approved)\nMDM server: https://test.example.com/mdm/apple/mdm\n",
    );
    assert_eq!(
        e,
        Enrollment {
            dep: Some(false),
            mdm: Some(true),
            user_approved: Some(true),
            server: Some("https://test.example.com/mdm/apple/mdm".into()),
            unparsed: vec![],
        }
    );
    assert_eq!(e.state(), State::On);
    let no = profiles_enrollment("Enrolled via DEP: No\nMDM enrollment: No\n");
    assert_eq!(no.state(), State::Off);
    assert_eq!(no.server, None);
    let dep = profiles_enrollment("Enrolled via DEP: Yes\nMDM enrollment: Yes\n");
    assert_eq!((dep.dep, dep.user_approved), (Some(true), Some(false)));
    let odd = profiles_enrollment("profiles: rate limited\nMDM enrollment: Perhaps\n");
    assert_eq!(odd.state(), State::Unknown);
    assert_eq!(
        odd.unparsed,
        vec!["profiles: rate limited", "MDM enrollment: Perhaps"]
    );
}

#[test]
fn ioreg_output() {
    let text = r#"+-o MacBookPro16,1  <class IOPlatformExpertDevice, id 0x100000110, registered, matched, active, busy 0 (65130 ms), retain 42>
  {
    "IOPolledInterface" = "AppleSEPPolledInterface"
    "compatible" = <"MacBookPro16,1">
    "version" = <"1.0">
    "board-id" = <"Mac-E1008331FDC96864">
    "IOPlatformSerialNumber" = "C02ZX0AAAAAA"
    "manufacturer" = <"Apple Inc.">
    "IOPlatformUUID" = "3E1C7C5A-0000-4B1A-9C57-1234567890AB"
    "model" = <"MacBookPro16,1">
  }
"#;
    assert_eq!(
        ioreg_platform(text),
        Platform {
            serial_number: Some("C02ZX0AAAAAA".into()),
            model: Some("MacBookPro16,1".into()),
            platform_uuid: Some("3E1C7C5A-0000-4B1A-9C57-1234567890AB".into()),
        }
    );
    assert_eq!(
        ioreg_platform("garbage\n\"model\" = <00ff>\n"),
        Platform::default()
    );
}

#[test]
fn keys_and_values() {
    assert_eq!(
        zone_from_link("/var/db/timezone/zoneinfo/Europe/Paris").as_deref(),
        Some("Europe/Paris")
    );
    assert_eq!(
        zone_from_link("/usr/share/zoneinfo/America/New_York").as_deref(),
        Some("America/New_York")
    );
    assert_eq!(zone_from_link("/etc/elsewhere"), None);
    assert_eq!(zone_from_link("/usr/share/zoneinfo/"), None);
    assert_eq!(firewall_state(Some(0)).0, State::Off);
    assert_eq!(firewall_state(Some(1)).0, State::On);
    assert_eq!(firewall_state(Some(2)).0, State::On);
    assert_eq!(firewall_state(Some(7)).0, State::Unknown);
    assert_eq!(firewall_state(None).0, State::Unknown);
    assert_eq!(bool_of(&P::String("yes".into())), Some(true));
    assert_eq!(bool_of(&P::String("NO".into())), Some(false));
    assert_eq!(bool_of(&P::String("perhaps".into())), None);
    let mut d = Dictionary::new();
    d.insert("com.openssh.sshd".into(), P::Boolean(false));
    d.insert("com.apple.screensharing".into(), P::Boolean(true));
    assert_eq!(launchd_override(&d, "com.openssh.sshd"), State::On);
    assert_eq!(launchd_override(&d, "com.apple.screensharing"), State::Off);
    assert_eq!(
        launchd_override(&d, "com.apple.RemoteDesktop.agent"),
        State::Unknown
    );
}

#[test]
fn firewall_rules_in_file_order() {
    let xml = br#"<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>applications</key><array>
 <dict><key>bundleid</key><string>com.example.agent</string><key>state</key><integer>0</integer><key>alias</key><data>AAEC</data></dict>
</array>
<key>exceptions</key><array>
 <dict><key>path</key><string>/usr/libexec/configd</string><key>state</key><integer>3</integer></dict>
 <dict><key>path</key><string>/usr/sbin/mDNSResponder</string><key>state</key><integer>2</integer></dict>
</array>
<key>firewall</key><dict>
 <key>Apple Remote Desktop</key><dict><key>proc</key><string>AppleVNCServer</string><key>state</key><integer>0</integer></dict>
</dict>
<key>explicitauths</key><array><dict><key>id</key><string>org.python.python.app</string></dict></array>
</dict></plist>"#;
    let v = crate::kit::plist::read(xml).unwrap();
    let rules = firewall_rules(v.as_dictionary().unwrap());
    let short: Vec<(&str, Option<&str>, Option<i64>)> = rules
        .iter()
        .map(|r| (r.list, r.subject.as_deref(), r.state))
        .collect();
    assert_eq!(
        short,
        vec![
            ("applications", Some("com.example.agent"), Some(0)),
            ("exceptions", Some("/usr/libexec/configd"), Some(3)),
            ("exceptions", Some("/usr/sbin/mDNSResponder"), Some(2)),
            ("firewall", Some("Apple Remote Desktop"), Some(0)),
            ("explicitauths", Some("org.python.python.app"), None),
        ]
    );
    assert_eq!(rules[0].alias_bytes, Some(3));
    assert_eq!(rules[3].process.as_deref(), Some("AppleVNCServer"));
    assert_eq!(rule_state_name(Some(2)), Some("block"));
    assert_eq!(rule_state_name(Some(9)), None);
}
