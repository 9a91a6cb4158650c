"""A title said again as what its own holder is or becomes is no second head (relations/own_predicate.py). Own
sentences, arenas outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"peru": ("country", ["Peru"]), "vargas": ("person", ["Luis Vargas"]), "ruiz": ("person", ["Ana Ruiz"])}


def test_a_vice_president_who_became_acting_president_leads_the_titles_state():
    _, rels = extract("Troops seized the palace in Peru. Vice President Luis Vargas, a former general, became acting "
                      "president.", ACTORS, title="Peru: the coup of 2021 (encyclopaedia article)")
    assert ("vargas", "leads", "peru") in rels


def test_sworn_in_as_president_in_a_one_state_story():
    _, rels = extract("Peru's army seized the palace on Monday. Vice President Luis Vargas was sworn in as president.",
                      ACTORS)
    assert ("vargas", "leads", "peru") in rels


def test_another_president_named_still_blocks_the_guess():
    _, rels = extract("Peru's army seized the palace on Monday. Vice President Luis Vargas met President Ana Ruiz.",
                      ACTORS)
    assert not any(s == "vargas" for s, _, _ in rels)
