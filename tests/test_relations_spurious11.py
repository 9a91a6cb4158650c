"""Ties told inside what a thanks is for (spurious11: relations/thanked_reasons.py). Own sentences, arenas outside
the development texts."""

from __future__ import annotations

from test_relations import extract

NAMES = {"okafor": ("person", ["Chidi Okafor"]), "mission": ("organization", ["African Union Mission"]),
         "front": ("organization", ["Liberation Front"]), "ghana": ("country", ["Ghana"]),
         "togo": ("country", ["Togo"])}


def test_the_thanked_partys_war_is_no_tie_of_the_one_who_thanks():
    _, rels = extract("Defence Minister Chidi Okafor thanked the African Union Mission for its help in the war "
                      "against the Liberation Front.", NAMES)
    assert ("okafor", "opposes", "front") not in rels


def test_the_thanked_partys_support_is_no_tie_of_the_one_who_thanks():
    _, rels = extract("Chidi Okafor praised Ghana for its support for Togo during the talks.", NAMES)
    assert ("okafor", "allied_with", "togo") not in rels


def test_a_war_the_speaker_wages_still_ties():
    _, rels = extract("Defence Minister Chidi Okafor thanked Ghana and vowed to continue the war against the "
                      "Liberation Front.", NAMES)
    assert ("okafor", "opposes", "front") in rels
