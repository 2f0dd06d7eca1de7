#!/bin/sh
# mactriage-collect.sh -- Live Response library script (macOS).
#
# Runs `mactriage collect` on the device and tells the analyst how to fetch
# the result. Upload once to the Live Response library, then per device:
#
#   putfile mactriage
#   run mactriage-collect.sh                         # foreground, < 10 min
#   run mactriage-collect.sh -parameters "--time-limit 8m --max-total-size 2G"
#   run mactriage-collect.sh -parameters "--background --time-limit 45m"
#   run mactriage-collect.sh -parameters "--status"
#   getfile "<path printed on the last line>"
#   run mactriage-collect.sh -parameters "--cleanup"
#
# Modes (first parameter):
#   (none) [collect options]   collect in the foreground; the last output
#                              line is the getfile command for the tarball
#   --background [options]     start the collection detached from this script
#                              (new session, SIGHUP ignored; not via launchd,
#                              so it keeps the EDR's disk access) and return
#   --status                   running or not, tail of the log, and once
#                              done the tarball path and getfile command
#                              (works without the binary, e.g. after
#                              --cleanup)
#   --cleanup                  delete the tarballs this script saw produced,
#                              their .sha256 files, its state files, what a
#                              killed mactriage run left (.mactriage-staging-*
#                              directories, .mactriage_*.tar.gz.partial files)
#                              unless a collection still uses them, and the
#                              mactriage binary
# Everything else is passed to `mactriage collect` unchanged, after
# `--low-priority` (lowest CPU priority, utility disk I/O tier: the user's
# own work goes first); add `--normal-priority` to run at full priority.
#
# The binary is looked for where `putfile` puts it,
#   /Library/Application Support/Microsoft/Defender/response/mactriage,
# then next to this script. Output, logs and state go to that directory.
# MACTRIAGE_RESPONSE_DIR overrides the first location (used by the tests).
#
# Portable sh (macOS /bin/sh, bash 3.2, dash). Live Response parameters
# cannot contain ; & | ! $ ( ) -- none of the options need them.

RESPONSE_DIR="${MACTRIAGE_RESPONSE_DIR:-/Library/Application Support/Microsoft/Defender/response}"
STATE_PREFIX="mactriage-collect"

say() { printf '%s\n' "$*"; }
die() { printf 'mactriage-collect: %s\n' "$*" >&2; exit "${2:-1}"; }

# Where the binary is: the putfile directory, else next to this script.
# Without a binary (not uploaded yet, or removed by --cleanup), the
# directory that holds this script's state, else the putfile directory if
# it exists, else the script's. Sets dir, bin ("" when absent) and the
# state file names.
locate() {
    script_dir="$(cd "$(dirname "$0")" 2>/dev/null && pwd -P)" || script_dir=""
    dir="" bin=""
    for d in "$RESPONSE_DIR" "$script_dir"; do
        if [ -n "$d" ] && [ -f "$d/mactriage" ]; then
            dir="$d" bin="$d/mactriage"
            break
        fi
    done
    if [ -z "$dir" ]; then
        for d in "$RESPONSE_DIR" "$script_dir"; do
            if [ -n "$d" ] && { [ -f "$d/$STATE_PREFIX.status" ] || [ -f "$d/$STATE_PREFIX.outputs" ]; }; then
                dir="$d"
                break
            fi
        done
    fi
    if [ -z "$dir" ]; then
        if [ -d "$RESPONSE_DIR" ] || [ -z "$script_dir" ]; then
            dir="$RESPONSE_DIR"
        else
            dir="$script_dir"
        fi
    fi
    PID_FILE="$dir/$STATE_PREFIX.pid"
    STATUS_FILE="$dir/$STATE_PREFIX.status"
    LOG_FILE="$dir/$STATE_PREFIX.log"
    OUT_FILE="$dir/$STATE_PREFIX.out"
    OUTPUTS_FILE="$dir/$STATE_PREFIX.outputs"
}

# The binary, executable, or exit: collecting needs it.
need_binary() {
    [ -n "$bin" ] || die "mactriage binary not found in '$RESPONSE_DIR' or next to this script; upload it with: putfile mactriage"
    chmod u+x "$bin" 2>/dev/null || true
    # Files fetched over the network may carry the quarantine flag; the
    # binary is run from a shell so Gatekeeper would not prompt, but drop it
    # anyway. No xattr on Linux (tests) -- ignore.
    if command -v xattr >/dev/null 2>&1; then
        xattr -d com.apple.quarantine "$bin" >/dev/null 2>&1 || true
    fi
    [ -x "$bin" ] || die "cannot make '$bin' executable"
}

# Last non-empty line of a file (mactriage prints the tarball path last).
last_line() { awk 'NF { l = $0 } END { print l }' "$1" 2>/dev/null; }

bg_running() {
    [ -f "$PID_FILE" ] || return 1
    pid="$(cat "$PID_FILE" 2>/dev/null)"
    case "$pid" in ''|*[!0-9]*) return 1 ;; esac
    grep -q '^running' "$STATUS_FILE" 2>/dev/null || return 1
    kill -0 "$pid" 2>/dev/null
}

# Print where the tarball is and how to fetch it; the getfile command is
# the last line. Returns 1 if the path printed by mactriage is not a file.
report_tarball() {
    tarball="$(last_line "$1")"
    case "$tarball" in
        /*) ;;
        *) say "mactriage did not print a tarball path (last output line: '$tarball')"; return 1 ;;
    esac
    if [ ! -f "$tarball" ]; then
        say "tarball '$tarball' does not exist"
        return 1
    fi
    grep -qxF "$tarball" "$OUTPUTS_FILE" 2>/dev/null || say "$tarball" >> "$OUTPUTS_FILE"
    say "tarball: $tarball ($(wc -c < "$tarball" | tr -d ' ') bytes)"
    if [ -f "$tarball.sha256" ]; then
        say "sha256:  $(cat "$tarball.sha256")"
        say "Verify after download against $tarball.sha256 (getfile it too if needed)."
    fi
    say "Download with:"
    say "getfile \"$tarball\""
}

collect_foreground() {
    if bg_running; then
        die "a background collection is running (pid $(cat "$PID_FILE")); use --status"
    fi
    say "mactriage: collecting to $dir"
    "$bin" collect --output "$dir" --low-priority "$@" > "$OUT_FILE"
    rc=$?
    cat "$OUT_FILE"
    say ""
    if report_tarball "$OUT_FILE"; then
        [ "$rc" -eq 0 ] || say "mactriage exited with status $rc; the tarball may be partial (see its manifest)."
    else
        say "mactriage exited with status $rc and produced no tarball."
        [ "$rc" -eq 0 ] && rc=1
    fi
    return "$rc"
}

# The detached child runs this text with `sh -c`, so it does not depend on
# this script file still existing after Live Response finishes the `run`.
RUNNER='
trap "" HUP
bin=$1 dir=$2 pidf=$3 statf=$4 logf=$5 outf=$6
shift 6
echo $$ > "$pidf"
echo "running since $(date -u +%Y-%m-%dT%H:%M:%SZ)" > "$statf"
{
    echo "== mactriage collect started $(date -u +%Y-%m-%dT%H:%M:%SZ) pid $$"
    echo "== output directory: $dir"
    echo "== options: $*"
} > "$logf"
"$bin" collect --output "$dir" --low-priority "$@" > "$outf" 2>> "$logf" < /dev/null
rc=$?
echo "== mactriage collect finished $(date -u +%Y-%m-%dT%H:%M:%SZ) exit $rc" >> "$logf"
echo "done $rc" > "$statf"
'

collect_background() {
    if bg_running; then
        die "a background collection is already running (pid $(cat "$PID_FILE")); use --status"
    fi
    rm -f "$PID_FILE" "$STATUS_FILE" "$OUT_FILE"
    echo "starting" > "$STATUS_FILE"
    # New session so the collection is not in the Live Response job's process
    # group: setsid(1) where it exists (Linux), perl's POSIX::setsid on macOS
    # (which has no setsid command), else only nohup semantics (HUP ignored).
    if command -v setsid >/dev/null 2>&1; then
        set -- setsid sh -c "$RUNNER" mactriage-bg "$bin" "$dir" "$PID_FILE" "$STATUS_FILE" "$LOG_FILE" "$OUT_FILE" "$@"
    elif command -v perl >/dev/null 2>&1; then
        set -- perl -MPOSIX -e 'POSIX::setsid(); exec @ARGV or die "exec: $!"' \
            sh -c "$RUNNER" mactriage-bg "$bin" "$dir" "$PID_FILE" "$STATUS_FILE" "$LOG_FILE" "$OUT_FILE" "$@"
    else
        set -- nohup sh -c "$RUNNER" mactriage-bg "$bin" "$dir" "$PID_FILE" "$STATUS_FILE" "$LOG_FILE" "$OUT_FILE" "$@"
    fi
    "$@" < /dev/null > /dev/null 2>&1 &
    # Wait (briefly) for the child to record its pid.
    i=0
    while [ $i -lt 50 ] && ! [ -s "$PID_FILE" ]; do
        sleep 0.1 2>/dev/null || sleep 1
        i=$((i + 1))
    done
    if [ -s "$PID_FILE" ]; then
        say "mactriage: background collection started (pid $(cat "$PID_FILE")), output in $dir"
    else
        say "mactriage: background collection launched, output in $dir"
    fi
    say "log: $LOG_FILE"
    say "Check progress with: run mactriage-collect.sh -parameters \"--status\""
}

show_status() {
    if [ ! -f "$STATUS_FILE" ]; then
        say "mactriage: no background collection in $dir (none was started here, or --cleanup removed it); nothing to fetch"
        return 0
    fi
    state="$(cat "$STATUS_FILE" 2>/dev/null)"
    rc=0
    case "$state" in
        running*|starting*)
            if bg_running || [ "$state" = starting ]; then
                say "mactriage: RUNNING (pid $(cat "$PID_FILE" 2>/dev/null)), $state"
            else
                say "mactriage: NOT RUNNING and no exit status recorded (killed? device rebooted?)"
                rc=1
            fi
            ;;
        done*)
            rc="${state#done }"
            case "$rc" in ''|*[!0-9]*) rc=1 ;; esac
            say "mactriage: FINISHED, exit status $rc"
            ;;
        *)
            say "mactriage: unknown state '$state'"
            rc=1
            ;;
    esac
    if [ -f "$LOG_FILE" ]; then
        say "--- last lines of $LOG_FILE ---"
        tail -n 15 "$LOG_FILE"
        say "---"
    fi
    case "$state" in
        done*)
            if ! report_tarball "$OUT_FILE"; then
                [ "$rc" -eq 0 ] && rc=1
            fi
            ;;
    esac
    return "$rc"
}

# True when pid $1 is a running mactriage (its command name says so).
mactriage_running() {
    case "$1" in ''|*[!0-9]*) return 1 ;; esac
    if command -v ps >/dev/null 2>&1; then
        case "$(ps -p "$1" -o comm= 2>/dev/null)" in
            *mactriage*) return 0 ;;
            *) return 1 ;;
        esac
    fi
    kill -0 "$1" 2>/dev/null
}

# What killed mactriage runs leave in $dir: the staging directory
# (.mactriage-staging-<pid>-<time>), the unpublished tarball
# (.mactriage_<host>_<time>.tar.gz.partial) and a .sha256 written just
# before the tarball was to be published. A staging directory whose pid is
# a running mactriage is in use, and so are the partial files while one is.
remove_leftovers() {
    busy=""
    for s in "$dir"/.mactriage-staging-*; do
        [ -d "$s" ] && [ ! -L "$s" ] || continue
        n="${s##*/.mactriage-staging-}"
        pid="${n%%-*}"
        if mactriage_running "$pid"; then
            busy="$pid"
            say "kept $s (mactriage pid $pid is still running)"
        else
            rm -rf "$s" && say "removed $s"
        fi
    done
    for p in "$dir"/.mactriage_*.tar.gz.partial "$dir"/mactriage_*.tar.gz.sha256; do
        [ -f "$p" ] && [ ! -L "$p" ] || continue
        case "$p" in
            *.sha256) [ ! -e "${p%.sha256}" ] || continue ;;
        esac
        if [ -n "$busy" ]; then
            say "kept $p (a collection is running, pid $busy)"
        else
            rm -f "$p" && say "removed $p"
        fi
    done
}

cleanup() {
    if bg_running; then
        die "a background collection is running (pid $(cat "$PID_FILE")); not cleaning up"
    fi
    if [ -f "$OUTPUTS_FILE" ]; then
        while IFS= read -r f; do
            [ -n "$f" ] || continue
            rm -f "$f" "$f.sha256" && say "removed $f"
        done < "$OUTPUTS_FILE"
    fi
    remove_leftovers
    rm -f "$PID_FILE" "$STATUS_FILE" "$LOG_FILE" "$OUT_FILE" "$OUTPUTS_FILE"
    if [ -n "$bin" ]; then
        rm -f "$bin" && say "removed $bin"
    fi
    say "cleanup done in $dir"
}

locate
case "${1:-}" in
    --background) shift; need_binary; collect_background "$@" ;;
    --status)     show_status ;;
    --cleanup)    cleanup ;;
    *)            need_binary; collect_foreground "$@" ;;
esac
