"""A political body dissolved or disbanded is coerced; a trade banned is sanctioned (plover.yaml `dissolve`,
`disband`, `ban` by_object; issue 8, evvocab).

Sentences are our own, written for these tests about arenas outside the development texts.
"""

from event_fixtures import wire_events

PARTIES = {"Alberto Fujimori": ("alberto_fujimori", "person"), "Peru": ("peru", "country"),
           "Congress of Peru": ("congress_of_peru", "organization"), "Chile": ("chile", "country"),
           "Chilean": ("chile", "country"), "Popular Front": ("popular_front", "organization")}


def test_a_political_body_dissolved_is_coerced(tmp_path):
    events = wire_events(tmp_path, "Alberto Fujimori dissolved the Congress of Peru on 5 April 1992.", PARTIES)
    assert ("COERCE", ["alberto_fujimori"], ["congress_of_peru"]) in events
    events = wire_events(tmp_path, "Peru disbanded the Popular Front on 5 April 1992.", PARTIES)
    assert ("COERCE", ["peru"], ["popular_front"]) in events


def test_dissolving_a_thing_is_no_act(tmp_path):
    events = wire_events(tmp_path, "The rains dissolved the salt crust of the Peru lakes in April.", PARTIES)
    assert not [e for e in events if e[0] == "COERCE"]


def test_a_trade_banned_is_a_sanction_and_a_party_banned_is_coerced(tmp_path):
    events = wire_events(tmp_path, "Peru banned imports of Chilean wine on Monday.", PARTIES)
    assert ("SANCTION", ["peru"], ["chile"]) in events
    events = wire_events(tmp_path, "Peru banned the Popular Front on Monday.", PARTIES)
    assert ("COERCE", ["peru"], ["popular_front"]) in events


def test_a_body_dissolved_with_no_doer_named_is_none(tmp_path):
    events = wire_events(tmp_path, "Soldiers said on television that the Congress of Peru had been dissolved.", PARTIES)
    assert not [e for e in events if e[0] == "COERCE"]
    events = wire_events(tmp_path, "The Congress of Peru was dissolved by Alberto Fujimori on 5 April 1992.", PARTIES)
    assert [e for e in events if e[0] == "COERCE" and e[1] == ["alberto_fujimori"]]
