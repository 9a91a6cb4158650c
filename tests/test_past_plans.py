"""A plan told in the past perfect is background, not a stated intention (spurious12: events/past_plans.py). Own
sentences, arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Ruritania": ("ruritania", "country"), "Osterland": ("osterland", "country"),
          "Northern Front": ("front", "organization"), "Valmont": ("valmont", "place")}
HEADER = "source: https://example.org/a/report.html\ntitle: Report\n\n"


def _events(tmp_path, text):
    return [(e.type, e.source) for e in extract_events(tmp_path, HEADER + text, ACTORS).events]


def test_a_past_perfect_plan_is_no_intention(tmp_path):
    assert not _events(tmp_path, "The Northern Front had planned to hold a conference in Valmont in July but "
                                 "cancelled it.")


def test_a_present_plan_is_a_stated_intention(tmp_path):
    assert ("AGREE", ["front"]) in _events(tmp_path, "The Northern Front plans to hold a conference in Valmont in July.")


def test_a_simple_past_plan_is_still_read(tmp_path):
    events = _events(tmp_path, "Ruritania planned to send troops to Osterland.")
    assert any(s == ["ruritania"] for _, s in events)
