#!/usr/bin/env bash
# Build the universal (x86_64 + arm64) macOS mactriage binary on Linux.
#
#   scripts/build-macos.sh                 # release build of mactriage
#   scripts/build-macos.sh --check         # ... then run check-macos-binary.sh
#   scripts/build-macos.sh --manifest-path other/Cargo.toml --bin NAME
#
# The LAST line on stdout is the absolute path of the universal binary;
# everything else (progress, cargo output) goes to stderr, so
#   BIN=$(scripts/build-macos.sh | tail -n 1)
# works. Honours CARGO_TARGET_DIR (default: <workspace>/target); the binary
# lands in $CARGO_TARGET_DIR/universal2-apple-darwin/release/.
#
# What it does:
#   1. installs what is missing: the rustup targets x86_64-apple-darwin and
#      aarch64-apple-darwin; zig via the `ziglang` Python package (pip);
#      cargo-zigbuild (cargo install --locked), at the pinned versions below;
#   2. cargo zigbuild --release --locked --target universal2-apple-darwin
#      with MACOSX_DEPLOYMENT_TARGET=11.0: zig links each slice (its Mach-O
#      linker ad hoc signs the arm64 slice) and cargo-zigbuild merges them
#      into one fat file;
#   3. libSystem and libiconv come with zig and cargo-zigbuild; the
#      CoreFoundation and IOKit frameworks that sysinfo (and chrono, through
#      iana-time-zone / core-foundation-sys) link are resolved with the text
#      stubs in scripts/macos-sdk-stubs (regenerate with gen-stubs.py after
#      bumping sysinfo or core-foundation-sys). No Apple SDK is needed.
#
# Native build on a Mac (Xcode command line tools), same result:
#   rustup target add x86_64-apple-darwin aarch64-apple-darwin
#   export MACOSX_DEPLOYMENT_TARGET=11.0
#   cargo build --release --locked --target x86_64-apple-darwin
#   cargo build --release --locked --target aarch64-apple-darwin
#   lipo -create -output target/mactriage-universal \
#       target/x86_64-apple-darwin/release/mactriage \
#       target/aarch64-apple-darwin/release/mactriage
#   scripts/check-macos-binary.sh target/mactriage-universal
# (Apple's ld signs the arm64 slice ad hoc too; lipo keeps the signatures.)
#
# See docs/building.md.
set -euo pipefail

# The whole script is one brace group so bash reads it completely before
# running it (editing the file during a build cannot derail the build).
{
# Keep the caller's stdout for the final path only.
exec 3>&1 1>&2

ZIGLANG_VERSION="${ZIGLANG_VERSION:-0.17.1}"
CARGO_ZIGBUILD_VERSION="${CARGO_ZIGBUILD_VERSION:-0.24.1}"
export MACOSX_DEPLOYMENT_TARGET="${MACOSX_DEPLOYMENT_TARGET:-11.0}"

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
stubs="$here/macos-sdk-stubs/System/Library/Frameworks"

manifest="$repo/Cargo.toml"
bin="mactriage"
run_check=0
while [ $# -gt 0 ]; do
    case "$1" in
        --manifest-path) manifest="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
        --bin) bin="$2"; shift 2 ;;
        --check) run_check=1; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "build-macos.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
done

log() { printf '[build-macos] %s\n' "$*"; }

# --- 1. toolchain -----------------------------------------------------------
command -v cargo >/dev/null || { log "cargo not found (install Rust with rustup)"; exit 1; }
command -v python3 >/dev/null || { log "python3 not found (needed for zig and the checks)"; exit 1; }

if command -v rustup >/dev/null; then
    installed="$(rustup target list --installed)"
    for t in x86_64-apple-darwin aarch64-apple-darwin; do
        if ! printf '%s\n' "$installed" | grep -qx "$t"; then
            log "installing Rust target $t"
            rustup target add "$t"
        fi
    done
else
    log "rustup not found; assuming the apple-darwin std libraries are installed"
fi

have_zig="$(python3 -m ziglang version 2>/dev/null || true)"
if [ "$have_zig" != "$ZIGLANG_VERSION" ]; then
    log "installing ziglang==$ZIGLANG_VERSION (found: ${have_zig:-none})"
    python3 -m pip install "ziglang==$ZIGLANG_VERSION" ||
        python3 -m pip install --user "ziglang==$ZIGLANG_VERSION"
fi

have_czb="$(cargo-zigbuild --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_czb" != "$CARGO_ZIGBUILD_VERSION" ]; then
    log "installing cargo-zigbuild $CARGO_ZIGBUILD_VERSION (found: ${have_czb:-none})"
    cargo install --locked --version "=$CARGO_ZIGBUILD_VERSION" cargo-zigbuild
fi

# Stubs generated from other sysinfo/core-foundation-sys versions than the
# ones in Cargo.lock may lack symbols new code calls: warn, link decides.
if [ "$manifest" = "$repo/Cargo.toml" ] &&
    ! python3 "$here/macos-sdk-stubs/gen-stubs.py" --check 2>/dev/null; then
    log "WARNING: framework stubs are out of date; run scripts/macos-sdk-stubs/gen-stubs.py"
fi

# --- 2. build ---------------------------------------------------------------
# -L framework=DIR becomes -F DIR for the linker: `-framework CoreFoundation`
# and `-framework IOKit` then resolve to the .tbd stubs.
# -dead_strip_dylibs drops dylibs no symbol is bound from: cargo-zigbuild
# adds -lcharset next to the -liconv the libc crate always asks for, and
# neither is wanted in the load commands unless something calls into them.
# RUSTFLAGS only applies to the target (not build scripts) because --target
# is given.
export RUSTFLAGS="${RUSTFLAGS:+$RUSTFLAGS }-L framework=$stubs -C link-arg=-Wl,-dead_strip_dylibs"

target_dir="${CARGO_TARGET_DIR:-}"
if [ -z "$target_dir" ]; then
    target_dir="$(cargo metadata --format-version 1 --no-deps --manifest-path "$manifest" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
fi
export CARGO_TARGET_DIR="$target_dir"

log "building $bin for x86_64 + arm64, macOS >= $MACOSX_DEPLOYMENT_TARGET (zig $ZIGLANG_VERSION)"
start=$(date +%s)
cargo zigbuild --release --locked --manifest-path "$manifest" --bin "$bin" \
    --target universal2-apple-darwin
log "build took $(( $(date +%s) - start ))s"

out="$CARGO_TARGET_DIR/universal2-apple-darwin/release/$bin"
[ -f "$out" ] || { log "expected output missing: $out"; exit 1; }
for a in x86_64 aarch64; do
    log "  $a slice: $(wc -c < "$CARGO_TARGET_DIR/$a-apple-darwin/release/$bin") bytes"
done
log "  universal:    $(wc -c < "$out") bytes"

# --- 3. optional verification ----------------------------------------------
if [ "$run_check" = 1 ]; then
    "$here/check-macos-binary.sh" "$out"
fi

printf '%s\n' "$out" >&3
exit 0
}
