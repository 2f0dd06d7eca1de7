//! `known_hosts`: the SSH servers each account has connected to, and the
//! hosts its SSH client configuration names.
//!
//! **What.** `ssh` adds a line to `~/.ssh/known_hosts` the first time it
//! accepts a server's host key, so the file lists the servers an account
//! reached (lateral movement, exfiltration targets), unless
//! `HashKnownHosts` hides the names (`|1|salt|hash`: the key and its
//! fingerprint remain, and can be matched against a server). The client
//! configuration names hosts, users, keys, proxies and forwards.
//!
//! **Where.**
//! - `~/.ssh/known_hosts`, `known_hosts2` and `known_hosts.old` (every home);
//! - `/private/etc/ssh/ssh_known_hosts` (and `ssh_known_hosts2`): the
//!   system-wide list;
//! - `~/.ssh/config`: `Host` and `Match` blocks. `Include`d files are named,
//!   not followed.
//!
//! **Format** (`sshd(8)`, "SSH_KNOWN_HOSTS FILE FORMAT"): an optional
//! marker (`@cert-authority`, `@revoked`), comma-separated host patterns
//! (`[host]:port`, wildcards, `!negation`, or one hashed name
//! `|1|base64 salt|base64 HMAC-SHA1`), the key type, the base64 key and an
//! optional comment. The fingerprint is computed as `ssh-keygen -l` prints
//! it: `SHA256:` and the unpadded base64 of the SHA-256 of the decoded
//! key, with the key's size in bits (RSA and DSA from the key's modulus /
//! prime, read bounds-checked).
//!
//! **Output** `parsed/ssh.jsonl`: one `known_host` record per key line and
//! one `config_host` record per `Host`/`Match` block: see
//! `docs/collectors/known_hosts.md`.
//!
//! **References.** OpenSSH `sshd(8)` (known_hosts format), `ssh_config(5)`,
//! `ssh-keygen(1)` (`-l`, fingerprints), `sshkey.c` (`sshkey_size`), RFC 4253
//! §6.6 (key blobs), RFC 4251 §5 (`mpint`); mac_apt does not read these
//! files; AutoMacTC `mod_ssh`.

use std::ffi::OsStr;
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::formats::bytes::ByteReader;
use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::{Collector, Ctx, Fatal};

pub struct KnownHosts;

const STREAM: &str = "ssh";

/// Known-hosts file names in `~/.ssh`.
const USER_FILES: [&str; 3] = ["known_hosts", "known_hosts2", "known_hosts.old"];
/// System-wide known-hosts files.
pub const SYSTEM_FILES: [&str; 2] = [
    "/private/etc/ssh/ssh_known_hosts",
    "/private/etc/ssh/ssh_known_hosts2",
];

/// Files larger than this are archived, not parsed.
const MAX_PARSE: u64 = 64 << 20;

/// A parsed key: what `ssh-keygen -l` prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyInfo {
    pub fingerprint: String,
    pub bits: Option<u32>,
    /// The type named inside the key blob.
    pub blob_type: Option<String>,
}

/// `ssh-keygen -l`'s name for a key type.
pub fn key_type_name(t: &str) -> Option<&'static str> {
    Some(match t {
        "ssh-rsa" => "RSA",
        "ssh-dss" => "DSA",
        "ecdsa-sha2-nistp256" | "ecdsa-sha2-nistp384" | "ecdsa-sha2-nistp521" => "ECDSA",
        "ssh-ed25519" => "ED25519",
        "sk-ecdsa-sha2-nistp256@openssh.com" => "ECDSA-SK",
        "sk-ssh-ed25519@openssh.com" => "ED25519-SK",
        "ssh-rsa-cert-v01@openssh.com" => "RSA-CERT",
        "ssh-dss-cert-v01@openssh.com" => "DSA-CERT",
        "ecdsa-sha2-nistp256-cert-v01@openssh.com"
        | "ecdsa-sha2-nistp384-cert-v01@openssh.com"
        | "ecdsa-sha2-nistp521-cert-v01@openssh.com" => "ECDSA-CERT",
        "ssh-ed25519-cert-v01@openssh.com" => "ED25519-CERT",
        "sk-ecdsa-sha2-nistp256-cert-v01@openssh.com" => "ECDSA-SK-CERT",
        "sk-ssh-ed25519-cert-v01@openssh.com" => "ED25519-SK-CERT",
        _ => return None,
    })
}

/// The bit length of a big-endian unsigned integer (an `mpint`'s bytes).
fn mpint_bits(b: &[u8]) -> u32 {
    let mut it = b.iter().skip_while(|&&x| x == 0);
    match it.next() {
        None => 0,
        Some(&first) => {
            let rest = it.count() as u32;
            rest.saturating_mul(8)
                .saturating_add(8 - first.leading_zeros())
        }
    }
}

fn ssh_string<'a>(r: &mut ByteReader<'a>, field: &'static str) -> Option<&'a [u8]> {
    let n = r.u32_be(field).ok()?;
    r.take(field, usize::try_from(n).ok()?).ok()
}

/// Decode a base64 key and compute its fingerprint and size.
pub fn key_info(key_type: &str, b64: &str) -> Result<KeyInfo, String> {
    let blob = base64::engine::general_purpose::STANDARD
        .decode(b64.trim_end_matches('='))
        .or_else(|_| {
            base64::engine::general_purpose::STANDARD_NO_PAD.decode(b64.trim_end_matches('='))
        })
        .map_err(|e| format!("the key is not valid base64: {e}"))?;
    let digest = Sha256::digest(&blob);
    let fingerprint = format!(
        "SHA256:{}",
        base64::engine::general_purpose::STANDARD_NO_PAD.encode(digest)
    );
    let mut r = ByteReader::new(&blob);
    let blob_type = ssh_string(&mut r, "key type").map(|t| String::from_utf8_lossy(t).into_owned());
    let t = blob_type.as_deref().unwrap_or(key_type);
    let bits = match t {
        "ssh-rsa" => {
            // e, then n
            ssh_string(&mut r, "rsa.e")
                .and_then(|_| ssh_string(&mut r, "rsa.n"))
                .map(mpint_bits)
        }
        "ssh-dss" => ssh_string(&mut r, "dsa.p").map(mpint_bits),
        "ecdsa-sha2-nistp256" | "sk-ecdsa-sha2-nistp256@openssh.com" => Some(256),
        "ecdsa-sha2-nistp384" => Some(384),
        "ecdsa-sha2-nistp521" => Some(521),
        "ssh-ed25519" | "sk-ssh-ed25519@openssh.com" => Some(256),
        _ => None,
    };
    Ok(KeyInfo {
        fingerprint,
        bits,
        blob_type,
    })
}

/// One parsed known-hosts line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownHostLine<'a> {
    pub marker: Option<&'a str>,
    pub hosts: &'a str,
    pub key_type: Option<&'a str>,
    pub key: Option<&'a str>,
    pub comment: Option<&'a str>,
}

/// Split a known-hosts line (not a comment, not blank) into its fields.
pub fn split_line(line: &str) -> Option<KnownHostLine<'_>> {
    let mut fields = line.split_ascii_whitespace();
    let mut first = fields.next()?;
    let marker = if first.starts_with('@') {
        let m = first;
        first = fields.next()?;
        Some(m)
    } else {
        None
    };
    let key_type = fields.next();
    let key = fields.next();
    // The comment is the rest of the line, as written.
    let comment = key.and_then(|k| {
        let at = line.find(k)? + k.len();
        let rest = line.get(at..)?.trim();
        (!rest.is_empty()).then_some(rest)
    });
    Some(KnownHostLine {
        marker,
        hosts: first,
        key_type,
        key,
        comment,
    })
}

/// One `Host`/`Match` block of an ssh client configuration.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConfigBlock {
    /// `Host` or `Match` (or empty for options before the first block).
    pub keyword: String,
    pub patterns: Vec<String>,
    pub line: u64,
    /// Every option, lower-cased keyword and its arguments, in order.
    pub options: Vec<(String, String)>,
}

impl ConfigBlock {
    fn get(&self, key: &str) -> Option<&str> {
        self.options
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    fn all(&self, key: &str) -> Vec<String> {
        self.options
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

/// Parse an ssh client configuration into blocks (`ssh_config(5)`:
/// `keyword arguments` or `keyword=arguments`, `#` comments).
pub fn parse_config(text: &str) -> Vec<ConfigBlock> {
    let mut blocks: Vec<ConfigBlock> = Vec::new();
    let mut current = ConfigBlock::default();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let split = line
            .find(|c: char| c.is_ascii_whitespace() || c == '=')
            .unwrap_or(line.len());
        let (key, rest) = line.split_at(split);
        let value = rest
            .trim_start()
            .strip_prefix('=')
            .unwrap_or(rest)
            .trim()
            .to_string();
        let key = key.to_ascii_lowercase();
        if key == "host" || key == "match" {
            if !current.options.is_empty() || !current.keyword.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
            current.keyword = if key == "host" { "Host" } else { "Match" }.into();
            current.patterns = value.split_ascii_whitespace().map(str::to_owned).collect();
            current.line = i as u64 + 1;
        } else {
            current.options.push((key, value));
        }
    }
    if !current.options.is_empty() || !current.keyword.is_empty() {
        blocks.push(current);
    }
    blocks
}

impl KnownHosts {
    fn read(&self, ctx: &mut Ctx<'_>, target: &Path) -> Option<Vec<u8>> {
        let acq = ctx.acquire(target)?;
        if acq.meta.size > MAX_PARSE {
            ctx.error(
                target,
                format!(
                    "{} bytes, over the {MAX_PARSE}-byte parsing limit; archived, not parsed",
                    acq.meta.size
                ),
            );
            return None;
        }
        let mut data = Vec::new();
        if let Err(e) = acq
            .open()
            .and_then(|f| f.take(MAX_PARSE).read_to_end(&mut data))
        {
            ctx.error(target, format!("cannot read the staged copy: {e}"));
            return None;
        }
        Some(data)
    }

    fn known_hosts(&self, ctx: &mut Ctx<'_>, target: &Path, user: Option<&str>) {
        let Some(data) = self.read(ctx, target) else {
            return;
        };
        let mut bad = 0u64;
        let mut first_bad = None;
        for (i, raw) in data.split(|&b| b == b'\n').enumerate() {
            let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
            let text = String::from_utf8_lossy(raw);
            let trimmed = text.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let n = i as u64 + 1;
            let Some(parts) = split_line(trimmed) else {
                continue;
            };
            let hashed = parts.hosts.starts_with("|1|");
            let hosts: Vec<&str> = if hashed {
                Vec::new()
            } else {
                parts.hosts.split(',').filter(|h| !h.is_empty()).collect()
            };
            let (info, error) = match (parts.key_type, parts.key) {
                (Some(t), Some(k)) => match key_info(t, k) {
                    Ok(info) => {
                        let mismatch =
                            info.blob_type.as_deref().is_some_and(|b| b != t).then(|| {
                                format!(
                                    "the key says it is {}, the line {t}",
                                    info.blob_type.as_deref().unwrap_or("")
                                )
                            });
                        (Some(info), mismatch)
                    }
                    Err(e) => (None, Some(e)),
                },
                _ => (None, Some("no key type and key".to_string())),
            };
            if let Some(e) = &error {
                bad += 1;
                first_bad.get_or_insert_with(|| format!("line {n}: {e}"));
            }
            let key_type = parts.key_type.map(str::to_owned);
            let rec = ctx
                .record(target, user)
                .set("kind", "known_host")
                .set("line_number", n)
                .set("marker", parts.marker.map(str::to_owned))
                .set("host", hosts.first().map(|h| h.to_string()))
                .set(
                    "hosts",
                    hosts.iter().map(|h| h.to_string()).collect::<Vec<_>>(),
                )
                .set("hashed", hashed)
                .set("hashed_host", hashed.then(|| parts.hosts.to_string()))
                .set("key_type", key_type.clone())
                .set("key_type_name", key_type.as_deref().and_then(key_type_name))
                .set("bits", info.as_ref().and_then(|i| i.bits))
                .set("fingerprint", info.as_ref().map(|i| i.fingerprint.clone()))
                .set("comment", parts.comment.map(str::to_owned))
                .set("error", error)
                .name("line", "line_b64", OsStr::from_bytes(raw));
            ctx.emit(STREAM, rec);
        }
        if let Some(first) = first_bad {
            ctx.error(
                target,
                format!("{bad} line(s) without a readable key (first: {first})"),
            );
        }
    }

    fn config(&self, ctx: &mut Ctx<'_>, target: &Path, user: Option<&str>) {
        let Some(data) = self.read(ctx, target) else {
            return;
        };
        let text = String::from_utf8_lossy(&data);
        for b in parse_config(&text) {
            let options: serde_json::Map<String, Value> = {
                let mut m = serde_json::Map::new();
                for (k, v) in &b.options {
                    match m.get_mut(k) {
                        Some(Value::Array(a)) => a.push(v.clone().into()),
                        _ => {
                            m.insert(k.clone(), Value::Array(vec![v.clone().into()]));
                        }
                    }
                }
                m
            };
            let forwards: Vec<String> = ["localforward", "remoteforward", "dynamicforward"]
                .iter()
                .flat_map(|k| b.all(k).into_iter().map(move |v| format!("{k} {v}")))
                .collect();
            let rec = ctx
                .record(target, user)
                .set("kind", "config_host")
                .set("line_number", b.line)
                .set("block", b.keyword.clone())
                .set("patterns", b.patterns.clone())
                .set("hostname", b.get("hostname").map(str::to_owned))
                .set("ssh_user", b.get("user").map(str::to_owned))
                .set("port", b.get("port").map(str::to_owned))
                .set("identity_files", b.all("identityfile"))
                .set("proxy_command", b.get("proxycommand").map(str::to_owned))
                .set("proxy_jump", b.get("proxyjump").map(str::to_owned))
                .set("forwards", forwards)
                .set("includes", b.all("include"))
                .set("options", Value::Object(options));
            ctx.emit(STREAM, rec);
        }
    }
}

static DESCRIPTION: Description = Description {
    name: "known_hosts",
    reads: "SSH known_hosts (every home and /etc/ssh): hosts or hashed names, key types, SHA-256 fingerprints; ~/.ssh/config hosts",
    outputs: &[STREAM],
    scope: Scope::AnyRoot,
    cost: Cost::Cheap,
};

impl Collector for KnownHosts {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        ctx.declare_output(STREAM);
        for f in SYSTEM_FILES {
            self.known_hosts(ctx, Path::new(f), None);
        }
        for user in ctx.users() {
            if ctx.should_stop() {
                return Ok(());
            }
            let ssh: PathBuf = user.home.join(".ssh");
            for f in USER_FILES {
                self.known_hosts(ctx, &ssh.join(f), Some(&user.name));
            }
            self.config(ctx, &ssh.join("config"), Some(&user.name));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
