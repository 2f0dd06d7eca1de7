#!/usr/bin/env python3
"""The targets of issue #20, from `scripts/bench.sh --summary` files of
scale 1 and scale 2: one Markdown table, each target with both scales'
figures and whether it is met.

    bench_targets.py SCALE1.json SCALE2.json [UNIVERSAL_BINARY]

"Flat" memory is taken as: peak RSS at scale 2 at most 10 % above scale 1.
The binary size is read from the universal binary when one is given and
exists (scripts/build-macos.sh builds it; its build time is printed).
"""
import json
import os
import sys
import time

MB = 1024 * 1024


def cpu(r):
    return r["user_s"] + r["sys_s"]


def rss(r):
    # As bench.sh's tables: KiB / 1024.
    return r["max_rss_kb"] / 1024


def main():
    s1, s2 = (json.load(open(p)) for p in sys.argv[1:3])
    uni = sys.argv[3] if len(sys.argv) > 3 else ""
    rows = []

    def target(name, v1, v2, ok):
        rows.append(f"| {name} | {v1} | {v2} | {'**met**' if ok else '**not met**'} |")

    ratio = [s["collect"]["wall_s"] / s["tar"]["wall_s"] for s in (s1, s2)]
    target("`collect` wall at most 0.8× `tar -czf` of the same raw files",
           *(f"{r:.2f}× ({s['collect']['wall_s']:.1f} s / {s['tar']['wall_s']:.1f} s)"
             for r, s in zip(ratio, (s1, s2))),
           all(r <= 0.8 for r in ratio))
    w = s2["collect"]["wall_s"] / s1["collect"]["wall_s"]
    c = cpu(s2["collect"]) / cpu(s1["collect"])
    target("linear: scale 2 at most 2.1× scale 1, wall and CPU (user + sys)",
           f"{s1['collect']['wall_s']:.1f} s, {cpu(s1['collect']):.1f} s CPU",
           f"{s2['collect']['wall_s']:.1f} s (×{w:.2f}), {cpu(s2['collect']):.1f} s CPU (×{c:.2f})",
           w <= 2.1 and c <= 2.1)
    for key, name, bound in (("nodecode", "without the unified log decode (`--unified-logs none`)", 100),
                             ("collect", "with it", 200)):
        a, b = rss(s1[key]), rss(s2[key])
        target(f"peak RSS {name} at most {bound} MB", f"{a:.1f} MB", f"{b:.1f} MB",
               a <= bound and b <= bound)
        target(f"… and flat (scale 2 at most 10 % above scale 1)", "",
               f"{100 * (b - a) / a:+.1f} %", b <= 1.1 * a)
    if uni and os.path.exists(uni):
        size = os.path.getsize(uni)
        built = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(os.path.getmtime(uni)))
        target(f"universal binary at most 9.5 MiB (built {built})",
               f"{size:,} bytes ({size / MB:.2f} MiB)", "", size <= 9.5 * MB)
    print("### Targets\n")
    for s in (s1, s2):
        print(f"Scale {s['scale']}: load average {s['load_before']} before, "
              f"{s['load_after']} after; median of {s['runs']} run(s).")
    print("\n| target | scale 1 | scale 2 | |\n|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
