//! Mach-O files built byte by byte: 64-bit executable slices, unsigned or
//! with an ad hoc code signature (a SHA-256 CodeDirectory whose page hashes
//! check), and universal files of such slices. Used by the decoder's tests,
//! the collectors' tests and the sample root's generator (an application's
//! main executable in `fixtures/mac-basic`).
//!
//! Layouts follow `<mach-o/loader.h>`, `<mach-o/fat.h>` and the code
//! signing blobs of `<kern/cs_blobs.h>`.

use sha2::{Digest, Sha256};

use crate::formats::macho::{CS_ADHOC, CS_RUNTIME, FAT_MAGIC, MH_MAGIC_64};

const LC_REQ_DYLD: u32 = 0x8000_0000;
const LC_LOAD_DYLIB: u32 = 0xc;
const LC_LOAD_WEAK_DYLIB: u32 = 0x18 | LC_REQ_DYLD;
const LC_RPATH: u32 = 0x1c | LC_REQ_DYLD;
const LC_CODE_SIGNATURE: u32 = 0x1d;
const LC_BUILD_VERSION: u32 = 0x32;
const CSMAGIC_EMBEDDED_SIGNATURE: u32 = 0xfade_0cc0;
const CSMAGIC_CODEDIRECTORY: u32 = 0xfade_0c02;
const CSMAGIC_REQUIREMENTS: u32 = 0xfade_0c01;
const CSMAGIC_EMBEDDED_ENTITLEMENTS: u32 = 0xfade_7171;

pub const CPU_X86_64: u32 = 0x0100_0007;
pub const CPU_ARM64: u32 = 0x0100_000c;

/// How a built slice is signed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    No,
    /// Ad hoc, one SHA-256 CodeDirectory, with an XML entitlements blob.
    Adhoc,
}

fn lc(cmd: u32, body: &[u8]) -> Vec<u8> {
    let size = (8 + body.len()).div_ceil(8) * 8;
    let mut out = Vec::new();
    out.extend_from_slice(&cmd.to_le_bytes());
    out.extend_from_slice(&(size as u32).to_le_bytes());
    out.extend_from_slice(body);
    out.resize(size, 0);
    out
}

fn lc_dylib(cmd: u32, path: &str) -> Vec<u8> {
    let mut b = Vec::new();
    b.extend_from_slice(&24u32.to_le_bytes());
    b.extend_from_slice(&2u32.to_le_bytes());
    b.extend_from_slice(&0x0001_0203u32.to_le_bytes());
    b.extend_from_slice(&0x0001_0000u32.to_le_bytes());
    b.extend_from_slice(path.as_bytes());
    b.push(0);
    lc(cmd, &b)
}

fn lc_rpath(path: &str) -> Vec<u8> {
    let mut b = 12u32.to_le_bytes().to_vec();
    b.extend_from_slice(path.as_bytes());
    b.push(0);
    lc(LC_RPATH, &b)
}

pub const ENTITLEMENTS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict><key>com.apple.security.cs.disable-library-validation</key><true/></dict></plist>";

/// A 64-bit little-endian executable slice: two dylibs (one weak), an
/// rpath, LC_BUILD_VERSION macOS 12.3, and optionally an ad hoc
/// signature covering two 4 KiB pages.
pub fn slice(cpu: u32, sign: Sign, identifier: &str) -> Vec<u8> {
    let mut cmds = Vec::new();
    cmds.extend(lc_dylib(LC_LOAD_DYLIB, "/usr/lib/libSystem.B.dylib"));
    cmds.extend(lc_dylib(LC_LOAD_WEAK_DYLIB, "@rpath/libevil.dylib"));
    cmds.extend(lc_rpath("/tmp/lib"));
    let mut bv = Vec::new();
    for v in [1u32, 0x000c_0300, 0x000d_0000, 0] {
        bv.extend_from_slice(&v.to_le_bytes());
    }
    cmds.extend(lc(LC_BUILD_VERSION, &bv));
    let mut ncmds = 4u32;
    let sig_cmd_at = 32 + cmds.len();
    if sign != Sign::No {
        cmds.extend(lc(LC_CODE_SIGNATURE, &[0u8; 8]));
        ncmds += 1;
    }
    let mut body = Vec::new();
    for v in [
        MH_MAGIC_64,
        cpu,
        0,
        2,
        ncmds,
        cmds.len() as u32,
        0x0020_0085,
        0,
    ] {
        body.extend_from_slice(&v.to_le_bytes());
    }
    body.extend(cmds);
    body.resize(8192, 0x90);
    if sign == Sign::No {
        return body;
    }
    let sig = |body: &[u8]| adhoc_signature(body, identifier);
    let len = sig(&body).len() as u32;
    body[sig_cmd_at + 8..sig_cmd_at + 12].copy_from_slice(&8192u32.to_le_bytes());
    body[sig_cmd_at + 12..sig_cmd_at + 16].copy_from_slice(&len.to_le_bytes());
    let s = sig(&body);
    body.extend(s);
    body
}

fn blob(magic: u32, payload: &[u8]) -> Vec<u8> {
    let mut b = magic.to_be_bytes().to_vec();
    b.extend_from_slice(&((payload.len() + 8) as u32).to_be_bytes());
    b.extend_from_slice(payload);
    b
}

/// An ad hoc SuperBlob for `code`: a version 0x20400 SHA-256
/// CodeDirectory with 5 special slots (requirements and entitlements
/// filled), an empty requirements blob and an entitlements blob.
pub fn adhoc_signature(code: &[u8], identifier: &str) -> Vec<u8> {
    let requirements = blob(CSMAGIC_REQUIREMENTS, &0u32.to_be_bytes());
    let entitlements = blob(CSMAGIC_EMBEDDED_ENTITLEMENTS, ENTITLEMENTS.as_bytes());
    let n_special = 5u32;
    let n_code = code.len().div_ceil(4096) as u32;
    let header = 88u32; // through execSegFlags (version 0x20400)
    let ident_off = header;
    let ident = format!("{identifier}\0");
    let hash_off = ident_off + ident.len() as u32 + n_special * 32;
    let cd_len = hash_off + n_code * 32;
    let mut cd = Vec::new();
    for v in [
        CSMAGIC_CODEDIRECTORY,
        cd_len,
        0x20400,
        CS_ADHOC | CS_RUNTIME,
        hash_off,
        ident_off,
        n_special,
        n_code,
        code.len() as u32,
    ] {
        cd.extend_from_slice(&v.to_be_bytes());
    }
    cd.extend_from_slice(&[32, 2, 0, 12]);
    cd.extend_from_slice(&[0; 4]); // spare2
    cd.extend_from_slice(&[0; 4]); // scatter
    cd.extend_from_slice(&[0; 4]); // team
    cd.extend_from_slice(&[0; 4]); // spare3
    cd.extend_from_slice(&[0; 8]); // codeLimit64
    cd.extend_from_slice(&[0; 24]); // execSeg
    assert_eq!(cd.len(), header as usize);
    cd.extend_from_slice(ident.as_bytes());
    // Special slots -5 .. -1.
    for slot in (1..=n_special).rev() {
        let h: Vec<u8> = match slot {
            5 => Sha256::digest(&entitlements).to_vec(),
            2 => Sha256::digest(&requirements).to_vec(),
            _ => vec![0; 32],
        };
        cd.extend(h);
    }
    for page in code.chunks(4096) {
        cd.extend(Sha256::digest(page));
    }
    assert_eq!(cd.len(), cd_len as usize);
    let blobs = [(0u32, cd), (2, requirements), (5, entitlements)];
    let mut index = Vec::new();
    let mut data = Vec::new();
    let mut off = 12 + 8 * blobs.len() as u32;
    for (slot, b) in &blobs {
        index.extend_from_slice(&slot.to_be_bytes());
        index.extend_from_slice(&off.to_be_bytes());
        off += b.len() as u32;
        data.extend_from_slice(b);
    }
    let mut sb = Vec::new();
    sb.extend_from_slice(&CSMAGIC_EMBEDDED_SIGNATURE.to_be_bytes());
    sb.extend_from_slice(&off.to_be_bytes());
    sb.extend_from_slice(&(blobs.len() as u32).to_be_bytes());
    sb.extend(index);
    sb.extend(data);
    sb
}

/// A universal file of the given slices (4 KiB aligned).
pub fn fat(slices: &[(u32, Vec<u8>)]) -> Vec<u8> {
    let mut out = FAT_MAGIC.to_be_bytes().to_vec();
    out.extend_from_slice(&(slices.len() as u32).to_be_bytes());
    let mut off = 4096u32;
    let mut placed = Vec::new();
    for (cpu, s) in slices {
        for v in [*cpu, 0, off, s.len() as u32, 12] {
            out.extend_from_slice(&v.to_be_bytes());
        }
        placed.push((off, s));
        off = (off + s.len() as u32).div_ceil(4096) * 4096;
    }
    for (o, s) in placed {
        out.resize(o as usize, 0);
        out.extend_from_slice(s);
    }
    out
}
