"""Strata's bridge to Alembic: one request, one process, events as JSON lines.

Strata starts this script with the project's own Python interpreter. The
request is the first line on stdin (JSON; it carries the database URL with its
password, so the password is in no command line and no environment variable).
Later lines on stdin are control commands: "cancel" interrupts the run, and
end-of-file (Strata went away) ends the process at once, so the database rolls
the open transaction back.

Events go to the original stdout, one JSON object per line. Everything else
that would reach stdout (print() in env.py, logging set up by fileConfig) is
sent to stderr, which Strata shows as the run's log.

Events (protocol 3): "hello" (protocol, versions), "backend" (session id,
driver, identity key), "configured" (how env.py configured Alembic), "plan",
"step_started", "step_finished" (with the version rows after the step),
"autocommit_block", "statement" (a rehearsal's statement: outcome, locks,
rewrites), "reached" (a schema build at a revision, waiting for "continue"),
"result", "error".

Verbs: probe, sql, upgrade, downgrade, stamp, merge, revision, rehearse (the
plan run for real in one transaction that is always rolled back), build (a
scratch database upgraded revision by revision), drift (autogenerate's
comparison of env.py's target_metadata with the database, writing nothing).

Every connection env.py opens gets the session settings Strata's dialect
built (the "session" object of the request: statements such as
application_name and timeouts, the SQL that names the session, and the SQL
that reads the database's identity). A connection that reaches another
database than the profile's is refused before its first statement.

Works with the Alembic and SQLAlchemy versions Debian 12 ships (1.8 / 1.4)
and newer; it uses only Alembic's public command API plus two documented hooks
(the fn passed to MigrationContext and on_version_apply).
"""

import json
import os
import re
import sys
import threading
import time
import traceback

PROTOCOL = 3

_events = None
_events_lock = threading.Lock()


_secrets = []


def _scrub(text):
    for secret in _secrets:
        text = text.replace(secret, "***")
    return text


def emit(kind, **fields):
    fields["event"] = kind
    fields["t"] = round(time.time(), 6)
    line = _scrub(json.dumps(fields, ensure_ascii=False, default=str))
    with _events_lock:
        _events.write(line + "\n")
        _events.flush()


def _split_streams():
    """Keep the real stdout for events; send fd 1 to stderr from now on."""
    global _events
    _events = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    sys.stderr = _ScrubbingStream(sys.stderr)
    sys.stdout = sys.stderr


class _ScrubbingStream:
    """stderr with the password taken out of whatever env.py or a traceback prints."""

    def __init__(self, inner):
        self._inner = inner

    def write(self, text):
        return self._inner.write(_scrub(text))

    def __getattr__(self, name):
        return getattr(self._inner, name)


def _die_with_parent():
    # Linux: if Strata is killed, take this process (and so the database
    # session and its open transaction) with it.
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:
            os._exit(130)
    except Exception:
        pass


class _Control(threading.Thread):
    """Reads control lines after the request; EOF means Strata is gone."""

    def __init__(self, stream):
        super().__init__(daemon=True)
        self.stream = stream
        self.cancelled = False
        self.go_on = threading.Event()

    def run(self):
        import _thread

        for line in self.stream:
            if line.strip() == "cancel":
                self.cancelled = True
                self.go_on.set()
                _thread.interrupt_main()
            elif line.strip() == "continue":
                self.go_on.set()
        # Strata closed our stdin: it ended or died. Exiting closes the
        # database connection; the server rolls the transaction back.
        if not self.cancelled:
            os._exit(130)


def _module_version(name):
    try:
        module = __import__(name)
    except ImportError as exc:
        return None, str(exc)
    for attr in ("__version__", "version", "VERSION"):
        value = getattr(module, attr, None)
        if isinstance(value, str):
            return value, None
    try:
        from importlib import metadata

        return metadata.version(name), None
    except Exception:
        return "unknown", None


DRIVERS = {
    "postgresql": ["psycopg2", "psycopg", "pg8000", "asyncpg"],
    "mysql": ["MySQLdb", "pymysql", "mysql.connector"],
    "mariadb": ["MySQLdb", "pymysql", "mysql.connector"],
    "sqlite": ["sqlite3"],
}
DEFAULT_DRIVER = {"postgresql": "psycopg2", "mysql": "MySQLdb", "mariadb": "MySQLdb", "sqlite": "sqlite3"}
PIP_NAME = {"psycopg2": "psycopg2-binary", "MySQLdb": "mysqlclient", "pymysql": "PyMySQL", "psycopg": "psycopg"}
DEBIAN_NAME = {
    "alembic": "python3-alembic",
    "sqlalchemy": "python3-sqlalchemy",
    "psycopg2": "python3-psycopg2",
    "MySQLdb": "python3-mysqldb",
    "pymysql": "python3-pymysql",
}


def _install_hint(module):
    pip = PIP_NAME.get(module, module)
    in_venv = sys.prefix != getattr(sys, "base_prefix", sys.prefix)
    system_python = os.path.realpath(sys.executable).startswith("/usr/bin/")
    if in_venv or not system_python:
        return "%s -m pip install %s" % (sys.executable, pip)
    if module in DEBIAN_NAME:
        return "apt install %s (or pip install %s in a virtual environment)" % (DEBIAN_NAME[module], pip)
    return "pip install %s" % pip


def probe(request):
    dialect = request.get("dialect") or ""
    backend, _, driver = dialect.partition("+")
    result = {
        "python": sys.version.split()[0],
        "executable": sys.executable,
        "protocol": PROTOCOL,
        "missing": [],
    }
    for name in ("alembic", "sqlalchemy"):
        version, error = _module_version(name)
        result[name] = version
        if version is None:
            result["missing"].append({"module": name, "message": error, "install": _install_hint(name)})
    if backend:
        wanted = driver or DEFAULT_DRIVER.get(backend)
        if wanted == "mysqldb":
            wanted = "MySQLdb"
        if wanted == "mysqlconnector":
            wanted = "mysql.connector"
        if wanted:
            version, error = _module_version(wanted)
            result["driver"] = {"module": wanted, "version": version}
            if version is None:
                result["missing"].append({"module": wanted, "message": error, "install": _install_hint(wanted)})
    emit("result", verb="probe", ok=not result["missing"], probe=result)
    return 0 if not result["missing"] else 3


class StrataWrongDatabase(Exception):
    """env.py connected somewhere else than the database Strata checked."""

    def __init__(self, message, expected="", actual=""):
        super().__init__(message)
        self.expected = expected
        self.actual = actual


DRIVER_FAMILIES = {
    "postgresql": ("psycopg", "pg8000", "asyncpg"),
    "mysql": ("MySQLdb", "pymysql", "mysql", "mariadb"),
    "sqlite": ("sqlite3", "pysqlite"),
}


def _driver_name(dbapi_connection):
    module = (type(dbapi_connection).__module__ or "").split(".")[0]
    version = ""
    try:
        version = getattr(sys.modules.get(module), "__version__", "") or ""
    except Exception:
        pass
    return module, ("%s %s" % (module, version.split()[0] if version else "")).strip()


def _install_session_settings(request):
    """Name, bound and identify every connection env.py opens, without touching env.py."""
    from sqlalchemy import event
    from sqlalchemy.pool import Pool

    session = request.get("session") or {}
    dialect = session.get("dialect") or ""
    preamble = session.get("preamble") or []
    id_sql = session.get("session_id_sql") or ""
    identity_sql = session.get("identity_sql") or ""
    identity_key = session.get("identity_key") or ""
    identity_text = session.get("identity_text") or identity_key

    @event.listens_for(Pool, "connect")
    def _on_connect(dbapi_connection, record):
        module, driver = _driver_name(dbapi_connection)
        families = DRIVER_FAMILIES.get(dialect)
        if families and not any(module.startswith(f) for f in families):
            raise StrataWrongDatabase(
                "env.py connected through %s, which is not a %s driver: it does not reach %s, the profile's database; "
                "nothing was run" % (module, dialect, identity_text), identity_key, module)
        cursor = dbapi_connection.cursor()
        actual = identity_key
        try:
            if identity_sql:
                cursor.execute(identity_sql)
                actual = str(cursor.fetchone()[0])
                if actual != identity_key:
                    raise StrataWrongDatabase(
                        "env.py connected to another database (%s) than the profile's (%s); nothing was run on it"
                        % (actual, identity_text), identity_key, actual)
            for statement in preamble:
                cursor.execute(statement)
            pid = 0
            if id_sql:
                cursor.execute(id_sql)
                pid = int(cursor.fetchone()[0])
        finally:
            cursor.close()
        # The settings are outside any migration transaction; make them stick.
        try:
            dbapi_connection.commit()
        except Exception:
            pass
        emit("backend", pid=pid, driver=driver, identity_key=actual)


def _mask(url):
    try:
        from sqlalchemy.engine.url import make_url

        return repr(make_url(str(url)) if not hasattr(url, "drivername") else url)
    except Exception:
        return "(unreadable URL)"


def _install_configure_hook():
    """How env.py configured Alembic: its transaction mode, and the URL it used."""
    from alembic.runtime.environment import EnvironmentContext

    original = EnvironmentContext.configure

    def configure(self, *args, **kwargs):
        url = kwargs.get("url")
        emit(
            "configured",
            transaction_per_migration=bool(kwargs.get("transaction_per_migration", False)),
            offline=self.is_offline_mode(),
            url=_mask(url) if url is not None else "",
        )
        return original(self, *args, **kwargs)

    EnvironmentContext.configure = configure


_CURRENT_STEP = [0]


def _install_step_hooks():
    """step_started / step_finished around every migration step."""
    from alembic.runtime import migration

    original_init = migration.MigrationContext.__init__

    def describe(step):
        info = step.info
        up = list(info.up_revision_ids)
        down = list(info.down_revision_ids)
        upgrade = info.is_upgrade
        doc = ""
        revision = getattr(step, "revision", None)
        if revision is not None:
            doc = (revision.doc or "").strip()
        return {
            "direction": "stamp" if info.is_stamp else ("upgrade" if upgrade else "downgrade"),
            "from": down if upgrade else up,
            "to": up if upgrade else down,
            "message": doc,
        }

    def patched_init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        inner = self._migrations_fn
        if inner is None:
            return
        state = {"started": None, "index": 0}

        def steps(heads, context):
            items = list(inner(heads, context))
            emit("plan", steps=len(items), offline=bool(context.as_sql))
            for i, step in enumerate(items):
                state["started"] = time.monotonic()
                state["index"] = i
                _CURRENT_STEP[0] = i
                emit("step_started", index=i, total=len(items), **describe(step))
                yield step

        def finished(ctx, step, heads, run_args):
            began = state["started"] or time.monotonic()
            emit(
                "step_finished",
                index=state["index"],
                duration_ms=round((time.monotonic() - began) * 1000.0, 3),
                heads=sorted(heads),
            )

        self._migrations_fn = steps
        self.on_version_apply_callbacks = list(self.on_version_apply_callbacks) + [finished]
        self._strata_state = state

    migration.MigrationContext.__init__ = patched_init

    original_block = migration.MigrationContext.autocommit_block

    def autocommit_block(self):
        state = getattr(self, "_strata_state", None)
        emit("autocommit_block", index=state["index"] if state else 0)
        return original_block(self)

    migration.MigrationContext.autocommit_block = autocommit_block


class _OfflineBuffer:
    """Alembic's output_buffer for --sql: collected into the result."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        if text:
            self.parts.append(text)

    def flush(self):
        pass


def _remember_secret(password):
    """Never echo the password: not in events, not in tracebacks."""
    if not password:
        return
    from urllib.parse import quote, quote_plus

    for form in {password, quote(password, safe=""), quote_plus(password), json.dumps(password)[1:-1]}:
        if form and form not in _secrets:
            _secrets.append(form)
    _secrets.sort(key=len, reverse=True)


class StrataConfigError(Exception):
    """The project's configuration is one this Alembic cannot read."""


def _config(request, buffer=None):
    import inspect

    from alembic.config import Config

    kwargs = dict(ini_section=request.get("section") or "alembic", output_buffer=buffer, stdout=sys.stderr)
    toml = request.get("toml_file")
    if toml:
        if "toml_file" in inspect.signature(Config.__init__).parameters:
            kwargs["toml_file"] = toml
        elif request.get("toml_needed"):
            raise StrataConfigError(
                "this project keeps its Alembic settings in [tool.alembic] of %s, which Alembic %s does not read "
                "(it needs 1.16 or newer)" % (toml, _module_version("alembic")[0] or "(unknown version)"))
    cfg = Config(request.get("config_file") or None, **kwargs)
    url = request.get("url")
    if url:
        if request.get("url_as_option", True):
            # configparser interpolation: a literal % must be doubled.
            cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
        for name in request.get("url_env") or []:
            os.environ[name] = url
    return cfg


class StrataRehearsalStop(Exception):
    """A statement that cannot be rolled back: the rehearsal stops before it."""

    def __init__(self, message, sql=""):
        super().__init__(message)
        self.sql = sql


_NON_TRANSACTIONAL = None


def _non_transactional(sql):
    global _NON_TRANSACTIONAL
    if _NON_TRANSACTIONAL is None:
        _NON_TRANSACTIONAL = re.compile(
            r"\bCONCURRENTLY\b|^\s*VACUUM\b|^\s*(CREATE|DROP|ALTER)\s+(DATABASE|TABLESPACE|SYSTEM)\b|^\s*COMMIT\b|^\s*END\b",
            re.IGNORECASE)
    return bool(_NON_TRANSACTIONAL.search(sql or ""))


_TRANSACTION_CONTROL = re.compile(r"\s*(SAVEPOINT|RELEASE|ROLLBACK|BEGIN|START)\b", re.IGNORECASE)
_LOCKS_SQL = (
    "SELECT l.mode, c.oid, n.nspname || '.' || c.relname, c.relfilenode, c.relkind "
    "FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE l.pid = pg_backend_pid() AND l.granted AND l.locktype = 'relation' "
    "AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND c.relkind IN ('r', 'p', 'm', 'v', 'S')")
_FILES_SQL = (
    "SELECT c.oid, c.relfilenode FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')")
_CASTABLE_SQL = (
    "CREATE OR REPLACE FUNCTION pg_temp.strata_castable(tbl text, expr text, typ text, id tid) RETURNS boolean "
    "LANGUAGE plpgsql AS $f$ BEGIN EXECUTE format('SELECT (%s)::%s FROM %s WHERE ctid = %L', expr, typ, tbl, id); "
    "RETURN true; EXCEPTION WHEN others THEN RETURN false; END $f$")


def _dbapi_of(conn):
    fairy = conn.connection
    return getattr(fairy, "dbapi_connection", None) or getattr(fairy, "connection", None)


class _Rehearsal:
    """Traces every statement of a rehearsal and makes sure nothing commits."""

    def __init__(self, request):
        self.postgres = (request.get("session") or {}).get("dialect") == "postgresql"
        self.step = 0
        self.files = {}  # dbapi connection id -> {oid: relfilenode}
        self.locks = {}  # dbapi connection id -> set of (mode, oid)
        self.connections = []
        self.started = None
        self.commits_suppressed = 0
        self.statements = 0
        self.failed = False
        self.wrapped = False

    def _query(self, dbapi, sql, *args):
        cursor = dbapi.cursor()
        try:
            cursor.execute(sql, args or None)
            try:
                return cursor.fetchall()
            except Exception:
                return []
        finally:
            cursor.close()

    def install(self):
        from sqlalchemy import event
        from sqlalchemy.engine import Engine, default

        rehearsal = self

        def do_commit(self_dialect, dbapi_connection):
            # A rehearsal never commits: every migration transaction stays
            # inside the one that is rolled back at the end.
            rehearsal.commits_suppressed += 1

        default.DefaultDialect.do_commit = do_commit

        @event.listens_for(Engine, "engine_connect")
        def _engine_connect(conn, *args):
            cls = type(conn.dialect)
            if cls.do_commit is not do_commit:
                cls.do_commit = do_commit

        @event.listens_for(Engine, "before_cursor_execute")
        def _before(conn, cursor, statement, parameters, context, executemany):
            dbapi = _dbapi_of(conn)
            if getattr(dbapi, "autocommit", False) or conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
                raise StrataRehearsalStop("the connection is in autocommit mode, so this statement would commit at "
                                          "once; the rehearsal stopped before it", statement)
            if _non_transactional(statement):
                raise StrataRehearsalStop("this statement cannot run inside a transaction, so it cannot be rolled "
                                          "back; the rehearsal stopped before it", statement)
            key = id(dbapi)
            # The migration's own savepoints are left alone (releasing ours
            # would release theirs too).
            rehearsal.wrapped = rehearsal.postgres and not _TRANSACTION_CONTROL.match(statement or "")
            if rehearsal.postgres:
                if key not in rehearsal.files:
                    rehearsal.connections.append(dbapi)
                    rehearsal.files[key] = dict(rehearsal._query(dbapi, _FILES_SQL))
                    rehearsal.locks[key] = set()
                if rehearsal.wrapped:
                    rehearsal._query(dbapi, "SAVEPOINT strata_statement")
            rehearsal.started = time.monotonic()

        @event.listens_for(Engine, "after_cursor_execute")
        def _after(conn, cursor, statement, parameters, context, executemany):
            duration = (time.monotonic() - (rehearsal.started or time.monotonic())) * 1000.0
            locks, rewritten = [], []
            if rehearsal.postgres:
                dbapi = _dbapi_of(conn)
                locks, rewritten = rehearsal._trace(dbapi)
                if rehearsal.wrapped:
                    rehearsal._query(dbapi, "RELEASE SAVEPOINT strata_statement")
            rehearsal.statements += 1
            emit("statement", step=_CURRENT_STEP[0], sql=statement, duration_ms=round(duration, 3), ok=True,
                 locks=locks, rewritten=rewritten)

        @event.listens_for(Engine, "handle_error")
        def _error(context):
            statement = context.statement or ""
            duration = (time.monotonic() - (rehearsal.started or time.monotonic())) * 1000.0
            locks, rewritten, analysis = [], [], ""
            if isinstance(context.original_exception, StrataRehearsalStop):
                return None
            if rehearsal.wrapped and context.connection is not None:
                dbapi = _dbapi_of(context.connection)
                try:
                    rehearsal._query(dbapi, "ROLLBACK TO SAVEPOINT strata_statement")
                    analysis = rehearsal._analyse(dbapi, statement, str(context.original_exception))
                except Exception as exc:  # the analysis is a help, never the story
                    analysis = ""
                    print("strata: could not analyse the failure: %s" % exc, file=sys.stderr)
            rehearsal.failed = True
            emit("statement", step=_CURRENT_STEP[0], sql=statement, duration_ms=round(duration, 3), ok=False,
                 error=str(context.original_exception).strip(), locks=locks, rewritten=rewritten, analysis=analysis)
            return None

    def _trace(self, dbapi):
        key = id(dbapi)
        held = self.locks.setdefault(key, set())
        files = self.files.setdefault(key, {})
        new_locks, rewritten = [], []
        for mode, oid, name, filenode, kind in self._query(dbapi, _LOCKS_SQL):
            if (mode, oid) not in held:
                held.add((mode, oid))
                new_locks.append("%s on %s" % (mode, name))
            if kind in ("r", "p", "m") and oid in files and files[oid] != filenode:
                rewritten.append(name)
                files[oid] = filenode
        return new_locks, sorted(set(rewritten))

    def _analyse(self, dbapi, statement, error):
        """The rows that make a statement fail, counted (and a few shown)."""
        import re

        flat = " ".join(statement.split())
        m = re.match(r"ALTER TABLE (?:ONLY )?(\S+) ALTER (?:COLUMN )?(\S+) (?:SET DATA )?TYPE (.+?)(?: USING (.+))?$",
                     flat, re.IGNORECASE)
        if m and ("invalid input" in error or "cannot be cast" in error or "out of range" in error
                  or "value too long" in error or "invalid" in error):
            table, column, typ, using = m.group(1), m.group(2), m.group(3).rstrip(";"), m.group(4)
            expr = (using or column).rstrip(";")
            self._query(dbapi, _CASTABLE_SQL)
            total = self._query(dbapi, "SELECT count(*) FROM %s" % table)[0][0]
            rows = self._query(dbapi,
                               "SELECT %s::text, count(*) FROM %s WHERE NOT pg_temp.strata_castable(%%s, %%s, %%s, ctid) "
                               "GROUP BY 1 ORDER BY 2 DESC, 1" % (column, table), table, expr, typ)
            bad = sum(r[1] for r in rows)
            shown = ", ".join("%s (%d)" % ("NULL" if v is None else "'%s'" % v, n) for v, n in rows[:5])
            return "%d of %d row(s) of %s hold a %s that cannot become %s: %s%s" % (
                bad, total, table, column, typ, shown, ", …" if len(rows) > 5 else "")
        m = re.search(r'column "(.+?)" of relation "(.+?)" contains null values', error)
        if m:
            column, relation = m.group(1), m.group(2)
            t = re.match(r"ALTER TABLE (?:ONLY )?(\S+)", flat, re.IGNORECASE)
            table = t.group(1) if t else '"%s"' % relation
            total = self._query(dbapi, "SELECT count(*) FROM %s" % table)[0][0]
            nulls = self._query(dbapi, 'SELECT count(*) FROM %s WHERE "%s" IS NULL' % (table, column.replace('"', '""')))[0][0]
            return "%d of %d row(s) of %s have no %s (NULL)" % (nulls, total, table, column)
        m = re.search(r"Key \((.+?)\)=\(.*\) is duplicated", error)
        if m:
            t = re.search(r"\bON (?:ONLY )?(\S+)", flat, re.IGNORECASE) or re.match(r"ALTER TABLE (?:ONLY )?(\S+)", flat,
                                                                                  re.IGNORECASE)
            if t:
                table = t.group(1)
                groups, rows = self._query(
                    dbapi, "SELECT count(*), coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM %s GROUP BY %s "
                    "HAVING count(*) > 1) d" % (table, m.group(1)))[0]
                return "%d value(s) of (%s) in %s occur more than once (%d rows)" % (groups, m.group(1), table, rows)
        return ""

    def roll_back(self):
        for dbapi in self.connections:
            try:
                dbapi.rollback()
            except Exception:
                pass


def _rehearse(request):
    from alembic import command
    from alembic.runtime import migration

    rehearsal = _Rehearsal(request)
    rehearsal.install()
    original_block = migration.MigrationContext.autocommit_block

    def autocommit_block(self):
        raise StrataRehearsalStop("a step leaves its transaction (autocommit_block) to run statements that commit "
                                  "on their own; they cannot be rolled back, so the rehearsal stopped before them")

    migration.MigrationContext.autocommit_block = autocommit_block
    cfg = _config(request)
    target = request["target"]
    stopped = None
    try:
        if request.get("downgrade"):
            command.downgrade(cfg, target)
        else:
            command.upgrade(cfg, target)
    except BaseException as exc:
        stop = _find_cause(exc, StrataRehearsalStop)
        if stop is None:
            raise
        stopped = {"reason": str(stop), "sql": stop.sql}
    finally:
        rehearsal.roll_back()
        migration.MigrationContext.autocommit_block = original_block
    emit("result", verb="rehearse", ok=True, rolled_back=True, stopped=stopped,
         commits_suppressed=rehearsal.commits_suppressed, statements=rehearsal.statements)
    return 0


def _build(request, control):
    """Upgrade a scratch database revision by revision, pausing at each."""
    from alembic import command

    cfg = _config(request)
    for target in request.get("targets") or []:
        command.upgrade(cfg, target)
        control.go_on.clear()
        emit("reached", revision=target)
        control.go_on.wait()
        if control.cancelled:
            raise KeyboardInterrupt()
    emit("result", verb="build", ok=True)
    return 0


def _describe_object(obj):
    name = getattr(obj, "name", None) or ""
    table = getattr(obj, "table", None)
    if table is not None and getattr(table, "name", None):
        prefix = "%s." % table.fullname if getattr(table, "fullname", None) else "%s." % table.name
        return prefix + (name or "(unnamed)")
    return getattr(obj, "fullname", None) or name or repr(obj)


def _qualified(schema, table, column=None):
    out = "%s.%s" % (schema, table) if schema else table
    return "%s.%s" % (out, column) if column else out


def _describe_diff(diff):
    """One of compare_metadata's differences as missing / extra / changed (the database against the models)."""
    if isinstance(diff, list):
        changes = [_describe_diff(d) for d in diff]
        if not changes:
            return None
        first = changes[0]
        return {"kind": "changed", "object": first["object"], "name": first["name"],
                "detail": "; ".join(c["detail"] for c in changes if c["detail"])}
    op = diff[0]
    kind = "missing" if op.startswith("add_") else "extra" if op.startswith("remove_") else "changed"
    if op in ("add_table", "remove_table"):
        t = diff[1]
        return {"kind": kind, "object": "table", "name": t.fullname, "detail": "%d column(s)" % len(t.columns)}
    if op in ("add_column", "remove_column"):
        schema, table, column = diff[1], diff[2], diff[3]
        return {"kind": kind, "object": "column", "name": _qualified(schema, table, column.name),
                "detail": str(column.type)}
    if op in ("add_index", "remove_index"):
        return {"kind": kind, "object": "index", "name": _describe_object(diff[1]), "detail": ""}
    if op in ("add_constraint", "remove_constraint", "add_fk", "remove_fk"):
        return {"kind": kind, "object": "foreign key" if op.endswith("fk") else "constraint",
                "name": _describe_object(diff[1]), "detail": ""}
    if op.startswith("modify_"):
        schema, table, column = diff[1], diff[2], diff[3]
        old, new = diff[5], diff[6]
        what = op[len("modify_"):]
        return {"kind": "changed", "object": "column", "name": _qualified(schema, table, column),
                "detail": "%s %s in the models, %s in the database" % (what, new, old)}
    return {"kind": kind, "object": op, "name": "", "detail": repr(diff[1:])}


def _drift(request):
    from alembic.runtime.environment import EnvironmentContext
    from alembic.script import ScriptDirectory

    cfg = _config(request)
    script = ScriptDirectory.from_config(cfg)
    found = {}

    def compare(rev, context):
        from alembic.autogenerate import compare_metadata

        metadata = context.opts.get("target_metadata")
        found["heads"] = sorted(context.get_current_heads())
        if metadata is None:
            found["no_metadata"] = True
            return []
        found["differences"] = [d for d in (_describe_diff(x) for x in compare_metadata(context, metadata)) if d]
        return []

    with EnvironmentContext(cfg, script, fn=compare, dont_mutate=True):
        script.run_env()
    if found.get("no_metadata"):
        emit("error", type="StrataNoMetadata",
             message="drift needs target_metadata in env.py: it passes target_metadata=None to context.configure(), "
                     "so there are no models to compare the database with")
        return 1
    if "differences" not in found:
        emit("error", type="StrataNoComparison",
             message="env.py did not run the migrations online, so nothing was compared")
        return 1
    emit("result", verb="drift", ok=True, differences=found["differences"], current=found.get("heads", []))
    return 0


def _revision(request):
    from alembic import command

    cfg = _config(request)
    kwargs = dict(message=request.get("message") or None, autogenerate=bool(request.get("autogenerate")),
                  rev_id=request.get("rev_id") or None)
    if request.get("head"):
        kwargs["head"] = request["head"]
    if request.get("branch_label"):
        kwargs["branch_label"] = request["branch_label"]
    scripts = command.revision(cfg, **kwargs)
    if not isinstance(scripts, list):
        scripts = [scripts]
    written = [{"revision": s.revision, "path": s.path} for s in scripts if s is not None]
    emit("result", verb="revision", ok=True, scripts=written,
         revision=written[0]["revision"] if written else None, path=written[0]["path"] if written else None)
    return 0


def run(request, control=None):
    from alembic import command

    verb = request["verb"]
    _install_session_settings(request)
    _install_step_hooks()
    _install_configure_hook()
    if verb == "rehearse":
        return _rehearse(request)
    if verb == "build":
        return _build(request, control)
    if verb == "drift":
        return _drift(request)
    if verb == "revision":
        return _revision(request)
    if verb == "sql":
        buffer = _OfflineBuffer()
        cfg = _config(request, buffer)
        start, end = request.get("from") or "", request["target"]
        spec = "%s:%s" % (start, end) if start else end
        if request.get("downgrade"):
            command.downgrade(cfg, spec, sql=True)
        else:
            command.upgrade(cfg, spec, sql=True)
        emit("result", verb=verb, ok=True, sql="".join(buffer.parts))
        return 0
    if verb == "merge":
        cfg = _config(request)
        script = command.merge(
            cfg,
            request.get("revisions") or ["heads"],
            message=request.get("message") or None,
            branch_label=request.get("branch_label") or None,
            rev_id=request.get("rev_id") or None,
        )
        path = getattr(script, "path", None)
        emit("result", verb=verb, ok=True, revision=getattr(script, "revision", None), path=path)
        return 0

    cfg = _config(request)
    target = request["target"]
    if verb == "upgrade":
        command.upgrade(cfg, target)
    elif verb == "downgrade":
        command.downgrade(cfg, target)
    elif verb == "stamp":
        command.stamp(cfg, target, purge=bool(request.get("purge")))
    else:
        emit("error", type="StrataBridgeError", message="unknown verb %r" % verb)
        return 2
    emit("result", verb=verb, ok=True)
    return 0


def _find_cause(exc, kind):
    """The first exception of kind in exc's chain (SQLAlchemy wraps what a listener raises)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, kind):
            return exc
        seen.add(id(exc))
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return None


def main():
    _split_streams()
    _die_with_parent()
    line = sys.stdin.readline()
    try:
        request = json.loads(line)
    except ValueError as exc:
        emit("error", type="StrataBridgeError", message="bad request: %s" % exc)
        return 2
    _remember_secret(request.get("password"))
    emit("hello", protocol=PROTOCOL, python=sys.version.split()[0], pid=os.getpid(),
         alembic=_module_version("alembic")[0] or "", sqlalchemy=_module_version("sqlalchemy")[0] or "")
    if request.get("verb") == "probe":
        return probe(request)
    control = _Control(sys.stdin)
    try:
        # A cancel may arrive at once: the interrupt it raises is caught below
        # wherever it lands, also while the control thread starts.
        control.start()
        return run(request, control)
    except KeyboardInterrupt:
        emit("error", type="Cancelled", message="cancelled; the transaction was rolled back", cancelled=True)
        return 130
    except ImportError as exc:
        module = getattr(exc, "name", None) or ""
        emit("error", type=type(exc).__name__, message=str(exc), module=module,
             install=_install_hint(module) if module else "")
        return 3
    except BaseException as exc:  # Alembic's and the driver's errors, reported by type
        wrong = _find_cause(exc, StrataWrongDatabase)
        if wrong is not None:
            emit("error", type="StrataWrongDatabase", message=str(wrong), expected_key=wrong.expected,
                 actual_key=wrong.actual, cancelled=False)
            return 1
        cancelled = control.cancelled or "QueryCanceled" in type(exc).__name__ or "canceling statement due to user request" in str(exc)
        kind = type(exc)
        orig = getattr(exc, "orig", None)
        emit(
            "error",
            type="%s.%s" % (kind.__module__, kind.__name__) if kind.__module__ not in ("builtins", "__main__") else kind.__name__,
            message=str(exc).strip(),
            driver_type=type(orig).__name__ if orig is not None else None,
            cancelled=cancelled,
            traceback=traceback.format_exc(limit=8),
        )
        return 130 if cancelled else 1


if __name__ == "__main__":
    code = main()
    try:
        _events.flush()
    except Exception:
        pass
    sys.exit(code)
