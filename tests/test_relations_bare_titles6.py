"""Bare titles, sixth pass (issue 8, reltitle6): a bare speaker acting as a subject (bare_speaker.py), a national
security adviser, a bare secretary-general (secretariats.py), a bare mayor (city_heads.py), titles only one state's
government uses whose states the text never names, and "Leaders of X" acting for X. Own sentences, arenas outside the
documents that showed the need."""

from __future__ import annotations

import pytest
from test_relations import extract

from foothold.errors import DataFileError
from foothold.extract.relations.city_heads import city_head_titles
from foothold.extract.relations.secretariats import secretariat_words

PERU = {"peru": ("country", ["Peru", "Peruvian"]), "ruiz": ("person", ["Ana Ruiz"])}


def test_a_bare_speaker_acting_as_subject_serves_the_story_state():
    _, rels = extract("Peru's congress met on Monday. Speaker Ana Ruiz condemned the attack and said lawmakers would "
                      "keep working.", PERU)
    assert ("ruiz", "member_of", "peru") in rels


def test_a_deputy_speaker_takes_no_story_state():
    _, rels = extract("Peru's congress met on Monday. Deputy Speaker Ana Ruiz said lawmakers would keep working.", PERU)
    assert not any(s == "ruiz" for s, _, _ in rels)


def test_a_speaker_named_only_as_a_possessor_takes_no_story_state():
    _, rels = extract("Peru's congress met on Monday. The party of Parliament Speaker Ana Ruiz walked out.", PERU)
    assert ("ruiz", "member_of", "peru") not in rels


def test_a_national_security_adviser_serves_the_scene_state():
    _, rels = extract("Kenya and Somalia held talks on Monday. In Nairobi, national security adviser Paul Otieno "
                      "said the border would stay open.",
                      {"kenya": ("country", ["Kenya"]), "somalia": ("country", ["Somalia"]),
                       "nairobi": ("place", ["Nairobi"]), "otieno": ("person", ["Paul Otieno"])})
    assert ("otieno", "member_of", "kenya") in rels


OSCE = {"osce": ("organization", ["OSCE"]), "olsen": ("person", ["Maria Olsen"])}


def test_a_bare_secretary_general_leads_the_one_listed_body_named():
    _, rels = extract("The OSCE said its monitors would stay in the region. Secretary General Maria Olsen welcomed "
                      "the ceasefire.", OSCE)
    assert ("olsen", "leads", "osce") in rels


def test_two_listed_bodies_leave_a_bare_secretary_general_untied():
    _, rels = extract("The Arab League met in Cairo. Secretary-General Karim Haddad condemned the blockade and the "
                      "United Nations called for talks.",
                      {"al": ("organization", ["Arab League"]), "un": ("organization", ["United Nations"]),
                       "haddad": ("person", ["Karim Haddad"])})
    assert not any(s == "haddad" for s, _, _ in rels)


def test_a_secretary_general_of_a_named_group_leads_that_group():
    _, rels = extract("The Arab League met in Cairo. Hamas Secretary-General Karim Haddad condemned the blockade.",
                      {"al": ("organization", ["Arab League"]), "hamas": ("organization", ["Hamas"]),
                       "haddad": ("person", ["Karim Haddad"])})
    assert ("haddad", "leads", "hamas") in rels and ("haddad", "leads", "al") not in rels


LYON = {"lyon": ("place", ["Lyon"]), "marseille": ("place", ["Marseille"]), "dubois": ("person", ["Claire Dubois"])}


def test_a_bare_mayor_leads_the_place_his_sentence_sets_things_in():
    _, rels = extract("Riot police in Lyon fired tear gas and the mayor, Claire Dubois, closed the schools.", LYON)
    assert ("dubois", "leads", "lyon") in rels


def test_two_places_take_no_city_and_a_former_mayor_is_read_as_a_sitting_one():
    _, two = extract("Protests in Lyon and in Marseille went on and the mayor, Claire Dubois, closed the schools.", LYON)
    assert not any(s == "dubois" for s, _, _ in two)
    # conv4: the eval makers tie former roles as the present title (seed notes 12)
    _, former = extract("Protests in Lyon went on and the former mayor, Claire Dubois, joined them.", LYON)
    _, sitting = extract("Protests in Lyon went on and the mayor, Claire Dubois, joined them.", LYON)
    assert {r for r in former if r[0] == "dubois"} == {r for r in sitting if r[0] == "dubois"}


def test_a_national_title_serves_its_one_state_named():
    _, rels = extract("The United States and Chile signed a trade accord on Monday. Both sides welcomed the planned "
                      "visit of Treasury Secretary Laura Bent to Santiago.",
                      {"us": ("country", ["United States"]), "chile": ("country", ["Chile"]),
                       "santiago": ("place", ["Santiago"]), "bent": ("person", ["Laura Bent"])})
    assert ("bent", "member_of", "us") in rels and ("bent", "member_of", "chile") not in rels


def test_a_national_title_whose_states_the_text_never_names_takes_no_story_state():
    _, rels = extract("TBILISI, May 3 (Caucasus Wire) - Georgia closed its border crossing on Friday. Secretary of "
                      "State Mark Hale warned that the closure would hurt trade.",
                      {"georgia": ("country", ["Georgia"]), "tbilisi": ("place", ["TBILISI", "Tbilisi"]),
                       "hale": ("person", ["Mark Hale"])})
    assert not any(s == "hale" for s, _, _ in rels)


def test_leaders_of_a_state_make_it_the_acting_state_before_a_bare_head():
    _, rels = extract("NAIROBI, May 2 (Rift Wire) - Kenya's army withdrew from the border town on Sunday.\n\n"
                      "The talks ended on Monday. Leaders of Uganda welcomed the deal. President John Okello said the "
                      "border would reopen.",
                      {"kenya": ("country", ["Kenya"]), "uganda": ("country", ["Uganda"]),
                       "nairobi": ("place", ["NAIROBI", "Nairobi"]), "okello": ("person", ["John Okello"])})
    assert ("okello", "leads", "uganda") in rels and ("okello", "leads", "kenya") not in rels


def test_the_word_lists_are_read_and_checked(tmp_path):
    assert ("secretary", "-", "general") in secretariat_words().titles and "united nations" in secretariat_words().bodies
    assert ("mayor",) in city_head_titles()
    bad = tmp_path / "roles.yaml"
    bad.write_text("secretariats:\n  titles: secretary-general\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        secretariat_words(str(bad))
    bad.write_text("city_heads:\n  names: [mayor]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        city_head_titles(str(bad))


def test_a_speaker_takes_no_dateline_state_when_lawmakers_of_another_state_speak_before():
    _, rels = extract("OSLO, May 2 (Nordic Wire) - Colombia's government and the rebels signed the accord in Norway on "
                      "Monday. Some lawmakers in Bogota criticised the deal. Parliament speaker Ana Ruiz said the "
                      "government should have consulted the legislature.",
                      {"norway": ("country", ["Norway"]), "colombia": ("country", ["Colombia"]),
                       "oslo": ("place", ["OSLO"]), "bogota": ("place", ["Bogota"]), "ruiz": ("person", ["Ana Ruiz"])})
    assert ("ruiz", "member_of", "norway") not in rels


def test_a_chamber_speaker_is_no_state_member():
    _, rels = extract("Peru's congress met on Monday. Senate Speaker Ana Ruiz said lawmakers would keep working.",
                      {**PERU, "senate": ("organization", ["Senate"])})
    assert ("ruiz", "member_of", "peru") not in rels
