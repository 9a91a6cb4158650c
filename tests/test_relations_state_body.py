"""A unit "of" a state's named body: "the Special Security Group of Pakistan's Inter-Services Intelligence", where the
of-phrase opens with the state's possessive (relations/part_of.py `state_body_after`)."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"unit": ("organization", ["Special Security Group"]), "army": ("organization", ["Inter-Services Intelligence"]),
          "pakistan": ("country", ["Pakistan"]), "khan": ("person", ["Imran Khalid"])}


def test_a_unit_of_a_states_named_body_is_part_of_the_body():
    _, rels = extract("Imran Khalid, the commander of the Special Security Group of Pakistan's Inter-Services Intelligence, "
                      "retired on Monday.", ACTORS)
    assert ("unit", "part_of", "army") in rels and ("khan", "leads", "unit") in rels
    assert ("unit", "part_of", "pakistan") not in rels
