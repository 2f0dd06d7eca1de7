//! `shell_history`: commands typed in bash, zsh, fish and other REPLs.
//!
//! **What.** Shells save the commands a user typed, often with when they were
//! run: the first place an examiner looks for hands-on-keyboard activity.
//!
//! **Where** (in every account home):
//! - `~/.bash_history`; `~/.bash_sessions/*` (per-terminal-window history
//!   that Apple's `/etc/bashrc_Apple_Terminal` keeps, OS X 10.11+);
//! - `~/.zsh_history`; `~/.zsh_sessions/*` (the zsh equivalent, macOS 10.15+,
//!   where zsh became the default shell);
//! - `~/.local/share/fish/fish_history`;
//! - every other `~/.*_history` (python, sqlite, mysql, psql, node, irb...)
//!   and `~/.lesshst`, as one record per line.
//!
//! **Versions.** All macOS versions; the per-session directories since 10.11
//! (bash) and 10.15 (zsh).
//!
//! **Output** `parsed/shell_history.jsonl`: `shell`, `command`, `timestamp`
//! (+ `timestamp_raw`, the stored epoch seconds), `duration_s`, `line`,
//! `lossy`, `truncated`. Every file is also archived raw.
//!
//! **References.** See [`crate::formats::history`].

use std::io::BufReader;
use std::path::{Path, PathBuf};

use crate::formats::history::{self, Dialect};
use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::source::{Kind, SourceError};
use crate::kit::time;
use crate::kit::users::UserHome;
use crate::kit::{Collector, Ctx, Fatal};

pub struct ShellHistory;

const STREAM: &str = "shell_history";

/// Which dialect and shell name a history file in a home directory has.
fn classify(name: &str) -> Option<(Dialect, String)> {
    match name {
        ".bash_history" => Some((Dialect::Bash, "bash".into())),
        ".zsh_history" => Some((Dialect::Zsh, "zsh".into())),
        ".lesshst" => Some((Dialect::Lines, "less".into())),
        _ => {
            let shell = name.strip_prefix('.')?.strip_suffix("_history")?;
            if shell.is_empty() {
                return None;
            }
            Some((Dialect::Lines, shell.trim_start_matches('.').to_string()))
        }
    }
}

impl ShellHistory {
    /// Every history file of one home, with how to read it.
    fn files(&self, ctx: &mut Ctx<'_>, user: &UserHome) -> Vec<(PathBuf, Dialect, String)> {
        let src = ctx.source();
        let mut out = Vec::new();
        match src.read_dir(&user.home) {
            Ok(entries) => {
                for e in entries {
                    let Some((dialect, shell)) = classify(&e.name.to_string_lossy()) else {
                        continue;
                    };
                    if e.kind == Kind::Dir {
                        ctx.error(&e.path, "a directory, not a history file; not read");
                        continue;
                    }
                    out.push((e.path, dialect, shell));
                }
            }
            Err(e) if e.is_not_found() => return out,
            Err(e) => {
                ctx.source_error(&user.home, "cannot list home directory", &e);
                return out;
            }
        }
        for (dir, dialect, shell) in [
            (".bash_sessions", Dialect::Bash, "bash"),
            (".zsh_sessions", Dialect::Zsh, "zsh"),
        ] {
            let dir = user.home.join(dir);
            match src.read_dir(&dir) {
                Ok(entries) => {
                    for e in entries {
                        if e.kind == Kind::Dir {
                            ctx.error(
                                &e.path,
                                "a directory inside a session history directory; not searched",
                            );
                            continue;
                        }
                        let name = e.name.to_string_lossy();
                        if name.contains(".history") {
                            out.push((e.path, dialect, shell.to_string()));
                        } else {
                            // Session-restore scripts: kept raw, not parsed.
                            ctx.archive(&e.path);
                        }
                    }
                }
                Err(e) if e.is_not_found() => {}
                // Recorded as a link, never followed.
                Err(SourceError::Symlink { ref which, .. }) if *which == dir => {
                    ctx.archive(&dir);
                }
                Err(e) => ctx.source_error(&dir, "cannot list directory", &e),
            }
        }
        let fish = user.home.join(".local/share/fish/fish_history");
        out.push((fish, Dialect::Fish, "fish".into()));
        out
    }

    fn parse_file(
        &self,
        ctx: &mut Ctx<'_>,
        user: &UserHome,
        target: &Path,
        dialect: Dialect,
        shell: &str,
    ) {
        let Some(acq) = ctx.acquire(target) else {
            return;
        };
        let file = match acq.open() {
            Ok(f) => f,
            Err(e) => {
                ctx.error(target, format!("cannot read the staged copy: {e}"));
                return;
            }
        };
        let mut entries = 0u64;
        let result = history::parse(dialect, BufReader::with_capacity(64 * 1024, file), |e| {
            entries += 1;
            let rec = ctx
                .record(target, Some(&user.name))
                .set("shell", shell)
                .set("command", e.command);
            let rec = match e.time {
                Some(raw) => rec.time(e.time.and_then(time::from_unix_secs), raw),
                None => rec.time(None, serde_json::Value::Null),
            };
            let rec = rec
                .set("duration_s", e.duration)
                .set("line", e.line)
                .set("lossy", e.lossy)
                .set("truncated", e.truncated);
            ctx.emit(STREAM, rec);
        });
        let stats = match result {
            Ok(s) => Some(s),
            Err(e) => {
                ctx.error(target, format!("read error after {entries} entries: {e}"));
                None
            }
        };
        if let Some(s) = stats {
            if s.nul_lines > 0 {
                ctx.error(
                    target,
                    format!(
                        "{} of {} lines contain NUL bytes: binary data, not shell history (kept lossily)",
                        s.nul_lines, s.lines
                    ),
                );
            } else if s.lossy_entries > 0 {
                ctx.error(
                    target,
                    format!(
                        "{} of {} entries are not valid UTF-8 (kept with replacement characters, \"lossy\": true)",
                        s.lossy_entries, s.entries
                    ),
                );
            }
            if s.truncated_entries > 0 {
                ctx.error(
                    target,
                    format!(
                        "{} over-long entries were cut (\"truncated\": true)",
                        s.truncated_entries
                    ),
                );
            }
        }
    }
}

static DESCRIPTION: Description = Description {
    name: "shell_history",
    reads: "bash/zsh/fish history and session history, other ~/.*_history files (every home)",
    outputs: &[STREAM],
    scope: Scope::AnyRoot,
    cost: Cost::Cheap,
};

impl Collector for ShellHistory {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        for user in ctx.users() {
            if ctx.should_stop() {
                break;
            }
            for (path, dialect, shell) in self.files(ctx, user) {
                if ctx.should_stop() {
                    break;
                }
                self.parse_file(ctx, user, &path, dialect, &shell);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::{testing, Status};

    #[test]
    fn classify_names() {
        assert_eq!(classify(".python_history").unwrap().1, "python");
        assert_eq!(classify(".psql_history").unwrap().1, "psql");
        assert_eq!(classify(".zsh_history").unwrap().0, Dialect::Zsh);
        assert!(classify(".history").is_none());
        assert!(classify("_history").is_none());
        assert!(classify(".bashrc").is_none());
    }

    #[test]
    fn collects_every_user_and_kind() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        std::fs::create_dir_all(r.join("Users/a/.zsh_sessions")).unwrap();
        std::fs::create_dir_all(r.join("Users/b/.bash_sessions")).unwrap();
        std::fs::create_dir_all(r.join("private/var/root")).unwrap();
        std::fs::write(r.join("Users/a/.zsh_history"), b": 1700000000:2;ls\n").unwrap();
        std::fs::write(
            r.join("Users/a/.zsh_sessions/X.historynew"),
            b": 1700000100:0;pwd\n",
        )
        .unwrap();
        std::fs::write(r.join("Users/a/.zsh_sessions/X.session"), b"echo restore\n").unwrap();
        std::fs::write(r.join("Users/b/.bash_history"), b"#1600000000\nwhoami\n").unwrap();
        std::fs::write(r.join("Users/b/.bash_sessions/Y.history"), b"id\n").unwrap();
        std::fs::write(
            r.join("Users/b/.python_history"),
            b"import os\nos.getcwd()\n",
        )
        .unwrap();
        std::fs::write(r.join("private/var/root/.sh_history"), b"reboot\n").unwrap();

        let (report, sink) = testing::run_on(r, &ShellHistory);
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        let recs = sink.records(STREAM);
        let got: Vec<(String, String, String, serde_json::Value)> = recs
            .iter()
            .map(|r| {
                (
                    r["user"].as_str().unwrap().to_string(),
                    r["shell"].as_str().unwrap().to_string(),
                    r["command"].as_str().unwrap().to_string(),
                    r["timestamp"].clone(),
                )
            })
            .collect();
        let j = |s: &str| serde_json::Value::String(s.into());
        let n = serde_json::Value::Null;
        assert_eq!(
            got,
            vec![
                (
                    "a".into(),
                    "zsh".into(),
                    "ls".into(),
                    j("2023-11-14T22:13:20Z")
                ),
                (
                    "a".into(),
                    "zsh".into(),
                    "pwd".into(),
                    j("2023-11-14T22:15:00Z")
                ),
                (
                    "b".into(),
                    "bash".into(),
                    "whoami".into(),
                    j("2020-09-13T12:26:40Z")
                ),
                ("b".into(), "python".into(), "import os".into(), n.clone()),
                ("b".into(), "python".into(), "os.getcwd()".into(), n.clone()),
                ("b".into(), "bash".into(), "id".into(), n.clone()),
                ("root".into(), "sh".into(), "reboot".into(), n),
            ]
        );
        assert_eq!(recs[0]["duration_s"], 2);
        assert_eq!(recs[0]["timestamp_raw"], 1_700_000_000);
        assert_eq!(report.records, 7);
        // Every source file, the session script included, is archived.
        assert_eq!(report.files, 7);
        assert!(sink
            .members()
            .contains(&"[root]/Users/a/.zsh_sessions/X.session".to_string()));
    }

    #[test]
    fn broken_files_are_errors_but_do_not_stop() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        std::fs::create_dir_all(r.join("Users/a")).unwrap();
        std::fs::write(r.join("Users/a/.bash_history"), b"ok\n\xff\xfebad\n").unwrap();
        std::fs::write(r.join("Users/a/.zsh_history"), b"\x00\x01\x02garbage").unwrap();
        std::os::unix::fs::symlink("/etc/master.passwd", r.join("Users/a/.mysql_history")).unwrap();
        let (report, sink) = testing::run_on(r, &ShellHistory);
        assert_eq!(report.status, Status::Partial);
        assert_eq!(report.errors.len(), 2, "{:?}", report.errors);
        assert!(report.errors[0].message.contains("not valid UTF-8"));
        assert!(report.errors[1].message.contains("NUL"));
        let recs = sink.records(STREAM);
        assert_eq!(recs.len(), 3);
        assert_eq!(recs[1]["command"], "\u{fffd}\u{fffd}bad");
        assert_eq!(recs[1]["lossy"], true);
        // The symlink is recorded as a link, never read.
        let items = sink.items.lock().unwrap();
        let link = items
            .iter()
            .find(|i| i.0.ends_with(".mysql_history"))
            .unwrap();
        assert_eq!(link.3.as_deref(), Some(Path::new("/etc/master.passwd")));
    }

    /// The records of the bundled fixture, as a reviewed snapshot.
    #[test]
    fn snapshot_of_the_bundled_fixture() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/mac-basic");
        let (report, sink) = testing::run_on(&root, &ShellHistory);
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        insta::assert_json_snapshot!(sink.records(STREAM));
    }
}
