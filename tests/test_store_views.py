"""The workbench's read queries (store/views/) on a small report built in code.

``brief_extraction()`` and ``hostile_extraction()`` are reused by the web API and
browser tests: a tiny invented report whose facts are known exactly, and a
document whose text carries markup that must stay text.
"""

import json
import re
import shutil

import pytest

import stores

from foothold.errors import UnknownActorError, UnknownRecordError
from foothold.ingest.document import Document, content_id
from foothold.ingest.offsets import OffsetMap
from foothold.model import Actor, Citation, DateValue, Event, Extraction, Mention, Relation
from foothold.store import connect, save_extraction
from foothold.store import views
from foothold.store.views import EventFilter, date_range

BRIEF = (
    "Field brief\n\n"
    "On 3 June 2020 Ahmad Karimi, the commander of the Northern Brigade, met Omar Haddad in Basra "
    "(Alpha News, June 4, 2020). In early June 2020 the Northern Brigade attacked the Free Party in Mosul "
    "(Beta Wire, June 9, 2020; Alpha News, June 9, 2020). Haddad praised Karimi in July 2020. "
    "The Northern Brigade opposes the Free Party.\n"
)
HOSTILE = (
    "Markup in a report\n\n"
    "The cell <script>window.__pwned = 1</script> called <img src=x onerror=\"window.__pwned=2\"> "
    "threatened Omar Haddad in Basra.\n"
)
HOSTILE_NAME = '<img src=x onerror="window.__pwned=2">'


def _document(name: str, text: str, date: str) -> Document:
    return Document(id=content_id(text), name=name, path=f"/in-memory/{name}", format="txt", text=text,
                    clean=text, offsets=OffsetMap.identity(len(text)), date=DateValue(date, "day"))


def _extraction(doc: Document, actors: dict[str, tuple[str, list[str]]]) -> Extraction:
    ex = Extraction(document=doc.name, document_id=doc.id, date=doc.date, extractors={"test.v1": "by hand"},
                    title=doc.text.splitlines()[0])
    for local_id, (actor_type, forms) in actors.items():
        actor = Actor(local_id, forms[0], actor_type, forms[1:], extractor="test.actors.v1")
        taken: list[tuple[int, int]] = []
        for form in sorted(forms, key=len, reverse=True):
            for m in re.finditer(re.escape(form), doc.text):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    taken.append((m.start(), m.end()))
                    actor.mentions.append(Mention(m.start(), m.end(), form, actor_type, local_id, "test.actors.v1"))
        ex.actors.append(actor)
    return ex


def _span(text: str, evidence: str) -> tuple[int, int]:
    start = text.index(evidence)
    return start, start + len(evidence)


def brief_extraction() -> tuple[Document, Extraction]:
    doc = _document("field-brief.txt", BRIEF, "2020-07-01")
    ex = _extraction(doc, {
        "karimi": ("person", ["Ahmad Karimi", "Karimi"]), "haddad": ("person", ["Omar Haddad", "Haddad"]),
        "brigade": ("organization", ["Northern Brigade"]), "party": ("organization", ["Free Party"]),
        "basra": ("place", ["Basra"]), "mosul": ("place", ["Mosul"]),
        "alpha": ("media", ["Alpha News"]), "beta": ("media", ["Beta Wire"])})
    for subj, pred, obj, evidence in [("karimi", "leads", "brigade", "Ahmad Karimi, the commander of the Northern Brigade"),
                                      ("brigade", "opposes", "party", "The Northern Brigade opposes the Free Party")]:
        ex.relations.append(Relation(subj, pred, obj, evidence, *_span(BRIEF, evidence), "test.relations.v1"))
    for outlet, note, day in [("Alpha News", "Alpha News, June 4, 2020", "2020-06-04"),
                              ("Beta Wire", "Beta Wire, June 9, 2020", "2020-06-09"),
                              ("Alpha News", "Alpha News, June 9, 2020", "2020-06-09")]:
        ex.citations.append(Citation(outlet, DateValue(day, "day"), note, *_span(BRIEF, note), "test.citations.v1",
                                     outlet_actor="alpha" if outlet == "Alpha News" else "beta"))
    ex.events = [
        Event("CONSULT", ["karimi"], ["haddad"], "met Omar Haddad in Basra", *_span(BRIEF, "met Omar Haddad in Basra"),
              "test.events.v1", mode="meeting", date=DateValue("2020-06-03", "day"), location="basra",
              quad="verbal_cooperation", sphere="political", citations=[0]),
        Event("ASSAULT", ["brigade"], ["party"], "the Northern Brigade attacked the Free Party in Mosul",
              *_span(BRIEF, "the Northern Brigade attacked the Free Party in Mosul"), "test.events.v1",
              date=DateValue("2020-06", "month", qualifier="early"), location="mosul", quad="material_conflict",
              sphere="military", citations=[1, 2]),
        Event("SUPPORT", ["haddad"], ["karimi"], "Haddad praised Karimi in July 2020",
              *_span(BRIEF, "Haddad praised Karimi in July 2020"), "test.events.v1", mode="praise",
              date=DateValue("2020-07", "month"), quad="verbal_cooperation", sphere="political"),
    ]
    ex.warnings = ["date anomaly: test warning"]
    return doc, ex


def hostile_extraction() -> tuple[Document, Extraction]:
    doc = _document("hostile.txt", HOSTILE, "2020-08-01")
    ex = _extraction(doc, {"cell": ("organization", [HOSTILE_NAME]), "haddad": ("person", ["Omar Haddad"]),
                           "basra": ("place", ["Basra"])})
    evidence = "threatened Omar Haddad in Basra"
    ex.events = [Event("THREATEN", ["cell"], ["haddad"], HOSTILE.strip().splitlines()[-1],
                       *_span(HOSTILE, HOSTILE.strip().splitlines()[-1]), "test.events.v1",
                       date=DateValue("2020-08-01", "day"), location="basra", quad="verbal_conflict")]
    assert evidence in ex.events[0].evidence
    return doc, ex


@pytest.fixture(scope="module", params=stores.BACKENDS)
def store(request, tmp_path_factory):
    """The two hand-made documents, on each backend."""
    path = tmp_path_factory.mktemp("views") / "store.db"
    engine = connect(stores.new_url(request.param, path.parent))
    for doc, ex in (brief_extraction(), hostile_extraction()):
        save_extraction(engine, doc, ex)
    yield engine
    engine.dispose()
    shutil.rmtree(path.parent, ignore_errors=True)


@pytest.fixture
def conn(store):
    with store.connect() as c:
        yield c


def by_type(events, etype):
    return next(e for e in events if e["type"] == etype)


# --- dates ------------------------------------------------------------------

@pytest.mark.parametrize("iso, precision, qualifier, expected", [
    ("2020-06-03", "day", None, ("2020-06-03", "2020-06-03")),
    ("2020-06", "month", None, ("2020-06-01", "2020-06-30")),
    ("2020-06", "month", "early", ("2020-06-01", "2020-06-10")),
    ("2020-02", "month", "late", ("2020-02-21", "2020-02-29")),
    ("2020", "season", "summer", ("2020-06-01", "2020-08-31")),
    ("2020", "year", None, ("2020-01-01", "2020-12-31")),
    (None, None, None, None),
])
def test_date_range_covers_the_days_a_date_stands_for(iso, precision, qualifier, expected):
    assert date_range(iso, precision, qualifier) == expected


# --- events and filters -----------------------------------------------------

def test_events_carry_participants_sources_and_date_band(conn):
    evs = views.events_matching(conn)
    assert [e["type"] for e in evs[:3]] == ["ASSAULT", "CONSULT", "SUPPORT"]   # June band starts June 1
    consult = by_type(evs, "CONSULT")
    assert [a["name"] for a in consult["source"]] == ["Ahmad Karimi"]
    assert [a["name"] for a in consult["target"]] == ["Omar Haddad"]
    assert consult["location"]["name"] == "Basra"
    assert [c["outlet"] for c in consult["citations"]] == ["Alpha News"]
    assert BRIEF[consult["start"]:consult["end"]] == consult["evidence"]
    assault = by_type(evs, "ASSAULT")
    assert (assault["date_start"], assault["date_end"]) == ("2020-06-01", "2020-06-10")   # early June


def test_time_window_keeps_events_whose_band_overlaps_it(conn):
    first_week = views.events_matching(conn, EventFilter(start="2020-06-05", end="2020-06-09"))
    assert [e["type"] for e in first_week] == ["ASSAULT"]     # the early June band, not the day of June 3
    assert views.events_matching(conn, EventFilter(start="2020-06-15", end="2020-06-30")) == []   # not late June
    assert views.events_matching(conn, EventFilter(start="2021-01-01")) == []


def test_filters_by_type_sphere_actor_document(conn):
    assert views.event_spheres(conn) == ["military", "political"]
    assert {e["type"] for e in views.events_matching(conn, EventFilter(sphere="military"))} == {"ASSAULT"}
    assert {e["type"] for e in views.events_matching(conn, EventFilter(type="SUPPORT"))} == {"SUPPORT"}
    karimi = views.events_matching(conn, EventFilter(actor="ahmad_karimi"))
    assert {e["type"] for e in karimi} == {"CONSULT", "SUPPORT"}
    hostile_doc = next(d["id"] for d in views.list_documents(conn) if d["name"] == "hostile.txt")
    assert [e["type"] for e in views.events_matching(conn, EventFilter(document=hostile_doc))] == ["THREATEN"]


# --- network ----------------------------------------------------------------

def test_network_has_typed_relations_and_weighted_event_ties(conn):
    net = views.network(conn)
    edges = {e["id"]: e for e in net["edges"]}
    assert edges["r|ahmad_karimi|leads|northern_brigade"]["kind"] == "relation"
    assert edges["r|northern_brigade|opposes|free_party"]["predicate"] == "opposes"
    tie = edges["e|northern_brigade|free_party"]
    assert (tie["count"], tie["score"], tie["types"]) == (1, -2.0, {"ASSAULT": 1})
    assert edges["e|ahmad_karimi|omar_haddad"]["score"] == 1.0
    nodes = {n["id"]: n for n in net["nodes"]}
    assert nodes["ahmad_karimi"]["mentions"] == 2 and nodes["ahmad_karimi"]["degree"] == 3


def test_network_filters_drop_relations_and_untied_actors(conn):
    net = views.network(conn, EventFilter(type="ASSAULT"), only_tied=True)
    assert {e["id"] for e in net["edges"]} == {"e|northern_brigade|free_party"}
    assert net["relations_hidden"] is True
    assert {n["id"] for n in net["nodes"]} == {"northern_brigade", "free_party"}
    only_places = views.network(conn, types=["place"])
    assert {n["type"] for n in only_places["nodes"]} == {"place"}


def test_ties_between_two_actors_give_the_evidence_both_ways(conn):
    ties = views.ties_between(conn, "omar_haddad", "ahmad_karimi")
    assert {e["type"] for e in ties["events"]} == {"CONSULT", "SUPPORT"}
    ties = views.ties_between(conn, "ahmad_karimi", "northern_brigade")
    assert [r["evidence"] for r in ties["relations"]] == ["Ahmad Karimi, the commander of the Northern Brigade"]
    with pytest.raises(UnknownActorError):
        views.ties_between(conn, "ahmad_karimi", "nobody")


# --- reader, profile --------------------------------------------------------

def test_document_reader_spans_point_into_the_text(conn):
    doc_id = next(d["id"] for d in views.list_documents(conn) if d["name"] == "field-brief.txt")
    doc = views.document_reader(conn, doc_id)
    assert doc["warnings"] == ["date anomaly: test warning"]
    for m in doc["mentions"]:
        assert doc["text"][m["start"]:m["end"]] == m["text"]
    assert {m["actor"]["id"] for m in doc["mentions"] if m["text"] == "Karimi"} == {"ahmad_karimi"}
    assert [doc["text"][c["start"]:c["end"]] for c in doc["citations"]][0] == "Alpha News, June 4, 2020"
    assert doc["actors"][0]["mentions"] >= 2
    with pytest.raises(UnknownRecordError):
        views.document_reader(conn, "nope")


def test_actor_profile_has_forms_relations_events_sources_and_company(conn):
    p = views.actor_profile(conn, "Karimi")          # a surface form finds the actor
    assert p["id"] == "ahmad_karimi"
    assert {a["alias"] for a in p["aliases"]} == {"Ahmad Karimi", "Karimi"}
    assert [r["predicate"] for r in p["relations"]] == ["leads"]
    assert {(e["type"], e["role"]) for e in p["events"]} == {("CONSULT", "source"), ("SUPPORT", "target")}
    assert p["outlets"] == [{"outlet": "Alpha News", "events": 1}]
    company = {c["id"]: c for c in p["co_occurring"]}
    assert company["omar_haddad"]["sentences"] >= 2 and company["omar_haddad"]["events"] == 2
    assert "mosul" not in company                      # never in a sentence with Karimi


def test_profile_outlets_tied_in_events_are_listed_by_name(conn):
    # the attack cites Beta Wire and Alpha News once each: one order in every process (it followed a set's)
    p = views.actor_profile(conn, "Northern Brigade")
    assert p["outlets"] == [{"outlet": "Alpha News", "events": 1}, {"outlet": "Beta Wire", "events": 1}]


def test_event_detail_shows_the_evidence_in_context(conn):
    ev_id = by_type(views.events_matching(conn), "CONSULT")["id"]
    ev = views.event_detail(conn, ev_id)
    assert ev["context"]["span"] == "met Omar Haddad in Basra"
    assert ev["context"]["before"].endswith("Northern Brigade, ")
    with pytest.raises(UnknownRecordError):
        views.event_detail(conn, "ev_nope")


# --- places, sources, search ------------------------------------------------

def test_places_count_located_and_involved_events(conn):
    places = {p["id"]: p for p in views.places(conn)}
    assert places["basra"]["events_located"] == 2            # the meeting and the threat
    assert places["mosul"]["events_located"] == 1
    at_mosul = views.events_at(conn, "mosul")["items"]
    assert [e["type"] for e in at_mosul] == ["ASSAULT"]
    with pytest.raises(UnknownActorError):
        views.events_at(conn, "atlantis")


def test_sources_count_events_per_outlet_and_single_source_events(conn):
    data = views.sources(conn)
    outlets = {o["outlet"]: o for o in data["outlets"]}
    assert (outlets["Alpha News"]["citations"], outlets["Alpha News"]["events"], outlets["Alpha News"]["sole_events"]) == (2, 2, 1)
    assert (outlets["Beta Wire"]["events"], outlets["Beta Wire"]["sole_events"]) == (1, 0)
    assert [e["type"] for e in data["single_source_events"]] == ["CONSULT"]
    assert data["events_uncited"] == 2                       # the praise and the threat


def test_search_finds_actors_by_any_form_documents_and_events(conn):
    found = views.search(conn, "karimi")
    assert [a["id"] for a in found["actors"]] == ["ahmad_karimi"]
    assert [d["name"] for d in found["documents"]] == ["field-brief.txt"]
    assert found["documents"][0]["hits"] == 2
    assert {e["type"] for e in found["events"]} == {"SUPPORT"}
    assert views.search(conn, "100%")["actors"] == []       # LIKE wildcards are literal
    assert views.search(conn, "  ")["actors"] == []


def long_extraction(paragraphs: int = 1000) -> tuple[Document, Extraction]:
    """A long report (~250,000 characters): one meeting per paragraph, so every page has its own events."""
    paras = [f"Paragraph {i}. On day {i} Ahmad Karimi met Omar Haddad in Basra to discuss the Northern Brigade, "
             f"its supply lines, the border crossings and the shrine cities, as the local council reported at length "
             f"in its minutes, which ran to many pages and were read out at the session {i}." for i in range(paragraphs)]
    text = "Long Field Report\n\n" + "\n\n".join(paras) + "\n"
    doc = _document("long-report.txt", text, "2020-07-01")
    ex = _extraction(doc, {"karimi": ("person", ["Ahmad Karimi"]), "haddad": ("person", ["Omar Haddad"]),
                           "basra": ("place", ["Basra"])})
    for i in range(paragraphs):
        evidence = f"On day {i} Ahmad Karimi met Omar Haddad in Basra"
        ex.events.append(Event("CONSULT", ["karimi"], ["haddad"], evidence, *_span(text, evidence), "test.events.v1",
                               mode="meeting", location="basra", quad="verbal_cooperation"))
    return doc, ex


def test_a_long_document_is_read_in_pages(store_url):
    from foothold.store.views import PAGE_CHARS
    engine = connect(store_url)
    doc, ex = long_extraction()
    save_extraction(engine, doc, ex)
    with engine.connect() as conn:
        first = views.document_reader(conn, doc.id)
        page = first["page"]
        assert page["count"] >= 4 and page["start"] == 0 and page["length"] == len(doc.text)
        assert len(first["text"]) <= PAGE_CHARS and first["text"] == doc.text[:page["end"]]
        assert first["events"] and all(page["start"] <= e["start"] < page["end"] for e in first["events"])
        assert all(doc.text[m["start"]:m["end"]] == m["text"] for m in first["mentions"])
        # Walking the pages returns every telling exactly once, and the actors of the whole document.
        seen, at = [], 0
        while at is not None:
            p = views.document_reader(conn, doc.id, at=at)
            seen += [e["start"] for e in p["events"]]
            assert {a["name"] for a in p["actors"]} >= {"Ahmad Karimi", "Omar Haddad"}
            at = p["page"]["next"]
        assert sorted(seen) == sorted(e.start for e in ex.events)
        middle = ex.events[300].start
        holding = views.document_reader(conn, doc.id, at=middle)
        assert holding["page"]["start"] <= middle < holding["page"]["end"]
        size = len(json.dumps(first))
        assert size < 4 * PAGE_CHARS * 10, size           # a page, not the whole document's spans


def test_reader_pages_cover_the_text_and_end_between_words():
    """A text with no line break in a page's second half is cut at a space, never inside a word."""
    text = "Militias fired rockets at the base. " * 200
    bounds = views.pages(text, 1000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text) and len(bounds) > 5
    assert all(b == a2 for (_, b), (a2, _) in zip(bounds, bounds[1:]))
    assert all(text[b - 1] == " " for _, b in bounds[:-1])
