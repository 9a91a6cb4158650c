"""A named party briefed is consulted, one sided with is supported, people forced into a police van are arrested, and
a singular event noun a light verb carries reads the entry plover.yaml lists in the plural (plover.yaml `brief`,
`side`, `placing`; events/listed_plurals.py; issue 8, evvocab2 second pass). Sentences are our own, about arenas outside the development texts."""

import pytest

from event_fixtures import wire_events

PARTIES = {"Estonia": ("estonia", "country"), "Estonian": ("estonia", "country"), "Latvia": ("latvia", "country"),
           "Latvian": ("latvia", "country"), "Kaja Kallas": ("kaja_kallas", "person"), "NATO": ("nato", "organization"),
           "Hungary": ("hungary", "country"), "Poland": ("poland", "country"), "Thai": ("thailand", "country"),
           "Cambodian": ("cambodia", "country"), "Indian": ("india", "country"), "Japanese": ("japan", "country")}


def typed(events, etype):
    return [e for e in events if e[0] == etype]


@pytest.mark.parametrize("sentence", [
    "Kaja Kallas briefed NATO ambassadors on the sabotage investigation on Monday.",
    "The Estonian foreign minister briefed his Latvian counterpart by telephone.",
])
def test_a_named_party_briefed_is_consulted(tmp_path, sentence):
    assert [e for e in typed(wire_events(tmp_path, sentence, PARTIES), "CONSULT") if e[2]]


@pytest.mark.parametrize("sentence", [
    "Kaja Kallas will brief NATO ambassadors on the investigation next week.",   # planned, not done
    "The Estonian minister was briefed on the investigation.",                   # no party briefed named
    "Estonia held its weekly press briefing on Monday.",                         # a press briefing
])
def test_a_planned_or_unnamed_briefing_is_no_consultation(tmp_path, sentence):
    assert not typed(wire_events(tmp_path, sentence, PARTIES), "CONSULT")


def test_siding_with_a_party_supports_it(tmp_path):
    events = wire_events(tmp_path, "Hungary sided with Poland in the dispute over the rule of law.", PARTIES)
    assert [e for e in typed(events, "SUPPORT") if e[1] == ["hungary"] and e[2] == ["poland"]]


def test_siding_with_no_named_party_is_no_support(tmp_path):
    assert not typed(wire_events(tmp_path, "The court sided with the plaintiffs on Monday.", PARTIES), "SUPPORT")


@pytest.mark.parametrize("sentence", [
    "The Thai army staged a military drill near the Cambodian border.",
    "Indian and Japanese warships held a joint naval exercise in the Bay of Bengal.",
])
def test_a_singular_drill_or_exercise_carried_by_a_light_verb_is_read(tmp_path, sentence):
    assert wire_events(tmp_path, sentence, PARTIES)


def test_the_bare_singular_stays_unread(tmp_path):
    events = wire_events(tmp_path, "Estonia said the exercise of power must follow the law.", PARTIES)
    assert not typed(events, "MOBILIZE") and not typed(events, "COOPERATE")


@pytest.mark.parametrize("sentence", [
    "Estonian police dragged several Latvian activists into police vans in Tallinn on Monday.",
    "Two Latvian journalists were bundled into a car by Estonian agents on Monday.",
])
def test_people_forced_into_a_police_vehicle_are_arrested(tmp_path, sentence):
    assert typed(wire_events(tmp_path, sentence, PARTIES), "COERCE")
