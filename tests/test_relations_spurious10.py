"""Ties read from lists of people and outlets, and "led by" after a "from" phrase (spurious10: relations/list_items.py
`apposed_before_titled_item`, apposed_conjuncts.py, relations/led_from.py). Own sentences, arenas outside the
development texts."""

from __future__ import annotations

from test_relations import extract

NAMES = {"petrov": ("person", ["Ivan Petrov"]), "sidorov": ("person", ["Oleg Sidorov"]),
         "party": ("organization", ["Liberation Party"]), "front": ("organization", ["Popular Front"]),
         "council": ("organization", ["Transitional Council"]), "radio": ("media", ["Radio Libre"]),
         "canal": ("media", ["Canal Nueve"]), "ecowas": ("organization", ["Economic Community of West African States"]),
         "ghana": ("country", ["Ghana"]), "mensah": ("person", ["Kofi Mensah"])}

MEETING = ("The meeting brought together Ivan Petrov, the chairman of the Liberation Party, Oleg Sidorov, the leader of "
           "the Popular Front, and a representative of the Transitional Council.")


def test_each_title_in_a_list_of_titled_people_is_its_own_holders():
    _, rels = extract(MEETING, NAMES)
    assert ("petrov", "leads", "party") in rels
    assert ("sidorov", "leads", "front") in rels
    assert ("sidorov", "leads", "party") not in rels


def test_the_last_item_after_comma_and_is_not_the_previous_persons_office():
    _, rels = extract(MEETING, NAMES)
    assert ("sidorov", "member_of", "council") not in rels


def test_a_second_office_of_one_person_still_holds():
    _, rels = extract("The envoy met Oleg Sidorov, the leader of the Popular Front, and a member of the Transitional "
                      "Council.", NAMES)
    assert ("sidorov", "member_of", "council") in rels
    _, rels = extract("The chairman of the Liberation Party, Oleg Sidorov, spoke on Monday.", NAMES)
    assert ("sidorov", "leads", "party") in rels


def test_an_outlet_run_by_a_body_ties_no_earlier_body_of_the_list():
    _, rels = extract("Radio Libre, the station of the Liberation Party, Canal Nueve, run by the Popular Front, and "
                      "two small weeklies are the best known outlets.", NAMES)
    assert ("front", "leads", "party") not in rels


def test_observers_from_a_body_led_by_someone_are_not_the_body():
    _, rels = extract("Observers from the Economic Community of West African States, led by former Ghana president "
                      "Kofi Mensah, said the vote was fair.", NAMES)
    assert ("mensah", "leads", "ecowas") not in rels


def test_led_by_after_of_and_after_the_name_still_leads():
    _, rels = extract("Members of the Popular Front, led by Oleg Sidorov, marched on Monday.", NAMES)
    assert ("sidorov", "leads", "front") in rels
    _, rels = extract("The Liberation Party and the Popular Front, led by Oleg Sidorov, marched on Monday.", NAMES)
    assert ("sidorov", "leads", "front") in rels


FORCES = {"sable": ("organization", ["Sable Group", "Andean Guard"]),
          "belarus": ("country", ["Belarusian private military", "Belarusian military"]),
          "peru": ("country", ["military of Peru"])}


def test_a_private_military_company_is_no_part_of_its_state():
    _, rels = extract("Witnesses named the gunmen as fighters of the Sable Group, the Belarusian private military "
                      "company that trains the army.", FORCES)
    assert ("sable", "part_of", "belarus") not in rels
    _, rels = extract("Fighters of the Sable Group, a Belarusian private military company, still guard the mines.",
                      FORCES)
    assert ("sable", "part_of", "belarus") not in rels


def test_a_states_own_military_apposed_is_still_part_of_it():
    _, rels = extract("The Andean Guard, the military of Peru, took the town in 2021.", FORCES)
    assert ("sable", "part_of", "peru") in rels
    _, rels = extract("The Sable Group, the Belarusian military, replaced them.", FORCES)
    assert ("sable", "part_of", "belarus") in rels


GROUND = {"chaco": ("place", ["Chaco Boreal"]), "paraguay": ("country", ["Paraguay"]),
          "unasur": ("organization", ["Union of South American Nations"]), "front": ("organization", ["Chaco Front"])}


def test_a_place_said_to_be_part_of_a_state_is_a_claim_to_ground():
    _, rels = extract("The ministry repeated that the Chaco Boreal is part of Paraguay.", GROUND)
    assert ("chaco", "part_of", "paraguay") not in rels


def test_a_state_or_body_part_of_an_organisation_still_holds():
    _, rels = extract("Paraguay is part of the Union of South American Nations.", GROUND)
    assert ("paraguay", "part_of", "unasur") in rels
    _, rels = extract("The Chaco Front is a part of the Union of South American Nations.", GROUND)
    assert ("front", "part_of", "unasur") in rels
