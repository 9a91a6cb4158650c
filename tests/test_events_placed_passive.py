"""A passive placing pattern: the subject is the one placed (issue 8, evrecall4; triggers.placed_in,
plover.yaml `placing`). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Evo Rojas": ("evo_rojas", "person"), "Chilean": ("chile", "country"), "Lima": ("lima", "place")}


def test_a_person_held_under_house_arrest_is_the_target(tmp_path):
    got = wire_events(tmp_path, "Evo Rojas has been held under house arrest since May 2.\n", ACTORS)
    assert ("COERCE", [], ["evo_rojas"]) in got, got


def test_a_passive_placing_keeps_its_by_agent(tmp_path):
    got = wire_events(tmp_path, "Evo Rojas was placed under house arrest on Monday by the Chilean army.\n", ACTORS)
    assert ("COERCE", ["chile"], ["evo_rojas"]) in got, got


def test_a_relative_clause_placing_tells_who_the_person_is(tmp_path):
    got = wire_events(tmp_path, "Evo Rojas, who was placed under house arrest in 1990, arrived in Lima on Monday.\n",
                      ACTORS)
    assert not any(t == "COERCE" for t, _, _ in got), got
