#!/usr/bin/python3
"""Schema truth (issue "schema truth"), against a real PostgreSQL cluster, real
Alembic and the real keyring (under with_keyring.sh):

- a rehearsal finds the failing step of a plan (a DROP CONSTRAINT of a
  constraint that does not exist; ALTER COLUMN ... TYPE integer over rows
  holding '' with their count) and leaves the database exactly as it was
  (pg_dump --schema-only before and after, and the version table);
- the lock trace of ADD COLUMN ... DEFAULT now() and of an FK column type
  change names the table and the referenced table, and the rewrite;
- a rehearsal stops before a statement that cannot be rolled back;
- production needs the typed name; rehearsals are journaled;
- a create_all() database matches head; a hand-altered one shows its diff;
  the second look comes from the cache; a role without CREATEDB is told;
- drift lists a table and a column added by hand; no target_metadata is said;
- revision --autogenerate writes a revision that appears in the graph, and is
  refused against a database that is not up to date."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import check, finish  # noqa: E402
from pg_cluster import PgCluster, _bindir  # noqa: E402
from run_helpers import Runs, write  # noqa: E402

CLI = sys.argv[1]
PASSWORD = "Schema pw'%9"
HERE = os.path.dirname(os.path.abspath(__file__))

REVISION = '''"""{message}

Revision ID: {rev}
Revises: {down}
"""
from alembic import op
import sqlalchemy as sa

revision = "{rev}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade():
{upgrade}


def downgrade():
    pass
'''


class Schema(Runs):
    def copy_project(self, name):
        dest = os.path.join(self.work, name)
        shutil.copytree(os.path.join(HERE, "projects", "schema"), dest)
        return dest

    def add_revision(self, project, rev, down, body, message="change"):
        write(os.path.join(project, "migrations", "versions", f"{rev}.py"),
              REVISION.format(message=message, rev=rev, down=down, upgrade=body))

    def dump(self, db):
        """The schema as pg_dump prints it, and the version rows."""
        out = subprocess.run([os.path.join(_bindir(), "pg_dump"), "--schema-only", "-h", "127.0.0.1", "-p",
                              str(self.pg.port), "-U", "postgres", db], capture_output=True, text=True,
                             env=dict(os.environ, PGPASSWORD=self.pg.SUPERUSER_PASSWORD))
        # pg_dump 15.14+ brackets its output with a random \\restrict key.
        text = "\n".join(line for line in out.stdout.splitlines() if not line.startswith(("\\restrict", "\\unrestrict")))
        return text + repr(self.version(db)), out.returncode


runs = None
try:
    with PgCluster() as pg:
        pg.sql("CREATE ROLE schemer LOGIN CREATEDB PASSWORD 'Schema pw''%9'")
        pg.sql("CREATE ROLE plain LOGIN PASSWORD 'Schema pw''%9'")
        for db in ("rehearse", "casts", "locks", "created", "altered", "driftdb", "gen", "prod", "plaindb"):
            pg.sql(f"CREATE DATABASE {db} OWNER schemer")
        runs = Schema(CLI, pg, PASSWORD, user="schemer")
        cli = runs.cli

        # --- a rehearsal that finds a DROP CONSTRAINT of nothing ---------------
        project = runs.copy_project("dropc")
        runs.add_profile("reh", "rehearse", project=project)
        code, out, err = cli("upgrade", "s200", "--profile", "reh", "--yes", project=project)
        check("the project upgrades for real", code == 0 and runs.version("rehearse") == ["s200"], err[-800:])
        runs.add_revision(project, "s300", "s200", '    op.add_column("orders", sa.Column("note", sa.Text))\n'
                          '    op.drop_constraint("orders_missing_fkey", "orders", type_="foreignkey")',
                          message="drop a constraint")
        before, dumped = runs.dump("rehearse")
        check("pg_dump works for the comparison", dumped == 0 and "CREATE TABLE public.users" in before, before[-500:])
        code, out, err = cli("rehearse", "s300", "--profile", "reh", project=project)
        check("a failing rehearsal exits 20", code == 20, (code, out, err[-1500:]))
        check("the failing statement and its error are named",
              "orders_missing_fkey" in err and "does not exist" in out and "FAILED" in out, out + err[-1500:])
        check("the statement before it ran (ok) and is listed", "ADD COLUMN note" in err and "ok" in err, err[-1500:])
        after, _ = runs.dump("rehearse")
        check("the database is byte-for-byte the same schema afterwards", before == after)
        check("Strata says it compared and found it unchanged", "unchanged" in out, out)
        code, out, err = cli("journal", "--json", "--limit", "5")
        last = json.loads(out)["runs"][0] if code == 0 else {}
        check("the rehearsal is journaled as a failed rehearsal", last.get("verb") == "rehearse"
              and last.get("state") == "failed" and "does not exist" in last.get("error", ""), last)

        # --- ALTER COLUMN ... TYPE integer over '' -----------------------------
        casts = runs.copy_project("casts")
        runs.add_profile("casts", "casts", project=casts)
        runs.add_revision(casts, "s250", "s200", '    op.create_table("items", sa.Column("id", sa.Integer, '
                          'primary_key=True), sa.Column("price", sa.Text))', message="items")
        code, out, err = cli("upgrade", "s250", "--profile", "casts", "--yes", project=casts)
        check("items created", code == 0, err[-800:])
        pg.sql("INSERT INTO items (price) VALUES ('1'), (''), ('7'), (''), ('x1')", "casts")
        runs.add_revision(casts, "s260", "s250", '    op.alter_column("items", "price", type_=sa.Integer, '
                          'postgresql_using="price::integer")', message="price as integer")
        before, _ = runs.dump("casts")
        code, out, err = cli("rehearse", "s260", "--profile", "casts", "--json", project=casts)
        doc = json.loads(out) if out.strip().startswith("{") else {}
        failed = [s for s in doc.get("statements", []) if not s.get("ok")]
        check("the type change fails in the rehearsal (20)", code == 20 and len(failed) == 1, (code, out[-1500:], err[-800:]))
        analysis = failed[0].get("analysis", "") if failed else ""
        check("the rows that cannot be converted are counted", "3 of 5 row(s)" in analysis and "'' (2)" in analysis
              and "'x1' (1)" in analysis, analysis)
        check("the error is PostgreSQL's own", failed and "invalid input syntax for type integer" in failed[0]["error"],
              failed)
        steps = doc.get("steps", [])
        check("the step reads failed, not done", steps and steps[-1].get("state") == "failed", steps)
        after, _ = runs.dump("casts")
        check("the rows and the schema are as before", before == after
              and pg.sql("SELECT count(*) FROM items", "casts")[0][0] == 5)

        # --- the lock trace --------------------------------------------------------
        locks = runs.copy_project("locks")
        runs.add_profile("locks", "locks", project=locks)
        code, out, err = cli("upgrade", "s200", "--profile", "locks", "--yes", project=locks)
        pg.sql("INSERT INTO users (email) VALUES ('a@x'), ('b@x'); INSERT INTO orders (user_id, amount) VALUES (1, 5)",
               "locks")
        runs.add_revision(locks, "s310", "s200", '    op.add_column("orders", sa.Column("placed_at", sa.DateTime, '
                          'server_default=sa.text("now()")))', message="orders.placed_at")
        runs.add_revision(locks, "s320", "s310", '    op.alter_column("orders", "user_id", type_=sa.BigInteger)',
                          message="bigint user ids")
        before, _ = runs.dump("locks")
        code, out, err = cli("rehearse", "s320", "--profile", "locks", "--json", project=locks)
        doc = json.loads(out) if out.strip().startswith("{") else {}
        check("a clean rehearsal exits 0 and says so", code == 0 and doc.get("succeeded") and doc.get("unchanged"),
              (code, out[-1500:], err[-800:]))
        st = doc.get("statements", [])
        add = [s for s in st if "ADD COLUMN placed_at" in s["sql"]]
        alter = [s for s in st if "ALTER COLUMN user_id TYPE BIGINT" in s["sql"]]
        check("ADD COLUMN ... DEFAULT now() locks orders (AccessExclusiveLock)", add
              and "AccessExclusiveLock on public.orders" in add[0]["locks"], add)
        check("the FK column type change locks orders and the referenced users", alter
              and any("public.orders" in x for x in alter[0]["locks"]) and any("public.users" in x for x in alter[0]["locks"]),
              alter)
        check("the type change rewrites orders", alter and "public.orders" in alter[0]["rewritten"], alter)
        check("the steps read ok, rolled back", [s.get("state") for s in doc.get("steps", [])] == ["rolled back"] * 2,
              doc.get("steps"))
        after, _ = runs.dump("locks")
        check("nothing of it stayed", before == after and runs.version("locks") == ["s200"])
        # A rehearsal gives up quickly on a lock someone holds: a transaction
        # left open after an UPDATE, as an application does.
        import time

        def hold(sql):
            p = subprocess.Popen([os.path.join(_bindir(), "psql"), "-h", "127.0.0.1", "-p", str(pg.port), "-U",
                                  "postgres", "-d", "locks", "-c", sql], env=dict(os.environ, PGPASSWORD=pg.SUPERUSER_PASSWORD),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1.0)
            return p

        holder = hold("BEGIN; UPDATE orders SET amount = amount; SELECT pg_sleep(30);")
        t0 = time.monotonic()
        code, out, err = cli("rehearse", "s320", "--profile", "locks", "--lock-timeout", "500", project=locks)
        took = time.monotonic() - t0
        holder.kill()
        pg.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' "
               "AND pid <> pg_backend_pid()")
        check("behind an open write transaction the rehearsal fails on its lock_timeout, not after 30 s",
              code == 20 and took < 15 and "lock timeout" in out, (code, took, out[-800:]))
        holder = hold("BEGIN; LOCK TABLE users; SELECT pg_sleep(30);")
        t0 = time.monotonic()
        code, out, err = cli("rehearse", "s320", "--profile", "locks", project=locks)
        took = time.monotonic() - t0
        holder.kill()
        pg.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' "
               "AND pid <> pg_backend_pid()")
        check("behind an exclusive lock it does not start, and says why within seconds", code != 0 and took < 15
              and "holds exclusively" in err, (code, took, err[-800:]))

        # The migration's own savepoints keep working inside a rehearsal.
        nested = runs.copy_project("nested")
        runs.add_revision(nested, "s350", "s200", '    if op.get_context().as_sql:\n'
                          '        op.execute("INSERT INTO users (email) VALUES (\'n@x\')")\n'
                          '    else:\n'
                          '        conn = op.get_bind()\n'
                          '        with conn.begin_nested():\n'
                          '            conn.execute(sa.text("INSERT INTO users (email) VALUES (\'n@x\')"))\n'
                          '    op.add_column("users", sa.Column("nick", sa.Text))', message="savepoint inside")
        runs.add_profile("nested", "locks", project=nested)
        before, _ = runs.dump("locks")
        code, out, err = cli("rehearse", "s350", "--profile", "nested", project=nested)
        after, _ = runs.dump("locks")
        check("a migration's own savepoint works in a rehearsal, and nothing stays", code == 0 and before == after
              and not pg.sql("SELECT 1 FROM users WHERE email = 'n@x'", "locks"), (code, out[-800:], err[-800:]))

        # --- a statement that cannot be rolled back -----------------------------
        runs.add_revision(locks, "s330", "s320", '    with op.get_context().autocommit_block():\n'
                          '        op.execute("CREATE INDEX CONCURRENTLY ix_orders_amount ON orders (amount)")',
                          message="concurrent index")
        code, out, err = cli("rehearse", "s330", "--profile", "locks", project=locks)
        check("the rehearsal stops before CONCURRENTLY (25)", code == 25 and "cannot be rolled back" in out,
              (code, out[-1000:], err[-800:]))
        check("and the index was not built", not pg.sql("SELECT 1 FROM pg_class WHERE relname = 'ix_orders_amount'",
                                                        "locks"))

        # --- killed mid-rehearsal: nothing of it stays ------------------------------
        runs.add_revision(locks, "s340", "s330", '    op.add_column("users", sa.Column("slow", sa.Integer))\n'
                          '    op.execute("SELECT pg_sleep(30)")', message="slow step")
        slow = runs.copy_project("slow")
        for f in os.listdir(os.path.join(locks, "migrations", "versions")):
            if f.startswith(("s31", "s32", "s34")):
                shutil.copy(os.path.join(locks, "migrations", "versions", f), os.path.join(slow, "migrations", "versions"))
        with open(os.path.join(slow, "migrations", "versions", "s340.py")) as f:
            text = f.read()
        with open(os.path.join(slow, "migrations", "versions", "s340.py"), "w") as f:
            f.write(text.replace('down_revision = "s330"', 'down_revision = "s320"'))
        runs.add_profile("slow", "locks", project=slow)
        before, _ = runs.dump("locks")
        p = runs.start("rehearse", "s340", "--profile", "slow", project=slow)
        import time
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not pg.sql("SELECT 1 FROM pg_stat_activity WHERE query LIKE "
                                                         "'%pg_sleep(30)%' AND pid <> pg_backend_pid()", "postgres"):
            time.sleep(0.1)
        p.kill()
        runs.collect(p)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and pg.sql("SELECT 1 FROM pg_stat_activity WHERE query LIKE "
                                                     "'%pg_sleep(30)%' AND pid <> pg_backend_pid()", "postgres"):
            time.sleep(0.1)
        after, _ = runs.dump("locks")
        check("strata-cli killed mid-rehearsal: its session is gone and nothing stayed", before == after
              and not pg.sql("SELECT 1 FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' "
                             "AND pid <> pg_backend_pid()", "postgres"))

        # --- production needs the typed name ------------------------------------
        runs.add_profile("prod", "prod", "--production")
        code, out, err = cli("rehearse", "s200", "--profile", "prod")
        check("production without the typed name is refused (21)", code == 21 and "prod" in err, (code, err[-600:]))
        code, out, err = cli("rehearse", "s200", "--profile", "prod", "--confirm-database", "prod")
        check("with it the rehearsal runs", code == 0 and runs.version("prod") is None, (code, err[-800:]))
        # Other databases than PostgreSQL are told why not.
        sqlite_project = runs.copy_project("lite")
        code, out, err = cli("profiles", "add", "lite", "--driver", "sqlite", "--database", "lite.db",
                             "--project", sqlite_project, project=sqlite_project)
        code, out, err = cli("rehearse", "s200", "--profile", "lite", project=sqlite_project)
        check("SQLite: a rehearsal is refused with the reason", code == 21 and "PostgreSQL" in err, (code, err))

        # --- which revision a schema matches ------------------------------------
        runs.add_profile("created", "created")
        runs.add_profile("altered", "altered")
        project_dir = runs.project
        make = ("import sys; sys.path.insert(0, %r); import models, sqlalchemy as sa; "
                "models.metadata.create_all(sa.create_engine(sys.argv[1]))" % project_dir)
        for db in ("created", "altered"):
            subprocess.run(["/usr/bin/python3", "-c", make, runs.url(db)], check=True)
        pg.sql("ALTER TABLE users ADD COLUMN nickname text; ALTER TABLE orders ALTER COLUMN amount SET NOT NULL", "altered")
        cache = tempfile.mkdtemp(prefix="strata-schema-cache-")
        code, out, err = cli("schema-match", "--profile", "created", "--cache-dir", cache)
        check("a create_all() database matches head exactly", code == 0 and "matches s200 exactly" in out,
              (code, out, err[-1500:]))
        check("the revisions were built in a scratch database", "2 revision(s) built" in err, err[-500:])
        check("the scratch database was dropped", not pg.sql("SELECT datname FROM pg_database WHERE datname LIKE "
                                                             "'strata\\_scratch%'"))
        code, out, err = cli("schema-match", "--profile", "altered", "--cache-dir", cache, "--json")
        doc = json.loads(out) if out.strip().startswith("{") else {}
        diffs = [d["kind"] + " " + d["object"] + " " + d["name"] for d in doc.get("differences", [])]
        check("a hand-altered database shows its differences (exit 1)", code == 1
              and "extra column public.users.nickname" in diffs and "changed column public.orders.amount" in diffs,
              (code, diffs, err[-800:]))
        check("the second look came from the cache", doc.get("built") == 0 and doc.get("cached") == 2, doc)
        diff = doc.get("diff", "")
        lines = diff.splitlines()
        check("the same differences as a diff of the two schemas written out as SQL: + nickname, "
              "- amount nullable, + amount NOT NULL",
              lines[:2] == ["--- expected: the schema s200 makes", "+++ found: the database of altered"]
              and "+    nickname text" in [line.rstrip(",") for line in lines]
              and any(line.startswith("-    amount ") and "NOT NULL" not in line for line in lines)
              and any(line.startswith("+    amount ") and "NOT NULL" in line for line in lines)
              and not any(line[:1] in "+-" and "created_at" in line for line in lines), diff)
        code, out, err = cli("schema-match", "--profile", "altered", "--cache-dir", cache, "--diff")
        check("--diff prints that diff after the list", code == 1 and diff and diff in out
              and out.index("extra column public.users.nickname") < out.index(diff), out)
        code, out, err = cli("schema-match", "--profile", "created", "s100", "--cache-dir", cache)
        check("against an older revision: the diff and the nearest (exact) revision", code == 1
              and "extra column public.users.created_at" in out and "It matches s200 exactly" in out, out)
        # Killed while building: the scratch database it left is dropped by the next look.
        fresh_cache = tempfile.mkdtemp(prefix="strata-schema-cache-")
        p = runs.start("schema-match", "--profile", "created", "--cache-dir", fresh_cache)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not pg.sql("SELECT datname FROM pg_database WHERE datname LIKE "
                                                         "'strata\\_scratch%'"):
            time.sleep(0.02)
        p.kill()
        runs.collect(p)
        left = pg.sql("SELECT datname FROM pg_database WHERE datname LIKE 'strata\\_scratch%'")
        code, out, err = cli("schema-match", "--profile", "created", "--cache-dir", fresh_cache)
        check("a scratch database left by a killed strata-cli is dropped by the next schema-match", left and code == 0
              and not pg.sql("SELECT datname FROM pg_database WHERE datname LIKE 'strata\\_scratch%'"),
              (left, code, err[-600:]))
        runs.user = "plain"
        runs.add_profile("plain", "plaindb")
        runs.user = "schemer"
        code, out, err = cli("schema-match", "--profile", "plain", "--cache-dir", tempfile.mkdtemp())
        check("a role that may not create databases is told what to grant", code == 21 and "CREATEDB" in err,
              (code, err[-600:]))

        # --- stamp shows the match first ----------------------------------------
        runs.add_profile("createdprod", "created", "--production")
        code, out, err = cli("stamp", "s200", "--profile", "createdprod", "--confirm-database", "created")
        check("a production stamp of a matching schema says so and stamps", code == 0
              and "matches s200 exactly" in err and runs.version("created") == ["s200"], (code, err[-1200:]))
        runs.add_profile("alteredprod", "altered", "--production")
        code, out, err = cli("stamp", "s200", "--profile", "alteredprod", "--confirm-database", "altered")
        check("a production stamp of a schema that differs is refused with the differences (21)", code == 21
              and "nickname" in err and "--schema-mismatch-ok" in err and runs.version("altered") is None,
              (code, err[-1200:]))
        code, out, err = cli("stamp", "s200", "--profile", "alteredprod", "--confirm-database", "altered",
                             "--schema-mismatch-ok")
        check("with the override it is stamped, the differences shown first", code == 0
              and "schema: extra column public.users.nickname" in err and runs.version("altered") == ["s200"],
              (code, err[-1200:]))

        # --- drift --------------------------------------------------------------
        runs.add_profile("drift", "driftdb")
        code, out, err = cli("upgrade", "heads", "--profile", "drift", "--yes")
        code, out, err = cli("drift", "--profile", "drift")
        check("no drift right after upgrading", code == 0 and "No drift" in out, (code, out, err[-800:]))
        pg.sql("CREATE TABLE audit_log (id int); ALTER TABLE orders ADD COLUMN note text", "driftdb")
        code, out, err = cli("drift", "--profile", "drift", "--json")
        doc = json.loads(out) if out.strip().startswith("{") else {}
        diffs = [d["kind"] + " " + d["object"] + " " + d["name"] for d in doc.get("differences", [])]
        check("drift lists the table and the column added by hand (exit 1)", code == 1
              and "extra table audit_log" in diffs and "extra column orders.note" in diffs, (code, diffs, err[-800:]))
        nometa = runs.copy_project("nometa")
        env_py = os.path.join(nometa, "migrations", "env.py")
        write(env_py, open(env_py).read().replace("target_metadata = models.metadata", "target_metadata = None"))
        runs.add_profile("nometa", "driftdb", project=nometa)
        code, out, err = cli("drift", "--profile", "nometa", project=nometa)
        check("no target_metadata: said plainly", code == 21 and "drift needs target_metadata in env.py" in err,
              (code, err[-600:]))

        # --- revision --autogenerate --------------------------------------------
        gen = runs.copy_project("gen")
        runs.add_profile("gen", "gen", project=gen)
        with open(os.path.join(gen, "models.py"), "a") as f:
            f.write('\ntags = sa.Table("tags", metadata, sa.Column("id", sa.Integer, primary_key=True), '
                    'sa.Column("label", sa.String(20)))\n')
        code, out, err = cli("revision", "-m", "add tags", "--autogenerate", "--profile", "gen", project=gen)
        check("autogenerate against a database not up to date is refused with the story", code == 21
              and "not up to date" in err and "upgrade" in err, (code, err[-800:]))
        cli("upgrade", "heads", "--profile", "gen", "--yes", project=gen)
        code, out, err = cli("revision", "-m", "add tags", "--autogenerate", "--profile", "gen", "--rev-id", "s900",
                             project=gen)
        check("autogenerate writes the revision", code == 0 and "s900" in out, (code, out, err[-800:]))
        path = os.path.join(gen, "migrations", "versions")
        written = [f for f in os.listdir(path) if f.startswith("s900")]
        text = open(os.path.join(path, written[0])).read() if written else ""
        check("it creates the tags table", "create_table('tags'" in text or 'create_table("tags"' in text, text[:800])
        code, out, err = cli("heads", project=gen)
        check("and appears in the graph as the new head", code == 0 and "s900" in out, out)
        code, out, err = cli("journal", "--json", "--limit", "3")
        last = json.loads(out)["runs"][0] if code == 0 else {}
        check("the revision is journaled", last.get("verb") == "revision" and last.get("target") == "s900", last)

        check("no output carries the password", not any(PASSWORD in o for o in runs.outputs))
finally:
    if runs:
        shutil.rmtree(runs.work, ignore_errors=True)
finish()
