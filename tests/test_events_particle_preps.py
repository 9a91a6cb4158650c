"""A preposition the parser hangs on a verb's particle is the verb's own (issue 8, evargs3;
events/particle_preps.py). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Ethiopia": ("ethiopia", "country"), "Humera": ("humera", "place")}


def test_pulled_back_from_a_town_is_a_withdrawal(tmp_path):
    got = wire_events(tmp_path, "Ethiopia pulled back from Humera on Friday.\n", ACTORS)
    assert any(t == "RETREAT" and s == ["ethiopia"] for t, s, _ in got), got


def test_pulling_back_a_thing_is_no_withdrawal(tmp_path):
    got = wire_events(tmp_path, "Ethiopia pulled back the curtain on its budget on Friday.\n", ACTORS)
    assert not any(t == "RETREAT" for t, _, _ in got), got
