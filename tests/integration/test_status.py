#!/usr/bin/python3
"""`strata-cli status` against a real PostgreSQL cluster, a real MariaDB
server and SQLite files, for every status class (the same cases on both
servers): up to date, behind, unknown revision, overlap, several heads,
unversioned, empty, a version table in another schema, and the unreachable
cases (server not running, wrong password, missing database; host not found
and SSL on PostgreSQL; a missing SQLite file). Passwords go through the real
keychain (run under with_keyring.sh); ~/.pgpass works when none is stored."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import check, finish  # noqa: E402
from mariadb_cluster import MariaDbCluster  # noqa: E402
from pg_cluster import PgCluster  # noqa: E402

from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402

CLI, ROOT = sys.argv[1], sys.argv[2]
USER_PW = "St@tus pw'1"



def cli(*args, stdin=None):
    p = subprocess.run([CLI, *args], input=stdin, capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


work = tempfile.mkdtemp(prefix="strata-status-")
project = os.path.join(work, "demo")
shutil.copytree(os.path.join(ROOT, "resources", "demo"), project, ignore=shutil.ignore_patterns("*.db"))


def alembic_upgrade(url, target, schema=None):
    cfg = Config(os.path.join(project, "alembic.ini"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if schema:
        # the demo env.py reads no option for it; use Alembic's own API instead
        from sqlalchemy import create_engine
        from alembic.runtime.migration import MigrationContext
        engine = create_engine(url)
        with engine.begin() as conn:
            ctx = MigrationContext.configure(conn, opts={"version_table_schema": schema})
            ctx._ensure_version_table()
            ctx.stamp(__import__("alembic.script", fromlist=["ScriptDirectory"]).ScriptDirectory.from_config(cfg),
                      target)
        return
    command.upgrade(cfg, target)


def add_profile(name, db, port, password=USER_PW, extra=(), driver="postgresql"):
    code, out, err = cli("profiles", "add", name, "--driver", driver, "--host", "127.0.0.1", "--port",
                         str(port), "--database", db, "--user", "strata_user", "--project", project, *extra)
    assert code == 0, err
    if password is not None:
        code, out, err = cli("profiles", "set-password", name, stdin=password + "\n")
        assert code == 0, err


def status(name):
    code, out, err = cli("--project", project, "status", "--profile", name, "--json")
    doc = json.loads(out) if out.strip() else {}
    envs = doc.get("environments", [{}])
    return code, envs[0] if envs else {}, err


class PgServer:
    """The status-class cases on PostgreSQL."""
    driver, prefix = "postgresql", "pg"

    def __init__(self, pg):
        self.pg, self.port = pg, pg.port

    def url(self, db):
        return f"postgresql://strata_user:St%40tus%20pw%271@127.0.0.1:{self.port}/{db}"

    def sql(self, statement, db):
        self.pg.sql(statement, db)

    def owned(self, db):
        self.pg.sql("ALTER TABLE alembic_version OWNER TO strata_user", db)

    def other_schema(self, db):
        self.pg.sql("CREATE SCHEMA meta AUTHORIZATION strata_user", db)
        return lambda: self.pg.sql("GRANT ALL ON ALL TABLES IN SCHEMA meta TO strata_user", db)


class MariaServer:
    """The same cases on MariaDB (a schema is a database there)."""
    driver, prefix = "mysql", "maria"

    def __init__(self, m):
        self.m, self.port = m, m.port

    def url(self, db):
        return f"mysql+pymysql://strata_user:St%40tus%20pw%271@127.0.0.1:{self.port}/{db}"

    def sql(self, statement, db):
        self.m.sql(statement, db)

    def owned(self, db):
        pass

    def other_schema(self, db):
        self.m.sql("CREATE DATABASE meta")
        return lambda: None


def status_classes(server):
    """Every status class on one server, the same expectations on each."""
    p = server.prefix
    for db in ("up", "behind", "unknown", "overlap", "heads", "unversioned", "empty", "schema"):
        server.create(db)
    alembic_upgrade(server.url("up"), "heads")
    alembic_upgrade(server.url("behind"), "shop@92a3b4c5d6e7")
    alembic_upgrade(server.url("unknown"), "heads")
    server.sql("UPDATE alembic_version SET version_num = 'deadbeef0000' WHERE version_num = 'e7f8091a2b3c'", "unknown")
    for db, rows in (("overlap", ("1a2b3c4d5e6f", "2b3c4d5e6f70")), ("heads", ("e7f8091a2b3c", "c5d6e7f8091a"))):
        server.sql("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY); INSERT INTO alembic_version "
                   "VALUES " + ", ".join(f"('{r}')" for r in rows), db)
        server.owned(db)
    server.sql("CREATE TABLE customers (id int)", "unversioned")
    granted = server.other_schema("schema")
    alembic_upgrade(server.url("schema"), "heads", schema="meta")
    granted()
    expectations = [
        (f"{p}-up", "up", "up-to-date", 0, ()),
        (f"{p}-behind", "behind", "behind", 10, ()),
        (f"{p}-unknown", "unknown", "unknown-revision", 13, ()),
        (f"{p}-overlap", "overlap", "overlap", 12, ()),
        (f"{p}-heads", "heads", "multiple-heads", 12, ()),
        (f"{p}-unversioned", "unversioned", "unversioned", 11, ()),
        (f"{p}-empty", "empty", "empty", 10, ()),  # a new database: everything pending, not an error
        (f"{p}-schema", "schema", "up-to-date", 0, ("--version-table-schema", "meta")),
    ]
    for name, db, _, _, extra in expectations:
        add_profile(name, db, server.port, extra=extra, driver=server.driver)
    for name, db, state, code_expected, _ in expectations:
        code, env, err = status(name)
        check(f"{name} is {state}", env.get("state") == state and code == code_expected,
              (code, env.get("state"), env.get("reason"), err))
    code, env, err = status(f"{p}-behind")
    check(f"{p}: behind lists the pending revisions", env.get("pending") == [
        "a3b4c5d6e7f8", "e7f8091a2b3c", "b4c5d6e7f809", "c5d6e7f8091a", "d6e7f8091a2b"], env.get("pending"))
    check(f"{p}: identity recorded", env.get("identity", {}).get("database") == "behind"
          and env["identity"]["user"].startswith("strata_user") and "127.0.0.1" in env["identity"]["host"] + env.get("url", "")
          and env["identity"]["server_version"], env.get("identity"))
    code, env, err = status(f"{p}-unknown")
    check(f"{p}: unknown names the revision", env.get("unknown") == ["deadbeef0000"], env)
    # The server answered and refused the login; a missing database; nothing listening.
    add_profile(f"{p}-wrongpw", "up", server.port, password="not-the-password", driver=server.driver)
    add_profile(f"{p}-nodb", "missing_db", server.port, driver=server.driver)
    add_profile(f"{p}-down", "up", server.port + 1 if server.port < 65535 else server.port - 1, driver=server.driver)
    for name, failure in ((f"{p}-nodb", "database-missing"), (f"{p}-down", "server-not-running")):
        code, env, err = status(name)
        check(f"{name} unreachable: {failure}", code == 14 and env.get("state") == "unreachable"
              and env.get("failure") == failure and env.get("reason"), (code, env, err))
    code, env, err = status(f"{p}-wrongpw")
    check(f"{p}-wrongpw authentication failed", code == 15 and env.get("state") == "authentication-failed"
          and env.get("failure") == "authentication-failed" and env.get("reason"), (code, env, err))


try:
    with MariaDbCluster() as maria:
        maria.sql("CREATE USER strata_user@'%' IDENTIFIED BY 'St@tus pw''1'; GRANT ALL ON *.* TO strata_user@'%'")
        server = MariaServer(maria)
        server.create = lambda db: maria.sql(f"CREATE DATABASE {db}")
        status_classes(server)

    with PgCluster() as pg:
        pg.sql("CREATE ROLE strata_user LOGIN PASSWORD 'St@tus pw''1'")
        for db in ("up", "behind", "unknown", "overlap", "heads", "unversioned", "empty", "schema", "pgpass"):
            pg.sql(f"CREATE DATABASE {db} OWNER strata_user")
        server = PgServer(pg)
        server.create = lambda db: None  # created above, owned by strata_user
        status_classes(server)

        # unreachable on PostgreSQL only: a host that does not resolve, SSL the server lacks
        code, out, err = cli("profiles", "add", "pg-nohost", "--driver", "postgresql", "--host", "db.invalid",
                             "--database", "x", "--user", "u", "--project", project)
        add_profile("pg-ssl", "up", pg.port, extra=("--ssl-mode", "require"))  # the cluster has no SSL
        for name, failure in (("pg-ssl", "ssl-error"), ("pg-nohost", "host-not-found")):
            code, env, err = status(name)
            check(f"{name} unreachable: {failure}", code == 14 and env.get("state") == "unreachable"
                  and env.get("failure") == failure and env.get("reason"), (code, env, err))

        # ~/.pgpass supplies the password when the keychain has none
        with open(os.path.join(os.environ["HOME"], ".pgpass"), "w") as f:
            f.write(f"127.0.0.1:{pg.port}:pgpass:strata_user:St@tus pw'1\n".replace("'", "\\'"))
        os.chmod(os.path.join(os.environ["HOME"], ".pgpass"), 0o600)
        add_profile("pg-pgpass", "pgpass", pg.port, password=None)
        code, env, err = status("pg-pgpass")
        check("~/.pgpass works without a stored password", env.get("state") == "empty", (code, env, err))

        # pg_service.conf names the server; the profile only names the service
        with open(os.path.join(os.environ["HOME"], ".pg_service.conf"), "w") as f:
            f.write(f"[strata_svc]\nhost=127.0.0.1\nport={pg.port}\ndbname=up\nuser=strata_user\n")
        code, out, err = cli("profiles", "add", "pg-service", "--driver", "postgresql", "--service", "strata_svc",
                             "--project", project)
        cli("profiles", "set-password", "pg-service", stdin=USER_PW + "\n")
        code, env, err = status("pg-service")
        check("pg_service.conf service works", code == 0 and env.get("state") == "up-to-date", (code, env, err))

        # SQLite
        sqlite_up = os.path.join(work, "up.db")
        alembic_upgrade(f"sqlite:///{sqlite_up}", "heads")
        cli("profiles", "add", "lite-up", "--driver", "sqlite", "--database", sqlite_up, "--project", project)
        cli("profiles", "add", "lite-missing", "--driver", "sqlite", "--database", os.path.join(work, "nope.db"),
            "--project", project)
        code, env, err = status("lite-up")
        check("sqlite up to date", code == 0 and env.get("state") == "up-to-date", (code, env))
        code, env, err = status("lite-missing")
        check("sqlite missing file is unreachable and not created", code == 14 and not os.path.exists(
            os.path.join(work, "nope.db")), (code, env))

        # all profiles at once; the worst decides the exit code; text output
        code, out, err = cli("--project", project, "status")
        check("all at once exits with the worst (authentication failed)", code == 15, (code, err))
        check("text output has one line per profile", all(n in out for n in ("pg-up", "pg-behind", "lite-up")), out)
        check("behind shows pending", "pending: a3b4c5d6e7f8" in out, out)
        check("no password in output", "St@tus" not in out + err, out)

        # two profiles on one database are pointed out
        add_profile("pg-up-again", "up", pg.port)
        code, out, err = cli("--project", project, "status", "--profile", "pg-up", "--profile", "pg-up-again", "--json")
        doc = json.loads(out)
        check("same database noted", any("same database" in n for n in doc["notes"]), doc["notes"])
finally:
    shutil.rmtree(work, ignore_errors=True)

finish()
