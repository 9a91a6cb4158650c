"""A private PostgreSQL server for one test session.

``PgServer.start()`` runs initdb in a temporary folder, starts ``postgres`` on a free loopback
port with its unix socket in that folder (fsync off: a throwaway cluster), and ``stop()`` ends it
and removes the folder (also on Ctrl-C and at interpreter exit). PostgreSQL refuses to run as
root: as root the cluster belongs to the ``postgres`` OS user (``runuser``); as anyone else it is
the caller's. Each test gets its own database, copied from a migrated template (``fresh_url``).

FOOTHOLD_TEST_PG: unset or ``on`` — start a server when initdb is found; ``off`` — SQLite only;
a ``postgresql://`` URL — use that server (its user must be allowed to CREATE DATABASE).
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SETTING = "FOOTHOLD_TEST_PG"
SEARCH = ["/usr/lib/postgresql/*/bin", "/usr/local/pgsql/bin"]
TEMPLATE = "foothold_template"


def find_bin(name: str) -> str | None:
    """The newest installed PostgreSQL binary ``name`` (Debian keeps them off PATH)."""
    import glob

    def version(path: str) -> int:
        part = Path(path).parts[-3]
        return int(part) if part.isdigit() else 0
    for path in sorted(glob.glob(f"{SEARCH[0]}/{name}"), key=version, reverse=True):
        if os.access(path, os.X_OK):
            return path
    other = Path(SEARCH[1]) / name
    return str(other) if other.exists() else shutil.which(name)


def wanted() -> str | None:
    """'start' (a private server), a URL (an existing server) or None (PostgreSQL off)."""
    value = os.environ.get(SETTING, "").strip()
    if value.lower() in ("off", "0", "no", "false"):
        return None
    if value and value.lower() not in ("on", "1", "yes", "true"):
        return value
    return "start" if find_bin("initdb") and find_bin("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self) -> None:
        self.folder: Path | None = None
        self.port: int | None = None
        self.user = "postgres" if os.geteuid() == 0 else None
        self._names = itertools.count(1)
        self.base_url: str | None = None

    def _run(self, *argv: str, **kw) -> subprocess.CompletedProcess:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        return subprocess.run([*prefix, *argv], check=True, capture_output=True, text=True, **kw)

    def start(self) -> str:
        """Start the server; returns a URL of its ``postgres`` database."""
        self.folder = Path(tempfile.mkdtemp(prefix="foothold-pg-"))
        if self.user:
            shutil.chown(self.folder, self.user, self.user)
        data = self.folder / "data"
        self._run(find_bin("initdb"), "-D", str(data), "-U", "foothold", "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        atexit.register(self.stop)
        for attempt in range(5):
            self.port = _free_port()
            options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300")
            try:
                self._run(find_bin("pg_ctl"), "-D", str(data), "-l", str(self.folder / "log"), "-w", "-t", "60",
                          "-o", options, "start")
                break
            except subprocess.CalledProcessError:
                if attempt == 4:
                    log = (self.folder / "log").read_text(errors="replace")[-2000:]
                    raise RuntimeError(f"cannot start the test PostgreSQL server:\n{log}")
        self.base_url = f"postgresql+psycopg://foothold@127.0.0.1:{self.port}/postgres"
        return self.base_url

    def stop(self) -> None:
        if self.folder is None:
            return
        folder, self.folder = self.folder, None
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)   # a second Ctrl-C must not leave it running
        try:
            subprocess.run([*(["runuser", "-u", self.user, "--"] if self.user else []), find_bin("pg_ctl"),
                            "-D", str(folder / "data"), "-m", "immediate", "-w", "stop"],
                           capture_output=True, timeout=60)
        finally:
            signal.signal(signal.SIGINT, previous)
            shutil.rmtree(folder, ignore_errors=True)


def _admin(base_url: str):
    from sqlalchemy import create_engine
    return create_engine(base_url, isolation_level="AUTOCOMMIT", poolclass=__import__("sqlalchemy.pool").pool.NullPool)


def _with_db(base_url: str, name: str) -> str:
    from sqlalchemy.engine import make_url
    return make_url(base_url).set(drivername="postgresql+psycopg", database=name).render_as_string(hide_password=False)


class Databases:
    """Fresh databases on one server: each a copy of a template migrated to head."""

    def __init__(self, base_url: str) -> None:
        from foothold.store import connect
        from sqlalchemy import text
        self.base_url = base_url
        self.prefix = f"foothold_test_{os.getpid()}_"
        self.count = itertools.count(1)
        self.template = f"{self.prefix}template"
        self.created: list[str] = []
        with _admin(base_url).connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.template}"'))
            conn.execute(text(f'CREATE DATABASE "{self.template}"'))
        self.created.append(self.template)
        connect(_with_db(base_url, self.template)).dispose()

    def fresh(self, *, migrated: bool = True) -> str:
        """A URL of a new database (empty, or at the newest schema)."""
        from sqlalchemy import text
        name = f"{self.prefix}{next(self.count)}"
        with _admin(self.base_url).connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{self.template}"' if migrated else "")))
        self.created.append(name)
        return _with_db(self.base_url, name)

    def drop_all(self) -> None:
        from sqlalchemy import text
        with _admin(self.base_url).connect() as conn:
            for name in reversed(self.created):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.created.clear()

    def copy(self, url: str) -> str:
        """A new database holding what ``url``'s database holds (nobody may be connected to it)."""
        from sqlalchemy import text
        from sqlalchemy.engine import make_url
        name = f"{self.prefix}{next(self.count)}"
        with _admin(self.base_url).connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(url).database}"'))
        self.created.append(name)
        return _with_db(self.base_url, name)
