"""foothold JSON export: the FORMAT.md shape per document, filters, errors."""

import io
import json

import pytest

import stores

from foothold.errors import UnknownActorError
from foothold.eval.score import score_document
from foothold.export import Filters, export
from foothold.export.select import ExportFilterError

from export_store import TEXT1, build_on, documents


@pytest.fixture(scope="module", params=stores.BACKENDS)
def engine(request):
    """The export store on each backend."""
    return build_on(request.param)


def exported(engine, **filters) -> dict:
    out = io.StringIO()
    export(engine, "json", out, Filters(**filters))
    return json.loads(out.getvalue())


def test_format_shape_and_text(engine):
    data = exported(engine)
    assert [d["document"] for d in data["documents"]] == ["one.txt", "two.txt"]
    one = data["documents"][0]
    assert one["text"] == TEXT1
    ids = {a["id"] for a in one["actors"]}
    assert all(r["subject"] in ids and r["object"] in ids for r in one["relations"])
    assert all(set(e["source"] + e["target"]) <= ids for e in one["events"])
    for m in (m for a in one["actors"] for m in a["mentions"]):
        assert TEXT1[m["start"]:m["end"]] == m["text"]
    visit = next(e for e in one["events"] if e["mode"] == "visit")
    assert one["citations"][visit["citations"][0]]["outlet"] == "IRNA"


def test_export_scores_perfectly_against_the_extraction_it_came_from(engine):
    one = exported(engine, document="one.txt")          # one document: its FORMAT.md object itself
    source = documents()[0][1].to_format()
    scores = score_document(one, source, TEXT1).by_category
    assert scores["typed_relations"].tp == 5 and scores["events"].tp == 4
    assert all(s.fp == 0 and s.fn == 0 for s in scores.values()), scores


def test_aliases_are_those_the_document_uses(engine):
    two = exported(engine, document="two.txt")
    qaani = next(a for a in two["actors"] if a["id"] == "esmail_qaani")
    assert qaani["aliases"] == ["Qaani"]


def test_date_filter_outside_a_document_gives_its_empty_shape(engine):
    assert exported(engine, document="one.txt", date_from="2021")["actors"] == []


def test_actor_filter_keeps_counterparts(engine):
    docs = exported(engine, actor="Kataeb Hezbollah")["documents"]
    assert [d["document"] for d in docs] == ["one.txt"]
    names = {a["name"] for a in docs[0]["actors"]}
    assert {"Kataeb Hezbollah", "United States", "Iran", "Camp Taji"} <= names
    assert "IRNA" not in names


def test_unknown_filters_are_errors(engine):
    with pytest.raises(UnknownActorError):
        exported(engine, actor="Nobody Anywhere")
    with pytest.raises(ExportFilterError):
        exported(engine, document="nothing.txt")
    with pytest.raises(ExportFilterError):
        Filters(date_from="June 2020")


def test_event_type_and_sphere_filters_keep_those_events_only(engine):
    def kept_by(**filters) -> list[dict]:
        data = exported(engine, **filters)
        return data["documents"] if "documents" in data else [data]
    kept = kept_by(event_type="CONSULT")
    assert [d["document"] for d in kept] == ["one.txt", "two.txt"]
    assert {e["type"] for d in kept for e in d["events"]} == {"CONSULT"}
    assert not any(d["relations"] for d in kept)                 # relations have no event type
    assert {c["outlet"] for d in kept for c in d["citations"]} == {"IRNA", "Tasnim"}   # what they rest on
    military = kept_by(sphere="military")
    assert [d["document"] for d in military] == ["one.txt"]
    assert {e["type"] for e in military[0]["events"]} == {"ASSAULT", "MOBILIZE"}
    assert not any(d["events"] for d in kept_by(event_type="CONSULT", actor="Kataeb Hezbollah"))
