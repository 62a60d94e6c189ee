#!/usr/bin/python3
"""Runs, run locks, lock waits, Cancel, the lock view and the truth of a
failed step, the same scenarios on two real servers the test starts itself:
PostgreSQL and MariaDB (Debian's server binaries, temp dirs, free ports), with
real Alembic (psycopg2, PyMySQL) and the real keyring (under with_keyring.sh).
Where the engines differ, the expectation says how (DDL is transactional on
PostgreSQL and commits on its own on MariaDB):

- a multi-step upgrade, behind, then up to date;
- a version table in another schema (PostgreSQL) or database (MariaDB);
- a session holding the table: the run gives up after the profile's lock
  timeout and says nothing was applied;
- with a long lock timeout the run names the session it waits on; a second
  run meanwhile is refused with the run lock's holder named; Ctrl-C makes the
  server stop the waiting statement within the grace;
- the lock view's chain (open transaction -> ALTER -> a later statement on
  the table), cancel-backend and terminate-backend;
- a step that fails after its first statement: rolled back on PostgreSQL,
  half-applied on MariaDB with exactly what stayed (and the doctor says so);
- read-only and production rules."""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import check, finish  # noqa: E402
from mariadb_cluster import MariaDbCluster  # noqa: E402
from pg_cluster import PgCluster  # noqa: E402
from run_helpers import revision_text  # noqa: E402

CLI = sys.argv[1]
PY = "/usr/bin/python3"
HERE = os.path.dirname(os.path.abspath(__file__))
PASSWORD = "Engine pw'%5"
outputs = []

M400 = revision_text("m400", "m300", '    op.add_column("accounts", sa.Column("phone", sa.String(20)))',
                     '    op.drop_column("accounts", "phone")', message="accounts.phone")

M500 = revision_text("m500", "m400", '    op.create_table("scratch", sa.Column("id", sa.Integer, primary_key=True))\n'
                     '    op.execute("INSERT INTO no_such_table VALUES (1)")', '    op.drop_table("scratch")',
                     message="a step that fails half-way")


M550 = revision_text("m550", "m400", """    op.execute("UPDATE accounts SET name = 'alicia' WHERE name = 'alice'")""",
                     """    op.execute("UPDATE accounts SET name = 'alice' WHERE name = 'alicia'")""", message="rename alice")


class Postgres:
    name, driver = "postgresql", "postgresql"
    transactional_ddl = True
    lock_timeout_text = "lock timeout"
    cancelled_text = "canceling statement"
    sleep_sql = "SELECT pg_sleep(5)"
    statement_timeout_text = "statement timeout"

    def __init__(self, pg):
        self.pg, self.port = pg, pg.port
        pg.sql("CREATE ROLE runner LOGIN CREATEDB PASSWORD 'Engine pw''%5'")

    def create_db(self, db):
        self.pg.sql(f"CREATE DATABASE {db} OWNER runner")

    def other_schema(self, db):
        self.pg.sql("CREATE SCHEMA meta AUTHORIZATION runner", db)
        return "meta.alembic_version"

    def sql(self, statement, db):
        return self.pg.sql(statement, db) or []

    def connect(self, db, autocommit=True):
        import psycopg2
        conn = psycopg2.connect(host="127.0.0.1", port=self.port, user="runner", password=PASSWORD, dbname=db)
        conn.autocommit = autocommit
        return conn

    def conn_id(self, conn):
        return conn.get_backend_pid()

    def version(self, db, table="alembic_version"):
        if not self.sql(f"SELECT to_regclass('{table}')", db)[0][0]:
            return None
        return sorted(r[0] for r in self.sql(f"SELECT version_num FROM {table}", db))

    def tables(self, db):
        return sorted(r[0] for r in self.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", db))

    def columns(self, db, table):
        return [r[0] for r in self.sql(f"SELECT column_name FROM information_schema.columns WHERE table_name = "
                                       f"'{table}'", db)]

    def waiting_statements(self, db):
        return self.sql(f"SELECT count(*) FROM pg_stat_activity WHERE datname = '{db}' AND wait_event_type = 'Lock'",
                        "postgres")[0][0]


class MariaDb:
    name, driver = "mariadb", "mysql"
    transactional_ddl = False
    lock_timeout_text = "Lock wait timeout"
    cancelled_text = "interrupted"
    sleep_sql = "SELECT SLEEP(5) FROM accounts"
    statement_timeout_text = "max_statement_time"

    def __init__(self, m):
        self.m, self.port = m, m.port
        m.sql("CREATE USER runner@'%' IDENTIFIED BY 'Engine pw''%5'; GRANT ALL ON *.* TO runner@'%'")

    def create_db(self, db):
        self.m.sql(f"CREATE DATABASE {db}")

    def other_schema(self, db):
        self.m.sql("CREATE DATABASE IF NOT EXISTS meta")
        return "meta.alembic_version"

    def sql(self, statement, db):
        return self.m.sql(statement, db)

    def connect(self, db, autocommit=True):
        return self.m.connect(db, user="runner", password=PASSWORD, autocommit=autocommit)

    def conn_id(self, conn):
        with conn.cursor() as cur:
            cur.execute("SELECT CONNECTION_ID()")
            return cur.fetchone()[0]

    def version(self, db, table="alembic_version"):
        schema, _, name = table.rpartition(".")
        if not self.m.sql(f"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{schema or db}' AND "
                          f"table_name = '{name}'")[0][0]:
            return None
        return sorted(r[0] for r in self.m.sql(f"SELECT version_num FROM {table}", db))

    def tables(self, db):
        return sorted(r[0] for r in self.m.sql(f"SELECT table_name FROM information_schema.tables WHERE "
                                               f"table_schema = '{db}'"))

    def columns(self, db, table):
        return [r[0] for r in self.m.sql(f"SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                         f"'{db}' AND table_name = '{table}'")]

    def waiting_statements(self, db):
        return self.m.sql("SELECT count(*) FROM information_schema.PROCESSLIST WHERE STATE LIKE '%metadata lock%'")[0][0]


def cli(*args, project, stdin=None, timeout=120):
    p = subprocess.run([CLI, "--project", project, "--python", PY, *args], input=stdin, capture_output=True, text=True,
                       timeout=timeout)
    outputs.append(p.stdout + p.stderr)
    return p.returncode, p.stdout, p.stderr


def start(*args, project):
    """strata-cli in the background, its stderr lines collected as they come."""
    p = subprocess.Popen([CLI, "--project", project, "--python", PY, *args], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    lines = []
    t = threading.Thread(target=lambda: lines.extend(iter(p.stderr.readline, "")), daemon=True)
    t.start()
    return p, lines, t


def wait_for_line(lines, text, timeout=40):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = next((line for line in list(lines) if text in line), None)
        if found:
            return found
        time.sleep(0.05)
    return None


def scenarios(e, work):
    n = e.name
    project = os.path.join(work, n)
    shutil.copytree(os.path.join(HERE, "projects", "mariadb"), project)
    for db in ("app", "prod", "split", "rodb"):
        e.create_db(db)

    def add_profile(name, db, *extra, proj=project):
        code, _, err = cli("profiles", "add", name, "--driver", e.driver, "--host", "127.0.0.1", "--port", str(e.port),
                           "--database", db, "--user", "runner", "--project", proj, *extra, project=proj)
        assert code == 0, err
        code, _, err = cli("profiles", "set-password", name, stdin=PASSWORD + "\n", project=proj)
        assert code == 0, err

    def status(name, proj=project):
        code, out, err = cli("status", "--profile", name, "--json", project=proj, timeout=60)
        doc = json.loads(out) if out.strip().startswith("{") else {}
        return code, (doc.get("environments") or [{}])[0], out + err

    add_profile(f"{n}-app", "app")
    add_profile(f"{n}-prod", "prod", "--kind", "production")
    add_profile(f"{n}-ro", "rodb", "--read-only")
    app = f"{n}-app"

    # --- a multi-step upgrade ---------------------------------------------------------------
    code, out, err = cli("upgrade", "m200", "--profile", app, "--yes", project=project)
    check(f"{n}: upgrade to m200 succeeds, read back", code == 0 and e.version("app") == ["m200"]
          and "applied 2 step(s)" in err + out, (code, err[-1200:]))
    code, env, text = status(app)
    check(f"{n}: behind by 1 (exit 10)", code == 10 and env.get("state") == "behind", text[-600:])
    code, out, err = cli("upgrade", "head", "--profile", app, "--yes", project=project)
    code2, env, text = status(app)
    check(f"{n}: up to date after the next upgrade", code == 0 and code2 == 0 and env.get("state") == "up-to-date",
          (code, err[-800:], text[-400:]))

    # --- a version table in another schema (MariaDB: another database) --------------------------
    split = os.path.join(work, n + "-split")
    shutil.copytree(os.path.join(HERE, "projects", "mariadb"), split)
    table = e.other_schema("split")
    env_py = os.path.join(split, "migrations", "env.py")
    with open(env_py) as f:
        text = f.read()
    with open(env_py, "w") as f:
        f.write(text.replace("context.configure(connection=connection, target_metadata=target_metadata)",
                             'context.configure(connection=connection, target_metadata=target_metadata, '
                             'version_table_schema="meta")'))
    add_profile(f"{n}-split", "split", "--version-table-schema", "meta", proj=split)
    code, out, err = cli("upgrade", "head", "--profile", f"{n}-split", "--yes", project=split)
    check(f"{n}: a run records its revision in {table}", code == 0 and e.version("split", table) == ["m300"]
          and e.version("split") is None, (code, err[-1000:]))
    code, env, text = status(f"{n}-split", proj=split)
    check(f"{n}: status reads {table}: up to date", code == 0 and env.get("current") == ["m300"], text[-600:])

    # --- a session holding the table: the lock timeout ends the wait ------------------------------
    with open(os.path.join(project, "migrations", "versions", "m400.py"), "w") as f:
        f.write(M400)
    cli("profiles", "edit", app, "--lock-timeout", "2000", project=project)
    reader = e.connect("app", autocommit=False)
    reader.cursor().execute("SELECT count(*) FROM accounts")  # held until the transaction ends
    started = time.monotonic()
    code, out, err = cli("upgrade", "m400", "--profile", app, "--yes", project=project, timeout=90)
    took = time.monotonic() - started
    reader.rollback()
    reader.close()
    check(f"{n}: behind a session holding the table the run gives up after the lock timeout (20)",
          code == 20 and took < 30 and e.lock_timeout_text in err, (code, took, err[-1200:]))
    check(f"{n}: nothing was applied, and it says so", e.version("app") == ["m300"]
          and "phone" not in e.columns("app", "accounts") and "nothing was applied" in err, err[-800:])
    check(f"{n}: the cause in one sentence, then the next steps",
          "cause: Gave up after lock_timeout 2.0 s waiting for " in err
          and f"next: Show the locks: strata-cli locks --profile {app}" in err
          and f"next: Run again: strata-cli upgrade m400 --profile {app}" in err, err[-1200:])

    # --- waiting, named; a second run refused; Ctrl-C -------------------------------------------------
    cli("profiles", "edit", app, "--lock-timeout", "60000", project=project)
    reader = e.connect("app", autocommit=False)
    reader_id = e.conn_id(reader)
    reader.cursor().execute("SELECT count(*) FROM accounts")
    p, lines, t = start("upgrade", "m400", "--profile", app, "--yes", project=project)
    named = wait_for_line(lines, "waiting on")
    check(f"{n}: while it waits, the run names the session it waits on", named and str(reader_id) in named,
          "".join(lines)[-1500:])
    code, out, err = cli("upgrade", "m400", "--profile", app, "--yes", project=project)
    check(f"{n}: a second run meanwhile is refused (21), the run lock's holder named",
          code == 21 and "run lock" in err and ("connection" in err or "session" in err or "pid" in err), err[-600:])
    sent = time.monotonic()
    p.send_signal(signal.SIGINT)
    try:
        p.wait(timeout=30)
    except subprocess.TimeoutExpired:
        p.kill()
    took = time.monotonic() - sent
    t.join(timeout=5)
    outputs.append(p.stdout.read() + "".join(lines))
    still = e.waiting_statements("app")
    reader.rollback()
    reader.close()
    check(f"{n}: Ctrl-C cancels the waiting run within the grace (130)", p.returncode == 130 and took < 8,
          (p.returncode, took, "".join(lines)[-1200:]))
    check(f"{n}: the server stopped the statement, nothing applied", still == 0 and e.version("app") == ["m300"],
          (still, e.version("app")))

    # --- the lock view --------------------------------------------------------------------------------
    holder = e.connect("app", autocommit=False)
    holder_id = e.conn_id(holder)
    holder.cursor().execute("SELECT count(*) FROM accounts")
    waiter, queued = e.connect("app"), e.connect("app")
    waiter_id, queued_id = e.conn_id(waiter), e.conn_id(queued)
    errors = {}

    def run(conn, key, statements):
        try:
            cur = conn.cursor()
            for s in statements:
                cur.execute(s)
            errors[key] = "ok"
        except Exception as exc:  # noqa: BLE001 - the error is what is checked
            errors[key] = str(exc)
    long_wait = "SET lock_timeout = '60s'" if e.transactional_ddl else "SET SESSION lock_wait_timeout = 60"
    tw = threading.Thread(target=run, args=(waiter, "waiter", [long_wait, "ALTER TABLE accounts ADD COLUMN fax "
                                                                          "VARCHAR(20)"]), daemon=True)
    tw.start()
    time.sleep(0.5)
    tq = threading.Thread(target=run, args=(queued, "queued", [long_wait, "SELECT count(*) FROM accounts"]), daemon=True)
    tq.start()
    time.sleep(0.8)
    code, out, err = cli("locks", "--profile", app, "--json", project=project)
    doc = json.loads(out) if out.strip().startswith("{") else {}

    def chain(tree):
        return [(node["pid"], chain(node["waiters"])) for node in tree]
    tree = chain(doc.get("blocking_tree", []))
    check(f"{n}: the chain: open transaction -> ALTER -> the statement queued behind it",
          tree == [(holder_id, [(waiter_id, [(queued_id, [])])])], (tree, holder_id, waiter_id, queued_id))
    check(f"{n}: the holder is idle in transaction", holder_id in doc.get("idle_in_transaction", []),
          doc.get("idle_in_transaction"))
    code, out, err = cli("cancel-backend", str(waiter_id), "--profile", app, "--yes", project=project)
    tw.join(timeout=10)
    tq.join(timeout=10)
    check(f"{n}: cancel-backend stops the waiting ALTER", code == 0 and e.cancelled_text in errors.get("waiter", "").lower()
          .replace("Canceling", "canceling"), (code, err[-400:], errors))
    check(f"{n}: the queued statement then runs", errors.get("queued") == "ok", errors)
    code, out, err = cli("terminate-backend", str(holder_id), "--profile", app, "--yes", project=project)
    time.sleep(0.3)
    check(f"{n}: terminate-backend ends the idle transaction's session", code == 0 and "rolled back" in err
          and holder_id not in [s["pid"] for s in json.loads(cli("locks", "--profile", app, "--json",
                                                                    project=project)[1]).get("sessions", [])],
          (code, out, err[-400:]))
    for c in (holder, waiter, queued):
        try:
            c.close()
        except Exception:  # noqa: BLE001 - the server already closed it
            pass

    # --- a step that fails after its first statement ------------------------------------------------
    code, out, err = cli("upgrade", "m400", "--profile", app, "--yes", project=project)
    check(f"{n}: without the reader the upgrade to m400 succeeds", code == 0 and e.version("app") == ["m400"],
          err[-800:])
    with open(os.path.join(project, "migrations", "versions", "m500.py"), "w") as f:
        f.write(M500)
    code, out, err = cli("upgrade", "m500", "--profile", app, "--yes", "--json", project=project)
    record = json.loads(out) if out.strip().startswith("{") else {}
    outcome = record.get("outcome", "")
    steps = record.get("steps", [])
    check(f"{n}: the failing step fails the run (20), the version table stays at m400",
          code == 20 and e.version("app") == ["m400"] and record.get("state") == "failed", (code, err[-1200:]))
    if e.transactional_ddl:
        check(f"{n}: DDL is transactional: the table is gone, the step rolled back", "scratch" not in e.tables("app")
              and "nothing was applied" in outcome and steps and steps[-1].get("state") == "rolled back",
              (outcome, steps))
    else:
        check(f"{n}: DDL committed on its own: half-applied, exactly what stayed named, the step failed",
              "scratch" in e.tables("app") and "half-applied" in outcome and "table scratch was created and stays"
              in outcome and "nothing was applied" not in outcome and steps and steps[-1].get("state") == "failed",
              (outcome, steps))
    code, out, err = cli("doctor", "--profile", app, "--json", project=project, timeout=120)
    doc = json.loads(out) if out.strip().startswith("{") else {}
    half = [d for d in doc.get("diagnoses", []) if d["code"] == "half-applied"]
    if e.transactional_ddl:
        check(f"{n}: the doctor sees a failed migration, not a half-applied one",
              not half and any(d["code"] == "failed-migration" for d in doc.get("diagnoses", [])),
              [d["code"] for d in doc.get("diagnoses", [])])
    else:
        check(f"{n}: the doctor finds the half-applied step, with what stayed as evidence",
              half and any("scratch" in ev["fact"] for ev in half[0]["evidence"]), out[-1500:])

    # --- a row lock (InnoDB / PostgreSQL row locks): named while waiting, cancelled ------------------
    os.remove(os.path.join(project, "migrations", "versions", "m500.py"))
    with open(os.path.join(project, "migrations", "versions", "m550.py"), "w") as f:
        f.write(M550)
    locker = e.connect("app", autocommit=False)
    locker_id = e.conn_id(locker)
    locker.cursor().execute("SELECT * FROM accounts WHERE name = 'alice' FOR UPDATE")
    p, lines, t = start("upgrade", "m550", "--profile", app, "--yes", project=project)
    named = wait_for_line(lines, "waiting on")
    check(f"{n}: a run waiting on a row lock names the transaction holding it", named and str(locker_id) in named,
          "".join(lines)[-1200:])
    p.send_signal(signal.SIGINT)
    try:
        p.wait(timeout=30)
    except subprocess.TimeoutExpired:
        p.kill()
    t.join(timeout=5)
    outputs.append(p.stdout.read() + "".join(lines))
    locker.rollback()
    locker.close()
    names = [r[0] for r in e.sql("SELECT name FROM accounts", "app")]
    check(f"{n}: cancelled (130), the row untouched", p.returncode == 130 and "alice" in names
          and e.version("app") == ["m400"], (p.returncode, names, "".join(lines)[-800:]))

    # --- the statement timeout reaches env.py's connections ----------------------------------------------
    m560 = revision_text("m560", "m550", f'    op.execute("{e.sleep_sql}")', message="a long statement")
    with open(os.path.join(project, "migrations", "versions", "m560.py"), "w") as f:
        f.write(m560)
    cli("profiles", "edit", app, "--statement-timeout", "1000", project=project)
    code, out, err = cli("upgrade", "m560", "--profile", app, "--yes", project=project, timeout=60)
    check(f"{n}: the profile's statement timeout stops a long statement in the migration (20)",
          code == 20 and e.statement_timeout_text in err and e.version("app") in (["m400"], ["m550"]),
          (code, err[-1000:]))
    cli("profiles", "edit", app, "--statement-timeout", "0", project=project)

    # --- read-only and production -----------------------------------------------------------------------
    code, out, err = cli("upgrade", "head", "--profile", f"{n}-ro", "--yes", project=project)
    check(f"{n}: a read-only profile is refused (21)", code == 21 and "read-only" in err, err[-500:])
    code, out, err = cli("upgrade", "m100", "--profile", f"{n}-prod", "--yes", project=project)
    check(f"{n}: production without the typed name is refused (21)", code == 21 and e.version("prod") is None,
          err[-500:])
    code, out, err = cli("upgrade", "m100", "--profile", f"{n}-prod", "--yes", "--confirm-database", "prod",
                         project=project)
    check(f"{n}: production with the typed name runs", code == 0 and e.version("prod") == ["m100"], err[-800:])


work = tempfile.mkdtemp(prefix="strata-engines-")
try:
    with PgCluster() as pg:
        scenarios(Postgres(pg), work)
    with MariaDbCluster() as m:
        scenarios(MariaDb(m), work)
    leaked = [o for o in outputs if PASSWORD in o]
    check("no output shows the password", not leaked)
finally:
    shutil.rmtree(work, ignore_errors=True)
finish()
