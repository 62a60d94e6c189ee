#!/usr/bin/python3
"""Status, policy and secrets truth against a real PostgreSQL cluster and the
real keyring (under with_keyring.sh):

- every environment classified right: authentication failed, no privilege on
  the version table, tables with an empty version table, a new empty database;
  $PGPASSWORD named when it overrides; all profiles at once (40 black holes
  cost one timeout), a timeout below libpq's minimum said;
- production and read-only follow the database under any profile (localhost
  against 127.0.0.1, a service, an identity seen before): runs, stamps,
  reviewed SQL and cancel/terminate;
- password-like options and URL parameters go to the keychain or are refused;
  the journal is private; import-ini says (and can remove) a password left in
  alembic.ini;
- the lock view of a role without pg_read_all_stats shows the real chain and
  says what is hidden."""
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import check, finish  # noqa: E402
from pg_cluster import PgCluster, free_port  # noqa: E402
from run_helpers import MAIN_HEAD, Runs, wait_for  # noqa: E402

CLI = sys.argv[1]
PASSWORD = "Pol pw'4"


def keyring(profile_id):
    p = subprocess.run(["secret-tool", "lookup", "server", "Strata", "user", f"profile/{profile_id}"],
                       capture_output=True, text=True)
    return p.stdout


def black_hole():
    """A port that accepts TCP connections and never answers."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(1024)
    return s


runs = None
try:
    with PgCluster() as pg:
        pg.sql("CREATE ROLE runner LOGIN PASSWORD 'Pol pw''4'")
        for db in ("st_auth", "st_priv", "st_unversioned", "st_empty", "prod", "ro", "sig", "locks"):
            pg.sql(f"CREATE DATABASE {db} OWNER runner")
        runs = Runs(CLI, pg, PASSWORD)
        cli = runs.cli

        def status(name, *extra, env=None):
            code, out, err = cli("status", "--profile", name, "--json", *extra, env=env)
            doc = json.loads(out) if out.strip() else {}
            return code, (doc.get("environments") or [{}])[0], err

        # --- distinct states ---------------------------------------------------
        runs.add_profile("st-auth", "st_auth")
        cli("profiles", "set-password", "st-auth", stdin="not the password\n")
        code, env, err = status("st-auth")
        check("a wrong password is 'authentication-failed' (15), not a network fault",
              code == 15 and env.get("state") == "authentication-failed", (code, env))
        cli("profiles", "set-password", "st-auth", stdin="\n")  # no stored password: libpq's own sources count
        code, env, err = status("st-auth", env=dict(os.environ, PGPASSWORD="also wrong"))
        check("$PGPASSWORD is named when it overrides", code == 15 and "$PGPASSWORD" in env.get("reason", ""), env)

        runs.add_profile("st-priv", "st_priv")
        pg.sql("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY); "
               "INSERT INTO alembic_version VALUES ('a1000000000a'); REVOKE ALL ON alembic_version FROM PUBLIC", "st_priv")
        code, env, err = status("st-priv")
        check("no privilege on the version table is 'no-privilege' (16)", code == 16 and env.get("state") == "no-privilege"
              and "grant it SELECT" in env.get("reason", ""), (code, env))

        runs.add_profile("st-unv", "st_unversioned")
        pg.sql("CREATE TABLE accounts (id int); CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY); "
               "ALTER TABLE accounts OWNER TO runner; ALTER TABLE alembic_version OWNER TO runner", "st_unversioned")
        code, env, err = status("st-unv")
        check("tables with an empty version table are 'unversioned' (11), not behind", code == 11
              and env.get("state") == "unversioned" and env.get("pending") == [] and "empty" in env.get("reason", ""),
              (code, env))
        code, out, err = cli("upgrade", "c3000000000c", "--profile", "st-unv", "--yes")
        check("upgrading it warns that base would create the tables again", "stamp that revision" in err and "creates them again" in err,
              err[-800:])

        runs.add_profile("st-empty", "st_empty")
        code, env, err = status("st-empty")
        check("a new empty database is 'empty' with everything pending (10)", code == 10 and env.get("state") == "empty"
              and len(env.get("pending", [])) == 7, (code, env))
        code, out, err = cli("status", "--profile", "st-empty")
        check("text says how many are pending", "empty, 7 pending" in out, out)

        # --- all at once: black holes cost one timeout -----------------------
        hole = black_hole()
        for i in range(40):
            cli("profiles", "add", f"hole{i}", "--driver", "postgresql", "--host", "127.0.0.1", "--port",
                str(hole.getsockname()[1]), "--database", "x", "--user", "u", "--project", runs.project)
        args = []
        for i in range(40):
            args += ["--profile", f"hole{i}"]
        t0 = time.monotonic()
        code, out, err = cli("status", "--timeout", "2", *args)
        elapsed = time.monotonic() - t0
        check("40 profiles on a host that never answers take about one timeout", code == 14 and elapsed < 2 + 2.5,
              (code, elapsed))
        check("each says it timed out", out.count("no answer from") == 40, out[-500:])
        code, out, err = cli("status", "--timeout", "1", "--profile", "hole0")
        check("a timeout below libpq's minimum is said", "at least 2 s" in err, err)
        hole.close()

        # --- production and read-only follow the database -------------------
        runs.add_profile("prod", "prod", "--production")
        code, _, err = cli("profiles", "add", "prod-alias", "--driver", "postgresql", "--host", "localhost", "--port",
                           str(pg.port), "--database", "prod", "--user", "runner", "--project", runs.project)
        cli("profiles", "set-password", "prod-alias", stdin=PASSWORD + "\n")
        for verb in (("upgrade", "c3000000000c"), ("stamp", "a1000000000a")):
            code, out, err = cli(*verb, "--profile", "prod-alias", "--yes")
            check(f"{verb[0]} through a non-production alias of a production database needs the typed name",
                  code == 21 and "production" in err and "'prod'" in err and runs.version("prod") is None,
                  (code, err[-800:]))
        script = os.path.join(runs.work, "s.sql")
        with open(script, "w") as f:
            f.write("CREATE TABLE t (id int);\n")
        code, out, err = cli("run-sql", script, "--profile", "prod-alias", "--yes")
        check("so does reviewed SQL", code == 21 and "'prod'" in err and runs.tables("prod") == [], (code, err[-600:]))
        code, out, err = cli("upgrade", "c3000000000c", "--profile", "prod-alias", "--yes", "--confirm-database", "prod")
        check("with the typed name the alias runs", code == 0 and runs.version("prod") == ["c3000000000c"], (code, err[-600:]))
        # an alias the names cannot tell: a service; the identity seen by status decides
        svc = os.path.join(os.environ["HOME"], ".pg_service.conf")
        with open(svc, "w") as f:
            f.write(f"[prodsvc]\nhost=127.0.0.1\nport={pg.port}\ndbname=prod\nuser=runner\n")
        cli("profiles", "add", "prod-svc", "--driver", "postgresql", "--service", "prodsvc", "--database", "prod",
            "--project", runs.project)
        cli("profiles", "set-password", "prod-svc", stdin=PASSWORD + "\n")
        cli("status", "--profile", "prod", "--profile", "prod-svc")
        code, out, err = cli("downgrade", "b2000000000b", "--profile", "prod-svc", "--yes")
        check("an alias through a service is known by the database's identity", code == 21 and "'prod'" in err
              and runs.version("prod") == ["c3000000000c"], (code, err[-600:]))

        runs.add_profile("ro", "ro", "--read-only")
        cli("profiles", "add", "ro-alias", "--driver", "postgresql", "--host", "localhost", "--port", str(pg.port),
            "--database", "ro", "--user", "runner", "--project", runs.project)
        cli("profiles", "set-password", "ro-alias", stdin=PASSWORD + "\n")
        code, out, err = cli("upgrade", "c3000000000c", "--profile", "ro-alias", "--yes")
        check("a write through an alias of a read-only database is refused", code == 21 and "read-only" in err
              and "'ro'" in err and runs.version("ro") is None, (code, err[-600:]))

        # cancel/terminate through an alias
        runs.add_profile("sig", "sig", "--production")
        cli("profiles", "add", "sig-alias", "--driver", "postgresql", "--host", "localhost", "--port", str(pg.port),
            "--database", "sig", "--user", "runner", "--project", runs.project)
        cli("profiles", "set-password", "sig-alias", stdin=PASSWORD + "\n")
        victim = runs.connect("sig", application="victim")
        vcur = victim.cursor()
        vcur.execute("SELECT pg_backend_pid()")
        vpid = vcur.fetchone()[0]
        vcur.execute("BEGIN")
        code, out, err = cli("terminate-backend", str(vpid), "--profile", "sig-alias", "--yes")
        check("terminate through an alias of production needs the typed name", code == 21 and "production" in err
              and "'sig'" in err, (code, err[-600:]))
        alive = pg.sql(f"SELECT count(*) FROM pg_stat_activity WHERE pid = {vpid}")[0][0]
        check("the session was left alone", alive == 1, alive)
        victim.close()

        # --- secrets ------------------------------------------------------------
        for opt in ("sslpassword=Sekr1t", " password=Sekr1t", "PassWord =Sekr1t"):
            code, out, err = cli("profiles", "add", "leaky", "--driver", "postgresql", "--host", "h", "--database", "d",
                                 "--option", opt)
            check(f"--option '{opt}' is refused with a reason", code == 64 and "Sekr1t" not in err
                  and ("keychain" in err or "secret" in err), (code, err))
        code, out, err = cli("profiles", "import-url", "from-query", "-",
                             stdin="postgresql://u@db.example.com/app?PASSWORD=Sekr1t&sslmode=require\n")
        doc_code, doc_out, _ = cli("profiles", "show", "from-query", "--json")
        shown = json.loads(doc_out).get("profile", {}) if doc_code == 0 else {}
        check("?PASSWORD= in a URL goes to the keychain", code == 0 and shown.get("password") == "stored"
              and keyring(shown.get("id", "x")) == "Sekr1t" and "PASSWORD" not in json.dumps(shown.get("options", {})),
              (code, err, shown))
        code, out, err = cli("profiles", "import-url", "ssl-secret", "-",
                             stdin="postgresql://u@db.example.com/app?sslpassword=Sekr1t\n")
        check("?sslpassword= is refused with a reason", code != 0 and "sslpassword" in err and "Sekr1t" not in err,
              (code, err))
        profiles_file = os.path.join(os.environ["XDG_CONFIG_HOME"], "strata", "profiles.json")
        check("no secret in profiles.json", "Sekr1t" not in open(profiles_file).read())
        journal = os.path.join(os.environ["XDG_DATA_HOME"], "strata", "journal.sqlite")
        modes = {f: oct(os.stat(f).st_mode & 0o777) for f in (journal, journal + "-wal", journal + "-shm")
                 if os.path.exists(f)}
        check("the journal is private (0600)", modes and all(m == "0o600" for m in modes.values()), modes)

        ini_project = runs.copy_project("ini_pw")
        ini = os.path.join(ini_project, "alembic.ini")
        with open(ini) as f:
            text = f.read()
        with open(ini, "w") as f:
            f.write(text.replace("postgresql://localhost/unused", "postgresql://deploy:Sekr1t@db.example.com/app"))
        line = [i + 1 for i, l in enumerate(open(ini).read().splitlines()) if "sqlalchemy.url" in l][0]
        code, out, err = cli("profiles", "import-ini", "from-ini", project=ini_project)
        check("import-ini says the password is still in alembic.ini, with the line",
              code == 0 and f"alembic.ini:{line}" in err and "Sekr1t" not in err and "--strip-password" in err, (code, err))
        code, out, err = cli("profiles", "import-ini", "from-ini2", "--strip-password", project=ini_project)
        after = open(ini).read()
        check("--strip-password removes it from the file, user and host kept", code == 0 and "Sekr1t" not in after
              and "postgresql://deploy@db.example.com/app" in after, (code, err, after[:400]))

        # --- the lock view of a role without pg_read_all_stats ----------------
        pg.sql("CREATE ROLE alice LOGIN PASSWORD 'a'; CREATE ROLE bob LOGIN PASSWORD 'b'; "
               "CREATE ROLE carol LOGIN PASSWORD 'Pol pw''4'")
        pg.sql("CREATE TABLE t (id int); GRANT ALL ON t TO alice, bob", "locks")
        import psycopg2
        holder = psycopg2.connect(host="127.0.0.1", port=pg.port, user="alice", password="a", dbname="locks")
        holder.cursor().execute("LOCK TABLE t IN ACCESS EXCLUSIVE MODE")
        hpid = holder.get_backend_pid()
        waiters = []
        threads = []
        for i in range(3):
            w = psycopg2.connect(host="127.0.0.1", port=pg.port, user="bob", password="b", dbname="locks")
            w.autocommit = True
            waiters.append(w)
            t = threading.Thread(target=lambda c=w: c.cursor().execute("SELECT count(*) FROM t"), daemon=True)
            t.start()
            threads.append(t)
        wait_for(lambda: pg.sql("SELECT count(*) FROM pg_locks WHERE NOT granted")[0][0] == 3, 15)
        runs.user = "carol"
        runs.add_profile("carol", "locks")
        code, out, err = cli("locks", "--profile", "carol", "--json")
        doc = json.loads(out) if out.strip() else {}
        tree = doc.get("blocking_tree", [])
        check("a role without pg_read_all_stats sees the chain", len(tree) == 1 and tree[0]["pid"] == hpid
              and len(tree[0]["waiters"]) == 3, (code, tree, err))
        check("and is told what is hidden and which role shows it", doc.get("hidden_sessions", 0) >= 4
              and "pg_read_all_stats" in doc.get("hidden_note", ""), doc.get("hidden_note"))
        code, out, err = cli("locks", "--profile", "carol")
        check("the text view says it too", "pg_read_all_stats" in out and "No session waits" not in out, out)
        holder.rollback()
        holder.close()
        for t in threads:
            t.join(10)
        for w in waiters:
            w.close()

    leaked = [o for o in runs.outputs if PASSWORD in o or "Sekr1t" in o]
    check("no secret in any output", not leaked, leaked[:1])
finally:
    if runs:
        runs.cleanup()
finish()
