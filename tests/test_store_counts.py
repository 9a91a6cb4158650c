"""Kept counts (store/counts.py) equal a fresh count of the facts after every change: ingest,
re-ingest (same content replaced, a file whose content changed), merge, split; and the
migration's rebuild equals what the writer kept. The fresh count is made here in Python from
the raw rows, independently of counts.py's SQL."""

from collections import Counter, defaultdict

import pytest
from sqlalchemy import select

import stores

from foothold.store import counts
from foothold.store import schema as t
from foothold.store.curate import merge_actors, split_alias
from foothold.resolve.names import normalise_name


def fresh(conn) -> tuple[dict, dict]:
    """(actor rows, tie rows) counted in Python from the facts."""
    actor_ids = list(conn.execute(select(t.actors.c.id)).scalars())
    mentions, documents = Counter(), defaultdict(set)
    for r in conn.execute(select(t.mentions.c.actor_id, t.mentions.c.document_id)):
        mentions[r.actor_id] += 1
        documents[r.actor_id].add(r.document_id)
    events, roles = defaultdict(set), defaultdict(lambda: ([], []))
    for r in conn.execute(select(t.event_actors)):
        events[r.actor_id].add(r.event_id)
        roles[r.event_id][r.role == "target"].append(r.actor_id)
    ties = Counter()
    score = Counter()
    located = Counter()
    for e in conn.execute(select(t.events.c.id, t.events.c.type, t.events.c.quad, t.events.c.location_id)):
        located[e.location_id] += 1
        sources, targets = roles.get(e.id, ([], []))
        for s in sources:
            for o in targets:
                if s != o:
                    ties[s, o, "event", e.type] += 1
                    score[s, o, "event", e.type] += counts.QUAD_SCORE.get(e.quad, 0)
    relations = Counter()
    for r in conn.execute(select(t.relations.c.subject_id, t.relations.c.object_id, t.relations.c.predicate)):
        relations[r.subject_id] += 1
        relations[r.object_id] += 1
        if r.subject_id != r.object_id:
            ties[r.subject_id, r.object_id, "relation", r.predicate] += 1
    degree, weight = Counter(), Counter()
    event_pairs = {(s, o) for s, o, kind, _ in ties if kind == "event"}
    for s, o in event_pairs:
        degree[s] += 1
        degree[o] += 1
    for (s, o, kind, _), n in ties.items():
        if kind == "relation":
            degree[s] += 1
            degree[o] += 1
        weight[s] += n
        weight[o] += n
    actors = {a: (mentions[a], len(documents[a]), len(events[a]), relations[a], located[a], degree[a], weight[a])
              for a in actor_ids}
    return actors, {k: (n, score[k]) for k, n in ties.items()}


def kept(conn) -> tuple[dict, dict]:
    ac, tc = t.actor_counts, t.tie_counts
    actors = {r.actor_id: (r.mentions, r.documents, r.events, r.relations, r.located, r.degree, r.weight)
              for r in conn.execute(select(ac))}
    ties = {(r.source_id, r.target_id, r.kind, r.label): (r.n, r.score) for r in conn.execute(select(tc))}
    return actors, ties


def fresh_forms(conn) -> dict:
    """(actor, form, reason or '') -> documents using it, counted in Python from the alias rows."""
    docs = defaultdict(set)
    for r in conn.execute(select(t.aliases.c.actor_id, t.aliases.c.alias, t.aliases.c.reason, t.aliases.c.document_id)):
        docs[r.actor_id, r.alias, r.reason or ""].add(r.document_id)
    return {k: len(v - {None}) for k, v in docs.items()}


def fresh_outlets(conn) -> dict:
    """outlet key -> (citations, documents, events, events resting on it alone, first, last), in Python."""
    cits = {r.id: r for r in conn.execute(select(t.citations))}
    key = {i: r.outlet_actor_id or r.outlet for i, r in cits.items()}
    keys_of = defaultdict(set)
    for r in conn.execute(select(t.event_citations)):
        keys_of[r.event_id].add(key[r.citation_id])
    out = {}
    for k in set(key.values()):
        mine = [r for i, r in cits.items() if key[i] == k]
        dates = [r.date for r in mine if r.date]
        out[k] = (len(mine), len({r.document_id for r in mine}), sum(1 for ks in keys_of.values() if k in ks),
                  sum(1 for ks in keys_of.values() if ks == {k}), min(dates, default=None), max(dates, default=None))
    return out


def kept_outlets(conn) -> dict:
    return {r.key: (r.citations, r.documents, r.events, r.sole_events, r.first, r.last)
            for r in conn.execute(select(t.outlet_counts))}


def kept_forms(conn) -> dict:
    return {(r.actor_id, r.alias, r.reason): r.documents for r in conn.execute(select(t.form_counts))}


def assert_kept(engine):
    with engine.connect() as conn:
        want, have = fresh(conn), kept(conn)
        want_forms, have_forms = fresh_forms(conn), kept_forms(conn)
        want_outlets, have_outlets = fresh_outlets(conn), kept_outlets(conn)
    assert have[0] == want[0]
    assert have[1] == want[1]
    assert any(row[5] for row in have[0].values()) and want[1]          # real ties were counted
    assert have_forms == want_forms and any(n > 1 for n in want_forms.values())
    assert have_outlets == want_outlets and any(row[3] for row in want_outlets.values())


@pytest.fixture(scope="module")
def paths(eval_dir, seed_path):
    news = sorted((eval_dir / "news-dev").glob("*.txt"))[:3]
    return [seed_path, *news]


@pytest.fixture(params=stores.BACKENDS)
def engine(request, tmp_path, paths):
    return stores.ingested(request.param, tmp_path, paths)


def test_counts_follow_ingest_and_re_ingest(engine, paths, tmp_path):
    stores.rewrite(engine, paths, tmp_path, assert_kept)
    # The migration's set-based rebuild gives the same rows.
    with engine.begin() as conn:
        before = kept(conn), kept_forms(conn), kept_outlets(conn)
        counts.rebuild(conn)
        assert (kept(conn), kept_forms(conn), kept_outlets(conn)) == before


def test_counts_follow_merge_and_split(engine):
    with engine.connect() as conn:
        tc = t.tie_counts
        a, b = conn.execute(select(tc.c.source_id, tc.c.target_id).where(tc.c.kind == "event")
                            .order_by(tc.c.n.desc(), tc.c.source_id, tc.c.target_id).limit(1)).one()
    merge_actors(engine, b, a)
    assert_kept(engine)
    with engine.connect() as conn:
        al = t.aliases
        forms = defaultdict(set)
        for r in conn.execute(select(al.c.actor_id, al.c.alias)):
            forms[r.actor_id].add(r.alias)
        actor, alias = next((x, sorted(f, key=len)[0]) for x, f in sorted(forms.items())
                            if len({normalise_name(v) for v in f}) > 1 and x == a) \
            if len({normalise_name(v) for v in forms[a]}) > 1 else \
            next((x, sorted(f, key=len)[0]) for x, f in sorted(forms.items()) if len({normalise_name(v) for v in f}) > 1)
    split_alias(engine, actor, alias)
    assert_kept(engine)


def test_counts_follow_every_correction_and_its_undo(engine):
    """Analyst corrections (store.review) change facts: the kept counts follow each one and each undo."""
    from foothold.store.review import correct, undo
    with engine.connect() as conn:
        ea, tc = t.event_actors, t.tie_counts
        a, b = conn.execute(select(tc.c.source_id, tc.c.target_id).where(tc.c.kind == "event")
                            .order_by(tc.c.n.desc(), tc.c.source_id, tc.c.target_id).limit(1)).one()
        event = conn.execute(select(ea.c.event_id).where(ea.c.actor_id == a, ea.c.role == "source")
                             .order_by(ea.c.event_id).limit(1)).scalar_one()
        relation = conn.execute(select(t.relations.c.id).order_by(t.relations.c.id).limit(1)).scalar_one()
        mention = conn.execute(select(t.mentions).where(t.mentions.c.actor_id == b).order_by(t.mentions.c.id)
                               .limit(1)).one()
    made = []
    for kind, fields in (("reject_event", {"event_id": event}), ("reject_relation", {"relation_id": str(relation)}),
                         ("reject_mention", {"mention_id": mention.id}),
                         ("add_event", {"document_id": mention.document_id, "start": mention.start,
                                        "end": mention.end, "type": "ASSAULT", "source_actor_id": b,
                                        "target_actor_id": a}),
                         ("merge_actors", {"from_actor_id": b, "into_actor_id": a})):
        made.append(correct(engine, kind, fields))
        assert_kept(engine)
    for c in reversed(made):
        undo(engine, c["id"])
        assert_kept(engine)


def test_network_from_kept_counts_equals_the_aggregate(engine):
    from foothold.store import views
    with engine.connect() as conn:
        for kw in ({}, {"rank": "weight"}, {"limit": 5}, {"limit": 5, "rank": "weight"}, {"types": ["person"]},
                   {"limit": 1000, "min_mentions": 2}, {"limit": 1000, "only_tied": True}, {"limit": 0}):
            kept = views.network(conn, **kw)
            assert kept == views.network(conn, kept=False, **kw), kw
        assert len(kept_nodes := views.network(conn, limit=5)["nodes"]) == 5 and views.network(conn)["edges"]
        assert kept_nodes[0]["degree"] >= kept_nodes[-1]["degree"] > 0


def test_counts_add_a_new_documents_rows_when_its_tellings_join_stored_events(engine, paths, tmp_path):
    """A new document's rows are added to the kept counts (no recount); when its tellings join events
    another document told, the events' actors and places are counted once."""
    retold = tmp_path / "retold.txt"
    retold.write_text("Analysts' digest.\n\n" + paths[0].read_text(encoding="utf-8"), encoding="utf-8")
    from foothold.store.batch import ingest_file
    assert ingest_file(engine, retold).status == "ingested"
    o, e = t.event_occurrences, t.events
    with engine.connect() as conn:
        joined = conn.execute(select(o.c.id).join(e, e.c.id == o.c.event_id)
                              .where(o.c.document_id != e.c.document_id)).all()
    assert len(joined) >= 5                         # tellings joined another document's events
    assert_kept(engine)
