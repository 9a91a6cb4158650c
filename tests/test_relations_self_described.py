"""A body describing itself as a unit of another is part of it (relations/self_described.py, issue 8): own sentences
from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"red": ("organization", ["Red Brigade"]), "front": ("organization", ["Islamic Front"]),
          "isms": ("organization", ["Islamic Salvation Movement"])}


def test_a_body_calling_itself_a_wing_of_a_named_body():
    _, rels = extract("The Red Brigade has described itself as the armed wing of the Islamic Front.", ACTORS)
    assert ("red", "part_of", "front") in rels, rels


def test_the_movement_is_the_one_named_with_that_word():
    _, rels = extract("Both recruit from the Islamic Salvation Movement, and the Red Brigade has described itself as "
                      "the armed wing of the movement.", ACTORS)
    assert ("red", "part_of", "isms") in rels, rels


def test_describing_itself_as_anything_but_a_unit_binds_no_one():
    _, rels = extract("The Red Brigade has described itself as a victim of the Islamic Front.", ACTORS)
    assert ("red", "part_of", "front") not in rels, rels
    _, rels = extract("The Red Brigade has never described itself as the armed wing of the Islamic Front.", ACTORS)
    assert ("red", "part_of", "front") not in rels, rels
