"""The named members of a coalition are part of it (relations/coalitions.py, roles.yaml coalitions; issue 8
relrecall4). Own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"pf": ("organization", ["Patriotic Front"]), "lib": ("organization", ["Liberal Party"]),
          "farm": ("organization", ["Farmers Union"]), "green": ("organization", ["Green League"]),
          "uf": ("organization", ["United Front"]), "awami": ("organization", ["Awami League"]),
          "jatiya": ("organization", ["Jatiya Party"]), "sna": ("organization", ["Syrian National Army"]),
          "turkey": ("country", ["Turkey", "Turkish"])}


def test_an_apposed_coalition_of_named_bodies():
    _, rels = extract("The Patriotic Front, a coalition of the Liberal Party, the Farmers Union and the Green League, "
                      "won the vote.", ACTORS)
    assert {("lib", "part_of", "pf"), ("farm", "part_of", "pf"), ("green", "part_of", "pf")} <= rels, rels


def test_a_copula_alliance_of_named_bodies():
    _, rels = extract("The United Front is an alliance of the Awami League and the Jatiya Party.", ACTORS)
    assert {("awami", "part_of", "uf"), ("jatiya", "part_of", "uf")} <= rels, rels


def test_a_coalition_of_unnamed_factions_ties_nothing():
    _, rels = extract("The Syrian National Army, a coalition of Turkish-backed rebel factions, holds Afrin.", ACTORS)
    assert not {r for r in rels if r[1] == "part_of" and r[2] == "sna"}, rels


def test_an_unnamed_coalition_ties_nothing():
    _, rels = extract("A coalition of the Awami League and the Jatiya Party won the vote.", ACTORS)
    assert not {r for r in rels if r[2] in ("awami", "jatiya") or r[0] in ("awami", "jatiya")}, rels
