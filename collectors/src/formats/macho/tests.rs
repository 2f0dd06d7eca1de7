//! Mach-O decoder tests: files built here byte by byte, and (opt-in) the
//! real samples in `$MACTRIAGE_REALDATA/macho`.

use super::*;

pub(crate) use crate::testdata::macho::{adhoc_signature, fat, slice, Sign, CPU_ARM64, CPU_X86_64};

#[test]
fn a_built_adhoc_slice_decodes_and_its_pages_check() {
    let data = slice(CPU_ARM64, Sign::Adhoc, "com.example.agent");
    assert!(is_macho(&data));
    let m = parse(&data).unwrap();
    assert_eq!(m.format, "thin");
    assert_eq!(m.signature_status, SignatureStatus::Adhoc);
    let a = &m.arches[0];
    assert_eq!(a.cpu, "arm64");
    assert_eq!(a.bits, 64);
    assert_eq!(a.file_type, "execute");
    assert_eq!(a.platform.as_deref(), Some("macos"));
    assert_eq!(a.min_os.as_deref(), Some("12.3.0"));
    assert_eq!(a.sdk.as_deref(), Some("13.0.0"));
    let dylibs: Vec<(&str, &str)> = a.dylibs.iter().map(|d| (d.kind, d.path.as_str())).collect();
    assert_eq!(
        dylibs,
        vec![
            ("load", "/usr/lib/libSystem.B.dylib"),
            ("weak", "@rpath/libevil.dylib")
        ]
    );
    assert_eq!(a.dylibs[0].current_version, "1.2.3");
    assert_eq!(a.rpaths, vec!["/tmp/lib"]);
    assert!(a.error.is_none(), "{:?}", a.error);
    let s = a.signature.as_ref().unwrap();
    assert_eq!(s.identifier.as_deref(), Some("com.example.agent"));
    assert_eq!(s.team_id, None);
    assert_eq!(s.cd_version, "0x20400");
    assert_eq!(s.flag_names, vec!["adhoc", "runtime"]);
    assert_eq!(s.hash_type, "sha256");
    assert_eq!(s.pages_checked, 2);
    assert_eq!(s.code_limit, 8192);
    assert_eq!(s.page_size, 4096);
    assert!(s.chain.is_empty());
    assert_eq!(s.entitlements_format, Some("xml"));
    assert_eq!(
        s.entitlements.as_ref().unwrap()["com.apple.security.cs.disable-library-validation"],
        true
    );
    // The cdhash is SHA-256 of the CodeDirectory blob, first 20 bytes.
    let sig = adhoc_signature(&data[..8192], "com.example.agent");
    let cd_off = u32::from_be_bytes(sig[16..20].try_into().unwrap()) as usize;
    let cd_len = u32::from_be_bytes(sig[cd_off + 4..cd_off + 8].try_into().unwrap()) as usize;
    let want = hex::encode(&Sha256::digest(&sig[cd_off..cd_off + cd_len])[..20]);
    assert_eq!(s.cdhash.as_deref(), Some(want.as_str()));
}

#[test]
fn a_byte_changed_after_signing_makes_it_invalid() {
    let mut data = slice(CPU_ARM64, Sign::Adhoc, "x");
    data[5000] ^= 0xff;
    let m = parse(&data).unwrap();
    assert_eq!(m.signature_status, SignatureStatus::Invalid);
    let s = m.arches[0].signature.as_ref().unwrap();
    assert!(
        s.invalid_reason.as_deref().unwrap().contains("page 1"),
        "{:?}",
        s.invalid_reason
    );
    // A changed entitlements blob fails its special slot.
    let mut data = slice(CPU_ARM64, Sign::Adhoc, "x");
    let at = data.windows(6).position(|w| w == b"<true/").unwrap();
    data[at + 1] = b'T';
    let m = parse(&data).unwrap();
    let reason = m.arches[0]
        .signature
        .as_ref()
        .unwrap()
        .invalid_reason
        .clone();
    assert!(reason.unwrap().contains("special slot 5"));
}

#[test]
fn universal_files_take_the_weakest_slice() {
    let signed = slice(CPU_ARM64, Sign::Adhoc, "a");
    let unsigned = slice(CPU_X86_64, Sign::No, "a");
    let m = parse(&fat(&[(CPU_X86_64, unsigned), (CPU_ARM64, signed)])).unwrap();
    assert_eq!(m.format, "universal");
    assert_eq!(m.arches.len(), 2);
    assert_eq!(m.arches[0].cpu, "x86_64");
    assert_eq!(m.arches[0].signature_status, SignatureStatus::Unsigned);
    assert_eq!(m.arches[1].signature_status, SignatureStatus::Adhoc);
    assert_eq!(m.arches[0].offset, 4096);
    assert_eq!(m.arches[1].offset, 12288);
    assert_eq!(m.signature_status, SignatureStatus::Unsigned);
    assert!(m.errors().is_empty());
}

#[test]
fn lies_and_truncations_are_errors_not_panics() {
    let good = slice(CPU_ARM64, Sign::Adhoc, "x");
    // Every truncation decodes to an error or a slice error.
    for cut in [0, 3, 8, 31, 40, 100, 300, 4096, 8192, 8200, good.len() - 1] {
        if let Ok(m) = parse(&good[..cut]) {
            assert!(
                !m.errors().is_empty() || m.signature_status == SignatureStatus::Invalid,
                "cut {cut}"
            );
        }
    }
    // sizeofcmds larger than the file.
    let mut lie = good.clone();
    lie[20..24].copy_from_slice(&0xffff_fff0u32.to_le_bytes());
    let m = parse(&lie).unwrap();
    assert!(m.arches[0].error.as_deref().unwrap().contains("run past"));
    // A load command size of zero.
    let mut lie = good.clone();
    lie[36..40].copy_from_slice(&0u32.to_le_bytes());
    assert!(parse(&lie).unwrap().arches[0].error.is_some());
    // A universal slice beyond the end of the file.
    let mut f = fat(&[(CPU_ARM64, good.clone())]);
    f[16..20].copy_from_slice(&0x7fff_ffffu32.to_be_bytes());
    let m = parse(&f).unwrap();
    assert!(m.arches[0]
        .error
        .as_deref()
        .unwrap()
        .contains("outside the file"));
    assert_eq!(m.signature_status, SignatureStatus::Invalid);
    // A Java class file is not a universal binary.
    let java = [0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 52];
    assert!(!is_macho(&java));
    assert!(matches!(
        parse(b"#!/bin/sh\n"),
        Err(MachoError::NotMachO { .. })
    ));
    // A signature whose SuperBlob count is absurd.
    let mut bad = good.clone();
    bad[8192 + 8..8192 + 12].copy_from_slice(&0xffffu32.to_be_bytes());
    let m = parse(&bad).unwrap();
    assert_eq!(m.signature_status, SignatureStatus::Invalid);
}

#[test]
fn der_entitlements_decode() {
    // [APPLICATION 16] { INTEGER 1, [CONTEXT 16] { SEQ { "a", TRUE },
    // SEQ { "b", SEQ { "x" } } } }
    let pair_a = [0x30, 0x06, 0x0c, 0x01, b'a', 0x01, 0x01, 0xff];
    let pair_b = [0x30, 0x08, 0x0c, 0x01, b'b', 0x30, 0x03, 0x0c, 0x01, b'x'];
    let mut dict = vec![0xb0, (pair_a.len() + pair_b.len()) as u8];
    dict.extend_from_slice(&pair_a);
    dict.extend_from_slice(&pair_b);
    let mut top = vec![0x70, (3 + dict.len()) as u8, 0x02, 0x01, 0x01];
    top.extend(dict);
    let v = der_entitlements(&top).unwrap();
    assert_eq!(v, serde_json::json!({"a": true, "b": ["x"]}));
    assert!(der_entitlements(&top[..top.len() - 2]).is_err());
}

// ------------------------------------------------------------ real samples

fn real(name: &str) -> Option<Vec<u8>> {
    Some(crate::testdata::read(&format!("macho/{name}")))
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn real_apple_ls_universal() {
    let Some(data) = real("apple_ls_universal") else {
        return;
    };
    let m = parse(&data).unwrap();
    assert_eq!(m.format, "universal");
    let cpus: Vec<&str> = m.arches.iter().map(|a| a.cpu.as_str()).collect();
    assert_eq!(cpus, vec!["x86_64", "arm64e"]);
    // artemis asserts for the x86_64 slice: identifier com.apple.ls,
    // CodeDirectory version 0x20400, 14 code slots, code limit 54080,
    // platform 13, SHA-256; minimum OS 10.14.0, SDK 12.3.0.
    let x = &m.arches[0];
    assert_eq!(x.min_os.as_deref(), Some("10.14.0"));
    assert_eq!(x.sdk.as_deref(), Some("12.3.0"));
    let s = x.signature.as_ref().unwrap();
    assert_eq!(s.identifier.as_deref(), Some("com.apple.ls"));
    assert_eq!(s.cd_version, "0x20400");
    assert_eq!(s.code_slots, 14);
    assert_eq!(s.code_limit, 54080);
    assert_eq!(s.platform, 13);
    assert_eq!(s.hash_type, "sha256");
    // The certificates artemis extracts (its asserted base64 blob) name
    // Software Signing, issued by Apple Code Signing Certification
    // Authority, under Apple Root CA.
    assert_eq!(
        s.chain,
        vec![
            "Software Signing",
            "Apple Code Signing Certification Authority",
            "Apple Root CA"
        ]
    );
    assert_eq!(s.status, SignatureStatus::Signed);
    assert_eq!(m.signature_status, SignatureStatus::Signed);
    assert!(m.apple_signed());
    assert_eq!(s.pages_checked, 14);
    assert!(m.errors().is_empty(), "{:?}", m.errors());
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn real_objective_see_superblob() {
    let Some(data) = real("devid_objective-see_filemonitor.superblob") else {
        return;
    };
    let s = parse_signature(&data, None).unwrap();
    // artemis asserts: identifier, team, flags 0x10000 (runtime), 7 special
    // slots, 22 code slots, code limit 88880.
    assert_eq!(
        s.identifier.as_deref(),
        Some("com.objective-see.filemonitor")
    );
    assert_eq!(s.team_id.as_deref(), Some("VBG97UB4TA"));
    assert_eq!(s.flags, 0x10000);
    assert_eq!(s.flag_names, vec!["runtime"]);
    assert_eq!(s.special_slots, 7);
    assert_eq!(s.code_slots, 22);
    assert_eq!(s.code_limit, 88880);
    assert_eq!(
        s.signer(),
        Some("Developer ID Application: Objective-See, LLC (VBG97UB4TA)")
    );
    assert_eq!(s.chain.last().map(String::as_str), Some("Apple Root CA"));
    assert_eq!(s.status, SignatureStatus::Signed);
    assert!(!s.apple_signed());
}

#[test]
#[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
fn real_santa_samples() {
    let Some(data) = real("appledev_google_x86_64") else {
        return;
    };
    let m = parse(&data).unwrap();
    let s = m.primary_signature().unwrap();
    // Santa asserts: cdhash, team, signing ID.
    assert_eq!(
        s.cdhash.as_deref(),
        Some("23cbe7039ac34bf26f0b1ccc22ff96d6f0d80b72")
    );
    assert_eq!(s.team_id.as_deref(), Some("EQHXZ8M8AV"));
    assert_eq!(s.identifier.as_deref(), Some("goodcert"));
    assert!(s
        .signer()
        .unwrap()
        .starts_with("Apple Development: Google Development"));
    assert_eq!(m.signature_status, SignatureStatus::Signed);

    let m = parse(&real("adhoc_linker_arm64").unwrap()).unwrap();
    let s = m.primary_signature().unwrap();
    assert_eq!(
        s.cdhash.as_deref(),
        Some("dedebf2eac732d873008b17b3e44a56599dd614b")
    );
    assert!(s.flag_names.contains(&"linker-signed"));
    assert_eq!(m.signature_status, SignatureStatus::Adhoc);

    let m = parse(&real("unsigned_x86_64").unwrap()).unwrap();
    assert_eq!(m.signature_status, SignatureStatus::Unsigned);
    assert_eq!(m.arches[0].min_os.as_deref(), Some("13.0.0"));

    let m = parse(&real("mixed_apple_x86_64_unsigned_i386").unwrap()).unwrap();
    let st: Vec<_> = m
        .arches
        .iter()
        .map(|a| (a.cpu.as_str(), a.signature_status))
        .collect();
    assert!(st.contains(&("x86_64", SignatureStatus::Signed)));
    assert!(st.contains(&("i386", SignatureStatus::Unsigned)));
    assert_eq!(m.signature_status, SignatureStatus::Unsigned);

    let m = parse(&real("mixed_apple_x86_64_macdev_i386").unwrap()).unwrap();
    let i386 = m.arches.iter().find(|a| a.cpu == "i386").unwrap();
    assert!(i386
        .signature
        .as_ref()
        .unwrap()
        .signer()
        .unwrap()
        .starts_with("Mac Developer"));

    let m = parse(&real("selfsigned_goodcert_x86_64").unwrap()).unwrap();
    let s = m.primary_signature().unwrap();
    assert_eq!(s.chain, vec!["localhost"]);
    assert_eq!(m.signature_status, SignatureStatus::Signed);

    let m = parse(&real("adhoc_codesign_fat_i386_x86_64").unwrap()).unwrap();
    assert_eq!(m.arches.len(), 2);
    assert_eq!(m.signature_status, SignatureStatus::Adhoc);

    let m = parse(&real("appledev_google_universal").unwrap()).unwrap();
    assert_eq!(m.arches.len(), 2);
    assert_eq!(m.signature_status, SignatureStatus::Signed);

    let m = parse(&real("unsigned_fat_i386_x86_64.dylib").unwrap()).unwrap();
    assert_eq!(m.arches.len(), 2);
    assert!(m.arches.iter().all(|a| a.file_type == "dylib"));
    assert_eq!(m.signature_status, SignatureStatus::Unsigned);
}
