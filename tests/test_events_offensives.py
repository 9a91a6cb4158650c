"""Offensives told without an attack word (events/offensives.py, data/offensives.yaml; issue 8, evvocab).

Sentences are our own, written for these tests about arenas outside the development texts.
"""

import pytest

from event_fixtures import wire_events
from foothold.extract.events.lexicon import LexiconError
from foothold.extract.events.offensives import load_offensives, parse_offensives

PARTIES = {"Shining Path": ("shining_path", "organization"), "Peru": ("peru", "country"),
           "Ayacucho": ("ayacucho", "place"), "Tupac Amaru": ("tupac_amaru", "organization")}


def attacks(events):
    return [e for e in events if e[0] == "ASSAULT"]


def test_a_push_on_a_place_is_an_offensive(tmp_path):
    events = wire_events(tmp_path, "The Shining Path launched a push on Ayacucho in May 1984.", PARTIES)
    assert [e for e in attacks(events) if e[1] == ["shining_path"]]
    events = wire_events(tmp_path, "The Shining Path renewed its drive towards Ayacucho in May 1984.", PARTIES)
    assert [e for e in attacks(events) if e[1] == ["shining_path"]]


def test_a_push_for_a_policy_is_none(tmp_path):
    events = wire_events(tmp_path, "Peru launched a push for tax reform in May 1984.", PARTIES)
    assert not attacks(events)


def test_an_armed_party_driven_out_of_a_place_is_attacked(tmp_path):
    events = wire_events(tmp_path, "The army of Peru drove the Shining Path out of Ayacucho in 1992.", PARTIES)
    assert [e for e in attacks(events) if "shining_path" in e[2]]


def test_people_driven_out_of_a_place_are_not_attacked(tmp_path):
    events = wire_events(tmp_path, "The minister drove the delegation out of Ayacucho to the airport.", PARTIES)
    assert not attacks(events)


def test_fighting_between_two_parties_is_their_clash(tmp_path):
    events = wire_events(tmp_path, "Fighting between the Shining Path and Tupac Amaru spread to Ayacucho in 1990.",
                         PARTIES)
    assert [e for e in attacks(events) if set(e[1] + e[2]) == {"shining_path", "tupac_amaru"}]


def test_the_bundled_table_loads_and_a_malformed_one_fails():
    table = load_offensives()
    assert "push" in table.push_nouns and table.trigger.type == "ASSAULT"
    with pytest.raises(LexiconError):
        parse_offensives({"pushes": {"nouns": ["push"], "verbs": ["launch"], "preps": ["on"]}})
