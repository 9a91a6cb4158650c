"""Heads and founders told in a relative clause on a body lead it (relations/relative_heads.py, issue 8): own
sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"front": ("organization", ["Andean Liberation Front"]), "rojas": ("person", ["Marta Rojas"]),
          "vega": ("person", ["Luis Vega"]), "union": ("organization", ["Pacific Islands Union"]),
          "cartel": ("organization", ["Tijuana cartel"]), "peru": ("country", ["Peru"])}


def test_founders_included_in_a_whose_clause_lead_the_body():
    _, rels = extract("The Andean Liberation Front, whose founders include Marta Rojas and Luis Vega, was banned in "
                      "Peru.", ACTORS)
    assert ("rojas", "leads", "front") in rels and ("vega", "leads", "front") in rels, rels


def test_an_object_relative_of_founding_names_the_founder():
    _, rels = extract("Police raided offices of the Andean Liberation Front, which Marta Rojas founded in 1988.", ACTORS)
    assert ("rojas", "leads", "front") in rels, rels


def test_a_body_of_the_antecedent_led_by_a_person_names_its_head():
    _, rels = extract("The Pacific Islands Union, whose secretariat is headed by Luis Vega, met in Suva.", ACTORS)
    assert ("vega", "leads", "union") in rels, rels


def test_a_definite_noun_antecedent_stands_for_the_body_named_with_that_head():
    _, rels = extract("Tijuana cartel gunmen fought the army, and the cartel, whose founders include Luis Vega, "
                      "held the city.", ACTORS)
    assert ("vega", "leads", "cartel") in rels, rels


def test_a_clause_naming_no_head_or_a_negated_one_binds_no_one():
    _, rels = extract("The Andean Liberation Front, which Marta Rojas visited in 1988, was banned.", ACTORS)
    assert ("rojas", "leads", "front") not in rels, rels
    _, rels = extract("The Andean Liberation Front, whose founders did not include Marta Rojas, was banned.", ACTORS)
    assert ("rojas", "leads", "front") not in rels, rels


def test_a_founder_apposed_to_a_common_noun_subject_is_named():
    _, rels = extract("Police raided the Andean Liberation Front, which the former mayor Marta Rojas founded in 1988.",
                      ACTORS)
    assert ("rojas", "leads", "front") in rels, rels
