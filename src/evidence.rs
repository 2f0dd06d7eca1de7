//! Reading parsed records back: from a tarball `collect` wrote (its
//! `parsed/<stream>.jsonl` members and its `manifest.json`), or from the
//! staged stream files of a run in progress.
//!
//! Everything is streamed: one record in memory at a time, lines longer than
//! [`LINE_MAX`] are skipped and counted, and a damaged tarball gives what
//! was read before the damage, with the reason.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use anyhow::{Context, Result};
use serde_json::{Map, Value};

/// The longest record line read (longer ones are reported, not parsed).
pub const LINE_MAX: usize = 64 << 20;
/// The largest manifest read.
const MANIFEST_MAX: u64 = 512 << 20;

/// What reads records: a timeline, a report.
pub trait Visitor {
    /// The records that follow are those of this member of a tarball
    /// (`parsed/<stream>.jsonl`, or one part of a split stream); `line`
    /// numbers start again at 1 in each.
    fn member(&mut self, _member: &str) {}
    /// One record, from line `line` (1-based) of `parsed/<stream>.jsonl`.
    /// Returns false to stop reading (a deadline).
    fn record(&mut self, stream: &str, line: u64, rec: Map<String, Value>) -> bool;
    /// A line that is not a JSON object.
    fn unreadable(&mut self, stream: &str, line: u64, why: &str);
    /// Every line, before it is parsed: [`Raw::Skip`] when the visitor
    /// needs no more of it (it looked at the bytes), [`Raw::Stop`] to stop
    /// reading.
    fn raw(&mut self, _stream: &str, _line: u64, _bytes: &[u8]) -> Raw {
        Raw::Parse
    }
}

/// What [`Visitor::raw`] wants done with a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Raw {
    Parse,
    Skip,
    Stop,
}

/// The stream of a member name: `parsed/<stream>.jsonl`, or one part of
/// a stream the collection split, `parsed/<stream>.<NNNN>.jsonl` (see
/// `kit::context::stream_of_member`; the parts follow each other in the
/// archive).
pub fn stream_of_member(member: &str) -> Option<&str> {
    mactriage_collectors::kit::context::stream_of_member(member).map(|(stream, _)| stream)
}

/// The next line of `r` into `buf` (without its newline). `None` at the
/// end; `Some(true)` when the line was longer than `max` (then `buf` is
/// empty and the line was skipped).
fn next_line<R: BufRead>(r: &mut R, buf: &mut Vec<u8>, max: usize) -> io::Result<Option<bool>> {
    buf.clear();
    let mut too_long = false;
    let mut any = false;
    loop {
        let avail = r.fill_buf()?;
        if avail.is_empty() {
            return Ok(any.then_some(too_long));
        }
        any = true;
        let (chunk, used, done) = match memchr::memchr(b'\n', avail) {
            Some(i) => (avail.get(..i).unwrap_or_default(), i + 1, true),
            None => (avail, avail.len(), false),
        };
        if !too_long {
            if buf.len() + chunk.len() > max {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        r.consume(used);
        if done {
            return Ok(Some(too_long));
        }
    }
}

/// Read one JSONL stream. Returns false when the visitor asked to stop.
pub fn read_jsonl<R: BufRead>(stream: &str, mut r: R, v: &mut dyn Visitor) -> io::Result<bool> {
    let mut buf = Vec::new();
    let mut line = 0u64;
    while let Some(too_long) = next_line(&mut r, &mut buf, LINE_MAX)? {
        line += 1;
        if too_long {
            v.unreadable(
                stream,
                line,
                &format!("longer than {LINE_MAX} bytes; not read"),
            );
            continue;
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match v.raw(stream, line, &buf) {
            Raw::Parse => {}
            Raw::Skip => continue,
            Raw::Stop => return Ok(false),
        }
        match serde_json::from_slice::<Value>(&buf) {
            Ok(Value::Object(rec)) => {
                if !v.record(stream, line, rec) {
                    return Ok(false);
                }
            }
            Ok(_) => v.unreadable(stream, line, "not a JSON object"),
            Err(e) => v.unreadable(stream, line, &format!("not JSON: {e}")),
        }
    }
    Ok(true)
}

/// What reading a tarball found besides the records.
#[derive(Debug, Default)]
pub struct Contents {
    /// `manifest.json`, when present and readable.
    pub manifest: Option<Value>,
    /// The streams met, in archive order.
    pub streams: Vec<String>,
    /// Why reading stopped before the end (a damaged archive, an
    /// unreadable manifest); what was read before is kept.
    pub damage: Vec<String>,
    /// The visitor stopped the reading.
    pub stopped: bool,
}

/// Read every `parsed/*.jsonl` member of a tarball, and its manifest.
/// Fails only when the file cannot be opened.
pub fn read_tarball(path: &Path, v: &mut dyn Visitor) -> Result<Contents> {
    let f = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let gz = flate2::read::MultiGzDecoder::new(BufReader::with_capacity(1 << 20, f));
    let mut ar = tar::Archive::new(gz);
    let mut out = Contents::default();
    let entries = match ar.entries() {
        Ok(e) => e,
        Err(e) => {
            out.damage.push(format!("not a tar archive: {e}"));
            return Ok(out);
        }
    };
    for entry in entries {
        let mut entry = match entry {
            Ok(e) => e,
            Err(e) => {
                out.damage
                    .push(format!("the archive is damaged or cut short: {e}"));
                break;
            }
        };
        if entry.header().entry_type() != tar::EntryType::Regular {
            continue;
        }
        let name = match entry.path() {
            Ok(p) => p.to_string_lossy().into_owned(),
            Err(_) => continue,
        };
        if name == "manifest.json" {
            let mut data = Vec::new();
            match (&mut entry).take(MANIFEST_MAX).read_to_end(&mut data) {
                Ok(_) => match serde_json::from_slice::<Value>(&data) {
                    Ok(m) => out.manifest = Some(m),
                    Err(e) => out.damage.push(format!("manifest.json is not JSON: {e}")),
                },
                Err(e) => out.damage.push(format!("cannot read manifest.json: {e}")),
            }
            continue;
        }
        let Some(stream) = stream_of_member(&name) else {
            continue;
        };
        let stream = stream.to_string();
        // Once each: the parts of a split stream may be interleaved with
        // other members.
        if !out.streams.contains(&stream) {
            out.streams.push(stream.clone());
        }
        v.member(&name);
        match read_jsonl(&stream, BufReader::with_capacity(1 << 20, &mut entry), v) {
            Ok(true) => {}
            Ok(false) => {
                out.stopped = true;
                break;
            }
            Err(e) => {
                out.damage
                    .push(format!("{name}: the archive is damaged or cut short: {e}"));
                break;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Collect {
        records: Vec<(String, u64, Value)>,
        bad: Vec<(String, u64, String)>,
    }
    impl Visitor for Collect {
        fn record(&mut self, stream: &str, line: u64, rec: Map<String, Value>) -> bool {
            self.records
                .push((stream.to_string(), line, Value::Object(rec)));
            true
        }
        fn unreadable(&mut self, stream: &str, line: u64, why: &str) {
            self.bad.push((stream.to_string(), line, why.to_string()));
        }
    }

    #[test]
    fn member_names() {
        assert_eq!(stream_of_member("parsed/asl.jsonl"), Some("asl"));
        // Parts of a split stream.
        assert_eq!(
            stream_of_member("parsed/browser_history.0001.jsonl"),
            Some("browser_history")
        );
        assert_eq!(stream_of_member("parsed/asl.12345.jsonl"), Some("asl"));
        assert_eq!(stream_of_member("parsed/asl.123.jsonl"), Some("asl.123"));
        assert_eq!(stream_of_member("parsed/.0001.jsonl"), None);
        assert_eq!(stream_of_member("parsed/a/b.jsonl"), None);
        assert_eq!(stream_of_member("parsed/.jsonl"), None);
        assert_eq!(stream_of_member("parsed/tree.txt"), None);
        assert_eq!(stream_of_member("x/parsed/asl.jsonl"), None);
    }

    #[test]
    fn lines_are_numbered_and_bad_ones_reported() {
        let data = b"{\"a\":1}\n\n[1]\nnot json\n{\"b\":2}";
        let mut c = Collect::default();
        assert!(read_jsonl("s", &data[..], &mut c).unwrap());
        assert_eq!(c.records.len(), 2);
        assert_eq!(c.records[1].1, 5);
        assert_eq!(c.bad.len(), 2);
        assert_eq!(c.bad[0].1, 3);
    }

    #[test]
    fn overlong_lines_are_skipped() {
        let mut buf = Vec::new();
        let data = b"0123456789\nabc\n";
        let mut r = BufReader::with_capacity(4, &data[..]);
        assert_eq!(next_line(&mut r, &mut buf, 5).unwrap(), Some(true));
        assert!(buf.is_empty());
        assert_eq!(next_line(&mut r, &mut buf, 5).unwrap(), Some(false));
        assert_eq!(buf, b"abc");
        assert_eq!(next_line(&mut r, &mut buf, 5).unwrap(), None);
    }
}
