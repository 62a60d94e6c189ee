#!/usr/bin/python3
"""The live lock view against a real PostgreSQL cluster (run under
with_keyring.sh): an idle-in-transaction session holding a lock, an ALTER TABLE
waiting behind it, and a third session queued behind the waiter. The snapshot
must show the chain exactly; `strata-cli locks --json` must agree with the
server; terminate must free the chain; read-only and production rules, the
missing privilege, and SQLite's answer."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import check, finish  # noqa: E402
from pg_cluster import PgCluster  # noqa: E402

CLI, ROOT = sys.argv[1], sys.argv[2]
PASSWORD = "Locks-pw-7"
work = tempfile.mkdtemp(prefix="strata-locks-")
project = os.path.join(work, "runs")
shutil.copytree(os.path.join(os.path.dirname(os.path.abspath(__file__)), "projects", "runs"), project)


def cli(*args, stdin=None, timeout=60):
    p = subprocess.run([CLI, "--project", project, *args], input=stdin, capture_output=True, text=True,
                       timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def add_profile(name, user, *extra):
    code, _, err = cli("profiles", "add", name, "--driver", "postgresql", "--host", "127.0.0.1", "--port",
                       str(pg.port), "--database", "shop", "--user", user, "--project", project, *extra)
    assert code == 0, err
    code, _, err = cli("profiles", "set-password", name, stdin=PASSWORD + "\n")
    assert code == 0, err


def connect(app, user="runner"):
    import psycopg2
    return psycopg2.connect(host="127.0.0.1", port=pg.port, user=user, password=PASSWORD, dbname="shop",
                            application_name=app)


def locks_json(profile="main"):
    code, out, err = cli("locks", "--profile", profile, "--json")
    return code, (json.loads(out) if code == 0 else {}), err


def chain_of(tree):
    """[(pid, [waiters...])] flattened to nested tuples of pids."""
    return [(n["pid"], chain_of(n["waiters"])) for n in tree]


try:
    with PgCluster() as pg:
        pg.sql(f"CREATE ROLE runner LOGIN PASSWORD '{PASSWORD}'")
        pg.sql(f"CREATE ROLE outsider LOGIN PASSWORD '{PASSWORD}'")
        pg.sql("CREATE DATABASE shop OWNER runner")
        pg.sql("GRANT CONNECT ON DATABASE shop TO outsider")
        pg.sql("CREATE TABLE accounts (id int PRIMARY KEY, name text); INSERT INTO accounts VALUES (1, 'a')", "shop")
        pg.sql("ALTER TABLE accounts OWNER TO runner", "shop")
        add_profile("main", "runner")
        add_profile("ro", "runner", "--read-only")
        add_profile("prod", "runner", "--production")
        add_profile("outsider", "outsider")

        code, doc, err = locks_json()
        check("quiet database: no chain", code == 0 and doc.get("blocking_tree") == [], (code, err, doc))

        a = connect("idle-holder")
        a.cursor().execute("SELECT count(*) FROM accounts")  # AccessShareLock, then idle in transaction
        a_pid = a.get_backend_pid()
        b = connect("migration")
        b_pid = b.get_backend_pid()
        c = connect("reader")
        c_pid = c.get_backend_pid()
        results = {}

        def run(conn, name, sql):
            try:
                conn.cursor().execute(sql)
                conn.commit()
                results[name] = "ok"
            except Exception as exc:  # noqa: BLE001
                results[name] = str(exc)

        tb = threading.Thread(target=run, args=(b, "b", "ALTER TABLE accounts ADD COLUMN email text"))
        tb.start()
        time.sleep(0.3)
        tc = threading.Thread(target=run, args=(c, "c", "SELECT * FROM accounts"))
        tc.start()
        time.sleep(0.5)

        code, doc, err = locks_json()
        tree = chain_of(doc.get("blocking_tree", []))
        check("the chain is exact: holder -> ALTER TABLE -> queued reader", tree == [(a_pid, [(b_pid, [(c_pid, [])])])],
              (tree, a_pid, b_pid, c_pid))
        server = {pid: sorted(blk) for pid, blk in pg.sql(
            "SELECT pid, pg_blocking_pids(pid) FROM pg_stat_activity WHERE datname = 'shop'")}
        mine = {s["pid"]: sorted(s["blocked_by"]) for s in doc.get("sessions", [])}
        check("--json agrees with pg_blocking_pids", all(mine.get(p) == server[p] for p in (a_pid, b_pid, c_pid)),
              (mine, server))
        sessions = {s["pid"]: s for s in doc.get("sessions", [])}
        check("the holder is idle in transaction", sessions.get(a_pid, {}).get("state") == "idle in transaction",
              sessions.get(a_pid))
        check("the holder's lock is named", any(l["relation"] == "accounts" and l["mode"] == "AccessShareLock"
                                               and l["granted"] for l in sessions.get(a_pid, {}).get("locks", [])),
              sessions.get(a_pid))
        check("the waiter waits on a Lock", sessions.get(b_pid, {}).get("wait_event_type") == "Lock"
              and "ALTER TABLE" in sessions.get(b_pid, {}).get("query", ""), sessions.get(b_pid))
        check("idle transactions listed", doc.get("idle_in_transaction") == [a_pid], doc.get("idle_in_transaction"))
        check("own session marked", any(s["self"] and s["pid"] == doc.get("own_pid") for s in doc.get("sessions", [])),
              doc.get("own_pid"))

        code, out, err = cli("locks", "--profile", "main")
        lines = out.splitlines()
        idx = [i for i, l in enumerate(lines) if f"pid {a_pid} " in l]
        check("text: root blocker first, waiters indented below",
              code == 0 and "Blocking chains" in out and idx and f"pid {b_pid} " in lines[idx[0] + 1]
              and f"pid {c_pid} " in lines[idx[0] + 2] and lines[idx[0] + 2].index("└─") > lines[idx[0] + 1].index("└─"),
              out)
        check("text: idle transaction with what it holds", "idle in transaction for" in out and "accounts (AccessShareLock)" in out, out)

        # --watch prints again until interrupted
        p = subprocess.Popen([CLI, "--project", project, "locks", "--profile", "main", "--watch", "1"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(2.5)
        p.send_signal(2)
        out, err = p.communicate(timeout=10)
        check("--watch repeats and stops on Ctrl-C", p.returncode == 0 and out.count("Blocking chains") >= 2, (p.returncode, out[-300:], err))

        # rules before acting
        code, out, err = cli("terminate-backend", str(a_pid), "--profile", "ro", "--yes")
        check("read-only profile refused", code == 21 and "read-only" in err, (code, err))
        code, out, err = cli("terminate-backend", str(a_pid), "--profile", "main", "--yes")
        check("so is another profile of the same database", code == 21 and "read-only" in err and "'ro'" in err,
              (code, err))
        code, _, err = cli("profiles", "remove", "ro")
        assert code == 0, err
        code, out, err = cli("terminate-backend", str(a_pid), "--profile", "prod", "--yes")
        check("production needs the typed name", code == 21 and "--confirm-database shop" in err, (code, err))
        code, out, err = cli("terminate-backend", str(a_pid), "--profile", "main", "--yes")
        check("through any profile of that database", code == 21 and "--confirm-database shop" in err
              and "'prod'" in err, (code, err))
        # from here on the database is production under every profile: the typed name is given
        code, out, err = cli("cancel-backend", str(a_pid), "--profile", "outsider", "--confirm-database", "shop")
        check("missing privilege said plainly", code == 20 and "pg_signal_backend" in err, (code, err))
        ctl = connect("strata-run 1234abcd control")
        code, out, err = cli("terminate-backend", str(ctl.get_backend_pid()), "--profile", "main", "--confirm-database",
                             "shop")
        check("Strata's own control connection is never acted on", code == 21 and "own control connections" in err
              and ctl.closed == 0, (code, err))
        ctl.close()
        code, out, err = cli("terminate-backend", "999999", "--profile", "main", "--confirm-database", "shop")
        check("unknown pid", code == 20 and "no session 999999" in err, (code, err))
        check("nothing was touched yet", tb.is_alive() and tc.is_alive(), results)

        # terminate the root: the chain drains
        code, out, err = cli("terminate-backend", str(a_pid), "--profile", "prod", "--confirm-database", "shop")
        check("terminate says what is lost", code == 0 and "rolled back" in err and f"Terminated session {a_pid}" in out,
              (code, out, err))
        tb.join(10)
        tc.join(10)
        check("terminate freed the chain", results == {"b": "ok", "c": "ok"}, results)
        code, doc, err = locks_json()
        check("no chain afterwards", doc.get("blocking_tree") == [], doc.get("blocking_tree"))

        # cancel-backend on a long query
        d = connect("sleeper")
        d_pid = d.get_backend_pid()
        td = threading.Thread(target=run, args=(d, "d", "SELECT pg_sleep(30)"))
        td.start()
        time.sleep(0.4)
        code, out, err = cli("cancel-backend", str(d_pid), "--profile", "main", "--confirm-database", "shop")
        td.join(10)
        check("cancel-backend stops the query", code == 0 and "canceling statement" in results.get("d", ""), (code, err, results))
        for conn in (a, b, c, d):
            try:
                conn.close()
            except Exception:  # noqa: BLE001
                pass

    dbfile = os.path.join(work, "x.db")
    open(dbfile, "w").close()
    cli("profiles", "add", "lite", "--driver", "sqlite", "--database", dbfile, "--project", project)
    code, out, err = cli("locks", "--profile", "lite")
    check("SQLite says it has no server sessions", code == 64 and "no server sessions" in err, (code, err))
finally:
    shutil.rmtree(work, ignore_errors=True)
finish()
