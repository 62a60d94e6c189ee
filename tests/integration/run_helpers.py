"""What the run tests share: a copy of the runs project, strata-cli invoked on
it (every output kept for the password scan), profiles with keychain
passwords, and reading the database and the journal back."""
import json
import os
import shutil
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# The bridge's interpreter: Debian's, or another Alembic's (tests/platform/with_alembic_tree.sh).
PY = os.environ.get("STRATA_TEST_BRIDGE_PYTHON", "/usr/bin/python3")
MAIN = ["a1000000000a", "b2000000000b", "c3000000000c", "d4000000000d", "e5000000000e", "f6000000000f"]
MAIN_HEAD = MAIN[-1]


class Runs:
    def __init__(self, cli, pg, password, user="runner"):
        self.cli_path = cli
        self.pg = pg
        self.password = password
        self.user = user
        self.work = tempfile.mkdtemp(prefix="strata-truth-")
        self.project = self.copy_project("runs")
        self.outputs = []

    def copy_project(self, name):
        dest = os.path.join(self.work, name)
        shutil.copytree(os.path.join(HERE, "projects", "runs"), dest)
        return dest

    def cli(self, *args, project=None, stdin=None, timeout=120, env=None):
        p = subprocess.run([self.cli_path, "--project", project or self.project, "--python", PY, *args], input=stdin,
                           capture_output=True, text=True, timeout=timeout, env=env)
        self.outputs.append(p.stdout + p.stderr)
        return p.returncode, p.stdout, p.stderr

    def start(self, *args, project=None, env=None):
        return subprocess.Popen([self.cli_path, "--project", project or self.project, "--python", PY, *args],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)

    def collect(self, p, timeout=60):
        out, err = p.communicate(timeout=timeout)
        self.outputs.append(out + err)
        return p.returncode, out, err

    def add_profile(self, name, db, *extra, project=None):
        code, _, err = self.cli("profiles", "add", name, "--driver", "postgresql", "--host", "127.0.0.1", "--port",
                                str(self.pg.port), "--database", db, "--user", self.user, "--project",
                                project or self.project, *extra)
        assert code == 0, err
        code, _, err = self.cli("profiles", "set-password", name, stdin=self.password + "\n")
        assert code == 0, err

    def url(self, db):
        from urllib.parse import quote
        return f"postgresql://{self.user}:{quote(self.password, safe='')}@127.0.0.1:{self.pg.port}/{db}"

    def version(self, db):
        if not self.pg.sql("SELECT to_regclass('public.alembic_version')", db)[0][0]:
            return None
        return sorted(r[0] for r in self.pg.sql("SELECT version_num FROM alembic_version", db))

    def tables(self, db):
        return sorted(r[0] for r in self.pg.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", db))

    def journal_run(self, run_id):
        code, out, _ = self.cli("journal", run_id, "--json")
        return json.loads(out) if code == 0 else {}

    def last_run(self, verbs=("upgrade", "downgrade", "stamp", "run-sql")):
        code, out, _ = self.cli("journal", "--json", "--limit", "20")
        runs = [r for r in json.loads(out)["runs"] if r["verb"] in verbs] if code == 0 else []
        return runs[0] if runs else {}

    def run_backends(self, db):
        return self.pg.sql("SELECT pid, application_name, wait_event_type FROM pg_stat_activity WHERE datname = '%s' "
                           "AND application_name LIKE 'strata-run %%' AND application_name NOT LIKE '%%control'" % db,
                           "postgres")

    def connect(self, db, application="forgotten-psql"):
        import psycopg2
        return psycopg2.connect(host="127.0.0.1", port=self.pg.port, user=self.user, password=self.password, dbname=db,
                                application_name=application)

    def cleanup(self):
        shutil.rmtree(self.work, ignore_errors=True)


def wait_for(predicate, timeout=15.0, step=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return None


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


REVISION = '''"""{message}

Revision ID: {rev}
Revises: {down}
"""
from alembic import op
import sqlalchemy as sa

revision = "{rev}"
down_revision = {down_repr}
branch_labels = None
depends_on = None


def upgrade():
{upgrade}


def downgrade():
{downgrade}
'''


def revision_text(rev, down, upgrade, downgrade="    pass", message="change"):
    """A revision script as Alembic's template writes one (down None: a base)."""
    return REVISION.format(message=message, rev=rev, down=down or "", down_repr=repr(down) if down else "None",
                           upgrade=upgrade, downgrade=downgrade)
