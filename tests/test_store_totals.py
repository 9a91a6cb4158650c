"""Kept totals (store/totals.py, the triggers of migration 0015) equal a fresh count of the rows after
every change: ingest, re-ingest, a changed file replacing its old version, a removed document,
corrections and their undo, merges; the set-based rebuild and a downgrade/upgrade give the same rows.
The fresh count is made here in Python from the raw rows."""

from collections import Counter

import pytest
from alembic import command
from sqlalchemy import func, select

import stores

from foothold.store import counts, totals, views
from foothold.store import schema as t
from foothold.store.db import alembic_config, write_transaction
from foothold.store.writer import remove_document


def fresh(conn) -> tuple[dict, dict]:
    """(kept_totals rows, event_dates rows) counted in Python from the facts."""
    want = Counter()
    for key, table in (("documents", t.documents), ("relations", t.relations), ("citations", t.citations),
                       ("occurrences", t.event_occurrences)):
        want[key] = len(conn.execute(select(table)).all())
    for r in conn.execute(select(t.actors.c.type)):
        want["actors:" + r.type] += 1
    for r in conn.execute(select(t.actor_counts.c.degree, t.actor_counts.c.mentions)):
        want["tied_actors"] += r.degree > 0
        want["mentions"] += r.mentions
    dates = Counter()
    for r in conn.execute(select(t.events.c.type, t.events.c.date, t.events.c.date_qualifier, t.events.c.sphere)):
        want["events:" + r.type] += 1
        dates[r.date or "", r.date_qualifier or "", r.type, r.sphere or ""] += 1
    return {k: n for k, n in want.items() if n}, dict(dates)


def kept(conn) -> tuple[dict, dict]:
    rows = {r.key: r.n for r in conn.execute(select(t.kept_totals)) if r.n}
    dates = {(r.date, r.date_qualifier, r.type, r.sphere): r.n for r in conn.execute(select(t.event_dates)) if r.n}
    return rows, dates


def assert_kept(engine):
    with engine.connect() as conn:
        want, have = fresh(conn), kept(conn)
        mentions = len(conn.execute(select(t.mentions.c.id)).all())
    assert have == want
    assert want[0]["documents"] and want[0]["tied_actors"] and want[1]        # real rows were counted
    assert want[0]["mentions"] == mentions


@pytest.fixture(scope="module")
def paths(eval_dir, seed_path):
    news = sorted((eval_dir / "news-dev").glob("*.txt"))[:3]
    return [seed_path, *news]


@pytest.fixture(params=stores.BACKENDS)
def engine(request, tmp_path, paths):
    return stores.ingested(request.param, tmp_path, paths)


def test_totals_follow_ingest_re_ingest_and_removal(engine, paths, tmp_path):
    stores.rewrite(engine, paths, tmp_path, assert_kept)
    # A document removed as the writer removes one (its kept counts refreshed in the same transaction).
    with write_transaction(engine) as conn:
        doc = conn.execute(select(t.documents.c.id).where(t.documents.c.path == str(paths[2].resolve()))).scalar_one()
        actor_ids, pairs = counts.affected(conn, doc)
        remove_document(conn, doc)
        counts.refresh(conn, actor_ids, pairs)
    assert_kept(engine)


def test_totals_follow_corrections_and_undo(engine):
    from foothold.store.review import correct, undo
    with engine.connect() as conn:
        ea, tc = t.event_actors, t.tie_counts
        a, b = conn.execute(select(tc.c.source_id, tc.c.target_id).where(tc.c.kind == "event")
                            .order_by(tc.c.n.desc(), tc.c.source_id, tc.c.target_id).limit(1)).one()
        event = conn.execute(select(ea.c.event_id).where(ea.c.actor_id == a, ea.c.role == "source")
                             .order_by(ea.c.event_id).limit(1)).scalar_one()
        relation = conn.execute(select(t.relations.c.id).order_by(t.relations.c.id).limit(1)).scalar_one()
        citation = conn.execute(select(t.citations.c.id).order_by(t.citations.c.id).limit(1)).scalar_one()
        mention = conn.execute(select(t.mentions).where(t.mentions.c.actor_id == b).order_by(t.mentions.c.id)
                               .limit(1)).one()
        kind_of_b = conn.execute(select(t.actors.c.type).where(t.actors.c.id == b)).scalar_one()
    made = []
    for kind, fields in (("reject_event", {"event_id": event}), ("reject_relation", {"relation_id": str(relation)}),
                         ("reject_citation", {"citation_id": str(citation)}),
                         ("reject_mention", {"mention_id": mention.id}),
                         ("retype_actor", {"actor_id": b,
                                           "type": "organization" if kind_of_b != "organization" else "person"}),
                         ("add_event", {"document_id": mention.document_id, "start": mention.start,
                                        "end": mention.end, "type": "ASSAULT", "source_actor_id": b,
                                        "target_actor_id": a}),
                         ("merge_actors", {"from_actor_id": b, "into_actor_id": a})):
        made.append(correct(engine, kind, fields))
        assert_kept(engine)
    for c in reversed(made):
        undo(engine, c["id"])
        assert_kept(engine)


def test_rebuild_and_downgrade_upgrade_give_the_kept_rows(engine):
    with engine.begin() as conn:
        before = kept(conn)
        totals.rebuild(conn)
        assert kept(conn) == before
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0014")
    with engine.connect() as conn:
        assert not {"kept_totals", "event_dates"} & set(engine.dialect.get_table_names(conn))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    assert_kept(engine)
    with engine.connect() as conn:
        assert kept(conn) == before


def test_views_from_totals_equal_the_aggregates(engine):
    with engine.connect() as conn:
        s = views.summary(conn)
        assert s["events"] == len(conn.execute(select(t.events.c.id)).all()) == totals.events_total(conn)
        assert s["mentions"] == len(conn.execute(select(t.mentions.c.id)).all())
        assert views.sources(conn)["events_total"] == s["events"]
        from foothold.analyze.summary import build_summary
        cli = build_summary(conn)
        assert cli["counts"] == {k: s[k] for k in cli["counts"]}
        assert cli["actors_by_type"] == s["actors_by_type"] and cli["events_by_type"] == s["events_by_type"]
        assert list(cli["events_by_type"].values()) == sorted(cli["events_by_type"].values(), reverse=True)
        from foothold.store import queries
        every = queries.list_actors(conn)            # grouped from the mentions: what the kept counts replace
        assert cli["top_actors"] == every[:10] and cli["top_actors"][0]["mentions"] > 0
        assert cli["actors_in_several_documents"] == sum(a["documents"] > 1 for a in every) > 0
        assert s["actors_by_type"] == dict(Counter(conn.execute(select(t.actors.c.type)).scalars()))
        assert s["events_by_type"] == dict(Counter(conn.execute(select(t.events.c.type)).scalars()))
        dates = sorted(d for d in conn.execute(select(t.events.c.date)).scalars() if d and len(d) == 10)
        some = views.EventFilter().__class__
        etype = conn.execute(select(t.events.c.type).order_by(t.events.c.type).limit(1)).scalar_one()
        for flt in (some(), some(type=etype), some(sphere="political"), some(start=dates[0], end=dates[-1]),
                    some(start=dates[len(dates) // 2][:7] + "-01"), some(end=dates[len(dates) // 2]),
                    some(start=dates[0][:4] + "-06-01", end=dates[0][:4] + "-06-30", type=etype)):
            for by in ("month", "day"):
                assert views.timeline(conn, flt, by=by) == views.timeline(conn, flt, by=by, kept=False), (flt, by)
            assert views.count_events(conn, flt) == views.count_events(conn, flt, kept=False), flt
        assert views.timeline(conn)["total"] == s["events"] > 0
        month = some(start=dates[len(dates) // 2][:7] + "-01", end=dates[len(dates) // 2][:7] + "-28")
        for flt in (month, some(type=etype)):
            assert views.network(conn, flt) == views.network(conn, flt, kept=False), flt


def test_tie_total_from_kept_counts_counts_an_event_told_both_ways_once(engine):
    """ties_between's events_total: the kept count of each direction less the events in both."""
    with engine.connect() as conn:
        tc = t.tie_counts
        a, b = conn.execute(select(tc.c.source_id, tc.c.target_id).where(tc.c.kind == "event")
                            .order_by(tc.c.n.desc(), tc.c.source_id, tc.c.target_id).limit(1)).one()
        src, tgt = t.event_actors.alias("s"), t.event_actors.alias("o")
        event = conn.execute(select(src.c.event_id).join(tgt, tgt.c.event_id == src.c.event_id).where(
            src.c.actor_id == a, src.c.role == "source", tgt.c.actor_id == b, tgt.c.role == "target")
            .order_by(src.c.event_id).limit(1)).scalar_one()
    with write_transaction(engine) as conn:        # the event told the other way round too
        ea = t.event_actors
        have = {tuple(r) for r in conn.execute(select(ea.c.actor_id, ea.c.role).where(ea.c.event_id == event))}
        conn.execute(ea.insert(), [{"event_id": event, "actor_id": x, "role": r}
                                   for x, r in ((b, "source"), (a, "target")) if (x, r) not in have])
        counts.refresh(conn, [a, b], [(a, b), (b, a)])
    with engine.connect() as conn:
        ties = views.ties_between(conn, a, b, limit=1000)
        want = {e["id"] for e in views.events_matching(conn)
                if any(s["id"] in (a, b) and o["id"] in (a, b) and s["id"] != o["id"]
                       for s in e["source"] for o in e["target"])}
        kept = conn.execute(select(func.sum(t.tie_counts.c.n)).where(
            t.tie_counts.c.kind == "event", t.tie_counts.c.source_id.in_([a, b]),
            t.tie_counts.c.target_id.in_([a, b]))).scalar_one()
    assert ties["events_total"] == len(want) == len(ties["events"]) == kept - 1
    assert event in {e["id"] for e in ties["events"]}
