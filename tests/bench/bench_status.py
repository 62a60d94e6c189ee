#!/usr/bin/python3
"""Benchmark: the status of 20 profiles on a local PostgreSQL server with
`strata-cli status` (all at once) against running `alembic current` 20 times,
printed as a ratio (target >= 25x end to end). Passwords come from ~/.pgpass
in a throwaway HOME, so no keychain is needed.

Every profile is its own database, so each needs a new PostgreSQL backend; the
run also measures what 20 bare concurrent logins cost on this machine (pgbench,
no query at all) and prints the best ratio any client could reach here, so a
slow machine's backend start-up is not mistaken for Strata's.

Then 40 profiles on a host that accepts TCP and never answers, at --timeout 2
(libpq's minimum): target <= timeout + 1 s.

--smoke (used by the test suite) uses 4 profiles and checks both tools report
the same current revisions and the black holes end, so the benchmark cannot
rot; it asserts no timing."""
import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "integration"))
from pg_cluster import PgCluster, scratch_env  # noqa: E402


def bare_logins(pg, env, n):
    """Seconds pgbench takes, start to end, for n concurrent sessions that log
    in, run SELECT 1 and leave: what any client pays here before reading
    anything (None without pgbench)."""
    pgbench = os.path.join(pg.bin, "pgbench")
    if not os.path.exists(pgbench):
        return None
    script = os.path.join(env["HOME"], "select1.sql")
    with open(script, "w") as f:
        f.write("SELECT 1;\n")
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        p = subprocess.run([pgbench, "-h", "127.0.0.1", "-p", str(pg.port), "-U", "bench", "-n", "-f", script,
                            "-t", "1", "-c", str(n), "-j", str(n), "env0"], capture_output=True, text=True, env=env)
        elapsed = time.perf_counter() - t0
        if p.returncode == 0:
            best = elapsed if best is None else min(best, elapsed)
    return best


def black_holes(cli, project, env, count):
    """status of count profiles on a port that accepts TCP and never answers."""
    hole = socket.socket()
    hole.bind(("127.0.0.1", 0))
    hole.listen(1024)
    try:
        args = []
        for i in range(count):
            subprocess.run([cli, "profiles", "add", f"hole{i}", "--driver", "postgresql", "--host", "127.0.0.1",
                            "--port", str(hole.getsockname()[1]), "--database", "x", "--user", "u", "--project",
                            project], check=True, capture_output=True, env=env)
            args += ["--profile", f"hole{i}"]
        t0 = time.perf_counter()
        p = subprocess.run([cli, "--project", project, "status", "--timeout", "2", *args], capture_output=True,
                           text=True, env=env, timeout=120)
        return time.perf_counter() - t0, p.returncode, p.stdout
    finally:
        hole.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    ap.add_argument("--profiles", type=int, default=20)
    ap.add_argument("--smoke", action="store_true")
    args = ap.parse_args()
    n = 4 if args.smoke else args.profiles
    cli = os.path.abspath(os.path.join(args.build, "src", "cli", "strata-cli"))
    work = tempfile.mkdtemp(prefix="strata-bench-status-")
    env = scratch_env(work)
    project = os.path.join(work, "demo")
    shutil.copytree(os.path.join(args.root, "resources", "demo"), project,
                    ignore=shutil.ignore_patterns("*.db", "strata-workspace.json"))
    targets = ["heads", "shop@92a3b4c5d6e7", "shop@3c4d5e6f7081", "base"]
    try:
        with PgCluster() as pg:
            pg.sql("CREATE ROLE bench LOGIN PASSWORD 'bench-pw'")
            pg.write_pgpass(env["HOME"], "bench", "bench-pw")
            inis = []
            for i in range(n):
                db = f"env{i}"
                pg.sql(f"CREATE DATABASE {db} OWNER bench")
                url = f"postgresql://bench:bench-pw@127.0.0.1:{pg.port}/{db}"
                ini = os.path.join(work, f"{db}.ini")
                with open(os.path.join(project, "alembic.ini")) as src, open(ini, "w") as dst:
                    dst.write(src.read().replace("script_location = %(here)s/migrations",
                                                 f"script_location = {project}/migrations")
                              .replace("sqlalchemy.url = sqlite:///%(here)s/demo.db", f"sqlalchemy.url = {url}"))
                inis.append(ini)
                target = targets[i % len(targets)]
                if target != "base":
                    subprocess.run(["/usr/bin/python3", "-m", "alembic", "-c", ini, "upgrade", target], check=True,
                                   capture_output=True, env=env)
                subprocess.run([cli, "profiles", "add", db, "--driver", "postgresql", "--host", "127.0.0.1", "--port",
                                str(pg.port), "--database", db, "--user", "bench", "--project", project],
                               check=True, capture_output=True, env=env)
            best_s = best_a = None
            for _ in range(1 if args.smoke else 3):
                t0 = time.perf_counter()
                p = subprocess.run([cli, "--project", project, "status", "--json"], capture_output=True, text=True,
                                   env=env)
                ts = time.perf_counter() - t0
                doc = json.loads(p.stdout)
                t0 = time.perf_counter()
                alembic_current = {}
                for i, ini in enumerate(inis):
                    q = subprocess.run(["/usr/bin/python3", "-m", "alembic", "-c", ini, "current"], capture_output=True,
                                       text=True, env=env, check=True)
                    alembic_current[f"env{i}"] = sorted(line.split()[0] for line in q.stdout.splitlines() if line.strip())
                ta = time.perf_counter() - t0
                best_s = ts if best_s is None else min(best_s, ts)
                best_a = ta if best_a is None else min(best_a, ta)
            strata_current = {e["profile"]: sorted(e["current"]) for e in doc["environments"]}
            floor = bare_logins(pg, env, n)
            print(f"status of {n} profiles: strata-cli {best_s*1000:.0f} ms   alembic current x{n} {best_a*1000:.0f} ms"
                  f"   ratio {best_a/best_s:.1f}x   (target >= 25x)")
            if floor:
                print(f"  {n} concurrent logins with SELECT 1 on this machine (pgbench): {floor*1000:.0f} ms, so "
                      f"no client could beat {best_a/floor:.1f}x here; strata-cli spends {(best_s-floor)*1000:.0f} ms "
                      f"beyond them")
            same = strata_current == alembic_current
            print("current revisions identical to Alembic's: " + ("yes" if same else f"NO {strata_current} "
                                                                              f"{alembic_current}"))
            if not same:
                return 1
            holes = 40
            elapsed, code, out = black_holes(cli, project, env, holes)
            print(f"status of {holes} profiles on a host that never answers, --timeout 2: {elapsed:.1f} s"
                  f"   (target <= 3 s)")
            if code != 14 or out.count("no answer from") != holes:
                print(f"FAIL black holes: exit {code}\n{out[-800:]}")
                return 1
            print("2 passed, 0 failed")
            return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
