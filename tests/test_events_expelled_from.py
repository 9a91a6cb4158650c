"""The state a party is expelled from expels it when no one else is named (events/expelled_from.py; issue 8,
newswire2). Sentences are our own, about arenas outside the development texts and the newswire files."""

from event_fixtures import wire_events

PARTIES = {"Chad": ("chad", "country"), "Chadian": ("chad", "country"), "Libya": ("libya", "country"),
           "Libyan": ("libya", "country"), "Nigeria": ("nigeria", "country"), "Ghanaian": ("ghana", "country"),
           "Ghana": ("ghana", "country"), "Sudan": ("sudan", "country"), "Sudanese": ("sudan", "country")}


def test_diplomats_expelled_from_a_state_are_expelled_by_it(tmp_path):
    events = wire_events(tmp_path, "Three Libyan diplomats were expelled from Chad on Monday.", PARTIES)
    assert [e for e in events if e[0] == "SANCTION" and e[1] == ["chad"] and e[2] == ["libya"]]


def test_workers_deported_from_a_state_are_deported_by_it(tmp_path):
    events = wire_events(tmp_path, "Sixty Ghanaian workers were deported from Nigeria last week.", PARTIES)
    assert [e for e in events if e[1] == ["nigeria"] and e[2] == ["ghana"]]


def test_a_named_agent_or_a_body_left_keeps_its_own_reading(tmp_path):
    events = wire_events(tmp_path, "Three Libyan diplomats were expelled from Chad by Sudan.", PARTIES)
    assert not [e for e in events if e[1] == ["chad"]]
    events = wire_events(tmp_path, "Two Sudanese officials were expelled from the ruling party on Monday.", PARTIES)
    assert not [e for e in events if e[1] == ["sudan"] and e[2] == ["sudan"]]
