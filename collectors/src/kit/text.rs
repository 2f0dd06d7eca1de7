//! Text from the evidence, made safe to show and exact to keep.
//!
//! Names and strings on the target are bytes: a path need not be UTF-8 (FAT
//! and exFAT media, SMB/NFS shares and Linux-mounted images carry such
//! names, and a hostile user can plant one), and any string may hold control
//! characters that would drive a terminal or forge a log line.
//!
//! The rule, once for the whole output (see `docs/output.md`):
//! - **JSON** (records, manifest): a name is written as UTF-8, invalid
//!   sequences replaced by U+FFFD, and, only when the stored bytes are not
//!   UTF-8, the exact bytes beside it in `<field>_b64` (standard base64);
//!   [`lossy`] and [`b64_if_not_utf8`] give the two.
//! - **Lines of text** (the log, the body file, the process tree): [`printable`]
//!   writes control characters (C0, DEL, C1) and bidirectional-text overrides
//!   as Rust escapes (`\n`, `\u{1b}`, `\u{202e}`) and bytes that are not UTF-8
//!   as `\xNN`, so no name can split a line or reorder what a reader sees.

use std::borrow::Cow;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;

use base64::Engine as _;

/// True for the characters [`printable`] escapes.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn push_escaped_str(out: &mut String, s: &str) {
    for c in s.chars() {
        if needs_escape(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
}

/// `s` with control characters and bidirectional overrides escaped.
pub fn printable_str(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    push_escaped_str(&mut out, s);
    Cow::Owned(out)
}

/// Bytes (a name, a path, a string as stored) as one printable line:
/// control characters and bidirectional overrides escaped, bytes that are
/// not UTF-8 written as `\xNN`.
pub fn printable(bytes: &[u8]) -> Cow<'_, str> {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return printable_str(s);
    }
    let mut out = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        push_escaped_str(&mut out, chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    Cow::Owned(out)
}

/// A path or name as one printable line (see [`printable`]).
pub fn printable_os(name: &OsStr) -> Cow<'_, str> {
    printable(name.as_bytes())
}

/// A name as JSON text: UTF-8, invalid sequences replaced by U+FFFD.
pub fn lossy(name: &OsStr) -> String {
    name.to_string_lossy().into_owned()
}

/// The exact bytes of a name, base64, when they are not UTF-8 (the value
/// of a `<field>_b64` field); `None` for a UTF-8 name.
pub fn b64_if_not_utf8(name: &OsStr) -> Option<String> {
    if name.to_str().is_some() {
        return None;
    }
    Some(base64::engine::general_purpose::STANDARD.encode(name.as_bytes()))
}

/// The same for bytes stored in the evidence (a SQLite text column, a
/// plist string read as bytes).
pub fn b64_if_not_utf8_bytes(bytes: &[u8]) -> Option<String> {
    if std::str::from_utf8(bytes).is_ok() {
        return None;
    }
    Some(base64::engine::general_purpose::STANDARD.encode(bytes))
}

/// A name as a TSK body-file field: printable, and `|` (the field
/// separator, which TSK itself does not escape) written as `\|`.
pub fn bodyfile_field(name: &OsStr) -> String {
    printable_os(name).replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::ffi::OsStrExt;

    #[test]
    fn control_characters_and_bidi_overrides_are_escaped() {
        assert_eq!(printable_str("plain /Users/a/é"), "plain /Users/a/é");
        assert_eq!(
            printable_str("a\nb\u{1b}]0;owned\u{7}c\td\u{9b}e"),
            "a\\nb\\u{1b}]0;owned\\u{7}c\\td\\u{9b}e"
        );
        assert_eq!(printable_str("x\u{202e}gpj.exe"), "x\\u{202e}gpj.exe");
    }

    #[test]
    fn bytes_that_are_not_utf8_are_shown_as_hex_and_kept_in_base64() {
        let name = OsStr::from_bytes(b"/Users/caf\xe9/\n.zsh_history");
        assert_eq!(printable_os(name), "/Users/caf\\xE9/\\n.zsh_history");
        assert_eq!(lossy(name), "/Users/caf\u{fffd}/\n.zsh_history");
        let b64 = b64_if_not_utf8(name).unwrap();
        let back = base64::engine::general_purpose::STANDARD
            .decode(b64)
            .unwrap();
        assert_eq!(back, name.as_bytes());
        assert_eq!(b64_if_not_utf8(OsStr::new("/Users/café")), None);
        assert_eq!(b64_if_not_utf8_bytes(b"ok"), None);
        assert!(b64_if_not_utf8_bytes(b"\xff").is_some());
        assert_eq!(
            bodyfile_field(OsStr::from_bytes(b"/a|b\xff")),
            "/a\\|b\\xFF"
        );
    }
}
