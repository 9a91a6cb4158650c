"""Tie shapes read on unseen text, third pass (issue 8, relties3): own sentences from other arenas than the documents
that showed the need (relations/possessed_support.py, relations/named_kind.py)."""

from __future__ import annotations

import pytest

from foothold.extract.relations.possessed_support import backing_words
from test_relations import extract

ANDES = {"cuba": ("country", ["Cuba"]), "eln": ("organization", ["National Liberation Army", "ELN"]),
         "venezuela": ("country", ["Venezuela"]), "colombia": ("country", ["Colombia"]),
         "bogota": ("place", ["Bogota"]), "farc": ("organization", ["FARC"]),
         "unasur": ("organization", ["Union of South American Nations"])}


def test_a_named_possessors_support_for_a_group_allies_them():
    _, rels = extract("Bogota has found a cheap way to answer Cuba's support for the National Liberation Army.", ANDES)
    assert ("cuba", "allied_with", "eln") in rels, rels
    assert not any(s == "bogota" for s, _, _ in rels), rels


def test_backing_of_and_a_possessor_phrase_with_of():
    _, rels = extract("Venezuela's backing of the ELN threatens the peace, and the Government of Cuba's support for "
                      "the FARC is no secret.", ANDES)
    assert ("venezuela", "allied_with", "eln") in rels, rels
    assert ("cuba", "allied_with", "farc") in rels, rels


def test_support_for_a_sides_industry_backs_the_side():
    _, rels = extract("The envoy raised concern over Cuba's support for Venezuela's oil industry and its effect on "
                      "the region.", ANDES)
    assert ("cuba", "allied_with", "venezuela") in rels, rels


def test_support_for_a_states_sovereignty_is_no_tie():
    _, rels = extract("The minister reaffirmed Cuba's support for Colombia's sovereignty.", ANDES)
    assert ("cuba", "allied_with", "colombia") not in rels, rels


def test_a_place_or_a_pronoun_possessor_is_left_to_the_cues():
    _, rels = extract("Analysts in Bogota doubted Bogota's support for the ELN.", ANDES)
    assert not any(p == "allied_with" for _, p, _ in rels), rels


def test_a_question_states_no_backing():
    _, rels = extract("Will Cuba's support for the ELN last?", ANDES)
    assert ("cuba", "allied_with", "eln") not in rels, rels


def test_the_backing_words_are_data():
    words = backing_words()
    assert "support" in words.backing_nouns and "for" in words.backed_prepositions
    assert "sovereignty" in words.state_attributes


SERVICES = {"egypt": ("country", ["Egypt"]), "mukhabarat": ("organization", ["Mukhabarat"]),
            "peru": ("country", ["Peru"]), "dincote": ("organization", ["Dincote"]),
            "iran": ("country", ["Iran"]), "hezbollah": ("organization", ["Hezbollah"]),
            "russia": ("country", ["Russia"]), "wagner": ("organization", ["Wagner"])}


@pytest.mark.parametrize("text, unit, state", [
    ("Hamas fired rockets at what it called a base of Egypt's Mukhabarat intelligence agency.", "mukhabarat", "egypt"),
    ("A roadside bomb killed two officers of Peru's Dincote police directorate.", "dincote", "peru"),
])
def test_a_name_followed_by_a_state_body_noun_is_the_states_body(text, unit, state):
    _, rels = extract(text, SERVICES)
    assert (unit, "part_of", state) in rels, rels


@pytest.mark.parametrize("text, group, state", [
    ("Iran's Hezbollah ally fired rockets at the town.", "hezbollah", "iran"),
    ("Russia's Wagner mercenary group took the town.", "wagner", "russia"),
])
def test_a_name_followed_by_another_noun_is_no_state_body(text, group, state):
    _, rels = extract(text, SERVICES)
    assert (group, "part_of", state) not in rels, rels


HORN = {"league": ("organization", ["Arab League"]), "somalia": ("country", ["Somalia"]),
        "kenya": ("country", ["Kenya"]), "shabaab": ("organization", ["al-Shabaab"]),
        "ruto": ("person", ["William Ruto"])}


@pytest.mark.parametrize("text, judge, side", [
    ("William Ruto called the attack an outrageous violation of Somalia's sovereignty.", "ruto", "somalia"),
    ("The Arab League described the raids on Somalia as illegal.", "league", "somalia"),
])
def test_who_names_an_attack_did_not_make_it(text, judge, side):
    _, rels = extract(text, HORN)
    assert (judge, "opposes", side) not in rels, rels


def test_calling_for_attacks_still_states_hostility():
    _, rels = extract("al-Shabaab called for attacks on Kenya during the holidays.", HORN)
    assert ("shabaab", "opposes", "kenya") in rels, rels


PACIFIC = {"chile": ("country", ["Chile"]), "peru": ("country", ["Peru"]), "colombia": ("country", ["Colombia"]),
           "pa": ("organization", ["Pacific Alliance"]), "bolivia": ("country", ["Bolivia"])}


def test_founders_of_a_named_alliance_are_its_members():
    _, rels = extract("Chile, Peru and Colombia formed the Pacific Alliance in 2011.", PACIFIC)
    assert {("chile", "part_of", "pa"), ("peru", "part_of", "pa"), ("colombia", "part_of", "pa")} <= rels, rels
    assert not any(p == "allied_with" for _, p, _ in rels), rels


def test_an_unnamed_alliance_still_allies_its_parties():
    _, rels = extract("Chile and Peru formed an alliance against Bolivia.", PACIFIC)
    assert ("chile", "allied_with", "peru") in rels, rels


def test_a_name_cut_after_its_of_runs_over_the_capitalised_words():
    from spacy.tokens import Span
    from foothold.extract.actors.of_cut_names import of_cut_name
    from foothold.extract.nlp import load_stock
    doc = load_stock()("Chile and Peru founded the Union of Andean Nations in 1969.")
    cut = Span(doc, 4, 7, label="ORG")                  # "the Union of", as the NER cuts it before a place
    assert cut.text == "the Union of"
    assert of_cut_name(cut).text == "the Union of Andean Nations"


def test_a_cut_name_before_lower_case_words_stays():
    from spacy.tokens import Span
    from foothold.extract.actors.of_cut_names import of_cut_name
    from foothold.extract.nlp import load_stock
    doc = load_stock()("Chile and Peru founded the Union of states in 1969.")
    cut = Span(doc, 4, 7, label="ORG")
    assert of_cut_name(cut).text == "the Union of"
