"""A plural title shared out over as many states as names, in order (relations/respective.py, issue 8): own
sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"peru": ("country", ["Peru", "Peruvian"]), "chile": ("country", ["Chile", "Chilean"]),
          "bolivia": ("country", ["Bolivia", "Bolivian"]), "ruiz": ("person", ["Ana Ruiz"]),
          "soto": ("person", ["Pablo Soto"]), "mora": ("person", ["Luis Mora"])}


def test_counterparts_of_two_states_serve_them_in_order():
    _, rels = extract("The Bolivian minister hosted his Peruvian and Chilean counterparts, Ana Ruiz and Pablo Soto, in "
                      "La Paz.", ACTORS)
    assert ("ruiz", "member_of", "peru") in rels and ("soto", "member_of", "chile") in rels, rels
    assert ("ruiz", "member_of", "chile") not in rels and ("soto", "member_of", "peru") not in rels, rels


def test_heads_of_state_lead_their_states_in_order():
    _, rels = extract("The Peruvian, Chilean and Bolivian presidents, Ana Ruiz, Pablo Soto and Luis Mora, met in Lima.",
                      ACTORS)
    assert {("ruiz", "leads", "peru"), ("soto", "leads", "chile"), ("mora", "leads", "bolivia")} <= rels, rels


def test_a_list_that_does_not_pair_up_binds_no_one():
    _, rels = extract("The Peruvian and Chilean ministers, Ana Ruiz, Pablo Soto and Luis Mora, met in Lima.", ACTORS)
    assert ("mora", "member_of", "chile") not in rels and ("ruiz", "member_of", "peru") not in rels, rels
