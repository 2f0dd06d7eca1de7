//! XProtect's signature set: version and counts, per bundle location.

use std::path::Path;

use plist::Value as P;
use serde_json::Value;

use crate::kit::Ctx;

/// Where each macOS version keeps XProtect's data: (bundle, since).
pub const LOCATIONS: &[(&str, &str)] = &[
    (
        "/System/Library/CoreServices/CoreTypes.bundle",
        "10.6-10.12",
    ),
    (
        "/System/Library/CoreServices/XProtect.bundle",
        "10.13-10.14",
    ),
    (
        "/Library/Apple/System/Library/CoreServices/XProtect.bundle",
        "10.15+",
    ),
    (
        "/Library/Apple/System/Library/CoreServices/XProtect.app",
        "14+",
    ),
    ("/private/var/protected/xprotect/XProtect.bundle", "15+"),
];

/// The YARA file is read up to this size (Apple's is under 1 MB).
const MAX_YARA_BYTES: u64 = 64 << 20;

/// The rule declarations of a YARA source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct YaraCount {
    /// Every `rule NAME` declaration, private and global ones included.
    pub rules: u64,
    /// Those declared `private` (helpers other rules call, e.g. `Macho`).
    pub private: u64,
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

/// Count the rule declarations of a YARA source: lines that, after the
/// `private`/`global` modifiers, start with `rule` and a name. Block
/// comments are skipped; a declaration inside a string does not start a
/// line in Apple's files.
pub fn count_yara_rules(src: &[u8]) -> YaraCount {
    let mut n = YaraCount::default();
    let mut in_comment = false;
    for line in src.split(|b| *b == b'\n') {
        let mut l = line.trim_ascii();
        if in_comment {
            match l.windows(2).position(|w| w == b"*/") {
                Some(i) => {
                    in_comment = false;
                    l = l.get(i + 2..).unwrap_or_default().trim_ascii();
                }
                None => continue,
            }
        }
        if l.starts_with(b"/*") {
            match l.windows(2).position(|w| w == b"*/") {
                Some(i) => l = l.get(i + 2..).unwrap_or_default().trim_ascii(),
                None => {
                    in_comment = true;
                    continue;
                }
            }
        }
        let mut private = false;
        loop {
            if let Some(rest) = strip_word(l, b"private") {
                private = true;
                l = rest;
            } else if let Some(rest) = strip_word(l, b"global") {
                l = rest;
            } else {
                break;
            }
        }
        if let Some(rest) = strip_word(l, b"rule") {
            if rest.first().copied().is_some_and(is_ident_start) {
                n.rules += 1;
                if private {
                    n.private += 1;
                }
            }
        }
    }
    n
}

/// `l` without a leading `word` followed by whitespace.
fn strip_word<'a>(l: &'a [u8], word: &[u8]) -> Option<&'a [u8]> {
    let rest = l.strip_prefix(word)?;
    if rest.first().is_some_and(|b| b.is_ascii_whitespace()) {
        Some(rest.trim_ascii_start())
    } else {
        None
    }
}

fn count(v: Option<&P>) -> Option<usize> {
    match v? {
        P::Array(a) => Some(a.len()),
        P::Dictionary(d) => Some(d.len()),
        _ => None,
    }
}

fn scalar(v: Option<&P>) -> Value {
    match v {
        Some(P::Integer(i)) => i
            .as_signed()
            .map(Value::from)
            .or_else(|| i.as_unsigned().map(Value::from))
            .unwrap_or(Value::Null),
        Some(P::Real(f)) => serde_json::Number::from_f64(*f)
            .map(Value::Number)
            .unwrap_or(Value::Null),
        Some(P::String(s)) => Value::from(s.clone()),
        _ => Value::Null,
    }
}

/// The version as text: `2158` for the real `2158.0` the meta plist stores.
fn version_text(v: Option<&P>) -> Option<String> {
    match v? {
        P::Real(f) if f.fract() == 0.0 && f.abs() < 1e15 => Some(format!("{}", *f as i64)),
        P::Real(f) => Some(f.to_string()),
        P::Integer(i) => Some(i.to_string()),
        P::String(s) => Some(s.clone()),
        _ => None,
    }
}

/// Read one bundle location; `None` when nothing of XProtect is there.
fn one(ctx: &mut Ctx<'_>, bundle: &str, since: &str) {
    let contents = Path::new(bundle).join("Contents");
    let res = contents.join("Resources");
    let meta_path = res.join("XProtect.meta.plist");
    let plist_path = res.join("XProtect.plist");
    let yara_path = res.join("XProtect.yara");
    let present = [&meta_path, &plist_path, &yara_path]
        .iter()
        .any(|p| ctx.source().lstat(p).is_ok());
    if !present {
        return;
    }
    let meta = ctx.read_plist(&meta_path);
    let legacy = ctx.read_plist(&plist_path);
    let yara = read_yara(ctx, &yara_path);
    // CoreTypes' own Info.plist versions CoreTypes, not XProtect.
    let (info, version_plist) = if bundle.ends_with("CoreTypes.bundle") {
        (None, None)
    } else {
        (
            ctx.read_plist(&contents.join("Info.plist")),
            ctx.read_plist(&contents.join("version.plist")),
        )
    };
    let md = meta.as_ref().and_then(P::as_dictionary);
    let ext = md
        .and_then(|d| d.get("ExtensionBlacklist"))
        .and_then(P::as_dictionary)
        .and_then(|d| d.get("Extensions"));
    let plugins: Option<usize> = md
        .and_then(|d| d.get("PlugInBlacklist"))
        .and_then(P::as_dictionary)
        .map(|d| d.values().filter_map(|v| count(Some(v))).sum());
    let gk = md
        .and_then(|d| d.get("GKChecks"))
        .and_then(P::as_dictionary)
        .and_then(|d| d.get("CodeSignatureIDs"));
    let legacy_entries = match legacy.as_ref() {
        Some(P::Array(a)) => Some(a.len()),
        Some(_) => {
            ctx.error(
                &plist_path,
                "not an array of signatures: entries not counted",
            );
            None
        }
        None => None,
    };
    let info_d = info.as_ref().and_then(P::as_dictionary);
    let vp = version_plist.as_ref().and_then(P::as_dictionary);
    let rec = ctx
        .record(Path::new(bundle), None)
        .set("bundle", bundle)
        .set("macos", since)
        .set("version", version_text(md.and_then(|d| d.get("Version"))))
        .set("version_raw", scalar(md.and_then(|d| d.get("Version"))))
        .set(
            "bundle_version",
            scalar(info_d.and_then(|d| d.get("CFBundleShortVersionString"))),
        )
        .set(
            "bundle_build",
            scalar(info_d.and_then(|d| d.get("CFBundleVersion"))),
        )
        .set(
            "version_plist",
            scalar(vp.and_then(|d| d.get("CFBundleShortVersionString"))),
        )
        .set(
            "version_plist_build",
            scalar(vp.and_then(|d| d.get("BuildVersion"))),
        )
        .set("yara_rules", yara.map(|y| y.rules))
        .set("yara_private_rules", yara.map(|y| y.private))
        .set("plist_entries", legacy_entries)
        .set("extension_blocklist", count(ext))
        .set("plugin_blocklist", plugins)
        .set("gatekeeper_signature_ids", count(gk))
        .set(
            "min_java_version",
            scalar(md.and_then(|d| d.get("JavaWebComponentVersionMinimum"))),
        )
        .set("meta_plist", meta.is_some())
        .set("xprotect_plist", legacy.is_some())
        .set("yara", yara.is_some());
    ctx.emit("xprotect", rec);
}

fn read_yara(ctx: &mut Ctx<'_>, path: &Path) -> Option<YaraCount> {
    let data = ctx.read_bytes(path, MAX_YARA_BYTES)?.ok()?;
    Some(count_yara_rules(&data))
}

/// Every XProtect location of the root.
pub fn collect(ctx: &mut Ctx<'_>) {
    for (bundle, since) in LOCATIONS {
        if ctx.should_stop() {
            return;
        }
        one(ctx, bundle, since);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yara_declarations_are_counted_with_their_modifiers() {
        let src = b"private rule Macho\n{ condition: true }\n/* rule Commented\n rule AlsoCommented */\nrule A : tag {\n meta: description = \"rule X\"\n}\n  global private rule G { condition: true }\nrules_are_not_rules\nrule\n";
        assert_eq!(
            count_yara_rules(src),
            YaraCount {
                rules: 3,
                private: 2
            }
        );
        assert_eq!(count_yara_rules(b""), YaraCount::default());
        assert_eq!(count_yara_rules(b"\xff\xfe rule"), YaraCount::default());
    }
}
