#!/usr/bin/python3
"""Benchmark: a lock snapshot of a database with 200 sessions on a local
PostgreSQL server (target under 50 ms). 200 sessions are opened; a tenth of
them sit idle in transactions holding table locks and a few wait on them, so
pg_blocking_pids and pg_locks have work to do. The time is the snapshot's own
(both queries, measured inside strata-cli), the median of 7 runs.

--smoke (used by the test suite) opens 30 sessions and checks the snapshot
sees them all and the chains they form."""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "integration"))
from pg_cluster import PgCluster, scratch_env  # noqa: E402


def wait_quietly(cur, sql):
    """A waiter; it ends with an error when the cluster is stopped at the end."""
    try:
        cur.execute(sql)
    except Exception:  # noqa: BLE001
        pass


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--sessions", type=int, default=200)
    ap.add_argument("--smoke", action="store_true")
    args = ap.parse_args()
    n = 30 if args.smoke else args.sessions
    cli = os.path.abspath(os.path.join(args.build, "src", "cli", "strata-cli"))
    work = tempfile.mkdtemp(prefix="strata-bench-locks-")
    env = scratch_env(work)
    project = os.path.join(work, "runs")
    shutil.copytree(os.path.join(HERE, "..", "integration", "projects", "runs"), project)
    failed = False
    conns = []
    try:
        with PgCluster() as pg:
            import psycopg2
            pg.sql("CREATE ROLE bench LOGIN PASSWORD 'bench-pw'")
            pg.sql("CREATE DATABASE locks OWNER bench")
            pg.write_pgpass(env["HOME"], "bench", "bench-pw")
            tables = max(1, n // 20)
            pg.sql("; ".join(f"CREATE TABLE t{i} (id int)" for i in range(tables)) + ";", "locks")
            pg.sql("; ".join(f"ALTER TABLE t{i} OWNER TO bench" for i in range(tables)) + ";", "locks")
            subprocess.run([cli, "--project", project, "profiles", "add", "locks", "--driver", "postgresql", "--host",
                            "127.0.0.1", "--port", str(pg.port), "--database", "locks", "--user", "bench",
                            "--project", project], env=env, check=True, capture_output=True)
            holders = n // 10
            waiters = 0
            for i in range(n - 1):  # strata-cli's own session makes n
                c = psycopg2.connect(host="127.0.0.1", port=pg.port, user="bench", password="bench-pw", dbname="locks",
                                     application_name=f"app-{i}")
                conns.append(c)
                if i < holders:
                    c.cursor().execute(f"SELECT count(*) FROM t{i % tables}")  # idle in transaction with a lock
                elif i < holders + tables:
                    cur = c.cursor()
                    threading.Thread(target=wait_quietly, daemon=True,
                                     args=(cur, f"LOCK TABLE t{i - holders} IN ACCESS EXCLUSIVE MODE")).start()
                    waiters += 1
            time.sleep(0.5)
            times = []
            doc = {}
            for _ in range(3 if args.smoke else 7):
                p = subprocess.run([cli, "--project", project, "locks", "--profile", "locks", "--json"], env=env,
                                   capture_output=True, text=True)
                if p.returncode != 0:
                    print(f"FAIL locks: {p.stderr}")
                    failed = True
                    break
                doc = json.loads(p.stdout)
                times.append(doc["elapsed_ms"])
            sessions = len(doc.get("sessions", []))
            waiting = sum(1 for s in doc.get("sessions", []) if s["blocked_by"])
            if sessions != n or waiting != waiters:
                print(f"FAIL the snapshot saw {sessions} sessions ({n} expected), {waiting} waiting ({waiters} expected)")
                failed = True
            if times:
                print(f"lock snapshot of {sessions} sessions ({len(doc.get('blocking_tree', []))} chains, "
                      f"{waiting} waiting): median {statistics.median(times):.0f} ms, max {max(times):.0f} ms"
                      f"   (target < 50 ms)")
    finally:
        for c in conns:
            try:
                c.close()
            except Exception:  # noqa: BLE001
                pass
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
