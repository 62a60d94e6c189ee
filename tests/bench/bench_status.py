#!/usr/bin/python3
"""Benchmark: the status of 20 profiles on a local PostgreSQL server with
`strata-cli status` (all at once) against running `alembic current` 20 times,
printed as a ratio (target >= 20x end to end). Passwords come from ~/.pgpass
in a throwaway HOME, so no keychain is needed.

--smoke (used by the test suite) uses 4 profiles and checks both tools report
the same current revisions, so the benchmark cannot rot."""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "integration"))
from pg_cluster import PgCluster, scratch_env  # noqa: E402


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
            print(f"status of {n} profiles: strata-cli {best_s*1000:.0f} ms   alembic current x{n} {best_a*1000:.0f} ms"
                  f"   ratio {best_a/best_s:.1f}x   (target >= 20x)")
            same = strata_current == alembic_current
            print("current revisions identical to Alembic's: " + ("yes" if same else f"NO {strata_current} "
                                                                              f"{alembic_current}"))
            if not same:
                return 1
            print("1 passed, 0 failed")
            return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
