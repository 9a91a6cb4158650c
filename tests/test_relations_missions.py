"""Diplomatic missions are part of the state that sends them (relations/missions.py, roles.yaml missions; issue 8
relrecall4). Own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"us": ("country", ["United States", "U.S."]), "embassy": ("place", ["Embassy in Tegucigalpa"]),
          "pak": ("country", ["Pakistan"]), "mission": ("organization", ["Permanent Mission of Pakistan to the United Nations"]),
          "un": ("organization", ["United Nations"]), "france": ("country", ["France", "French"]),
          "consulate": ("organization", ["Consulate General in Lyon", "Consulate"]),
          "amisom": ("organization", ["African Union Mission in Somalia"]), "somalia": ("country", ["Somalia"]),
          "au": ("organization", ["African Union"])}


def test_an_embassy_named_with_its_state():
    _, rels = extract("The U.S. Embassy in Tegucigalpa condemned the arrests on Tuesday.", ACTORS)
    assert ("embassy", "part_of", "us") in rels, rels


def test_a_mission_named_of_its_state():
    _, rels = extract("Pakistan protested. The Permanent Mission of Pakistan to the United Nations rejected the "
                      "report.", ACTORS)
    assert ("mission", "part_of", "pak") in rels, rels
    assert ("mission", "part_of", "un") not in rels, rels


def test_a_consulate_after_a_demonym():
    _, rels = extract("The French Consulate General in Lyon issued the visas.", ACTORS)
    assert ("consulate", "part_of", "france") in rels, rels


def test_a_mission_posted_in_a_state_is_not_its():
    _, rels = extract("The African Union Mission in Somalia lost soldiers near Leego.", ACTORS)
    assert ("amisom", "part_of", "somalia") not in rels, rels


def test_an_embassy_as_a_landmark_is_no_body():
    # a place where something happened: news-dev codes no actor for it, so no tie either
    _, rels = extract("A rocket killed two guards near the U.S. Embassy in Tegucigalpa on Tuesday.", ACTORS)
    assert ("embassy", "part_of", "us") not in rels, rels
