"""A delegation's leader serves whoever sent it (relations/delegations.py, roles.yaml `delegation_nouns`, issue 8):
own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

PEOPLE = {"peru": ("country", ["Peru", "Peruvian"]), "gervasi": ("person", ["Ana Cecilia Gervasi"]),
          "chile": ("country", ["Chile", "Chilean"]), "klaveren": ("person", ["Alberto van Klaveren"]),
          "taliban": ("organization", ["Taliban"]), "baradar": ("person", ["Abdul Ghani Baradar"])}


def test_the_leader_of_a_states_delegation_serves_the_state():
    _, rels = extract("The Peruvian delegation was led by Foreign Minister Ana Cecilia Gervasi.", PEOPLE)
    assert ("gervasi", "member_of", "peru") in rels, rels
    _, rels = extract("Chile's delegation, led by Alberto van Klaveren, walked out of the session.", PEOPLE)
    assert ("klaveren", "member_of", "chile") in rels, rels


def test_the_leader_of_a_bodys_delegation_serves_the_body():
    _, rels = extract("The delegation of the Taliban was led by Abdul Ghani Baradar.", PEOPLE)
    assert ("baradar", "member_of", "taliban") in rels, rels


def test_a_delegation_of_no_named_sender_ties_its_leader_to_no_one():
    _, rels = extract("A delegation led by Alberto van Klaveren met Peruvian officials in Lima.", PEOPLE)
    assert ("klaveren", "member_of", "peru") not in rels, rels
    _, rels = extract("The Peruvian army was led by Alberto van Klaveren's rival.", PEOPLE)
    assert ("klaveren", "member_of", "peru") not in rels, rels


def test_a_leader_whose_own_title_names_his_body_takes_that_tie_only():
    actors = {**PEOPLE, "council": ("organization", ["National Security Council"])}
    _, rels = extract("The Chilean delegation was headed by Alberto van Klaveren, Chairman of the National Security "
                      "Council.", actors)
    assert ("klaveren", "leads", "council") in rels, rels
    assert ("klaveren", "member_of", "chile") not in rels, rels
