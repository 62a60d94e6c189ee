"""A throwaway PostgreSQL cluster for tests: Debian's server binaries, a temp
directory, a free port on 127.0.0.1, password (SCRAM) authentication. As root
the server runs as the 'postgres' system user (initdb refuses root)."""
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time


def _bindir():
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(d.split("/")[4]))
    if not dirs:
        raise RuntimeError("PostgreSQL server binaries not found (Debian package postgresql)")
    return dirs[-1]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def scratch_env(work):
    """The environment the benchmarks run strata-cli in: a throwaway HOME and
    XDG directories under work, and no D-Bus session (so no keychain)."""
    env = dict(os.environ, HOME=os.path.join(work, "home"), XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_DATA_HOME=os.path.join(work, "data"), XDG_CACHE_HOME=os.path.join(work, "cache"),
               DBUS_SESSION_BUS_ADDRESS="disabled:")
    os.makedirs(env["HOME"])
    return env


class PgCluster:
    SUPERUSER_PASSWORD = "cluster-admin-pw"

    def __enter__(self):
        self.bin = _bindir()
        self.root = tempfile.mkdtemp(prefix="strata-pg-")
        os.chmod(self.root, 0o755)
        self.data = os.path.join(self.root, "data")
        self.sock = os.path.join(self.root, "sock")
        os.makedirs(self.sock)
        self.port = free_port()
        self.as_user = []
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            shutil.chown(self.sock, "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]
        pwfile = os.path.join(self.root, "pw")
        with open(pwfile, "w") as f:
            f.write(self.SUPERUSER_PASSWORD + "\n")
        if self.as_user:
            shutil.chown(pwfile, "postgres")
        self._run([f"{self.bin}/initdb", "-D", self.data, "-U", "postgres", "--auth=scram-sha-256",
                   f"--pwfile={pwfile}", "-E", "UTF8", "--no-sync", "--locale=C"])
        os.remove(pwfile)
        self.start()
        return self

    def __exit__(self, *exc):
        subprocess.run(self.as_user + [f"{self.bin}/pg_ctl", "-D", self.data, "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def stop(self, mode="immediate"):
        """Stops the server (immediate: as if it were killed)."""
        subprocess.run(self.as_user + [f"{self.bin}/pg_ctl", "-D", self.data, "-m", mode, "stop"], capture_output=True)

    def start(self):
        self._run([f"{self.bin}/pg_ctl", "-D", self.data, "-w", "-t", "60", "-l", os.path.join(self.root, "log"),
                   "-o", f"-p {self.port} -k {self.sock} -c listen_addresses=127.0.0.1 -c fsync=off "
                         f"-c max_connections=300", "start"])

    def processes(self):
        """The postmaster and every backend it forked."""
        with open(os.path.join(self.data, "postmaster.pid")) as f:
            master = int(f.readline())
        pids = [master]
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as f:
                        if int(f.read().rsplit(")", 1)[1].split()[1]) == master:
                            pids.append(int(entry))
                except (OSError, IndexError, ValueError):
                    pass
        return pids

    def freeze(self):
        """SIGSTOP the whole server: it accepts TCP and never answers."""
        import signal
        for pid in self.processes():
            try:
                os.kill(pid, signal.SIGSTOP)
            except ProcessLookupError:  # a backend that just ended
                pass

    def thaw(self):
        import signal
        for pid in self.processes():
            try:
                os.kill(pid, signal.SIGCONT)
            except ProcessLookupError:
                pass

    def _run(self, cmd):
        p = subprocess.run(self.as_user + cmd, capture_output=True, text=True)
        if p.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed: {p.stdout}{p.stderr}")

    def write_pgpass(self, home, user, password):
        """~/.pgpass in home with this cluster's password for user (libpq reads it)."""
        path = os.path.join(home, ".pgpass")
        with open(path, "w") as f:
            f.write(f"127.0.0.1:{self.port}:*:{user}:{password}\n")
        os.chmod(path, 0o600)

    def url(self, user="postgres", password=SUPERUSER_PASSWORD, db="postgres"):
        return f"postgresql://{user}:{password}@127.0.0.1:{self.port}/{db}"

    def sql(self, statement, db="postgres"):
        """Runs SQL as the superuser (the test's own admin connection)."""
        import psycopg2
        conn = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres", password=self.SUPERUSER_PASSWORD,
                                dbname=db)
        conn.autocommit = True
        try:
            with conn.cursor() as cur:
                cur.execute(statement)
                return cur.fetchall() if cur.description else None
        finally:
            conn.close()
