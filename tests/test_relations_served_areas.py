"""A place after a title's "for" is the area served, not a body held (spurious13: relations/served_areas.py). Own
sentences, arenas outside the development texts."""

from __future__ import annotations

from test_relations import extract

NAMES = {"okoro": ("person", ["Emeka Okoro"]), "kano": ("place", ["Kano"]), "lagos": ("place", ["Lagos"]),
         "apc": ("organization", ["All Progressives Congress"]), "bello": ("person", ["Musa Bello"]),
         "army": ("organization", ["Nigerian Army"]), "adamu": ("person", ["Sani Adamu"])}


def test_a_constituency_is_no_body_of_its_member():
    _, rels = extract("Emeka Okoro, a member of parliament for Kano, criticised the budget.", NAMES)
    assert ("okoro", "member_of", "kano") not in rels


def test_a_commands_area_is_not_led():
    _, rels = extract("Musa Bello, the Nigerian Army commander for Lagos, denied the report.", NAMES)
    assert ("bello", "leads", "lagos") not in rels


def test_a_party_after_for_and_a_governed_place_still_tie():
    _, rels = extract("Emeka Okoro, a member of parliament for the All Progressives Congress, criticised the budget. "
                      "The governor of Lagos, Sani Adamu, answered.", NAMES)
    assert ("okoro", "member_of", "apc") in rels and ("adamu", "leads", "lagos") in rels
