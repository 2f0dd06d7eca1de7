#!/usr/bin/env bash
# mac_apt, a real macOS analyser, reads our tarball: runs tests/mac_apt.rs.
#
# Sets up mac_apt (../shared/tools/mac_apt, or $MAC_APT_SRC) in a Python 3.12
# virtualenv, cached under ${MAC_APT_VENV_CACHE:-/tmp} by a hash of mac_apt's
# requirements and the interpreter's version, then collects the real-data
# root ($MACTRIAGE_REALDATA, default ../shared/realdata) and checks what
# mac_apt's UAC input finds in the tarball (see docs/output.md).
#
# Python 3.12 is looked for as $MAC_APT_PYTHON, ~/.pyenv/versions/3.12*,
# then python3.12 on PATH. Without it the script skips, except under CI=true,
# where it fails.
set -euo pipefail
cd "$(dirname "$0")/.."

src="${MAC_APT_SRC:-../shared/tools/mac_apt}"
realdata="${MACTRIAGE_REALDATA:-../shared/realdata}"
cache="${MAC_APT_VENV_CACHE:-/tmp}"
mkdir -p "$cache"

missing() {
  if [ "${CI:-}" = "true" ]; then
    echo "mac_apt.sh: $1; required under CI=true" >&2
    exit 1
  fi
  echo "mac_apt.sh: $1; skipping" >&2
  exit 0
}

[ -f "$src/mac_apt.py" ] || missing "no mac_apt at $src"
[ -d "$realdata" ] || missing "no real data at $realdata"
src="$(cd "$src" && pwd)"
realdata="$(cd "$realdata" && pwd)"

# A Python 3.12 that actually runs (a pyenv shim may exist without 3.12).
python=""
for c in ${MAC_APT_PYTHON:+"$MAC_APT_PYTHON"} "$HOME"/.pyenv/versions/3.12*/bin/python python3.12; do
  if "$c" -c 'import sys, venv; sys.exit(sys.version_info[:2] != (3, 12))' >/dev/null 2>&1; then
    python="$c"
    break
  fi
done
[ -n "$python" ] || missing "no Python 3.12 (set MAC_APT_PYTHON, or install it with pyenv)"
echo "== mac_apt: $("$python" -c 'import sys; print(sys.executable, sys.version.split()[0])')"

# mac_apt writes beside itself and pip reads other_dependencies/ relative to
# the working directory: work on a private copy.
work="$(mktemp -d /tmp/mactriage-mac_apt.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cp -r "$src" "$work/mac_apt"

key="$( (cat "$src/requirements.txt" "$src"/other_dependencies/*; "$python" -VV; uname -m) |
  sha256sum | cut -c1-16)"
venv="$cache/mactriage-mac_apt-venv-$key"
started=$SECONDS
(
  # One builder at a time per cache entry; the others wait and reuse it.
  if command -v flock >/dev/null; then
    exec 9>"$venv.lock"
    flock 9
  fi
  if [ ! -f "$venv/.complete" ]; then
    echo "== mac_apt: installing its requirements into $venv (compiles C extensions; a few minutes)"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    if ! (cd "$work/mac_apt" && "$venv/bin/pip" install --quiet -r requirements.txt); then
      rm -rf "$venv"
      echo "mac_apt.sh: pip install of mac_apt's requirements failed" >&2
      exit 1
    fi
    touch "$venv/.complete"
  else
    echo "== mac_apt: reusing $venv"
  fi
)
echo "== mac_apt: virtualenv ready in $((SECONDS - started))s"

started=$SECONDS
MACTRIAGE_REALDATA="$realdata" \
  MACTRIAGE_MAC_APT="$work/mac_apt" \
  MACTRIAGE_MAC_APT_PYTHON="$venv/bin/python" \
  cargo test --test mac_apt -- --nocapture
echo "== mac_apt: test finished in $((SECONDS - started))s"
