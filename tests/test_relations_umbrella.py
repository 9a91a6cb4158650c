"""Ties told through a body's people or groups (issue 8, relrecall2): members listed under the groups an umbrella
body gathers (relations/umbrella.py), a stance of a body's people told through "whose" (reports.whose_people), a
body "of" a titled person (titles.read_groups_of_people). Own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"front": ("organization", ["Northern Unity Front"]), "tigers": ("organization", ["Tigers Brigade"]),
          "lions": ("organization", ["Lions Battalion"]), "force": ("organization", ["Lake Basin Force"]),
          "army": ("organization", ["Cameroonian Army"]), "cabinet": ("organization", ["Government of Renewal"]),
          "kamara": ("person", ["Ibrahim Kamara"])}


def test_groups_listed_under_an_umbrellas_factions_are_part_of_it():
    _, rels = extract("The Northern Unity Front, which groups several militias including the Tigers Brigade and the "
                      "Lions Battalion, rejected the deal.", ACTORS)
    assert ("tigers", "part_of", "front") in rels and ("lions", "part_of", "front") in rels, rels
    _, rels = extract("The Northern Unity Front unites four militias, including the Tigers Brigade.", ACTORS)
    assert ("tigers", "part_of", "front") in rels, rels


def test_a_list_under_a_noun_no_grouping_verb_takes_is_no_membership():
    _, rels = extract("The Northern Unity Front attacked several militias including the Tigers Brigade.", ACTORS)
    assert ("tigers", "part_of", "front") not in rels, rels


def test_a_bodys_troops_told_through_whose_stand_for_it():
    _, rels = extract("The Lake Basin Force, whose troops fight alongside the Cameroonian Army, lost six men.", ACTORS)
    assert ("force", "allied_with", "army") in rels, rels
    _, rels = extract("The Lake Basin Force, whose leaders met the Cameroonian Army, lost six men.", ACTORS)
    assert ("force", "allied_with", "army") not in rels, rels


def test_a_body_of_a_titled_person_is_led_by_him():
    _, rels = extract("The Government of Renewal of Prime Minister Ibrahim Kamara resigned.", ACTORS)
    assert ("kamara", "leads", "cabinet") in rels, rels


def test_whose_after_a_coordinated_pair_is_the_nearer_bodys():
    _, rels = extract("They praised the Cameroonian Army and the Lake Basin Force, whose troops fight alongside the "
                      "Tigers Brigade, for their sacrifices.", ACTORS)
    assert ("force", "allied_with", "tigers") in rels and ("army", "allied_with", "tigers") not in rels, rels
