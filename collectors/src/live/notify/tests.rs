use super::*;

const HOSTILE: &[&str] = &[
    r#"" & do shell script "rm -rf ~" & ""#,
    r#""; do shell script "rm -rf ~""#,
    "$(id) `id` ${HOME} ; | && > /tmp/x",
    "back\\slash \\\" quote' single",
    "line one\nline two\r\n\ttab",
    "このMacは調査中です。電源を切らないでください。",
    "-e",
    "--",
    "end run",
    "",
];

/// The fixed part of the osascript arguments.
fn script(timeout: Option<u32>) -> Vec<String> {
    let dialog = match timeout {
        Some(t) => format!(
            "display dialog (item (n - 1) of argv) with title (item n of argv) buttons {{\"OK\"}} default button \"OK\" giving up after {t}"
        ),
        None => "display dialog (item (n - 1) of argv) with title (item n of argv) buttons {\"OK\"} default button \"OK\"".to_string(),
    };
    vec![
        "-e".into(),
        "on run argv".into(),
        "-e".into(),
        "set n to count of argv".into(),
        "-e".into(),
        dialog,
        "-e".into(),
        "end run".into(),
        "--".into(),
    ]
}

#[test]
fn as_root_the_dialog_runs_as_the_console_user_in_their_session() {
    let cmd = build_notify_command(
        Some(501),
        true,
        "Security",
        "Please keep this Mac on.",
        Some(120),
    )
    .unwrap();
    let mut expect: Vec<String> = [
        "/bin/launchctl",
        "asuser",
        "501",
        "/usr/bin/sudo",
        "-u",
        "#501",
        "--",
        "/usr/bin/osascript",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    expect.extend(script(Some(120)));
    expect.push("Please keep this Mac on.".into());
    expect.push("Security".into());
    assert_eq!(cmd.argv(), expect);
}

#[test]
fn not_root_runs_osascript_directly_and_without_timeout() {
    let cmd = build_notify_command(Some(501), false, "T", "M", None).unwrap();
    let mut expect = vec!["/usr/bin/osascript".to_string()];
    expect.extend(script(None));
    expect.extend(["M".to_string(), "T".to_string()]);
    assert_eq!(cmd.argv(), expect);
    // A zero timeout means "until clicked", not "gone at once".
    assert_eq!(
        build_notify_command(Some(501), false, "T", "M", Some(0)).unwrap(),
        cmd
    );
}

#[test]
fn hostile_text_is_only_ever_a_whole_argument_after_the_script() {
    for (i, &message) in HOSTILE.iter().enumerate() {
        let title = HOSTILE[(i + 3) % HOSTILE.len()];
        for root in [true, false] {
            let cmd = build_notify_command(Some(501), root, title, message, Some(30)).unwrap();
            let argv = cmd.argv();
            // Exactly the two last elements, byte for byte.
            assert_eq!(argv[argv.len() - 2], message);
            assert_eq!(argv[argv.len() - 1], title);
            // Everything before them is the same as for harmless text.
            let plain = build_notify_command(Some(501), root, "t", "m", Some(30))
                .unwrap()
                .argv();
            assert_eq!(
                argv[..argv.len() - 2],
                plain[..plain.len() - 2],
                "{message:?}"
            );
            // And the separator sits right before them.
            assert_eq!(argv[argv.len() - 3], "--");
            // No shell is involved anywhere.
            assert!(!argv.iter().any(|a| a == "/bin/sh"
                || a == "-c"
                || a.contains("do shell script") && a != message && a != title));
            // The OsString arguments are the exact bytes (no lossy step).
            assert_eq!(cmd.args[cmd.args.len() - 2], OsString::from(message));
        }
    }
}

#[test]
fn nobody_logged_in_and_bad_text_are_errors() {
    assert_eq!(
        build_notify_command(None, true, "t", "m", None),
        Err(NotifyError::NoConsoleUser)
    );
    assert_eq!(
        build_notify_command(Some(0), true, "t", "m", None),
        Err(NotifyError::NoConsoleUser)
    );
    assert!(matches!(
        build_notify_command(Some(501), true, "t", "a\0b", None),
        Err(NotifyError::InvalidInput(_))
    ));
    let long = "あ".repeat(MAX_TEXT + 1);
    assert!(matches!(
        build_notify_command(Some(501), true, &long, "m", None),
        Err(NotifyError::InvalidInput(_))
    ));
    assert!(build_notify_command(Some(501), true, "t", &"あ".repeat(MAX_TEXT), None).is_ok());
    assert_eq!(NotifyError::NoConsoleUser.exit_code(), 2);
}

#[test]
fn console_owner_decides_who_is_logged_in() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("console");
    std::fs::write(&f, b"").unwrap();
    let me = nix::unistd::getuid().as_raw();
    let r = console_user_at(&f);
    if me == 0 {
        assert_eq!(r, Err(NotifyError::NoConsoleUser));
    } else {
        assert_eq!(r.unwrap().0, me);
    }
    assert!(matches!(
        console_user_at(&d.path().join("missing")),
        Err(NotifyError::Unsupported(_))
    ));
}

#[cfg(not(target_os = "macos"))]
#[test]
fn without_osascript_notify_says_unsupported() {
    if Path::new(OSASCRIPT).exists() {
        return;
    }
    match notify("t", "m", Some(1)) {
        Err(NotifyError::Unsupported(m)) => assert!(m.contains("osascript not found"), "{m}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_command_is_detached_from_our_stdio() {
    let cmd = build_notify_command(Some(501), false, "t", "m", None).unwrap();
    let c = cmd.to_command();
    assert_eq!(c.get_program(), OSASCRIPT);
    assert_eq!(c.get_args().count(), cmd.args.len());
}

#[test]
fn hostile_text_survives_a_real_exec_byte_for_byte() {
    // Run the built arguments through a real exec and echo them back,
    // NUL-separated, to show that nothing re-splits or re-quotes them.
    let message = HOSTILE.join("|");
    let title = "タイトル \"$(id)\"";
    let cmd = build_notify_command(Some(501), true, title, &message, Some(5)).unwrap();
    let out = Command::new("/bin/sh")
        .arg("-c")
        .arg(r#"for a do printf '%s\0' "$a"; done"#)
        .arg("sh")
        .args(&cmd.args)
        .output()
        .unwrap();
    let got: Vec<&[u8]> = out.stdout.split(|&b| b == 0).collect();
    let want: Vec<Vec<u8>> = cmd.argv()[1..]
        .iter()
        .map(|s| s.as_bytes().to_vec())
        .collect();
    assert_eq!(got.len(), want.len() + 1);
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(*g, &w[..]);
    }
    assert_eq!(got[want.len() - 2], message.as_bytes());
    assert_eq!(got[want.len() - 1], title.as_bytes());
}
