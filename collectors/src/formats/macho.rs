//! Mach-O executables and their embedded code signatures.
//!
//! **What.** The executable format of macOS: programs, dynamic libraries,
//! bundles (plug-ins), kernel extensions. A file is either *thin* (one
//! architecture) or *universal* ("fat": a big-endian table of slices, each a
//! thin Mach-O for one CPU). Every version of macOS runs them; Apple silicon
//! (macOS 11+) refuses to run an arm64 slice without a code signature.
//!
//! **Decoded per slice:** CPU type and subtype, file type, header flags,
//! `LC_UUID`, the minimum OS and SDK (`LC_BUILD_VERSION`, else
//! `LC_VERSION_MIN_MACOSX`), every linked dylib (`LC_LOAD_DYLIB`, and the
//! weak, re-export, lazy and upward variants) and `LC_RPATH` (what dylib
//! hijacking abuses), `LC_DYLD_ENVIRONMENT`, and the code signature that
//! `LC_CODE_SIGNATURE` points at.
//!
//! **The code signature** (big-endian) is a SuperBlob (`0xfade0cc0`) that
//! indexes blobs: CodeDirectories (`0xfade0c02`; slot 0 and alternates at
//! 0x1000..), requirements (`0xfade0c01`), entitlements as an XML plist
//! (`0xfade7171`) and as DER (`0xfade7172`, macOS 10.15+), and the CMS
//! signature (`0xfade0b01`, slot 0x10000). From the CodeDirectory: version,
//! flags (adhoc, runtime, linker-signed, ...), hash type, identifier, team
//! ID (version 0x20200+), platform, code limit; the cdhash is the hash of
//! the CodeDirectory blob with its own hash type, truncated to 20 bytes.
//! From the CMS blob: the certificates' subject and issuer names, validity
//! and SHA-256, in chain order (leaf first), and the signing time.
//!
//! **Status** ([`SignatureStatus`]): `unsigned` (no `LC_CODE_SIGNATURE`),
//! `adhoc` (no certificate: `codesign -s -` or the linker's signature),
//! `signed` (a CMS blob with a certificate chain), or `invalid` when the
//! signature does not check out: the CodeDirectory's page hashes do not
//! match the bytes of the slice (the file was changed after signing), a
//! special slot does not match the requirements or entitlements blob it
//! covers, or the signature structure is broken. The signature is **not**
//! validated against Apple's roots, the CMS signature is not verified, and
//! revocation is not checked: `signed` means "carries a chain naming this
//! signer", never "verified".
//!
//! Every read goes through the bounds-checked [`ByteReader`]; counts and
//! offsets from the file are bounded, so a hostile file gives a
//! [`MachoError`] (whole file) or a per-slice `error`, never a panic.
//!
//! References: Apple `<mach-o/loader.h>`, `<mach-o/fat.h>`; Apple
//! `Security/OSX/libsecurity_codesigning/lib/cscdefs.h` and `CodeDirectory.h`
//! (xnu `osfmk/kern/cs_blobs.h`); Jonathan Levin, "Code Signing – Hashed
//! Out"; artemis `macho/` (puffyCid); `scripts/check-macos-binary.py`.

use serde::Serialize;
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha384};
use thiserror::Error;

use super::bytes::{slice_at, BinaryError, ByteReader};
use super::der::{self, tag, Tlv};

pub const FAT_MAGIC: u32 = 0xcafe_babe;
pub const FAT_MAGIC_64: u32 = 0xcafe_babf;
pub const MH_MAGIC: u32 = 0xfeed_face;
pub const MH_MAGIC_64: u32 = 0xfeed_facf;
pub const MH_CIGAM: u32 = 0xcefa_edfe;
pub const MH_CIGAM_64: u32 = 0xcffa_edfe;

/// Most slices accepted in a universal file.
const MAX_ARCHES: u32 = 32;
/// Most dylib, rpath and environment entries kept per slice.
const MAX_LIST: usize = 4096;
/// Most blobs accepted in one SuperBlob.
const MAX_BLOBS: u32 = 1024;
/// Most certificates decoded from one CMS blob.
const MAX_CERTS: usize = 64;

const LC_REQ_DYLD: u32 = 0x8000_0000;
const LC_LOAD_DYLIB: u32 = 0xc;
const LC_LOAD_WEAK_DYLIB: u32 = 0x18 | LC_REQ_DYLD;
const LC_REEXPORT_DYLIB: u32 = 0x1f | LC_REQ_DYLD;
const LC_LAZY_LOAD_DYLIB: u32 = 0x20;
const LC_LOAD_UPWARD_DYLIB: u32 = 0x23 | LC_REQ_DYLD;
const LC_ID_DYLIB: u32 = 0xd;
const LC_RPATH: u32 = 0x1c | LC_REQ_DYLD;
const LC_UUID: u32 = 0x1b;
const LC_CODE_SIGNATURE: u32 = 0x1d;
const LC_VERSION_MIN_MACOSX: u32 = 0x24;
const LC_VERSION_MIN_IPHONEOS: u32 = 0x25;
const LC_DYLD_ENVIRONMENT: u32 = 0x27;
const LC_BUILD_VERSION: u32 = 0x32;

const CSMAGIC_EMBEDDED_SIGNATURE: u32 = 0xfade_0cc0;
const CSMAGIC_CODEDIRECTORY: u32 = 0xfade_0c02;
const CSMAGIC_REQUIREMENTS: u32 = 0xfade_0c01;
const CSMAGIC_EMBEDDED_ENTITLEMENTS: u32 = 0xfade_7171;
const CSMAGIC_EMBEDDED_DER_ENTITLEMENTS: u32 = 0xfade_7172;
const CSMAGIC_BLOBWRAPPER: u32 = 0xfade_0b01;

const CSSLOT_CODEDIRECTORY: u32 = 0;
const CSSLOT_REQUIREMENTS: u32 = 2;
const CSSLOT_ENTITLEMENTS: u32 = 5;
const CSSLOT_DER_ENTITLEMENTS: u32 = 7;
const CSSLOT_ALTERNATE_CODEDIRECTORIES: u32 = 0x1000;
const CSSLOT_SIGNATURESLOT: u32 = 0x10000;

pub const CS_ADHOC: u32 = 0x2;
pub const CS_RUNTIME: u32 = 0x1_0000;
pub const CS_LINKER_SIGNED: u32 = 0x2_0000;

/// CodeDirectory flag names, as `codesign -d` prints them.
const CS_FLAGS: [(u32, &str); 14] = [
    (0x1, "valid"),
    (0x2, "adhoc"),
    (0x4, "get-task-allow"),
    (0x8, "installer"),
    (0x10, "forced-lv"),
    (0x20, "invalid-allowed"),
    (0x100, "hard"),
    (0x200, "kill"),
    (0x400, "expires"),
    (0x800, "restrict"),
    (0x1000, "enforcement"),
    (0x2000, "library-validation"),
    (0x1_0000, "runtime"),
    (0x2_0000, "linker-signed"),
];

const OID_SIGNED_DATA: &str = "1.2.840.113549.1.7.2";
const OID_SIGNING_TIME: &str = "1.2.840.113549.1.9.5";

/// A failure to decode the file as a whole.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum MachoError {
    /// Not a Mach-O file (a script, a text file, a Java class, ...).
    #[error("not a Mach-O file (magic {magic:#010x})")]
    NotMachO { magic: u32 },
    /// The universal header is unreadable or implausible.
    #[error("universal header: {0}")]
    FatHeader(String),
    /// A code signature blob is unreadable.
    #[error("code signature: {0}")]
    Signature(String),
    #[error(transparent)]
    Read(#[from] BinaryError),
}

/// What the signature of a slice (or a file) amounts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SignatureStatus {
    /// Broken structure, or hashes that do not match the file.
    Invalid,
    Unsigned,
    Adhoc,
    Signed,
}

impl SignatureStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SignatureStatus::Invalid => "invalid",
            SignatureStatus::Unsigned => "unsigned",
            SignatureStatus::Adhoc => "adhoc",
            SignatureStatus::Signed => "signed",
        }
    }
}

/// A decoded Mach-O file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MachO {
    /// `thin` or `universal`.
    pub format: &'static str,
    pub arches: Vec<Arch>,
    /// The weakest status of its slices (`invalid` < `unsigned` < `adhoc`
    /// < `signed`): a universal file with one unsigned slice is unsigned
    /// on the machines that pick that slice.
    pub signature_status: SignatureStatus,
}

impl MachO {
    /// The first slice with a code signature (the one tools report first).
    pub fn primary_signature(&self) -> Option<&CodeSignature> {
        self.arches.iter().find_map(|a| a.signature.as_ref())
    }

    /// True when every slice is signed by Apple itself ("Software Signing"
    /// under "Apple Root CA"), as the operating system's own programs are.
    pub fn apple_signed(&self) -> bool {
        !self.arches.is_empty()
            && self.arches.iter().all(|a| {
                a.signature
                    .as_ref()
                    .is_some_and(CodeSignature::apple_signed)
            })
    }

    /// Decoding problems of single slices.
    pub fn errors(&self) -> Vec<String> {
        self.arches
            .iter()
            .filter_map(|a| a.error.as_ref().map(|e| format!("{}: {e}", a.cpu)))
            .collect()
    }
}

/// One linked library.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dylib {
    /// `load`, `weak`, `reexport`, `lazy` or `upward`.
    pub kind: &'static str,
    pub path: String,
    pub current_version: String,
    pub compatibility_version: String,
}

/// One architecture (a thin file has one).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Arch {
    /// `x86_64`, `arm64`, `arm64e`, `i386`, `ppc`, ... or `cpu <n>`.
    pub cpu: String,
    pub cpu_type: u32,
    pub cpu_subtype: u32,
    /// Offset and size of the slice in the file.
    pub offset: u64,
    pub size: u64,
    pub bits: u8,
    /// `execute`, `dylib`, `bundle`, `kext_bundle`, ...
    pub file_type: String,
    pub file_type_raw: u32,
    pub flags: u32,
    pub uuid: Option<String>,
    /// Platform of `LC_BUILD_VERSION` (`macos`, `ios`, `maccatalyst`, ...).
    pub platform: Option<String>,
    /// Minimum OS version, `major.minor.patch`.
    pub min_os: Option<String>,
    pub sdk: Option<String>,
    /// This library's own install name (`LC_ID_DYLIB`).
    pub install_name: Option<String>,
    pub dylibs: Vec<Dylib>,
    pub rpaths: Vec<String>,
    /// `LC_DYLD_ENVIRONMENT` strings (`DYLD_...=...`).
    pub dyld_environment: Vec<String>,
    pub signature_status: SignatureStatus,
    pub signature: Option<CodeSignature>,
    /// Why the slice, or its signature, could not be fully decoded.
    pub error: Option<String>,
}

/// One CodeDirectory's hash.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CdHash {
    pub hash_type: &'static str,
    pub cdhash: String,
}

/// One certificate of the CMS blob.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Certificate {
    /// RFC 4514 form, most specific first: `CN=..., OU=..., O=..., C=...`.
    pub subject: String,
    pub common_name: Option<String>,
    pub organizational_unit: Option<String>,
    pub organization: Option<String>,
    pub issuer: String,
    pub issuer_common_name: Option<String>,
    /// Serial number, hex.
    pub serial: String,
    pub not_before: Option<String>,
    pub not_after: Option<String>,
    /// SHA-256 of the certificate's DER (what Santa's certificate rules use).
    pub sha256: String,
}

/// A decoded code signature.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CodeSignature {
    pub identifier: Option<String>,
    pub team_id: Option<String>,
    /// CodeDirectory version, e.g. `0x20400`.
    pub cd_version: String,
    pub flags: u32,
    pub flag_names: Vec<&'static str>,
    /// The hash type of the CodeDirectory the cdhash is taken from.
    pub hash_type: &'static str,
    /// The cdhash of the strongest CodeDirectory (hex, 20 bytes).
    pub cdhash: Option<String>,
    /// Every CodeDirectory's cdhash.
    pub cdhashes: Vec<CdHash>,
    pub platform: u8,
    pub code_slots: u32,
    pub special_slots: u32,
    pub code_limit: u64,
    pub page_size: u64,
    /// Runtime version of the hardened runtime (CodeDirectory 0x20500+).
    pub runtime_version: Option<String>,
    /// Pages whose hash was compared with the file (0 when no file bytes
    /// were available, as for a detached signature).
    pub pages_checked: u64,
    /// Why the signature is `invalid`.
    pub invalid_reason: Option<String>,
    /// `xml` or `der`, when entitlements are embedded.
    pub entitlements_format: Option<&'static str>,
    pub entitlements: Option<serde_json::Value>,
    pub entitlements_error: Option<String>,
    /// Certificates, leaf first.
    pub certificates: Vec<Certificate>,
    /// Common names of the chain, leaf first (`codesign`'s "Authority").
    pub chain: Vec<String>,
    /// The CMS signed attribute `signingTime`, RFC 3339 UTC.
    pub signing_time: Option<String>,
    pub status: SignatureStatus,
}

impl CodeSignature {
    /// The leaf certificate's common name.
    pub fn signer(&self) -> Option<&str> {
        self.chain.first().map(String::as_str)
    }

    /// Signed by Apple's own code signing certificate.
    pub fn apple_signed(&self) -> bool {
        self.status == SignatureStatus::Signed
            && self.signer() == Some("Software Signing")
            && self.chain.last().map(String::as_str) == Some("Apple Root CA")
    }
}

/// The record field names the signature summary of a decoded file is
/// written under (see [`SignatureKeys::write`]); each collector has its
/// own prefix.
#[derive(Debug, Clone, Copy)]
pub struct SignatureKeys {
    /// [`MachO::signature_status`].
    pub status: &'static str,
    /// The primary signature's identifier.
    pub signing_id: &'static str,
    pub team_id: &'static str,
    /// The leaf certificate's common name.
    pub signer: &'static str,
    pub cdhash: &'static str,
    /// The slices' CPU names; `None` when the caller keeps the whole
    /// decoded file instead.
    pub arches: Option<&'static str>,
    /// Why the file, or some of its slices, did not decode; `None` when
    /// the caller records that itself.
    pub error: Option<&'static str>,
}

impl SignatureKeys {
    /// Write the summary of `decoded` (or why it did not decode) into
    /// `rec`. Fields without a value are written as `null`; the errors of
    /// single slices go with the summary.
    pub fn write(&self, rec: &mut crate::Record, decoded: Result<&MachO, &str>) {
        let m = match decoded {
            Ok(m) => m,
            Err(e) => {
                if let Some(key) = self.error {
                    rec.insert(key, e);
                }
                return;
            }
        };
        let sig = m.primary_signature();
        rec.insert(self.status, m.signature_status.as_str());
        rec.insert(self.signing_id, sig.and_then(|s| s.identifier.clone()));
        rec.insert(self.team_id, sig.and_then(|s| s.team_id.clone()));
        rec.insert(
            self.signer,
            sig.and_then(|s| s.signer().map(str::to_string)),
        );
        rec.insert(self.cdhash, sig.and_then(|s| s.cdhash.clone()));
        if let Some(key) = self.arches {
            rec.insert(
                key,
                m.arches.iter().map(|a| a.cpu.clone()).collect::<Vec<_>>(),
            );
        }
        let errors = m.errors();
        if let (Some(key), false) = (self.error, errors.is_empty()) {
            rec.insert(key, errors.join("; "));
        }
    }
}

/// True when `data` starts like a Mach-O or universal file.
pub fn is_macho(data: &[u8]) -> bool {
    let mut r = ByteReader::new(data);
    let (Ok(be), Ok(n)) = (r.u32_be("magic"), r.u32_be("nfat_arch")) else {
        return false;
    };
    let le = u32::from_be_bytes(be.to_le_bytes());
    matches!(le, MH_MAGIC | MH_MAGIC_64)
        || matches!(be, MH_MAGIC | MH_MAGIC_64)
        // A Java class file shares 0xcafebabe; its version (>= 45) sits
        // where a universal header keeps its slice count.
        || (matches!(be, FAT_MAGIC | FAT_MAGIC_64) && (1..=MAX_ARCHES).contains(&n))
}

fn cpu_name(cpu: u32, sub: u32) -> String {
    let sub = sub & 0x00ff_ffff;
    match cpu {
        7 => "i386".into(),
        0x0100_0007 if sub == 8 => "x86_64h".into(),
        0x0100_0007 => "x86_64".into(),
        12 => match sub {
            9 => "armv7".into(),
            11 => "armv7s".into(),
            12 => "armv7k".into(),
            6 => "armv6".into(),
            _ => "arm".into(),
        },
        0x0100_000c if sub == 2 => "arm64e".into(),
        0x0100_000c => "arm64".into(),
        0x0200_000c => "arm64_32".into(),
        18 => "ppc".into(),
        0x0100_0012 => "ppc64".into(),
        other => format!("cpu {other:#x}"),
    }
}

fn file_type_name(t: u32) -> String {
    match t {
        1 => "object",
        2 => "execute",
        3 => "fvmlib",
        4 => "core",
        5 => "preload",
        6 => "dylib",
        7 => "dylinker",
        8 => "bundle",
        9 => "dylib_stub",
        10 => "dsym",
        11 => "kext_bundle",
        12 => "fileset",
        _ => return format!("type {t}"),
    }
    .into()
}

fn platform_name(p: u32) -> String {
    match p {
        1 => "macos",
        2 => "ios",
        3 => "tvos",
        4 => "watchos",
        5 => "bridgeos",
        6 => "maccatalyst",
        7 => "iossimulator",
        8 => "tvossimulator",
        9 => "watchossimulator",
        10 => "driverkit",
        11 => "visionos",
        12 => "visionossimulator",
        _ => return format!("platform {p}"),
    }
    .into()
}

/// `xxxx.yy.zz` nibble-packed version.
fn version(v: u32) -> String {
    format!("{}.{}.{}", v >> 16, (v >> 8) & 0xff, v & 0xff)
}

/// Decode a Mach-O or universal file.
pub fn parse(data: &[u8]) -> Result<MachO, MachoError> {
    let mut r = ByteReader::new(data);
    let magic_be = r.u32_be("header.magic")?;
    let (format, slices) = match magic_be {
        FAT_MAGIC | FAT_MAGIC_64 => {
            let wide = magic_be == FAT_MAGIC_64;
            let n = r.u32_be("fat_header.nfat_arch")?;
            if n == 0 || n > MAX_ARCHES {
                return Err(MachoError::FatHeader(format!(
                    "{n} slices (at most {MAX_ARCHES} accepted)"
                )));
            }
            let mut slices = Vec::new();
            for _ in 0..n {
                let cpu = r.u32_be("fat_arch.cputype")?;
                let sub = r.u32_be("fat_arch.cpusubtype")?;
                let (offset, size) = if wide {
                    let o = r.u64_be("fat_arch.offset")?;
                    let s = r.u64_be("fat_arch.size")?;
                    r.skip("fat_arch.align+reserved", 8)?;
                    (o, s)
                } else {
                    let o = u64::from(r.u32_be("fat_arch.offset")?);
                    let s = u64::from(r.u32_be("fat_arch.size")?);
                    r.skip("fat_arch.align", 4)?;
                    (o, s)
                };
                slices.push((Some((cpu, sub)), offset, size));
            }
            ("universal", slices)
        }
        _ => {
            let le = u32::from_be_bytes(magic_be.to_le_bytes());
            if !matches!(le, MH_MAGIC | MH_MAGIC_64) && !matches!(magic_be, MH_MAGIC | MH_MAGIC_64)
            {
                return Err(MachoError::NotMachO { magic: magic_be });
            }
            ("thin", vec![(None, 0, data.len() as u64)])
        }
    };
    let mut arches = Vec::with_capacity(slices.len());
    for (fat_cpu, offset, size) in slices {
        let (cpu, sub) = fat_cpu.unwrap_or((0, 0));
        let mut arch = Arch {
            cpu: cpu_name(cpu, sub),
            cpu_type: cpu,
            cpu_subtype: sub,
            offset,
            size,
            bits: 0,
            file_type: String::new(),
            file_type_raw: 0,
            flags: 0,
            uuid: None,
            platform: None,
            min_os: None,
            sdk: None,
            install_name: None,
            dylibs: Vec::new(),
            rpaths: Vec::new(),
            dyld_environment: Vec::new(),
            signature_status: SignatureStatus::Invalid,
            signature: None,
            error: None,
        };
        match slice_at(data, "fat_arch slice", offset, size) {
            Ok(slice) => {
                if let Err(e) = parse_slice(slice, &mut arch, fat_cpu.is_some()) {
                    arch.signature_status = SignatureStatus::Invalid;
                    arch.error = Some(e);
                }
            }
            Err(e) => {
                arch.error = Some(format!(
                    "slice at {offset:#x} of {size:#x} bytes lies outside the file ({e})"
                ));
            }
        }
        arches.push(arch);
    }
    let signature_status = arches
        .iter()
        .map(|a| a.signature_status)
        .min()
        .unwrap_or(SignatureStatus::Invalid);
    Ok(MachO {
        format,
        arches,
        signature_status,
    })
}

/// A bounds-checked reader whose integer width and order follow the header.
struct Ints {
    big: bool,
}

impl Ints {
    fn u32(&self, r: &mut ByteReader<'_>, f: &'static str) -> Result<u32, BinaryError> {
        if self.big {
            r.u32_be(f)
        } else {
            r.u32_le(f)
        }
    }
}

/// A NUL-terminated string at `off` within a load command.
fn lc_str(cmd: &[u8], off: u32) -> String {
    let bytes = usize::try_from(off)
        .ok()
        .and_then(|o| cmd.get(o..))
        .unwrap_or_default();
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    String::from_utf8_lossy(bytes.get(..end).unwrap_or_default()).into_owned()
}

fn parse_slice(slice: &[u8], arch: &mut Arch, from_fat: bool) -> Result<(), String> {
    let mut r = ByteReader::new(slice);
    let magic = r.u32_le("mach_header.magic").map_err(|e| e.to_string())?;
    let (bits, big) = match magic {
        MH_MAGIC => (32, false),
        MH_MAGIC_64 => (64, false),
        MH_CIGAM => (32, true),
        MH_CIGAM_64 => (64, true),
        other => return Err(format!("slice is not a Mach-O (magic {other:#010x})")),
    };
    let ints = Ints { big };
    let e = |e: BinaryError| e.to_string();
    let cpu = ints.u32(&mut r, "mach_header.cputype").map_err(e)?;
    let sub = ints.u32(&mut r, "mach_header.cpusubtype").map_err(e)?;
    let file_type = ints.u32(&mut r, "mach_header.filetype").map_err(e)?;
    let ncmds = ints.u32(&mut r, "mach_header.ncmds").map_err(e)?;
    let sizeofcmds = ints.u32(&mut r, "mach_header.sizeofcmds").map_err(e)?;
    let flags = ints.u32(&mut r, "mach_header.flags").map_err(e)?;
    if bits == 64 {
        r.skip("mach_header_64.reserved", 4).map_err(e)?;
    }
    arch.bits = bits;
    if from_fat && (cpu != arch.cpu_type) {
        // Keep the slice's own word, but say the table disagrees.
        arch.error = Some(format!(
            "universal header says {}, the slice says {}",
            arch.cpu,
            cpu_name(cpu, sub)
        ));
    }
    arch.cpu_type = cpu;
    arch.cpu_subtype = sub;
    arch.cpu = cpu_name(cpu, sub);
    arch.file_type_raw = file_type;
    arch.file_type = file_type_name(file_type);
    arch.flags = flags;
    let header_len = r.position() as u64;
    let cmds =
        slice_at(slice, "load commands", header_len, u64::from(sizeofcmds)).map_err(|_| {
            format!(
                "load commands ({sizeofcmds:#x} bytes) run past the end of the slice ({:#x} bytes)",
                slice.len()
            )
        })?;
    if u64::from(ncmds) * 8 > u64::from(sizeofcmds) {
        return Err(format!(
            "{ncmds} load commands cannot fit in {sizeofcmds:#x} bytes"
        ));
    }
    let mut cr = ByteReader::with_base(cmds, header_len);
    let mut code_signature: Option<(u32, u32)> = None;
    for _ in 0..ncmds {
        let at = cr.position() as u64;
        let cmd = ints.u32(&mut cr, "load_command.cmd").map_err(e)?;
        let cmdsize = ints.u32(&mut cr, "load_command.cmdsize").map_err(e)?;
        if cmdsize < 8 {
            return Err(format!(
                "load command {cmd:#x} at {:#x} has size {cmdsize}",
                at + header_len
            ));
        }
        let body = slice_at(cmds, "load command", at, u64::from(cmdsize)).map_err(|_| {
            format!(
                "load command {cmd:#x} at {:#x} ({cmdsize} bytes) runs past the load command area",
                at + header_len
            )
        })?;
        cr.seek("load command", at + u64::from(cmdsize))
            .map_err(e)?;
        let mut br = ByteReader::with_base(body, at + header_len);
        br.skip("load_command", 8).map_err(e)?;
        match cmd {
            LC_LOAD_DYLIB | LC_LOAD_WEAK_DYLIB | LC_REEXPORT_DYLIB | LC_LAZY_LOAD_DYLIB
            | LC_LOAD_UPWARD_DYLIB | LC_ID_DYLIB => {
                let name_off = ints.u32(&mut br, "dylib.name").map_err(e)?;
                let _timestamp = ints.u32(&mut br, "dylib.timestamp").map_err(e)?;
                let current = ints.u32(&mut br, "dylib.current_version").map_err(e)?;
                let compat = ints
                    .u32(&mut br, "dylib.compatibility_version")
                    .map_err(e)?;
                let path = lc_str(body, name_off);
                if cmd == LC_ID_DYLIB {
                    arch.install_name = Some(path);
                } else if arch.dylibs.len() < MAX_LIST {
                    arch.dylibs.push(Dylib {
                        kind: match cmd {
                            LC_LOAD_WEAK_DYLIB => "weak",
                            LC_REEXPORT_DYLIB => "reexport",
                            LC_LAZY_LOAD_DYLIB => "lazy",
                            LC_LOAD_UPWARD_DYLIB => "upward",
                            _ => "load",
                        },
                        path,
                        current_version: version(current),
                        compatibility_version: version(compat),
                    });
                }
            }
            LC_RPATH | LC_DYLD_ENVIRONMENT => {
                let off = ints.u32(&mut br, "lc_str.offset").map_err(e)?;
                let list = if cmd == LC_RPATH {
                    &mut arch.rpaths
                } else {
                    &mut arch.dyld_environment
                };
                if list.len() < MAX_LIST {
                    list.push(lc_str(body, off));
                }
            }
            LC_UUID => {
                let u: [u8; 16] = br.array("uuid").map_err(e)?;
                arch.uuid = Some(super::bookmark::format_uuid(&u));
            }
            LC_BUILD_VERSION => {
                let platform = ints.u32(&mut br, "build_version.platform").map_err(e)?;
                let minos = ints.u32(&mut br, "build_version.minos").map_err(e)?;
                let sdk = ints.u32(&mut br, "build_version.sdk").map_err(e)?;
                arch.platform = Some(platform_name(platform));
                arch.min_os = Some(version(minos));
                arch.sdk = Some(version(sdk));
            }
            LC_VERSION_MIN_MACOSX | LC_VERSION_MIN_IPHONEOS if arch.min_os.is_none() => {
                let minos = ints.u32(&mut br, "version_min.version").map_err(e)?;
                let sdk = ints.u32(&mut br, "version_min.sdk").map_err(e)?;
                arch.platform = Some(if cmd == LC_VERSION_MIN_MACOSX {
                    "macos".into()
                } else {
                    "ios".into()
                });
                arch.min_os = Some(version(minos));
                arch.sdk = Some(version(sdk));
            }
            LC_CODE_SIGNATURE => {
                let off = ints.u32(&mut br, "code_signature.dataoff").map_err(e)?;
                let size = ints.u32(&mut br, "code_signature.datasize").map_err(e)?;
                code_signature = Some((off, size));
            }
            _ => {}
        }
    }
    match code_signature {
        None => arch.signature_status = SignatureStatus::Unsigned,
        Some((off, size)) => {
            let sig = match slice_at(slice, "code signature", u64::from(off), u64::from(size)) {
                Ok(sig) => parse_signature(sig, Some((slice, u64::from(off)))),
                Err(_) => Err(MachoError::Signature(format!(
                    "LC_CODE_SIGNATURE points at {off:#x}+{size:#x}, outside the slice ({:#x} bytes)",
                    slice.len()
                ))),
            };
            match sig {
                Ok(s) => {
                    arch.signature_status = s.status;
                    arch.signature = Some(s);
                }
                Err(err) => {
                    arch.signature_status = SignatureStatus::Invalid;
                    return Err(err.to_string());
                }
            }
        }
    }
    Ok(())
}

fn sig_err(msg: impl Into<String>) -> MachoError {
    MachoError::Signature(msg.into())
}

/// The name and digest size of a CodeDirectory hash type.
fn hash_type_info(t: u8) -> Option<(&'static str, usize)> {
    match t {
        1 => Some(("sha1", 20)),
        2 => Some(("sha256", 32)),
        3 => Some(("sha256-truncated", 20)),
        4 => Some(("sha384", 48)),
        _ => None,
    }
}

/// Digest `data` with CodeDirectory hash type `t`, truncated as stored.
fn digest(t: u8, data: &[u8]) -> Option<Vec<u8>> {
    let full = match t {
        1 => Sha1::digest(data).to_vec(),
        2 | 3 => Sha256::digest(data).to_vec(),
        4 => Sha384::digest(data).to_vec(),
        _ => return None,
    };
    let (_, n) = hash_type_info(t)?;
    full.get(..n).map(<[u8]>::to_vec)
}

/// One decoded CodeDirectory.
struct Directory<'a> {
    blob: &'a [u8],
    version: u32,
    flags: u32,
    hash_offset: u32,
    n_special: u32,
    n_code: u32,
    code_limit: u64,
    hash_size: u8,
    hash_type: u8,
    platform: u8,
    page_log2: u8,
    identifier: Option<String>,
    team_id: Option<String>,
    runtime: Option<u32>,
}

fn cd_string(blob: &[u8], off: u32) -> Option<String> {
    if off == 0 {
        return None;
    }
    let s = usize::try_from(off).ok().and_then(|o| blob.get(o..))?;
    let end = s.iter().position(|&b| b == 0)?;
    Some(String::from_utf8_lossy(s.get(..end)?).into_owned())
}

fn parse_directory(blob: &[u8]) -> Result<Directory<'_>, MachoError> {
    let mut r = ByteReader::new(blob);
    let magic = r.u32_be("CodeDirectory.magic")?;
    if magic != CSMAGIC_CODEDIRECTORY {
        return Err(sig_err(format!("CodeDirectory has magic {magic:#010x}")));
    }
    r.skip("CodeDirectory.length", 4)?;
    let version = r.u32_be("CodeDirectory.version")?;
    let flags = r.u32_be("CodeDirectory.flags")?;
    let hash_offset = r.u32_be("CodeDirectory.hashOffset")?;
    let ident_offset = r.u32_be("CodeDirectory.identOffset")?;
    let n_special = r.u32_be("CodeDirectory.nSpecialSlots")?;
    let n_code = r.u32_be("CodeDirectory.nCodeSlots")?;
    let code_limit32 = r.u32_be("CodeDirectory.codeLimit")?;
    let hash_size = r.u8("CodeDirectory.hashSize")?;
    let hash_type = r.u8("CodeDirectory.hashType")?;
    let platform = r.u8("CodeDirectory.platform")?;
    let page_log2 = r.u8("CodeDirectory.pageSize")?;
    r.skip("CodeDirectory.spare2", 4)?;
    let mut team_id = None;
    let mut code_limit = u64::from(code_limit32);
    let mut runtime = None;
    if version >= 0x20100 {
        r.skip("CodeDirectory.scatterOffset", 4)?;
    }
    if version >= 0x20200 {
        let team_offset = r.u32_be("CodeDirectory.teamOffset")?;
        team_id = cd_string(blob, team_offset);
    }
    if version >= 0x20300 {
        r.skip("CodeDirectory.spare3", 4)?;
        let cl64 = r.u64_be("CodeDirectory.codeLimit64")?;
        if cl64 != 0 {
            code_limit = cl64;
        }
    }
    if version >= 0x20400 {
        r.skip("CodeDirectory.execSeg", 24)?;
    }
    if version >= 0x20500 {
        runtime = Some(r.u32_be("CodeDirectory.runtime")?);
    }
    let Some((_, size)) = hash_type_info(hash_type) else {
        return Err(sig_err(format!(
            "CodeDirectory hash type {hash_type} is unknown"
        )));
    };
    if usize::from(hash_size) != size {
        return Err(sig_err(format!(
            "CodeDirectory hash size {hash_size} does not match hash type {hash_type}"
        )));
    }
    if page_log2 > 30 {
        return Err(sig_err(format!("CodeDirectory page size 2^{page_log2}")));
    }
    Ok(Directory {
        blob,
        version,
        flags,
        hash_offset,
        n_special,
        n_code,
        code_limit,
        hash_size,
        hash_type,
        platform,
        page_log2,
        identifier: cd_string(blob, ident_offset),
        team_id,
        runtime,
    })
}

impl Directory<'_> {
    fn page_size(&self) -> u64 {
        if self.page_log2 == 0 {
            0
        } else {
            1u64 << self.page_log2
        }
    }

    /// The stored hash of slot `slot` (negative for special slots).
    fn slot(&self, slot: i64) -> Result<&[u8], MachoError> {
        let size = i64::from(self.hash_size);
        let at = i64::from(self.hash_offset) + slot * size;
        let at = u64::try_from(at)
            .map_err(|_| sig_err(format!("CodeDirectory slot {slot} lies before the blob")))?;
        slice_at(
            self.blob,
            "CodeDirectory hash slot",
            at,
            u64::from(self.hash_size),
        )
        .map_err(|_| sig_err(format!("CodeDirectory slot {slot} lies outside the blob")))
    }

    /// Compare every page hash with `code`; returns the pages checked.
    fn check_pages(&self, code: &[u8]) -> Result<u64, String> {
        let limit = usize::try_from(self.code_limit).map_err(|_| "code limit too large")?;
        let Some(code) = code.get(..limit) else {
            return Err(format!(
                "CodeDirectory covers {limit:#x} bytes, the slice has {:#x}",
                code.len()
            ));
        };
        let page = match self.page_size() {
            0 => limit.max(1),
            p => usize::try_from(p).map_err(|_| "page size too large")?,
        };
        let expected = limit.div_ceil(page);
        if u64::from(self.n_code) != expected as u64 {
            return Err(format!(
                "CodeDirectory has {} page hashes, its code limit needs {expected}",
                self.n_code
            ));
        }
        for (i, chunk) in code.chunks(page).enumerate() {
            let want = self.slot(i as i64).map_err(|e| e.to_string())?;
            let got = digest(self.hash_type, chunk).unwrap_or_default();
            if got != want {
                return Err(format!(
                    "page {i} (offset {:#x}) does not match its hash: the file was changed after signing",
                    i * page
                ));
            }
        }
        Ok(expected as u64)
    }

    /// Check the special slot of a blob held in the signature itself.
    fn check_special(&self, slot: u32, blob: Option<&[u8]>) -> Result<(), String> {
        if slot > self.n_special {
            return match blob {
                Some(_) => Err(format!(
                    "blob for special slot {slot} is present but the CodeDirectory has {} special slots",
                    self.n_special
                )),
                None => Ok(()),
            };
        }
        let stored = self.slot(-i64::from(slot)).map_err(|e| e.to_string())?;
        match blob {
            Some(b) => {
                if digest(self.hash_type, b).as_deref() != Some(stored) {
                    return Err(format!(
                        "special slot {slot} does not match the blob it covers"
                    ));
                }
            }
            None => {
                if stored.iter().any(|&b| b != 0) {
                    return Err(format!(
                        "special slot {slot} holds a hash but the signature has no such blob"
                    ));
                }
            }
        }
        Ok(())
    }
}

/// The blob at `off` inside a SuperBlob of `len` bytes (its own length
/// field bounds it).
fn sub_blob(sb: &[u8], off: u32) -> Result<(u32, &[u8]), MachoError> {
    let mut r = ByteReader::new(sb);
    r.seek("blob", u64::from(off))
        .map_err(|_| sig_err(format!("blob offset {off:#x} lies outside the signature")))?;
    let magic = r.u32_be("blob.magic")?;
    let len = r.u32_be("blob.length")?;
    if len < 8 {
        return Err(sig_err(format!("blob at {off:#x} has length {len}")));
    }
    let b = slice_at(sb, "blob", u64::from(off), u64::from(len)).map_err(|_| {
        sig_err(format!(
            "blob at {off:#x} ({len} bytes) runs past the signature"
        ))
    })?;
    Ok((magic, b))
}

/// Decode an embedded signature (a SuperBlob). With `code` (the slice and
/// the signature's offset in it), page hashes are compared with the file.
pub fn parse_signature(
    sig: &[u8],
    code: Option<(&[u8], u64)>,
) -> Result<CodeSignature, MachoError> {
    let mut r = ByteReader::new(sig);
    let magic = r.u32_be("SuperBlob.magic")?;
    if magic != CSMAGIC_EMBEDDED_SIGNATURE {
        return Err(sig_err(format!("SuperBlob has magic {magic:#010x}")));
    }
    let length = r.u32_be("SuperBlob.length")?;
    let count = r.u32_be("SuperBlob.count")?;
    let sb = slice_at(sig, "SuperBlob", 0, u64::from(length)).map_err(|_| {
        sig_err(format!(
            "SuperBlob declares {length:#x} bytes, {:#x} present",
            sig.len()
        ))
    })?;
    if count > MAX_BLOBS {
        return Err(sig_err(format!("SuperBlob indexes {count} blobs")));
    }
    let mut directories: Vec<(u32, &[u8])> = Vec::new();
    let mut requirements = None;
    let mut ent_xml = None;
    let mut ent_der = None;
    let mut cms = None;
    for _ in 0..count {
        let slot = r.u32_be("BlobIndex.type")?;
        let off = r.u32_be("BlobIndex.offset")?;
        let (magic, blob) = sub_blob(sb, off)?;
        match slot {
            CSSLOT_CODEDIRECTORY => directories.push((slot, blob)),
            s if (CSSLOT_ALTERNATE_CODEDIRECTORIES..CSSLOT_ALTERNATE_CODEDIRECTORIES + 5)
                .contains(&s) =>
            {
                directories.push((slot, blob))
            }
            CSSLOT_REQUIREMENTS if magic == CSMAGIC_REQUIREMENTS => requirements = Some(blob),
            CSSLOT_ENTITLEMENTS if magic == CSMAGIC_EMBEDDED_ENTITLEMENTS => ent_xml = Some(blob),
            CSSLOT_DER_ENTITLEMENTS if magic == CSMAGIC_EMBEDDED_DER_ENTITLEMENTS => {
                ent_der = Some(blob)
            }
            CSSLOT_SIGNATURESLOT if magic == CSMAGIC_BLOBWRAPPER => cms = Some(blob),
            _ => {}
        }
    }
    let Some(&(_, primary_blob)) = directories.first() else {
        return Err(sig_err("no CodeDirectory"));
    };
    let primary = parse_directory(primary_blob)?;
    let mut parsed = vec![primary];
    for &(_, blob) in directories.iter().skip(1) {
        parsed.push(parse_directory(blob)?);
    }
    let mut invalid_reason = None;
    let mut pages_checked = 0u64;
    let mut cdhashes = Vec::new();
    for d in &parsed {
        let (name, _) = hash_type_info(d.hash_type).unwrap_or(("unknown", 0));
        let len = {
            let mut lr = ByteReader::new(d.blob);
            lr.skip("", 4)?;
            lr.u32_be("CodeDirectory.length")?
        };
        let cd_bytes = d.blob.get(..len as usize).unwrap_or(d.blob);
        if let Some(h) = digest(d.hash_type, cd_bytes) {
            cdhashes.push(CdHash {
                hash_type: name,
                cdhash: hex::encode(h.get(..20).unwrap_or(&h)),
            });
        }
        if invalid_reason.is_some() {
            continue;
        }
        let mut check = || -> Result<(), String> {
            d.check_special(CSSLOT_REQUIREMENTS, requirements)?;
            d.check_special(CSSLOT_ENTITLEMENTS, ent_xml)?;
            d.check_special(CSSLOT_DER_ENTITLEMENTS, ent_der)?;
            if let Some((slice, sig_offset)) = code {
                if d.code_limit > sig_offset {
                    return Err(format!(
                        "CodeDirectory covers {:#x} bytes, past the signature at {sig_offset:#x}",
                        d.code_limit
                    ));
                }
                pages_checked += d.check_pages(slice)?;
            }
            Ok(())
        };
        if let Err(e) = check() {
            invalid_reason = Some(format!("{name} CodeDirectory: {e}"));
        }
    }
    // The strongest CodeDirectory names the file (as codesign does).
    let best = parsed
        .iter()
        .enumerate()
        .max_by_key(|(_, d)| match d.hash_type {
            4 => 4,
            2 => 3,
            3 => 2,
            _ => 1,
        })
        .map(|(i, _)| i)
        .unwrap_or(0);
    let primary = parsed.first().ok_or_else(|| sig_err("no CodeDirectory"))?;
    let best_dir = parsed.get(best).unwrap_or(primary);
    let (entitlements_format, entitlements, entitlements_error) = match (ent_xml, ent_der) {
        (Some(b), _) => match crate::kit::plist::read(b.get(8..).unwrap_or_default()) {
            Ok(v) => (Some("xml"), Some(super::keyed_archive::to_json(&v)), None),
            Err(e) => (Some("xml"), None, Some(e.to_string())),
        },
        (None, Some(b)) => match der_entitlements(b.get(8..).unwrap_or_default()) {
            Ok(v) => (Some("der"), Some(v), None),
            Err(e) => (Some("der"), None, Some(e.to_string())),
        },
        _ => (None, None, None),
    };
    let mut certificates = Vec::new();
    let mut signing_time = None;
    let cms_payload = cms.and_then(|b| b.get(8..)).unwrap_or_default();
    if !cms_payload.is_empty() {
        match parse_cms(cms_payload) {
            Ok((certs, time)) => {
                certificates = certs;
                signing_time = time;
            }
            Err(e) => {
                if invalid_reason.is_none() {
                    invalid_reason = Some(format!("CMS signature blob does not decode: {e}"));
                }
            }
        }
    }
    let chain: Vec<String> = certificates
        .iter()
        .map(|c| c.common_name.clone().unwrap_or_else(|| c.subject.clone()))
        .collect();
    let status = if invalid_reason.is_some() {
        SignatureStatus::Invalid
    } else if primary.flags & CS_ADHOC != 0 || certificates.is_empty() {
        SignatureStatus::Adhoc
    } else {
        SignatureStatus::Signed
    };
    Ok(CodeSignature {
        identifier: primary.identifier.clone(),
        team_id: primary.team_id.clone(),
        cd_version: format!("{:#x}", primary.version),
        flags: primary.flags,
        flag_names: CS_FLAGS
            .iter()
            .filter(|(bit, _)| primary.flags & bit != 0)
            .map(|(_, n)| *n)
            .collect(),
        hash_type: hash_type_info(best_dir.hash_type).map_or("unknown", |(n, _)| n),
        cdhash: cdhashes.get(best).map(|c| c.cdhash.clone()),
        cdhashes,
        platform: primary.platform,
        code_slots: primary.n_code,
        special_slots: primary.n_special,
        code_limit: primary.code_limit,
        page_size: primary.page_size(),
        runtime_version: primary.runtime.filter(|&v| v != 0).map(version),
        pages_checked,
        invalid_reason,
        entitlements_format,
        entitlements,
        entitlements_error,
        certificates,
        chain,
        signing_time,
        status,
    })
}

// ---------------------------------------------------------------- CMS

fn next<'a>(
    it: &mut impl Iterator<Item = Result<Tlv<'a>, der::DerError>>,
    what: &'static str,
) -> Result<Tlv<'a>, der::DerError> {
    it.next()
        .ok_or(der::DerError::Truncated { offset: 0, what })?
}

/// The certificates (chain order, leaf first) and signing time of a CMS
/// `SignedData`.
pub fn parse_cms(data: &[u8]) -> Result<(Vec<Certificate>, Option<String>), der::DerError> {
    let (ci, _) = der::read(data)?;
    let ci = ci.expect(tag::SEQUENCE, "ContentInfo")?;
    let mut it = ci.children();
    let oid = next(&mut it, "ContentInfo.contentType")?.expect(tag::OID, "content type")?;
    let oid = der::oid(oid.content)?;
    if oid != OID_SIGNED_DATA {
        return Err(der::DerError::Invalid {
            offset: 0,
            what: format!("content type {oid} is not signedData"),
        });
    }
    let explicit = next(&mut it, "ContentInfo.content")?;
    if !explicit.is_context(0) {
        return Err(explicit.unexpected("[0] content"));
    }
    let sd = next(&mut explicit.children(), "SignedData")?.expect(tag::SEQUENCE, "SignedData")?;
    let mut parts = sd.children();
    let _version = next(&mut parts, "SignedData.version")?;
    let _digests = next(&mut parts, "SignedData.digestAlgorithms")?;
    let _encap = next(&mut parts, "SignedData.encapContentInfo")?;
    let mut raw_certs: Vec<Tlv<'_>> = Vec::new();
    let mut signer_infos = None;
    for part in parts {
        let part = part?;
        if part.is_context(0) {
            for c in part.children() {
                if raw_certs.len() >= MAX_CERTS {
                    break;
                }
                raw_certs.push(c?);
            }
        } else if part.is(tag::SET) {
            signer_infos = Some(part);
        }
    }
    let mut decoded = Vec::new();
    for c in &raw_certs {
        decoded.push(parse_certificate(c)?);
    }
    // The signer: the certificate named by the first SignerInfo's
    // issuer and serial number.
    let mut signing_time = None;
    let mut leaf: Option<usize> = None;
    if let Some(si) = signer_infos
        .and_then(|s| s.children().next())
        .and_then(Result::ok)
    {
        let mut f = si.children();
        let _v = f.next();
        if let Some(Ok(sid)) = f.next() {
            if sid.is(tag::SEQUENCE) {
                let kids = sid.child_vec().unwrap_or_default();
                if let (Some(iss), Some(ser)) = (kids.first(), kids.get(1)) {
                    leaf = decoded
                        .iter()
                        .position(|d| d.issuer_raw == iss.raw && d.serial_raw == ser.content);
                }
            }
        }
        let _alg = f.next();
        if let Some(Ok(attrs)) = f.next() {
            if attrs.is_context(0) {
                for a in attrs.children().flatten() {
                    let kids = a.child_vec().unwrap_or_default();
                    let is_time = kids
                        .first()
                        .and_then(|o| der::oid(o.content).ok())
                        .is_some_and(|o| o == OID_SIGNING_TIME);
                    if is_time {
                        signing_time = kids
                            .get(1)
                            .and_then(|set| set.children().next())
                            .and_then(Result::ok)
                            .and_then(|t| der::time(&t));
                    }
                }
            }
        }
    }
    // Leaf first, then each issuer in turn; leftovers after.
    let leaf = leaf.or_else(|| {
        decoded.iter().enumerate().find_map(|(i, c)| {
            let issues_another = decoded
                .iter()
                .enumerate()
                .any(|(j, o)| j != i && o.issuer_raw == c.subject_raw);
            (!issues_another).then_some(i)
        })
    });
    let mut order = Vec::new();
    let mut cur = leaf;
    while let Some(i) = cur {
        if order.contains(&i) {
            break;
        }
        order.push(i);
        let Some(c) = decoded.get(i) else { break };
        cur = (0..decoded.len()).find(|&j| {
            !order.contains(&j)
                && decoded
                    .get(j)
                    .is_some_and(|o| o.subject_raw == c.issuer_raw)
        });
    }
    for i in 0..decoded.len() {
        if !order.contains(&i) {
            order.push(i);
        }
    }
    let certs = order
        .into_iter()
        .filter_map(|i| decoded.get(i).map(|d| d.cert.clone()))
        .collect();
    Ok((certs, signing_time))
}

struct DecodedCert<'a> {
    cert: Certificate,
    subject_raw: &'a [u8],
    issuer_raw: &'a [u8],
    serial_raw: &'a [u8],
}

/// The attributes of an X.509 `Name`, most specific first.
fn name_parts(name: &Tlv<'_>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for rdn in name.children().flatten() {
        for atv in rdn.children().flatten() {
            let kids = atv.child_vec().unwrap_or_default();
            let (Some(oid), Some(val)) = (kids.first(), kids.get(1)) else {
                continue;
            };
            let Ok(oid) = der::oid(oid.content) else {
                continue;
            };
            let key = match oid.as_str() {
                "2.5.4.3" => "CN",
                "2.5.4.6" => "C",
                "2.5.4.7" => "L",
                "2.5.4.8" => "ST",
                "2.5.4.10" => "O",
                "2.5.4.11" => "OU",
                "0.9.2342.19200300.100.1.1" => "UID",
                "1.2.840.113549.1.9.1" => "emailAddress",
                _ => "",
            };
            let key = if key.is_empty() { oid } else { key.to_string() };
            let value = der::string(val).unwrap_or_else(|| format!("#{}", hex::encode(val.raw)));
            out.push((key, value));
        }
    }
    out.reverse();
    out
}

fn parse_certificate<'a>(cert: &Tlv<'a>) -> Result<DecodedCert<'a>, der::DerError> {
    let cert = cert.expect(tag::SEQUENCE, "Certificate")?;
    let tbs =
        next(&mut cert.children(), "tbsCertificate")?.expect(tag::SEQUENCE, "TBSCertificate")?;
    let mut f = tbs.children();
    let mut first = next(&mut f, "tbsCertificate.serial")?;
    if first.is_context(0) {
        first = next(&mut f, "tbsCertificate.serial")?;
    }
    let serial = first.expect(tag::INTEGER, "serial number")?;
    let _alg = next(&mut f, "tbsCertificate.signature")?;
    let issuer = next(&mut f, "tbsCertificate.issuer")?.expect(tag::SEQUENCE, "issuer Name")?;
    let validity = next(&mut f, "tbsCertificate.validity")?;
    let subject = next(&mut f, "tbsCertificate.subject")?.expect(tag::SEQUENCE, "subject Name")?;
    let times = validity.child_vec().unwrap_or_default();
    let subj = name_parts(&subject);
    let iss = name_parts(&issuer);
    let get = |parts: &[(String, String)], k: &str| {
        parts.iter().find(|(kk, _)| kk == k).map(|(_, v)| v.clone())
    };
    let join = |parts: &[(String, String)]| {
        parts
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Ok(DecodedCert {
        cert: Certificate {
            subject: join(&subj),
            common_name: get(&subj, "CN"),
            organizational_unit: get(&subj, "OU"),
            organization: get(&subj, "O"),
            issuer: join(&iss),
            issuer_common_name: get(&iss, "CN"),
            serial: hex::encode(serial.content),
            not_before: times.first().and_then(der::time),
            not_after: times.get(1).and_then(der::time),
            sha256: hex::encode(Sha256::digest(cert.raw)),
        },
        subject_raw: subject.raw,
        issuer_raw: issuer.raw,
        serial_raw: serial.content,
    })
}

// ------------------------------------------------------ DER entitlements

/// Apple's DER entitlements: `[APPLICATION 16] { INTEGER version,
/// [CONTEXT 16] dictionary }`, a dictionary being a set of
/// `SEQUENCE { UTF8String key, value }` and values booleans, strings,
/// integers, sequences (arrays) or dictionaries.
pub fn der_entitlements(data: &[u8]) -> Result<serde_json::Value, der::DerError> {
    let (top, _) = der::read(data)?;
    if !(top.class == der::APPLICATION && top.number == 16) {
        return Err(top.unexpected("[APPLICATION 16] entitlements"));
    }
    let mut it = top.children();
    let _version = next(&mut it, "entitlements version")?;
    let dict = next(&mut it, "entitlements dictionary")?;
    der_value(&dict, 0)
}

fn der_value(v: &Tlv<'_>, depth: usize) -> Result<serde_json::Value, der::DerError> {
    use serde_json::Value as J;
    if depth > 32 {
        return Err(der::DerError::TooDeep { max: 32 });
    }
    if v.class == der::CONTEXT && v.number == 16 {
        let mut m = serde_json::Map::new();
        for pair in v.children() {
            let pair = pair?;
            let kids = pair.child_vec()?;
            let (Some(k), Some(val)) = (kids.first(), kids.get(1)) else {
                return Err(pair.unexpected("key and value"));
            };
            let key = der::string(k).ok_or_else(|| k.unexpected("string key"))?;
            m.insert(key, der_value(val, depth + 1)?);
        }
        return Ok(J::Object(m));
    }
    if v.is(tag::BOOLEAN) {
        return Ok(J::Bool(v.content.first().is_some_and(|&b| b != 0)));
    }
    if v.is(tag::INTEGER) {
        return Ok(der::integer(v.content).map_or(J::Null, J::from));
    }
    if v.is(tag::SEQUENCE) {
        return Ok(J::Array(
            v.children()
                .map(|c| c.and_then(|c| der_value(&c, depth + 1)))
                .collect::<Result<_, _>>()?,
        ));
    }
    if let Some(s) = der::string(v) {
        return Ok(J::String(s));
    }
    Ok(J::String(format!("#{}", hex::encode(v.raw))))
}

#[cfg(test)]
pub(crate) mod tests;
