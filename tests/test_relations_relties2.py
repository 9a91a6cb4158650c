"""Tie shapes read on unseen text (issue 8, relties2): own sentences from other arenas than the documents that showed
the need (relations/apposed_unit_in.py, relations/fired_at_owned.py, and the title of "X's own Party" in
title_phrases.person_owned_body)."""

from __future__ import annotations

from test_relations import extract

FRONT = {"gam": ("organization", ["Free Aceh Movement"]), "nlf": ("organization", ["National Liberation Front"]),
         "indonesia": ("country", ["Indonesia"]), "aceh": ("place", ["Aceh"])}


def test_the_strongest_faction_in_a_front_is_part_of_it():
    _, rels = extract("The Free Aceh Movement, the strongest faction in the National Liberation Front, said on "
                      "Monday it would lay down its arms.", FRONT)
    assert ("gam", "part_of", "nlf") in rels, rels


def test_a_faction_within_a_states_body_is_part_of_the_body():
    _, rels = extract("The Free Aceh Movement, an armed faction within Indonesia's National Liberation Front, "
                      "issued a statement.", FRONT)
    assert ("gam", "part_of", "nlf") in rels, rels
    assert ("gam", "part_of", "indonesia") not in rels, rels


def test_the_largest_group_in_a_place_is_no_unit():
    _, rels = extract("The Free Aceh Movement, the largest group in Aceh, issued a statement.", FRONT)
    assert not any(p == "part_of" for _, p, _ in rels), rels


def test_a_faction_in_a_list_names_no_unit():
    _, rels = extract("The Free Aceh Movement said, in a faction meeting in the National Liberation Front, that it "
                      "would stay.", FRONT)
    assert ("gam", "part_of", "nlf") not in rels, rels


WAR = {"taf": ("organization", ["Turkish Air Force"]), "pkk": ("organization", ["Kurdistan Workers' Party"]),
       "turkey": ("country", ["Turkey"]), "iraq": ("country", ["Iraq"]), "naf": ("organization", ["Nigerian Air Force"]),
       "bh": ("organization", ["Boko Haram"]), "col": ("country", ["Colombia"]),
       "eln": ("organization", ["National Liberation Army"])}


def test_fire_at_the_bases_of_a_group_opposes_the_group():
    _, rels = extract("On Tuesday the Turkish Air Force fired missiles at two bases of the Kurdistan Workers' Party "
                      "in northern Iraq.", WAR)
    assert ("taf", "opposes", "pkk") in rels, rels


def test_fire_at_what_someone_said_were_camps_of_a_group():
    _, rels = extract("The Turkish Air Force fired artillery at what officials said were two camps of the National "
                      "Liberation Army.", WAR)
    assert ("taf", "opposes", "eln") in rels, rels


def test_the_speakers_own_jets_are_the_attacker():
    _, rels = extract("The Nigerian Air Force said its jets struck a camp of Boko Haram in the forest.", WAR)
    assert ("naf", "opposes", "bh") in rels, rels


def test_a_reported_attack_by_another_speaker_is_not_the_speakers():
    _, rels = extract("Boko Haram said the Nigerian Air Force had struck a camp of its own near the border.", WAR)
    assert ("bh", "opposes", "naf") not in rels, rels


def test_fire_at_a_place_takes_no_side():
    _, rels = extract("The Turkish Air Force fired missiles at villages in Iraq on Tuesday.", WAR)
    assert ("taf", "opposes", "iraq") not in rels, rels


PARTY = {"may": ("person", ["Theresa May"]), "johnson": ("person", ["Boris Johnson"]),
         "tories": ("organization", ["Conservative Party"])}


def test_the_leader_of_a_persons_own_party_leads_the_party():
    _, rels = extract("Boris Johnson, the leader of Theresa May's own Conservative Party, said the vote was wrong.",
                      PARTY)
    assert ("johnson", "leads", "tories") in rels, rels
    assert ("johnson", "leads", "may") not in rels, rels


PRESS = {"lopez": ("person", ["Maria Lopez"]), "perez": ("person", ["Juan Perez"]),
         "ap": ("media", ["Associated Press"]), "reuters": ("media", ["Reuters"]),
         "hamas": ("organization", ["Hamas"]), "yassin": ("person", ["Ahmed Yassin"]),
         "shehade": ("person", ["Salah Shehade"]), "chile": ("country", ["Chile"])}


def test_every_person_listed_before_of_a_body_is_its_member():
    _, rels = extract("Maria Lopez and Juan Perez of the Associated Press were detained in Caracas.", PRESS)
    assert ("lopez", "member_of", "ap") in rels, rels
    assert ("perez", "member_of", "ap") in rels, rels


def test_a_list_before_of_a_country_is_left_to_the_titles():
    _, rels = extract("Maria Lopez and Juan Perez of Chile were detained in Caracas.", PRESS)
    assert ("lopez", "member_of", "chile") not in rels, rels


def test_a_body_modifying_a_plural_title_named_by_a_list():
    _, rels = extract("Police said two Hamas officials, Ahmed Yassin and Salah Shehade, were killed.", PRESS)
    assert ("yassin", "member_of", "hamas") in rels, rels
    assert ("shehade", "member_of", "hamas") in rels, rels


def test_a_plural_title_followed_by_no_list_ties_nobody():
    _, rels = extract("Two Hamas officials, the police said, met Ahmed Yassin and Salah Shehade.", PRESS)
    assert ("yassin", "member_of", "hamas") not in rels, rels


NICARAGUA = {"fsln": ("organization", ["Sandinista Front"]), "fonseca": ("person", ["Carlos Fonseca"]),
             "cuba": ("country", ["Cuba"]), "yemen": ("country", ["Yemen"]), "houthis": ("organization", ["Houthi movement"])}


def test_a_body_founded_by_a_person_is_led_by_the_founder():
    _, rels = extract("The Sandinista Front was founded by Carlos Fonseca, a student leader, in 1961.", NICARAGUA)
    assert ("fonseca", "leads", "fsln") in rels, rels


def test_a_body_founded_by_a_state_is_not_led_by_it():
    _, rels = extract("The Sandinista Front was founded by Cuba in 1961.", NICARAGUA)
    assert ("cuba", "leads", "fsln") not in rels, rels


def test_a_war_whose_relative_clause_names_its_parties():
    _, rels = extract("The two leaders discussed the war in Yemen, which broke out in 2014 between the Yemeni army "
                      "and the Houthi movement, and agreed on a ceasefire.", NICARAGUA)
    assert ("yemen", "opposes", "houthis") in rels, rels


def test_a_relative_clause_on_no_conflict_names_no_sides():
    _, rels = extract("The two leaders discussed the aid to Yemen, which was split in 2014 between the Yemeni army "
                      "and the Houthi movement.", NICARAGUA)
    assert ("yemen", "opposes", "houthis") not in rels, rels


LEVANT = {"hezbollah": ("organization", ["Hezbollah"]), "iran": ("country", ["Iran"]),
          "israel": ("country", ["Israel"]), "gam": ("organization", ["Free Aceh Movement"]),
          "nlf": ("organization", ["National Liberation Front"]), "indonesia": ("country", ["Indonesia"])}


def test_its_after_an_apposition_is_the_anchors():
    _, rels = extract("Hezbollah, an ally of Iran, said its fighters would continue their campaign against Israel.",
                      LEVANT)
    assert ("hezbollah", "opposes", "israel") in rels, rels
    assert ("iran", "opposes", "israel") not in rels, rels


def test_a_factions_own_operations_after_its_apposition():
    _, rels = extract("The Free Aceh Movement, the strongest faction in the National Liberation Front, said on "
                      "Tuesday it was suspending its attacks against Indonesia.", LEVANT)
    assert ("gam", "opposes", "indonesia") in rels, rels
    assert ("nlf", "opposes", "indonesia") not in rels, rels


def test_its_after_a_plain_list_is_still_the_nearest_name():
    _, rels = extract("Iran met Hezbollah, and the group said its campaign against Israel would go on.", LEVANT)
    assert ("iran", "opposes", "israel") not in rels, rels


CABINET = {"klaveren": ("person", ["Alberto van Klaveren"]), "chile": ("country", ["Chile", "Chilean"]),
           "falconer": ("person", ["Hamish Falconer"]), "uk": ("country", ["United Kingdom", "British"]),
           "europe": ("place", ["Europe"]), "mideast": ("place", ["Middle East"]),
           "nafrica": ("place", ["North Africa"])}


def test_a_portfolio_for_a_region_and_a_field_runs_to_the_holder():
    _, rels = extract("The Chilean Minister for Europe and Foreign Affairs, Alberto van Klaveren, visited Lima.",
                      CABINET)
    assert ("klaveren", "member_of", "chile") in rels, rels


def test_a_portfolio_for_two_regions_runs_to_the_holder():
    _, rels = extract("The British Minister for the Middle East and North Africa, Hamish Falconer, visited Lima.",
                      CABINET)
    assert ("falconer", "member_of", "uk") in rels, rels
