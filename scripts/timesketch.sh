#!/usr/bin/env bash
# Timesketch's own import code reads our timeline: runs tests/timesketch.rs.
#
# Sets up a Python virtualenv with the `timesketch` package (pinned) and
# only what its import readers need (timesketch.lib.utils imports pandas,
# dateutil, yaml and flask): the full package pulls in a server's worth of
# dependencies (OpenSearch, Celery, SQLAlchemy, Google Cloud...) that the
# readers never touch, so it is installed with --no-deps. The virtualenv is
# cached under ${TIMESKETCH_VENV_CACHE:-/tmp} by a hash of this file's
# requirements and the interpreter's version: about a minute to build on a
# fresh machine, nothing after.
#
# Python 3.11 or later is looked for as $TIMESKETCH_PYTHON, then python3.
# Without it the script skips, except under CI=true, where it fails.
set -euo pipefail
cd "$(dirname "$0")/.."

# What the readers import, at the versions Timesketch 20261014 pins (or
# requires at least); pinned so that a new release changes nothing
# unreviewed.
TIMESKETCH="timesketch==20261014"
DEPS="pandas==3.1.1 numpy==2.4.6 python-dateutil==2.9.0 PyYAML==6.0.1 Flask==3.1.3"

cache="${TIMESKETCH_VENV_CACHE:-/tmp}"
mkdir -p "$cache"

missing() {
  if [ "${CI:-}" = "true" ]; then
    echo "timesketch.sh: $1; required under CI=true" >&2
    exit 1
  fi
  echo "timesketch.sh: $1; skipping" >&2
  exit 0
}

python=""
for c in ${TIMESKETCH_PYTHON:+"$TIMESKETCH_PYTHON"} python3; do
  if "$c" -c 'import sys, venv; sys.exit(sys.version_info[:2] < (3, 11))' >/dev/null 2>&1; then
    python="$c"
    break
  fi
done
[ -n "$python" ] || missing "no Python 3.11 or later (set TIMESKETCH_PYTHON)"
echo "== timesketch: $("$python" -c 'import sys; print(sys.executable, sys.version.split()[0])')"

key="$( (echo "$TIMESKETCH $DEPS"; "$python" -VV; uname -m) | sha256sum | cut -c1-16)"
venv="$cache/mactriage-timesketch-venv-$key"
started=$SECONDS
(
  if command -v flock >/dev/null; then
    exec 9>"$venv.lock"
    flock 9
  fi
  if [ ! -f "$venv/.complete" ]; then
    echo "== timesketch: installing $TIMESKETCH (--no-deps) and $DEPS into $venv"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    # shellcheck disable=SC2086
    if ! "$venv/bin/pip" install --quiet --no-deps "$TIMESKETCH" ||
      ! "$venv/bin/pip" install --quiet $DEPS; then
      rm -rf "$venv"
      echo "timesketch.sh: pip install failed" >&2
      exit 1
    fi
    "$venv/bin/python" -c 'from timesketch.lib import utils; utils.read_and_validate_jsonl; utils.read_and_validate_csv'
    touch "$venv/.complete"
  else
    echo "== timesketch: reusing $venv"
  fi
)
echo "== timesketch: virtualenv ready in $((SECONDS - started))s"

started=$SECONDS
MACTRIAGE_TIMESKETCH_PYTHON="$venv/bin/python" \
  cargo test --test timesketch -- --nocapture
echo "== timesketch: test finished in $((SECONDS - started))s"
