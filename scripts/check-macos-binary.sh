#!/bin/sh
# Verify a universal mactriage binary: see check-macos-binary.py for the
# full list of checks. Exit status 0 = OK, 1 = a check failed, 2 = usage.
#   scripts/check-macos-binary.sh target/universal2-apple-darwin/release/mactriage
#   scripts/check-macos-binary.sh --self-test
exec python3 "$(dirname "$0")/check-macos-binary.py" "$@"
