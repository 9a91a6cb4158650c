"""Titles the tuning sets' misses showed (issue 8, relrecall2): a body's chair-in-office apposed to the holder's own
title (relations/titles.py `apposed_office`, roles.yaml "chairman-in-office"), the holder's plight before a title
(roles.yaml title_modifiers qualifiers: "jailed"). Own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"aoc": ("organization", ["Andean Council"]), "reyes": ("person", ["Maria Reyes"]),
          "peru": ("country", ["Peru", "Peruvian"]), "cartel": ("organization", ["Juarez Cartel"]),
          "leal": ("person", ["Pablo Leal"]), "soto": ("person", ["Ana Soto"])}


def test_a_chair_in_office_apposed_to_a_ministers_title_holds_both():
    _, rels = extract("The Andean Council Chairperson-in-Office, Peruvian Foreign Minister Maria Reyes, visited Quito.",
                      ACTORS)
    assert ("reyes", "leads", "aoc") in rels and ("reyes", "member_of", "peru") in rels, rels


def test_two_titles_listed_with_a_comma_are_two_holders():
    _, rels = extract("The Andean Council chair, the Peruvian foreign minister and Pablo Leal met in Quito.", ACTORS)
    assert ("leal", "leads", "aoc") not in rels, rels


def test_a_holders_plight_before_the_title_keeps_the_tie():
    _, rels = extract("Police arrested Ana Soto, a cousin of the Juarez Cartel's jailed former leader Pablo Leal.",
                      ACTORS)
    assert ("leal", "leads", "cartel") in rels, rels


def test_a_second_title_after_and_now_is_the_same_holders():
    _, rels = extract("Ana Soto, a former minister of Peru and now a member of the Andean Council, was arrested.",
                      ACTORS)
    assert ("soto", "member_of", "aoc") in rels, rels
    _, rels = extract("Ana Soto met a former minister of Peru and now a member of the Andean Council.", ACTORS)
    assert ("soto", "member_of", "aoc") not in rels, rels
