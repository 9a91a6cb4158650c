"""Whom a party stands by is the target of its support (issue 8, evskip3; events/stood_by.py). Sentences of our own,
about arenas outside the development texts (the Andes)."""

from event_fixtures import wire_events

PARTIES = {"Peru": ("peru", "country"), "Chile": ("chile", "country"), "Hugo Vera": ("vera", "person")}


def test_the_party_stood_by_is_the_target(tmp_path):
    got = wire_events(tmp_path, "Peru stood by Hugo Vera until the final round.", PARTIES)
    assert ("SUPPORT", ["peru"], ["vera"]) in got, got


def test_standing_by_a_thing_supports_no_one(tmp_path):
    got = wire_events(tmp_path, "Peru troops stood by the road for an hour.", PARTIES)
    assert not any(t == "SUPPORT" for t, _, _ in got), got
