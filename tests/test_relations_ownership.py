"""Ownership told in the passive, a manager's verb and a front company (relations/ownership.py, roles.yaml)."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"harbor": ("organization", ["Harbor Star Trading"]), "orion": ("organization", ["Orion Holdings"]),
          "balan": ("person", ["Viktor Balan"]), "novak": ("person", ["Petra Novak"]),
          "gull": ("organization", ["Red Gull Logistics"]),
          "brotherhood": ("organization", ["Solntsevo Brotherhood"])}


def test_a_body_owned_by_an_organisation_is_part_of_it():
    _, rels = extract("Harbor Star Trading is owned by Orion Holdings, the Treasury said on 4 May 2022.", ACTORS)
    assert ("harbor", "part_of", "orion") in rels


def test_a_person_controlling_a_company_leads_it():
    _, rels = extract("The Treasury designated Harbor Star Trading, a company controlled by Viktor Balan.", ACTORS)
    assert ("balan", "leads", "harbor") in rels
    _, rels = extract("Harbor Star Trading, which is owned or controlled by Viktor Balan, was designated.", ACTORS)
    assert ("balan", "leads", "harbor") in rels


def test_ownership_denied_or_supposed_ties_nothing():
    _, rels = extract("Harbor Star Trading is not owned by Orion Holdings.", ACTORS)
    assert ("harbor", "part_of", "orion") not in rels


def test_a_manager_leads_and_a_front_company_is_part_of_its_group():
    _, rels = extract("Petra Novak manages Harbor Star Trading for the group.", ACTORS)
    assert ("novak", "leads", "harbor") in rels
    _, rels = extract("Red Gull Logistics is a front company of the Solntsevo Brotherhood.", ACTORS)
    assert ("gull", "part_of", "brotherhood") in rels
