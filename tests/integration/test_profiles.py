#!/usr/bin/python3
"""Connection profiles end to end, against a real Secret Service (run under
with_keyring.sh): add, import (URL from stdin, .env, alembic.ini), show,
edit, set-password, remove; the password lands in the keychain and nowhere
else (files Strata wrote, its output, its command lines); a damaged profile
file is reported, kept, and the program still starts."""
import json
import urllib.parse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import check, finish  # noqa: E402

CLI, ROOT = sys.argv[1], sys.argv[2]
SECRET = "Sup3r-S3cret-pw@%:/?#"
transcript = []  # everything Strata printed
command_lines = []


def run(*args, stdin=None):
    command_lines.append(" ".join(args))
    p = subprocess.run([CLI, *args], input=stdin, capture_output=True, text=True, timeout=60)
    transcript.append(p.stdout + p.stderr)
    return p.returncode, p.stdout, p.stderr



def keyring_lookup(profile_id):
    """The password QtKeychain stored (schema org.qt.keychain: server=service, user=key)."""
    p = subprocess.run(["secret-tool", "lookup", "server", "Strata", "user", f"profile/{profile_id}"],
                       capture_output=True, text=True)
    return p.stdout if p.returncode == 0 and p.stdout else None


def profile(name):
    code, out, _ = run("profiles", "show", name, "--json")
    return json.loads(out)["profile"] if code == 0 else None


# --- add and list
code, out, err = run("profiles", "add", "local", "--driver", "sqlite", "--database", "/tmp/strata-local.db")
check("add sqlite", code == 0, err)
code, out, err = run("profiles", "add", "local", "--driver", "sqlite", "--database", "/tmp/x.db")
check("duplicate name refused", code != 0 and "already exists" in err, err)
code, out, err = run("profiles", "add", "bad", "--driver", "oracle")
check("unknown driver refused", code == 64 and "unknown driver 'oracle'" in err, err)

# --- import a URL from stdin: password to the keychain, not to the file
ENCODED = urllib.parse.quote(SECRET, safe="")
url = "postgresql+psycopg2://app:" + ENCODED + "@db.example.com:5433/shop?sslmode=require"
code, out, err = run("profiles", "import-url", "prod", "-", "--kind", "production", stdin=url + "\n")
check("import-url", code == 0 and "stored in the keychain" in err, err)
prod = profile("prod")
check("import-url fields", prod and prod["host"] == "db.example.com" and prod["port"] == 5433
      and prod["database"] == "shop" and prod["user"] == "app" and prod["ssl_mode"] == "require"
      and prod["production"] is True and prod["password"] == "stored", prod)
check("keychain holds the password", keyring_lookup(prod["id"]) == SECRET, keyring_lookup(prod["id"]))

# --- .env import with interpolation and override
with tempfile.TemporaryDirectory() as tmp:
    base = os.path.join(tmp, ".env")
    local = os.path.join(tmp, ".env.local")
    with open(base, "w") as f:
        f.write("# shared\nexport DB_HOST=staging.example.com\nDB_USER='deploy'\nDB_PASS=wrong\n"
                "DATABASE_URL=\"postgresql://${DB_USER}:${DB_PASS}@${DB_HOST}:${DB_PORT:-5432}/app\"\n")
    with open(local, "w") as f:
        f.write("DB_PASS=" + ENCODED + "  # inline comment\n"
                "DATABASE_URL=\"postgresql://${DB_USER}:${DB_PASS}@${DB_HOST}:${DB_PORT:-5432}/app\"\n")
    code, out, err = run("profiles", "import-env", "staging", base, local, "--kind", "staging")
check("import-env", code == 0, err)
st = profile("staging")
check("import-env fields", st and st["host"] == "staging.example.com" and st["port"] == 5432 and st["user"] == "deploy"
      and st["url_environment_variables"] == ["DATABASE_URL"] and st["password"] == "stored", st)

# --- alembic.ini import (no password in the demo's SQLite URL)
code, out, err = run("profiles", "import-ini", "demo", "--project", os.path.join(ROOT, "resources", "demo"))
demo = profile("demo")
check("import-ini", code == 0 and demo and demo["driver"] == "sqlite" and demo["database"].endswith("resources/demo/demo.db"),
      (err, demo))

# --- set-password from stdin, change, and remove
code, out, err = run("profiles", "set-password", "local", stdin="first-pw\n")
local_id = profile("local")["id"]
check("set-password", code == 0 and keyring_lookup(local_id) == "first-pw", err)
code, out, err = run("profiles", "set-password", "local", stdin=SECRET + "\n")
check("change password", code == 0 and keyring_lookup(local_id) == SECRET, err)
code, out, err = run("profiles", "set-password", "local", "inline")
check("password never from argv", code == 64 and "never from the command line" in err, err)
code, out, err = run("profiles", "edit", "local", "--rename", "local-dev", "--read-only")
check("edit", code == 0 and profile("local-dev")["read_only"] is True, err)
code, out, err = run("profiles", "remove", "local-dev")
check("remove deletes the keychain entry", code == 0 and keyring_lookup(local_id) is None and profile("local-dev") is None, err)

# --- workspace file: shared definitions, no secret
with tempfile.TemporaryDirectory() as proj:
    code, out, err = run("profiles", "save-workspace", "--project", proj)
    ws = open(os.path.join(proj, "strata-workspace.json")).read()
    check("workspace written without secrets", code == 0 and "environments" in ws and SECRET not in ws
          and "wrong" not in ws, err)

# --- the secret appears nowhere Strata wrote or printed
config_home = os.environ["XDG_CONFIG_HOME"]
scratch = os.environ["STRATA_SCRATCH"]
hits = []
for base, dirs, files in os.walk(scratch):
    if "keyrings" in base:   # the keyring's own encrypted store is where it belongs
        continue
    for f in files:
        path = os.path.join(base, f)
        try:
            data = open(path, "rb").read()
        except OSError:
            continue
        for needle in (SECRET.encode(), SECRET.encode("utf-16-le"), ENCODED.encode(), ENCODED.encode("utf-16-le")):
            if needle in data:
                hits.append(path)
check("password in no file", not hits, hits)
check("password in no output", all(SECRET not in t and ENCODED not in t for t in transcript),
      [t for t in transcript if SECRET in t or ENCODED in t][:1])
check("password in no command line", all(SECRET not in c and ENCODED not in c for c in command_lines))
check("profiles file is private", oct(os.stat(os.path.join(config_home, "strata", "profiles.json")).st_mode & 0o777)
      == "0o600")

# --- a damaged profile file is reported and kept; the program still runs
path = os.path.join(config_home, "strata", "profiles.json")
with open(path, "w") as f:
    f.write('{"schema": 1, "profiles": [ {"name": "x", "driver": "sqlite", "database": "a.db"},\n  oops ]}')
before = open(path).read()
code, out, err = run("profiles", "list")
check("damaged file reported with line", code == 4 and "profiles.json:2:" in err and "kept" in err, err)
code, out, err = run("profiles", "add", "again", "--driver", "sqlite", "--database", "b.db")
check("damaged file never overwritten", code != 0 and open(path).read() == before, err)
code, out, err = run("history", "--project", os.path.join(ROOT, "resources", "demo"))
check("program still works", code == 0 and "create authors" in out, err)

finish()
