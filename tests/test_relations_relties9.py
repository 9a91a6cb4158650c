"""Ties not read or read to the wrong actor, ninth pass (issue 8, relties9): own sentences from other arenas than
the documents that showed the need (described_body_names.py, offices_given.py, court_judges.py, region_heads, roles.yaml)."""

from __future__ import annotations

from test_relations import extract

from foothold.extract.relations.described_body_names import loose_body_heads, non_state_descriptors

ANDES = {"chile": ("country", ["Chile", "Chilean"]), "peru": ("country", ["Peru", "Peruvian"]),
         "ani": ("organization", ["ANI"]), "pdi": ("organization", ["PDI"]), "dini": ("organization", ["DINI"]),
         "oas": ("organization", ["Organization of American States", "OAS"]),
         "cidh": ("organization", ["CIDH"]), "mesa": ("organization", ["MESA"]),
         "kova": ("person", ["Jan Kova", "Kova"]), "arica": ("place", ["Arica"])}


def test_a_state_agency_named_right_after_its_description_is_part_of_the_state():
    _, rels = extract("The Chilean intelligence agency ANI said the cell was armed.", ANDES)
    assert ("ani", "part_of", "chile") in rels, rels


def test_a_plural_description_binds_each_listed_body():
    _, rels = extract("The ministry named them as officers of the Peruvian services DINI and PDI.", ANDES)
    assert ("dini", "part_of", "peru") in rels and ("pdi", "part_of", "peru") in rels, rels


def test_a_singular_description_before_a_list_binds_nothing():
    _, rels = extract("The Chilean intelligence agency ANI and the PDI said the cell was armed.", ANDES)
    assert ("ani", "part_of", "chile") not in rels, rels
    assert ("pdi", "part_of", "chile") not in rels, rels


def test_an_organisation_agency_is_no_state_body():
    _, rels = extract("The OAS electoral mission MESA reported no fraud.", ANDES)
    assert not any(r[1] == "part_of" and r[2] == "oas" for r in rels), rels


def test_a_person_after_a_description_is_no_body():
    _, rels = extract("The Chilean intelligence agency chief Jan Kova resigned.", ANDES)
    assert ("kova", "part_of", "chile") not in rels, rels


def test_the_description_word_lists_are_loaded():
    assert "militant" in non_state_descriptors() and "organization" in loose_body_heads()


CIVIC = {"kova": ("person", ["Jan Kova", "Kova"]), "ortiz": ("person", ["Ben Ortiz", "Ortiz"]),
         "alliance": ("organization", ["Civic Alliance"]), "brigade": ("organization", ["Andes Brigade"]),
         "chile": ("country", ["Chile", "Chilean"])}


def test_an_office_kept_is_held_by_the_subject():
    _, rels = extract("Ben Ortiz kept the chairmanship of the Civic Alliance after the vote.", CIVIC)
    assert ("ortiz", "leads", "alliance") in rels, rels


def test_an_office_given_is_held_by_the_object():
    _, rels = extract("The president restored General Jan Kova to the command of the Andes Brigade.", CIVIC)
    assert ("kova", "leads", "brigade") in rels, rels


def test_an_office_taken_away_gives_nothing():
    _, rels = extract("The president removed General Jan Kova from the command of the Andes Brigade.", CIVIC)
    assert ("kova", "leads", "brigade") not in rels, rels
    _, rels = extract("The president did not restore Jan Kova to the command of the Andes Brigade.", CIVIC)
    assert ("kova", "leads", "brigade") not in rels, rels


def test_now_before_a_title_is_the_sitting_holder():
    _, rels = extract("Ben Ortiz, now leader of the opposition Civic Alliance, dismissed the idea.", CIVIC)
    assert ("ortiz", "leads", "alliance") in rels, rels


COURTS = {"kova": ("person", ["Jan Kova", "Kova"]), "ortiz": ("person", ["Ben Ortiz", "Ortiz"]),
          "court": ("organization", ["Supreme Court"]), "tribunal": ("organization", ["Electoral Tribunal"]),
          "chile": ("country", ["Chile"])}


def test_a_judge_written_after_the_court_name_sits_on_it():
    _, rels = extract("The senate suspended Supreme Court judge Jan Kova over alleged misconduct.", COURTS)
    assert ("kova", "member_of", "court") in rels, rels
    _, rels = extract("Overnight, Electoral Tribunal magistrate Ben Ortiz annulled the count.", COURTS)
    assert ("ortiz", "member_of", "tribunal") in rels, rels


def test_a_judge_of_the_court_apposed_to_the_person():
    _, rels = extract("Jan Kova, a judge of the Supreme Court, annulled the count.", COURTS)
    assert ("kova", "member_of", "court") in rels, rels


def test_a_court_named_before_another_noun_binds_no_judge():
    _, rels = extract("The Supreme Court ruling angered Jan Kova, a lawyer in Chile.", COURTS)
    assert ("kova", "member_of", "court") not in rels, rels
    _, rels = extract("Jan Kova, a critic of the Supreme Court, annulled the count.", COURTS)
    assert ("kova", "member_of", "court") not in rels, rels


def test_a_party_with_its_abbreviation_written_as_a_persons():
    _, rels = extract("The vote left the ruling Civic Alliance (CA) of Jan Kova with 26 seats.", {**CIVIC, "ca": (
        "organization", ["CA"])})
    assert ("kova", "leads", "alliance") in rels or ("kova", "leads", "ca") in rels, rels


def test_a_body_with_its_abbreviation_before_a_place_names_no_leader():
    _, rels = extract("Members of the Civic Alliance (CA) of Chile met Jan Kova.", CIVIC)
    assert not any(r[1] == "leads" for r in rels), rels


REGIONS = {"kova": ("person", ["Jan Kova", "Kova"]), "ortiz": ("person", ["Ben Ortiz", "Ortiz"]),
           "arica": ("place", ["Arica Region"]), "lima": ("place", ["Lima"]), "tacna": ("place", ["Tacna"])}


def test_the_region_noun_stands_for_the_place_whose_name_ends_in_it():
    _, rels = extract("He flew to Lima, the capital of the Arica Region, where he met the region's president, Jan "
                      "Kova, and Ben Ortiz.", REGIONS)
    assert ("kova", "leads", "arica") in rels, rels
    assert ("ortiz", "leads", "arica") not in rels, rels


def test_the_region_noun_after_a_place_named_otherwise_binds_nothing():
    _, rels = extract("Deputies met in Tacna, and Jan Kova, the region's leader, opened the session.", REGIONS)
    assert not any(r[1] == "leads" for r in rels), rels
    _, rels = extract("Ben Ortiz met the region's deputy governor, Jan Kova, in the Arica Region.", REGIONS)
    assert not any(r[1] == "leads" for r in rels), rels


def test_a_peoples_group_described_with_a_demonym_is_no_state_body():
    actors = {**ANDES, "frente": ("organization", ["FPMR"]), "union": ("organization", ["CUT"])}
    _, rels = extract("The Chilean militant organization FPMR claimed the bombing.", actors)
    assert ("frente", "part_of", "chile") not in rels, rels
    _, rels = extract("The Chilean organization CUT called a strike.", actors)
    assert ("union", "part_of", "chile") not in rels, rels


def test_a_consul_general_serves_the_state_that_owns_the_title():
    _, rels = extract("Chile's consul general in Arica, Jan Kova, met the mayor.", {**ANDES})
    assert ("kova", "member_of", "chile") in rels, rels
    _, rels = extract("The Peruvian consul-general, Jan Kova, met the mayor.", {**ANDES})
    assert ("kova", "member_of", "peru") in rels, rels


def test_a_conjoined_leading_verb_takes_the_first_verbs_subject():
    actors = {**CIVIC, "council": ("organization", ["Andean Council"])}
    _, rels = extract("Chile has long been a partner of the Civic Alliance and chairs the Andean Council.", actors)
    assert ("chile", "leads", "council") in rels, rels
    _, rels = extract("Chile has long been a partner of the Civic Alliance and Jan Kova chairs the Andean Council.",
                      actors)
    assert ("chile", "leads", "council") not in rels, rels


def test_a_former_title_and_now_another_keep_both_ties():
    actors = {**CIVIC, "arica": ("place", ["Arica"])}
    _, rels = extract("Jan Kova, a former mayor of Arica and now a member of the Civic Alliance, was arrested.", actors)
    assert ("kova", "member_of", "alliance") in rels, rels
