"""A reporter named with the outlet they write for is member_of it (relations/outlet_staff.py, issue 8 relrecall3);
a state's bureau is its body (roles.yaml state_bodies). Own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"arnett": ("person", ["Peter Arnett"]), "nbc": ("media", ["NBC News"]),
          "bell": ("person", ["Martin Bell"]), "bbc": ("media", ["BBC"]),
          "nigeria": ("country", ["Nigeria"]), "bpp": ("organization", ["Bureau of Public Procurement"]),
          "iraq": ("country", ["Iraq"])}


def test_reporters_of_outlets():
    _, rels = extract("In March 2003 Peter Arnett of NBC News and Martin Bell of the BBC reported from Baghdad.", ACTORS)
    assert ("arnett", "member_of", "nbc") in rels, rels
    assert ("bell", "member_of", "bbc") in rels, rels


def test_a_person_of_a_state_is_no_outlets():
    _, rels = extract("Peter Arnett of Iraq told the BBC that the city was calm.", ACTORS)
    assert ("arnett", "member_of", "bbc") not in rels, rels


def test_a_states_bureau_is_part_of_it():
    _, rels = extract("Nigeria's Bureau of Public Procurement said on Monday that the contracts were void.", ACTORS)
    assert ("bpp", "part_of", "nigeria") in rels, rels
