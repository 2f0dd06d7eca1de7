//! `notify`: show a dialog to the user logged in at the Mac's console
//! ("this Mac is being investigated; please leave it on").
//!
//! The dialog is `display dialog` from `/usr/bin/osascript`. The title and
//! message are untrusted text (typed by a responder, possibly pasted), so
//! they never become part of any script or shell line: the AppleScript
//! source is a constant that reads them from its `run` handler's argument
//! list, and they are passed as whole `argv` elements after `--`, with no
//! shell anywhere:
//!
//! ```text
//! /bin/launchctl asuser <uid> /usr/bin/sudo -u #<uid> -- \
//!     /usr/bin/osascript -e 'on run argv' -e <display dialog ...> -e 'end run' \
//!     -- <message> <title>
//! ```
//!
//! As root (Live Response runs as root), `launchctl asuser` puts the dialog
//! in the console user's GUI session, and `sudo -u` drops root so that the
//! process showing the text runs as that user. Not as root, `osascript` runs
//! directly (it can only reach the caller's own session).
//!
//! [`notify`] starts the dialog and returns without waiting for the click:
//! a Live Response `run` must not hang on a user.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The AppleScript runner.
pub const OSASCRIPT: &str = "/usr/bin/osascript";
/// Runs a command in another user's bootstrap (GUI) namespace.
pub const LAUNCHCTL: &str = "/bin/launchctl";
/// Drops root to the console user.
pub const SUDO: &str = "/usr/bin/sudo";

/// Longest title or message accepted, in characters.
pub const MAX_TEXT: usize = 4000;

/// The script, one `-e` line each. It takes the message and the title as
/// the last two arguments, so it works whether or not `osascript` keeps the
/// `--` that ends its options. `{timeout}` is the only substitution, and it
/// is a formatted integer.
const SCRIPT_HEAD: &str = "on run argv";
const SCRIPT_BODY: &str = "set n to count of argv";
const SCRIPT_DIALOG: &str = "display dialog (item (n - 1) of argv) with title (item n of argv) \
                             buttons {\"OK\"} default button \"OK\"";
const SCRIPT_TAIL: &str = "end run";

/// Why no dialog was shown.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum NotifyError {
    /// This system cannot show the dialog (no osascript: not a Mac).
    #[error("{0}")]
    Unsupported(String),
    /// Nobody is logged in at the console (login window, or no GUI).
    #[error("no user is logged in at the console; nobody would see the dialog")]
    NoConsoleUser,
    /// The title or message cannot be passed on.
    #[error("invalid text: {0}")]
    InvalidInput(String),
    /// The dialog process could not be started, or failed at once.
    #[error("cannot show the dialog: {0}")]
    Failed(String),
}

impl NotifyError {
    /// The exit status the binary reports: 2 for every failure to notify.
    pub fn exit_code(&self) -> i32 {
        2
    }
}

/// A command to run without a shell: a program and its exact arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotifyCommand {
    pub program: PathBuf,
    pub args: Vec<OsString>,
}

impl NotifyCommand {
    /// Program and arguments as one list (for display and tests).
    pub fn argv(&self) -> Vec<String> {
        std::iter::once(self.program.to_string_lossy().into_owned())
            .chain(self.args.iter().map(|a| a.to_string_lossy().into_owned()))
            .collect()
    }

    /// A [`Command`] with no inherited stdin/stdout/stderr, in its own
    /// process group (a signal to the caller's group does not reach it).
    pub fn to_command(&self) -> Command {
        use std::os::unix::process::CommandExt;
        let mut c = Command::new(&self.program);
        c.args(&self.args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0);
        c
    }
}

fn check_text(what: &str, s: &str) -> Result<(), NotifyError> {
    if s.contains('\0') {
        return Err(NotifyError::InvalidInput(format!(
            "the {what} contains a NUL character"
        )));
    }
    let n = s.chars().count();
    if n > MAX_TEXT {
        return Err(NotifyError::InvalidInput(format!(
            "the {what} is {n} characters long; at most {MAX_TEXT}"
        )));
    }
    Ok(())
}

/// Build the command that shows the dialog to the console user.
///
/// `console_uid`: the uid owning `/dev/console` (`None` or 0: nobody logged
/// in). `running_as_root`: whether the caller is root (then the dialog goes
/// through `launchctl asuser` and `sudo -u`). `timeout_s`: close the dialog
/// by itself after that many seconds (`None` or 0: stays until clicked).
pub fn build_notify_command(
    console_uid: Option<u32>,
    running_as_root: bool,
    title: &str,
    message: &str,
    timeout_s: Option<u32>,
) -> Result<NotifyCommand, NotifyError> {
    let uid = match console_uid {
        Some(u) if u != 0 => u,
        _ => return Err(NotifyError::NoConsoleUser),
    };
    check_text("title", title)?;
    check_text("message", message)?;
    let dialog = match timeout_s {
        Some(t) if t > 0 => format!("{SCRIPT_DIALOG} giving up after {t}"),
        _ => SCRIPT_DIALOG.to_string(),
    };
    let mut osa: Vec<OsString> = Vec::new();
    for line in [SCRIPT_HEAD, SCRIPT_BODY, &dialog, SCRIPT_TAIL] {
        osa.push("-e".into());
        osa.push(line.into());
    }
    osa.push("--".into());
    osa.push(message.into());
    osa.push(title.into());
    if !running_as_root {
        return Ok(NotifyCommand {
            program: OSASCRIPT.into(),
            args: osa,
        });
    }
    let mut args: Vec<OsString> = vec![
        "asuser".into(),
        uid.to_string().into(),
        SUDO.into(),
        "-u".into(),
        format!("#{uid}").into(),
        "--".into(),
        OSASCRIPT.into(),
    ];
    args.extend(osa);
    Ok(NotifyCommand {
        program: LAUNCHCTL.into(),
        args,
    })
}

/// The user logged in at the console: the owner of `/dev/console`, with
/// its name. Root (the login window) or `_mbsetupuser` (Setup Assistant)
/// means nobody is.
pub fn console_user() -> Result<(u32, String), NotifyError> {
    console_user_at(Path::new("/dev/console"))
}

fn console_user_at(path: &Path) -> Result<(u32, String), NotifyError> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path)
        .map_err(|e| NotifyError::Unsupported(format!("cannot stat {}: {e}", path.display())))?;
    let uid = meta.uid();
    if uid == 0 {
        return Err(NotifyError::NoConsoleUser);
    }
    let name = nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid))
        .ok()
        .flatten()
        .map(|u| u.name)
        .unwrap_or_else(|| uid.to_string());
    if name == "loginwindow" || name == "_mbsetupuser" {
        return Err(NotifyError::NoConsoleUser);
    }
    Ok((uid, name))
}

/// A dialog that was started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notified {
    /// The process showing it (it exits when the user clicks or it times out).
    pub pid: u32,
    pub console_uid: u32,
    pub console_user: String,
    /// The command that was run.
    pub argv: Vec<String>,
}

/// Show a dialog to the console user and return once it is up, without
/// waiting for the click. Fails if the dialog process exits with an error
/// within its first second (no GUI session, osascript refused).
pub fn notify(title: &str, message: &str, timeout_s: Option<u32>) -> Result<Notified, NotifyError> {
    if !Path::new(OSASCRIPT).is_file() {
        return Err(NotifyError::Unsupported(format!(
            "osascript not found at {OSASCRIPT}: dialogs can only be shown on macOS"
        )));
    }
    let (uid, name) = console_user()?;
    let root = nix::unistd::geteuid().is_root();
    let cmd = build_notify_command(Some(uid), root, title, message, timeout_s)?;
    let mut child = cmd
        .to_command()
        .spawn()
        .map_err(|e| NotifyError::Failed(format!("{}: {e}", cmd.program.display())))?;
    let pid = child.id();
    let deadline = Instant::now() + Duration::from_secs(1);
    while Instant::now() < deadline {
        match child.try_wait() {
            Ok(Some(status)) if !status.success() => {
                return Err(NotifyError::Failed(format!(
                    "the dialog process exited at once ({status})"
                )));
            }
            Ok(Some(_)) => break,
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => return Err(NotifyError::Failed(e.to_string())),
        }
    }
    // Not waited for: when this process exits, launchd adopts and reaps it.
    Ok(Notified {
        pid,
        console_uid: uid,
        console_user: name,
        argv: cmd.argv(),
    })
}

#[cfg(test)]
mod tests;
