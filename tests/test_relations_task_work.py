"""Working with a party on one task or in a future is no standing tie (spurious15: relations/task_work.py). Own
sentences, arenas outside the development texts."""

from __future__ import annotations

from test_relations import extract

NAMES = {"peru": ("country", ["Peru", "Lima"]), "ecuador": ("country", ["Ecuador", "Quito"]),
         "mission": ("organization", ["Andean Mission"]), "police": ("organization", ["Peruvian National Police"]),
         "guards": ("organization", ["Border Guards"]), "front": ("organization", ["Sierra Front"])}


def test_a_task_in_hand_ties_no_one():
    _, rels = extract("The Andean Mission is working with the Peruvian National Police to establish the facts of "
                      "the incident.", NAMES)
    assert ("mission", "allied_with", "police") not in rels


def test_a_future_of_working_together_ties_no_one():
    _, rels = extract("Peru would keep working with Ecuador on fisheries and policing.", NAMES)
    assert ("peru", "allied_with", "ecuador") not in rels


def test_a_standing_partnership_still_ties():
    _, rels = extract("The Sierra Front works closely with the Border Guards.", NAMES)
    assert ("front", "allied_with", "guards") in rels
