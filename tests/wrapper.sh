#!/usr/bin/env bash
# Tests for the Live Response wrapper scripts in scripts/live-response/,
# run against a fake `mactriage` in a temporary directory whose path has
# spaces. Runs each wrapper under every shell found of: sh, dash, bash.
#
#   bash tests/wrapper.sh        (exit status 0 = all passed)
#
# `cargo test` runs it too (tests/wrapper.rs).
set -u

repo="$(cd "$(dirname "$0")/.." && pwd)"
lr="$repo/scripts/live-response"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/mactriage wrapper test.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

failures=0
pass() { printf 'ok    %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }
check() { # description, command...
    local d="$1"; shift
    if "$@"; then pass "$d"; else fail "$d"; fi
}

# Fake mactriage: records its argv (one per line) next to itself; `collect`
# works like the real one in --output: a staging directory
# (.mactriage-staging-<pid>-<time>) and an unpublished tarball
# (.mactriage_<host>_<time>.tar.gz.partial) while it runs, then the tarball
# + .sha256, and the path printed last. FAKE_SLEEP delays the collection,
# FAKE_RC sets the exit status, FAKE_NO_TARBALL=1 skips the tarball,
# FAKE_TIME names it, FAKE_HANG=1 never finishes (to be killed).
write_fake() {
    cat > "$1/mactriage" <<'EOF'
#!/bin/sh
here="$(cd "$(dirname "$0")" && pwd)"
: > "$here/argv.txt"
for a in "$@"; do printf '%s\n' "$a" >> "$here/argv.txt"; done
echo "pid $$" > "$here/fake.pid"
case "$1" in
collect)
    out=""
    while [ $# -gt 0 ]; do
        if [ "$1" = "--output" ]; then out="$2"; shift; fi
        shift
    done
    echo "collecting..." >&2
    echo "some collector: done"
    name="mactriage_testhost_${FAKE_TIME:-20240101T000000Z}.tar.gz"
    stage="$out/.mactriage-staging-$$-1704067200"
    mkdir "$stage"
    echo "tarball bytes" > "$out/.$name.partial"
    [ "${FAKE_HANG:-0}" = 1 ] && exec sleep 60
    sleep "${FAKE_SLEEP:-0}"
    rm -rf "$stage"
    if [ "${FAKE_NO_TARBALL:-0}" != 1 ]; then
        t="$out/$name"
        mv "$out/.$name.partial" "$t"
        echo "0123abcd  $t" > "$t.sha256"
        echo "$t"
    else
        rm -f "$out/.$name.partial"
    fi
    exit "${FAKE_RC:-0}"
    ;;
*)
    echo "fake $1 ran"
    exit "${FAKE_RC:-0}"
    ;;
esac
EOF
    chmod 0644 "$1/mactriage"   # the wrapper must make it executable
}

argv_is() { # dir, expected argv lines...
    local dir="$1"; shift
    local expected; expected="$(printf '%s\n' "$@")"
    [ "$(cat "$dir/argv.txt" 2>/dev/null)" = "$expected" ] || {
        printf '  argv was:\n%s\n  expected:\n%s\n' "$(cat "$dir/argv.txt" 2>/dev/null)" "$expected"
        return 1
    }
}
last_line_is() { # file, expected
    local got; got="$(awk 'NF { l = $0 } END { print l }' "$1")"
    [ "$got" = "$2" ] || { printf '  last line was: %s\n  expected:      %s\n' "$got" "$2"; return 1; }
}
contains() { grep -qF -- "$2" "$1" || { printf '  %s does not contain: %s\n' "$1" "$2"; sed 's/^/  | /' "$1"; return 1; }; }
is_exec() { [ -x "$1" ]; }
absent() { [ ! -e "$1" ]; }

shells=""
for s in sh dash bash; do command -v "$s" >/dev/null 2>&1 && shells="$shells $s"; done

for SH in $shells; do
    echo "== shell: $SH"
    base="$tmp/$SH run"
    # --- foreground, binary next to the script ----------------------------
    d="$base/Application Support/response dir"
    mkdir -p "$d"
    cp "$lr/mactriage-collect.sh" "$lr/mactriage-kill-tree.sh" "$lr/mactriage-notify.sh" "$d/"
    write_fake "$d"
    tar="$d/mactriage_testhost_20240101T000000Z.tar.gz"
    export MACTRIAGE_RESPONSE_DIR="$tmp/does not exist"

    MACTRIAGE_RESPONSE_DIR="$tmp/does not exist" \
        $SH "$d/mactriage-collect.sh" --time-limit 5m --max-file-size 100M "two words" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    check "$SH: foreground exit status 0" [ "$rc" -eq 0 ]
    check "$SH: binary made executable" is_exec "$d/mactriage"
    check "$SH: argv passed through after --low-priority, --output is the binary's dir" \
        argv_is "$d" collect --output "$d" --low-priority --time-limit 5m --max-file-size 100M "two words"
    check "$SH: last line is the getfile command" last_line_is "$tmp/out" "getfile \"$tar\""
    check "$SH: collector stdout shown" contains "$tmp/out" "some collector: done"
    check "$SH: sha256 shown" contains "$tmp/out" "0123abcd"

    # --- binary in the putfile directory, script elsewhere --------------------
    other="$base/library scripts"
    mkdir -p "$other"
    cp "$lr/mactriage-collect.sh" "$other/"
    MACTRIAGE_RESPONSE_DIR="$d" $SH "$other/mactriage-collect.sh" --max-total-size 2G > "$tmp/out" 2>&1
    check "$SH: putfile dir preferred over script dir" argv_is "$d" collect --output "$d" --low-priority --max-total-size 2G
    check "$SH: getfile line (putfile dir)" last_line_is "$tmp/out" "getfile \"$tar\""

    # --- no binary anywhere -----------------------------------------------------
    $SH "$other/mactriage-collect.sh" > "$tmp/out" 2>&1
    rc=$?
    check "$SH: missing binary -> non-zero exit" [ "$rc" -ne 0 ]
    check "$SH: missing binary -> putfile hint" contains "$tmp/out" "putfile mactriage"

    # --- collector fails without a tarball -------------------------------------
    FAKE_RC=3 FAKE_NO_TARBALL=1 $SH "$d/mactriage-collect.sh" > "$tmp/out" 2>&1
    rc=$?
    check "$SH: failed collection -> exit status 3" [ "$rc" -eq 3 ]
    check "$SH: failed collection -> no getfile line" sh -c '! grep -q "^getfile" "$1"' sh "$tmp/out"

    # --- background + status --------------------------------------------------
    rm -f "$tar" "$tar.sha256"
    start=$(date +%s)
    FAKE_SLEEP=3 $SH "$d/mactriage-collect.sh" --background --time-limit 45m > "$tmp/out" 2>&1
    rc=$?
    took=$(( $(date +%s) - start ))
    check "$SH: --background returns at once (${took}s)" [ "$rc" -eq 0 -a "$took" -le 2 ]
    check "$SH: --background reports the log path" contains "$tmp/out" "mactriage-collect.log"
    $SH "$d/mactriage-collect.sh" --status > "$tmp/status" 2>&1
    check "$SH: --status while running says RUNNING" contains "$tmp/status" "RUNNING"
    check "$SH: --status while running has no getfile" sh -c '! grep -q "^getfile" "$1"' sh "$tmp/status"
    $SH "$d/mactriage-collect.sh" --background > "$tmp/out" 2>&1
    check "$SH: second --background refused while running" [ $? -ne 0 ]
    $SH "$d/mactriage-collect.sh" > "$tmp/out" 2>&1
    check "$SH: foreground refused while background runs" [ $? -ne 0 ]
    bgpid="$(cat "$d/mactriage-collect.pid" 2>/dev/null)"
    if command -v ps >/dev/null 2>&1 && [ -n "$bgpid" ]; then
        check "$SH: background job is in its own session" \
            [ "$(ps -o sid= -p "$bgpid" | tr -d ' ')" != "$(ps -o sid= -p $$ | tr -d ' ')" ]
    fi
    i=0
    while [ $i -lt 100 ] && ! grep -q '^done' "$d/mactriage-collect.status" 2>/dev/null; do
        sleep 0.1; i=$((i + 1))
    done
    $SH "$d/mactriage-collect.sh" --status > "$tmp/status" 2>&1
    rc=$?
    check "$SH: --status after completion exits 0" [ "$rc" -eq 0 ]
    check "$SH: --status says FINISHED" contains "$tmp/status" "FINISHED, exit status 0"
    check "$SH: --status shows the log tail" contains "$tmp/status" "collecting..."
    check "$SH: --status ends with the getfile command" last_line_is "$tmp/status" "getfile \"$tar\""
    check "$SH: background argv passed through" argv_is "$d" collect --output "$d" --low-priority --time-limit 45m

    # --- kill-tree / notify ------------------------------------------------------
    $SH "$d/mactriage-kill-tree.sh" --pid 4242 "x y" > "$tmp/out" 2>&1
    check "$SH: kill-tree passthrough" argv_is "$d" kill-tree --pid 4242 "x y"
    FAKE_RC=5 $SH "$d/mactriage-notify.sh" --message "hello there" > "$tmp/out" 2>&1
    rc=$?
    check "$SH: notify passthrough" argv_is "$d" notify --message "hello there"
    check "$SH: notify exit status propagated" [ "$rc" -eq 5 ]
    cp "$lr/mactriage-notify.sh" "$other/"
    MACTRIAGE_RESPONSE_DIR="$d" $SH "$other/mactriage-notify.sh" > /dev/null 2>&1
    check "$SH: notify finds binary in putfile dir" argv_is "$d" notify

    # --- cleanup ------------------------------------------------------------------
    $SH "$d/mactriage-collect.sh" --cleanup > "$tmp/out" 2>&1
    check "$SH: cleanup removes tarball" absent "$tar"
    check "$SH: cleanup removes .sha256" absent "$tar.sha256"
    check "$SH: cleanup removes state files" absent "$d/mactriage-collect.status"
    check "$SH: cleanup removes the binary" absent "$d/mactriage"
    check "$SH: cleanup leaves the wrapper" [ -f "$d/mactriage-collect.sh" ]

    # --- without the binary: --status and --cleanup still work --------------
    $SH "$d/mactriage-collect.sh" --status > "$tmp/status" 2>&1
    rc=$?
    check "$SH: --status after --cleanup exits 0" [ "$rc" -eq 0 ]
    check "$SH: --status after --cleanup says there is nothing" \
        contains "$tmp/status" "no background collection in $d"
    check "$SH: --status after --cleanup does not ask for the binary" \
        sh -c '! grep -q "not found" "$1"' sh "$tmp/status"
    $SH "$d/mactriage-collect.sh" --cleanup > "$tmp/out" 2>&1
    check "$SH: a second --cleanup exits 0" [ $? -eq 0 ]
    $SH "$d/mactriage-collect.sh" > "$tmp/out" 2>&1
    check "$SH: collecting without the binary fails" [ $? -ne 0 ]
    check "$SH: ... and says to upload it" contains "$tmp/out" "putfile mactriage"

    # --- what a killed run leaves, beside a run in progress ---------------------
    d="$base/leftovers/response dir"
    mkdir -p "$d"
    cp "$lr/mactriage-collect.sh" "$d/"
    write_fake "$d"
    chmod 0755 "$d/mactriage"
    wait_for() { # path: up to 5 s
        local i=0
        while [ $i -lt 50 ] && [ ! -e "$1" ]; do sleep 0.1; i=$((i + 1)); done
        [ -e "$1" ]
    }
    # A run killed while collecting (SIGKILL: it cannot clean up).
    FAKE_HANG=1 "$d/mactriage" collect --output "$d" > /dev/null 2>&1 &
    killed=$!
    wait_for "$d/.mactriage-staging-$killed-1704067200"
    kill -9 "$killed"
    wait "$killed" 2>/dev/null
    killed_stage="$d/.mactriage-staging-$killed-1704067200"
    killed_part="$d/.mactriage_testhost_20240101T000000Z.tar.gz.partial"
    check "$SH: a killed run leaves its staging directory" [ -d "$killed_stage" ]
    check "$SH: a killed run leaves its .partial" [ -f "$killed_part" ]
    # A .sha256 whose tarball was never published, another collection's
    # finished tarball, and a staging-like symlink: only the first is ours.
    echo "0123  x" > "$d/mactriage_testhost_20231231T000000Z.tar.gz.sha256"
    echo "other" > "$d/mactriage_other_20230101T000000Z.tar.gz"
    echo "0123  y" > "$d/mactriage_other_20230101T000000Z.tar.gz.sha256"
    mkdir -p "$base/leftovers/elsewhere" && echo keep > "$base/leftovers/elsewhere/canary"
    ln -s "$base/leftovers/elsewhere" "$d/.mactriage-staging-1-2"
    # A run in progress, not started by the wrapper.
    FAKE_SLEEP=2 FAKE_TIME=20240102T000000Z "$d/mactriage" collect --output "$d" > /dev/null 2>&1 &
    live=$!
    live_stage="$d/.mactriage-staging-$live-1704067200"
    wait_for "$live_stage"
    $SH "$d/mactriage-collect.sh" --cleanup > "$tmp/out" 2>&1
    check "$SH: cleanup with a run in progress exits 0" [ $? -eq 0 ]
    check "$SH: cleanup removes a killed run's staging directory" absent "$killed_stage"
    check "$SH: cleanup keeps the staging directory of a running mactriage" [ -d "$live_stage" ]
    check "$SH: ... and says why" contains "$tmp/out" "mactriage pid $live is still running"
    check "$SH: cleanup keeps .partial files while a run is in progress" [ -f "$killed_part" ]
    check "$SH: cleanup leaves a staging-named symlink and its target" \
        [ -L "$d/.mactriage-staging-1-2" -a -f "$base/leftovers/elsewhere/canary" ]
    wait "$live"
    check "$SH: the run in progress finished its tarball" \
        [ -f "$d/mactriage_testhost_20240102T000000Z.tar.gz" ]
    $SH "$d/mactriage-collect.sh" --cleanup > "$tmp/out" 2>&1
    check "$SH: cleanup after the run exits 0" [ $? -eq 0 ]
    check "$SH: cleanup removes a killed run's .partial" absent "$killed_part"
    check "$SH: cleanup removes a .sha256 without its tarball" \
        absent "$d/mactriage_testhost_20231231T000000Z.tar.gz.sha256"
    check "$SH: cleanup keeps tarballs it did not see produced" \
        [ -f "$d/mactriage_other_20230101T000000Z.tar.gz" -a -f "$d/mactriage_other_20230101T000000Z.tar.gz.sha256" ]
    check "$SH: cleanup says what it removed" contains "$tmp/out" "removed $killed_part"
done

# macOS has no setsid(1): the wrapper then detaches through perl. Run the
# background flow with a PATH that has everything except setsid.
if command -v perl >/dev/null 2>&1 && command -v setsid >/dev/null 2>&1; then
    echo "== background without setsid(1)"
    nos="$tmp/path without setsid"
    mkdir -p "$nos"
    for p in $(printf '%s' "$PATH" | tr ':' ' '); do
        for f in "$p"/*; do
            n="${f##*/}"
            [ "$n" = setsid ] && continue
            [ -x "$f" ] && [ ! -e "$nos/$n" ] && ln -s "$f" "$nos/$n"
        done
    done
    d="$tmp/no setsid/response dir"
    mkdir -p "$d"
    cp "$lr/mactriage-collect.sh" "$d/"
    write_fake "$d"
    PATH="$nos" FAKE_SLEEP=2 sh "$d/mactriage-collect.sh" --background --time-limit 9m > "$tmp/out" 2>&1
    check "no setsid: --background started" contains "$tmp/out" "background collection started"
    bgpid="$(cat "$d/mactriage-collect.pid" 2>/dev/null)"
    check "no setsid: background job is in its own session" \
        [ -n "$bgpid" -a "$(ps -o sid= -p "$bgpid" | tr -d ' ')" != "$(ps -o sid= -p $$ | tr -d ' ')" ]
    i=0
    while [ $i -lt 100 ] && ! grep -q '^done' "$d/mactriage-collect.status" 2>/dev/null; do
        sleep 0.1; i=$((i + 1))
    done
    PATH="$nos" sh "$d/mactriage-collect.sh" --status > "$tmp/status" 2>&1
    check "no setsid: --status ends with getfile" \
        last_line_is "$tmp/status" "getfile \"$d/mactriage_testhost_20240101T000000Z.tar.gz\""
    check "no setsid: argv passed through" argv_is "$d" collect --output "$d" --low-priority --time-limit 9m
fi

# bash 3.2 compatibility: no bash-4-only constructs in the wrappers.
for f in "$lr"/*.sh; do
    check "$(basename "$f"): no bash-4 constructs" \
        sh -c '! grep -nE "mapfile|readarray|declare -A|\\$\\{[A-Za-z_]+(,,|\\^\\^)" "$1"' sh "$f"
    check "$(basename "$f"): parses under sh -n" sh -n "$f"
done

if [ "$failures" -ne 0 ]; then
    echo "wrapper tests: $failures FAILED"
    exit 1
fi
echo "wrapper tests: all passed"
