#!/usr/bin/python3
"""Migration-safety lint (issue "lint"), against a real PostgreSQL cluster,
real Alembic and the real keyring (under with_keyring.sh):

- the same plan (an index built without CONCURRENTLY and a column type
  change) linted against a database where the table has 1.2 million rows
  and one where it has ten gives errors there and notes here, with the
  sizes read from each catalog, and exit codes like `check` (2, 0);
- a foreign key pointing at the changed column pulls its table into the lock;
- `--all` lints every revision's SQL; `--sql FILE --external` asks for a
  lock_timeout that Strata would otherwise set itself;
- "# strata: allow RULE reason" in a revision and "lint" in
  strata-workspace.json change what is reported; a bad setting is named;
- the run's confirmation record in the journal carries the lint report;
- a profile whose server does not answer still gets a lint, with a note."""
import json
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import check, finish  # noqa: E402
from pg_cluster import PgCluster  # noqa: E402
from run_helpers import Runs, revision_text, write  # noqa: E402

CLI = sys.argv[1]
PASSWORD = "Lint pw'%7"
HERE = os.path.dirname(os.path.abspath(__file__))



class Lint(Runs):
    def copy_project(self, name):
        dest = os.path.join(self.work, name)
        shutil.copytree(os.path.join(HERE, "projects", "schema"), dest)
        return dest

    def add_revision(self, project, rev, down, body, message="change"):
        write(os.path.join(project, "migrations", "versions", f"{rev}.py"),
              revision_text(rev, down, body, message=message))


def findings(doc, rule):
    return [f for f in doc.get("findings", []) if f["rule"] == rule]


runs = None
try:
    with PgCluster() as pg:
        pg.sql("CREATE ROLE linter LOGIN PASSWORD 'Lint pw''%7'")
        for db in ("big", "small"):
            pg.sql(f"CREATE DATABASE {db} OWNER linter")
        runs = Lint(CLI, pg, PASSWORD, user="linter")
        cli = runs.cli
        project = runs.copy_project("lintproj")
        runs.add_revision(project, "s300", "s200",
                          '    op.create_table("events", sa.Column("id", sa.Integer, primary_key=True),\n'
                          '                    sa.Column("kind", sa.Integer), sa.Column("at", sa.DateTime))\n'
                          '    op.create_table("event_tags", sa.Column("id", sa.Integer, primary_key=True),\n'
                          '                    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id")))',
                          message="events")
        runs.add_profile("big", "big", project=project)
        runs.add_profile("small", "small", project=project)
        for name in ("big", "small"):
            code, out, err = cli("upgrade", "s300", "--profile", name, "--yes", project=project)
            check(f"{name} upgrades to s300", code == 0, err[-800:])
        pg.sql("INSERT INTO events (kind, at) SELECT g % 7, now() - g * interval '1 second' "
               "FROM generate_series(1, 1200000) g; ANALYZE events", "big")
        pg.sql("INSERT INTO events (kind, at) SELECT g, now() FROM generate_series(1, 10) g; ANALYZE events", "small")

        runs.add_revision(project, "s400", "s300",
                          '    op.create_index("ix_events_at", "events", ["at"])\n'
                          '    op.alter_column("events", "id", type_=sa.BigInteger)',
                          message="index and widen events")

        # --- the same plan, a large table and a small one -------------------------
        code, out, err = cli("lint", "s400", "--profile", "big", "--json", project=project)
        doc = json.loads(out) if out.strip().startswith("{") else {}
        check("lint on the large table exits 2 (errors)", code == 2, (code, out[-1500:], err[-800:]))
        index = findings(doc, "index-not-concurrent")
        check("the index build is an error on 1.2 million rows", index and index[0]["severity"] == "error", doc)
        check("the size read from the catalog is shown", index and "1,200,000 rows" in index[0].get("size", ""), index)
        change = findings(doc, "column-type-change")
        check("the type change is an error there too", change and change[0]["severity"] == "error", change)
        check("the table whose foreign key points at the column is locked too",
              change and "public.event_tags" in change[0]["tables"] and "event_tags" in change[0]["message"], change)
        check("the sizes came from big's catalog", "'big'" in doc.get("facts", ""), doc.get("facts"))
        check("the lock summary names events with ACCESS EXCLUSIVE until COMMIT",
              any(lock["table"] == "events" and lock["mode"] == "ACCESS EXCLUSIVE" and lock["in_transaction"]
                  for lock in doc.get("locks", [])), doc.get("locks"))
        check("Strata's own lock_timeout satisfies the lock-timeout rule",
              any(s.startswith("lock-timeout") for s in doc.get("satisfied", [])), doc.get("satisfied"))

        # A session holding events exclusively (a stuck migration) does not stop the lint:
        # the sizes come from the planner's page counts instead of waiting for the lock.
        holder = runs.connect("big")
        holder.cursor().execute("LOCK TABLE events IN ACCESS EXCLUSIVE MODE")
        started = time.monotonic()
        code, out, err = cli("lint", "s400", "--from", "s300", "--profile", "big", "--json", project=project, timeout=60)
        took = time.monotonic() - started
        holder.rollback()
        holder.close()
        doc = json.loads(out) if out.strip().startswith("{") else {}
        index = findings(doc, "index-not-concurrent")
        check("with events locked by another session the lint still answers, sizes estimated, within seconds",
              code == 2 and index and "1,200,000 rows" in index[0].get("size", "") and took < 8,
              (code, took, out[-800:], err[-400:]))

        code, out, err = cli("lint", "s400", "--profile", "small", "--json", project=project)
        doc = json.loads(out) if out.strip().startswith("{") else {}
        index = findings(doc, "index-not-concurrent")
        check("the same index on ten rows is a note", index and index[0]["severity"] == "info", doc)
        check("and the small table's size says why", index and "~10 rows" in index[0].get("size", ""), index)
        check("lint on the small table exits 0", code == 0, (code, out[-1200:], err[-500:]))

        code, out, err = cli("lint", "s400", "--profile", "big", project=project)
        check("the human text names rule, line, revision, lock, size and the safe pattern",
              "[index-not-concurrent]" in out and "revision s400" in out and "lock: SHARE on events" in out
              and "size: public.events" in out and "safe: CREATE INDEX CONCURRENTLY" in out, out[-2000:])

        # --- every revision's SQL ---------------------------------------------------
        code, out, err = cli("lint", "--all", "--json", project=project)
        doc = json.loads(out) if out.strip().startswith("{") else {}
        revs = {f.get("revision") for f in doc.get("findings", [])}
        check("--all lints every revision (s400's findings are there)", "s400" in revs and doc.get("statements", 0) > 5,
              (code, out[-1500:], err[-500:]))
        check("without a profile nothing is weighed: warnings, exit 1", code == 1
              and all(f["severity"] == "warning" for f in findings(doc, "index-not-concurrent")), code)

        code, out, err = cli("lint", "--all", "--profile", "big", "--json", project=project)
        doc = json.loads(out) if out.strip().startswith("{") else {}
        index = [f for f in findings(doc, "index-not-concurrent") if f.get("revision") == "s400"]
        check("--all with a profile weighs each revision by the sizes there (events, created by an earlier "
              "revision, is large)", index and index[0]["severity"] == "error" and "1,200,000" in index[0].get("size", ""),
              (code, index, err[-500:]))

        # --- a SQL file for psql -------------------------------------------------------
        sql_file = os.path.join(runs.work, "hand.sql")
        write(sql_file, "BEGIN;\nALTER TABLE events ADD COLUMN note text;\nALTER TABLE events ALTER COLUMN kind SET NOT NULL;\nCOMMIT;\n")
        code, out, err = cli("lint", "--sql", sql_file, "--external", "--json", project=project)
        doc = json.loads(out) if out.strip().startswith("{") else {}
        check("SQL run outside Strata is told to set lock_timeout", findings(doc, "lock-timeout"), out[-800:])
        check("SET NOT NULL without a validated CHECK is found in a hand-written file",
              findings(doc, "set-not-null") and findings(doc, "set-not-null")[0]["line"] == 3, doc.get("findings"))
        code, out, err = cli("lint", "--sql", sql_file, "--json", project=project)
        doc = json.loads(out) if out.strip().startswith("{") else {}
        check("run through Strata, the lock-timeout rule is satisfied", not findings(doc, "lock-timeout"), out[-800:])
        write(sql_file, "ALTER TABLE events ADD COLUM note text;\n")
        code, out, err = cli("lint", "--sql", sql_file, "--json", project=project)
        doc = json.loads(out) if out.strip().startswith("{") else {}
        check("a statement the grammar refuses is reported, not guessed", doc.get("unparsed") == 1
              and "syntax error" in (findings(doc, "unparsed") or [{}])[0].get("message", ""), out[-600:])

        # --- allowances and configuration ----------------------------------------
        path = os.path.join(project, "migrations", "versions", "s400.py")
        text = open(path).read().replace(
            '    op.create_index("ix_events_at", "events", ["at"])',
            '    # strata: allow index-not-concurrent built in the maintenance window, writes stopped\n'
            '    op.create_index("ix_events_at", "events", ["at"])')
        write(path, text)
        code, out, err = cli("lint", "s400", "--from", "s300", "--json", project=project)
        doc = json.loads(out) if out.strip().startswith("{") else {}
        index = findings(doc, "index-not-concurrent")
        check("an allow comment in the revision marks the finding allowed, with its reason",
              index and index[0]["allowed"] and "maintenance window" in index[0]["allow_reason"], index)
        write(os.path.join(project, "strata-workspace.json"),
              json.dumps({"lint": {"off": ["column-type-change"], "severity": {"index-not-concurrent": "error"}}}))
        code, out, err = cli("lint", "s400", "--from", "s300", "--json", project=project)
        doc = json.loads(out) if out.strip().startswith("{") else {}
        check("a rule turned off in strata-workspace.json is gone", not findings(doc, "column-type-change"), out[-800:])
        check("a severity set there applies", findings(doc, "index-not-concurrent")
              and findings(doc, "index-not-concurrent")[0]["severity"] == "error", doc.get("findings"))
        write(os.path.join(project, "strata-workspace.json"), json.dumps({"lint": {"off": ["no-such-rule"]}}))
        code, out, err = cli("lint", "s400", "--from", "s300", project=project)
        check("a setting naming no rule is said, with the file", "no-such-rule" in out and "strata-workspace.json" in out,
              out[-800:])
        os.remove(os.path.join(project, "strata-workspace.json"))

        # --- the run's record keeps what the lint said ---------------------------
        code, out, err = cli("upgrade", "s400", "--profile", "small", "--yes", project=project)
        check("the small database upgrades", code == 0, err[-800:])
        run = runs.last_run()
        lint = run.get("preflight", {}).get("lint", {})
        check("the journal record holds the lint report the run was confirmed with",
              lint.get("dialect") == "postgresql" and any(f["rule"] == "index-not-concurrent"
                                                          for f in lint.get("findings", [])), run.get("preflight"))

        # --- a server that does not answer -----------------------------------------
        code, _, err = cli("profiles", "add", "gone", "--driver", "postgresql", "--host", "127.0.0.1", "--port", "1",
                           "--database", "nowhere", "--user", "linter", "--project", project)
        code, out, err = cli("lint", "s400", "--from", "s300", "--profile", "gone", "--timeout", "2", "--json",
                             project=project, timeout=60)
        doc = json.loads(out) if out.strip().startswith("{") else {}
        check("an unreachable profile still gets its lint, sizes left out with why",
              findings(doc, "index-not-concurrent") and any("not read" in n for n in doc.get("notes", [])),
              (code, out[-800:], err[-500:]))

        code, out, err = cli("lint", "--rules", "--json")
        rules = json.loads(out).get("rules", []) if code == 0 else []
        check("--rules lists every rule with its lock, why and safe pattern", len(rules) >= 23
              and all(r["lock"] and r["why"] and r["safe"] for r in rules), out[-500:])

        readme = open(os.path.join(HERE, "..", "..", "README.md")).read()
        undocumented = [r["code"] for r in rules if f"| `{r['code']}` |" not in readme or r["safe"] not in readme]
        check("the README documents every rule with its safe pattern", not undocumented, undocumented)

        leaked = [o for o in runs.outputs if PASSWORD in o]
        check("no output shows the password", not leaked)
finally:
    if runs:
        runs.cleanup()
finish()
