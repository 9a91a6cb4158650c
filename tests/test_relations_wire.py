"""Ties as wire stories and government or UN statements state them (relations/wire.py, its hooks in the title
readers and roles.yaml `wire_ties`): own sentences from arenas outside the tuning documents."""

from __future__ import annotations

import pytest

from foothold.errors import DataFileError
from foothold.extract.relations.wire import wire_ties
from test_relations import extract


def test_a_titled_person_named_with_a_country_serves_it():
    actors = {"frazier": ("person", ["Vanessa Frazier"]), "malta": ("country", ["Malta"]),
              "council": ("organization", ["Security Council"])}
    _, rels = extract("The Security Council statement was read by Council President Vanessa Frazier of Malta.", actors)
    assert ("frazier", "member_of", "malta") in rels
    actors = {"comissario": ("person", ["Pedro Comissario"]), "mozambique": ("country", ["Mozambique"])}
    _, rels = extract("The statement was issued by Council President Pedro Comissario (Mozambique) on Friday.", actors)
    assert ("comissario", "member_of", "mozambique") in rels
    _, rels = extract("The following statement was issued by Council President Pedro Comissario (Mozambique):", actors)
    assert ("comissario", "member_of", "mozambique") in rels
    # no title before the name: a birthplace or a list, not a post
    actors = {"okafor": ("person", ["Ngozi Okafor"]), "nigeria": ("country", ["Nigeria"])}
    _, rels = extract("The prize went to Ngozi Okafor of Nigeria on Friday.", actors)
    assert ("okafor", "member_of", "nigeria") not in rels


def test_an_envoy_posted_for_a_country_does_not_serve_it():
    actors = {"pollard": ("person", ["Catherine Pollard"]), "haiti": ("country", ["Haiti"])}
    _, rels = extract("The Council welcomed the work of Catherine Pollard, the Special Representative of the "
                      "Secretary-General for Haiti.", actors)
    assert ("pollard", "member_of", "haiti") not in rels
    actors = {"chambas": ("person", ["Mohamed Ibn Chambas"]), "au": ("organization", ["African Union"]),
              "sudan": ("country", ["Sudan"])}
    _, rels = extract("The African Union's special envoy for Sudan, Mohamed Ibn Chambas, met army leaders.", actors)
    assert ("chambas", "member_of", "au") in rels and ("chambas", "member_of", "sudan") not in rels


def test_a_chairperson_leads_and_the_head_of_a_states_government_leads_the_state():
    actors = {"mufti": ("person", ["Mehbooba Mufti"]), "pdp": ("organization", ["PDP"])}
    _, rels = extract("PDP chairperson Mehbooba Mufti called for talks on Monday.", actors)
    assert ("mufti", "leads", "pdp") in rels
    actors = {"castillo": ("person", ["Pedro Castillo"]), "peru": ("country", ["Peru"])}
    _, rels = extract("Pedro Castillo, the head of Peru's government, dissolved Congress on Wednesday.", actors)
    assert ("castillo", "leads", "peru") in rels and ("castillo", "member_of", "peru") not in rels


def test_an_office_given_through_as():
    actors = {"draghi": ("person", ["Mario Draghi"]), "italy": ("country", ["Italy"])}
    _, rels = extract("Mario Draghi was sworn in on Saturday as the head of Italy's new government.", actors)
    assert ("draghi", "leads", "italy") in rels
    actors = {"ghani": ("person", ["Ashraf Ghani"]), "afghanistan": ("country", ["Afghanistan"])}
    _, rels = extract("Ashraf Ghani served as the finance minister of Afghanistan from 2002.", actors)
    assert ("ghani", "member_of", "afghanistan") in rels
    _, rels = extract("Ashraf Ghani was not sworn in as the finance minister of Afghanistan.", actors)
    assert not rels
    # the parse takes "as" for a subordinator and skips the relative clause before it
    actors = {"boric": ("person", ["Gabriel Boric"]), "chile": ("country", ["Chile"])}
    _, rels = extract("Chile's congress on Friday confirmed Gabriel Boric, who has served as a deputy since 2014, "
                      "as the country's president to finish the term.", actors)
    assert ("boric", "leads", "chile") in rels


def test_hostility_owned_by_a_possessive():
    actors = {"rsf": ("organization", ["Rapid Support Forces"]), "uae": ("country", ["United Arab Emirates"]),
              "saf": ("organization", ["Sudanese Armed Forces"])}
    _, rels = extract("The Rapid Support Forces, which are backed by the United Arab Emirates, were weakened by "
                      "their war with the Sudanese Armed Forces.", actors)
    assert ("rsf", "opposes", "saf") in rels and ("uae", "opposes", "saf") not in rels
    actors = {"canada": ("country", ["Canada"]), "azerbaijan": ("country", ["Azerbaijan"]),
              "armenia": ("country", ["Armenia"])}
    _, rels = extract("Canada called on Azerbaijan to stop its aggression against Armenia.", actors)
    assert ("azerbaijan", "opposes", "armenia") in rels and ("canada", "opposes", "armenia") not in rels
    # a campaign "with" a partner is no hostility
    actors = {"kenya": ("country", ["Kenya"]), "somalia": ("country", ["Somalia"])}
    _, rels = extract("Kenya praised its campaign with Somalia against the smugglers.", actors)
    assert ("kenya", "opposes", "somalia") not in rels


def test_support_won_with_the_backing_of_a_party():
    actors = {"lula": ("person", ["Lula"]), "mdb": ("organization", ["Brazilian Democratic Movement"])}
    _, rels = extract("Lula won the runoff with the support of the Brazilian Democratic Movement.", actors)
    assert ("lula", "allied_with", "mdb") in rels
    _, rels = extract("Lula won the runoff with its support, the Brazilian Democratic Movement said.", actors)
    assert ("lula", "allied_with", "mdb") not in rels


def test_a_partnership_told_between_its_parties():
    actors = {"iran": ("country", ["Iran"]), "venezuela": ("country", ["Venezuela"])}
    _, rels = extract("Washington condemned the growing military cooperation between Iran and Venezuela.", actors)
    assert ("iran", "allied_with", "venezuela") in rels
    _, rels = extract("There is no cooperation between Iran and Venezuela on drones, the minister said.", actors)
    assert not rels


def test_a_definite_noun_stands_for_the_organisation_whose_name_holds_it():
    actors = {"mdc": ("organization", ["Movement for Democratic Change"]),
              "zanu": ("organization", ["ZANU-PF"]), "chamisa": ("person", ["Nelson Chamisa"])}
    _, rels = extract("ZANU-PF won the vote. Nelson Chamisa, the leader of the Movement for Democratic Change, "
                      "rejected the result. The movement was long allied with ZANU-PF in the unity government.",
                      actors)
    assert ("mdc", "allied_with", "zanu") in rels
    actors = {"awami": ("organization", ["Awami League"]), "bnp": ("organization", ["Nationalist Party"]),
              "quader": ("person", ["Obaidul Quader"])}
    _, rels = extract("The Nationalist Party boycotted the vote. The Awami League won every seat. "
                      "Obaidul Quader, the party's general secretary, praised the result.", actors)
    assert ("quader", "leads", "awami") in rels and ("quader", "leads", "bnp") not in rels


def test_the_wire_vocabulary_is_validated(tmp_path):
    bad = tmp_path / "roles.yaml"
    bad.write_text("version: 1\nwire_ties:\n  hostility_nouns: war\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        wire_ties(str(bad))
    assert "war" in wire_ties()["hostility_nouns"]


def test_a_described_body_backed_or_aligned_by_a_participle():
    actors = {"mukhtar": ("organization", ["Saraya al-Mukhtar"]), "ashtar": ("organization", ["Saraya al-Ashtar"]),
              "irgc": ("organization", ["IRGC"])}
    _, rels = extract("Saraya al-Ashtar works with Saraya al-Mukhtar, another militant group supported by the IRGC.",
                      actors)
    assert ("mukhtar", "allied_with", "irgc") in rels and ("ashtar", "allied_with", "irgc") not in rels
    actors = {"afc": ("organization", ["Alliance for Change"]), "pnc": ("organization", ["People's National Congress"]),
              "granger": ("person", ["David Granger"])}
    _, rels = extract("David Granger praised the Alliance for Change, a small party allied with the ruling People's "
                      "National Congress.", actors)
    assert ("afc", "allied_with", "pnc") in rels and ("granger", "allied_with", "pnc") not in rels
    actors = {"janjaweed": ("organization", ["Janjaweed"]), "bashir": ("person", ["Omar al-Bashir"])}
    _, rels = extract("The Janjaweed, a militia backed by the government of Omar al-Bashir, burned villages.", actors)
    assert ("janjaweed", "allied_with", "bashir") in rels


def test_a_party_of_a_titled_leader():
    actors = {"zanu": ("organization", ["ZANU-PF"]), "mnangagwa": ("person", ["Emmerson Mnangagwa"])}
    _, rels = extract("The vote went to the ZANU-PF party of President Emmerson Mnangagwa.", actors)
    assert ("mnangagwa", "leads", "zanu") in rels


def test_a_definite_group_noun_as_the_subject_of_a_verb_of_backing():
    actors = {"lra": ("organization", ["Lord's Resistance Army"]), "sudan": ("country", ["Sudan"])}
    _, rels = extract("The Lord's Resistance Army was founded in 1987. The group receives weapons from Sudan, "
                      "officials say.", actors)
    assert ("lra", "allied_with", "sudan") in rels
    _, rels = extract("The Lord's Resistance Army was founded in 1987. A group receives weapons from Sudan, "
                      "officials say.", actors)
    assert ("lra", "allied_with", "sudan") not in rels


def test_the_head_of_an_unnamed_unit_of_a_named_body_is_its_member():
    actors = {"raad": ("person", ["Mohammad Raad"]), "hezbollah": ("organization", ["Hezbollah"])}
    _, rels = extract("Mohammad Raad, who heads Hezbollah's parliamentary bloc, said the group had been excluded.", actors)
    assert ("raad", "member_of", "hezbollah") in rels and ("raad", "leads", "hezbollah") not in rels
    _, rels = extract("Mohammad Raad, who heads a bloc close to Hezbollah, spoke on Monday.", actors)
    assert ("raad", "member_of", "hezbollah") not in rels


def test_a_second_minister_of_the_same_bare_title_is_not_given_the_first_ones_state():
    actors = {"lavrov": ("person", ["Sergey Lavrov"]), "russia": ("country", ["Russia", "Russian"]),
              "wong": ("person", ["Penny Wong"]), "china": ("country", ["China"])}
    ctx, rels = extract("Russian Foreign Minister Sergey Lavrov met Chinese officials in China on Monday. "
                        "Foreign Minister Penny Wong spoke by telephone on Tuesday with the Chinese envoy.", actors)
    assert ("lavrov", "member_of", "russia") in rels and ("wong", "member_of", "russia") not in rels


def test_an_aim_to_overthrow_a_party_is_hostility():
    actors = {"adf": ("organization", ["Allied Democratic Forces"]), "uganda": ("country", ["Uganda"])}
    _, rels = extract("The Allied Democratic Forces is a rebel group that seeks to overthrow the government of Uganda.",
                      actors)
    assert ("adf", "opposes", "uganda") in rels
    actors = {"knu": ("organization", ["Karen National Union"]), "tatmadaw": ("organization", ["Tatmadaw"])}
    _, rels = extract("The Karen National Union vowed to drive the Tatmadaw out of its territory.", actors)
    assert ("knu", "opposes", "tatmadaw") in rels
    _, rels = extract("The Karen National Union did not seek to overthrow the Tatmadaw, its leader said.", actors)
    assert ("knu", "opposes", "tatmadaw") not in rels
    _, rels = extract("The Karen National Union tried to drive the Tatmadaw to the talks.", actors)
    assert ("knu", "opposes", "tatmadaw") not in rels
