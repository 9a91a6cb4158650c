"""PLOVER JSON lines: the manual's fields, offsets into the document, filters."""

import io
import json

import pytest

import stores

from foothold.export import Filters, export

from export_store import TEXT1, TEXT2, build_on

FIELDS = {"id", "date", "actor", "recipient", "event", "mode", "context", "event_text", "quad_code",
          "text_info", "cite_info"}


@pytest.fixture(scope="module", params=stores.BACKENDS)
def engine(request):
    """The export store on each backend."""
    return build_on(request.param)


def records(engine, **filters):
    out = io.StringIO()
    export(engine, "plover", out, Filters(**filters))
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_fields_and_offsets(engine):
    rows = records(engine)
    assert len(rows) == 6
    texts = {"one.txt": TEXT1, "two.txt": TEXT2}
    for r in rows:
        assert FIELDS <= set(r)
        info = r["text_info"]
        assert texts[info["document"]][info["start"]:info["end"]] == r["event_text"]
    visit = next(r for r in rows if r["mode"] == "visit")
    assert (visit["actor"], visit["recipient"], visit["event"]) == ("Esmail Qa'ani", "Mustafa al-Kazimi", "CONSULT")
    assert visit["quad_code"] == 1 and visit["date"] == "2020-06"
    assert visit["cite_info"][0]["outlet"] == "IRNA"
    assert visit["location"]["country"] == "IQ"


def test_undated_event_takes_the_document_date(engine):
    reject = next(r for r in records(engine) if r["event"] == "REJECT")
    assert (reject["date"], reject["date_precision"]) == ("2020-06-20", "day")


def test_filters(engine):
    assert {r["event"] for r in records(engine, date_from="2020-03", date_to="2020-03")} == {"ASSAULT"}
    assert len(records(engine, actor="Kataeb Hezbollah")) == 1
    assert {r["text_info"]["document"] for r in records(engine, document="two.txt")} == {"two.txt"}
    # "2020" (year precision) overlaps any day of that year.
    assert len(records(engine, date_from="2020-07-04", date_to="2020")) == 2
