#!/usr/bin/python3
"""Benchmarks of the schema use cases on a local PostgreSQL server:

1. Rehearsal overhead: `strata-cli rehearse head` against `strata-cli upgrade
   head` of the same plan on identical fresh databases (20 revisions: a table
   each, 2,000 rows, an index, the previous table's column changed to bigint,
   which rewrites it). Printed as a ratio of wall times in the same run.
   Target at most 1.5x.
2. schema-match of a 100-table database (10 revisions of 10 tables with
   indexes and foreign keys), warm (the revisions' schemas cached), against
   pg_dump --schema-only of the same database as a reference point. Target
   under 2 s warm.

Passwords come from ~/.pgpass in a throwaway HOME (no keychain needed).
--smoke (used by the test suite) runs small sizes once and checks the answers
(the rehearsal left nothing, the schema matches), so the benchmark cannot rot."""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "integration"))
from pg_cluster import PgCluster, _bindir, scratch_env  # noqa: E402
from run_helpers import revision_text  # noqa: E402

ENV_PY = open(os.path.join(HERE, "..", "integration", "projects", "runs", "migrations", "env.py")).read()
INI = open(os.path.join(HERE, "..", "integration", "projects", "runs", "alembic.ini")).read()

def make_project(path, revisions, body_of):
    os.makedirs(os.path.join(path, "migrations", "versions"))
    with open(os.path.join(path, "alembic.ini"), "w") as f:
        f.write(INI)
    with open(os.path.join(path, "migrations", "env.py"), "w") as f:
        f.write(ENV_PY)
    down = None
    for i in range(revisions):
        rev = "r%04d" % i
        with open(os.path.join(path, "migrations", "versions", rev + ".py"), "w") as f:
            f.write(revision_text(rev, down, body_of(i), message="step %d" % i))
        down = rev
    return down


def rehearsal_body(rows):
    def body(i):
        lines = [
            f'    op.create_table("t{i}", sa.Column("id", sa.Integer, primary_key=True), sa.Column("a", sa.Integer), '
            f'sa.Column("b", sa.Text), sa.Column("c", sa.DateTime, server_default=sa.text("now()")))',
            f'    op.execute("INSERT INTO t{i} (a, b) SELECT g, md5(g::text) FROM generate_series(1, {rows}) g")',
            f'    op.create_index("ix_t{i}_a", "t{i}", ["a"])',
        ]
        if i > 0:
            lines.append(f'    op.alter_column("t{i - 1}", "a", type_=sa.BigInteger)')
        return "\n".join(lines)
    return body


def wide_body(tables_per_revision):
    def body(i):
        lines = []
        for j in range(tables_per_revision):
            n = i * tables_per_revision + j
            ref = f', sa.Column("parent_id", sa.Integer, sa.ForeignKey("w{n - 1}.id"))' if n > 0 else ""
            lines.append(f'    op.create_table("w{n}", sa.Column("id", sa.Integer, primary_key=True), '
                         f'sa.Column("name", sa.String(40), nullable=False, unique=True), '
                         f'sa.Column("amount", sa.Numeric(12, 2), server_default="0"), '
                         f'sa.Column("created", sa.DateTime, server_default=sa.text("now()")){ref})')
            lines.append(f'    op.create_index("ix_w{n}_created", "w{n}", ["created"])')
        return "\n".join(lines)
    return body


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--smoke", action="store_true")
    args = ap.parse_args()
    revisions = 5 if args.smoke else 20
    rows = 200 if args.smoke else 2000
    wide_revisions, per_revision = (2, 5) if args.smoke else (10, 10)
    repeats = 1 if args.smoke else 3
    cli = os.path.abspath(os.path.join(args.build, "src", "cli", "strata-cli"))
    work = tempfile.mkdtemp(prefix="strata-bench-schema-")
    env = scratch_env(work)
    failed = False
    try:
        with PgCluster() as pg:
            pg.sql("CREATE ROLE bench LOGIN CREATEDB PASSWORD 'bench-pw'")
            pg.write_pgpass(env["HOME"], "bench", "bench-pw")

            def strata(project, *a):
                return subprocess.run([cli, "--project", project, "--python", "/usr/bin/python3", *a], env=env,
                                      capture_output=True, text=True)

            def profile(project, name, db):
                pg.sql(f"CREATE DATABASE {db} OWNER bench")
                strata(project, "profiles", "add", name, "--driver", "postgresql", "--host", "127.0.0.1", "--port",
                       str(pg.port), "--database", db, "--user", "bench", "--project", project)

            # 1. rehearsal overhead
            project = os.path.join(work, "rehearse")
            head = make_project(project, revisions, rehearsal_body(rows))
            best_run = best_rehearse = None
            for k in range(repeats):
                profile(project, f"run{k}", f"run{k}")
                profile(project, f"reh{k}", f"reh{k}")
                t0 = time.perf_counter()
                r = strata(project, "upgrade", head, "--profile", f"run{k}", "--yes")
                tr = time.perf_counter() - t0
                t0 = time.perf_counter()
                h = strata(project, "rehearse", head, "--profile", f"reh{k}", "--json")
                th = time.perf_counter() - t0
                doc = json.loads(h.stdout) if h.stdout.strip().startswith("{") else {}
                tables = pg.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", f"reh{k}")[0][0]
                if r.returncode != 0 or h.returncode != 0 or not doc.get("unchanged") or tables != 0:
                    print(f"FAIL rehearsal: run {r.returncode} {r.stderr[-400:]}\nrehearse {h.returncode} "
                          f"{h.stderr[-600:]}\nunchanged {doc.get('unchanged')}, tables left {tables}")
                    failed = True
                    break
                best_run = tr if best_run is None else min(best_run, tr)
                best_rehearse = th if best_rehearse is None else min(best_rehearse, th)
            if best_run and best_rehearse:
                print(f"{revisions} revisions ({rows} rows each): strata-cli rehearse {best_rehearse * 1000:.0f} ms, "
                      f"strata-cli upgrade {best_run * 1000:.0f} ms   ratio {best_rehearse / best_run:.2f}x   "
                      f"(target <= 1.5x)")

            # 2. schema-match of a 100-table database, warm
            wide = os.path.join(work, "wide")
            head = make_project(wide, wide_revisions, wide_body(per_revision))
            profile(wide, "wide", "wide")
            r = strata(wide, "upgrade", head, "--profile", "wide", "--yes")
            cache = os.path.join(work, "schema-cache")
            t0 = time.perf_counter()
            cold = strata(wide, "schema-match", "--profile", "wide", "--cache-dir", cache)
            t_cold = time.perf_counter() - t0
            best_warm = None
            for _ in range(repeats):
                t0 = time.perf_counter()
                warm = strata(wide, "schema-match", "--profile", "wide", "--cache-dir", cache, "--json")
                tw = time.perf_counter() - t0
                doc = json.loads(warm.stdout) if warm.stdout.strip().startswith("{") else {}
                if r.returncode != 0 or cold.returncode != 0 or warm.returncode != 0 or not doc.get("exact") \
                        or doc.get("built") != 0:
                    print(f"FAIL schema-match: upgrade {r.returncode} {r.stderr[-300:]}\ncold {cold.returncode} "
                          f"{cold.stderr[-500:]}\nwarm {warm.returncode} {warm.stdout[-300:]} {warm.stderr[-300:]}")
                    failed = True
                    break
                best_warm = tw if best_warm is None else min(best_warm, tw)
            t0 = time.perf_counter()
            subprocess.run([os.path.join(_bindir(), "pg_dump"), "--schema-only", "-h", "127.0.0.1", "-p", str(pg.port),
                            "-U", "bench", "wide"], env=env, capture_output=True)
            t_dump = time.perf_counter() - t0
            if best_warm:
                tables = wide_revisions * per_revision
                print(f"schema-match of {tables} tables: warm {best_warm * 1000:.0f} ms (target < 2000 ms), cold "
                      f"{t_cold * 1000:.0f} ms ({wide_revisions} revisions built); pg_dump --schema-only "
                      f"{t_dump * 1000:.0f} ms   ratio warm/pg_dump {best_warm / t_dump:.2f}x")
                if not args.smoke and best_warm > 2.0:
                    print("FAIL warm schema-match over 2 s")
                    failed = True
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
