"""Encouraging a party to act (issue 8): "encouraged X to resume talks" asks X to act (PLOVER REQUEST, like
"urged"); encouraging a thing ("encouraged the efforts of X") asks nothing and is no request.

Invented sentences from arenas outside the development texts.
"""

from event_fixtures import wire_events

ACTORS = {"Sudan": ("sudan", "country"), "South Sudan": ("south_sudan", "country"), "Brazil": ("brazil", "country"),
          "Norway": ("norway", "country"), "Qatar": ("qatar", "country"), "Kenya": ("kenya", "country"),
          "Ghana": ("ghana", "country"), "Peru": ("peru", "country"), "Ecuador": ("ecuador", "country")}


def test_encouraging_a_party_to_act_is_a_request(tmp_path):
    got = wire_events(tmp_path, "Norway encouraged Sudan and South Sudan to resume talks on Abyei.\n", ACTORS)
    assert ("REQUEST", ["norway"], ["sudan", "south_sudan"]) in got, got
    got = wire_events(tmp_path, "Ghana encouraged Kenya to continue its support for the mission.\n", ACTORS)
    assert ("REQUEST", ["ghana"], ["kenya"]) in got, got
    got = wire_events(tmp_path, "Brazil encouraged Peru and Ecuador to settle their differences through "
                                "dialogue.\n", ACTORS)
    assert [g[0] for g in got] == ["REQUEST"], got


def test_the_encouraged_act_is_the_requests_content(tmp_path):
    # what is encouraged is not a happening: no SUPPORT event for "to support"
    got = wire_events(tmp_path, "Kenya encouraged Ghana to support the efforts of Qatar.\n", ACTORS)
    assert [g[0] for g in got] == ["REQUEST"], got


def test_encouraging_a_thing_is_no_request(tmp_path):
    got = wire_events(tmp_path, "Norway encouraged the mediation efforts of Qatar.\n", ACTORS)
    assert "REQUEST" not in [g[0] for g in got], got
