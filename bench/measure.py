#!/usr/bin/env python3
"""Run a command several times; print its median wall time and peak memory.

    measure.py RUNS -- COMMAND...

Prints one JSON line: {"runs": [...seconds], "median_s": x, "max_rss_mb": y,
"exit": code}. Memory is the child's peak resident set (wait4's ru_maxrss).
Exit codes 0 and 1 count as success (1 means findings, not failure).
"""
import json
import os
import statistics
import subprocess
import sys
import time


def main():
    runs = int(sys.argv[1])
    cmd = sys.argv[sys.argv.index("--") + 1:]
    times, rss, code = [], [], 0
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        rss.append(usage.ru_maxrss / 1024)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            print(json.dumps({"error": f"exit {code}", "cmd": cmd}))
            sys.exit(2)
    print(json.dumps({"runs": [round(t, 4) for t in times], "median_s": statistics.median(times),
                      "max_rss_mb": round(max(rss), 1), "exit": code}))


if __name__ == "__main__":
    main()
