//! Shell history file formats: bash, zsh (plain and extended) and fish.
//!
//! - **bash** (`~/.bash_history`, `~/.bash_sessions/*.history*`): one command
//!   per line, unless `HISTTIMEFORMAT` was set, in which case each entry is
//!   preceded by a `#<epoch seconds>` line; then everything up to the next
//!   timestamp line is one (possibly multi-line) command.
//! - **zsh** (`~/.zsh_history`, `~/.zsh_sessions/*.history*`): plain, or with
//!   `EXTENDED_HISTORY` as `: <start>:<elapsed>;<command>`. A newline inside a
//!   command is written as backslash-newline. Bytes that zsh treats as special
//!   are *metafied*: written as 0x83 followed by the byte XOR 0x20, so UTF-8
//!   text (Japanese, Chinese...) must be unmetafied before it is decoded.
//! - **fish** (`~/.local/share/fish/fish_history`): a YAML-like list of
//!   `- cmd: <command>` with `  when: <epoch>`.
//!
//! References: bash `lib/readline/histfile.c`; zsh `Src/hist.c` (readhistfile,
//! unmetafy) and `Src/utils.c`; fish `src/history.cpp`; plaso's
//! `bash_history` and `zsh_extended_history` parsers.
//!
//! The parsers stream: each line is read with a length cap and each entry is
//! handed to a callback, so memory is bounded whatever the file's size.

use std::io::{self, BufRead};

/// zsh's Meta byte.
pub const ZSH_META: u8 = 0x83;

/// Longest line kept whole; the rest of a longer line is dropped and the
/// entry is marked truncated.
pub const MAX_LINE: usize = 1 << 20;

/// Longest multi-line command kept whole.
pub const MAX_COMMAND: usize = 4 << 20;

/// Undo zsh's metafication: 0x83 followed by `b` stands for `b ^ 0x20`.
/// A trailing lone Meta byte is kept as is.
pub fn unmetafy(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    let mut it = input.iter().copied();
    while let Some(b) = it.next() {
        if b == ZSH_META {
            match it.next() {
                Some(n) => out.push(n ^ 0x20),
                None => out.push(b),
            }
        } else {
            out.push(b);
        }
    }
    out
}

/// Which dialect a file is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Bash,
    Zsh,
    Fish,
    /// Any other `*_history` file: one record per line, nothing decoded.
    Lines,
}

/// One history entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub command: String,
    /// The stored start time (epoch seconds), when the format has one.
    pub time: Option<i64>,
    /// zsh extended history: elapsed seconds.
    pub duration: Option<i64>,
    /// 1-based line number where the entry starts.
    pub line: u64,
    /// Some bytes were not valid UTF-8 and were replaced.
    pub lossy: bool,
    /// The entry was longer than the caps and was cut.
    pub truncated: bool,
}

/// Totals of one parse.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    pub lines: u64,
    pub entries: u64,
    pub lossy_entries: u64,
    pub truncated_entries: u64,
    /// Lines holding NUL bytes: a sign of binary data, not history.
    pub nul_lines: u64,
}

/// Read one line (without its `\n`) into `buf`, keeping at most `MAX_LINE`
/// bytes. Returns `None` at end of input, else whether the line was cut.
fn read_line_capped<R: BufRead>(r: &mut R, buf: &mut Vec<u8>) -> io::Result<Option<bool>> {
    buf.clear();
    let mut cut = false;
    let mut any = false;
    loop {
        let available = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(if any { Some(cut) } else { None });
        }
        any = true;
        let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (available.get(..i).unwrap_or_default(), Some(i + 1)),
            None => (available, None),
        };
        let room = MAX_LINE.saturating_sub(buf.len());
        if chunk.len() > room {
            cut = true;
        }
        buf.extend_from_slice(chunk.get(..chunk.len().min(room)).unwrap_or_default());
        let consumed = done.unwrap_or(available.len());
        r.consume(consumed);
        if done.is_some() {
            return Ok(Some(cut));
        }
    }
}

fn decode(bytes: &[u8]) -> (String, bool) {
    match String::from_utf8_lossy(bytes) {
        std::borrow::Cow::Borrowed(s) => (s.to_owned(), false),
        std::borrow::Cow::Owned(s) => (s, true),
    }
}

/// An entry being assembled from one or more lines.
struct Pending {
    bytes: Vec<u8>,
    time: Option<i64>,
    duration: Option<i64>,
    line: u64,
    truncated: bool,
    has_text: bool,
}

impl Pending {
    fn new(line: u64, time: Option<i64>, duration: Option<i64>) -> Self {
        Pending {
            bytes: Vec::new(),
            time,
            duration,
            line,
            truncated: false,
            has_text: false,
        }
    }

    fn push_line(&mut self, text: &[u8], cut: bool) {
        if self.has_text {
            self.push_raw(b"\n");
        }
        self.push_raw(text);
        self.has_text = true;
        self.truncated |= cut;
    }

    fn push_raw(&mut self, text: &[u8]) {
        let room = MAX_COMMAND.saturating_sub(self.bytes.len());
        if text.len() > room {
            self.truncated = true;
        }
        self.bytes
            .extend_from_slice(text.get(..text.len().min(room)).unwrap_or_default());
    }
}

struct Emitter<'a, F: FnMut(Entry)> {
    sink: &'a mut F,
    stats: Stats,
    metafied: bool,
}

impl<F: FnMut(Entry)> Emitter<'_, F> {
    fn emit(&mut self, mut p: Pending, trim_trailing_newlines: bool) {
        if trim_trailing_newlines {
            while p.bytes.last() == Some(&b'\n') {
                p.bytes.pop();
            }
        }
        if !p.has_text && p.bytes.is_empty() {
            return;
        }
        let raw = if self.metafied {
            unmetafy(&p.bytes)
        } else {
            p.bytes
        };
        let (command, lossy) = decode(&raw);
        self.stats.entries += 1;
        self.stats.lossy_entries += u64::from(lossy);
        self.stats.truncated_entries += u64::from(p.truncated);
        (self.sink)(Entry {
            command,
            time: p.time,
            duration: p.duration,
            line: p.line,
            lossy,
            truncated: p.truncated,
        });
    }
}

/// `#<digits>` alone on a line: a bash timestamp.
fn bash_timestamp(line: &[u8]) -> Option<i64> {
    let digits = line.strip_prefix(b"#")?;
    if digits.is_empty() || digits.len() > 18 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(digits).ok()?.parse().ok()
}

/// `: <start>:<elapsed>;<command>`: a zsh extended-history line.
fn zsh_extended(line: &[u8]) -> Option<(i64, i64, &[u8])> {
    let rest = line.strip_prefix(b": ")?;
    let colon = rest.iter().position(|&b| b == b':')?;
    let semi = rest.iter().position(|&b| b == b';')?;
    if semi < colon {
        return None;
    }
    let num = |s: &[u8]| -> Option<i64> {
        let s = std::str::from_utf8(s).ok()?.trim();
        if s.is_empty() || s.len() > 18 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    let start = num(rest.get(..colon)?)?;
    let elapsed = num(rest.get(colon + 1..semi)?)?;
    Some((start, elapsed, rest.get(semi + 1..)?))
}

/// Parse a history file, calling `f` with each entry in file order.
pub fn parse<R: BufRead, F: FnMut(Entry)>(
    dialect: Dialect,
    mut reader: R,
    mut f: F,
) -> io::Result<Stats> {
    let mut em = Emitter {
        sink: &mut f,
        stats: Stats::default(),
        metafied: dialect == Dialect::Zsh,
    };
    let mut buf = Vec::new();
    let mut lineno = 0u64;
    let mut pending: Option<Pending> = None;
    // zsh: the previous line ended with a backslash (continuation).
    let mut continued = false;
    // fish: the command of the current `- cmd:` block.
    while let Some(cut) = read_line_capped(&mut reader, &mut buf)? {
        lineno += 1;
        em.stats.lines += 1;
        if buf.contains(&0) {
            em.stats.nul_lines += 1;
        }
        if buf.last() == Some(&b'\r') && dialect != Dialect::Zsh {
            buf.pop();
        }
        match dialect {
            Dialect::Lines => {
                let mut p = Pending::new(lineno, None, None);
                p.push_line(&buf, cut);
                em.emit(p, false);
            }
            Dialect::Bash => {
                if let Some(ts) = bash_timestamp(&buf) {
                    if let Some(p) = pending.take() {
                        em.emit(p, true);
                    }
                    pending = Some(Pending::new(lineno, Some(ts), None));
                } else if let Some(p) = pending.as_mut() {
                    p.push_line(&buf, cut);
                } else {
                    // Before any timestamp: one command per line.
                    let mut p = Pending::new(lineno, None, None);
                    p.push_line(&buf, cut);
                    em.emit(p, false);
                }
            }
            Dialect::Zsh => {
                let (text, ends_with_backslash) = match buf.last() {
                    Some(b'\\') => (buf.get(..buf.len() - 1).unwrap_or_default(), true),
                    _ => (buf.as_slice(), false),
                };
                if continued {
                    if let Some(p) = pending.as_mut() {
                        p.push_line(text, cut);
                    }
                } else {
                    if let Some(p) = pending.take() {
                        em.emit(p, false);
                    }
                    let mut p;
                    match zsh_extended(text) {
                        Some((start, elapsed, cmd)) => {
                            p = Pending::new(lineno, Some(start), Some(elapsed));
                            p.push_line(cmd, cut);
                        }
                        None => {
                            p = Pending::new(lineno, None, None);
                            p.push_line(text, cut);
                        }
                    }
                    pending = Some(p);
                }
                continued = ends_with_backslash;
            }
            Dialect::Fish => {
                if let Some(cmd) = buf.strip_prefix(b"- cmd: ") {
                    if let Some(p) = pending.take() {
                        em.emit(p, false);
                    }
                    let mut p = Pending::new(lineno, None, None);
                    // fish escapes backslash and newline in the command.
                    p.push_line(&fish_unescape(cmd), cut);
                    pending = Some(p);
                } else if let Some(when) = buf.strip_prefix(b"  when: ") {
                    if let Some(p) = pending.as_mut() {
                        p.time = std::str::from_utf8(when)
                            .ok()
                            .and_then(|s| s.trim().parse().ok());
                    }
                }
            }
        }
    }
    if let Some(p) = pending.take() {
        em.emit(p, dialect == Dialect::Bash);
    }
    Ok(em.stats)
}

fn fish_unescape(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut bytes = s.iter().copied().peekable();
    while let Some(b) = bytes.next() {
        match (b, bytes.peek()) {
            (b'\\', Some(b'\\')) => {
                out.push(b'\\');
                bytes.next();
            }
            (b'\\', Some(b'n')) => {
                out.push(b'\n');
                bytes.next();
            }
            (b, _) => out.push(b),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(d: Dialect, data: &[u8]) -> (Vec<Entry>, Stats) {
        let mut v = Vec::new();
        let stats = parse(d, data, |e| v.push(e)).unwrap();
        (v, stats)
    }

    fn cmds(v: &[Entry]) -> Vec<&str> {
        v.iter().map(|e| e.command.as_str()).collect()
    }

    #[test]
    fn unmetafy_restores_utf8() {
        // "日本" in UTF-8 is E6 97 A5 E6 9C AC; zsh metafies 0x83..=0xa2
        // bytes: 0x97 -> 83 B7, 0x9C -> 83 BC.
        let meta = [0xE6, 0x83, 0xB7, 0xA5, 0xE6, 0x83, 0xBC, 0xAC];
        assert_eq!(String::from_utf8(unmetafy(&meta)).unwrap(), "日本");
        assert_eq!(unmetafy(&[b'a', ZSH_META]), vec![b'a', ZSH_META]);
    }

    #[test]
    fn bash_plain_and_timestamped() {
        let (v, s) = run(Dialect::Bash, b"ls -la\ncd /tmp\n");
        assert_eq!(cmds(&v), ["ls -la", "cd /tmp"]);
        assert_eq!(v[1].line, 2);
        assert_eq!(s.entries, 2);

        let data = b"whoami\n#1700000000\necho 'a\nb'\n\n#1700000005\nid\n#1700000009\n";
        let (v, _) = run(Dialect::Bash, data);
        assert_eq!(cmds(&v), ["whoami", "echo 'a\nb'", "id"]);
        assert_eq!(v[0].time, None);
        assert_eq!(v[1].time, Some(1_700_000_000));
        assert_eq!(v[1].line, 2);
        assert_eq!(v[2].time, Some(1_700_000_005));
        // A comment that is not a timestamp is a command.
        let (v, _) = run(Dialect::Bash, b"#not a time\n#12a\n");
        assert_eq!(cmds(&v), ["#not a time", "#12a"]);
    }

    #[test]
    fn zsh_extended_continuation_and_plain() {
        let data = b": 1457771210:0;cd plaso\n: 1458993293:3;echo a \\\\\n& touch /tmp/f\nplain cmd\n: 1458993297:0;last";
        let (v, s) = run(Dialect::Zsh, data);
        assert_eq!(
            cmds(&v),
            ["cd plaso", "echo a \\\n& touch /tmp/f", "plain cmd", "last"]
        );
        assert_eq!(v[1].time, Some(1_458_993_293));
        assert_eq!(v[1].duration, Some(3));
        assert_eq!(v[1].line, 2);
        assert_eq!(v[2].time, None);
        assert_eq!(v[3].line, 5);
        assert_eq!(s.lines, 5);
    }

    #[test]
    fn zsh_metafied_multibyte_and_lossy() {
        let mut data = b": 1700000000:0;echo ".to_vec();
        data.extend_from_slice(&[0xE6, 0x83, 0xB7, 0xA5, 0xE6, 0x83, 0xBC, 0xAC, b'\n']);
        data.extend_from_slice(b": 1700000001:0;bad \xff\xfe\n");
        let (v, s) = run(Dialect::Zsh, &data);
        assert_eq!(v[0].command, "echo 日本");
        assert!(!v[0].lossy);
        assert_eq!(v[1].command, "bad \u{fffd}\u{fffd}");
        assert!(v[1].lossy);
        assert_eq!(s.lossy_entries, 1);
    }

    #[test]
    fn fish_history() {
        let data = b"- cmd: ls\n  when: 1700000000\n- cmd: echo a\\\\b\\nc\n  when: 1700000001\n  paths:\n    - /tmp\n";
        let (v, _) = run(Dialect::Fish, data);
        assert_eq!(cmds(&v), ["ls", "echo a\\b\nc"]);
        assert_eq!(v[1].time, Some(1_700_000_001));
    }

    #[test]
    fn long_lines_are_capped() {
        let mut data = vec![b'a'; MAX_LINE + 10];
        data.extend_from_slice(b"\nnext\n");
        let (v, s) = run(Dialect::Lines, &data);
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].command.len(), MAX_LINE);
        assert!(v[0].truncated);
        assert_eq!(v[1].command, "next");
        assert_eq!(s.truncated_entries, 1);
    }

    #[test]
    fn never_panics_on_prefixes_of_tricky_input() {
        let data = b": 1:2;a\\\n\\\n: x:;\n#1\n#\n\x83\x83\x00\r\n- cmd: \\";
        for end in 0..=data.len() {
            for d in [Dialect::Bash, Dialect::Zsh, Dialect::Fish, Dialect::Lines] {
                let _ = run(d, &data[..end]);
            }
        }
    }

    /// The real samples, when `MACTRIAGE_REALDATA` points at them.
    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn real_samples() {
        let dir = crate::testdata::dir();
        let dir = std::path::Path::new(&dir).join("shell");
        let read = |n: &str| std::fs::read(dir.join(n)).unwrap();

        // plaso asserts the first entry: /usr/lib/plaso at 2013-10-01T12:36:17Z
        // (1380630977). plaso counts 3 entries; the fourth, multi-line entry
        // is kept whole here.
        let (v, _) = run(Dialect::Bash, &read("bash_history"));
        assert_eq!(v.len(), 4);
        assert_eq!(v[0].command, "/usr/lib/plaso");
        assert_eq!(v[0].time, Some(1_380_630_977));
        assert_eq!(
            v[3].command,
            "binary argument1 \"--params=\\\nparam1=foo,\nparam2=bar\n\" argument2"
        );
        assert_eq!(v[3].time, Some(1_623_364_236));

        // The desynchronised file starts with an untimed command.
        let (v, _) = run(Dialect::Bash, &read("bash_history_desync"));
        assert_eq!(v.len(), 5);
        assert_eq!((v[0].command.as_str(), v[0].time), ("/sbin/reboot", None));
        assert_eq!(v[1].command, "/usr/lib/plaso");

        // plaso: 4 entries, first `cd plaso` at 2016-03-12T08:26:50Z, 0 s.
        let (v, _) = run(Dialect::Zsh, &read("zsh_extended_history.txt"));
        assert_eq!(v.len(), 4);
        assert_eq!(v[0].command, "cd plaso");
        assert_eq!(v[0].time, Some(1_457_771_210));
        assert_eq!(v[0].duration, Some(0));
        assert_eq!(v[2].command, "echo dfgdfg \\\n& touch /tmp/afile");
        assert_eq!(v[3].command, "PYTHONPATH=. ./runtests.py");
    }
}
