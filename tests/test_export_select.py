"""Exports read documents in chunks (select.chunks): a few queries per chunk of documents, not per
document. The output must not change: every format, filtered or not, equals what the exporters
wrote reading document by document (a chunk of one is the per-document selection, ``narrow``;
the JSON export also equals ``document_dict`` per document, the single-document path).

The store is the workbench's: the seed report and the samples through the real pipeline plus
hand-made reports (an event retold by a second document among them).
"""

import io
import json

import pytest

import stores

from foothold import __version__
from foothold.export import EXPORTERS, Filters, export, json_, resolve
from foothold.export import select as q
from foothold.store import connect
from test_web_api import workbench_store

FILTERS = [{}, {"actor": "Iran"}, {"date_from": "2020", "event_type": "ASSAULT"}, {"channel": "military"},
           {"date_from": "2019-06", "date_to": "2020-03"}, {"document": "seed.txt"}]


@pytest.fixture(scope="module", params=stores.BACKENDS)
def engine(request, eval_dir):       # eval_dir: these cases filter on the seed report (skip without ../shared)
    return connect(workbench_store(request.param))


def exported(engine, fmt, filters, monkeypatch, chunk):
    monkeypatch.setattr(q, "CHUNK_DOCUMENTS", chunk)
    out = io.StringIO()
    export(engine, fmt, out, Filters(**filters))
    return out.getvalue()


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_chunks_write_what_one_document_at_a_time_wrote(engine, fmt, monkeypatch):
    with engine.connect() as conn:
        assert len(list(q.documents(conn, resolve(conn, Filters())))) > 4     # several chunks of 2 and 3
    for filters in FILTERS:
        one_by_one = exported(engine, fmt, filters, monkeypatch, 1)
        assert one_by_one.strip()
        for chunk in (2, 3, q.CHUNK_DOCUMENTS):
            assert exported(engine, fmt, filters, monkeypatch, chunk) == one_by_one, (fmt, filters, chunk)


@pytest.mark.parametrize("fmt", ["stix", "csv", "plover", "ftm"])
def test_actor_lookups_in_small_batches_change_nothing(engine, fmt, monkeypatch):
    """STIX, CSV, PLOVER and FtM look up the actors of each chunk (select.actor_rows), ID_BATCH ids per
    query: batches of two write what one batch wrote."""
    for filters in FILTERS[:2]:
        whole = exported(engine, fmt, filters, monkeypatch, q.CHUNK_DOCUMENTS)
        with monkeypatch.context() as m:
            m.setattr(q, "ID_BATCH", 2)
            assert exported(engine, fmt, filters, monkeypatch, q.CHUNK_DOCUMENTS) == whole, (fmt, filters)


def test_actor_rows_reads_every_batch(engine, monkeypatch):
    from foothold.store import schema as t
    with engine.connect() as conn:
        ids = conn.execute(t.actors.select().with_only_columns(t.actors.c.id)).scalars().all()
        assert len(ids) > 5
        monkeypatch.setattr(q, "ID_BATCH", 2)
        names = q.actor_names(conn, [*ids, None, "no such actor"])
    assert sorted(names) == sorted(ids)


@pytest.mark.parametrize("filters", FILTERS[:-1])
def test_json_equals_document_dict_per_document(engine, filters, monkeypatch):
    with engine.connect() as conn:
        sel = resolve(conn, Filters(**filters))
        documents = [json_.document_dict(conn, sel, d) for d in q.documents(conn, sel, with_text=True)]
    assert documents
    expected = ('{"foothold": %s, "format": %s, "documents": [' % (json.dumps(__version__), json.dumps(json_.FORMAT))
                + ",".join("\n" + json.dumps(d, ensure_ascii=False) for d in documents) + "\n]}\n")
    assert exported(engine, "json", filters, monkeypatch, 3) == expected


def test_chunks_cover_the_documents_in_order_and_bound_text(engine, monkeypatch):
    with engine.connect() as conn:
        sel = resolve(conn, Filters())
        order = [d["id"] for d in q.documents(conn, sel)]
        chunks = list(q.chunks(conn, sel, size=3))
        assert [d["id"] for c in chunks for d in c.documents] == order
        assert all(len(c.documents) <= 3 for c in chunks) and len(chunks) == -(-len(order) // 3)
        # Texts past CHUNK_TEXT characters close a chunk early; a document filter reads one by one.
        monkeypatch.setattr(q, "CHUNK_TEXT", 1)
        assert all(len(c.documents) == 1 for c in q.chunks(conn, sel, with_text=True, size=3))
        narrowed = resolve(conn, Filters(document="seed.txt"))
        assert [len(c.documents) for c in q.chunks(conn, narrowed, size=3)] == [1]


def test_chunk_queries_plan_nested_loops_on_postgresql_and_reset_after(engine):
    """PostgreSQL: while a chunk is read, no hash or merge joins and no parallel workers (a chunk's
    queries start from its document ids); outside a chunk, the server's settings as they were."""
    if engine.dialect.name != "postgresql":
        with engine.connect() as conn:
            assert list(q.chunks(conn, resolve(conn, Filters()), size=2))
        return
    settings = ("enable_hashjoin", "enable_mergejoin", "max_parallel_workers_per_gather")
    with engine.connect() as conn:
        def show():     # the driver's cursor: the export's streams leave the connection streaming
            cursor = conn.connection.cursor()
            cursor.execute("SELECT " + ", ".join(f"current_setting('{n}')" for n in settings))
            row = tuple(cursor.fetchone())
            cursor.close()
            return row
        before = show()
        assert before[:2] == ("on", "on")
        seen = [show() for _ in q.chunks(conn, resolve(conn, Filters()), size=2)]
        assert len(seen) > 2 and set(seen) == {("off", "off", "0")}
        assert show() == before
        # The location condition is the same set as IS NOT NULL, written so no index answers it.
        from sqlalchemy import func, select
        from foothold.store import schema as t
        e = t.events
        n = conn.execute(select(func.count()).select_from(e).where(q.located(e))).scalar()
        assert n == conn.execute(select(func.count()).select_from(e).where(e.c.location_id.is_not(None))).scalar() > 0


def _contexts_cut_in_sql(conn, sel, wanted):
    """What the exports cut before (one ``substr`` per mention): the reference for the Python cut."""
    from sqlalchemy import case, func, select
    from foothold.store import schema as t
    a, m, d, n = t.actors, t.mentions, t.documents, q.CONTEXT_CHARS
    begin = case((m.c.start > n, m.c.start - n + 1), else_=1)      # SQL strings count from 1
    stmt = (select(m.c.actor_id, func.substr(d.c.text, begin, m.c.start - begin + 1),
                   func.substr(d.c.text, m.c.end + 1, n))
            .join(a, a.c.id == m.c.actor_id).join(d, d.c.id == m.c.document_id)
            .where(wanted, a.c.type == "organization", sel._doc_cond(m.c.document_id)))
    return sorted((r[0], r[1] or "", r[2] or "") for r in conn.execute(stmt))


@pytest.mark.parametrize("filters", [{}, {"actor": "Iran"}, {"document": "seed.txt"}])
def test_mention_contexts_equal_the_sql_cut(engine, filters, monkeypatch):
    """Contexts are cut in Python from each document's text fetched once (TEXT_BATCH texts per query):
    the same strings as SQL's substr, whatever the batch, and mentions at a text's start keep a short
    'before'."""
    from foothold.store import schema as t
    with engine.connect() as conn:
        sel = resolve(conn, Filters(**filters))
        wanted = t.actors.c.id.in_(sel.actor_ids_query())
        expected = _contexts_cut_in_sql(conn, sel, wanted)
        assert len(expected) > 10
        if not filters:     # a mention near a text's start: its 'before' is shorter
            assert any(len(before) < q.CONTEXT_CHARS for _, before, _ in expected)
        for batch in (1, 3, q.TEXT_BATCH):
            monkeypatch.setattr(q, "TEXT_BATCH", batch)
            assert sorted(q.mention_contexts(conn, sel, wanted)) == expected, (filters, batch)


def test_described_armed_marks_the_organisations_the_text_calls_armed(engine):
    """Organisations the text calls armed beside a mention are flagged on the actor rows the STIX, graph
    and FtM exports read (test_export_stix: the flag alone makes "Ashab al-Kahf" a threat actor)."""
    from foothold.export.kinds import described_as_armed, stix_type
    from foothold.store import schema as t
    with engine.connect() as conn:
        sel = resolve(conn, Filters())
        wanted = t.actors.c.id.in_(sel.actor_ids_query())
        expected = {a for a, before, after in _contexts_cut_in_sql(conn, sel, wanted)
                    if described_as_armed([(before, after)])}
        assert expected and q.described_armed(conn, sel, wanted) == expected
        rows = {a["id"]: a for a in q.actors(conn, sel, contexts=True)}
    assert {i for i, a in rows.items() if a.get("described_armed")} == expected
    assert all(stix_type(rows[i]) == "threat-actor" for i in expected)
