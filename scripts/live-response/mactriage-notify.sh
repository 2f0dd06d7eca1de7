#!/bin/sh
# mactriage-notify.sh -- Live Response library script (macOS).
# Runs `mactriage notify` (show a notification to the logged-in user).
#
#   putfile mactriage            (once per device, if not already there)
#   run mactriage-notify.sh -parameters "<notify arguments>"
#
# Every parameter is passed to `mactriage notify` unchanged; its output and
# exit status are this script's. Run `-parameters "--help"` for the options.
#
# The binary is looked for where `putfile` puts it,
#   /Library/Application Support/Microsoft/Defender/response/mactriage,
# then next to this script (MACTRIAGE_RESPONSE_DIR overrides the first
# location; used by the tests). Portable sh (macOS /bin/sh, bash 3.2).

RESPONSE_DIR="${MACTRIAGE_RESPONSE_DIR:-/Library/Application Support/Microsoft/Defender/response}"

if [ -f "$RESPONSE_DIR/mactriage" ]; then
    dir="$RESPONSE_DIR"
else
    dir="$(cd "$(dirname "$0")" 2>/dev/null && pwd -P)" || dir=""
    if [ -z "$dir" ] || [ ! -f "$dir/mactriage" ]; then
        echo "mactriage-notify: mactriage binary not found in '$RESPONSE_DIR' or next to this script; upload it with: putfile mactriage" >&2
        exit 1
    fi
fi
bin="$dir/mactriage"
chmod u+x "$bin" 2>/dev/null || true
if command -v xattr >/dev/null 2>&1; then
    xattr -d com.apple.quarantine "$bin" >/dev/null 2>&1 || true
fi
exec "$bin" notify "$@"
