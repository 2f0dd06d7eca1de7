//! The default selection of unified log entries: the events an
//! investigator filters for, each tagged with a topic. A table, documented
//! in `docs/collectors/unified_logs.md` (keep both in step).
//!
//! An entry matches a rule when its process (the main executable's file
//! name), or its subsystem, is one the rule names; a rule with message
//! words matches only entries whose message contains one of them (ASCII
//! case-insensitive). The first rule that matches gives the topic.

/// One topic's predicate.
#[derive(Debug)]
pub struct Rule {
    pub topic: &'static str,
    /// Process file names, exactly.
    pub processes: &'static [&'static str],
    /// Process file names starting with one of these.
    pub process_prefixes: &'static [&'static str],
    /// Subsystems, exactly or as a prefix followed by `.`.
    pub subsystems: &'static [&'static str],
    /// When not empty, the message must contain one of these.
    pub message_words: &'static [&'static str],
}

/// The table, in match order.
pub static RULES: &[Rule] = &[
    Rule {
        topic: "auth",
        processes: &[
            "sudo",
            "su",
            "sshd",
            "sshd-session",
            "loginwindow",
            "logind",
            "authd",
            "screensharingd",
        ],
        process_prefixes: &[],
        subsystems: &["com.apple.Authorization", "com.apple.loginwindow"],
        message_words: &[],
    },
    Rule {
        topic: "accounts",
        processes: &["opendirectoryd", "sysadminctl", "dseditgroup", "dscl"],
        process_prefixes: &[],
        subsystems: &["com.apple.opendirectoryd"],
        message_words: &[],
    },
    Rule {
        topic: "tcc",
        processes: &["tccd"],
        process_prefixes: &[],
        subsystems: &["com.apple.TCC"],
        message_words: &[],
    },
    Rule {
        topic: "gatekeeper",
        processes: &["syspolicyd"],
        process_prefixes: &[],
        subsystems: &["com.apple.syspolicy"],
        message_words: &[],
    },
    Rule {
        topic: "xprotect",
        processes: &["XProtect", "XprotectService"],
        process_prefixes: &["XprotectRemediator"],
        subsystems: &["com.apple.xprotect", "com.apple.XProtectFramework"],
        message_words: &[],
    },
    Rule {
        topic: "persistence",
        processes: &[
            "backgroundtaskmanagementd",
            "BackgroundTaskManagementAgent",
            "kmutil",
            "kextd",
            "kextload",
            "sysextd",
        ],
        process_prefixes: &[],
        subsystems: &["com.apple.backgroundtaskmanagement", "com.apple.sx"],
        message_words: &[],
    },
    Rule {
        topic: "persistence",
        processes: &["launchd"],
        process_prefixes: &[],
        subsystems: &[],
        message_words: &["bootstrap", "load"],
    },
    Rule {
        topic: "volumes",
        processes: &["diskarbitrationd"],
        process_prefixes: &[],
        subsystems: &["com.apple.DiskArbitration"],
        message_words: &[],
    },
    Rule {
        topic: "volumes",
        processes: &["kernel"],
        process_prefixes: &[],
        subsystems: &[],
        message_words: &["mount", "usb"],
    },
    Rule {
        topic: "install",
        processes: &[
            "installd",
            "softwareupdated",
            "installer",
            "system_installd",
        ],
        process_prefixes: &[],
        subsystems: &["com.apple.SoftwareUpdate"],
        message_words: &[],
    },
];

/// What the table looks at in one entry.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    /// The main executable's path (or name).
    pub process: &'a str,
    pub subsystem: &'a str,
    pub message: &'a str,
}

fn base_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

fn subsystem_matches(subsystem: &str, wanted: &str) -> bool {
    subsystem == wanted
        || subsystem
            .strip_prefix(wanted)
            .is_some_and(|rest| rest.starts_with('.'))
}

fn contains_ignore_case(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    !n.is_empty() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

impl Rule {
    pub fn matches(&self, f: &Facts<'_>) -> bool {
        self.names(base_name(f.process), f.subsystem)
            && (self.message_words.is_empty()
                || self
                    .message_words
                    .iter()
                    .any(|w| contains_ignore_case(f.message, w)))
    }
}

impl Rule {
    /// Whether the rule names this process or subsystem (its message words
    /// aside).
    fn names(&self, name: &str, subsystem: &str) -> bool {
        self.processes.contains(&name)
            || self.process_prefixes.iter().any(|p| name.starts_with(p))
            || (!subsystem.is_empty()
                && self
                    .subsystems
                    .iter()
                    .any(|s| subsystem_matches(subsystem, s)))
    }
}

/// Whether [`classify`] can select an entry of this process and subsystem,
/// whatever its message: false means it never does, so the message need
/// not be built.
pub fn may_select(process: &str, subsystem: &str) -> bool {
    let name = base_name(process);
    RULES.iter().any(|r| r.names(name, subsystem))
}

/// The topic of an entry, if the table selects it.
pub fn classify(f: &Facts<'_>) -> Option<&'static str> {
    RULES.iter().find(|r| r.matches(f)).map(|r| r.topic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(process: &str, subsystem: &str, message: &str) -> Option<&'static str> {
        classify(&Facts {
            process,
            subsystem,
            message,
        })
    }

    #[test]
    fn each_topic_selects_its_entries() {
        assert_eq!(
            t("/usr/bin/sudo", "", "alice : TTY=ttys000 ; COMMAND=/bin/ls"),
            Some("auth")
        );
        assert_eq!(
            t("/usr/sbin/sshd", "", "Accepted publickey for bob"),
            Some("auth")
        );
        assert_eq!(
            t(
                "/System/Library/CoreServices/loginwindow.app/Contents/MacOS/loginwindow",
                "",
                "x"
            ),
            Some("auth")
        );
        assert_eq!(
            t("/usr/libexec/x", "com.apple.Authorization", "x"),
            Some("auth")
        );
        assert_eq!(
            t("/usr/libexec/opendirectoryd", "", "user added"),
            Some("accounts")
        );
        assert_eq!(t("/usr/sbin/sysadminctl", "", "x"), Some("accounts"));
        assert_eq!(
            t(
                "/System/Library/PrivateFrameworks/TCC.framework/Support/tccd",
                "",
                "x"
            ),
            Some("tcc")
        );
        assert_eq!(t("/usr/libexec/x", "com.apple.TCC", "x"), Some("tcc"));
        assert_eq!(t("/usr/libexec/syspolicyd", "", "x"), Some("gatekeeper"));
        assert_eq!(
            t("/usr/libexec/x", "com.apple.syspolicy.exec", "x"),
            Some("gatekeeper")
        );
        assert_eq!(t("/Library/Apple/System/Library/CoreServices/XProtect.app/Contents/MacOS/XprotectRemediatorAdload", "", "x"), Some("xprotect"));
        assert_eq!(
            t("/usr/libexec/x", "com.apple.xprotect", "x"),
            Some("xprotect")
        );
        assert_eq!(t("/System/Library/PrivateFrameworks/BackgroundTaskManagement.framework/Resources/backgroundtaskmanagementd", "", "x"), Some("persistence"));
        assert_eq!(
            t("/sbin/launchd", "", "Bootstrapping service"),
            Some("persistence")
        );
        assert_eq!(
            t("/usr/libexec/sysextd", "", "activating"),
            Some("persistence")
        );
        assert_eq!(
            t("/usr/sbin/diskarbitrationd", "", "mounted disk4s1"),
            Some("volumes")
        );
        assert_eq!(t("/kernel", "", "USB device attached"), Some("volumes"));
        assert_eq!(t("/kernel", "", "apfs_vfsop_mount:2000"), Some("volumes"));
        assert_eq!(t("/usr/libexec/installd", "", "x"), Some("install"));
        assert_eq!(t("/System/Library/PrivateFrameworks/SoftwareUpdate.framework/Resources/softwareupdated", "", "x"), Some("install"));
    }

    #[test]
    fn what_may_be_selected_is_known_before_the_message() {
        // Every process and subsystem a rule names may be selected...
        for r in RULES {
            for p in r.processes {
                assert!(may_select(&format!("/usr/libexec/{p}"), ""), "{p}");
            }
            for p in r.process_prefixes {
                assert!(may_select(&format!("/x/{p}Adload"), ""), "{p}");
            }
            for s in r.subsystems {
                assert!(may_select("/x", s), "{s}");
                assert!(may_select("/x", &format!("{s}.sub")), "{s}");
            }
        }
        // ...even when its message then decides against it.
        assert!(may_select("/sbin/launchd", ""));
        assert_eq!(t("/sbin/launchd", "", "exited with status 0"), None);
        // The rest never is, whatever the message.
        for (p, s) in [
            ("/x", ""),
            ("", ""),
            ("/usr/libexec/lightsoutmanagementd", "com.apple.lom"),
            ("/x", "com.apple.TCCx"),
            ("/usr/bin/sudoers-helper", ""),
        ] {
            assert!(!may_select(p, s), "{p} {s}");
            assert_eq!(t(p, s, "mount usb load bootstrap"), None);
        }
    }

    #[test]
    fn the_rest_is_left_out() {
        // launchd and the kernel only when the message is about loads or
        // volumes.
        assert_eq!(t("/sbin/launchd", "", "exited with status 0"), None);
        assert_eq!(t("/kernel", "", "Sandbox: deny"), None);
        assert_eq!(
            t(
                "/usr/libexec/lightsoutmanagementd",
                "com.apple.lom",
                "LOMD Start"
            ),
            None
        );
        // A prefix is a subsystem prefix, not a string prefix.
        assert_eq!(t("/x", "com.apple.TCCx", "x"), None);
        assert_eq!(t("/x", "", "x"), None);
        // Names are exact: "su" does not select "sudoers-helper".
        assert_eq!(t("/usr/bin/sudoers-helper", "", "x"), None);
    }
}
