"""A body named, then its acronym, then "of" a larger body is part of it (relations/part_of.py, issue 8): own
sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"mission": ("organization", ["Technical Assistance Mission", "TAM"]),
          "asean": ("organization", ["Association of Southeast Asian Nations", "ASEAN"]),
          "laos": ("country", ["Laos"])}


def test_an_acronym_between_a_body_and_its_of_phrase_keeps_the_tie():
    _, rels = extract("The Technical Assistance Mission (TAM) of the Association of Southeast Asian Nations (ASEAN) "
                      "reached Vientiane.", ACTORS)
    assert ("mission", "part_of", "asean") in rels, rels


def test_an_of_phrase_after_a_bracketed_aside_that_is_no_acronym_names_no_owner():
    _, rels = extract("The Technical Assistance Mission (TAM) of last year praised Laos.", ACTORS)
    assert not any(r[1] == "part_of" for r in rels), rels
