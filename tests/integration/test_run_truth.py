#!/usr/bin/python3
"""What a run says is what happened (issue "run truth"), against a real
PostgreSQL cluster, real Alembic and the real keyring (under with_keyring.sh):

- env.py aimed at another database: refused before any statement, both named;
- a plain `alembic upgrade` racing a Strata run: its work is not credited;
- SIGKILL right after the last commit: "unknown" until verified, then verified;
- Cancel and lock timeout: every step that ran reads "rolled back";
- the journal's disk full mid-run: loud, exit 23, the record completed later;
- a frozen server (SIGSTOP) and Cancel: ends within 3.5 s, "unknown, verify";
- CREATE INDEX CONCURRENTLY without autocommit_block: refused before it runs;
  with it, a failure says which index stayed behind INVALID;
- a profile passing its URL in $DATABASE_URL: preview and run work;
- the server killed mid-run: "unknown" until verified, then the truth;
- each run records the tools that ran it and Alembic's transaction mode."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import check, finish  # noqa: E402
from pg_cluster import PgCluster  # noqa: E402
from run_helpers import MAIN_HEAD, Runs, revision_text, wait_for, write  # noqa: E402

CLI = sys.argv[1]
PASSWORD = "Truth pw'%7"
FINAL = ("succeeded", "failed", "cancelled", "interrupted")

ENV_FROM_VARIABLE = '''import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import create_engine, pool

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)


def url():
    # A real-world pattern: the environment decides, the ini is the fallback.
    return os.environ.get("APP_DATABASE_URL") or config.get_main_option("sqlalchemy.url")


if context.is_offline_mode():
    context.configure(url=url(), target_metadata=None, literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()
else:
    with create_engine(url(), poolclass=pool.NullPool).connect() as connection:
        context.configure(connection=connection, target_metadata=None)
        with context.begin_transaction():
            context.run_migrations()
'''

ENV_DATABASE_URL_ONLY = ENV_FROM_VARIABLE.replace(
    'os.environ.get("APP_DATABASE_URL") or config.get_main_option("sqlalchemy.url")', 'os.environ["DATABASE_URL"]')

def concurrently_project(runs, name, index_body):
    """A project with a table holding duplicates, then an index built CONCURRENTLY."""
    project = runs.copy_project(name)
    versions = os.path.join(project, "migrations", "versions")
    for f in os.listdir(versions):
        os.remove(os.path.join(versions, f))
    write(os.path.join(versions, "c100_table.py"), revision_text(
        "c100", None, '    op.create_table("t", sa.Column("x", sa.Integer))\n    op.execute("INSERT INTO t VALUES (1), (1)")',
        message="table with duplicates"))
    write(os.path.join(versions, "c200_index.py"), revision_text("c200", "c100", index_body, message="index t.x"))
    return project


runs = None
try:
    with PgCluster() as pg:
        pg.sql("CREATE ROLE runner LOGIN PASSWORD 'Truth pw''%7'")
        for db in ("app_test", "app_demo", "race", "killed", "cancel", "lockto", "fulldisk", "frozen", "crash", "conc_tx",
                   "conc_ac", "urlenv", "tools"):
            pg.sql(f"CREATE DATABASE {db} OWNER runner")
        runs = Runs(CLI, pg, PASSWORD)
        cli = runs.cli

        # --- env.py aimed at another database -----------------------------
        elsewhere = runs.copy_project("elsewhere")
        write(os.path.join(elsewhere, "migrations", "env.py"), ENV_FROM_VARIABLE)
        runs.add_profile("apptest", "app_test", project=elsewhere)
        aimed = dict(os.environ, APP_DATABASE_URL=runs.url("app_demo"))
        code, out, err = cli("upgrade", "c3000000000c", "--profile", "apptest", "--yes", project=elsewhere, env=aimed)
        check("env.py aimed elsewhere: refused (21)", code == 21, (code, err[-1500:]))
        check("both databases named, and the variable env.py reads", "app_demo" in err and "app_test" in err
              and "APP_DATABASE_URL" in err, err[-1500:])
        check("neither database was changed", runs.version("app_test") is None and runs.version("app_demo") is None
              and runs.tables("app_test") == [] and runs.tables("app_demo") == [],
              (runs.tables("app_test"), runs.tables("app_demo")))
        check("the journal says refused, wrong database", runs.last_run().get("problem") == "wrong-database",
              runs.last_run())
        code, out, err = cli("sql", "--profile", "apptest", "c3000000000c", project=elsewhere, env=aimed)
        check("the preview says env.py ignores Strata's URL", code == 0 and "does not use the URL Strata passes" in err
              and "app_demo" in err, err[-1000:])
        code, out, err = cli("probe", "--profile", "apptest", project=elsewhere)
        check("probe names where env.py takes its URL", "APP_DATABASE_URL" in out, out)
        code, out, err = cli("upgrade", "c3000000000c", "--profile", "apptest", "--yes", project=elsewhere)
        check("without the variable the same project runs", code == 0 and runs.version("app_test") == ["c3000000000c"],
              (code, err[-800:]))

        # --- the tools that ran it --------------------------------------------
        runs.add_profile("tools", "tools")
        code, out, err = cli("upgrade", "b2000000000b", "--profile", "tools", "--yes", "--json")
        doc = json.loads(out) if out.strip() else {}
        tools = runs.journal_run(doc.get("id", "x")).get("tools", {})
        check("the run records Python, Alembic, SQLAlchemy and the driver", tools.get("alembic", "").startswith("1.")
              and tools.get("sqlalchemy") and tools.get("python") and tools.get("driver", "").startswith("psycopg2"),
              tools)
        check("the run records Alembic's transaction mode", tools.get("transaction_mode") ==
              "one transaction for the whole run", tools)

        # --- a plain alembic upgrade racing a Strata run ------------------
        runs.add_profile("race", "race")
        cli("upgrade", "c3000000000c", "--profile", "race", "--yes")
        ini = os.path.join(runs.work, "race.ini")
        with open(os.path.join(runs.project, "alembic.ini")) as f:
            text = f.read()
        write(ini, text.replace("postgresql://localhost/unused", runs.url("race").replace("%", "%%"))
              .replace("%(here)s", runs.project))
        holder = runs.connect("race")
        holder.cursor().execute("SELECT count(*) FROM accounts")  # plain alembic's last step will wait on it
        plain = subprocess.Popen(["/usr/bin/python3", "-m", "alembic", "-c", ini, "upgrade", MAIN_HEAD], cwd=runs.project,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        waiting = wait_for(lambda: pg.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = 'race' AND "
                                          "wait_event_type = 'Lock'")[0][0] > 0, 30)
        check("the plain alembic run is in the middle of its work", bool(waiting))
        racer = runs.start("upgrade", MAIN_HEAD, "--profile", "race", "--yes")
        wait_for(lambda: pg.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = 'race' AND wait_event_type = "
                                "'Lock' AND application_name LIKE 'strata-run %'")[0][0] > 0, 30)
        holder.rollback()
        holder.close()
        plain_out, plain_err = plain.communicate(timeout=60)
        code, out, err = runs.collect(racer)
        check("the plain run finished", plain.returncode == 0 and runs.version("race") == [MAIN_HEAD],
              (plain.returncode, plain_err[-1500:]))
        check("Strata's run failed", code == 20, (code, err[-1500:]))
        check("the other session was named before the run", "is using the version table" in err, err[-2500:])
        check("its work is not credited to Strata", "another session moved the version table from c3000000000c to "
              + MAIN_HEAD in err and "partly applied" not in err, err[-1500:])
        steps = runs.last_run().get("steps", [])
        check("none of Strata's steps reads done", steps and all(s["state"] != "done" for s in steps), steps)

        # --- Cancel and lock timeout: every step that ran rolled back ------
        for name, extra in (("cancel", ("--lock-timeout", "0")), ("lockto", ("--lock-timeout", "700"))):
            runs.add_profile(name, name, *extra)
            cli("upgrade", "c3000000000c", "--profile", name, "--yes")
            blocker = runs.connect(name)
            blocker.cursor().execute("SELECT count(*) FROM accounts")
            p = runs.start("upgrade", MAIN_HEAD, "--profile", name, "--yes")
            if name == "cancel":
                wait_for(lambda: [r for r in runs.run_backends("cancel") if r[2] == "Lock"], 30)
                p.send_signal(signal.SIGINT)
            code, out, err = runs.collect(p)
            blocker.rollback()
            blocker.close()
            run = runs.last_run()
            states = [s["state"] for s in run.get("steps", [])]
            check(f"{name}: ended as it should", (name == "cancel" and code == 130) or (name == "lockto" and code == 20),
                  (code, err[-800:]))
            check(f"{name}: the database is where it was", runs.version(name) == ["c3000000000c"], runs.version(name))
            check(f"{name}: every step that ran reads rolled back", states == ["rolled back"] * 3, states)
            check(f"{name}: the outcome is the headline", run.get("outcome", "").startswith("nothing was applied"),
                  run.get("outcome"))

        # --- SIGKILL right after the last commit ---------------------------
        runs.add_profile("killed", "killed")
        journal_db = os.path.join(os.environ["XDG_DATA_HOME"], "strata", "journal.sqlite")
        caught = None
        for attempt in range(10):
            pg.sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public AUTHORIZATION runner", "killed")
            p = runs.start("upgrade", MAIN_HEAD, "--profile", "killed", "--yes")
            at_head = wait_for(lambda: runs.version("killed") == [MAIN_HEAD], 30, step=0.002)
            os.kill(p.pid, signal.SIGSTOP)
            # The stopped run may hold the journal's write lock (stopped in the
            # middle of a journal write); then this moment is no good: let it go
            # on and try again.
            con = sqlite3.connect(journal_db, timeout=2)
            try:
                row = con.execute("SELECT id, state FROM runs WHERE profile_name = 'killed' "
                                  "ORDER BY started_at DESC LIMIT 1").fetchone()
            except sqlite3.OperationalError:
                row = None
            finally:
                con.close()
            if at_head and row and row[1] not in FINAL:
                os.kill(p.pid, signal.SIGKILL)
                runs.collect(p)
                caught = row[0]
                break
            os.kill(p.pid, signal.SIGCONT)
            runs.collect(p)
        check("SIGKILL landed after the commit and before the journal's last word", bool(caught))
        if caught:
            run = runs.journal_run(caught)
            check("the killed run is interrupted, its outcome unknown", run.get("state") == "interrupted"
                  and run.get("needs_verification") is True and run.get("outcome", "").startswith("unknown")
                  and "rolled back" not in run.get("outcome", ""), run)
            code, out, err = cli("status", "--profile", "killed")
            check("status verifies it", "verified" in out and caught[:8] in out, out)
            run = runs.journal_run(caught)
            check("the journal now says what happened", run.get("to") == [MAIN_HEAD] and run.get("verified_at")
                  and "the run committed" in run.get("outcome", "") and not run.get("needs_verification"), run)

        # --- the journal's disk fills during a run -------------------------
        runs.add_profile("full", "fulldisk")
        mount = tempfile.mkdtemp(prefix="strata-fulldisk-")
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount], capture_output=True)
        check("a small disk for the journal (tmpfs)", mounted.returncode == 0, mounted.stderr)
        if mounted.returncode == 0:
            small = dict(os.environ, XDG_DATA_HOME=mount)
            cli("upgrade", "c3000000000c", "--profile", "full", "--yes", env=small)
            # The run waits on a forgotten transaction while the disk fills up.
            blocker = runs.connect("fulldisk")
            blocker.cursor().execute("SELECT count(*) FROM accounts")
            p = runs.start("upgrade", MAIN_HEAD, "--profile", "full", "--yes", env=small)
            wait_for(lambda: [r for r in runs.run_backends("fulldisk") if r[2] == "Lock"], 30)
            filler = os.path.join(mount, "filler")
            with open(filler, "wb") as f:
                try:
                    while True:
                        f.write(b"\0" * 65536)
                        f.flush()
                except OSError:
                    pass
            blocker.rollback()
            blocker.close()
            code, out, err = runs.collect(p)
            check("the run itself succeeded", runs.version("fulldisk") == [MAIN_HEAD], runs.version("fulldisk"))
            check("a journal that cannot be written is loud: exit 23", code == 23 and "journal" in err, (code, err[-800:]))
            os.remove(filler)
            code, out, err = cli("status", "--profile", "full", env=small)
            check("the record is completed once the journal can be written", "verified" in out, out + err)
            code, out, err = cli("journal", "--json", env=small)
            last = [r for r in json.loads(out)["runs"] if r["profile"] == "full"][0] if code == 0 else {}
            check("it says what happened", "the run committed" in last.get("outcome", "")
                  and last.get("to") == [MAIN_HEAD], last)
            subprocess.run(["umount", mount])
            code, out, err = runs.cli("downgrade", "e5000000000e", "--profile", "full", "--yes",
                                      env=dict(os.environ, XDG_DATA_HOME="/proc/strata-nowhere"))
            check("a run whose journal cannot be opened is refused (21)", code == 21 and "journal" in err
                  and runs.version("fulldisk") == [MAIN_HEAD], (code, err[-500:]))

        # --- a frozen server, then Cancel -----------------------------------
        runs.add_profile("frozen", "frozen", "--lock-timeout", "0")
        cli("upgrade", "e5000000000e", "--profile", "frozen", "--yes")
        blocker = runs.connect("frozen")
        blocker.cursor().execute("SELECT count(*) FROM accounts")
        p = runs.start("upgrade", MAIN_HEAD, "--profile", "frozen", "--yes")
        wait_for(lambda: [r for r in runs.run_backends("frozen") if r[2] == "Lock"], 30)
        pg.freeze()
        try:
            t0 = time.monotonic()
            p.send_signal(signal.SIGINT)
            try:
                code, out, err = runs.collect(p, timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
                code, out, err = runs.collect(p)
            elapsed = time.monotonic() - t0
        finally:
            pg.thaw()
        blocker.rollback()
        blocker.close()
        check("Cancel ends a run on a frozen server within 3.5 s", elapsed < 3.5, elapsed)
        check("it says the state is unknown and how to verify", code == 130 and "unknown" in err
              and "strata-cli status --profile frozen" in err, (code, err[-1200:]))
        code, out, err = cli("status", "--profile", "frozen")
        check("once the server answers, the run is verified", "verified" in out and "nothing was applied" in out, out)

        # --- CONCURRENTLY ----------------------------------------------------
        conc_tx = concurrently_project(runs, "conc_tx", '    op.create_index("ix_t_x", "t", ["x"], '
                                                        'postgresql_concurrently=True)')
        runs.add_profile("conc_tx", "conc_tx", project=conc_tx)
        code, out, err = cli("sql", "--profile", "conc_tx", "c200", project=conc_tx)
        check("the preview says CONCURRENTLY inside Alembic's transaction cannot succeed", code == 0
              and "error:" in err and "ix_t_x" in err and "autocommit_block" in err, err[-800:])
        code, out, err = cli("upgrade", "c200", "--profile", "conc_tx", "--yes", project=conc_tx)
        check("and the run is refused before anything runs", code == 21 and "cannot succeed" in err
              and runs.version("conc_tx") is None and runs.tables("conc_tx") == [], (code, err[-800:]))
        conc_ac = concurrently_project(runs, "conc_ac", '    with op.get_context().autocommit_block():\n'
                                                        '        op.create_index("ix_t_x", "t", ["x"], unique=True, '
                                                        'postgresql_concurrently=True)')
        runs.add_profile("conc_ac", "conc_ac", project=conc_ac)
        code, out, err = cli("upgrade", "c200", "--profile", "conc_ac", "--yes", project=conc_ac)
        check("with autocommit_block the run starts, and fails on the duplicates", code == 20
              and runs.version("conc_ac") == ["c100"], (code, err[-1500:], runs.version("conc_ac")))
        check("the outcome names the index left INVALID and the way out", "ix_t_x stays behind INVALID" in err
              and "DROP INDEX CONCURRENTLY ix_t_x" in err, err[-1500:])
        run = runs.last_run()
        check("the journal records the autocommit block", run.get("tools", {}).get("autocommit_blocks_in_steps") == [2],
              run.get("tools"))

        # --- the URL in $DATABASE_URL ---------------------------------------
        urlenv = runs.copy_project("urlenv")
        write(os.path.join(urlenv, "migrations", "env.py"), ENV_DATABASE_URL_ONLY)
        runs.add_profile("urlenv", "urlenv", "--url-env", "DATABASE_URL", "--no-url-option", project=urlenv)
        code, out, err = cli("sql", "--profile", "urlenv", "c3000000000c", project=urlenv)
        check("the preview passes the URL the way the profile says", code == 0 and "CREATE TABLE orders" in out,
              (code, err[-800:]))
        code, out, err = cli("upgrade", "c3000000000c", "--profile", "urlenv", "--yes", project=urlenv)
        check("and so does the run, with its full analysis", code == 0 and runs.version("urlenv") == ["c3000000000c"]
              and "could not produce the offline SQL" not in err, (code, err[-800:]))

        # --- the server killed mid-run ---------------------------------------
        runs.add_profile("crash", "crash")
        cli("upgrade", "c3000000000c", "--profile", "crash", "--yes")
        p = runs.start("upgrade", MAIN_HEAD, "--profile", "crash", "--yes")
        wait_for(lambda: runs.run_backends("crash"), 30, step=0.01)
        time.sleep(0.2)
        pg.stop("immediate")
        code, out, err = runs.collect(p)
        check("the server killed mid-run: unknown, not 'partly applied'", code == 20 and "unknown" in err
              and "partly applied" not in err and "to ?" not in err, (code, err[-1200:]))
        pg.start()
        code, out, err = cli("status", "--profile", "crash")
        check("verified once the server is back: nothing was applied", "verified" in out and "nothing was applied" in out
              and runs.version("crash") == ["c3000000000c"], out)

    # --- no secret anywhere -------------------------------------------------
    leaked = [o for o in runs.outputs if PASSWORD in o or "Truth%20pw" in o]
    check("the password is in no output", not leaked, leaked[:1])
finally:
    if runs:
        runs.cleanup()
finish()
