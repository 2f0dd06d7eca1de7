#!/usr/bin/env bash
# Benchmark `mactriage collect` against `tar -czf` of the same raw files.
#
#   scripts/bench.sh [--scale F] [--users N] [--root DIR] [--level N] [--runs N] [--low-priority] [--reference] [--summary FILE]
#   scripts/bench.sh --targets [--runs N] [--users N] [--level N] [--low-priority]
#
# Builds the release binary and the generator, generates the benchmark root
# if it is missing (deterministic: same arguments, same bytes), reads the
# root once so that both contenders start with a warm page cache, then runs
# `mactriage collect` and `tar -czf` over the files the manifest lists as
# collected, then `mactriage collect --unified-logs none` (everything but
# the unified log decode, for the memory bound without it), and prints a
# Markdown table to stdout. With --runs N each command runs N times and the
# run with the median wall time is reported. --summary FILE also writes the
# three measurements and the load as JSON. --targets runs scales 1 and 2
# one after the other and ends with one table of issue #20's targets, each
# with both scales' figures, the load around each, and whether it is met.
# With --reference it then measures the unified log and FSEvents decodes
# alone against references on the same files: the macos-unifiedlogs
# crate's own decode (xtask crate-decode, one thread, on a log archive of
# hard links to the root's store) and `gzip -dc` of the FSEvents pages.
#
# Environment: MACTRIAGE_REALDATA (the real samples the generator builds the
# unified log store from; default ../shared/realdata beside the checkout),
# CARGO_TARGET_DIR (default: target), BENCH_DIR (where roots
# are generated; default: the repository's parent directory), BENCH_OUT
# (scratch space for the tarballs; default: $TMPDIR or /tmp).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
scale=1
users=10
root=""
level=""
runs=1
reference=0
summary=""
targets=0
pass=()
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --users) users="$2"; pass+=(--users "$2"); shift 2 ;;
    --root) root="$2"; shift 2 ;;
    --level) level="$2"; pass+=(--level "$2"); shift 2 ;;
    --runs) runs="$2"; pass+=(--runs "$2"); shift 2 ;;
    --low-priority) extra+=(--low-priority); pass+=(--low-priority); shift ;;
    --reference) reference=1; shift ;;
    --summary) summary="$2"; shift 2 ;;
    --targets) targets=1; shift ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
if [ "$targets" = 1 ]; then
  sums="$(mktemp -d "${BENCH_OUT:-${TMPDIR:-/tmp}}/mactriage-targets.XXXXXX")"
  trap 'rm -rf "$sums"' EXIT
  "$0" --scale 1 --summary "$sums/1.json" ${pass[@]+"${pass[@]}"}
  echo
  "$0" --scale 2 --summary "$sums/2.json" ${pass[@]+"${pass[@]}"}
  echo
  python3 "$repo/scripts/bench_targets.py" "$sums/1.json" "$sums/2.json" \
    "${CARGO_TARGET_DIR:-$repo/target}/universal2-apple-darwin/release/mactriage"
  exit 0
fi
if [ -z "$root" ]; then
  suffix=""
  [ "$scale" = 1 ] || [ "$scale" = 1.0 ] || suffix="-${scale}x"
  [ "$users" = 10 ] || suffix="$suffix-u$users"
  root="${BENCH_DIR:-$(dirname "$repo")}/bench-root$suffix"
fi
target="${CARGO_TARGET_DIR:-$repo/target}"
measure="$repo/scripts/bench_measure.py"

echo "== building (release)" >&2
(cd "$repo" && CARGO_TARGET_DIR="$target" cargo build --release --quiet -p mactriage -p xtask) >&2
# (xtask's crate-decode is the --reference decoder.)
bin="$target/release/mactriage"
if [ ! -d "$root" ]; then
  echo "== generating $root (scale $scale, $users users)" >&2
  real="${MACTRIAGE_REALDATA:-$(dirname "$repo")/shared/realdata}"
  gen=(--out "$root" --scale "$scale" --users "$users")
  # The unified log store, XProtect and Wi-Fi files are built from the
  # real samples: without them the root has none.
  [ -d "$real/unifiedlogs" ] && gen+=(--realdata "$real")
  "$target/release/bench-root" "${gen[@]}" >&2
fi

echo "== warming the page cache (reading $root once)" >&2
find "$root" -type f -print0 | xargs -0 cat > /dev/null
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

work="$(mktemp -d "${BENCH_OUT:-${TMPDIR:-/tmp}}/mactriage-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

median_run() { # name, command...: runs it $runs times, keeps the median
  local name="$1"; shift
  local i
  for i in $(seq 1 "$runs"); do
    rm -rf "$work/$name"; mkdir -p "$work/$name"
    echo "== $name run $i/$runs" >&2
    (cd "$work/$name" && python3 "$measure" "$@") > "$work/$name.$i.json"
  done
  python3 - "$work" "$name" "$runs" <<'PY'
import json, sys
work, name, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
rs = [json.load(open(f"{work}/{name}.{i}.json")) for i in range(1, runs + 1)]
rs.sort(key=lambda r: r["wall_s"])
json.dump(rs[len(rs) // 2], open(f"{work}/{name}.json", "w"))
PY
}

# Budgets lifted: the benchmark measures the whole work at every scale (at
# scale 1 the raw files already pass the default 2G total and the unified
# log store's 1G), and `tar` gets exactly what was collected.
args=(collect --root "$root" --output . --quiet --time-limit 0
      --max-total-size 64G --unified-logs-max-size 64G)
[ -n "$level" ] && args+=(--compression-level "$level")
args+=(${extra[@]+"${extra[@]}"})
median_run collect "$bin" "${args[@]}"
tarball="$(ls "$work"/collect/*.tar.gz)"
tar -xzf "$tarball" -C "$work" manifest.json

# The raw files mactriage collected, relative to the root, for tar.
python3 - "$work/manifest.json" "$root" > "$work/files.list" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
for f in m["files"]:
    if f.get("type") in ("file", "symlink") and f.get("source"):
        sys.stdout.write(f["source"].lstrip("/") + "\0")
PY
median_run tar tar -czf raw.tar.gz -C "$root" --null -T "$work/files.list"
median_run nodecode "$bin" "${args[@]}" --unified-logs none
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$work" "$tarball" "$root" "$scale" "$users" "$load_before" "$load_after" "$runs" "$summary" <<'PY'
import json, os, sys
work, tarball, root, scale, users, lb, la, runs, summary = sys.argv[1:]
m = json.load(open(f"{work}/manifest.json"))
c = json.load(open(f"{work}/collect.json"))
t = json.load(open(f"{work}/tar.json"))
n = json.load(open(f"{work}/nodecode.json"))
raw = m["summary"]["bytes"]
sizes = {"collect": os.path.getsize(tarball), "tar": os.path.getsize(f"{work}/tar/raw.tar.gz"),
         "nodecode": sum(os.path.getsize(os.path.join(f"{work}/nodecode", f)) for f in os.listdir(f"{work}/nodecode") if f.endswith(".tar.gz"))}
MB = 1e6
if summary:
    json.dump({"scale": scale, "users": users, "root": root, "runs": int(runs),
               "load_before": lb, "load_after": la, "raw_bytes": raw,
               "collect": c, "tar": t, "nodecode": n}, open(summary, "w"))
def row(name, f):
    print(f"| {name} | {f(c, 'collect')} | {f(t, 'tar')} | {f(n, 'nodecode')} |")
print(f"### scale {scale}, {users} users: `{root}`\n")
print(f"Raw input: {m['summary']['files']} files, {raw / MB:,.1f} MB; "
      f"page cache warm; load average {lb} before, {la} after; "
      f"median of {runs} run(s); compression level {m['collection']['compression_level']}.\n")
print("| | `mactriage collect` | `tar -czf` (same raw files) | `collect --unified-logs none` |")
print("|---|---:|---:|---:|")
row("wall time (s)", lambda r, k: f"{r['wall_s']:.2f}")
row("user + sys CPU (s)", lambda r, k: f"{r['user_s']:.2f} + {r['sys_s']:.2f}")
row("CPU utilisation", lambda r, k: f"{100 * (r['user_s'] + r['sys_s']) / r['wall_s']:.0f}%")
row("peak RSS (MB)", lambda r, k: f"{r['max_rss_kb'] / 1024:.1f}")
row("bytes read, syscalls (MB)", lambda r, k: f"{(r['rchar'] or 0) / MB:,.0f}")
row("bytes written, syscalls (MB)", lambda r, k: f"{(r['wchar'] or 0) / MB:,.0f}")
row("output size (MB)", lambda r, k: f"{sizes[k] / MB:,.1f}")
row("raw input / wall (MB/s)", lambda r, k: f"{raw / MB / r['wall_s']:.1f}")
row("exit status", lambda r, k: f"{r['exit']}")
print()
print("| collector | status | records | files | input (MB) | duration (s) | MB/s | records/s |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
inputs = {}
for f in m["files"]:
    if f.get("type") == "file":
        inputs[f["collector"]] = inputs.get(f["collector"], 0) + f.get("size", 0)
for col in m["collectors"]:
    d = col["duration_s"]
    i = inputs.get(col["name"], 0)
    rate = f"{i / MB / d:,.1f}" if d > 0 and i else "–"
    rrate = f"{col['records'] / d:,.0f}" if d > 0 and col["records"] else "–"
    print(f"| {col['name']} | {col['status']} | {col['records']:,} | {col['files']} | {i / MB:,.1f} | {d:.2f} | {rate} | {rrate} |")
print(f"| **total** | {m['summary']['status']} | {m['summary']['records']:,} | {m['summary']['files']} | {raw / MB:,.1f} | {m['collection']['duration_s']:.2f} | | |")
outputs = sum(o["size"] for o in m["outputs"])
print(f"\nParsed output (JSONL, body file, log) added to the archive: {outputs / MB:,.1f} MB; "
      f"everything compressed by collect: {(raw + outputs) / MB:,.1f} MB "
      f"({(raw + outputs) / MB / c['wall_s']:.1f} MB/s).")
PY

[ "$reference" = 1 ] || exit 0
echo "== references" >&2
echo
echo "#### Decoders alone, against references on the same files"
echo
echo "| decode | wall (s) | user + sys CPU (s) | input (MB) | MB/s | records | records/s |"
echo "|---|---:|---:|---:|---:|---:|---:|"
only() { # name, collector[, unified log selection]: one collector alone
  rm -rf "$work/only"; mkdir -p "$work/only"
  (cd "$work/only" && python3 "$measure" "$bin" collect --root "$root" --output . --quiet \
     --time-limit 0 --max-total-size 64G --unified-logs-max-size 64G --only "$2" \
     ${3:+--unified-logs "$3"}) > "$work/only.json"
  (cd "$work/only" && tar -xzf ./*.tar.gz manifest.json)
  python3 - "$work/only.json" "$work/only/manifest.json" "$1" "$2" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); m = json.load(open(sys.argv[2]))
c = next(c for c in m["collectors"] if c["name"] == sys.argv[4])
inp = sum(f.get("size", 0) for f in m["files"] if f.get("collector") == sys.argv[4] and f.get("type") == "file"
          and (sys.argv[4] != "unified_logs" or f["source"].endswith(".tracev3")))
w = r["wall_s"]
print(f"| {sys.argv[3]} | {w:.2f} | {r['user_s']:.2f} + {r['sys_s']:.2f} | {inp / 1e6:,.1f} | {inp / 1e6 / w:.1f} | {c['records']:,} | {c['records'] / w:,.0f} |")
PY
}
store="$root/private/var/db/diagnostics"
if [ -d "$store" ]; then
  only "\`collect --only unified_logs\` (topics; archive included)" unified_logs
  only "\`collect --only unified_logs --unified-logs all\`" unified_logs all
  only "\`collect --only unified_logs --unified-logs none\` (archive only)" unified_logs none
  archive="$work/logarchive"
  mkdir -p "$archive"
  cp -al "$store"/. "$archive"/
  [ -d "$root/private/var/db/uuidtext" ] && cp -al "$root/private/var/db/uuidtext"/. "$archive"/
  (cd "$work" && python3 "$measure" "$target/release/crate-decode" "$archive") > "$work/crate.json"
  python3 - "$work/crate.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
# crate-decode prints its own counts on stdout, which the measure captured.
out = json.loads((r.get("stdout") or ["{}"])[-1])
w = r["wall_s"]
mb = out.get("bytes", 0) / 1e6
n = out.get("entries", 0)
print(f"| the crate alone (`xtask crate-decode`, one thread, nothing written) | {w:.2f} | {r['user_s']:.2f} + {r['sys_s']:.2f} | {mb:,.1f} | {mb / w:.1f} | {n:,} entries | {n / w:,.0f} |")
PY
fi
fsd="$root/System/Volumes/Data/.fseventsd"
if [ -d "$fsd" ]; then
  only "\`collect --only fsevents\`" fsevents
  (cd "$work" && python3 "$measure" sh -c "cat '$fsd'/0* | gzip -dc > /dev/null") > "$work/gz.json"
  python3 - "$work/gz.json" "$fsd" <<'PY'
import json, os, sys
r = json.load(open(sys.argv[1]))
inp = sum(os.path.getsize(os.path.join(sys.argv[2], f)) for f in os.listdir(sys.argv[2]) if f.startswith("0"))
w = r["wall_s"]
print(f"| `gzip -dc` of the same page files (decompression only) | {w:.2f} | {r['user_s']:.2f} + {r['sys_s']:.2f} | {inp / 1e6:,.1f} | {inp / 1e6 / w:.1f} | | |")
PY
fi

