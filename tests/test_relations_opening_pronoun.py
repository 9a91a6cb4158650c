"""A possessive pronoun opening a sentence stands for the subject of the sentence before (relations/opening_pronoun.py,
issue 8): own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"uganda": ("country", ["Uganda"]), "kiir": ("person", ["Salva Kiir"]), "qatar": ("country", ["Qatar"]),
          "turkey": ("country", ["Turkey"]), "hamas": ("organization", ["Hamas"])}


def test_its_opening_a_sentence_is_the_subject_before():
    _, rels = extract("Uganda has kept troops in the country since 2013. Its support for President Salva Kiir has "
                      "angered the opposition.", ACTORS)
    assert ("uganda", "allied_with", "kiir") in rels, rels


def test_two_subjects_before_or_a_pronoun_inside_the_sentence_take_no_one_from_before():
    _, rels = extract("Qatar and Turkey signed the accord. Its support for Hamas was not discussed.", ACTORS)
    assert not any(r[2] == "hamas" for r in rels), rels
    _, rels = extract("Uganda signed the accord. Officials said its support for Hamas was not discussed.", ACTORS)
    assert ("uganda", "allied_with", "hamas") not in rels, rels


def test_a_hostile_act_told_with_an_opening_pronoun_is_left_to_the_events():
    _, rels = extract("Hamas fired rockets overnight. Its attacks on Qatar's mediators were condemned.", ACTORS)
    assert ("hamas", "opposes", "qatar") not in rels, rels
