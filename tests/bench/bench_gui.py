#!/usr/bin/python3
"""Benchmark: the desktop program's responsiveness.

1. First paint: from the start of `strata` to its first painted graph, on a
   generated 10,000-revision project (target < 1 s).
2. Refresh stalls: the demo project with 20 environments (each its own SQLite
   database at a different revision); `strata --report-refresh-stalls` opens
   it, refreshes every environment and prints the longest time the GUI thread
   did not answer (a 5 ms timer's longest gap; target < 50 ms).

Targets are reported, not asserted: timing varies on these machines.
--smoke (used by the test suite) uses 300 revisions and checks that both
measurements run and say what they measured.
"""
import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_revisions import generate  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, "..", "..", "resources", "demo")
DEMO_REVISIONS = ["1a2b3c4d5e6f", "2b3c4d5e6f70", "3c4d5e6f7081", "5e6f708192a3", "708192a3b4c5",
                  "4d5e6f708192", "6f708192a3b4", "8192a3b4c5d6", "92a3b4c5d6e7", "a3b4c5d6e7f8"]


def environments_project(root, count):
    project = os.path.join(root, "demo")
    shutil.copytree(DEMO, project, ignore=shutil.ignore_patterns("*.db", "__pycache__"))
    envs = []
    for i in range(count):
        db = os.path.join(root, f"env{i}.db")
        con = sqlite3.connect(db)
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        con.execute("INSERT INTO alembic_version VALUES (?)", (DEMO_REVISIONS[i % len(DEMO_REVISIONS)],))
        con.commit()
        con.close()
        envs.append({"id": f"00000000-0000-4000-8000-{i:012d}", "name": f"env-{i:02d}", "driver": "sqlite",
                     "database": db, "kind": "development", "version_table": "alembic_version"})
    with open(os.path.join(project, "strata-workspace.json"), "w") as f:
        json.dump({"schema": 1, "environments": envs}, f, indent=2)
    return project


def run(cmd, env, timeout=120):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}): {p.stderr[-2000:]}")
    return time.perf_counter() - t0, p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--revisions", type=int, default=10000)
    ap.add_argument("--environments", type=int, default=20)
    ap.add_argument("--smoke", action="store_true")
    args = ap.parse_args()
    gui = os.path.abspath(os.path.join(args.build, "src", "app", "strata"))
    root = tempfile.mkdtemp(prefix="strata-bench-gui-")
    # A private configuration: only the project's environments are listed.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=root, XDG_CONFIG_HOME=os.path.join(root, "config"),
               XDG_DATA_HOME=os.path.join(root, "data"), XDG_CACHE_HOME=os.path.join(root, "cache"),
               DBUS_SESSION_BUS_ADDRESS="disabled:")
    ok = True
    try:
        big = os.path.join(root, "big")
        revisions = 300 if args.smoke else args.revisions
        generate(big, revisions)
        took, out = run([gui, "--report-first-paint", big], env)
        m = re.match(r"(\d+) ms", out.strip())
        print(f"first paint of {revisions} revisions: {out.strip()} (process {took*1000:.0f} ms; target < 1000 ms)")
        ok = ok and m is not None

        project = environments_project(root, args.environments)
        worst = 0
        for _ in range(1 if args.smoke else 5):
            took, out = run([gui, "--report-refresh-stalls", project], env)
            m = re.search(r"refreshed (\d+) environment\(s\) in (\d+) ms; longest stall (\d+) ms", out)
            if not m:
                print(f"unexpected output: {out!r}")
                return 1
            worst = max(worst, int(m.group(3)))
            print(out.strip())
            ok = ok and int(m.group(1)) == args.environments
        print(f"longest stall of the window while {args.environments} environments were read: {worst} ms "
              f"(target < 50 ms)")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
