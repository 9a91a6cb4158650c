"""A leading participle coordinated after another on the same noun (relations/participle_conjuncts.py, issue 8
relrecall4). Own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"gurkha": ("organization", ["Gurkha Rifles"]), "smith": ("person", ["John Smith"]),
          "nepal": ("country", ["Nepal"]), "uk": ("country", ["Britain", "British"]),
          "koevoet": ("organization", ["Koevoet"]), "dreyer": ("person", ["Hans Dreyer"])}


def test_a_second_participle_leads_the_noun_of_the_first():
    _, rels = extract("The Gurkha Rifles, a unit raised in Nepal and commanded by Colonel John Smith, landed at "
                      "dawn.", ACTORS)
    assert ("smith", "leads", "gurkha") in rels, rels
    _, rels = extract("Koevoet, a police unit trained by British advisers and founded by Hans Dreyer, was disbanded "
                      "in 1989.", ACTORS)
    assert ("dreyer", "leads", "koevoet") in rels, rels


def test_a_second_participle_of_no_leading_says_nothing():
    _, rels = extract("The Gurkha Rifles, a unit raised in Nepal and praised by John Smith, landed at dawn.", ACTORS)
    assert ("smith", "leads", "gurkha") not in rels, rels
