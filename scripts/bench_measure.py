#!/usr/bin/env python3
"""Run one command and print its cost as JSON: wall time, user and system
CPU time, peak resident memory, and the bytes it read and wrote through
system calls (rchar/wchar of /proc/<pid>/io, children included).

The process is waited for without being reaped (waitid WNOWAIT) so that its
/proc/<pid>/io can still be read once it has exited; wait4 then gives the
resource usage of it and of the children it waited for.
"""
import json
import os
import subprocess
import sys
import time


def main():
    cmd = sys.argv[1:]
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE)
    out = proc.stdout.read()
    os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
    wall = time.monotonic() - start
    io = {}
    try:
        with open(f"/proc/{proc.pid}/io") as f:
            for line in f:
                k, v = line.split(":")
                io[k.strip()] = int(v)
    except OSError:
        pass
    _, status, ru = os.wait4(proc.pid, 0)
    print(json.dumps({
        "exit": os.waitstatus_to_exitcode(status),
        "wall_s": wall,
        "user_s": ru.ru_utime,
        "sys_s": ru.ru_stime,
        "max_rss_kb": ru.ru_maxrss,
        "rchar": io.get("rchar"),
        "wchar": io.get("wchar"),
        "stdout": out.decode(errors="replace").strip().splitlines()[-1:] ,
    }))


if __name__ == "__main__":
    main()
