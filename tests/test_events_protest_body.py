"""A protest held at a named body's seat is aimed at that body, and one at an unnamed mission not at the host state
(protest_scene.protest_body, _at_unnamed_mission; issue 8, evvocab2 second pass). Sentences are our own, about arenas
outside the development texts."""

import pytest

from event_fixtures import wire_events

PARTIES = {"Serbia": ("serbia", "country"), "Serbian": ("serbia", "country"), "Belgrade": ("belgrade", "place"),
           "National Assembly": ("national_assembly", "organization"), "Croatian": ("croatia", "country"),
           "Croatia": ("croatia", "country")}


def protests(events):
    return [e for e in events if e[0] == "PROTEST"]


@pytest.mark.parametrize("sentence", [
    "On Sunday thousands of students rallied outside the National Assembly.",
    "Opposition supporters demonstrated at the National Assembly on Sunday.",
])
def test_a_protest_at_a_bodys_seat_is_aimed_at_it(tmp_path, sentence):
    assert [e for e in protests(wire_events(tmp_path, sentence, PARTIES)) if e[2] == ["national_assembly"]]


def test_a_protest_at_a_named_mission_is_aimed_at_its_state(tmp_path):
    events = wire_events(tmp_path, "On Friday students rallied outside the Croatian embassy in Belgrade.", PARTIES)
    assert [e for e in protests(events) if "croatia" in e[2]]


def test_a_protest_at_an_unnamed_mission_is_not_aimed_at_the_host_state(tmp_path):
    events = wire_events(tmp_path, "Serbia recalled its envoy on Monday. Hundreds of students rallied outside the "
                                   "embassy in Belgrade before dawn.", PARTIES)
    assert not [e for e in protests(events) if "serbia" in e[2]]
