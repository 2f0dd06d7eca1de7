//! External volume activity: every trace that a removable, external,
//! network or disk-image volume was used, merged by volume name.
//!
//! Two kinds of trace:
//! - **mentions**, in any stream: a path under `/Volumes/<name>` in any
//!   text field (a shell command such as `cp Desktop/leak.txt
//!   /Volumes/TEST-USB/`, a process's command line, a download's target, a
//!   recent document, an FSEvents path, a log message...);
//! - **structured** ones, from the streams with [`Role::Volume`]:
//!   `recent_items` volume records (`volume_name`, `volume_path`,
//!   `volume_is_*`, `bookmark_volume_flags`, Finder's
//!   `FXDesktopVolumePositions`, network servers' URLs) and `fsevents`
//!   (`volume`, `volume_kind`, `volume_removable`, `volume_local`,
//!   `flag_names` with `Mount`/`Unmount`).
//!
//! Network shares named by URL (`smb://host/share`) are merged under the
//! share's name, which is also its mount point's (`/Volumes/share`).
//!
//! [`Role::Volume`]: crate::streams::Role::Volume

use serde_json::{Map, Value};

/// Words in a shell command after which `/Volumes/` starts a path.
fn boundary(c: char) -> bool {
    c.is_whitespace() || "'\"=:,;|&(<>`".contains(c)
}

/// Every volume a text names under `/Volumes/`, with the rest of the path
/// after the volume (may be empty). In a text that starts with
/// `/Volumes/` (a path field) the name runs to the next `/`; inside a
/// longer text (a command) it also ends at white space or a quote, a
/// backslash escaping the next character (`My\ Passport`), and a name that
/// follows a quote runs to the matching quote.
pub fn mentions(text: &str) -> Vec<(String, String)> {
    const KEY: &str = "/Volumes/";
    let mut out = Vec::new();
    let whole_path = text.starts_with(KEY);
    let mut from = 0;
    while let Some(rel) = text.get(from..).and_then(|t| t.find(KEY)) {
        let at = from + rel;
        from = at + KEY.len();
        let before = text.get(..at).unwrap_or("");
        let quote = before.chars().last().filter(|c| *c == '"' || *c == '\'');
        let ok =
            at == 0 || before.ends_with("file://") || before.chars().last().is_some_and(boundary);
        if !ok {
            continue;
        }
        let rest_all = text.get(from..).unwrap_or("");
        let (name, rest) = if whole_path && at == 0 {
            match rest_all.split_once('/') {
                Some((n, r)) => (n.to_string(), r.to_string()),
                None => (rest_all.to_string(), String::new()),
            }
        } else {
            split_word(rest_all, quote)
        };
        let name = name.trim_end().to_string();
        if !name.is_empty() && name != "." && name != ".." {
            out.push((name, rest));
        }
    }
    out
}

/// Whether a record's JSON line may name a volume that [`mentions`] would
/// find in one of its strings: some `/Volumes/` starts the line or a
/// string, follows a boundary, an escape, a non-ASCII character or
/// `file://`. A `/Volumes/` after a name character (`/System/Volumes/Data`,
/// the data volume every FSEvents record of a modern Mac names) cannot be a
/// mention, so the line need not be parsed for it. Errs on the side of
/// `true`: an escape before it may decode to white space.
pub fn may_mention(line: &[u8]) -> bool {
    const KEY: &[u8] = b"/Volumes/";
    memchr::memmem::find_iter(line, KEY).any(|at| {
        let before = line.get(..at).unwrap_or_default();
        let Some(&prev) = before.last() else {
            return true;
        };
        // `\t`, `\n`... or `\u000b` just before: may be white space.
        let back = |n: usize| before.iter().rev().nth(n).copied();
        let escaped = back(1) == Some(b'\\') || (back(5) == Some(b'\\') && back(4) == Some(b'u'));
        !prev.is_ascii() || boundary(char::from(prev)) || escaped || before.ends_with(b"file://")
    })
}

/// A volume name and the rest of its path, from a command line.
fn split_word(s: &str, quote: Option<char>) -> (String, String) {
    let mut name = String::new();
    let mut rest = String::new();
    let mut in_name = true;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        let end = match quote {
            Some(q) => c == q,
            None => c.is_whitespace() || "'\";|&)<>`".contains(c),
        };
        if end {
            break;
        }
        if c == '\\' && quote.is_none() {
            if let Some(n) = chars.next() {
                if in_name {
                    name.push(n)
                } else {
                    rest.push(n)
                }
            }
            continue;
        }
        if in_name && c == '/' {
            in_name = false;
            continue;
        }
        if in_name {
            name.push(c)
        } else {
            rest.push(c)
        }
    }
    (name, rest)
}

/// Shell words, with quotes and backslashes as a POSIX shell reads them
/// (enough to find a copy's sources).
pub fn shell_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut w = String::new();
    let mut has = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                has = true;
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    w.push(c);
                }
            }
            '"' => {
                has = true;
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => {
                            if let Some(n) = chars.next() {
                                w.push(n)
                            }
                        }
                        c => w.push(c),
                    }
                }
            }
            '\\' => {
                has = true;
                if let Some(n) = chars.next() {
                    w.push(n)
                }
            }
            ';' | '|' | '&' => {
                if has {
                    words.push(std::mem::take(&mut w));
                    has = false;
                }
                words.push(c.to_string());
            }
            c if c.is_whitespace() => {
                if has {
                    words.push(std::mem::take(&mut w));
                    has = false;
                }
            }
            c => {
                has = true;
                w.push(c)
            }
        }
    }
    if has {
        words.push(w);
    }
    words
}

/// The files a command copies or moves to a volume: the sources of `cp`,
/// `mv`, `rsync`, `ditto`, `scp`, `install` (after `sudo`), in each simple
/// command whose destination is under `/Volumes/<volume>`.
pub fn copied_files(command: &str, volume: &str) -> Vec<String> {
    const COPY: &[&str] = &["cp", "mv", "rsync", "ditto", "scp", "install", "gcp"];
    let words = shell_words(command);
    let mut out = Vec::new();
    for simple in words.split(|w| w == ";" || w == "|" || w == "&") {
        let mut args: Vec<&str> = simple.iter().map(String::as_str).collect();
        while args
            .first()
            .is_some_and(|w| *w == "sudo" || w.contains('='))
        {
            args.remove(0);
        }
        let Some((cmd, rest)) = args.split_first() else {
            continue;
        };
        let cmd = cmd.rsplit('/').next().unwrap_or(cmd);
        if !COPY.contains(&cmd) {
            continue;
        }
        let operands: Vec<&str> = rest
            .iter()
            .copied()
            .filter(|a| !a.starts_with('-'))
            .collect();
        let Some((dest, sources)) = operands.split_last() else {
            continue;
        };
        let on_volume = mentions(dest).iter().any(|(n, _)| n == volume);
        if on_volume {
            out.extend(sources.iter().map(|s| s.to_string()));
        }
    }
    out
}

/// A network share named by a URL: (share, scheme).
pub fn network_share(url: &str) -> Option<(String, String)> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if ![
        "smb", "afp", "nfs", "cifs", "webdav", "webdavs", "ftp", "ftps", "vnc",
    ]
    .contains(&scheme.as_str())
    {
        return None;
    }
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.rsplit('@').next().unwrap_or(host);
    let share = path
        .split('/')
        .rfind(|s| !s.is_empty())
        .map(percent_decode)
        .unwrap_or_else(|| percent_decode(host));
    if share.is_empty() {
        return None;
    }
    Some((share, scheme))
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c == b'%' {
            let hex = b
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(v) = hex {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What a structured record says about a volume: (name, tags, what).
pub struct Structured {
    pub name: String,
    pub tags: Vec<&'static str>,
    pub what: String,
}

fn flag(rec: &Map<String, Value>, k: &str) -> Option<bool> {
    rec.get(k).and_then(Value::as_bool)
}

/// The volume a `recent_items` record names, if any, and its kind.
pub fn recent_item(rec: &Map<String, Value>) -> Vec<Structured> {
    let s = |k: &str| rec.get(k).and_then(Value::as_str);
    let list = s("list").unwrap_or("");
    let mut out = Vec::new();
    // A network server or share.
    if let Some((share, scheme)) = s("url").and_then(network_share) {
        out.push(Structured {
            name: share,
            tags: vec!["network"],
            what: format!("{list}: {scheme} server"),
        });
    }
    let volume_path = s("volume_path");
    let mut name = None;
    if let Some(p) = volume_path {
        if p == "/" {
            return out; // the startup volume
        }
        if let Some((n, _)) = mentions(p).into_iter().next() {
            name = Some(n);
        }
    }
    let is_volume = flag(rec, "is_volume") == Some(true);
    if name.is_none() && (is_volume || list == "FXDesktopVolumePositions") {
        name = s("volume_name").or(s("name")).map(str::to_string);
    }
    if name.is_none() {
        if let Some(vn) = s("volume_name") {
            // A bookmark's volume, when its path is under /Volumes.
            if s("path").is_some_and(|p| p.starts_with("/Volumes/")) {
                name = Some(vn.to_string());
            }
        }
    }
    let Some(name) = name else {
        return out;
    };
    if flag(rec, "volume_is_root_file_system") == Some(true) {
        return out;
    }
    let mut tags = Vec::new();
    let bm = rec.get("bookmark_volume_flags").and_then(Value::as_object);
    let bflag = |k: &str| bm.and_then(|m| m.get(k)).and_then(Value::as_bool);
    if flag(rec, "volume_is_removable") == Some(true) || bflag("removable") == Some(true) {
        tags.push("removable");
    }
    if flag(rec, "volume_is_ejectable") == Some(true) || bflag("ejectable") == Some(true) {
        tags.push("ejectable");
    }
    if bflag("external") == Some(true) {
        tags.push("external");
    }
    if bflag("disk_image") == Some(true) {
        tags.push("disk image");
    }
    if flag(rec, "volume_is_local") == Some(false) || bflag("local") == Some(false) {
        tags.push("network");
    }
    if bflag("internal") == Some(true) {
        tags.push("internal");
    }
    let what = match list {
        "FXDesktopVolumePositions" => {
            tags.push("Finder desktop icon");
            "Finder showed it on the desktop (FXDesktopVolumePositions)".to_string()
        }
        "FavoriteVolumes" | "VolumesList" => format!("Finder sidebar volume ({list})"),
        "RecentDocuments" | "ApplicationRecentDocuments" => {
            format!("a recent document on the volume ({list})")
        }
        l => format!("an item on the volume ({l})"),
    };
    out.push(Structured { name, tags, what });
    out
}

/// The volume an `fsevents` record is about, if any.
pub fn fsevent(rec: &Map<String, Value>) -> Option<Structured> {
    let s = |k: &str| rec.get(k).and_then(Value::as_str);
    let flags: Vec<&str> = rec
        .get("flag_names")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let name = s("full_path")
        .and_then(|p| mentions(p).into_iter().next())
        .or_else(|| s("volume").and_then(|p| mentions(p).into_iter().next()))
        .map(|(n, _)| n)?;
    let mut tags = Vec::new();
    if flag(rec, "volume_removable") == Some(true) {
        tags.push("removable");
    }
    if flag(rec, "volume_local") == Some(false) {
        tags.push("network");
    }
    let what = if flags.contains(&"Mount") {
        "FSEvents: mounted".to_string()
    } else if flags.contains(&"Unmount") {
        "FSEvents: unmounted".to_string()
    } else if s("volume_kind") == Some("mounted") {
        "FSEvents journal of the volume".to_string()
    } else {
        format!("FSEvents: {}", flags.join(" "))
    };
    Some(Structured { name, tags, what })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn names(s: &str) -> Vec<(String, String)> {
        mentions(s)
    }

    #[test]
    fn volumes_in_commands_and_paths() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            names("cp Desktop/leak.txt /Volumes/TEST-USB/"),
            [p("TEST-USB", "")]
        );
        assert_eq!(
            names("cp a.txt /Volumes/TEST-USB/dir/b.txt; ls /Volumes/TEST-USB"),
            [p("TEST-USB", "dir/b.txt"), p("TEST-USB", "")]
        );
        assert_eq!(
            names("cp x \"/Volumes/My Passport/y z\""),
            [p("My Passport", "y z")]
        );
        assert_eq!(
            names("cp x /Volumes/My\\ Passport/"),
            [p("My Passport", "")]
        );
        assert_eq!(
            names("/Volumes/My Passport/file one.txt"),
            [p("My Passport", "file one.txt")]
        );
        assert_eq!(names("file:///Volumes/USB/a"), [p("USB", "a")]);
        // Not a mount point: the data volume, a URL path, an empty name.
        assert!(names("/System/Volumes/Data/Users").is_empty());
        assert!(names("https://example.com/Volumes/x").is_empty());
        assert!(names("ls /Volumes/").is_empty());
    }

    #[test]
    fn copies_to_a_volume_name_their_sources() {
        assert_eq!(
            copied_files("cp Desktop/leak.txt /Volumes/TEST-USB/", "TEST-USB"),
            ["Desktop/leak.txt"]
        );
        assert_eq!(
            copied_files(
                "cd ~ && sudo cp -R 'secret plans' b.pdf \"/Volumes/TEST-USB/x\"",
                "TEST-USB"
            ),
            ["secret plans", "b.pdf"]
        );
        assert!(copied_files("cp /Volumes/TEST-USB/a.txt ~/", "TEST-USB").is_empty());
        assert!(copied_files("ls /Volumes/TEST-USB", "TEST-USB").is_empty());
    }

    #[test]
    fn network_shares() {
        assert_eq!(
            network_share("smb://user@nas.local/Team%20Share/"),
            Some(("Team Share".to_string(), "smb".to_string()))
        );
        assert_eq!(
            network_share("afp://server.local"),
            Some(("server.local".to_string(), "afp".to_string()))
        );
        assert_eq!(network_share("https://example.com/x"), None);
    }

    #[test]
    fn structured_recent_items() {
        let r = json!({"list": "FXDesktopVolumePositions", "name": "TEST-USB",
            "volume_name": "TEST-USB", "is_volume": true});
        let v = recent_item(r.as_object().unwrap());
        assert_eq!(v[0].name, "TEST-USB");
        assert!(v[0].tags.contains(&"Finder desktop icon"));
        let r = json!({"list": "RecentDocuments", "path": "/Volumes/TEST-USB/leak.txt",
            "volume_name": "TEST-USB", "volume_path": "/Volumes/TEST-USB",
            "bookmark_volume_flags": {"removable": true, "ejectable": true, "external": true, "internal": false}});
        let v = recent_item(r.as_object().unwrap());
        assert_eq!(v[0].tags, ["removable", "ejectable", "external"]);
        // The startup volume is not external activity.
        let r = json!({"list": "RecentDocuments", "path": "/Users/a/x", "volume_name": "Macintosh HD", "volume_path": "/"});
        assert!(recent_item(r.as_object().unwrap()).is_empty());
    }

    #[test]
    fn a_line_may_mention_a_volume_whenever_a_string_of_it_does() {
        // Every text with a mention: its JSON line must be parsed.
        let texts = [
            "/Volumes/TEST-USB/a",
            "cp a /Volumes/TEST-USB/",
            "cp a\t/Volumes/TEST-USB/",
            "cp a\u{b}/Volumes/TEST-USB/",
            "cp a\u{a0}/Volumes/TEST-USB/",
            "open file:///Volumes/TEST-USB/x",
            "x='/Volumes/My Disk/x'",
            "a=/Volumes/TEST-USB",
            "/System/Volumes/Data/x then /Volumes/TEST-USB",
        ];
        for t in texts {
            assert!(!mentions(t).is_empty(), "{t:?}");
            let line = serde_json::to_vec(&json!({"a": 1, "path": t})).unwrap();
            assert!(may_mention(&line), "{}", String::from_utf8_lossy(&line));
        }
        // The data volume of every modern Mac is no mention, in either form.
        for t in [
            "/System/Volumes/Data/Users/a/x",
            "/private/var/folders/Volumes/x",
            "no volume at all",
        ] {
            assert!(mentions(t).is_empty(), "{t:?}");
            let line =
                serde_json::to_vec(&json!({"full_path": t, "volume": "/System/Volumes/Data"}))
                    .unwrap();
            assert!(!may_mention(&line), "{}", String::from_utf8_lossy(&line));
        }
    }
}
