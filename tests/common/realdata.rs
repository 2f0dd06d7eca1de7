//! The real third-party samples in `$MACTRIAGE_REALDATA`, placed at their
//! paths on a Mac in a temporary root (never in the repository), with the
//! host and account records an analyser needs to recognise the tree as a
//! Mac: the real `SystemVersion.plist` (+ `Compat`) of macOS 14.7.4 and the
//! real account records of `users/`, plus small records written here for
//! the three accounts whose homes hold the samples.

use std::path::Path;

/// Where the local account records live.
pub const DSLOCAL_USERS: &str = "private/var/db/dslocal/nodes/Default/users";

/// The accounts whose homes hold the samples: (name, uid). Their records
/// are written here (gid 20, `staff`), and their homes are given these
/// owners when the tests run as root.
pub const SAMPLE_ACCOUNTS: &[(&str, u32)] = &[("ann", 502), ("bob", 503), ("cat", 504)];

/// What to leave out of the root.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// Every sample.
    Full,
    /// Without plaso's `applesystemlog.asl`, on which mac_apt loops forever
    /// (its last-record offset never appears in the record chain).
    ForMacApt,
}

fn place(real: &Path, root: &Path, from: &str, to: &str) {
    let dest = root.join(to);
    std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
    std::fs::copy(real.join(from), &dest).unwrap_or_else(|e| panic!("{from}: {e}"));
}

/// A dslocal account record as macOS writes it: a binary plist whose
/// values are arrays of strings.
fn account_record(name: &str, uid: u32) -> Vec<u8> {
    let mut d = plist::Dictionary::new();
    let one = |s: String| plist::Value::Array(vec![plist::Value::String(s)]);
    d.insert("name".into(), one(name.into()));
    d.insert("uid".into(), one(uid.to_string()));
    d.insert("gid".into(), one("20".into()));
    d.insert("home".into(), one(format!("/Users/{name}")));
    d.insert("realname".into(), one(format!("Sample {name}")));
    d.insert("shell".into(), one("/bin/zsh".into()));
    d.insert(
        "generateduid".into(),
        one(format!("00000000-0000-4000-8000-{uid:012}")),
    );
    let mut out = Vec::new();
    plist::to_writer_binary(&mut out, &plist::Value::Dictionary(d)).unwrap();
    out
}

const PREFERENCES: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>System</key>
	<dict>
		<key>Network</key>
		<dict>
			<key>HostNames</key>
			<dict>
				<key>LocalHostName</key>
				<string>realdata-mac</string>
			</dict>
		</dict>
		<key>System</key>
		<dict>
			<key>ComputerName</key>
			<string>Real Data Mac</string>
		</dict>
	</dict>
</dict>
</plist>
"#;

/// Build the root at `root` from the samples in `real`.
pub fn build_root(real: &Path, root: &Path, variant: Variant) {
    let chrome = "Library/Application Support/Google/Chrome";
    let ff = "Library/Application Support/Firefox/Profiles";
    let p = |r: &str, to: &str| place(real, root, r, to);

    p(
        "quarantine/quarantine.db",
        "Users/ann/Library/Preferences/com.apple.LaunchServices.QuarantineEventsV2",
    );
    for (i, f) in [
        "History",
        "History-57.0.2987.133",
        "History-58.0.3029.96",
        "History-59.0.3071.86",
        "History-59_added-fake-column",
    ]
    .iter()
    .enumerate()
    {
        p(
            &format!("chrome/plaso/{f}"),
            &format!("Users/ann/{chrome}/Profile {}/History", i + 1),
        );
    }
    for n in ["01", "10", "20", "30", "60"] {
        p(
            &format!("chrome/hindsight/{n}/History"),
            &format!("Users/bob/{chrome}/Profile {n}/History"),
        );
    }
    p(
        "chrome/edge_v141/History",
        "Users/cat/Library/Application Support/Microsoft Edge/Default/History",
    );
    p(
        "safari/plaso/History.db",
        "Users/ann/Library/Safari/History.db",
    );
    p(
        "safari/artemis/History.db",
        "Users/bob/Library/Safari/History.db",
    );
    p(
        "safari/artemis/Downloads.plist",
        "Users/bob/Library/Safari/Downloads.plist",
    );
    p(
        "firefox/plaso/places.sqlite",
        &format!("Users/ann/{ff}/a.default/places.sqlite"),
    );
    p(
        "firefox/plaso/downloads.sqlite",
        &format!("Users/ann/{ff}/a.default/downloads.sqlite"),
    );
    for (d, v) in [
        ("ff54_linux", "b.default"),
        ("ff67_linux", "c.default-release"),
    ] {
        for f in ["places.sqlite", "places.sqlite-wal"] {
            p(
                &format!("firefox/{d}/{f}"),
                &format!("Users/cat/{ff}/{v}/{f}"),
            );
        }
    }
    if variant == Variant::Full {
        p(
            "asl/applesystemlog.asl",
            "private/var/log/asl/2013.11.25.U205.asl",
        );
    }
    p(
        "asl/2019.09.26.asl",
        "private/var/log/powermanagement/2019.09.26.asl",
    );
    p(
        "sfl/com.apple.LSSharedFileList.GlobalLoginItems.sfl2",
        "Users/ann/Library/Application Support/com.apple.sharedfilelist/com.apple.LSSharedFileList.GlobalLoginItems.sfl2",
    );
    p(
        "sfl/com.apple.LSSharedFileList.FavoriteVolumes.sfl4",
        "Users/cat/Library/Application Support/com.apple.sharedfilelist/com.apple.LSSharedFileList.FavoriteVolumes.sfl4",
    );
    p(
        "finder/com.apple.finder.plist",
        "Users/cat/Library/Preferences/com.apple.finder.plist",
    );
    p("loginhistory/plaso_utmpx_mac", "private/var/run/utmpx");
    p(
        "tcc/plaso_TCC-test.db",
        "Users/ann/Library/Application Support/com.apple.TCC/TCC.db",
    );
    p(
        "knowledgec/plaso_knowledgec-10.13.db",
        "private/var/db/CoreDuet/Knowledge/knowledgeC.db",
    );
    // Persistence: launchd jobs, hooks, login items, emond, BTM stores,
    // system extensions, and Mach-O programs for them to start.
    for (from, to) in [
        ("persistence/osquery_test_launchd.plist", "System/Library/LaunchDaemons/com.apple.mDNSResponder.plist"),
        ("persistence/plaso_launchd.plist", "Library/LaunchDaemons/com.foobar.test.plist"),
        ("persistence/plaso_launchd.minimal.plist", "Library/LaunchAgents/foo.plist"),
        ("persistence/plaso_StartupParameters.plist", "Library/StartupItems/Awesome/StartupParameters.plist"),
        ("persistence/plaso_loginwindow.plist", "Library/Preferences/com.apple.loginwindow.plist"),
        ("persistence/plaso_com.apple.loginitems.plist", "Users/bob/Library/Preferences/com.apple.loginitems.plist"),
        ("persistence/artemis_loginitems.501.plist", "private/var/db/com.apple.xpc.launchd/loginitems.501.plist"),
        ("persistence/emond/artemis_SampleRules.plist", "private/etc/emond.d/rules/SampleRules.plist"),
        ("persistence/emond/artemis_test123.plist", "private/etc/emond.d/rules/test123.plist"),
        ("persistence/systemextensions/osquery_db.plist", "Library/SystemExtensions/db.plist"),
        ("persistence/apple_oss/crontab.default", "private/etc/crontab"),
        ("btm/BackgroundItems-v13.btm", "private/var/db/com.apple.backgroundtaskmanagement/BackgroundItems-v13.btm"),
        ("btm/backgrounditemsPoisonApple.btm", "Users/cat/Library/Application Support/com.apple.backgroundtaskmanagementagent/backgrounditems.btm"),
        ("macho/apple_ls_universal", "usr/sbin/mDNSResponder"),
        ("macho/appledev_google_x86_64", "Test"),
        ("macho/devid_objective-see_filemonitor.superblob", "Library/PrivilegedHelperTools/com.example.blob"),
        ("macho/unsigned_fat_i386_x86_64.dylib", "Library/PrivilegedHelperTools/com.example.dylib"),
    ] {
        p(from, to);
    }
    // FSEvents stores: the files whose record counts upstream tests assert.
    for (f, to) in [
        (
            "plaso_fsevents-0000000002d89b58",
            ".fseventsd/0000000002d89b58",
        ),
        (
            "plaso_fsevents-00000000001a0b79",
            ".fseventsd/00000000001a0b79",
        ),
        (
            "artemis_DLS1_0000000000027d7a",
            ".fseventsd/0000000000027d7a",
        ),
        (
            "artemis_DLS2_0000000000027d79",
            "System/Volumes/Data/.fseventsd/0000000000027d79",
        ),
        (
            "artemis_Uncompressed_0000000000027d79",
            "Volumes/Raw/.fseventsd/0000000000027d79",
        ),
    ] {
        p(&format!("fsevents/{f}"), to);
    }
    p("shell/bash_history", "Users/ann/.bash_history");
    p("shell/bash_history_desync", "Users/bob/.bash_history");
    p("shell/zsh_extended_history.txt", "Users/cat/.zsh_history");
    // XProtect 2158 at its 10.15+ location; Wi-Fi networks in the layout
    // up to macOS 12 (plaso's 4) and in the macOS 13+ file (1 network).
    for f in ["XProtect.meta.plist", "XProtect.plist", "XProtect.yara"] {
        p(
            &format!("xprotect/knightsc_{f}"),
            &format!(
                "Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Resources/{f}"
            ),
        );
    }
    p(
        "wifi/plaso_com.apple.airport.preferences.plist",
        "Library/Preferences/SystemConfiguration/com.apple.airport.preferences.plist",
    );
    p(
        "wifi/plaso_ios_com.apple.wifi.known-networks.plist",
        "Library/Preferences/com.apple.wifi.known-networks.plist",
    );

    // The host: macOS 14.7.4 (23H420), its compat file saying 10.16.
    p(
        "sysinfo/rustlang_SystemVersion_14.7.4_23H420.plist",
        "System/Library/CoreServices/SystemVersion.plist",
    );
    p(
        "sysinfo/rustlang_SystemVersionCompat_14.7.4_23H420.plist",
        "System/Library/CoreServices/SystemVersionCompat.plist",
    );
    let prefs = root.join("Library/Preferences/SystemConfiguration/preferences.plist");
    std::fs::create_dir_all(prefs.parent().unwrap()).unwrap();
    std::fs::write(prefs, PREFERENCES).unwrap();

    // The accounts: two real records (`user`, uid 501, home /Users/user,
    // absent here; `nobody`, uid -2, home /var/empty) and one written here
    // for each home holding samples.
    p(
        "users/plaso_user.plist",
        &format!("{DSLOCAL_USERS}/user.plist"),
    );
    p(
        "users/artemis_nobody.plist",
        &format!("{DSLOCAL_USERS}/nobody.plist"),
    );
    let as_root = nix::unistd::geteuid().is_root();
    for (name, uid) in SAMPLE_ACCOUNTS {
        std::fs::write(
            root.join(DSLOCAL_USERS).join(format!("{name}.plist")),
            account_record(name, *uid),
        )
        .unwrap();
        if as_root {
            std::os::unix::fs::chown(root.join("Users").join(name), Some(*uid), Some(20)).unwrap();
        }
    }
}
