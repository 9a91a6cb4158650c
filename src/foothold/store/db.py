"""Engines and schema upgrades.

``connect(url)`` returns an engine whose schema is at the newest Alembic
revision. Migrations live in the package and run programmatically, so users
need no alembic.ini in their working directory.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from ..errors import MigrationIntegrityError, MissingStoreError, ReadOnlyStoreError, StoreError
from ..settings import db_url

MIGRATIONS = Path(__file__).with_name("migrations")


def describe(exc: Exception) -> str:
    """One line about a database error (drivers write paragraphs)."""
    inner = getattr(exc, "orig", None) or exc
    first = str(inner).strip().splitlines()[0] if str(inner).strip() else ""
    return f"{inner.__class__.__name__}: {first}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets readers (the workbench) see the store while an ingest writes;
    # SQLite enforces foreign keys only when asked, per connection.
    # The driver's own transaction handling commits DDL silently (a failed
    # migration would leave half a schema): SQLAlchemy issues BEGIN instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def engine_url(url: str | None = None) -> str:
    """The SQLAlchemy URL: a bare path is an SQLite file; postgresql:// uses psycopg 3."""
    url = db_url(url)
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


BUSY_TIMEOUT_S = 120    # a second writer waits for the first one's document (one transaction each)


def _sqlite_begin(conn) -> None:
    # A deferred BEGIN takes the write lock only at the first write, after reads: two writers then
    # deadlock and one fails at once with "database is locked", whatever the timeout. Writers say so
    # (write_transaction) and take the lock up front, waiting their turn; readers never lock.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("foothold_write") else "BEGIN")


# PostgreSQL: writers of one database take this transaction-level advisory lock first, as SQLite
# writers take the database's write lock: documents are written one at a time, each resolved
# against everything committed before it, so concurrent ingests give the store a serial run gives.
WRITE_LOCK_KEY = 0x666F6F74686F6C64 & 0x7FFFFFFFFFFFFFFF      # "foothold" as a bigint


def _take_write_lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{BUSY_TIMEOUT_S}s'")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """``engine.begin()`` for writers: the store's write lock is taken first (SQLite: BEGIN IMMEDIATE;
    PostgreSQL: an advisory lock held until commit), waiting up to BUSY_TIMEOUT_S for other writers."""
    with engine.connect() as conn:
        conn = conn.execution_options(foothold_write=True)
        with conn.begin():
            _take_write_lock(conn)
            yield conn


def make_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` (or --db / FOOTHOLD_DB / ./foothold.db); no schema work."""
    url = engine_url(url)
    try:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S} if url.startswith("sqlite") else {})
    except ImportError as exc:
        raise StoreError(f"no database driver for '{url.split(':', 1)[0]}' ({exc})",
                         fix="For PostgreSQL: pip install 'foothold[postgres]' (psycopg 3).") from exc
    except (SQLAlchemyError, ValueError) as exc:
        raise StoreError(f"cannot open store '{url}': {exc}",
                         fix="Pass --db sqlite:///path.db or a postgresql:// URL.") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def alembic_config(connection=None):
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def ensure_schema(engine: Engine) -> None:
    """Upgrade the store to the newest migration (creates it when empty).

    A store already at head is only read (a read-only store opens; readers take no write lock).
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            _upgrade_to_head(engine)
            return
        except OperationalError as exc:
            # Two processes opening one new SQLite file: switching it to WAL can answer "database is locked"
            # at once, without waiting the busy timeout; the file is being set up by the other, so try again.
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise _schema_error(exc) from exc
            time.sleep(0.1)
        except SQLAlchemyError as exc:
            raise _schema_error(exc) from exc


def _schema_error(exc: SQLAlchemyError) -> StoreError:
    return StoreError(f"cannot create or upgrade the store schema ({describe(exc)})",
                      fix="Check the --db URL and that the database is writable.")


def _upgrade_to_head(engine: Engine) -> None:
    from alembic import command
    if current_revision(engine) == head_revision():
        return
    with engine.connect() as conn:
        with _sqlite_foreign_keys_off(conn):
            conn = conn.execution_options(foothold_write=True)
            with conn.begin():
                _take_write_lock(conn)     # two processes opening a new database: one migrates it
                before = _dangling(conn)
                command.upgrade(alembic_config(conn), "head")
                _check_foreign_keys(conn, before)


@contextmanager
def _sqlite_foreign_keys_off(conn: Connection) -> Iterator[None]:
    """SQLite: foreign keys off around a migration (batch mode drops and recreates tables, and a
    DROP TABLE with them on would cascade its deletes into the referring tables).

    The pragma is a no-op inside a transaction, so it is set on the driver's connection
    before SQLAlchemy begins one, and set back after.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    raw = conn.connection.driver_connection
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def _dangling(conn: Connection) -> int:
    """How many rows point at missing rows (SQLite's foreign_key_check; other backends enforce it)."""
    if conn.dialect.name != "sqlite":
        return 0
    return len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())


def _check_foreign_keys(conn: Connection, before: int) -> None:
    """After a migration (still in its transaction): no new dangling rows, or roll it back (E320)."""
    after = _dangling(conn)
    if after > before:
        rows = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        tables = sorted({r[0] for r in rows})
        raise MigrationIntegrityError(
            f"the schema upgrade would leave {after - before} rows pointing at missing rows "
            f"(in {', '.join(tables)}); nothing was changed",
            fix="Keep using the previous foothold version on this store and report the bug with the store's schema.")


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL (None for memory stores and other databases)."""
    from sqlalchemy.engine import make_url
    u = make_url(engine_url(url))
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    name = u.database[5:] if u.database.startswith("file:") else u.database
    return Path(name.split("?", 1)[0])


def connect(url: str | None = None, *, must_exist: bool = False) -> Engine:
    """An engine with the schema at head: what the CLI and web app use.

    ``must_exist``: for read commands; a store file that is not there is an error naming the
    path (E310) instead of a new empty store created by a typo.
    """
    if must_exist:
        path = sqlite_path(db_url(url))
        if path is not None and not path.is_file():
            raise MissingStoreError(f"there is no store at '{path}'", path=str(path),
                                    fix="Check --db (or FOOTHOLD_DB), or create the store with `foothold ingest FILES`.")
    engine = make_engine(url)
    ensure_schema(engine)
    return engine


def check_writable(engine: Engine) -> None:
    """Fail at once (E311) when the store cannot be written, before any document is extracted.

    A real write, rolled back: file modes, read-only mounts, ``mode=ro`` URLs and read-only
    database roles all show up here.
    """
    from sqlalchemy import text
    try:
        with engine.connect() as conn:
            with conn.begin() as trans:
                conn.execute(text("UPDATE alembic_version SET version_num = version_num"))
                trans.rollback()
    except SQLAlchemyError as exc:
        raise ReadOnlyStoreError(f"the store cannot be written ({describe(exc)})",
                                 path=str(sqlite_path(str(engine.url)) or engine.url.render_as_string()),
                                 fix="Make the store file and its folder writable, or pass another --db.") from exc


def head_revision() -> str:
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
