#!/usr/bin/python3
"""Running migrations with strata-cli against a real PostgreSQL cluster, real
Alembic and the real keyring (run under with_keyring.sh), plus SQLite:
upgrade, downgrade, stamp (--purge), merge, offline SQL and the reviewed-SQL
runner; a run blocked by an idle-in-transaction session and cancelled; a run
killed with SIGKILL; two concurrent runs; a failing migration; random cancel
points over a multi-step plan; read-only and production rules; lock_timeout;
the journal; and that the password is in no argv, environment, file or output."""
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import check, finish  # noqa: E402
from pg_cluster import PgCluster  # noqa: E402

CLI, ROOT = sys.argv[1], sys.argv[2]
PASSWORD = "Run pw'%x9"
# The bridge's interpreter: Debian's, or another Alembic's (tests/platform/with_alembic_tree.sh).
PY = os.environ.get("STRATA_TEST_BRIDGE_PYTHON", "/usr/bin/python3")
SEED = int(os.environ.get("STRATA_TEST_SEED", "20261121"))
rng = random.Random(SEED)

work = tempfile.mkdtemp(prefix="strata-run-")
project = os.path.join(work, "runs")
shutil.copytree(os.path.join(os.path.dirname(os.path.abspath(__file__)), "projects", "runs"), project)
outputs = []  # everything strata-cli printed, scanned for the password at the end
MAIN_HEAD = "f6000000000f"


def cli(*args, stdin=None, timeout=120):
    p = subprocess.run([CLI, "--project", project, "--python", PY, *args], input=stdin, capture_output=True,
                       text=True, timeout=timeout)
    outputs.append(p.stdout + p.stderr)
    return p.returncode, p.stdout, p.stderr


def start(*args):
    p = subprocess.Popen([CLI, "--project", project, "--python", PY, *args], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    return p


def collect(p, timeout=60):
    out, err = p.communicate(timeout=timeout)
    outputs.append(out + err)
    return p.returncode, out, err


def add_profile(name, db, *extra):
    code, _, err = cli("profiles", "add", name, "--driver", "postgresql", "--host", "127.0.0.1", "--port",
                       str(pg.port), "--database", db, "--user", "runner", "--project", project, *extra)
    assert code == 0, err
    code, _, err = cli("profiles", "set-password", name, stdin=PASSWORD + "\n")
    assert code == 0, err


def q(sql, db):
    return pg.sql(sql, db)


def version(db):
    if not q("SELECT to_regclass('public.alembic_version')", db)[0][0]:
        return None
    return sorted(r[0] for r in q("SELECT version_num FROM alembic_version", db))


def schema(db):
    tables = sorted(r[0] for r in q("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", db))
    cols = sorted(r[0] for r in q("SELECT column_name FROM information_schema.columns WHERE table_name = 'accounts'",
                                  db))
    idx = [r[0] for r in q("SELECT indexname FROM pg_indexes WHERE indexname = 'ix_orders_account'", db)]
    return tables, cols, idx


MAIN = ["a1000000000a", "b2000000000b", "c3000000000c", "d4000000000d", "e5000000000e", "f6000000000f"]


def expected_schema(rows):
    """The schema each version of the main line implies."""
    if not rows:
        return [], [], []
    n = MAIN.index(rows[0]) + 1
    tables = ["accounts", "alembic_version"] + (["orders"] if n >= 3 else []) + (["invoices"] if n >= 5 else [])
    cols = ["id", "name"] + (["email"] if n >= 2 else []) + (["phone"] if n >= 6 else [])
    return sorted(tables), sorted(cols), (["ix_orders_account"] if n >= 4 else [])


def consistent(db):
    rows = version(db)
    return schema(db) == expected_schema(rows or []), rows


def journal_run(run_id):
    code, out, err = cli("journal", run_id, "--json")
    return json.loads(out) if code == 0 else {}


def last_run():
    code, out, _ = cli("journal", "--json", "--limit", "1")
    runs = json.loads(out)["runs"] if code == 0 else []
    return runs[0] if runs else {}


def wait_for(predicate, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    return None


def run_backends(db):
    return q("SELECT pid, application_name, wait_event_type FROM pg_stat_activity WHERE datname = '%s' AND "
             "application_name LIKE 'strata-run %%' AND application_name NOT LIKE '%%control'" % db, "postgres")


def children_of(pid):
    out = []
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out += [int(x) for x in f.read().split()]
        except OSError:
            pass
    return out


def connect_as_runner(db):
    import psycopg2
    return psycopg2.connect(host="127.0.0.1", port=pg.port, user="runner", password=PASSWORD, dbname=db,
                            application_name="forgotten-psql")


try:
    with PgCluster() as pg:
        pg.sql("CREATE ROLE runner LOGIN PASSWORD 'Run pw''%x9'")
        for db in ("main", "blocked", "killed", "busy", "fail", "rand", "sqlrun", "prod", "ro", "lockto"):
            pg.sql(f"CREATE DATABASE {db} OWNER runner")
        add_profile("main", "main")

        # --- upgrade, downgrade, stamp ------------------------------------
        code, out, err = cli("upgrade", "d4000000000d", "--profile", "main", "--yes", "--json")
        doc = json.loads(out) if out.strip() else {}
        check("upgrade exit 0", code == 0, err)
        check("upgrade reaches the target", version("main") == ["d4000000000d"], version("main"))
        check("upgrade schema matches", consistent("main")[0], schema("main"))
        check("upgrade JSON names 4 finished steps",
              doc.get("state") == "succeeded" and [s["state"] for s in doc.get("steps", [])] == ["done"] * 4, doc)
        check("progress on stderr", "[4/4]" in err and "index orders" in err, err)
        check("step durations recorded", all(s["duration_ms"] >= 0 for s in doc.get("steps", [])), doc)
        run = journal_run(doc.get("id", "x"))
        check("journal: who, where, what", run.get("os_user") and run.get("host") and run.get("verb") == "upgrade"
              and "main" in run.get("database", "") and run.get("from") == [] and run.get("to") == ["d4000000000d"],
              run)
        # The Alembic that ran it: Debian's, or the tree's (STRATA_TEST_ALEMBIC_VERSION).
        ran_with = subprocess.run([PY, "-c", "import alembic; print(alembic.__version__)"], capture_output=True,
                                  text=True, cwd=tempfile.gettempdir()).stdout.strip()
        check(f"journal: the run used Alembic {ran_with}",
              ran_with and run.get("tools", {}).get("alembic") == ran_with
              and os.environ.get("STRATA_TEST_ALEMBIC_VERSION", ran_with) == ran_with, (ran_with, run.get("tools")))
        # A project configured only in pyproject.toml [tool.alembic]: Alembic reads it from 1.16;
        # probe says so with an older one (and the doctor does, from the same finding).
        p = subprocess.run([CLI, "--project", os.path.join(ROOT, "tests", "data", "pyproject_recursive"), "--python", PY,
                            "--json", "probe", "--all"], capture_output=True, text=True, timeout=60)
        doc = json.loads(p.stdout) if p.stdout.strip() else {}
        gaps = doc.get("alembic_gaps", [])
        if tuple(int(x) for x in ran_with.split(".")[:2]) < (1, 16):
            check(f"probe: Alembic {ran_with} will not find a [tool.alembic] project",
                  p.returncode == 22 and len(gaps) == 1 and gaps[0]["severity"] == "error"
                  and f"Alembic {ran_with} will not find it" in gaps[0]["message"], (p.returncode, doc))
        else:
            check(f"probe: Alembic {ran_with} reads a [tool.alembic] project", p.returncode == 0 and gaps == [],
                  (p.returncode, doc))

        code, out, err = cli("downgrade", "-1", "--profile", "main", "--yes")
        check("downgrade -1", code == 0 and version("main") == ["c3000000000c"] and consistent("main")[0],
              (code, err, version("main")))
        code, out, err = cli("upgrade", MAIN_HEAD, "--profile", "main", "--yes")
        check("upgrade to the head", code == 0 and version("main") == [MAIN_HEAD], err)
        code, out, err = cli("upgrade", MAIN_HEAD, "--profile", "main", "--yes")
        check("nothing to do", code == 0 and "Nothing to do" in err, err)
        code, out, err = cli("stamp", "c3000000000c", "--profile", "main", "--yes")
        check("stamp moves only the version", code == 0 and version("main") == ["c3000000000c"]
              and "phone" in schema("main")[1], (code, err))
        q("INSERT INTO alembic_version VALUES ('deadbeef0000')", "main")
        code, out, err = cli("stamp", MAIN_HEAD, "--purge", "--profile", "main", "--yes")
        check("stamp --purge replaces unknown rows", code == 0 and version("main") == [MAIN_HEAD], (code, err))

        # --- offline SQL and the reviewed-SQL runner ---------------------
        add_profile("sqlrun", "sqlrun")
        script = os.path.join(work, "reviewed.sql")
        code, out, err = cli("sql", "c3000000000c", "--profile", "sqlrun", "-o", script)
        text = open(script).read() if code == 0 else ""
        check("sql writes a script with Strata's header",
              text.startswith("-- strata: from=base to=c3000000000c direction=upgrade") and "CREATE TABLE orders" in text,
              (code, err, text[:200]))
        check("offline SQL is journaled with its text", last_run().get("verb") == "sql"
              and "CREATE TABLE orders" in journal_run(last_run().get("id", "x")).get("sql", ""), last_run())
        code, out, err = cli("sql", "--from", "c3000000000c", "b2000000000b")
        check("sql detects a downgrade range", code == 0 and "DROP TABLE orders" in out and "direction=downgrade" in out,
              (code, err, out[:300]))
        # A tricky but valid script: dollar quotes, E'' strings, nested comments.
        tricky = text + ("\n/* a /* nested */ comment; */\nDO $body$ BEGIN PERFORM 1; END $body$;\n"
                         "INSERT INTO accounts (name) VALUES (E'semi;colon\\'s'), ('it''s; fine');\n")
        with open(script, "w") as f:
            f.write(tricky)
        code, out, err = cli("run-sql", script, "--profile", "sqlrun", "--yes", "--json")
        names = sorted(r[0] for r in q("SELECT name FROM accounts", "sqlrun")) if code == 0 else []
        check("run-sql runs the reviewed script", code == 0 and version("sqlrun") == ["c3000000000c"], (code, err))
        check("run-sql splits strings and comments right", "semi;colon's" in names and "it's; fine" in names, names)
        code, out, err = cli("run-sql", script, "--profile", "sqlrun", "--yes")
        check("run-sql refuses when the database moved on", code == 21 and "starts from base" in err
              and version("sqlrun") == ["c3000000000c"], (code, err))
        bad = os.path.join(work, "bad.sql")
        with open(bad, "w") as f:
            f.write("-- strata: from=c3000000000c to=d4000000000d direction=upgrade\nBEGIN;\n"
                    "CREATE INDEX ix_orders_account ON orders (account_id);\nSELECT nonsense_column FROM orders;\n"
                    "UPDATE alembic_version SET version_num='d4000000000d';\nCOMMIT;\n")
        code, out, err = cli("run-sql", bad, "--profile", "sqlrun", "--yes")
        check("run-sql failure names the statement and line and rolls back",
              code == 20 and "statement 3 (line 4)" in err and "nonsense_column" in err
              and version("sqlrun") == ["c3000000000c"] and schema("sqlrun")[2] == [], (code, err))
        meta = os.path.join(work, "meta.sql")
        with open(meta, "w") as f:
            f.write("SELECT 1;\n\\i other.sql\n")
        code, out, err = cli("run-sql", meta, "--profile", "sqlrun", "--yes")
        check("psql meta-commands are refused with file:line", code == 21 and "meta.sql:2" in err, (code, err))

        # --- a run blocked by an idle-in-transaction session, cancelled --
        add_profile("blocked", "blocked", "--lock-timeout", "0")
        cli("upgrade", "e5000000000e", "--profile", "blocked", "--yes")
        blocker = connect_as_runner("blocked")
        bcur = blocker.cursor()
        bcur.execute("SELECT count(*) FROM accounts")  # holds AccessShareLock, idle in transaction
        p = start("upgrade", MAIN_HEAD, "--profile", "blocked", "--yes")
        waiting = wait_for(lambda: [r for r in run_backends("blocked") if r[2] == "Lock"])
        check("the run waits on the lock", bool(waiting), run_backends("blocked"))
        check("the run's session is named", waiting and waiting[0][1].startswith("strata-run "), waiting)
        # the password in no child's argv or environment
        bridge = [c for c in children_of(p.pid)]
        leaks = []
        for c in bridge:
            for what in ("cmdline", "environ"):
                try:
                    with open(f"/proc/{c}/{what}", "rb") as f:
                        data = f.read()
                    if PASSWORD.encode() in data or b"Run%20pw" in data:
                        leaks.append((c, what))
                except OSError:
                    pass
        check("a bridge process runs", len(bridge) == 1, bridge)
        check("the password is in no child argv or environment", not leaks, leaks)
        t0 = time.monotonic()
        p.send_signal(signal.SIGINT)
        code, out, err = collect(p)
        elapsed = time.monotonic() - t0
        check("cancel exits 130", code == 130, (code, err))
        check("cancel said it rolled back", "nothing was applied" in err and "cancelled" in err, err)
        check("cancelled run left the database unchanged", version("blocked") == ["e5000000000e"]
              and consistent("blocked")[0], (version("blocked"), schema("blocked")))
        check("cancel answered within 2 s", elapsed < 2.0, elapsed)
        check("journal says cancelled", last_run().get("state") == "cancelled", last_run())
        # preflight named the blocker
        p2 = start("upgrade", MAIN_HEAD, "--profile", "blocked", "--yes")
        wait_for(lambda: [r for r in run_backends("blocked") if r[2] == "Lock"])
        # --- two runs on one database: the second is refused -------------
        code, out, err = cli("upgrade", MAIN_HEAD, "--profile", "blocked", "--yes")
        check("a second run is refused", code == 21 and "run lock" in err, (code, err))
        check("the holder is named", "strata-run" in err and "user runner" in err and "host 127.0.0.1" in err, err)
        p2.send_signal(signal.SIGINT)
        collect(p2)
        blocker.rollback()
        blocker.close()

        # --- preflight warns about the blocker ---------------------------
        add_profile("killed", "killed", "--lock-timeout", "0")
        cli("upgrade", "e5000000000e", "--profile", "killed", "--yes")
        blocker = connect_as_runner("killed")
        blocker.cursor().execute("SELECT count(*) FROM accounts")
        time.sleep(1.1)
        p = start("upgrade", MAIN_HEAD, "--profile", "killed", "--yes")
        waiting = wait_for(lambda: [r for r in run_backends("killed") if r[2] == "Lock"])
        # --- SIGKILL mid-transaction --------------------------------------
        p.kill()
        code, out, err = collect(p)
        outputs.append(err)
        check("preflight warned about the idle transaction", "forgotten-psql" in err and "idle in transaction" in err
              and "accounts" in err, err)
        gone = wait_for(lambda: not run_backends("killed"), 10)
        check("the killed run's session went away", gone, run_backends("killed"))
        blocker.rollback()
        blocker.close()
        check("killed run left the database unchanged", version("killed") == ["e5000000000e"]
              and consistent("killed")[0], (version("killed"), schema("killed")))
        code, out, err = cli("journal")
        check("the next start shows the run interrupted", "interrupted" in out and "was interrupted" in err, (out, err))
        check("journal JSON says interrupted", last_run().get("state") == "interrupted", last_run())

        # --- a failing migration ------------------------------------------
        add_profile("fail", "fail")
        cli("upgrade", "c3000000000c", "--profile", "fail", "--yes")
        code, out, err = cli("upgrade", "broken@head", "--profile", "fail", "--yes", "--json")
        doc = json.loads(out) if out.strip() else {}
        check("failing migration exits 20", code == 20, (code, err))
        check("Alembic's error type and message are shown", "DivisionByZero" in doc.get("error_type", "") + err
              and "division by zero" in err, err)
        check("failing migration rolled back", version("fail") == ["c3000000000c"]
              and "scratch" not in schema("fail")[0], (version("fail"), schema("fail")))
        check("journal keeps the error", "division by zero" in journal_run(doc.get("id", "x")).get("error", ""),
              journal_run(doc.get("id", "x")))

        # --- lock_timeout from the profile --------------------------------
        add_profile("lockto", "lockto", "--lock-timeout", "300")
        cli("upgrade", "e5000000000e", "--profile", "lockto", "--yes")
        blocker = connect_as_runner("lockto")
        blocker.cursor().execute("SELECT count(*) FROM accounts")
        code, out, err = cli("upgrade", MAIN_HEAD, "--profile", "lockto", "--yes")
        blocker.rollback()
        blocker.close()
        check("lock_timeout ends a blocked run", code == 20 and "lock timeout" in err.lower()
              and version("lockto") == ["e5000000000e"], (code, err))

        # --- random cancel points -----------------------------------------
        add_profile("rand", "rand")
        outcomes = []
        for i in range(int(os.environ.get("STRATA_CANCEL_ROUNDS", "8"))):
            q("DROP SCHEMA public CASCADE; CREATE SCHEMA public AUTHORIZATION runner", "rand")
            p = start("upgrade", MAIN_HEAD, "--profile", "rand", "--yes")
            time.sleep(rng.uniform(0.2, 1.6))
            p.send_signal(signal.SIGINT)
            code, out, err = collect(p)
            ok, rows = consistent("rand")
            outcomes.append(code)
            check(f"cancel point {i}: schema and version agree", ok, (code, rows, schema("rand"), err[-400:]))
            check(f"cancel point {i}: all or nothing", (code == 130 and rows is None) or (code == 0 and rows == [MAIN_HEAD])
                  or (code == 21 and rows is None), (code, rows))
        check("some random cancels hit the running transaction", 130 in outcomes, outcomes)

        # --- read-only and production -------------------------------------
        add_profile("ro", "ro", "--read-only")
        code, out, err = cli("upgrade", MAIN_HEAD, "--profile", "ro", "--yes")
        check("read-only profile refused", code == 21 and "read-only" in err and version("ro") is None, (code, err))
        add_profile("prod", "prod", "--production")
        code, out, err = cli("upgrade", MAIN_HEAD, "--profile", "prod", "--yes")
        check("production needs the typed name", code == 21 and "--confirm-database prod" in err
              and version("prod") is None, (code, err))
        code, out, err = cli("upgrade", MAIN_HEAD, "--profile", "prod", "--yes", "--confirm-database", "main")
        check("production refuses a wrong name", code == 21 and version("prod") is None, (code, err))
        code, out, err = cli("upgrade", MAIN_HEAD, "--profile", "prod", "--confirm-database", "prod")
        check("production runs with its name", code == 0 and version("prod") == [MAIN_HEAD], (code, err))

        # --- merge ---------------------------------------------------------
        code, out, err = cli("merge", "-m", "join the branches", "--rev-id", "fe0000000000", "--json")
        doc = json.loads(out) if out.strip() else {}
        check("merge writes through the project's template", code == 0 and doc.get("revision") == "fe0000000000"
              and os.path.exists(doc.get("path", "")), (code, err, doc))
        code, out, err = cli("heads")
        check("merge leaves one head", code == 0 and len(out.splitlines()) == 1 and out.startswith("fe0000000000 "),
              out)
        merged = open(doc.get("path", os.devnull)).read() if doc.get("path") else ""
        check("merge names both parents", "bad0000000ba" in merged and MAIN_HEAD in merged, merged[:300])

        # --- probe ----------------------------------------------------------
        code, out, err = cli("probe", "--profile", "main")
        check("probe reports versions", code == 0 and "Alembic:    1." in out and "psycopg2" in out, (out, err))
        nopy = os.path.join(work, "python-without-site")
        with open(nopy, "w") as f:
            f.write("#!/bin/sh\nexec /usr/bin/python3 -S \"$@\"\n")
        os.chmod(nopy, 0o755)
        p = subprocess.run([CLI, "--project", project, "--python", nopy, "probe", "--profile", "main"],
                           capture_output=True, text=True)
        check("probe says what is missing and how to install it", p.returncode == 22
              and "No module named 'alembic'" in p.stdout and "python3-alembic" in p.stdout, p.stdout + p.stderr)
        p = subprocess.run([CLI, "--project", project, "--python", nopy, "downgrade", "e5000000000e", "--profile",
                            "main", "--yes"], capture_output=True, text=True)
        check("a run without Alembic fails clearly", p.returncode == 22 and "No module named 'alembic'" in p.stderr
              and version("main") == [MAIN_HEAD], p.stderr)

    # --- SQLite ------------------------------------------------------------
    dbfile = os.path.join(work, "runs.db")
    open(dbfile, "w").close()
    code, _, err = cli("profiles", "add", "lite", "--driver", "sqlite", "--database", dbfile, "--project", project)
    code, out, err = cli("upgrade", "c3000000000c", "--profile", "lite", "--yes")
    import sqlite3
    rows = sqlite3.connect(dbfile).execute("SELECT version_num FROM alembic_version").fetchall()
    check("SQLite upgrade", code == 0 and rows == [("c3000000000c",)], (code, err))
    code, out, err = cli("downgrade", "base", "--profile", "lite", "--yes")
    tables = sqlite3.connect(dbfile).execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    check("SQLite downgrade to base", code == 0 and tables == [("alembic_version",)], (code, err, tables))

    # --- no secret anywhere -----------------------------------------------
    scratch = os.environ.get("STRATA_SCRATCH", "")
    leaked = []
    for base in [scratch, work]:
        for dirpath, _, files in os.walk(base) if base else []:
            for name in files:
                try:
                    with open(os.path.join(dirpath, name), "rb") as f:
                        data = f.read()
                except OSError:
                    continue
                if PASSWORD.encode() in data or b"Run%20pw%27%25x9" in data:
                    leaked.append(os.path.join(dirpath, name))
    check("the password is in no file written (journal included)", not leaked, leaked)
    check("the password is in no output", not any(PASSWORD in o or "Run%20pw%27%25x9" in o for o in outputs), "")
finally:
    shutil.rmtree(work, ignore_errors=True)
finish()
