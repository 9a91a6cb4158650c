"""Actors listed under a partner noun of a named owner are its allies, not its parts (relations/listed_partners.py,
issue 8): own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"nnd": ("organization", ["New Nation Movement"]), "ryf": ("organization", ["Red Youth Front"]),
          "lwu": ("organization", ["Lowland Workers Union"]), "okoro": ("person", ["Samuel Okoro"]),
          "chad": ("country", ["Chad"]), "niger": ("country", ["Niger"])}


def test_affiliates_listed_after_among_them_are_allied_with_the_owner():
    _, rels = extract("The decree also bans four affiliates of the New Nation Movement, among them the Red Youth Front "
                      "and the Lowland Workers Union.", ACTORS)
    assert ("ryf", "allied_with", "nnd") in rels and ("lwu", "allied_with", "nnd") in rels, rels


def test_allies_listed_after_including_are_no_parts():
    _, rels = extract("Police detained members of two allies of the New Nation Movement, including the Red Youth "
                      "Front.", ACTORS)
    assert ("ryf", "allied_with", "nnd") in rels and ("ryf", "part_of", "nnd") not in rels, rels


def test_a_member_noun_keeps_its_people_members():
    _, rels = extract("Three officials of the New Nation Movement, among them Samuel Okoro, were charged.", ACTORS)
    assert ("okoro", "member_of", "nnd") in rels, rels


def test_a_plain_list_of_states_binds_no_one():
    _, rels = extract("Several countries, among them Chad and Niger, voted against the text.", ACTORS)
    assert not rels, rels
