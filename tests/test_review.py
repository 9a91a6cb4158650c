"""Analyst review (store.review): every correction kind on the seed report, in the views, across a
re-ingest of a changed file and a forced one, and undone back to the store as it was."""

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from foothold.errors import AlreadyUndoneError, BadCorrectionError, UnknownActorError, UnknownFactError
from foothold.ingest import read_document
from foothold.store import connect, save_extraction
from foothold.store import schema as t
from foothold.store import views
from foothold.store.corrections import REVIEW_EXTRACTOR, corrections_page, reviewed
from foothold.store.review import correct, relocate, undo
from foothold.store.review_queue import queue_page
from foothold.store.views import EventFilter

SEED = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seed.txt"
PREFACE = "Revised edition, with a new opening line.\n\n"


_EXTRACTED: dict = {}


def extracted(path: str, text: str):
    """The real pipeline's extraction of ``text`` read from ``path`` (cached by file name and text: it takes seconds)."""
    from foothold.extract.pipeline import run
    key = (Path(path).name, text)
    if key not in _EXTRACTED:
        _EXTRACTED[key] = run(read_document(path))
    return _EXTRACTED[key]


def seed_copy(folder: Path, preface: str = "") -> tuple:
    if not SEED.is_file():
        pytest.skip("the seed report is not at ../shared/eval")
    path = folder / "seed.txt"
    path.write_text(preface + SEED.read_text(encoding="utf-8"), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    return read_document(path), extracted(str(path), text)


@pytest.fixture
def seeded(store_url, tmp_path):
    engine = connect(store_url)
    doc, ex = seed_copy(tmp_path)
    assert save_extraction(engine, doc, ex).status == "ingested"
    yield engine, doc, tmp_path
    engine.dispose()


def state(conn) -> dict:
    """Every fact table as comparable rows (autoincrement ids replaced by natural keys)."""
    cit = {r.id: (r.document_id, r.start, r.end, r.outlet) for r in conn.execute(select(t.citations))}
    def rows(table, drop=("id",)):
        return sorted(tuple((k, repr(v)) for k, v in r._mapping.items() if k not in drop)
                      for r in conn.execute(select(table)))
    out = {name: rows(table) for name, table in (("mentions", t.mentions), ("relations", t.relations),
                                                 ("citations", t.citations), ("aliases", t.aliases))}
    for name, table in (("actors", t.actors), ("events", t.events), ("occurrences", t.event_occurrences),
                        ("event_actors", t.event_actors), ("occurrence_actors", t.occurrence_actors)):
        out[name] = rows(table, drop=())
    out["event_citations"] = sorted((r.event_id, cit[r.citation_id]) for r in conn.execute(select(t.event_citations)))
    out["occurrence_citations"] = sorted((r.occurrence_id, cit[r.citation_id])
                                         for r in conn.execute(select(t.occurrence_citations)))
    return out


def first(conn, table, *where):
    return conn.execute(select(table).where(*where).order_by(table.c.id)).first()


def tied_event(conn):
    """An extracted event with a source and a target (it shows in the network)."""
    ea = t.event_actors
    sources = select(ea.c.event_id).where(ea.c.role == "source")
    targets = select(ea.c.event_id).where(ea.c.role == "target")
    return first(conn, t.events, t.events.c.id.in_(sources), t.events.c.id.in_(targets))


def test_rejecting_each_kind_of_fact_removes_it_from_every_view_and_undo_restores_the_store(seeded):
    from foothold.analyze.arena import arena, select_cell
    engine, doc, _ = seeded
    counted = select_cell(arena(engine, "iran", "iraq"), None, "events")
    assert counted
    with engine.connect() as conn:
        before = state(conn)
        event = conn.execute(select(t.events).where(t.events.c.id == counted[0])).one()
        mention = first(conn, t.mentions, t.mentions.c.actor_id == "iran")
        relation = first(conn, t.relations)
        citation = first(conn, t.citations, t.citations.c.id.in_(select(t.event_citations.c.citation_id)))
        actor_mentions = views.actor_profile(conn, "iran")["mentions"]
        net_before = views.network(conn, EventFilter())["events"]
        timeline_before = views.timeline(conn, EventFilter())["total"]
    made = [correct(engine, "reject_event", {"event_id": event.id, "reason": "not an event"}),
            correct(engine, "reject_mention", {"mention_id": mention.id}),
            correct(engine, "reject_relation", {"relation_id": str(relation.id)}),
            correct(engine, "reject_citation", {"citation_id": citation.id})]
    with engine.connect() as conn:
        listed = [e["id"] for e in views.events_page(conn, EventFilter(), limit=1000)["items"]]
        assert event.id not in listed and listed
        reader = views.document_reader(conn, doc.id)
        assert event.id not in {e["id"] for e in reader["events"]}
        assert mention.id not in {m["id"] for m in reader["mentions"]}
        assert relation.id not in {r["id"] for r in reader["relations"]}
        assert citation.id not in {c["id"] for c in reader["citations"]}
        assert views.network(conn, EventFilter())["events"] == net_before - 1
        assert views.timeline(conn, EventFilter())["total"] == timeline_before - 1 == len(listed)
        assert views.actor_profile(conn, "iran")["mentions"] == actor_mentions - 1
        assert conn.execute(select(t.event_citations).where(t.event_citations.c.citation_id == citation.id)).first() is None
    after = select_cell(arena(engine, "iran", "iraq"), None, "events")
    assert event.id not in after and len(after) == len(counted) - 1
    for c in made:
        undo(engine, c["id"])
    with engine.connect() as conn:
        assert state(conn) == before
    assert select_cell(arena(engine, "iran", "iraq"), None, "events") == counted


def test_rejecting_the_only_mention_of_a_name_takes_the_actor_out_and_undo_brings_it_back(seeded):
    engine, doc, _ = seeded
    m = t.mentions
    with engine.connect() as conn:
        before = state(conn)
        listed = {a["id"] for a in views.list_actors(conn)}
        once = conn.execute(select(m.c.actor_id).group_by(m.c.actor_id).having(func.count() == 1)).scalars().all()
        lonely = [a for a in once if views.actor_profile(conn, a)["totals"]["relations"] == 0
                  and views.actor_profile(conn, a)["totals"]["events"] == 0]
        assert lonely
        mention = conn.execute(select(m).where(m.c.actor_id == lonely[0])).one()
    made = correct(engine, "reject_mention", {"mention_id": mention.id, "reason": "not an actor"})
    with engine.connect() as conn:
        assert {a["id"] for a in views.list_actors(conn)} == listed - {mention.actor_id}
        assert not conn.execute(select(t.aliases).where(t.aliases.c.actor_id == mention.actor_id)).first()
    assert made["payload"]["snapshot"]["actor_row"]["id"] == mention.actor_id
    undo(engine, made["id"])
    with engine.connect() as conn:
        assert state(conn) == before


def test_added_facts_appear_with_review_provenance_and_are_reviewed(seeded):
    engine, doc, _ = seeded
    text = doc.text
    start = text.index("Hemmati")
    end = text.index(".", start)
    added = correct(engine, "add_event", {"document_id": doc.id, "start": start, "end": end, "type": "CONSULT",
                                          "mode": "visit", "source_actor_id": "iran", "target_actor_id": "iraq",
                                          "date": "2020-06"})
    rel = correct(engine, "add_relation", {"document_id": doc.id, "start": start, "end": end, "type": "opposes",
                                           "subject_actor_id": "iran", "object_actor_id": "iraq"})
    assert added["evidence"] == {"document_id": doc.id, "start": start, "end": end, "text": text[start:end]}
    with engine.connect() as conn:
        event = conn.execute(select(t.events).where(t.events.c.id == added["created_fact_id"])).one()
        assert (event.extractor, event.type, event.mode, event.date, event.precision) == (
            REVIEW_EXTRACTOR, "CONSULT", "visit", "2020-06", "month")
        roles = set(conn.execute(select(t.event_actors.c.actor_id, t.event_actors.c.role)
                                 .where(t.event_actors.c.event_id == event.id)).all())
        assert roles == {("iran", "source"), ("iraq", "target")}
        ties = views.ties_between(conn, "iran", "iraq", EventFilter(), limit=1000)
        assert event.id in {x["id"] for x in ties["events"]}
        assert reviewed(conn, "event")[event.id] == added["id"]
        in_profile = next(e for e in views.actor_profile(conn, "iraq")["events"] if e["id"] == event.id)
        assert (in_profile["reviewed"], in_profile["correction_id"]) == (True, added["id"])
        assert reviewed(conn, "relation")[rel["created_fact_id"]] == rel["id"]
        assert int(rel["created_fact_id"]) in {r["id"] for r in ties["relations"]}
        relation = conn.execute(select(t.relations).where(t.relations.c.id == int(rel["created_fact_id"]))).one()
        assert (relation.subject_id, relation.predicate, relation.object_id, relation.extractor) == (
            "iran", "opposes", "iraq", REVIEW_EXTRACTOR)
    undo(engine, added["id"])
    undo(engine, rel["id"])
    with engine.connect() as conn:
        assert conn.execute(select(t.events).where(t.events.c.extractor == REVIEW_EXTRACTOR)).first() is None
        assert conn.execute(select(t.relations).where(t.relations.c.extractor == REVIEW_EXTRACTOR)).first() is None


def test_actor_corrections_retype_alias_merge_split_and_their_undo(seeded):
    engine, _, _ = seeded
    with engine.connect() as conn:
        before = state(conn)
        person = conn.execute(select(t.actors.c.id).where(t.actors.c.type == "person").order_by(t.actors.c.id)).scalar()
    retype = correct(engine, "retype_actor", {"actor_id": person, "type": "organization"})
    alias = correct(engine, "add_alias", {"actor_id": "iran", "alias": "the Islamic Republic"})
    merge = correct(engine, "merge_actors", {"from_actor_id": "iraq", "into_actor_id": "iran"})
    with engine.connect() as conn:
        assert conn.execute(select(t.actors.c.type).where(t.actors.c.id == person)).scalar() == "organization"
        profile = views.actor_profile(conn, person)
        assert (profile["type"], profile["reviewed"], profile["correction_id"]) == ("organization", True, retype["id"])
        assert conn.execute(select(t.actors.c.id).where(t.actors.c.id == "iraq")).first() is None
        forms = {f["alias"] if isinstance(f, dict) else f for f in views.actor_profile(conn, "iran")["aliases"]}
        assert "the Islamic Republic" in str(forms) and "Iraq" in str(forms)
    split = correct(engine, "split_alias", {"actor_id": "iran", "alias": "Iraq"})
    assert split["payload"]["new_actor_id"] == "iraq"
    for c in (split, merge, alias, retype):
        undo(engine, c["id"])
    with engine.connect() as conn:
        after = state(conn)
    # Back as it was, but for the reason recorded on the alias rows the merge moved and moved back.
    strip = lambda rows: sorted(tuple(x for x in r if x[0] != "reason") for r in rows)
    assert strip(after.pop("aliases")) == strip(before.pop("aliases"))
    assert after == before


def test_corrections_survive_a_changed_file_and_a_forced_reingest(seeded):
    engine, doc, folder = seeded
    with engine.connect() as conn:
        event = tied_event(conn)
        mention = first(conn, t.mentions, t.mentions.c.actor_id == "iran")
        relation = first(conn, t.relations)
        citation = first(conn, t.citations)
        kept = first(conn, t.relations, t.relations.c.id != relation.id)
    start = doc.text.index("Hemmati")
    end = doc.text.index(".", start)
    made = {k: correct(engine, k, f) for k, f in (
        ("reject_event", {"event_id": event.id}), ("reject_mention", {"mention_id": mention.id}),
        ("reject_relation", {"relation_id": relation.id}), ("reject_citation", {"citation_id": citation.id}),
        ("confirm", {"fact_kind": "relation", "fact_id": kept.id}),
        ("retype_actor", {"actor_id": "iraq", "type": "organization"}),
        ("add_event", {"document_id": doc.id, "start": start, "end": end, "type": "CONSULT", "source_actor_id": "iran"}))}
    shift = len(PREFACE)

    def check(document_id: str, offset: int):
        with engine.connect() as conn:
            occ = t.event_occurrences
            assert not conn.execute(select(occ).where(occ.c.document_id == document_id, occ.c.start == event.start + offset,
                                                      occ.c.type == event.type)).first()
            assert not conn.execute(select(t.mentions).where(t.mentions.c.document_id == document_id,
                                                             t.mentions.c.start == mention.start + offset)).first()
            assert not conn.execute(select(t.relations).where(
                t.relations.c.document_id == document_id, t.relations.c.start == relation.start + offset,
                t.relations.c.predicate == relation.predicate, t.relations.c.subject_id == relation.subject_id)).first()
            assert not conn.execute(select(t.citations).where(t.citations.c.document_id == document_id,
                                                              t.citations.c.start == citation.start + offset)).first()
            assert conn.execute(select(t.actors.c.type).where(t.actors.c.id == "iraq")).scalar() == "organization"
            added = conn.execute(select(occ).where(occ.c.document_id == document_id, occ.c.extractor == REVIEW_EXTRACTOR)).one()
            assert (added.start, added.end) == (start + offset, end + offset)
            confirmed = reviewed(conn, "relation")
            row = conn.execute(select(t.relations).where(t.relations.c.id == int(
                next(k for k, v in confirmed.items() if v == made["confirm"]["id"])))).one()
            assert (row.document_id, row.start, row.predicate) == (document_id, kept.start + offset, kept.predicate)

    changed, ex = seed_copy(folder, PREFACE)            # the file changed: offsets move, ids change
    assert save_extraction(engine, changed, ex).status == "updated"
    check(changed.id, shift)
    with engine.connect() as conn:
        audit = corrections_page(conn, limit=100)["items"]
        assert {c["document_id"] for c in audit if c["document_id"]} == {changed.id}
    assert save_extraction(engine, changed, ex, replace=True).status == "replaced"
    check(changed.id, shift)


def test_the_audit_lists_who_when_what_and_the_span_newest_first(seeded):
    engine, doc, _ = seeded
    with engine.connect() as conn:
        m1, m2 = conn.execute(select(t.mentions).order_by(t.mentions.c.id).limit(2)).all()
    a = correct(engine, "reject_mention", {"mention_id": m1.id, "reason": "not an actor"}, author="edit")
    b = correct(engine, "confirm", {"fact_kind": "mention", "fact_id": m2.id})
    undo(engine, a["id"])
    with engine.connect() as conn:
        page = corrections_page(conn, limit=1)
        assert page["items"][0]["id"] == b["id"] and page["has_more"]
        rest = corrections_page(conn, limit=1, cursor=page["next"])["items"]
        live_only = corrections_page(conn, include_undone=False)["items"]
        by_doc = corrections_page(conn, document_id=doc.id, kind="reject_mention")["items"]
    assert rest[0]["id"] == a["id"] and rest[0]["undone_at"]
    assert rest[0]["author"] == "edit" and b["author"] == "local" and rest[0]["created_at"].endswith("+00:00")
    assert rest[0]["evidence"] == {"document_id": doc.id, "start": m1.start, "end": m1.end, "text": m1.text}
    assert rest[0]["payload"]["reason"] == "not an actor"
    assert [c["id"] for c in live_only] == [b["id"]]
    assert [c["id"] for c in by_doc] == [a["id"]]


def test_the_queue_is_least_confident_first_without_reviewed_facts(seeded):
    engine, doc, _ = seeded
    with engine.connect() as conn:
        whole = []
        page = queue_page(conn, limit=200)
        while True:
            whole += page["items"]
            if not page["next"]:
                break
            page = queue_page(conn, limit=200, cursor=page["next"])
        counts = {k: conn.execute(select(t.__dict__[k + "s"].c.id)).all() for k in ("mention", "relation", "citation")}
    assert [q["confidence"] for q in whole] == sorted(q["confidence"] for q in whole)
    assert {k: sum(q["fact_kind"] == k for q in whole) for k in counts} == {k: len(v) for k, v in counts.items()}
    head = whole[0]
    assert {"fact_kind", "fact_id", "document_id", "start", "end", "text", "label", "confidence"} <= set(head)
    assert head["text"] == doc.text[head["start"]:head["end"]] or head["fact_kind"] == "event"
    correct(engine, "confirm", {"fact_kind": head["fact_kind"], "fact_id": head["fact_id"]})
    with engine.connect() as conn:
        again = queue_page(conn, limit=5, document_id=doc.id)["items"]
        assert (head["fact_kind"], head["fact_id"]) not in {(q["fact_kind"], q["fact_id"]) for q in again}
        assert queue_page(conn, document_id="no-such-document")["items"] == []


def test_bad_corrections_are_refused_with_a_code_and_nothing_is_written(seeded):
    engine, doc, _ = seeded
    with engine.connect() as conn:
        before = state(conn)
        mention = first(conn, t.mentions)
    cases = [("reject_mention", {"mention_id": "999999999"}, UnknownFactError, "E701"),
             ("reject_mention", {"mention_id": "99999999999999999999999"}, UnknownFactError, "E701"),
             ("reject_event", {"event_id": "ev_nope"}, UnknownFactError, "E701"),
             ("confirm", {"fact_kind": "actor", "fact_id": "iran"}, BadCorrectionError, "E702"),
             ("retype_actor", {"actor_id": "iran", "type": "planet"}, BadCorrectionError, "E702"),
             ("retype_actor", {"actor_id": "nobody", "type": "person"}, UnknownActorError, "E302"),
             ("add_event", {"document_id": doc.id, "start": 5, "end": 3, "type": "CONSULT"}, BadCorrectionError, "E702"),
             ("add_event", {"document_id": doc.id, "start": 0, "end": 10, "type": "PARTY"}, BadCorrectionError, "E702"),
             ("add_event", {"document_id": doc.id, "start": 0, "end": 10, "type": "CONSULT", "mode": "dance"},
              BadCorrectionError, "E702"),
             ("add_event", {"document_id": doc.id, "start": 0, "end": 10, "type": "CONSULT", "date": "2020-02-30"},
              BadCorrectionError, "E702"),
             ("add_event", {"document_id": doc.id, "start": 0, "end": 10, "type": "CONSULT", "source_actor_id": "nobody"},
              UnknownActorError, "E302"),
             ("add_relation", {"document_id": doc.id, "start": 0, "end": 10, "type": "loves",
                               "subject_actor_id": "iran", "object_actor_id": "iraq"}, BadCorrectionError, "E702"),
             ("add_relation", {"document_id": "nope", "start": 0, "end": 10, "type": "opposes",
                               "subject_actor_id": "iran", "object_actor_id": "iraq"}, UnknownFactError, "E701"),
             ("merge_actors", {"from_actor_id": "iran", "into_actor_id": "iran"}, BadCorrectionError, "E702"),
             ("shout", {}, BadCorrectionError, "E702")]
    for kind, fields, error, code in cases:
        with pytest.raises(error) as info:
            correct(engine, kind, fields)
        assert info.value.code == code and info.value.fix, (kind, fields)
    made = correct(engine, "reject_mention", {"mention_id": mention.id})
    undo(engine, made["id"])
    with pytest.raises(AlreadyUndoneError) as info:
        undo(engine, made["id"])
    assert info.value.code == "E703"
    with pytest.raises(UnknownFactError):
        undo(engine, "cr_nope")
    with engine.connect() as conn:
        assert state(conn) == before


def test_relocate_finds_the_words_nearest_their_old_place():
    text = "Iran said no. Later, Iran said yes."
    assert relocate(text, 0, 4, "Iran") == (0, 4)
    assert relocate("xx" + text, 21, 25, "Iran") == (23, 27)
    assert relocate(text, 0, 4, "Iraq") is None


def test_a_unique_id_prefix_names_an_event_and_a_correction_but_a_short_one_does_not(seeded):
    """Hashed ids are long and get cut when copied from a narrow table; a unique prefix of 8+ characters is enough."""
    engine, _, _ = seeded
    with engine.connect() as conn:
        event = tied_event(conn)
    made = correct(engine, "reject_event", {"event_id": event.id[:10]})
    assert made["target_id"] == event.id
    with pytest.raises(UnknownFactError):
        undo(engine, made["id"][:7])                 # too short to be taken as a prefix
    assert undo(engine, made["id"][:9])["undone_at"]
    with pytest.raises(UnknownFactError):
        correct(engine, "reject_event", {"event_id": "ev_"})   # the prefix every event id shares
