#!/usr/bin/python3
"""The doctor (issue "guided recovery", first part: detection, evidence and
`doctor --fix` on the terminal), against a real PostgreSQL cluster, real
Alembic, git and the real keyring (under with_keyring.sh). Each situation is
built for real, then `doctor --json` must find it with its evidence, and
`doctor --fix` must take the act through the normal verb and check again:

- an environment behind: found, upgraded by --fix, gone;
- two heads: found with where each is applied, merged by --fix, gone;
- a session idle in a transaction blocking a query: the root blocker named
  (pid, application, last query), the waiter listed, terminated by --fix;
- a failed migration: classified (a constraint that does not exist), with a
  rehearsal as the act;
- an unversioned database, an overlapping version table (the ancestor's row
  named), an unknown revision found in another git branch;
- a password in clear in alembic.ini and in .env (file and line; the secret
  itself never printed); two profiles on one database; SQLite too."""
import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import check, finish  # noqa: E402
from pg_cluster import PgCluster  # noqa: E402
from run_helpers import MAIN, Runs, write  # noqa: E402

CLI = sys.argv[1]
PASSWORD = "Doctor pw'%3"


ENV_FROM_VARIABLE = """import os
from alembic import context
from sqlalchemy import create_engine, pool

if context.is_offline_mode():
    context.configure(url=os.environ["APP_DB_URL"], target_metadata=None, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    with create_engine(os.environ["APP_DB_URL"], poolclass=pool.NullPool).connect() as connection:
        context.configure(connection=connection, target_metadata=None)
        with context.begin_transaction():
            context.run_migrations()
"""


def doctor(runs, *args, project=None):
    code, out, err = runs.cli("doctor", "--json", *args, project=project)
    try:
        return code, json.loads(out).get("diagnoses", []), err
    except ValueError:
        return code, [], out + err


def find(diagnoses, code, profile=None):
    return [d for d in diagnoses if d["code"] == code and (profile is None or d["profile"] == profile)]


def evidence(d):
    return " | ".join(e["fact"] for e in d["evidence"])


runs = None
try:
    with PgCluster() as pg:
        pg.sql("CREATE ROLE runner LOGIN CREATEDB PASSWORD 'Doctor pw''%3'")
        for db in ("behind", "blocked", "failed", "unversioned", "overlap", "unknown"):
            pg.sql(f"CREATE DATABASE {db} OWNER runner")
        runs = Runs(CLI, pg, PASSWORD)
        cli = runs.cli

        # --- behind: found, fixed, gone -----------------------------------------
        project = runs.copy_project("behind")
        # The runs project keeps a broken side branch for other tests; this story has one line of history.
        os.remove(os.path.join(project, "migrations", "versions", "bad0000000ba_broken_step.py"))
        runs.add_profile("behind", "behind", project=project)
        cli("upgrade", MAIN[1], "--profile", "behind", "--yes", project=project)
        code, found, err = doctor(runs, "--profile", "behind", project=project)
        d = find(found, "not-up-to-date", "behind")
        check("behind: found, with the pending chain as evidence", d and MAIN[-1] in evidence(d[0])
              and MAIN[1] in evidence(d[0]) and code == 1, (code, found, err[-500:]))
        check("behind: its act is the upgrade", d and d[0]["steps"][-1]["command"][:2] == ["upgrade", "heads"], d)
        code, out, err = cli("doctor", "--fix", "not-up-to-date", "--profile", "behind", "--yes", project=project)
        check("behind: --fix upgrades and checks again", code == 0 and "is gone" in out
              and runs.version("behind") == [MAIN[-1]], (code, out[-600:], err[-800:]))

        # --- two heads: where each is applied, merged ---------------------------
        branchy = runs.copy_project("branchy")
        write(os.path.join(branchy, "migrations", "versions", "x9_side.py"),
              '"""side branch\n\nRevision ID: x9\nRevises: %s\n"""\nrevision = "x9"\ndown_revision = "%s"\n'
              'branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n'
              % (MAIN[2], MAIN[2]))
        code, found, err = doctor(runs, project=branchy)
        d = find(found, "multiple-heads")
        check("two heads: found, each head with where it is applied", d and "x9" in evidence(d[0])
              and "applied on: no environment" in evidence(d[0]) and code == 2, (code, found))
        check("two heads: the re-chain alternative is offered for the head nobody applied",
              d and any("down_revision" in s["text"] for s in d[0]["steps"]), d)
        code, out, err = cli("doctor", "--fix", "multiple-heads", project=branchy)
        heads = cli("heads", project=branchy)[1]
        check("two heads: --fix writes the merge and the doctor no longer finds them", code == 0 and "is gone" in out
              and len(heads.strip().splitlines()) == 1, (code, out[-600:], err[-600:], heads))

        # --- a blocking session -------------------------------------------------
        runs.add_profile("blocked", "blocked")
        cli("upgrade", MAIN[2], "--profile", "blocked", "--yes")
        import psycopg2
        holder = psycopg2.connect(runs.url("blocked"), application_name="forgotten-report")
        cur = holder.cursor()
        cur.execute("SELECT count(*) FROM accounts")
        waiter = subprocess.Popen([sys.executable, "-c", "import psycopg2,sys; c=psycopg2.connect(sys.argv[1], "
                                   "application_name='nightly-job'); c.cursor().execute('LOCK TABLE accounts')",
                                   runs.url("blocked")])
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not pg.sql("SELECT 1 FROM pg_stat_activity WHERE application_name = "
                                                         "'nightly-job' AND wait_event_type = 'Lock'", "postgres"):
            time.sleep(0.05)
        code, found, err = doctor(runs, "--profile", "blocked")
        d = find(found, "blocked-by-session", "blocked")
        holder_pid = holder.get_backend_pid()
        check("blocked: the root blocker named with its application and last query", d
              and f"pid {holder_pid}" in evidence(d[0]) and "forgotten-report" in evidence(d[0])
              and "SELECT count(*) FROM accounts" in evidence(d[0]), (found, err[-400:]))
        check("blocked: the waiter is listed behind it", d and "nightly-job" in evidence(d[0]), d)
        check("blocked: the act terminates exactly that session, saying what is lost",
              d and d[0]["steps"][-1]["command"][:2] == ["terminate-backend", str(holder_pid)]
              and "rolled back" in d[0]["steps"][-1]["text"], d)
        code, out, err = cli("doctor", "--fix", "blocked-by-session", "--profile", "blocked", "--yes")
        waiter.wait(timeout=15)
        check("blocked: --fix terminates it, the waiter goes on, and the check says gone", code == 0
              and "is gone" in out and waiter.returncode == 0, (code, out[-500:], err[-800:]))
        try:
            holder.close()
        except Exception:
            pass

        # --- a failed migration -------------------------------------------------
        failing = runs.copy_project("failing")
        write(os.path.join(failing, "migrations", "versions", "z1_drop.py"),
              '"""drop a constraint\n\nRevision ID: z1\nRevises: %s\n"""\nfrom alembic import op\nrevision = "z1"\n'
              'down_revision = "%s"\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n'
              '    op.drop_constraint("accounts_never_fkey", "accounts", type_="foreignkey")\n\n\ndef downgrade():\n'
              '    pass\n' % (MAIN[-1], MAIN[-1]))
        runs.add_profile("failed", "failed", project=failing)
        code, out, err = cli("upgrade", "z1", "--profile", "failed", "--yes", project=failing)
        code, found, err = doctor(runs, "--profile", "failed", project=failing)
        d = find(found, "failed-migration", "failed")
        check("failed: classified as a missing object, with the error as evidence", d
              and "missing object" in d[0]["title"] and "accounts_never_fkey" in evidence(d[0]), (found, err[-400:]))
        check("failed: the act is a rehearsal of the same target", d
              and d[0]["steps"][-1]["command"][:2] == ["rehearse", "z1"], d)

        # --- unversioned, overlapping rows, an unknown revision in git ----------
        runs.add_profile("unversioned", "unversioned")
        pg.sql("CREATE TABLE accounts (id int)", "unversioned")
        runs.add_profile("overlap", "overlap")
        cli("upgrade", MAIN[2], "--profile", "overlap", "--yes")
        pg.sql(f"INSERT INTO alembic_version VALUES ('{MAIN[0]}')", "overlap")
        code, found, err = doctor(runs, "--profile", "unversioned", "--profile", "overlap")
        d = find(found, "unversioned", "unversioned")
        check("unversioned: found, schema-match first", d and d[0]["steps"][0]["command"][0] == "schema-match", found)
        d = find(found, "overlapping-rows", "overlap")
        check("overlap: the ancestor's row is named and the exact DELETE given", d
              and f"{MAIN[0]} is an ancestor" in evidence(d[0])
              and f"WHERE version_num IN ('{MAIN[0]}')" in d[0]["steps"][0]["text"], found)
        code, out, err = cli("remove-row", MAIN[2], "--profile", "overlap", "--yes")
        check("remove-row refuses a row that nothing descends from", code == 21 and "not an ancestor" in err
              and runs.version("overlap") == sorted([MAIN[0], MAIN[2]]), (code, err[-400:]))
        code, out, err = cli("doctor", "--fix", "overlapping-rows", "--profile", "overlap", "--yes")
        check("overlap: --fix removes exactly the ancestor's row, journaled, and the check says gone", code == 0
              and "is gone" in out and runs.version("overlap") == [MAIN[2]]
              and runs.last_run(("remove-row",)).get("target") == MAIN[0], (code, out[-500:], err[-500:]))

        gitproj = runs.copy_project("gitproj")
        git = ["git", "-C", gitproj, "-c", "user.name=t", "-c", "user.email=t@x"]
        subprocess.run(git + ["init", "-q", "-b", "main"], check=True)
        subprocess.run(git + ["add", "-A"], check=True)
        subprocess.run(git + ["commit", "-qm", "base"], check=True)
        subprocess.run(git + ["checkout", "-qb", "feature/reports"], check=True)
        write(os.path.join(gitproj, "migrations", "versions", "r77_reports.py"),
              '"""reports\n\nRevision ID: r77abc\nRevises: %s\n"""\nrevision = "r77abc"\ndown_revision = "%s"\n'
              'branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n'
              % (MAIN[-1], MAIN[-1]))
        subprocess.run(git + ["add", "-A"], check=True)
        subprocess.run(git + ["commit", "-qm", "add reports"], check=True)
        runs.add_profile("unknown", "unknown", project=gitproj)
        cli("upgrade", "r77abc", "--profile", "unknown", "--yes", project=gitproj)
        subprocess.run(git + ["checkout", "-q", "main"], check=True)
        code, found, err = doctor(runs, "--profile", "unknown", project=gitproj)
        d = find(found, "unknown-revision", "unknown")
        check("unknown revision: the commit and branch that have it are named", d
              and "add reports" in evidence(d[0]) and "feature/reports" in evidence(d[0]), (found, err[-400:]))

        # --- secrets in files, two profiles on one database, SQLite -------------
        leaky = runs.copy_project("leaky")
        ini = os.path.join(leaky, "alembic.ini")
        with open(ini) as f:
            text = f.read()
        with open(ini, "w") as f:
            f.write(text.replace("sqlalchemy.url = postgresql://localhost/unused",
                                 "sqlalchemy.url = postgresql://app:Sup3rSecret@db.internal/app"))
        write(os.path.join(leaky, ".env"), "# local settings\nDB_PASSWORD=hunter2-x\nDATABASE_URL=${DB_URL}\n")
        write(os.path.join(leaky, ".env.example"), "DB_PASSWORD=changeme\n")
        lite = os.path.join(leaky, "lite.db")
        code, out, err = cli("profiles", "add", "lite", "--driver", "sqlite", "--database", lite, "--project", leaky)
        code, out, err = cli("profiles", "add", "lite2", "--driver", "sqlite", "--database", lite, "--project", leaky)
        subprocess.run([sys.executable, "-c", "import sqlite3,sys; sqlite3.connect(sys.argv[1]).close()", lite])
        code, found, err = doctor(runs, "--profile", "lite", "--profile", "lite2", project=leaky)
        leaks = find(found, "plaintext-password")
        places = sorted(d["title"] for d in leaks)
        ini_line = [i for i, line in enumerate(open(ini).read().splitlines(), 1) if "Sup3rSecret" in line][0]
        check("passwords in clear: alembic.ini and .env named with their lines, not .env.example",
              places == ["a password in clear at .env:2", f"a password in clear at alembic.ini:{ini_line}"], places)
        code, out, err = cli("doctor", "--profile", "lite", project=leaky)
        check("the secrets themselves are never printed", "Sup3rSecret" not in out + err and "hunter2-x" not in out + err
              and f"alembic.ini:{ini_line}" in out, out[-1500:])
        d = find(found, "same-database")
        check("two profiles on one SQLite file: said", d and "lite" in d[0]["title"] and "lite2" in d[0]["title"], found)
        check("an empty SQLite database: behind, with the upgrade as the way", find(found, "not-up-to-date", "lite"), found)
        code, out, err = cli("backup", "--profile", "lite", "-o", os.path.join(runs.work, "lite-copy.db"), project=leaky)
        check("backup of SQLite: a consistent copy", code == 0 and os.path.getsize(os.path.join(runs.work, "lite-copy.db")) > 0,
              (code, out, err[-300:]))

        # --- a backup before a risky act -----------------------------------------
        code, out, err = cli("backup", "--profile", "overlap", "-o", os.path.join(runs.work, "overlap.dump"))
        listing = subprocess.run(["pg_restore", "--list", os.path.join(runs.work, "overlap.dump")], capture_output=True,
                                 text=True)
        check("backup: pg_dump's custom format, said where it went", code == 0 and "overlap.dump" in out
              and "TABLE public accounts" in listing.stdout, (code, out, err[-400:], listing.stderr[-300:]))
        code, out, err = cli("backup", "--profile", "overlap", "--table", "accounts", "-o",
                             os.path.join(runs.work, "overlap.dump"))
        check("backup never overwrites a file", code == 21 and "exists already" in err, (code, err[-300:]))
        runs.add_profile("prodover", "overlap", "--production")
        pg.sql(f"INSERT INTO alembic_version VALUES ('{MAIN[0]}')", "overlap")
        code, found, err = doctor(runs, "--profile", "prodover")
        d = find(found, "overlapping-rows", "prodover")
        check("on production, a backup is offered first (optional), the fix stays the act", d
              and d[0]["steps"][0]["command"][0] == "backup" and d[0]["steps"][0]["optional"]
              and any(s["command"][:1] == ["remove-row"] and not s["optional"] for s in d[0]["steps"]), d)

        # --- env.py reads its URL from a variable nobody sets -----------------------
        envvar = runs.copy_project("envvar")
        write(os.path.join(envvar, "migrations", "env.py"), ENV_FROM_VARIABLE)
        write(os.path.join(envvar, ".env"), "APP_DB_URL=postgresql://localhost/app\n")
        runs.add_profile("envvar", "behind", project=envvar)
        code, found, err = doctor(runs, "--profile", "envvar", project=envvar)
        d = find(found, "url-variable-missing", "envvar")
        check("env.py's URL variable: named, with the .env that defines it", d and "APP_DB_URL" in d[0]["title"]
              and ".env:1" in evidence(d[0]), (found, err[-400:]))
        code, out, err = cli("doctor", "--fix", "url-variable-missing", "--profile", "envvar", project=envvar)
        check("--fix routes the profile's URL into the variable, and the check says gone", code == 0 and "is gone" in out,
              (code, out[-500:], err[-500:]))
        code, out, err = cli("sql", "--profile", "envvar", MAIN[-1], project=envvar)
        check("and env.py now gets the profile's URL (the preview works)", code == 0 and out.startswith("-- strata:"),
              (code, out[-300:], err[-500:]))

        check("no output carries the password", not any(PASSWORD in o for o in runs.outputs))
finally:
    if runs:
        shutil.rmtree(runs.work, ignore_errors=True)
finish()
