"""Stores on every backend the tests run on: SQLite always, PostgreSQL when a server is at hand.

``BACKENDS`` is the list to parametrise with; ``new_url(backend, folder)`` makes a store (an
SQLite file in ``folder``, or a fresh PostgreSQL database copied from a migrated template), and
``copy_url`` copies a built store (a file copy, or CREATE DATABASE ... TEMPLATE). The private
server (tests/pg_server.py) starts on first use and stops when the session ends.
"""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

import pg_server
from sqlalchemy.engine import Engine

BACKENDS = ["sqlite"] + (["postgresql"] if pg_server.wanted() else [])

_server: pg_server.PgServer | None = None


@functools.lru_cache(maxsize=1)
def databases() -> pg_server.Databases:
    """The session's PostgreSQL databases (the server starts here, once)."""
    global _server
    target = pg_server.wanted()
    if target is None:
        raise RuntimeError("PostgreSQL is off for this test run (FOOTHOLD_TEST_PG=off or no initdb)")
    if target == "start":
        _server = pg_server.PgServer()
        target = _server.start()
    return pg_server.Databases(target)


def shutdown() -> None:
    """Drop the session's databases and stop the private server (pytest_sessionfinish)."""
    if databases.cache_info().currsize:
        try:
            databases().drop_all()
        except Exception:       # the server may already be gone (Ctrl-C): stopping is what matters
            pass
        databases.cache_clear()
    if _server is not None:
        _server.stop()


def new_url(backend: str, folder: Path, name: str = "store.db", *, migrated: bool = True) -> str:
    """A URL of a new store on ``backend`` (PostgreSQL: migrated unless asked not to be)."""
    if backend == "postgresql":
        return databases().fresh(migrated=migrated)
    return f"sqlite:///{Path(folder) / name}"


def copy_url(url: str, folder: Path, name: str = "store.db") -> str:
    """A private copy of the store at ``url`` (no engine may be connected to a PostgreSQL source)."""
    if url.startswith("postgresql"):
        return databases().copy(url)
    target = Path(folder) / name
    shutil.copy(url.removeprefix("sqlite:///"), target)
    return f"sqlite:///{target}"


def ingested(backend: str, folder: Path, paths) -> Engine:
    """A new store on ``backend`` with every file of ``paths`` ingested (each must be stored)."""
    from foothold.store.batch import ingest_file
    from foothold.store.db import connect
    engine = connect(new_url(backend, folder))
    for path in paths:
        assert ingest_file(engine, path).status == "ingested", path
    return engine


def rewrite(engine: Engine, paths, folder: Path, check) -> None:
    """The writer's ways of changing a store built from ``paths`` (as ``ingested``), ``check(engine)``
    after each: the same content forced again (replaced in place), a new file, then that file changed
    (the new version replaces the old; actors only it named go)."""
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    from foothold.store import save_extraction
    from foothold.store.batch import ingest_file
    check(engine)
    document = read_document(paths[1])
    assert save_extraction(engine, document, run(document), replace=True).status == "replaced"
    check(engine)
    changing = folder / "changing.txt"
    changing.write_text(paths[2].read_text(encoding="utf-8") + "\n\nIran condemned the attack.\n", encoding="utf-8")
    assert ingest_file(engine, changing).status == "ingested"
    check(engine)
    changing.write_text(paths[3].read_text(encoding="utf-8")[:1500] + "\n", encoding="utf-8")
    assert ingest_file(engine, changing).status == "updated"
    check(engine)
