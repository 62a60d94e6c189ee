#!/usr/bin/python3
"""Benchmarks of the run engine on a local PostgreSQL server:

1. Cancel latency: a migration waits on a lock held by an idle transaction;
   Ctrl-C (SIGINT) is sent to `strata-cli upgrade`; the time until the run
   reports the rollback confirmed and exits. Target under 300 ms.
2. The reviewed-SQL runner against `psql -f` on a 10,000-statement script
   (autocommit, one round trip per statement for both), printed as a ratio of
   wall times in the same run. Target at most 1.1x.

Passwords come from ~/.pgpass in a throwaway HOME (no keychain needed).
--smoke (used by the test suite) does 2 cancels and 1,000 statements and checks
both tools leave the same rows, so the benchmark cannot rot."""
import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "integration"))
from pg_cluster import PgCluster, scratch_env  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--statements", type=int, default=10000)
    ap.add_argument("--cancels", type=int, default=7)
    ap.add_argument("--smoke", action="store_true")
    args = ap.parse_args()
    statements = 1000 if args.smoke else args.statements
    cancels = 2 if args.smoke else args.cancels
    cli = os.path.abspath(os.path.join(args.build, "src", "cli", "strata-cli"))
    work = tempfile.mkdtemp(prefix="strata-bench-runs-")
    env = scratch_env(work)
    project = os.path.join(work, "runs")
    shutil.copytree(os.path.join(HERE, "..", "integration", "projects", "runs"), project)
    failed = False

    def strata(*a, **kw):
        return subprocess.run([cli, "--project", project, "--python", "/usr/bin/python3", *a], env=env,
                              capture_output=True, text=True, **kw)

    try:
        with PgCluster() as pg:
            pg.sql("CREATE ROLE bench LOGIN PASSWORD 'bench-pw'")
            pg.write_pgpass(env["HOME"], "bench", "bench-pw")
            for db in ("cancel", "runner", "psql"):
                pg.sql(f"CREATE DATABASE {db} OWNER bench")
                strata("profiles", "add", db, "--driver", "postgresql", "--host", "127.0.0.1", "--port",
                       str(pg.port), "--database", db, "--user", "bench", "--project", project, "--lock-timeout", "0")

            # 1. cancel latency
            strata("upgrade", "e5000000000e", "--profile", "cancel", "--yes")
            import psycopg2
            latencies = []
            for _ in range(cancels):
                blocker = psycopg2.connect(host="127.0.0.1", port=pg.port, user="bench", password="bench-pw",
                                           dbname="cancel")
                blocker.cursor().execute("SELECT count(*) FROM accounts")
                p = subprocess.Popen([cli, "--project", project, "--python", "/usr/bin/python3", "upgrade",
                                      "f6000000000f", "--profile", "cancel", "--yes"], env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline:
                    rows = pg.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND "
                                  "application_name LIKE 'strata-run %'")
                    if rows[0][0]:
                        break
                    time.sleep(0.02)
                t0 = time.perf_counter()
                p.send_signal(signal.SIGINT)
                _, err = p.communicate(timeout=30)
                latencies.append((time.perf_counter() - t0) * 1000)
                blocker.rollback()
                blocker.close()
                version = pg.sql("SELECT version_num FROM alembic_version", "cancel")
                if p.returncode != 130 or version != [("e5000000000e",)]:
                    print(f"FAIL cancel: exit {p.returncode}, version {version}\n{err}")
                    failed = True
            median = statistics.median(latencies)
            print(f"cancel latency (SIGINT to rollback confirmed and exit), {cancels} runs: median {median:.0f} ms, "
                  f"max {max(latencies):.0f} ms   (target < 300 ms)")

            # 2. the reviewed-SQL runner against psql -f
            script = os.path.join(work, "script.sql")
            with open(script, "w") as f:
                f.write("CREATE TABLE bench_rows (id integer PRIMARY KEY, note text);\n")
                for i in range(1, statements):
                    f.write(f"INSERT INTO bench_rows VALUES ({i}, 'row ''{i}''; with $$ and -- inside');\n")
            psql = shutil.which("psql") or "/usr/bin/psql"
            best_s = best_p = None
            for _ in range(1 if args.smoke else 3):
                for db in ("runner", "psql"):
                    pg.sql("DROP TABLE IF EXISTS bench_rows", db)
                t0 = time.perf_counter()
                r = strata("run-sql", script, "--profile", "runner", "--yes")
                ts = time.perf_counter() - t0
                t0 = time.perf_counter()
                q = subprocess.run([psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(pg.port),
                                    "-U", "bench", "-d", "psql", "-f", script], env=env, capture_output=True, text=True)
                tp = time.perf_counter() - t0
                if r.returncode != 0 or q.returncode != 0:
                    print(f"FAIL runner {r.returncode}: {r.stderr[-500:]}\npsql {q.returncode}: {q.stderr[-500:]}")
                    failed = True
                    break
                best_s = ts if best_s is None else min(best_s, ts)
                best_p = tp if best_p is None else min(best_p, tp)
            a = pg.sql("SELECT count(*), md5(string_agg(note, ',' ORDER BY id)) FROM bench_rows", "runner")
            b = pg.sql("SELECT count(*), md5(string_agg(note, ',' ORDER BY id)) FROM bench_rows", "psql")
            if a != b or a[0][0] != statements - 1:
                print(f"FAIL the runner and psql left different rows: {a} vs {b}")
                failed = True
            if best_s and best_p:
                print(f"{statements} statements: strata-cli run-sql {best_s * 1000:.0f} ms, psql -f {best_p * 1000:.0f} ms"
                      f"   ratio {best_s / best_p:.2f}x   (target <= 1.1x)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
