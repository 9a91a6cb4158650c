"""Text search through the indexes of migrations 0014 and 0017 (store/search.py) gives what a plain
case-insensitive "contains" over every row gives, on SQLite (FTS5 trigram, a table per kind) and
PostgreSQL (pg_trgm), after ingest, re-ingest of a changed file and a downgrade/upgrade of the migrations."""

import re

import pytest
from alembic import command
from sqlalchemy import func, select, text

import stores

from foothold.store import views
from foothold.store.views import lookup
from foothold.store import schema as t
from foothold.store import search
from foothold.store.batch import ingest_file
from foothold.store.db import alembic_config


@pytest.fixture(scope="module")
def paths(eval_dir, seed_path):
    return [seed_path, *sorted((eval_dir / "news-dev").glob("*.txt"))[:4]]


@pytest.fixture(params=stores.BACKENDS)
def engine(request, tmp_path, paths):
    return stores.ingested(request.param, tmp_path, paths)


def plain(conn, kind: str, q: str, fields: list[str]) -> set[str]:
    """Keys of the rows whose fields contain q, checked in Python over every row."""
    table, key, columns = search.KINDS[kind]
    out = set()
    for row in conn.execute(select(key, *[columns[f] for f in fields])):
        if any(v is not None and q.lower() in v.lower() for v in row[1:]):
            out.add(row[0])
    return out


def queries(conn) -> list[str]:
    """Strings taken from the store itself: pieces of names, titles, evidence, of 2 to 12 characters,
    plus strings matching nothing and strings with LIKE and FTS5 syntax characters."""
    picked = []
    names = sorted(conn.execute(select(t.actors.c.name)).scalars())
    evidence = sorted(conn.execute(select(t.event_occurrences.c.evidence)).scalars())
    titles = sorted(x for x in conn.execute(select(t.documents.c.title)).scalars() if x)
    for i, source in enumerate(names[::7] + evidence[::9] + titles):
        if not source.isascii() or len(source) < 6:
            continue
        size = (2, 3, 5, 8, 12)[i % 5]
        at = (i * 7) % max(1, len(source) - size)
        picked.append(source[at:at + size].strip() or source[:size])
    picked += ["Qwertyx zzq", 'say "no', "100%", "a_b", "NEAR(x y)", "Iran OR Iraq", "united STATES", "*"]
    return [q for q in dict.fromkeys(picked) if q]


def assert_search_equals_plain(engine):
    with engine.connect() as conn:
        qs = queries(conn)
        assert len(qs) > 40
        hits = 0
        for q in qs:
            for kind, fields in (("actor", ["name"]), ("document", ["name", "title"]),
                                 ("document", ["name", "title", "body"]), ("event", ["body"]),
                                 ("occurrence", ["body"])):
                found = search.containing(conn, kind, q, fields, 10**6)
                assert len(found) == len(set(found)), (kind, q)
                assert set(found) == plain(conn, kind, q, fields), (kind, fields, q)
                hits += bool(found)
        assert hits > 50                  # the queries do find things
        # LIMITed
        q = max(qs, key=lambda x: len(plain(conn, "occurrence", x, ["body"])))
        assert len(search.containing(conn, "occurrence", q, ["body"], 3)) == 3


def test_search_reads_the_index_and_equals_a_plain_scan(engine):
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            assert search.has_index(conn)
            keys = conn.execute(text("SELECT count(*) FROM search_keys")).scalar()
            rows = sum(conn.execute(select(func.count()).select_from(tab)).scalar()
                       for tab in (t.actors, t.documents, t.events, t.event_occurrences))
            assert keys == rows
            for kind, tables in search.TABLES.items():
                for fts, fields in tables:
                    plan = " ".join(str(r) for r in conn.execute(text(
                        f"EXPLAIN QUERY PLAN SELECT rowid FROM {fts} WHERE {fts} MATCH '{fields[0]} : \"iran\"'")))
                    assert "VIRTUAL TABLE INDEX" in plan
                    # Each table holds its kind's rows only, every one of them.
                    assert conn.execute(text(f"SELECT count(*) FROM {fts} CROSS JOIN search_keys k "
                                             f"ON k.id = {fts}.rowid WHERE k.kind != :kind"), {"kind": kind}).scalar() == 0
                    assert conn.execute(text(f"SELECT count(*) FROM {fts}")).scalar() == conn.execute(
                        select(func.count()).select_from(search.KINDS[kind][0])).scalar()
        else:
            names = set(conn.execute(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'ix_search_%'"))
                        .scalars())
            assert set(search_indexes()) <= names
    assert_search_equals_plain(engine)


def search_indexes():
    from importlib import import_module
    return import_module("foothold.store.migrations.versions.0014_search_and_form_counts").PG_INDEXES


def test_search_follows_changed_and_removed_documents(engine, paths, tmp_path):
    changing = tmp_path / "changing.txt"
    changing.write_text(paths[1].read_text(encoding="utf-8") + "\n\nThe Zorblax Council condemned the attack.\n",
                        encoding="utf-8")
    assert ingest_file(engine, changing).status == "ingested"
    with engine.connect() as conn:
        assert search.containing(conn, "document", "zorblax council", ["body"], 10)
    changing.write_text(paths[2].read_text(encoding="utf-8")[:2000] + "\n", encoding="utf-8")
    assert ingest_file(engine, changing).status == "updated"
    with engine.connect() as conn:
        assert search.containing(conn, "document", "zorblax council", ["body"], 10) == []
    assert_search_equals_plain(engine)


def test_views_search_finds_names_texts_and_evidence(engine):
    with engine.connect() as conn:
        evidence = conn.execute(select(t.events.c.evidence).order_by(t.events.c.id).limit(1)).scalar_one()
        word = max(re.findall(r"[A-Za-z]{5,}", evidence), key=len)
        found = views.search(conn, word.upper())
        assert any(word.lower() in e["evidence"].lower() for e in found["events"])
        assert found["documents"] and all(d["hits"] > 0 for d in found["documents"])
        iran = views.search(conn, "ran", text=False)       # inside names: Iran, Tehran
        assert {"iran"} <= {a["id"] for a in iran["actors"]}
        assert views.search(conn, "Qwertyx") == {"query": "Qwertyx", "actors": [], "documents": [], "events": []}
        # Name prefixes read form_counts in key order a batch at a time: the same actors as the alias rows give.
        al = t.aliases
        for key in ("a", "ir", "al", "m"):
            want = set(conn.execute(select(al.c.actor_id).where(al.c.key >= key, al.c.key < key + "\uffff")).scalars())
            got = lookup._actors_by_key_prefix(conn, key, 10**6, batch=2)
            assert set(got) == want and len(got) == len(want) and want
            assert lookup._actors_by_key_prefix(conn, key, 3, batch=2) == got[:3]


def test_migration_0014_downgrades_and_upgrades_with_its_indexes(engine):
    with engine.connect() as conn:
        before = [sorted(search.containing(conn, "occurrence", q, ["body"], 10**6)) for q in queries(conn)[:20]]
        forms = sorted(conn.execute(select(t.form_counts)).all())
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0013")
    with engine.connect() as conn:
        assert not search.has_index(conn)
        assert "form_counts" not in set(conn.dialect.get_table_names(conn))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        assert [sorted(search.containing(conn, "occurrence", q, ["body"], 10**6)) for q in queries(conn)[:20]] == before
        assert sorted(conn.execute(select(t.form_counts)).all()) == forms


def test_migration_0017_downgrades_to_one_table_and_upgrades_to_one_per_kind(engine):
    """0017 down: the single table of 0014, its triggers following writes; up: a table per kind again,
    the same answers throughout (PostgreSQL: no change, the same answers)."""
    with engine.connect() as conn:
        qs = queries(conn)[:30]
        kinds = (("actor", ["name"]), ("document", ["name", "title", "body"]), ("occurrence", ["body"]))
        before = [sorted(search.containing(conn, k, q, f, 10**6)) for q in qs for k, f in kinds]
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0016")
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            names = set(conn.execute(text("SELECT name FROM sqlite_master WHERE name LIKE 'search%fts'")).scalars())
            assert names == {"search_fts"}
            for kind, fields in kinds:      # the 0014 table answers as a plain scan does
                for q in qs:
                    if len(q) >= search.MIN_INDEXED:
                        m = search.fts_query(q, fields)
                        got = set(conn.execute(text(
                            "SELECT k.ref FROM search_fts CROSS JOIN search_keys k ON k.id = search_fts.rowid "
                            "WHERE search_fts MATCH :m AND k.kind = :kind"), {"m": m, "kind": kind}).scalars())
                        assert got == plain(conn, kind, q, fields), (kind, q)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        assert [sorted(search.containing(conn, k, q, f, 10**6)) for q in qs for k, f in kinds] == before
    assert_search_equals_plain(engine)
