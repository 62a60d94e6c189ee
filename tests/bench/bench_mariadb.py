#!/usr/bin/python3
"""Benchmarks on a throwaway local MariaDB server (Debian's mariadbd):

1. The status of 20 profiles (one database each) with one `strata-cli status`
   against running `alembic current` 20 times (one ini per database), printed
   as a ratio of wall times in the same run (the PostgreSQL target is >= 25x).
2. Cancel latency: a run waiting behind another session's metadata lock is
   sent SIGINT; the time until strata-cli has made the server stop the ALTER
   (KILL QUERY), read the version table back and exited (target < 1 s).

The bench user has no password, so no keychain is needed (a throwaway HOME).
--smoke (used by the test suite) uses 4 profiles and checks both tools report
the same revisions and the cancelled run changed nothing; it asserts no
timing."""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "integration"))
from mariadb_cluster import MariaDbCluster  # noqa: E402
from pg_cluster import scratch_env  # noqa: E402
from run_helpers import revision_text  # noqa: E402

PY = "/usr/bin/python3"
PROJECT = os.path.join(HERE, "..", "integration", "projects", "mariadb")
M400 = revision_text("m400", "m300", '    op.add_column("accounts", sa.Column("phone", sa.String(20)))',
                     '    op.drop_column("accounts", "phone")', message="accounts.phone")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--profiles", type=int, default=20)
    args = ap.parse_args()
    cli = os.path.abspath(os.path.join(args.build, "src", "cli", "strata-cli"))
    n = 4 if args.smoke else args.profiles
    work = tempfile.mkdtemp(prefix="strata-bench-mariadb-")
    ok = True
    try:
        env = scratch_env(work)
        project = os.path.join(work, "p")
        shutil.copytree(PROJECT, project)
        # A step that must wait for accounts' metadata lock.
        with open(os.path.join(project, "migrations", "versions", "m400.py"), "w") as f:
            f.write(M400)
        with MariaDbCluster() as m:
            m.sql("CREATE USER bench@'%'; GRANT ALL ON *.* TO bench@'%'")
            inis = []
            for i in range(n):
                m.sql(f"CREATE DATABASE app{i}; CREATE TABLE app{i}.alembic_version (version_num VARCHAR(32) NOT NULL "
                      f"PRIMARY KEY); INSERT INTO app{i}.alembic_version VALUES ('m{100 * (1 + i % 3)}')")
                ini = os.path.join(project, f"app{i}.ini")
                with open(os.path.join(project, "alembic.ini")) as f:
                    text = f.read()
                with open(ini, "w") as f:
                    f.write(text.replace("mysql+pymysql://localhost/unused",
                                         f"mysql+pymysql://bench@127.0.0.1:{m.port}/app{i}"))
                inis.append(ini)
                subprocess.run([cli, "--project", project, "profiles", "add", f"app{i}", "--driver", "mysql", "--host",
                                "127.0.0.1", "--port", str(m.port), "--database", f"app{i}", "--user", "bench",
                                "--project", project], env=env, check=True, capture_output=True)
            best_alembic = best_strata = None
            currents = []
            doc = {}
            for _ in range(1 if args.smoke else 3):
                start = time.perf_counter()
                currents = []
                for ini in inis:
                    p = subprocess.run([PY, "-m", "alembic", "-c", ini, "current"], cwd=project, env=env,
                                       capture_output=True, text=True)
                    currents.append((p.stdout.strip().split() or ["?"])[0])
                t = time.perf_counter() - start
                best_alembic = t if best_alembic is None else min(best_alembic, t)
                start = time.perf_counter()
                p = subprocess.run([cli, "--project", project, "--python", PY, "status", "--json"], env=env,
                                   capture_output=True, text=True)
                t = time.perf_counter() - start
                best_strata = t if best_strata is None else min(best_strata, t)
                doc = json.loads(p.stdout) if p.stdout.strip().startswith("{") else {}
            strata = {e["profile"]: (e.get("current") or ["?"])[0] for e in doc.get("environments", [])}
            expected = {f"app{i}": currents[i] for i in range(n)}
            print(f"status of {n} MariaDB profiles: strata-cli {best_strata * 1000:.0f} ms, alembic current x{n} "
                  f"{best_alembic * 1000:.0f} ms: {best_alembic / best_strata:.1f}x")
            if strata != expected:
                print(f"FAIL the tools disagree: strata {strata}, alembic {expected}")
                ok = False

            # --- cancel latency -----------------------------------------------------------------
            m.sql("CREATE DATABASE runs")
            subprocess.run([cli, "--project", project, "profiles", "add", "runs", "--driver", "mysql", "--host",
                            "127.0.0.1", "--port", str(m.port), "--database", "runs", "--user", "bench",
                            "--lock-timeout", "60000", "--project", project], env=env, check=True, capture_output=True)
            p = subprocess.run([cli, "--project", project, "--python", PY, "upgrade", "m300", "--profile", "runs",
                                "--yes"], env=env, capture_output=True, text=True)
            if p.returncode != 0:
                print("FAIL upgrade to m300:", p.stderr[-600:])
                return 1
            reader = m.connect("runs", autocommit=False)
            reader.cursor().execute("SELECT count(*) FROM accounts")
            run = subprocess.Popen([cli, "--project", project, "--python", PY, "upgrade", "m400", "--profile", "runs",
                                    "--yes"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            lines = []
            threading.Thread(target=lambda: lines.extend(iter(run.stderr.readline, "")), daemon=True).start()
            deadline = time.monotonic() + 40
            while time.monotonic() < deadline and not any("waiting on" in line for line in list(lines)):
                time.sleep(0.05)
            if not any("waiting on" in line for line in list(lines)):
                print("FAIL the run never said what it waits on:", "".join(lines)[-800:])
                ok = False
            sent = time.perf_counter()
            run.send_signal(signal.SIGINT)
            run.wait(timeout=60)
            latency = time.perf_counter() - sent
            reader.rollback()
            reader.close()
            rows = [r[0] for r in m.sql("SELECT version_num FROM runs.alembic_version")]
            print(f"cancel of a run waiting on a metadata lock: {latency * 1000:.0f} ms from SIGINT to exit "
                  f"(target < 1000 ms), exit {run.returncode}")
            if run.returncode != 130 or rows != ["m300"]:
                print(f"FAIL the cancelled run: exit {run.returncode}, version {rows}: {''.join(lines)[-800:]}")
                ok = False
            if not args.smoke and latency > 1.0:
                print("FAIL cancel latency over 1 s")
                ok = False
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
