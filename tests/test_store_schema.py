"""The schema: created by the packaged Alembic migrations, in step with schema.py, SQLite pragmas on."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from foothold.store import connect, ensure_schema, make_engine
from foothold.store.db import current_revision
from foothold.store.schema import metadata


def compared(conn):
    """A migration context for compare_metadata, leaving out the text search structures of migration 0014
    (SQLite: an FTS5 table, its shadow tables and search_keys, kept by triggers; PostgreSQL: pg_trgm GIN
    indexes) and PostgreSQL-only indexes named ix_pg_ (migration 0015): backend-specific, described in
    store/search.py and the migrations rather than schema.py."""
    def include_name(name, type_, parent_names):
        return not (name and ((type_ == "table" and name.startswith("search_"))
                              or (type_ == "index" and name.startswith(("ix_search_", "ix_pg_")))))
    return MigrationContext.configure(conn, opts={"include_name": include_name})


def test_connect_creates_every_table_at_head(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 'f.db'}")
    tables = set(inspect(engine).get_table_names())
    assert set(metadata.tables) <= tables
    assert current_revision(engine) is not None


def test_migrations_match_schema_module(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 'f.db'}")
    with engine.connect() as conn:
        diff = compare_metadata(compared(conn), metadata)
    assert diff == [], f"schema.py and the migrations differ; add a migration: {diff}"


def test_ensure_schema_is_idempotent(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'f.db'}")
    ensure_schema(engine)
    rev = current_revision(engine)
    ensure_schema(engine)
    assert current_revision(engine) == rev


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 'f.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_bare_path_becomes_sqlite_url(tmp_path, monkeypatch):
    monkeypatch.setenv("FOOTHOLD_DB", str(tmp_path / "env.db"))
    engine = connect()
    assert engine.url.database == str(tmp_path / "env.db")


def test_postgresql_urls_use_psycopg3():
    from foothold.store.db import engine_url
    assert engine_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert engine_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert engine_url("sqlite:///x.db") == "sqlite:///x.db"


def test_a_failing_migration_leaves_no_half_schema(tmp_path, monkeypatch):
    """SQLite DDL runs inside the transaction: a migration that fails rolls back whole."""
    from alembic import command
    from foothold.store.db import alembic_config
    engine = make_engine(f"sqlite:///{tmp_path / 'f.db'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0004")
    from foothold.resolve import across

    def broken(self):
        raise RuntimeError("key function broke")
    monkeypatch.setattr(across.NameKeys, "consonants", property(broken))
    with engine.begin() as conn:       # an alias, so 0005's data step runs and fails
        conn.execute(text("INSERT INTO actors (id, name, type) VALUES ('x', 'X', 'person')"))
        conn.execute(text("INSERT INTO aliases (actor_id, alias, key, skeleton, surname) VALUES ('x', 'X', 'x', 'x', 'x')"))
    try:
        ensure_schema(engine)
    except Exception:
        pass
    assert current_revision(engine) == "0004"
    assert "consonants" not in {c["name"] for c in inspect(engine).get_columns("aliases")}
    monkeypatch.undo()
    ensure_schema(engine)
    assert "consonants" in {c["name"] for c in inspect(engine).get_columns("aliases")}


def test_date_qualifier_migration_keeps_stored_events(tmp_path):
    """0006 adds date_qualifier to events and citations; rows stored before stay, with no qualifier."""
    from alembic import command
    from foothold.store.db import alembic_config
    engine = make_engine(f"sqlite:///{tmp_path / 'f.db'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0005")
        conn.execute(text("INSERT INTO documents (id, name, text, ingested_at, warnings) "
                          "VALUES ('d', 'd.txt', 'x', '2020-01-01', '[]')"))
        conn.execute(text("INSERT INTO events (id, document_id, type, date, precision, extractor, negated, hypothetical) "
                          "VALUES ('e', 'd', 'CONSULT', '2020-06', 'month', 't.v1', 0, 0)"))
    ensure_schema(engine)
    for table in ("events", "citations"):
        assert "date_qualifier" in {c["name"] for c in inspect(engine).get_columns(table)}
    with engine.connect() as conn:
        assert conn.execute(text("SELECT date, date_qualifier FROM events")).one() == ("2020-06", None)


def test_writer_keeps_the_qualifier_of_event_and_citation_dates(tmp_path):
    from foothold.model import DateValue
    from foothold.store import connect, save_extraction
    from test_store_views import brief_extraction
    engine = connect(f"sqlite:///{tmp_path / 'f.db'}")
    doc, ex = brief_extraction()
    ex.citations[0].date = DateValue("2020-06", "month", qualifier="Late")
    save_extraction(engine, doc, ex)
    with engine.connect() as conn:
        events = set(conn.execute(text("SELECT date, date_qualifier FROM events WHERE date_qualifier IS NOT NULL")))
        cited = conn.execute(text("SELECT date_qualifier FROM citations WHERE position = 0")).scalar()
    assert events == {("2020-06", "early")} and cited == "late"


def test_occurrence_migration_makes_each_stored_event_one_occurrence(tmp_path):
    """0007: events stored before become one occurrence each (same id), with their actors and citations."""
    from alembic import command
    from foothold.store.db import alembic_config
    engine = make_engine(f"sqlite:///{tmp_path / 'f.db'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0006")
        conn.execute(text("INSERT INTO documents (id, name, text, ingested_at, warnings) "
                          "VALUES ('d', 'd.txt', 'Kazimi met Allawi', '2020-01-01', '[]')"))
        conn.execute(text("INSERT INTO actors (id, name, type) VALUES ('k', 'Kazimi', 'person'), ('a', 'Allawi', 'person')"))
        conn.execute(text("INSERT INTO citations (id, document_id, position, outlet, extractor) VALUES (7, 'd', 0, 'IRNA', 't.v1')"))
        conn.execute(text('INSERT INTO events (id, document_id, type, date, precision, evidence, start, "end", extractor, '
                          "negated, hypothetical) VALUES ('e', 'd', 'CONSULT', '2020-06', 'month', 'Kazimi met Allawi', "
                          "0, 17, 't.v1', 0, 0)"))
        conn.execute(text("INSERT INTO event_actors VALUES ('e', 'k', 'source'), ('e', 'a', 'target')"))
        conn.execute(text("INSERT INTO event_citations VALUES ('e', 7)"))
    ensure_schema(engine)
    with engine.connect() as conn:
        assert conn.execute(text('SELECT id, event_id, document_id, type, date, start, "end" FROM event_occurrences')).all() \
            == [("e", "e", "d", "CONSULT", "2020-06", 0, 17)]
        assert set(conn.execute(text("SELECT actor_id, role FROM occurrence_actors"))) == {("k", "source"), ("a", "target")}
        assert conn.execute(text("SELECT occurrence_id, citation_id FROM occurrence_citations")).all() == [("e", 7)]


def test_no_bounded_column_holds_free_text():
    """Only ids and closed vocabularies may be VARCHAR(n): PostgreSQL enforces n, SQLite ignores it,
    so a name, label or evidence in a bounded column would be stored on one backend and refused on the other."""
    from sqlalchemy import String, Text
    from foothold.store import schema
    bounded = [f"{table.name}.{col.name} {col.type}" for table in metadata.tables.values() for col in table.columns
               if isinstance(col.type, String) and not isinstance(col.type, Text) and col.type.length
               and col.type is not schema.ID and not col.info.get("bounded")]
    assert bounded == [], ("columns that may hold user or extracted text must be Text "
                           f"(or schema.code(...) for a closed vocabulary): {bounded}")


def test_migrations_match_schema_module_on_every_backend(store_url):
    engine = connect(store_url)
    with engine.connect() as conn:
        diff = compare_metadata(compared(conn), metadata)
    engine.dispose()
    assert diff == [], f"schema.py and the migrations differ on {engine.dialect.name}; add a migration: {diff}"


def test_text_column_migration_keeps_every_row_and_foreign_key(backend, tmp_path):
    """0010 rebuilds SQLite tables in batch mode: rows, foreign keys and their cascades survive it."""
    from alembic import command
    from sqlalchemy import String, Text, func, insert, select
    import stores
    from foothold.store import schema as t
    from foothold.store.db import alembic_config
    engine = make_engine(stores.new_url(backend, tmp_path, migrated=False))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0009")
    with engine.begin() as conn:
        conn.execute(insert(t.documents).values(id="d", name="d.txt", text="Kazimi met Allawi",
                                                ingested_at=__import__("datetime").datetime(2020, 1, 1), warnings=[]))
        conn.execute(insert(t.actors), [dict(id="k", name="Kazimi", type="person"), dict(id="a", name="Allawi", type="person")])
        conn.execute(insert(t.aliases).values(actor_id="k", alias="Kazimi", key="kazimi", skeleton="kzm", surname="kazimi",
                                              document_id="d"))
        conn.execute(insert(t.mentions).values(document_id="d", actor_id="k", start=0, end=6, text="Kazimi", type="person",
                                               label="PERSON", extractor="t.v1"))
        conn.execute(insert(t.events).values(id="e", document_id="d", type="CONSULT", mode="meet", evidence="Kazimi met Allawi",
                                              start=0, end=17, extractor="t.v1", negated=False, hypothetical=False))
        conn.execute(insert(t.event_actors), [dict(event_id="e", actor_id="k", role="source"),
                                              dict(event_id="e", actor_id="a", role="target")])
    counts = {}
    present = set(inspect(engine).get_table_names())        # tables of later revisions are not there yet
    with engine.connect() as conn:
        present = set(inspect(conn).get_table_names())     # tables of later revisions are not there yet
        for table in metadata.tables.values():
            if table.name in present:
                counts[table.name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
    ensure_schema(engine)
    assert current_revision(engine) >= "0010"
    with engine.connect() as conn:
        assert {table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for table in metadata.tables.values() if table.name in counts} == counts
        assert conn.execute(select(t.mentions.c.label, t.mentions.c.extractor)).one() == ("PERSON", "t.v1")
    columns = {c["name"]: c["type"] for c in inspect(engine).get_columns("mentions")}
    assert isinstance(columns["label"], Text) or not isinstance(columns["label"], String) or columns["label"].length is None
    assert {fk["referred_table"] for fk in inspect(engine).get_foreign_keys("mentions")} == {"documents", "actors"}
    with engine.begin() as conn:        # the cascade still works: deleting the document takes its facts
        if backend == "sqlite":
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        conn.execute(t.event_actors.delete())
        conn.execute(t.events.delete())
        conn.execute(t.documents.delete())
        assert conn.execute(select(func.count()).select_from(t.mentions)).scalar_one() == 0
    engine.dispose()


def test_corrections_migration_moves_recorded_merges_and_splits(backend, tmp_path):
    """0012: each merges row becomes a merge_actors / split_alias correction, in order; `merges` goes."""
    from datetime import datetime, timezone
    from alembic import command
    import sqlalchemy as sa
    import stores
    from foothold.store import schema as t
    from foothold.store.db import _sqlite_foreign_keys_off, alembic_config
    from foothold.store.rules import load_rules
    engine = make_engine(stores.new_url(backend, tmp_path, migrated=False))
    with engine.connect() as conn, _sqlite_foreign_keys_off(conn), conn.begin():
        command.upgrade(alembic_config(conn), "0011")
    merges = sa.table("merges", sa.column("kind"), sa.column("from_ref"), sa.column("into_ref"), sa.column("alias"),
                      sa.column("created_at"))
    now = datetime(2020, 1, 1, tzinfo=timezone.utc)
    with engine.begin() as conn:
        conn.execute(sa.insert(merges), [dict(kind="merge", from_ref="kazimi", into_ref="mustafa_al_kazimi", alias=None,
                                              created_at=now),
                                         dict(kind="split", from_ref="iran", into_ref="iranian", alias="Iranian",
                                              created_at=now)])
    ensure_schema(engine)
    assert "merges" not in inspect(engine).get_table_names()
    with engine.connect() as conn:
        rows = conn.execute(sa.select(t.corrections).order_by(t.corrections.c.position)).all()
        assert [(r.kind, r.target_id, r.author, r.undone_at) for r in rows] == [
            ("merge_actors", "kazimi", "local", None), ("split_alias", "iran", "local", None)]
        rules = load_rules(conn)
    assert rules.redirect("kazimi") == "mustafa_al_kazimi"
    assert rules.split_target("iran", "Iranian") == "iranian"
    engine.dispose()


def test_a_store_another_process_is_setting_up_is_waited_for_not_refused(tmp_path, monkeypatch):
    """SQLite may answer "database is locked" at once while another process switches a new file to WAL."""
    from sqlalchemy.exc import OperationalError
    from foothold.store import db
    real, calls = db._upgrade_to_head, []

    def busy_once(engine):
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("PRAGMA journal_mode=WAL", {}, Exception("database is locked"))
        real(engine)
    monkeypatch.setattr(db, "_upgrade_to_head", busy_once)
    engine = make_engine(f"sqlite:///{tmp_path / 'new.db'}")
    ensure_schema(engine)
    assert len(calls) == 2 and current_revision(engine) is not None


def test_a_schema_error_that_is_no_lock_fails_at_once(tmp_path, monkeypatch):
    import pytest
    from sqlalchemy.exc import OperationalError
    from foothold.errors import StoreError
    from foothold.store import db

    def broken(engine):
        raise OperationalError("CREATE TABLE", {}, Exception("disk I/O error"))
    monkeypatch.setattr(db, "_upgrade_to_head", broken)
    with pytest.raises(StoreError, match="disk I/O error"):
        ensure_schema(make_engine(f"sqlite:///{tmp_path / 'new.db'}"))
