"""A throwaway MariaDB server for tests: Debian's mariadbd, a temp directory,
a free port on 127.0.0.1, password authentication. As root the server runs as
the 'mysql' system user. Stopped (and its directory removed) on exit."""
import os
import shutil
import signal
import subprocess
import tempfile
import time

from pg_cluster import free_port


class MariaDbCluster:
    ROOT_PASSWORD = "cluster-admin-pw"

    def __enter__(self):
        self.root = tempfile.mkdtemp(prefix="strata-mariadb-")
        os.chmod(self.root, 0o755)
        self.data = os.path.join(self.root, "data")
        self.sock = os.path.join(self.root, "mysqld.sock")
        self.port = free_port()
        self.user = "mysql" if os.geteuid() == 0 else None
        if self.user:
            shutil.chown(self.root, self.user)
        install = ["mariadb-install-db", "--no-defaults", f"--datadir={self.data}", "--auth-root-authentication-method=normal",
                   "--skip-test-db", "--skip-name-resolve"]
        if self.user:
            install.append(f"--user={self.user}")
        out = subprocess.run(install, capture_output=True, text=True)
        if out.returncode != 0:
            raise RuntimeError("mariadb-install-db failed: " + out.stdout[-800:] + out.stderr[-800:])
        self.log = open(os.path.join(self.root, "server.log"), "w")
        cmd = ["mariadbd", "--no-defaults", f"--datadir={self.data}", f"--socket={self.sock}", f"--port={self.port}",
               "--bind-address=127.0.0.1", f"--pid-file={os.path.join(self.root, 'mariadbd.pid')}",
               "--innodb-buffer-pool-size=32M", "--skip-log-bin", "--performance-schema=ON", "--skip-name-resolve",
               "--max-connections=300", "--innodb-flush-log-at-trx-commit=2", "--log-error=" + os.path.join(self.root, "error.log")]
        if self.user:
            cmd.append(f"--user={self.user}")
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            ping = subprocess.run(["mariadb-admin", "--no-defaults", "-S", self.sock, "-u", "root", "ping"],
                                  capture_output=True, text=True)
            if ping.returncode == 0:
                break
            if self.proc.poll() is not None or time.monotonic() > deadline:
                error = open(os.path.join(self.root, "error.log")).read()[-1500:] if os.path.exists(
                    os.path.join(self.root, "error.log")) else ""
                self.__exit__(None, None, None)
                raise RuntimeError("mariadbd did not start: " + error)
            time.sleep(0.2)
        self._client(f"ALTER USER root@localhost IDENTIFIED BY '{self.ROOT_PASSWORD}'; "
                     "CREATE USER IF NOT EXISTS root@'127.0.0.1'; "
                     f"ALTER USER root@'127.0.0.1' IDENTIFIED BY '{self.ROOT_PASSWORD}'; "
                     "GRANT ALL ON *.* TO root@'127.0.0.1' WITH GRANT OPTION")
        return self

    def _client(self, sql):
        out = subprocess.run(["mariadb", "--no-defaults", "-S", self.sock, "-u", "root", "-e", sql],
                             capture_output=True, text=True)
        if out.returncode != 0:
            raise RuntimeError(f"{sql}: {out.stderr}")

    def connect(self, db=None, user="root", password=None, autocommit=True):
        import pymysql
        return pymysql.connect(host="127.0.0.1", port=self.port, user=user,
                               password=self.ROOT_PASSWORD if password is None else password, database=db,
                               autocommit=autocommit)

    def sql(self, statement, db=None):
        """Runs statements (';'-separated) as root; the last one's rows."""
        conn = self.connect(db)
        try:
            rows = []
            with conn.cursor() as cur:
                for s in [s for s in statement.split(";") if s.strip()]:
                    cur.execute(s)
                    rows = list(cur.fetchall()) if cur.description else []
            return rows
        finally:
            conn.close()

    def __exit__(self, *exc):
        if getattr(self, "proc", None) and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if getattr(self, "log", None):
            self.log.close()
        shutil.rmtree(self.root, ignore_errors=True)
        return False
