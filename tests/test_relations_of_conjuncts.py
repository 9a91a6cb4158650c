"""A title's tie repeated over a coordinated "and of" (relations/of_conjuncts.py, issue 8 relrecall4). Own
sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"khalil": ("person", ["Hadi Khalil"]), "green": ("organization", ["Green Bloc"]),
          "rural": ("organization", ["Rural Union"]), "duarte": ("person", ["Ana Duarte"]),
          "wp": ("organization", ["Workers' Party"]), "mst": ("organization", ["Landless Movement"]),
          "israel": ("country", ["Israel"])}


def test_a_head_of_two_bodies_leads_both():
    _, rels = extract("Hadi Khalil, the leader of the Green Bloc and of the Rural Union, attended the ceremony.", ACTORS)
    assert ("khalil", "leads", "green") in rels, rels
    assert ("khalil", "leads", "rural") in rels, rels


def test_a_member_of_two_bodies_belongs_to_both():
    _, rels = extract("Ana Duarte, a member of the Workers' Party and of the Landless Movement, was arrested.", ACTORS)
    assert ("duarte", "member_of", "wp") in rels, rels
    assert ("duarte", "member_of", "mst") in rels, rels


def test_a_bare_and_coordinates_nothing():
    _, rels = extract("Hadi Khalil, the leader of the Green Bloc, met the Rural Union and Israel.", ACTORS)
    assert ("khalil", "leads", "green") in rels, rels
    assert ("khalil", "leads", "rural") not in rels, rels


def test_an_of_phrase_of_no_tie_repeats_nothing():
    _, rels = extract("The talks of the Green Bloc and of the Rural Union ended on Monday.", ACTORS)
    assert not {r for r in rels if r[2] == "rural"}, rels
