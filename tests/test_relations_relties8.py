"""Ties not read or read elsewhere, eighth pass (issue 8, relties8): own sentences from other arenas than the
documents that showed the need (part_of.subsidiary_of / outlet_run_by / person_owns, candidacies.party_of_candidacy,
place_pronoun_owner.py, roles.yaml "prefect")."""

from __future__ import annotations

import pytest

from test_relations import extract

from foothold.errors import FootholdError
from foothold.extract.relations.place_pronoun_owner import place_head_titles

ANDES = {"kova": ("person", ["Jan Kova", "Kova"]), "ortiz": ("person", ["Ben Ortiz", "Ortiz"]),
         "alliance": ("organization", ["Civic Alliance", "CA"]), "front": ("organization", ["Patriotic Front"]),
         "sol": ("media", ["Sol TV"]), "ocho": ("media", ["Ocho TV"]), "chile": ("country", ["Chile", "Chilean"]),
         "tarapaca": ("place", ["Tarapaca"]), "arica": ("place", ["Arica"]), "lima": ("place", ["Lima"]),
         "copper": ("organization", ["Andes Copper Corporation", "ACC"]),
         "pipeline": ("organization", ["Pacific Pipeline Company", "PPC"])}


def test_an_outlet_apposed_to_a_channel_of_a_body_is_part_of_it():
    _, rels = extract("Sol TV, the channel of the Patriotic Front, and two weeklies are the best known outlets.", ANDES)
    assert ("sol", "part_of", "front") in rels, rels


def test_the_channel_noun_with_a_possessor_between_names_no_of_owner():
    _, rels = extract("Sol TV, the Civic Alliance's channel of record, aired the speech.", ANDES)
    assert ("sol", "part_of", "front") not in rels, rels
    _, rels = extract("Sol TV, the main channel of the city of Arica, aired the speech.", ANDES)
    assert not any(r[0] == "sol" and r[1] == "part_of" for r in rels), rels


def test_an_outlet_run_by_a_body_in_a_list_is_part_of_it():
    _, rels = extract("Sol TV, the channel of the Patriotic Front, Ocho TV, run by the Civic Alliance, and two "
                      "weeklies are the best known outlets.", ANDES)
    assert ("ocho", "part_of", "alliance") in rels, rels
    assert ("sol", "part_of", "front") in rels, rels
    assert ("ocho", "part_of", "front") not in rels, rels


def test_an_outlet_run_by_a_person_is_no_part_of_anything():
    _, rels = extract("Ocho TV, run by Ben Ortiz, aired the speech.", ANDES)
    assert not any(r[0] == "ocho" and r[1] == "part_of" for r in rels), rels


def test_a_candidate_of_a_party_written_after_a_modifying_noun():
    _, rels = extract("The count gave 47 percent to Jan Kova, the candidate of the opposition Civic Alliance (CA), "
                      "against 51 percent for the president.", ANDES)
    assert ("kova", "member_of", "alliance") in rels, rels


def test_a_candidate_for_membership_names_no_party():
    _, rels = extract("Jan Kova, a candidate for membership of the Civic Alliance, spoke.", ANDES)
    assert ("kova", "member_of", "alliance") not in rels, rels


def test_its_governor_after_a_province_leads_the_province():
    _, rels = extract("A delegation of Tarapaca province led by its governor, Ben Ortiz, visited Lima and was "
                      "received by the minister.", ANDES)
    assert ("ortiz", "leads", "tarapaca") in rels, rels


def test_its_mayor_after_a_city_leads_the_city():
    _, rels = extract("Floods cut off Arica, and its mayor, Ben Ortiz, asked for help.", ANDES)
    assert ("ortiz", "leads", "arica") in rels, rels


def test_its_before_a_body_title_still_takes_the_organisation():
    _, rels = extract("Troops entered Arica, and the Civic Alliance said its leader, Ben Ortiz, had fled.", ANDES)
    assert ("ortiz", "leads", "alliance") in rels, rels
    assert ("ortiz", "leads", "arica") not in rels, rels


def test_its_governor_after_an_organisation_is_not_the_place_before():
    _, rels = extract("In Arica the Patriotic Front and its governor, Ben Ortiz, met.", ANDES)
    assert ("ortiz", "leads", "arica") not in rels, rels


def test_a_prefect_leads_the_place_of_his_title():
    _, rels = extract("The Prefect of Arica, Ben Ortiz, banned all demonstrations in the city centre.", ANDES)
    assert ("ortiz", "leads", "arica") in rels, rels


def test_a_party_a_person_owns_apposed_to_its_name_is_led_by_the_person():
    _, rels = extract("Police detained two members of Jan Kova's party, the Civic Alliance (CA), at their homes in "
                      "Lima.", ANDES)
    assert ("kova", "leads", "alliance") in rels, rels


def test_a_party_noun_owned_by_a_country_binds_no_person():
    _, rels = extract("Jan Kova met Chile's ruling party, the Civic Alliance, on Monday.", ANDES)
    assert ("kova", "leads", "alliance") not in rels, rels


def test_a_list_after_the_party_noun_binds_nothing():
    _, rels = extract("Jan Kova's party, the Civic Alliance and the Patriotic Front met in Lima.", ANDES)
    assert ("kova", "leads", "alliance") not in rels, rels


def test_place_head_titles_are_read_and_validated(tmp_path):
    assert ("governor",) in place_head_titles()
    assert ("lord", "mayor") in place_head_titles()
    bad = tmp_path / "place_heads.yaml"
    bad.write_text("titles: governor\n")
    with pytest.raises(FootholdError):
        place_head_titles(str(bad))


def test_a_unit_apposed_as_a_wing_after_a_title_object_is_part_of_the_owner():
    _, rels = extract("In exile Jan Kova became a commander of the Patriotic Front, the armed wing of the Civic "
                      "Alliance, and worked closely with Chile.", ANDES)
    assert ("front", "part_of", "alliance") in rels, rels
    assert ("kova", "leads", "front") in rels, rels


def test_an_apposed_title_of_another_body_is_no_subsidiary():
    _, rels = extract("Jan Kova met the leader of the Patriotic Front, the head of the Civic Alliance and others.",
                      ANDES)
    assert ("front", "part_of", "alliance") not in rels, rels


def test_one_person_of_a_body_is_its_member():
    _, rels = extract("President Jan Kova was re-elected. His main challenger, Ben Ortiz of the Civic Alliance, "
                      "rejected the result as a travesty.", ANDES)
    assert ("ortiz", "member_of", "alliance") in rels, rels
    _, rels = extract("Police arrested Ben Ortiz of the Civic Alliance party on Monday.", ANDES)
    assert ("ortiz", "member_of", "alliance") in rels, rels
    _, rels = extract("Ben Ortiz of Sol TV was wounded in Lima.", ANDES)
    assert ("ortiz", "member_of", "sol") in rels, rels


def test_a_person_of_a_unit_inside_the_body_or_of_a_country_is_left():
    _, rels = extract("Ben Ortiz of the Civic Alliance's youth wing was arrested.", ANDES)
    assert ("ortiz", "member_of", "alliance") not in rels, rels
    _, rels = extract("Ben Ortiz of the Civic Alliance office in Lima spoke.", ANDES)
    assert ("ortiz", "member_of", "alliance") not in rels, rels
    _, rels = extract("Ben Ortiz of Chile spoke.", ANDES)
    assert ("ortiz", "member_of", "chile") not in rels, rels


def test_a_hyphened_modifier_in_a_titles_object_is_passed():
    _, rels = extract("Ben Ortiz, the leader of the so-called Civic Alliance, spoke.", ANDES)
    assert ("ortiz", "leads", "alliance") in rels, rels
    _, rels = extract("Ben Ortiz, the head of the newly-formed Patriotic Front, spoke.", ANDES)
    assert ("ortiz", "leads", "front") in rels, rels


def test_the_partys_candidate_for_an_office_serves_the_party_named_before():
    _, rels = extract("Police fired on voters in Lima, according to the Civic Alliance party. The party's candidate "
                      "for the presidency of Arica, Ben Ortiz, was arrested the next day.", ANDES)
    assert ("ortiz", "member_of", "alliance") in rels, rels
    _, rels = extract("The Civic Alliance withdrew its own candidate for the mayoralty, Ben Ortiz, on Wednesday.",
                      ANDES)
    assert ("ortiz", "member_of", "alliance") in rels, rels


def test_a_candidate_owned_by_no_group_noun_binds_no_party():
    _, rels = extract("The Patriotic Front won in Lima. The army's candidate, Ben Ortiz, was arrested.", ANDES)
    assert ("ortiz", "member_of", "front") not in rels, rels


def test_a_body_apposed_to_its_subsidiary_is_part_of_the_owner_of_its():
    _, rels = extract("The pipeline, built by the Andes Copper Corporation (ACC) and run by its subsidiary, the Pacific "
                      "Pipeline Company (PPC), links the field to the port.", ANDES)
    assert ("pipeline", "part_of", "copper") in rels, rels
    _, rels = extract("The Civic Alliance said its armed wing, the Patriotic Front, had laid down arms.", ANDES)
    assert ("front", "part_of", "alliance") in rels, rels
    _, rels = extract("The Civic Alliance said its channel, Sol TV, was closed.", ANDES)
    assert ("sol", "part_of", "alliance") in rels, rels


def test_its_subsidiary_owned_by_a_country_or_naming_a_person_binds_nothing():
    _, rels = extract("Chile said its agency, the Civic Alliance, was closed.", ANDES)
    assert ("alliance", "part_of", "chile") not in rels, rels
    _, rels = extract("The Civic Alliance said its office, Ben Ortiz, was closed.", ANDES)
    assert not any(r[1] == "part_of" for r in rels), rels
