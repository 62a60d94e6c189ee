#!/usr/bin/python3
"""MariaDB as a real server (issue "MySQL/MariaDB"), started by the test
(Debian's mariadbd in a temp dir on a free port), with real Alembic
(PyMySQL) and the real keyring (under with_keyring.sh):

- status classes: a new empty database, behind, up to date, unversioned,
  a revision the scripts do not know, a wrong password;
- a multi-step upgrade, read back from the version table, journaled;
- the run lock (GET_LOCK) held by another connection: refused, holder named;
- a session holding a metadata lock: the run gives up after the profile's
  lock_wait_timeout and says nothing was applied;
- a failing step whose first statement committed (DDL commits implicitly):
  the outcome says so, the version table stays where it was;
- read-only and production rules."""
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import check, finish  # noqa: E402
from mariadb_cluster import MariaDbCluster  # noqa: E402

CLI = sys.argv[1]
PY = "/usr/bin/python3"
HERE = os.path.dirname(os.path.abspath(__file__))
PASSWORD = "Maria pw'%5"
outputs = []


def cli(*args, project=None, stdin=None, timeout=120):
    p = subprocess.run([CLI, "--project", project, "--python", PY, *args], input=stdin, capture_output=True, text=True,
                       timeout=timeout)
    outputs.append(p.stdout + p.stderr)
    return p.returncode, p.stdout, p.stderr


work = None
try:
    with MariaDbCluster() as m:
        for db in ("app", "fresh", "legacy", "odd", "prod"):
            m.sql(f"CREATE DATABASE {db}")
        m.sql("CREATE USER runner@'%' IDENTIFIED BY 'Maria pw''%5'; GRANT ALL ON *.* TO runner@'%'")
        import tempfile
        work = tempfile.mkdtemp(prefix="strata-mariadb-test-")
        project = os.path.join(work, "p")
        shutil.copytree(os.path.join(HERE, "projects", "mariadb"), project)

        def add_profile(name, db, *extra):
            code, _, err = cli("profiles", "add", name, "--driver", "mysql", "--host", "127.0.0.1", "--port",
                               str(m.port), "--database", db, "--user", "runner", "--project", project, *extra,
                               project=project)
            assert code == 0, err
            code, _, err = cli("profiles", "set-password", name, stdin=PASSWORD + "\n", project=project)
            assert code == 0, err

        def version(db):
            if not m.sql(f"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{db}' AND "
                         "table_name = 'alembic_version'")[0][0]:
                return None
            return sorted(r[0] for r in m.sql("SELECT version_num FROM alembic_version", db))

        def status(name):
            code, out, err = cli("status", "--profile", name, "--json", project=project, timeout=60)
            doc = json.loads(out) if out.strip().startswith("{") else {}
            envs = doc.get("environments", [])
            return code, (envs[0] if envs else {}), out + err

        for name in ("app", "fresh", "legacy", "odd"):
            add_profile(name, name)
        add_profile("prod", "prod", "--kind", "production")
        add_profile("ro", "fresh", "--read-only")  # (fresh is only read: a read-only alias makes it read-only too)

        # --- status classes ----------------------------------------------------------
        code, env, text = status("fresh")
        check("a new empty MariaDB database: everything pending (exit 10)", code == 10 and env.get("pending"), text[-800:])
        check("the server is MariaDB, read from the server itself",
              "MariaDB" in env.get("identity", {}).get("server_version", ""), env)
        m.sql("CREATE TABLE things (id INT PRIMARY KEY)", "legacy")
        code, env, text = status("legacy")
        check("tables but no version table: unversioned (exit 11)", code == 11 and env.get("state") == "unversioned",
              text[-800:])
        m.sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY); "
              "INSERT INTO alembic_version VALUES ('fedcba987654')", "odd")
        code, env, text = status("odd")
        check("a revision the scripts do not know (exit 13)", code == 13 and env.get("state") == "unknown-revision",
              text[-800:])

        # --- a multi-step upgrade -------------------------------------------------------
        code, out, err = cli("upgrade", "m200", "--profile", "app", "--yes", project=project)
        check("upgrade to m200 on MariaDB succeeds", code == 0 and version("app") == ["m200"], (code, out, err[-1500:]))
        check("the steps are reported done, read back", "applied 2 step(s)" in err + out, err[-800:])
        code, env, text = status("app")
        check("status: behind by 1 (exit 10)", code == 10 and env.get("state") == "behind", text[-600:])
        code, out, err = cli("upgrade", "head", "--profile", "app", "--yes", project=project)
        code2, env, text = status("app")
        check("up to date after the next upgrade (exit 0)", code == 0 and code2 == 0 and env.get("state") == "up-to-date",
              (code, err[-800:], text[-400:]))

        # --- a version table in another database (Alembic's version_table_schema) ------------
        m.sql("CREATE DATABASE meta; CREATE DATABASE split")
        split = os.path.join(work, "split")
        shutil.copytree(os.path.join(HERE, "projects", "mariadb"), split)
        env_py = os.path.join(split, "migrations", "env.py")
        with open(env_py) as f:
            text = f.read()
        with open(env_py, "w") as f:
            f.write(text.replace("context.configure(connection=connection, target_metadata=target_metadata)",
                                 'context.configure(connection=connection, target_metadata=target_metadata, '
                                 'version_table_schema="meta")'))
        code, _, err = cli("profiles", "add", "split", "--driver", "mysql", "--host", "127.0.0.1", "--port", str(m.port),
                           "--database", "split", "--user", "runner", "--version-table-schema", "meta", "--project",
                           split, project=split)
        cli("profiles", "set-password", "split", stdin=PASSWORD + "\n", project=split)
        code, out, err = cli("upgrade", "head", "--profile", "split", "--yes", project=split)
        rows = m.sql("SELECT version_num FROM meta.alembic_version")
        check("a run records its revision in the other database's version table",
              code == 0 and [r[0] for r in rows] == ["m300"] and version("split") is None, (code, rows, err[-1000:]))
        code, out, err = cli("status", "--profile", "split", "--json", project=split)
        env = (json.loads(out).get("environments") or [{}])[0] if out.strip().startswith("{") else {}
        check("status reads meta.alembic_version: up to date", code == 0 and env.get("state") == "up-to-date"
              and env.get("current") == ["m300"], (code, out[-800:]))

        # --- the run lock ------------------------------------------------------------------
        holder = m.connect("app")
        with holder.cursor() as cur:
            cur.execute("SELECT GET_LOCK('strata-run:app.alembic_version', 0)")
            holder_id = m.sql("SELECT 1")  # keeps the lock's connection open
            cur.execute("SELECT CONNECTION_ID()")
            holder_id = cur.fetchone()[0]
        code, out, err = cli("downgrade", "m200", "--profile", "app", "--yes", project=project)
        check("a second run while the run lock is held is refused (21), the holder named",
              code == 21 and f"connection {holder_id}" in err and version("app") == ["m300"], (code, err[-800:]))
        holder.close()

        # --- a metadata lock held by an open transaction ------------------------------------
        code, _, err = cli("profiles", "edit", "app", "--lock-timeout", "2000", project=project)
        write_path = os.path.join(project, "migrations", "versions", "m400.py")
        with open(os.path.join(project, "migrations", "versions", "m300.py")) as f:
            template = f.read()
        with open(write_path, "w") as f:
            f.write(template.replace('"m300"', '"m400"').replace('"m200"', '"m300"').replace("Revision ID: m300",
                    "Revision ID: m400").replace("Revises: m200", "Revises: m300")
                    .replace('''    op.create_table("orders", sa.Column("id", sa.Integer, primary_key=True),
                    sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id")))''',
                             '    op.add_column("accounts", sa.Column("phone", sa.String(20)))')
                    .replace('    op.drop_table("orders")', '    op.drop_column("accounts", "phone")'))
        reader = m.connect("app", autocommit=False)
        with reader.cursor() as cur:
            cur.execute("SELECT count(*) FROM accounts")  # holds a shared metadata lock until the transaction ends
        started = time.monotonic()
        code, out, err = cli("upgrade", "m400", "--profile", "app", "--yes", project=project, timeout=90)
        took = time.monotonic() - started
        reader.rollback()
        reader.close()
        columns = [r[0] for r in m.sql("SELECT column_name FROM information_schema.columns WHERE table_schema = 'app' "
                                       "AND table_name = 'accounts'")]
        check("behind an open transaction's metadata lock the run gives up after lock_wait_timeout (20)",
              code == 20 and took < 30 and "Lock wait timeout" in err, (code, took, err[-1200:]))
        check("nothing was applied, and it says so", version("app") == ["m300"] and "phone" not in columns
              and "nothing was applied" in err, (version("app"), columns, err[-800:]))
        # --- waiting on it, named; Cancel makes the server stop (KILL QUERY) -----------------
        code, _, err = cli("profiles", "edit", "app", "--lock-timeout", "60000", project=project)
        reader = m.connect("app", autocommit=False)
        with reader.cursor() as cur:
            cur.execute("SELECT CONNECTION_ID()")
            reader_id = cur.fetchone()[0]
            cur.execute("SELECT count(*) FROM accounts")
        p = subprocess.Popen([CLI, "--project", project, "--python", PY, "upgrade", "m400", "--profile", "app", "--yes"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        lines = []
        reader_thread = threading.Thread(target=lambda: lines.extend(iter(p.stderr.readline, "")), daemon=True)
        reader_thread.start()
        named = None
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline and named is None:
            named = next((line for line in list(lines) if "waiting on" in line), None)
            time.sleep(0.1)
        check("while it waits for the metadata lock, the run names the session it waits on",
              named is not None and f"{reader_id}" in named, "".join(lines)[-1500:])
        sent = time.monotonic()
        p.send_signal(signal.SIGINT)
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()
        took = time.monotonic() - sent
        reader_thread.join(timeout=5)
        out = p.stdout.read()
        outputs.append(out + "".join(lines))
        waiting = m.sql("SELECT count(*) FROM information_schema.PROCESSLIST WHERE STATE LIKE '%metadata lock%'")[0][0]
        reader.rollback()
        reader.close()
        check("Ctrl-C cancels the waiting run within the grace (exit 130)", p.returncode == 130 and took < 8,
              (p.returncode, took, "".join(lines)[-1200:]))
        check("the server stopped the ALTER (no session still waits), nothing applied",
              waiting == 0 and version("app") == ["m300"], (waiting, version("app")))

        code, out, err = cli("upgrade", "m400", "--profile", "app", "--yes", project=project)
        check("without the reader the same upgrade succeeds", code == 0 and version("app") == ["m400"], err[-800:])

        # --- the lock view: who blocks whom; cancel and terminate ------------------------------
        reader = m.connect("app", autocommit=False)
        with reader.cursor() as cur:
            cur.execute("SELECT CONNECTION_ID()")
            reader_id = cur.fetchone()[0]
            cur.execute("SELECT count(*) FROM accounts")
        waiter = m.connect("app")
        with waiter.cursor() as cur:
            cur.execute("SELECT CONNECTION_ID()")
            waiter_id = cur.fetchone()[0]
        waiter_error = []

        def alter():
            try:
                with waiter.cursor() as c:
                    c.execute("SET SESSION lock_wait_timeout = 60")
                    c.execute("ALTER TABLE accounts ADD COLUMN fax VARCHAR(20)")
            except Exception as e:  # noqa: BLE001 - the error is what is checked
                waiter_error.append(str(e))
        t = threading.Thread(target=alter, daemon=True)
        t.start()
        time.sleep(1.0)
        code, out, err = cli("locks", "--profile", "app", "--json", project=project)
        doc = json.loads(out) if out.strip().startswith("{") else {}
        tree = doc.get("blocking_tree", [])
        check("the lock view roots the waiting ALTER under the open transaction",
              any(n["pid"] == reader_id and any(w["pid"] == waiter_id for w in n.get("waiters", [])) for n in tree),
              (code, tree, err[-500:]))
        check("the reader is listed idle in transaction", reader_id in doc.get("idle_in_transaction", []),
              doc.get("idle_in_transaction"))
        code, out, err = cli("locks", "--profile", "app", project=project)
        check("the text view shows the chain", f"pid {reader_id}" in out and "└─" in out, out[-1200:])
        code, out, err = cli("cancel-backend", str(waiter_id), "--profile", "app", "--yes", project=project)
        t.join(timeout=10)
        check("cancel-backend stops the waiting ALTER (KILL QUERY)", code == 0 and waiter_error
              and "interrupted" in waiter_error[0].lower(), (code, out, err[-500:], waiter_error))
        code, out, err = cli("terminate-backend", str(reader_id), "--profile", "app", "--yes", project=project)
        gone = m.sql(f"SELECT count(*) FROM information_schema.PROCESSLIST WHERE ID = {reader_id}")[0][0] == 0
        check("terminate-backend ends the idle transaction's session (KILL)", code == 0 and gone, (code, out, err[-500:]))
        for c in (reader, waiter):
            try:
                c.close()
            except Exception:  # noqa: BLE001 - the server already closed it
                pass

        # --- a failing step whose first statement committed ---------------------------------
        with open(os.path.join(project, "migrations", "versions", "m500.py"), "w") as f:
            f.write('''"""a step that fails half-way

Revision ID: m500
Revises: m400
"""
from alembic import op
import sqlalchemy as sa

revision = "m500"
down_revision = "m400"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("scratch", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO no_such_table VALUES (1)")


def downgrade():
    op.drop_table("scratch")
''')
        code, out, err = cli("upgrade", "m500", "--profile", "app", "--yes", "--json", project=project)
        record = json.loads(out) if out.strip().startswith("{") else {}
        tables = [r[0] for r in m.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'app'")]
        check("the failing step fails the run (20), the version table stays at m400",
              code == 20 and version("app") == ["m400"], (code, err[-1200:]))
        check("the table the step created before failing is still there (DDL commits on MariaDB)", "scratch" in tables,
              tables)
        check("the outcome says half-applied and names exactly what stayed, not a clean rollback",
              "nothing was applied" not in record.get("outcome", "") and "half-applied" in record.get("outcome", "")
              and "table scratch was created and stays" in record.get("outcome", "") and record.get("state") == "failed",
              record.get("outcome"))
        steps = record.get("steps", [])
        check("the failed step reads failed, not rolled back", steps and steps[-1].get("state") == "failed", steps)

        code, out, err = cli("doctor", "--profile", "app", "--json", project=project, timeout=120)
        doc = json.loads(out) if out.strip().startswith("{") else {}
        half = [d for d in doc.get("diagnoses", []) if d["code"] == "half-applied"]
        check("the doctor finds the half-applied step, with what stayed as evidence",
              half and any("scratch" in e["fact"] for e in half[0]["evidence"]), (code, out[-1500:], err[-500:]))

        # --- read-only and production -----------------------------------------------------------
        code, out, err = cli("upgrade", "head", "--profile", "ro", "--yes", project=project)
        check("a read-only profile is refused (21)", code == 21 and "read-only" in err, err[-500:])
        code, out, err = cli("upgrade", "m100", "--profile", "prod", "--yes", project=project)
        check("production without the typed name is refused (21)", code == 21 and version("prod") is None, err[-500:])
        code, out, err = cli("upgrade", "m100", "--profile", "prod", "--yes", "--confirm-database", "prod",
                             project=project)
        check("production with the typed name runs", code == 0 and version("prod") == ["m100"], err[-800:])

        leaked = [o for o in outputs if PASSWORD in o]
        check("no output shows the password", not leaked)
finally:
    if work:
        shutil.rmtree(work, ignore_errors=True)
finish()
