"""The views at scale (issue 10): pages walk every item once, aggregates in SQL equal a count
in Python, the bounded profile points at the rest, streamed graph exports equal the graph.

The store is the workbench's (test_web_api): the seed report and the samples through the real
pipeline plus the reports built in code, copied so that inserting into it touches no other test.
"""

import io
import shutil
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, insert, select

from foothold.export import Filters, export, resolve
from foothold.export import graph
from foothold.resolve.names import normalise_name
from foothold.store import connect, views
from foothold.store import schema as t
from foothold.store.counts import QUAD_SCORE
from foothold.store.views import EventFilter
from test_web_api import workbench_store


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "store.db"
    shutil.copy(workbench_store().removeprefix("sqlite:///"), path)
    return connect(f"sqlite:///{path}")


def walk(fetch, limit):
    """Every item of a paginated list, page by page."""
    items, cursor, pages = [], None, 0
    while True:
        page = fetch(cursor=cursor, limit=limit)
        assert set(page) == {"items", "limit", "cursor", "has_more", "next"}
        assert page["cursor"] == cursor and page["limit"] == limit and len(page["items"]) <= limit
        items += page["items"]
        pages += 1
        if not page["has_more"]:
            assert page["next"] is None
            return items, pages
        cursor = page["next"]


def test_event_pages_walk_every_event_once_in_date_order(engine):
    with engine.connect() as conn:
        everything = views.events_matching(conn)
        items, pages = walk(lambda **kw: views.events_page(conn, **kw), 7)
        assert pages > 2
        assert sorted(e["id"] for e in items) == sorted(e["id"] for e in everything)
        assert len({e["id"] for e in items}) == len(items)
        keys = [(e["date"] or "~", e["id"]) for e in items]
        assert keys == sorted(keys)                      # the date as written, undated last, then id
        # Filters page the same way: a window and an actor.
        for flt in (EventFilter(start="2020-06-01", end="2020-07-31"), EventFilter(actor="iran")):
            expected = sorted(e["id"] for e in views.events_matching(conn, flt))
            got, _ = walk(lambda **kw: views.events_page(conn, flt, **kw), 3)
            assert sorted(e["id"] for e in got) == expected


def test_document_actor_and_place_pages_walk_everything_once(engine):
    with engine.connect() as conn:
        docs, _ = walk(lambda **kw: views.documents_page(conn, **kw), 2)
        assert sorted(d["id"] for d in docs) == sorted(d["id"] for d in views.list_documents(conn))
        assert [d["date"] or "" for d in docs] == sorted((d["date"] or "" for d in docs), reverse=True)
        old = {d["id"]: d for d in views.list_documents(conn)}
        for d in docs:                                    # the same counts as the whole listing
            assert {k: d[k] for k in ("mentions", "events", "relations", "citations", "actors", "warnings")} == \
                   {k: old[d["id"]][k] for k in ("mentions", "events", "relations", "citations", "actors", "warnings")}
        everyone = {a["id"]: a for a in views.list_actors(conn, limit=100000)}
        for sort in ("mentions", "name"):
            actors, _ = walk(lambda **kw: views.actors_page(conn, sort=sort, **kw), 13)
            assert sorted(a["id"] for a in actors) == sorted(everyone)
            assert all(a["mentions"] == everyone[a["id"]]["mentions"] and a["events"] == everyone[a["id"]]["events"]
                       for a in actors)
            if sort == "mentions":
                assert [a["mentions"] for a in actors] == sorted((a["mentions"] for a in actors), reverse=True)
        everywhere = {e["id"] for e in views.events_matching(conn) if e["location"] and e["location"]["id"] == "iraq"
                      or "iraq" in {a["id"] for a in e["source"] + e["target"]}}
        at, _ = walk(lambda **kw: views.events_at(conn, "iraq", **kw), 4)
        assert {e["id"] for e in at} == everywhere and len(at) == len(everywhere)


def test_a_place_in_many_events_walks_the_date_order_to_the_same_pages(engine, monkeypatch):
    with engine.connect() as conn:
        sorted_pages, _ = walk(lambda **kw: views.events_at(conn, "iraq", **kw), 3)
        monkeypatch.setattr(views.locations, "DENSE_EVENTS", 1)      # every place counts as dense: the probing walk
        walked, _ = walk(lambda **kw: views.events_at(conn, "iraq", **kw), 3)
        assert [e["id"] for e in walked] == [e["id"] for e in sorted_pages] and len(walked) > 3


def test_a_tie_pages_through_its_events_both_ways_with_the_total(engine):
    """ties_between reads the tie's events in each direction through the (actor, role, event) index."""
    with engine.connect() as conn:
        tc = t.tie_counts
        a, b = conn.execute(select(tc.c.source_id, tc.c.target_id).where(tc.c.kind == "event")
                            .order_by(tc.c.n.desc(), tc.c.source_id).limit(1)).one()

        def pages():
            first = views.ties_between(conn, a, b, limit=2)
            items, cursor = list(first["events"]), first["events_next"]
            while cursor:
                more = views.ties_between(conn, a, b, limit=2, cursor=cursor)
                items += more["events"]
                cursor = more["events_next"]
            return first["events_total"], [e["id"] for e in items]
        total, sorted_ids = pages()
        assert total == len(sorted_ids) == len(set(sorted_ids)) >= 2
        both = {e["id"] for e in views.events_matching(conn) if
                ({a, b} <= {x["id"] for x in e["source"] + e["target"]})
                and any(s["id"] in (a, b) and o["id"] in (a, b) and s["id"] != o["id"]
                        for s in e["source"] for o in e["target"])}
        assert set(sorted_ids) == both


def test_cursors_hold_while_events_are_inserted(engine):
    """New events arriving between pages: none repeated, none that was there skipped."""
    with engine.connect() as conn:
        before = {e["id"] for e in views.events_matching(conn)}
        template = dict(conn.execute(select(t.events).limit(1)).one()._mapping)
    seen, cursor, n = [], None, 0
    while True:
        with engine.connect() as conn:
            page = views.events_page(conn, cursor=cursor, limit=5)
        seen += [e["id"] for e in page["items"]]
        if not page["has_more"]:
            break
        cursor = page["next"]
        n += 1
        with engine.begin() as conn:          # one dated early (before the cursor), one last (undated, high id)
            conn.execute(insert(t.events), [template | {"id": f"inserted-early-{n}", "date": "1990-01-01"},
                                            template | {"id": f"zz-inserted-late-{n:04d}", "date": None}])
    assert len(seen) == len(set(seen))
    assert before <= set(seen)
    assert not any(s.startswith("inserted-early") for s in seen)
    assert {f"zz-inserted-late-{i:04d}" for i in range(1, n + 1)} <= set(seen)
    with engine.begin() as conn:
        conn.execute(t.events.delete().where(t.events.c.id.like("%inserted-%")))


def test_network_aggregates_equal_a_count_in_python(engine):
    with engine.connect() as conn:
        evs = views.events_matching(conn)
        ties = Counter()
        score = Counter()
        for e in evs:
            for s in e["source"]:
                for o in e["target"]:
                    if s["id"] != o["id"]:
                        ties[s["id"], o["id"]] += 1
                        score[s["id"], o["id"]] += QUAD_SCORE.get(e["quad"] or "", 0)
        rels = Counter((r.subject_id, r.predicate, r.object_id) for r in conn.execute(select(t.relations))
                       if r.subject_id != r.object_id)
        degree = Counter()
        for s, o in ties:
            degree[s] += 1
            degree[o] += 1
        for s, _, o in rels:
            degree[s] += 1
            degree[o] += 1
        net = views.network(conn, limit=views.NETWORK_MAX)
        got = {(e["source"], e["target"]): e for e in net["edges"] if e["kind"] == "events"}
        assert {k: e["count"] for k, e in got.items()} == dict(ties)
        assert all(e["score"] == round(score[k] / ties[k], 2) for k, e in got.items())
        assert Counter((e["source"], e["predicate"], e["target"]) for e in net["edges"] if e["kind"] == "relation") \
            == Counter({k: 1 for k in rels})
        assert {n["id"]: n["degree"] for n in net["nodes"] if n["degree"]} == dict(degree)
        assert net["events"] == len(evs) and not net["truncated"]
        # Top 5 by degree: the five most connected actors, with the edges among them only.
        top = views.network(conn, limit=5)
        ranked = sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        assert [(n["id"], n["degree"]) for n in top["nodes"]] == ranked
        kept = {a for a, _ in ranked}
        assert all(e["source"] in kept and e["target"] in kept for e in top["edges"])
        assert top["truncated"] and top["tied_actors"] == len(degree)


def test_timeline_places_and_sources_count_what_python_counts(engine):
    with engine.connect() as conn:
        evs = views.events_matching(conn)
        months = Counter((e["date"][:7], e["type"]) for e in evs if e["date"])
        tl = views.timeline(conn)
        assert {(b["bucket"], b["type"]): b["count"] for b in tl["buckets"]} == dict(months)
        assert tl["undated"] == sum(1 for e in evs if not e["date"]) and tl["total"] == len(evs)
        days = views.timeline(conn, by="day")
        assert sum(b["count"] for b in days["buckets"]) == sum(months.values())
        window = views.timeline(conn, EventFilter(start="2020-06-01", end="2020-06-30"))
        in_june = views.events_matching(conn, EventFilter(start="2020-06-01", end="2020-06-30"))
        assert sum(b["count"] for b in window["buckets"]) == len(in_june)
        for p in views.places(conn):
            located = sum(1 for e in evs if e["location"] and e["location"]["id"] == p["id"])
            involved = sum(1 for e in evs if p["id"] in {a["id"] for a in e["source"] + e["target"]})
            assert (p["events_located"], p["events_involved"]) == (located, involved), p["id"]
        src = views.sources(conn)
        per_event = {e["id"]: {c["outlet_actor"] or c["outlet"] for c in e["citations"]} for e in evs}
        sole = [i for i, outs in per_event.items() if len(outs) == 1]
        assert src["single_source_total"] == len(sole) and src["events_cited"] == sum(1 for o in per_event.values() if o)
        assert {e["id"] for e in src["single_source_events"]} <= set(sole)
        outlets = {c["outlet_actor"] or c["outlet"] for e in evs for c in e["citations"]}
        assert src["outlets_total"] >= len(outlets) and len(src["outlets"]) == min(src["outlets_total"], src["outlet_limit"])
        assert [o["events"] for o in src["outlets"]] == sorted((o["events"] for o in src["outlets"]), reverse=True)
        small = views.sources(conn, limit=2, outlet_limit=1)
        assert len(small["outlets"]) == 1 and small["outlets"][0] == src["outlets"][0]
        assert len(small["single_source_events"]) == min(2, len(sole))
        summary = views.summary(conn)
        assert summary["mentions"] == conn.execute(select(func.count()).select_from(t.mentions)).scalar_one()
        assert summary["events"] == len(evs)


def test_search_finds_names_by_prefix_and_stops_at_the_limit(engine):
    with engine.connect() as conn:
        key = normalise_name("Kadh")
        expected = {r.actor_id for r in conn.execute(select(t.aliases.c.actor_id).where(t.aliases.c.key.startswith(key)))}
        assert expected
        found = {a["id"] for a in views.search(conn, "Kadh", text=False)["actors"]}
        assert expected <= found
        assert views.search(conn, "Kadh", text=False)["events"] == []
        assert len(views.search(conn, "a", limit=3)["actors"]) == 3
        assert len(views.search(conn, "the", limit=2)["events"]) == 2


def test_the_profile_is_bounded_and_points_at_the_rest(engine):
    with engine.connect() as conn:
        everything = views.events_matching(conn, EventFilter(actor="iran"))
        assert len(everything) > 3
        profile = views.actor_profile(conn, "iran", limit=3)
        assert len(profile["events"]) == 3 and profile["totals"]["events"] == len(everything)
        rest, cursor = [], profile["more"]["events"]
        while cursor:
            page = views.events_page(conn, EventFilter(actor="iran"), cursor=cursor, limit=50)
            rest += page["items"]
            cursor = page["next"]
        assert sorted(e["id"] for e in profile["events"] + rest) == sorted(e["id"] for e in everything)
        n_mentions = conn.execute(select(func.count()).select_from(t.mentions)
                                  .where(t.mentions.c.actor_id == "iran")).scalar_one()
        assert profile["mentions"] == profile["totals"]["mentions"] == n_mentions
        assert len(profile["documents"]) <= 3 and profile["more"]["documents"] == (profile["totals"]["documents"] > 3)
        assert len(profile["relations"]) <= 3
        # Forms from the kept form_counts: each form's documents as the alias rows give them.
        al = t.aliases
        docs_of = {r.alias: r.n for r in conn.execute(
            select(al.c.alias, func.count(func.distinct(al.c.document_id)).label("n"))
            .where(al.c.actor_id == "iran").group_by(al.c.alias))}
        assert {f["alias"]: f["document_count"] for f in profile["aliases"]} == docs_of
        assert profile["totals"]["forms"] == len(docs_of) and not profile["more"]["forms"]
        assert profile["aliases"][0]["canonical"] and all(f["documents"] for f in profile["aliases"] if f["document_count"])


def test_the_api_pages_and_refuses_a_bad_cursor(engine):
    from foothold.web.app import create_app
    with TestClient(create_app(str(engine.url))) as client:
        first = client.get("/api/events", params={"limit": 2}).json()
        assert first["has_more"] and len(first["items"]) == 2
        second = client.get("/api/events", params={"limit": 2, "cursor": first["next"]}).json()
        assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
        for url in ("/api/events", "/api/documents", "/api/actors", "/api/places/iraq/events", "/api/alerts"):
            bad = client.get(url, params={"cursor": "nonsense"})
            assert bad.status_code == 400 and bad.json()["error"]["code"] == "E330", url
            assert client.get(url, params={"limit": 1001}).status_code == 422, url
        tl = client.get("/api/timeline", params={"by": "day"}).json()
        assert tl["by"] == "day" and tl["buckets"]
        net = client.get("/api/network", params={"limit": 3, "rank": "weight"}).json()
        assert len(net["nodes"]) == 3 and net["rank"] == "weight"
        weights = [n["weight"] for n in net["nodes"]]
        assert weights == sorted(weights, reverse=True)


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_streamed_graph_exports_read_back_as_the_graph(engine, fmt, reader, tmp_path, seed_path):   # filters on it
    with engine.connect() as conn:
        g = graph.build(conn, resolve(conn, Filters()))
    for filters in (Filters(), Filters(document="seed.txt"), Filters(actor="iran")):
        out = tmp_path / f"g.{fmt}"
        export(engine, fmt, out, filters)
        with engine.connect() as conn:
            g = graph.build(conn, resolve(conn, filters))
        back = reader(out)
        assert {n: {k: str(v) for k, v in d.items()} for n, d in back.nodes(data=True)} == \
               {n: {k: str(v) for k, v in d.items() if not (fmt == "gexf" and k == "label" and False)}
                for n, d in g.nodes(data=True)}
        assert Counter((s, o, d["kind"], d["document_id"], str(d["start"]), d["evidence"])
                       for s, o, d in back.edges(data=True)) == \
               Counter((s, o, d["kind"], d["document_id"], str(d["start"]), d["evidence"])
                       for s, o, d in g.edges(data=True))
