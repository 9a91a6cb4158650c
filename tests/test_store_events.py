"""Events as happenings: the same event told twice is one event with two occurrences.

The rule (resolve.events) on cheap occurrences built in code; the store on the
real seed report, whose executive summary retells its body; across documents
on two documents built in code.
"""

import io
import json

import pytest

import stores
from sqlalchemy import func, select

from foothold.export import select as xs
from foothold.export import json_, plover, stix
from foothold.model import DateValue
from foothold.resolve.events import Occurrence, group, same_happening, trigger_key
from foothold.store import connect, save_extraction
from foothold.store import schema as t
from foothold.store import views
from foothold.store.queries import find_actor

from test_store import make


def occ(oid="a", type="ASSAULT", source=(), target=("soleimani",), date="2020-01", precision="month",
        trigger="assassination", location=None, **kw) -> Occurrence:
    return Occurrence(oid, type, frozenset(source), frozenset(target), date, precision, None, location, trigger, **kw)


# --- the rule ----------------------------------------------------------------------

def test_same_type_date_and_a_shared_actor_are_one_happening():
    why = same_happening(occ(target=("soleimani", "muhandis")), occ("b", target=("muhandis",), date="2020-01-03",
                                                                    precision="day", trigger="killed"))
    assert why and "shared target muhandis" in why and "2020-01" in why


@pytest.mark.parametrize("other", [
    occ("b", type="THREATEN"),                                   # another kind of event
    occ("b", date="2020-03"),                                    # another month
    occ("b", target=("shamkhani",)),                             # both name the target, differently
    occ("b", location="baghdad"),                                # located apart (the other is at Najaf)
    occ("b", negated=True),                                      # "did not kill"
])
def test_what_keeps_two_tellings_apart(other):
    assert same_happening(occ(location="najaf"), other) is None


def test_statements_to_different_people_are_different_statements():
    said = dict(type="AGREE", source=("kazimi",), date="2020-05-09", precision="day", trigger="stated",
                people=frozenset({"kazimi", "masjedi", "tueller"}))
    assert same_happening(occ(target=("masjedi", "iraq"), **said), occ("b", target=("tueller", "iraq"), **said)) is None
    assert same_happening(occ(target=("masjedi", "iraq"), **said), occ("b", target=("iraq",), **said))


def test_undated_tellings_need_the_same_words_about_the_same_actors():
    undated = occ(date=None, precision=None, source=("us",))
    assert same_happening(undated, occ("b", date="2020-01", source=("us",)))            # same trigger, same actors
    assert same_happening(undated, occ("b", source=("us",), trigger="strike")) is None  # other words
    assert same_happening(undated, occ("b", source=("us",), target=("soleimani", "muhandis"))) is None
    # A year is as weak as no date: "appointed in 2014" and "supported in 2014" are not one event.
    year = occ(date="2014", precision="year", type="SUPPORT", trigger="appointment")
    assert same_happening(year, occ("b", date="2014", precision="year", type="SUPPORT", trigger="supported")) is None


def test_a_list_of_like_events_is_not_one_event_told_again():
    strike = dict(type="ASSAULT", source=("coalition",), target=("isil",), date=None, precision=None, trigger="strike")
    assert same_happening(occ(evidence="one strike destroyed a repeater station", **strike),
                          occ("b", evidence="one strike destroyed a VBIED storage facility", **strike)) is None
    dated = dict(strike, date="2016-04-04", precision="day")
    assert same_happening(occ(evidence="five strikes engaged two ISIL tactical units", **dated),
                          occ("b", evidence="three strikes engaged two ISIL tactical units", **dated)) is None
    # A date in the words is not a count: the same raid, told with and without its day, is one event.
    raid = dict(type="COERCE", source=("cts",), target=(), date="2020-06-25", precision="day", trigger="raid")
    assert same_happening(occ(evidence="a raid carried out by the CTS on June 25, 2020", **raid),
                          occ("b", evidence="the raid on the compound", **raid))


def test_meetings_have_no_direction_but_other_guests_are_another_meeting():
    a_met_b = occ(type="CONSULT", source=("kazimi",), target=("masjedi",), trigger="met", date="2020-05-09",
                  precision="day")
    b_met_a = occ("b", type="CONSULT", source=("masjedi",), target=("kazimi",), trigger="meeting",
                  date="2020-05-09", precision="day")
    a_met_c = occ("c", type="CONSULT", source=("kazimi",), target=("tueller",), trigger="met", date="2020-05-09",
                  precision="day")
    assert same_happening(a_met_b, b_met_a)
    assert same_happening(a_met_b, a_met_c) is None


def test_across_documents_only_the_same_day_counts():
    month = occ(type="CONSULT", source=("qaani",), target=("iraq",), trigger="visited")
    assert same_happening(month, occ("b", type="CONSULT", source=("qaani",), target=("iraq",), trigger="visited"),
                          across_documents=True) is None
    day = occ(type="CONSULT", source=("qaani",), target=("iraq",), date="2020-06-03", precision="day")
    assert "across documents" in same_happening(day, occ("b", type="CONSULT", source=("qaani",), target=(),
                                                         date="2020-06-03", precision="day"), across_documents=True)


def test_grouping_joins_each_telling_to_the_first_happening_it_fits():
    tellings = [occ("a", target=("soleimani", "muhandis")), occ("b", target=("soleimani",)),
                occ("c", target=("muhandis",)), occ("d", target=("iran",))]
    happenings = group(tellings)
    assert [[m.id for m in h.members] for h in happenings] == [["a", "b", "c"], ["d"]]
    assert happenings[0].reasons["c"].startswith("same happening as a:")


def test_trigger_key_is_a_rough_lemma():
    assert trigger_key("assassination") == trigger_key("assassinations") != trigger_key("killed")
    assert trigger_key("meeting") == trigger_key("meet") and trigger_key("withdrawal") == "withdrawal"
    assert trigger_key(None) is None


# --- the seed ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_extraction(seed_path):
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    document = read_document(seed_path)
    return document, run(document)


@pytest.fixture(scope="module", params=stores.BACKENDS)
def seed(request, tmp_path_factory, seed_extraction):
    """The seed report's extraction (made once) stored on each backend."""
    engine = connect(stores.new_url(request.param, tmp_path_factory.mktemp('seed')))
    document, extraction = seed_extraction
    result = save_extraction(engine, document, extraction)
    return engine, document, extraction, result


def _occurrences(conn, **where):
    o = t.event_occurrences
    q = select(o)
    for k, v in where.items():
        q = q.where(o.c[k] == v)
    return [r._mapping for r in conn.execute(q.order_by(o.c.start))]


def _roles(conn, occurrence_id):
    oa = t.occurrence_actors
    return {(r.actor_id, r.role) for r in conn.execute(select(oa).where(oa.c.occurrence_id == occurrence_id))}


def test_the_seed_tells_fewer_happenings_than_occurrences(seed):
    engine, _, extraction, result = seed
    with engine.connect() as conn:
        occurrences = conn.execute(select(func.count()).select_from(t.event_occurrences)).scalar_one()
        happenings = conn.execute(select(func.count()).select_from(t.events)).scalar_one()
    assert occurrences == len(extraction.events) == result.counts["occurrences"]
    assert happenings == result.counts["events"] < occurrences


def test_the_assassination_told_again_and_again_is_one_event(seed):
    engine, *_ = seed
    with engine.connect() as conn:
        soleimani, muhandis = find_actor(conn, "Qasem Soleimani"), find_actor(conn, "Abu Mahdi al-Muhandis")
        tellings = [o for o in _occurrences(conn, type="ASSAULT") if (o["trigger"] or "").startswith("assassinat")
                    and {(soleimani, "target"), (muhandis, "target")} & _roles(conn, o["id"])]
        assert len(tellings) >= 3
        assert len({o["event_id"] for o in tellings}) == 1
        assert all("same happening as" in o["reason"] for o in tellings[1:])
        event = views.event_detail(conn, tellings[0]["event_id"])
    assert {a["id"] for a in event["target"]} >= {soleimani, muhandis}
    assert len(event["occurrences"]) >= len(tellings)
    assert all(o["context"]["span"] == o["evidence"] for o in event["occurrences"])


def test_two_visits_of_one_man_stay_two_events(seed):
    engine, *_ = seed
    with engine.connect() as conn:
        qaani = find_actor(conn, "Esmail Qa'ani")
        visits = [o for o in _occurrences(conn, type="CONSULT") if (qaani, "source") in _roles(conn, o["id"])
                  and (o["date"] or "").startswith(("2020-01", "2020-03"))]
        by_month = {}
        for o in visits:
            by_month.setdefault(o["date"][:7], set()).add(o["event_id"])
    assert set(by_month) == {"2020-01", "2020-03"}
    assert by_month["2020-01"].isdisjoint(by_month["2020-03"])
    # The January visit, told in the summary and in the body, is one event.
    assert len(by_month["2020-01"]) == 1 and sum(o["date"].startswith("2020-01") for o in visits) >= 2


def test_ardakanians_visit_and_the_visit_it_describes_are_one_event(seed):
    engine, *_ = seed
    with engine.connect() as conn:
        ardakanian = find_actor(conn, "Reza Ardakanian")
        day = [o for o in _occurrences(conn, type="CONSULT", date="2020-06-03")]
        iraq = find_actor(conn, "Iraq")
        his = [o for o in day if (ardakanian, "source") in _roles(conn, o["id"])]
        assert his
        # "arrived for an official visit to Iraq": the doer-less visit noun is the arrival's own telling, folded
        # into it (events/keep.py, its target joining); any other telling of that day's visit is the same event
        told = [o for o in day if {(ardakanian, "source"), (iraq, "target")} & _roles(conn, o["id"])]
        assert {o["event_id"] for o in told} == {his[0]["event_id"]}
        assert any((iraq, "target") in _roles(conn, o["id"]) for o in told)


def test_views_count_happenings_and_the_reader_highlights_every_telling(seed):
    engine, document, extraction, _ = seed
    with engine.connect() as conn:
        happenings = conn.execute(select(func.count()).select_from(t.events)).scalar_one()
        assert len(views.events_matching(conn)) == happenings == views.summary(conn)["events"]
        assert views.summary(conn)["occurrences"] == len(extraction.events)
        assert len(views.events_matching(conn, views.EventFilter(document=document.id))) == happenings
        reader = views.document_reader(conn, document.id)
        listed = [d for d in views.list_documents(conn) if d["id"] == document.id][0]
    spans = {(e["start"], e["end"]) for e in reader["events"]}
    assert spans == {(e.start, e.end) for e in extraction.events}
    assert len(reader["events"]) == len(extraction.events)
    assert all(document.text[e["start"]:e["end"]] == e["evidence"] for e in reader["events"])
    assert listed["events"] == happenings and listed["occurrences"] == len(extraction.events)


def test_reingest_keeps_the_same_events(seed, tmp_path):
    engine, document, extraction, _ = seed
    with engine.connect() as conn:
        before = {(o["id"], o["event_id"]) for o in _occurrences(conn)}
    assert save_extraction(engine, document, extraction).status == "unchanged"
    assert save_extraction(engine, document, extraction, replace=True).status == "replaced"
    with engine.connect() as conn:
        assert {(o["id"], o["event_id"]) for o in _occurrences(conn)} == before


def test_exports_write_one_record_per_happening_and_json_per_telling(seed):
    engine, document, extraction, _ = seed
    sel = xs.Selection(xs.Filters(document=document.id), document_ids=[document.id])
    with engine.connect() as conn:
        happenings = conn.execute(select(func.count()).select_from(t.events)).scalar_one()
        out = io.StringIO()
        plover.write(conn, sel, out)
        records = [json.loads(line) for line in out.getvalue().splitlines()]
        out = io.StringIO()
        json_.write(conn, sel, out)
        doc = json.loads(out.getvalue())
        out = io.StringIO()
        stix.write(conn, sel, out)
        bundle = json.loads(out.getvalue())
    assert len(records) == happenings
    assert sum(len(r["occurrences"]) for r in records) == len(extraction.events)
    assert len(doc["events"]) == len(extraction.events)
    assert len({e["event_id"] for e in doc["events"]}) == happenings
    assert all(document.text[e["start"]:e["end"]] == e["evidence"] for e in doc["events"])
    retold = [o for o in bundle["objects"] if o.get("x_foothold_occurrence_of")]
    assert len(retold) == len(extraction.events) - happenings


# --- across documents ----------------------------------------------------------------

def _meeting(name, text, evidence, date="2020-06-17"):
    doc, ex = make(name, text, {"hem": ("person", ["Abdolnaser Hemmati"]), "ala": ("person", ["Ali al-Alaq"])},
                   events=[("CONSULT", ["hem"], ["ala"], evidence)])
    ex.events[0].date = DateValue(date, "day")
    ex.events[0].trigger = "met"
    return doc, ex


def test_one_meeting_reported_by_two_documents_is_one_event(store_url):
    engine = connect(store_url)
    first = _meeting("a.txt", "Abdolnaser Hemmati met Ali al-Alaq in Baghdad.", "Abdolnaser Hemmati met Ali al-Alaq")
    second = _meeting("b.txt", "On Wednesday Ali al-Alaq met Abdolnaser Hemmati.", "Ali al-Alaq met Abdolnaser Hemmati")
    other_day = _meeting("c.txt", "Later, Abdolnaser Hemmati met Ali al-Alaq again.", "Abdolnaser Hemmati met Ali al-Alaq",
                         date="2020-07-01")
    for doc, ex in (first, second, other_day):
        save_extraction(engine, doc, ex)
    with engine.connect() as conn:
        events = views.events_matching(conn)
        assert len(events) == 2
        shared = next(e for e in events if len(e["occurrences"]) == 2)
        assert {d["name"] for d in shared["documents"]} == {"a.txt", "b.txt"}
        assert any("across documents" in o["reason"] for o in shared["occurrences"])
        assert len(views.events_matching(conn, views.EventFilter(document=second[0].id))) == 1
        # Exports: one record per happening, also when only the retelling document is exported.
        for doc_ids, expected in ((None, [2, 1]), ([second[0].id], [2])):
            sel = xs.Selection(xs.Filters(document=doc_ids[0] if doc_ids else None), document_ids=doc_ids)
            out = io.StringIO()
            plover.write(conn, sel, out)
            records = [json.loads(line) for line in out.getvalue().splitlines()]
            assert sorted((len(r["occurrences"]) for r in records), reverse=True) == expected
    # Removing the document that first told it keeps the event, now told by the other one.
    from foothold.store.writer import remove_document
    with engine.begin() as conn:
        remove_document(conn, first[0].id)
    with engine.connect() as conn:
        kept = views.event_detail(conn, shared["id"])
    assert [o["document"]["name"] for o in kept["occurrences"]] == ["b.txt"]
    assert kept["document"]["id"] == second[0].id and kept["evidence"] == "Ali al-Alaq met Abdolnaser Hemmati"


def test_a_long_document_groups_tellings_within_a_window_of_segments():
    """Grouper: tellings two or more segments apart are not compared (bounded memory); within the
    window, and in group() (one segment), they are one happening."""
    from foothold.resolve.events import Grouper
    assert len(group([occ("a"), occ("b")])) == 1
    near = Grouper()
    near.add(occ("a"), 0)
    assert near.close(before=0) == []                  # told in segment 0: still open
    near.add(occ("b"), 1)
    assert [len(h.members) for h in near.close()] == [2]
    far = Grouper()
    far.add(occ("a"), 0)
    closed = far.close(before=1)                       # the writer closes what the window left behind
    far.add(occ("b"), 2)
    assert [h.first.id for h in closed] == ["a"] and [h.first.id for h in far.close()] == ["b"]
    assert far._index == {} and far._open == {}       # nothing kept once closed
