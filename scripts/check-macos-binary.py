#!/usr/bin/env python3
"""Verify a mactriage macOS release binary before it goes to the Live
Response library. Python 3 standard library only; runs on Linux or macOS.

Checks (any failure -> exit 1):
  * universal (fat) Mach-O with exactly two slices: x86_64 and arm64;
  * every slice is a 64-bit MH_EXECUTE for the architecture the fat header
    says it is;
  * the only dylibs loaded (LC_LOAD_DYLIB and the weak/reexport/lazy/upward
    variants) are libSystem, libiconv, CoreFoundation and IOKit -- anything
    else may be missing on a stock Mac or means a dependency pulled in a
    framework nobody reviewed;
  * minimum macOS version (LC_BUILD_VERSION, or LC_VERSION_MIN_MACOSX)
    is present, for macOS, and <= 11.0;
  * the arm64 slice has LC_CODE_SIGNATURE (Apple silicon kills unsigned
    code), and every code signature present is internally consistent: the
    CodeDirectory page hashes match the bytes of the slice, so no tool
    touched the file after it was signed;
  * total file size < 9,961,472 bytes (9.5 MiB; the Live Response
    `putfile` limit is 10 MB).

Usage: check-macos-binary.py [--max-size BYTES] BINARY
       check-macos-binary.py --self-test
"""
import hashlib
import os
import struct
import sys
import tempfile

MAX_SIZE = 9_961_472
MIN_OS_LIMIT = (11, 0, 0)

FAT_MAGIC = 0xCAFEBABE
FAT_MAGIC_64 = 0xCAFEBABF
MH_MAGIC_64 = 0xFEEDFACF
MH_EXECUTE = 2

CPU_X86_64 = 0x01000007
CPU_ARM64 = 0x0100000C
ARCH_NAMES = {CPU_X86_64: "x86_64", CPU_ARM64: "arm64"}

LC_REQ_DYLD = 0x80000000
LC_LOAD_DYLIB = 0xC
LC_LOAD_WEAK_DYLIB = 0x18 | LC_REQ_DYLD
LC_REEXPORT_DYLIB = 0x1F | LC_REQ_DYLD
LC_LAZY_LOAD_DYLIB = 0x20
LC_LOAD_UPWARD_DYLIB = 0x23 | LC_REQ_DYLD
DYLIB_CMDS = {
    LC_LOAD_DYLIB: "LC_LOAD_DYLIB",
    LC_LOAD_WEAK_DYLIB: "LC_LOAD_WEAK_DYLIB",
    LC_REEXPORT_DYLIB: "LC_REEXPORT_DYLIB",
    LC_LAZY_LOAD_DYLIB: "LC_LAZY_LOAD_DYLIB",
    LC_LOAD_UPWARD_DYLIB: "LC_LOAD_UPWARD_DYLIB",
}
LC_CODE_SIGNATURE = 0x1D
LC_VERSION_MIN_MACOSX = 0x24
LC_BUILD_VERSION = 0x32
PLATFORM_MACOS = 1

ALLOWED_EXACT = ("/usr/lib/libSystem.B.dylib", "/usr/lib/libiconv.2.dylib")
ALLOWED_PREFIX = (
    "/System/Library/Frameworks/CoreFoundation.framework/",
    "/System/Library/Frameworks/IOKit.framework/",
)

CSMAGIC_EMBEDDED_SIGNATURE = 0xFADE0CC0
CSMAGIC_CODEDIRECTORY = 0xFADE0C02
CSSLOT_CODEDIRECTORY = 0
CSSLOT_ALTERNATE_CODEDIRECTORIES = 0x1000
CS_ADHOC = 0x2
CS_LINKER_SIGNED = 0x20000
HASH_TYPES = {1: ("sha1", 20), 2: ("sha256", 32), 3: ("sha256", 20), 4: ("sha384", 48)}


class CheckError(Exception):
    pass


def fmt_version(v):
    return "%d.%d.%d" % (v >> 16, (v >> 8) & 0xFF, v & 0xFF)


def version_tuple(v):
    return (v >> 16, (v >> 8) & 0xFF, v & 0xFF)


def allowed_dylib(name):
    return name in ALLOWED_EXACT or name.startswith(ALLOWED_PREFIX)


def verify_code_signature(data, dataoff, datasize):
    """Return a short description; raise CheckError if inconsistent."""
    if dataoff + datasize > len(data) or datasize < 12:
        raise CheckError("code signature lies outside the slice")
    blob = data[dataoff:dataoff + datasize]
    magic, length, count = struct.unpack_from(">III", blob, 0)
    if magic != CSMAGIC_EMBEDDED_SIGNATURE:
        raise CheckError("code signature superblob has bad magic 0x%08x" % magic)
    if length > datasize or 12 + 8 * count > length:
        raise CheckError("code signature superblob is truncated")
    cds = []
    for i in range(count):
        stype, off = struct.unpack_from(">II", blob, 12 + 8 * i)
        if stype == CSSLOT_CODEDIRECTORY or (
                CSSLOT_ALTERNATE_CODEDIRECTORIES <= stype < CSSLOT_ALTERNATE_CODEDIRECTORIES + 5):
            cds.append(off)
    if not cds:
        raise CheckError("code signature has no CodeDirectory")
    descr = []
    for off in cds:
        if off + 44 > len(blob):
            raise CheckError("CodeDirectory is truncated")
        (cmagic, clen, _version, flags, hash_off, _ident_off, _n_special, n_code,
         code_limit, hash_size, hash_type, _platform, page_log2) = struct.unpack_from(
            ">IIIIIIIIIBBBB", blob, off)
        if cmagic != CSMAGIC_CODEDIRECTORY:
            raise CheckError("CodeDirectory has bad magic 0x%08x" % cmagic)
        if hash_type not in HASH_TYPES:
            raise CheckError("CodeDirectory uses unknown hash type %d" % hash_type)
        algo, size = HASH_TYPES[hash_type]
        if size != hash_size:
            raise CheckError("CodeDirectory hash size %d does not match type" % hash_size)
        if code_limit != dataoff:
            raise CheckError("CodeDirectory covers %d bytes, signature starts at %d"
                             % (code_limit, dataoff))
        page = 1 << page_log2 if page_log2 else code_limit
        expected_slots = (code_limit + page - 1) // page
        if n_code != expected_slots:
            raise CheckError("CodeDirectory has %d page hashes, expected %d"
                             % (n_code, expected_slots))
        base = off + hash_off
        if base + n_code * hash_size > off + clen or off + clen > len(blob):
            raise CheckError("CodeDirectory hash table is truncated")
        for slot in range(n_code):
            start = slot * page
            chunk = data[start:min(start + page, code_limit)]
            digest = hashlib.new(algo, chunk).digest()[:hash_size]
            if digest != blob[base + slot * hash_size: base + (slot + 1) * hash_size]:
                raise CheckError("code signature page %d hash mismatch "
                                 "(file modified after signing)" % slot)
        kind = "ad hoc" if flags & CS_ADHOC else "signed"
        if flags & CS_LINKER_SIGNED:
            kind += ", linker-signed"
        descr.append("%s %s, %d pages verified" % (kind, algo, n_code))
    return "; ".join(descr)


def check_slice(data, arch_cpu, problems, report):
    name = ARCH_NAMES.get(arch_cpu, "cpu 0x%x" % arch_cpu)
    if len(data) < 32:
        problems.append("%s: slice too small" % name)
        return
    magic, cputype, _sub, filetype, ncmds, sizeofcmds, _flags, _res = struct.unpack_from(
        "<IiIIIIII", data, 0)
    if magic != MH_MAGIC_64:
        problems.append("%s: not a 64-bit little-endian Mach-O (magic 0x%08x)" % (name, magic))
        return
    if cputype & 0xFFFFFFFF != arch_cpu:
        problems.append("%s: slice header says cpu 0x%x" % (name, cputype & 0xFFFFFFFF))
    if filetype != MH_EXECUTE:
        problems.append("%s: filetype %d is not MH_EXECUTE" % (name, filetype))
    if 32 + sizeofcmds > len(data):
        problems.append("%s: load commands run past the slice" % name)
        return
    off = 32
    dylibs, minos, sdk, sig = [], None, None, None
    for _ in range(ncmds):
        if off + 8 > 32 + sizeofcmds:
            problems.append("%s: load command table truncated" % name)
            return
        cmd, cmdsize = struct.unpack_from("<II", data, off)
        if cmdsize < 8 or off + cmdsize > 32 + sizeofcmds:
            problems.append("%s: bad load command size %d" % (name, cmdsize))
            return
        if cmd in DYLIB_CMDS:
            (name_off,) = struct.unpack_from("<I", data, off + 8)
            raw = data[off + name_off: off + cmdsize]
            dylibs.append((DYLIB_CMDS[cmd], raw.split(b"\0", 1)[0].decode("utf-8", "replace")))
        elif cmd == LC_BUILD_VERSION:
            platform, mos, sdkv = struct.unpack_from("<III", data, off + 8)
            if platform != PLATFORM_MACOS:
                problems.append("%s: LC_BUILD_VERSION platform %d is not macOS" % (name, platform))
            minos, sdk = mos, sdkv
        elif cmd == LC_VERSION_MIN_MACOSX and minos is None:
            mos, sdkv = struct.unpack_from("<II", data, off + 8)
            minos, sdk = mos, sdkv
        elif cmd == LC_CODE_SIGNATURE:
            sig = struct.unpack_from("<II", data, off + 8)
        off += cmdsize

    report.append("  %s: %d bytes" % (name, len(data)))
    for kind, lib in dylibs:
        ok = allowed_dylib(lib)
        report.append("    %-17s %s%s" % (kind, lib, "" if ok else "   <-- NOT ALLOWED"))
        if not ok:
            problems.append("%s: links %s (not in the allowed list)" % (name, lib))
    if not any(k == "LC_LOAD_DYLIB" and l == "/usr/lib/libSystem.B.dylib" for k, l in dylibs):
        problems.append("%s: does not load libSystem.B.dylib" % name)
    if minos is None:
        problems.append("%s: no LC_BUILD_VERSION / LC_VERSION_MIN_MACOSX" % name)
    else:
        report.append("    minimum macOS     %s (sdk %s)" % (fmt_version(minos), fmt_version(sdk)))
        if version_tuple(minos) > MIN_OS_LIMIT:
            problems.append("%s: minimum macOS %s is newer than 11.0" % (name, fmt_version(minos)))
    if sig is None:
        report.append("    code signature    none")
        if arch_cpu == CPU_ARM64:
            problems.append("arm64: no LC_CODE_SIGNATURE (Apple silicon refuses unsigned code)")
    else:
        try:
            report.append("    code signature    " + verify_code_signature(data, sig[0], sig[1]))
        except CheckError as e:
            report.append("    code signature    BROKEN")
            problems.append("%s: %s" % (name, e))


def check(path, max_size=MAX_SIZE):
    """Return (problems, report_lines)."""
    problems, report = [], []
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        return ["cannot read %s: %s" % (path, e)], report
    size = len(data)
    report.append("%s: %d bytes (limit %d)" % (path, size, max_size - 1))
    if size >= max_size:
        problems.append("file is %d bytes, must be < %d" % (size, max_size))
    if size < 8:
        problems.append("not a Mach-O file (too small)")
        return problems, report
    (magic, nfat) = struct.unpack_from(">II", data, 0)
    if magic not in (FAT_MAGIC, FAT_MAGIC_64):
        if struct.unpack_from("<I", data, 0)[0] == MH_MAGIC_64:
            problems.append("thin Mach-O, expected a universal (fat) binary")
        else:
            problems.append("not a universal Mach-O (magic 0x%08x)" % magic)
        return problems, report
    entry = 32 if magic == FAT_MAGIC_64 else 20
    if nfat > 16 or 8 + nfat * entry > size:
        problems.append("fat header is corrupt (%d slices)" % nfat)
        return problems, report
    arches = []
    for i in range(nfat):
        if magic == FAT_MAGIC_64:
            cpu, _sub, off, sz, _align, _res = struct.unpack_from(">IIQQII", data, 8 + i * entry)
        else:
            cpu, _sub, off, sz, _align = struct.unpack_from(">IIIII", data, 8 + i * entry)
        arches.append(cpu)
        if off + sz > size:
            problems.append("%s: slice runs past end of file" % ARCH_NAMES.get(cpu, hex(cpu)))
            continue
        check_slice(data[off:off + sz], cpu, problems, report)
    names = sorted(ARCH_NAMES.get(c, "cpu 0x%x" % c) for c in arches)
    if names != ["arm64", "x86_64"]:
        problems.append("slices are [%s], expected exactly [arm64, x86_64]" % ", ".join(names))
    return problems, report


# ---------------------------------------------------------------- self-test

def _lc_dylib(path):
    name = path.encode() + b"\0"
    size = (24 + len(name) + 7) & ~7
    return struct.pack("<IIIIII", LC_LOAD_DYLIB, size, 24, 2, 0x10000, 0x10000) + \
        name.ljust(size - 24, b"\0")


def _slice(cpu, dylibs, minos=0x0B0000, sign=True, corrupt=False):
    """A minimal Mach-O executable, with an ad hoc SHA-256 signature."""
    cmds = b"".join(_lc_dylib(d) for d in dylibs)
    cmds += struct.pack("<IIIIII", LC_BUILD_VERSION, 24, PLATFORM_MACOS, minos, 0x0E0000, 0)
    ncmds = len(dylibs) + 1 + (1 if sign else 0)
    sizeofcmds = len(cmds) + (16 if sign else 0)
    body_len = 8192  # two 4 KiB pages of "code"
    sig_off = body_len
    if sign:
        cmds += struct.pack("<IIII", LC_CODE_SIGNATURE, 16, sig_off, 0)  # size patched below
    header = struct.pack("<IiIIIIII", MH_MAGIC_64, cpu, 0, MH_EXECUTE, ncmds, sizeofcmds, 0, 0)
    body = (header + cmds).ljust(body_len, b"\x90")
    if not sign:
        return body
    ident = b"selftest\0"
    n_code = body_len // 4096
    cd_hdr = 44
    hash_off = cd_hdr + len(ident)
    cd_len = hash_off + 32 * n_code

    def build(body):
        hashes = b"".join(hashlib.sha256(body[i * 4096:(i + 1) * 4096]).digest()
                          for i in range(n_code))
        cd = struct.pack(">IIIIIIIIIBBBBI", CSMAGIC_CODEDIRECTORY, cd_len, 0x20001, CS_ADHOC,
                         hash_off, cd_hdr, 0, n_code, body_len, 32, 2, 0, 12, 0) + ident + hashes
        sb_len = 12 + 8 + len(cd)
        return struct.pack(">IIIII", CSMAGIC_EMBEDDED_SIGNATURE, sb_len, 1,
                           CSSLOT_CODEDIRECTORY, 20) + cd

    sig_len = len(build(body))
    sig_cmd_at = 32 + sizeofcmds - 16
    body = body[:sig_cmd_at] + struct.pack("<IIII", LC_CODE_SIGNATURE, 16, sig_off, sig_len) + \
        body[sig_cmd_at + 16:]
    sig = build(body)
    if corrupt:
        body = body[:5000] + b"\xcc" + body[5001:]
    return body + sig


def _fat(slices):
    out = struct.pack(">II", FAT_MAGIC, len(slices))
    off = 4096
    blobs = []
    for cpu, blob in slices:
        out += struct.pack(">IIIII", cpu, 0, off, len(blob), 12)
        blobs.append((off, blob))
        off = (off + len(blob) + 4095) & ~4095
    out = out.ljust(4096, b"\0")
    for o, blob in blobs:
        out = out.ljust(o, b"\0") + blob
    return out


def self_test():
    ok_libs = ["/usr/lib/libSystem.B.dylib",
               "/System/Library/Frameworks/CoreFoundation.framework/Versions/A/CoreFoundation"]
    x86 = _slice(CPU_X86_64, ok_libs, sign=False)
    arm = _slice(CPU_ARM64, ok_libs)
    cases = [
        ("good universal binary", _fat([(CPU_X86_64, x86), (CPU_ARM64, arm)]), True),
        ("text file", b"#!/bin/sh\necho not a binary\n", False),
        ("empty file", b"", False),
        ("thin arm64 Mach-O", arm, False),
        ("arm64 slice only", _fat([(CPU_ARM64, arm)]), False),
        ("extra dylib", _fat([(CPU_X86_64, _slice(CPU_X86_64, ok_libs + [
            "/usr/local/lib/libssl.3.dylib"], sign=False)), (CPU_ARM64, arm)]), False),
        ("minimum macOS 12.0", _fat([(CPU_X86_64, x86), (CPU_ARM64, _slice(
            CPU_ARM64, ok_libs, minos=0x0C0000))]), False),
        ("unsigned arm64", _fat([(CPU_X86_64, x86), (CPU_ARM64, _slice(
            CPU_ARM64, ok_libs, sign=False))]), False),
        ("modified after signing", _fat([(CPU_X86_64, x86), (CPU_ARM64, _slice(
            CPU_ARM64, ok_libs, corrupt=True))]), False),
        ("truncated fat header", _fat([(CPU_X86_64, x86), (CPU_ARM64, arm)])[:30], False),
    ]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bin")
        for label, blob, expect_ok in cases:
            with open(path, "wb") as f:
                f.write(blob)
            problems, _ = check(path)
            passed = (not problems) == expect_ok
            failures += not passed
            print("%s  %-24s -> %s" % ("ok  " if passed else "FAIL", label,
                                       "accepted" if not problems else problems[0]))
        # size limit
        with open(path, "wb") as f:
            f.write(_fat([(CPU_X86_64, x86), (CPU_ARM64, arm)]))
        problems, _ = check(path, max_size=1000)
        passed = any("must be <" in p for p in problems)
        failures += not passed
        print("%s  %-24s -> %s" % ("ok  " if passed else "FAIL", "over size limit",
                                   problems[0] if problems else "accepted"))
    print("self-test: %s" % ("FAILED" if failures else "passed"))
    return 1 if failures else 0


def main(argv):
    if argv == ["--self-test"]:
        return self_test()
    max_size = MAX_SIZE
    if len(argv) == 3 and argv[0] == "--max-size":
        max_size = int(argv[1])
        argv = argv[2:]
    if len(argv) != 1 or argv[0].startswith("-"):
        sys.stderr.write(__doc__.split("Usage:")[1].join(["usage:", ""]))
        return 2
    problems, report = check(argv[0], max_size)
    print("\n".join(report))
    if problems:
        for p in problems:
            print("FAIL: " + p)
        return 1
    print("OK: universal x86_64+arm64, allowed dylibs only, macOS >= 11.0 compatible, "
          "arm64 signed, size within budget")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
