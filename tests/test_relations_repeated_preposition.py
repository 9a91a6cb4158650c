"""A cue's preposition said again before the next conjunct keeps the list going ("works with A and with B";
cues.coordinated_after, issue 8): own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"ansar": ("organization", ["Ansar Brigade"]), "mahdi": ("organization", ["Mahdi Army"]),
          "badr": ("organization", ["Badr Organization"]), "colombia": ("country", ["Colombia"]),
          "peru": ("country", ["Peru"]), "chile": ("country", ["Chile"])}


def test_each_conjunct_with_its_own_preposition_is_an_object():
    _, rels = extract("The Ansar Brigade works closely with the Mahdi Army and with the Badr Organization.", ACTORS)
    assert ("ansar", "allied_with", "mahdi") in rels, rels
    assert ("ansar", "allied_with", "badr") in rels, rels
    _, rels = extract("Colombia is allied with Peru and with Chile.", ACTORS)
    assert ("colombia", "allied_with", "chile") in rels, rels


def test_another_preposition_after_and_ends_the_list():
    _, rels = extract("Colombia is allied with Peru and sent troops to Chile.", ACTORS)
    assert ("colombia", "allied_with", "chile") not in rels, rels
