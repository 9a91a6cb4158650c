"""Ties told inside an act someone is to be kept from doing (spurious13: relations/prevented_acts.py). Own sentences,
arenas outside the development texts."""

from __future__ import annotations

from test_relations import extract

NAMES = {"holm": ("person", ["Lars Holm"]), "denmark": ("country", ["Denmark"]),
         "greenland": ("place", ["Greenland"]), "norway": ("country", ["Norway"]),
         "sweden_gov": ("organization", ["Swedish Government"]), "estonia": ("country", ["Estonia"]),
         "latvia": ("country", ["Latvia"]), "finland": ("country", ["Finland"]),
         "front": ("organization", ["Baltic Front"])}


def test_the_asker_is_no_foe_of_what_the_prevented_act_aims_at():
    _, rels = extract("Foreign Minister Lars Holm called on Greenland to stop hostile groups from using the island "
                      "against Denmark.", NAMES)
    assert ("holm", "opposes", "denmark") not in rels


def test_the_party_asked_to_prevent_it_is_no_foe_either():
    _, rels = extract("Norway expects the Swedish Government to prevent armed groups from using its soil against "
                      "Norway.", NAMES)
    assert ("sweden_gov", "opposes", "norway") not in rels


def test_keeping_someone_from_an_attack_is_no_attack():
    _, rels = extract("Finland urged Estonia to keep militants from launching attacks on Latvia.", NAMES)
    assert ("estonia", "opposes", "latvia") not in rels


def test_an_act_told_beside_a_prevention_still_ties():
    _, rels = extract("Estonia stopped the convoy at the border and launched an offensive against the Baltic Front.",
                      NAMES)
    assert ("estonia", "opposes", "front") in rels


def test_the_helper_reads_the_parse():
    from foothold.extract.nlp import load_nlp
    from foothold.extract.relations.prevented_acts import prevented_act
    doc = load_nlp()("Finland asked Estonia to prevent attacks against Latvia, and Estonia kept its support for Latvia.")
    against = next(t for t in doc if t.text == "against")
    support = next(t for t in doc if t.text == "support")
    assert prevented_act(against) and not prevented_act(support)
