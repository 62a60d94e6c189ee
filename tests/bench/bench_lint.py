#!/usr/bin/python3
"""Benchmark of the migration-safety lint: the offline SQL of every revision
of a 400-revision PostgreSQL project (each revision changes tables that exist
before it: added columns with defaults, indexes, type changes, foreign keys,
renames, drops, new tables), as Alembic writes it for `alembic upgrade
base:heads --sql`.

Measured in the same run:
- Alembic producing that SQL (the reference: `python3 -m alembic upgrade
  base:heads --sql`);
- `strata-cli lint --sql FILE` on the SQL Alembic wrote (the lint alone:
  process start, libpg_query parse of every statement, every rule);
  target under 1 s;
- `strata-cli lint --all` (Alembic's SQL and the lint together), whose
  difference to the reference is the lint's share;
- the lint's peak memory (maxrss of the strata-cli process).

--smoke (used by the test suite) runs 40 revisions once and checks the
answers (findings of the expected rules on the expected revisions, and the
two ways of linting agree), so the benchmark cannot rot."""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

PY = "/usr/bin/python3"
HERE = os.path.dirname(os.path.abspath(__file__))
LINT_PROJECT = os.path.join(HERE, "..", "data", "lint_project")
sys.path.insert(0, os.path.join(HERE, "..", "integration"))
from run_helpers import revision_text  # noqa: E402


# What each revision does, in turn (tables t0..t9 exist before the migrations).
BODIES = [
    lambda i, t: f'    op.add_column("{t}", sa.Column("c{i}", sa.Integer, server_default="0", nullable=False))',
    lambda i, t: f'    op.create_index("ix_{t}_c{i}", "{t}", ["c{i - 1}"])',
    lambda i, t: f'    op.alter_column("{t}", "c{i - 2}", type_=sa.BigInteger)',
    lambda i, t: f'    op.create_foreign_key("fk_{t}_{i}", "{t}", "t0", ["c{i - 3}"], ["id"])',
    lambda i, t: f'    op.create_table("n{i}", sa.Column("id", sa.Integer, primary_key=True), sa.Column("v", sa.Text))\n'
                 f'    op.create_index("ix_n{i}_v", "n{i}", ["v"])',
    lambda i, t: f'    op.add_column("{t}", sa.Column("u{i}", sa.Text))\n'
                 f'    op.execute("UPDATE {t} SET u{i} = \'x\'")',
    lambda i, t: f'    op.alter_column("{t}", "u{i - 1}", new_column_name="w{i}")',
    lambda i, t: f'    op.drop_column("{t}", "w{i - 1}")',
]
# lint --all takes every revision alone; the SQL of the whole plan is one
# transaction, where the first lock is held to the end (long-lock).
EXPECTED = {"index-not-concurrent", "column-type-change", "constraint-not-valid", "rename", "drop-column"}


def make_project(path, revisions):
    os.makedirs(os.path.join(path, "migrations", "versions"))
    shutil.copy(os.path.join(LINT_PROJECT, "alembic.ini"), path)
    shutil.copy(os.path.join(LINT_PROJECT, "migrations", "env.py"), os.path.join(path, "migrations"))
    shutil.copy(os.path.join(LINT_PROJECT, "migrations", "script.py.mako"), os.path.join(path, "migrations"))
    down = None
    for i in range(revisions):
        rev = "r%04d" % i
        body = BODIES[i % len(BODIES)](i, "t%d" % (i // len(BODIES) % 10))
        with open(os.path.join(path, "migrations", "versions", rev + ".py"), "w") as f:
            f.write(revision_text(rev, down, body, message="step %d" % i))
        down = rev


def timed(cmd, cwd=None):
    """Wall time and output of one process."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = p.communicate()
    return time.perf_counter() - start, p.returncode, out, err


def peak_of(cmd, cwd=None):
    """maxrss of one process alone (KiB), through /proc-free wait4."""
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    return usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--revisions", type=int, default=400)
    args = ap.parse_args()
    cli = os.path.join(args.build, "src", "cli", "strata-cli")
    revisions = 40 if args.smoke else args.revisions
    repeats = 1 if args.smoke else 3
    work = tempfile.mkdtemp(prefix="strata-bench-lint-")
    ok = True
    try:
        project = os.path.join(work, "p")
        make_project(project, revisions)
        best_alembic = best_lint = best_all = None
        sql = ""
        for _ in range(repeats):
            t, code, out, err = timed([PY, "-m", "alembic", "upgrade", "base:heads", "--sql"], cwd=project)
            if code != 0:
                print("FAIL alembic --sql:", err[-600:])
                return 1
            sql = out
            best_alembic = t if best_alembic is None else min(best_alembic, t)
        sql_file = os.path.join(work, "all.sql")
        with open(sql_file, "w") as f:
            f.write(sql)
        lint_doc = all_doc = {}
        for _ in range(repeats):
            t, code, out, err = timed([cli, "--project", project, "lint", "--sql", sql_file, "--json"])
            lint_doc = json.loads(out) if out.strip().startswith("{") else {}
            best_lint = t if best_lint is None else min(best_lint, t)
            t, code2, out, err2 = timed([cli, "--project", project, "--python", PY, "lint", "--all", "--json"])
            all_doc = json.loads(out) if out.strip().startswith("{") else {}
            best_all = t if best_all is None else min(best_all, t)
        peak_kib, _ = peak_of([cli, "--project", project, "lint", "--sql", sql_file, "--json"])
        statements = lint_doc.get("statements", 0)
        rules = {f["rule"] for f in all_doc.get("findings", [])}
        print(f"{revisions} revisions, {statements} statements: Alembic writes the SQL in {best_alembic * 1000:.0f} ms; "
              f"strata-cli lint --sql {best_lint * 1000:.0f} ms (target < 1000 ms, ratio {best_lint / best_alembic:.2f}x "
              f"of Alembic's time); lint --all {best_all * 1000:.0f} ms (the lint's share "
              f"{(best_all - best_alembic) * 1000:.0f} ms); peak memory {peak_kib / 1024:.1f} MiB")
        if statements < revisions:
            print(f"FAIL only {statements} statements linted for {revisions} revisions: {err[-400:]}")
            ok = False
        if "long-lock" not in {f["rule"] for f in lint_doc.get("findings", [])}:
            print("FAIL the whole plan's SQL (one transaction) has no long-lock finding")
            ok = False
        if not EXPECTED <= rules:
            print(f"FAIL lint --all missed rules: {sorted(EXPECTED - rules)}")
            ok = False
        revs = {f.get("revision") for f in all_doc.get("findings", []) if f["rule"] == "index-not-concurrent"}
        if "r0001" not in revs:
            print("FAIL the index of r0001 was not found on its revision")
            ok = False
        if code2 != 1 or all_doc.get("errors", 1) != 0:
            print(f"FAIL lint --all exit {code2} (warnings expect 1): {err2[-400:]}")
            ok = False
        if not args.smoke and best_lint > 1.0:
            print("FAIL the lint took over 1 s")
            ok = False
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
