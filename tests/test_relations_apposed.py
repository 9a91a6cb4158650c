"""A support cue's object told by a common noun and named in apposition is the named actor (relations/apposed.py,
issue 8): own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"lozano": ("person", ["Jorge Lozano"]), "alliance": ("organization", ["Liberal Alliance"]),
          "ruiz": ("person", ["Ana Ruiz"])}


def test_support_of_a_party_named_in_apposition_allies_the_subject_with_it():
    _, rels = extract("Jorge Lozano received 82 votes with the support of the main opposition party, the Liberal "
                      "Alliance.", ACTORS)
    assert ("lozano", "allied_with", "alliance") in rels, rels
    _, rels = extract("Jorge Lozano received 82 votes with the support of the main opposition party, the Liberal "
                      "Alliance, whose leader Ana Ruiz withdrew from the race.", ACTORS)
    assert ("lozano", "allied_with", "alliance") in rels, rels


def test_a_name_after_the_comma_that_speaks_is_no_apposition():
    _, rels = extract("The plan won the support of the people, Jorge Lozano said.", ACTORS)
    assert not rels, rels
    _, rels = extract("The plan won the support of the people, Ana Ruiz told the Liberal Alliance.", ACTORS)
    assert ("ruiz", "allied_with", "alliance") not in rels and not any(r[1] == "allied_with" for r in rels), rels
