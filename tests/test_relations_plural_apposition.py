"""Several persons apposed to one plural title each hold it (relations/plural_apposition.py, issue 8 relrecall3): own
sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"perez": ("person", ["Juan Perez"]), "lopez": ("person", ["Maria Lopez"]),
          "ruiz": ("person", ["Ana Ruiz"]), "pt": ("organization", ["Workers' Party"]),
          "eln": ("organization", ["National Liberation Army"])}


def test_two_members_of_a_party():
    _, rels = extract("Police detained Juan Perez and Maria Lopez, two members of the Workers' Party, on Monday.",
                      ACTORS)
    assert {("perez", "member_of", "pt"), ("lopez", "member_of", "pt")} <= rels, rels


def test_three_commanders_listed_with_commas():
    _, rels = extract("Troops captured Juan Perez, Ana Ruiz and Maria Lopez, commanders of the National Liberation "
                      "Army, in the hills.", ACTORS)
    assert {("perez", "leads", "eln"), ("ruiz", "leads", "eln"), ("lopez", "leads", "eln")} <= rels, rels


def test_a_plural_noun_that_is_no_title_binds_no_one():
    _, rels = extract("Police detained Juan Perez and Maria Lopez, two critics of the Workers' Party, on Monday.",
                      ACTORS)
    assert not {r for r in rels if r[2] == "pt"}, rels
