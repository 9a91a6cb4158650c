"""People handed over: wanted people are judicial cooperation, captives and the dead a release (plover.yaml
`hand`/`transfer` by_object; issue 8, evvocab).

Sentences are our own, written for these tests about arenas outside the development texts.
"""

from event_fixtures import wire_events

PARTIES = {"Paraguay": ("paraguay", "country"), "Brazil": ("brazil", "country"),
           "Marcos Roa": ("marcos_roa", "person"), "Red Command": ("red_command", "organization")}


def test_a_wanted_man_handed_to_another_state_is_judicial_cooperation(tmp_path):
    events = wire_events(tmp_path, "Paraguay handed over the trafficker Marcos Roa to Brazil on Monday.", PARTIES)
    assert [e for e in events if e[0] == "COOPERATE" and e[1] == ["paraguay"] and "brazil" in e[2]]


def test_captives_handed_back_are_released(tmp_path):
    events = wire_events(tmp_path, "The Red Command handed over three prisoners to Brazil on Monday.", PARTIES)
    assert [e for e in events if e[0] == "RETREAT" and e[1] == ["red_command"]]


def test_weapons_handed_over_are_still_aid(tmp_path):
    events = wire_events(tmp_path, "Paraguay handed over two patrol boats to Brazil on Monday.", PARTIES)
    assert [e for e in events if e[0] == "AID" and e[1] == ["paraguay"]]
