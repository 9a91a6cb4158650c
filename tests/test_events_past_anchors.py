"""An act named only as the time anchor of a clause told in an earlier year than the report is its setting.

Invented sentences from arenas outside the development texts (the wire header dates the report 5 May 1995).
"""

from event_fixtures import wire_events

from foothold.extract.events.past_anchors import past_anchor
from foothold.model import DateValue

ACTORS = {"Chad": ("chad", "country"), "Libya": ("libya", "country"), "Libyan": ("libya", "country"),
          "Tripoli": ("tripoli", "place"), "Aouzou Strip": ("aouzou", "place")}


def test_an_anchor_of_a_past_year_clause_is_the_setting(tmp_path):
    text = "Chad closed its embassy in Tripoli in 1993 after Libya's invasion of the Aouzou Strip.\n"
    got = wire_events(tmp_path, text, ACTORS)
    assert not any(g[0] == "ASSAULT" for g in got), got


def test_an_anchor_of_the_reports_days_is_still_news(tmp_path):
    text = "Chad closed its embassy in Tripoli on Monday after Libya's invasion of the Aouzou Strip.\n"
    got = wire_events(tmp_path, text, ACTORS)
    assert ("ASSAULT", ["libya"], ["aouzou"]) in got, got


def test_only_anchors_dated_before_the_reports_year():
    published = DateValue(iso="1995-05-05", precision="day")
    assert past_anchor("anchor", DateValue(iso="1993", precision="year"), published)
    assert not past_anchor("anchor", DateValue(iso="1995-03", precision="month"), published)
    assert not past_anchor("topic", DateValue(iso="1993", precision="year"), published)     # a topic is no setting
    assert not past_anchor("anchor", None, published)
    assert not past_anchor("anchor", DateValue(iso="1993", precision="year"), None)
