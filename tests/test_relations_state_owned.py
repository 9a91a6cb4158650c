"""A state's state-owned company is part of it (relations/state_owned.py, roles.yaml state_owned; issue 8
relrecall4). Own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"petro": ("organization", ["Petrobras"]), "brazil": ("country", ["Brazil", "Brazilian"]),
          "pemex": ("organization", ["Pemex"]), "mexico": ("country", ["Mexico", "Mexican"]),
          "cosco": ("place", ["COSCO"]), "china": ("country", ["China", "Chinese"])}


def test_a_states_company_apposed():
    _, rels = extract("Petrobras, Brazil's state-controlled oil company, raised fuel prices on Monday.", ACTORS)
    assert ("petro", "part_of", "brazil") in rels, rels


def test_a_demonym_state_run_firm_apposed():
    _, rels = extract("COSCO, a Chinese state-owned shipping firm, bought the port.", ACTORS)
    assert ("cosco", "part_of", "china") in rels, rels


def test_a_states_company_named_after_the_phrase():
    _, rels = extract("Mexico's state-owned Pemex reported a loss.", ACTORS)
    assert ("pemex", "part_of", "mexico") in rels, rels


def test_a_private_company_is_no_states():
    _, rels = extract("Petrobras, a Brazilian privately held oil company, raised fuel prices.", ACTORS)
    assert ("petro", "part_of", "brazil") not in rels, rels
    _, rels = extract("Petrobras sold the state-owned refinery to Mexico.", ACTORS)
    assert ("petro", "part_of", "mexico") not in rels, rels
