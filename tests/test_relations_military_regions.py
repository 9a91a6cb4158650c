"""A state's military region or district is a state body (roles.yaml state_bodies, issue 8): own sentences from other
arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"colombia": ("country", ["Colombia"]), "region": ("organization", ["2nd Military Region"]),
          "azerbaijan": ("country", ["Azerbaijan"]), "district": ("organization", ["Eastern Military District"]),
          "caspian": ("organization", ["Caspian Group"])}


def test_a_states_military_region_is_part_of_the_state():
    _, rels = extract("Rebels attacked positions of Colombia's 2nd Military Region near the border.", ACTORS)
    assert ("region", "part_of", "colombia") in rels, rels


def test_a_unit_of_a_states_military_district_chains_to_the_state():
    _, rels = extract("About 900 soldiers of the Caspian Group, a unit of Azerbaijan's Eastern Military District, "
                      "guard the port.", ACTORS)
    assert ("district", "part_of", "azerbaijan") in rels, rels
    assert ("caspian", "part_of", "district") in rels, rels
