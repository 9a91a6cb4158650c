"""Ties in the sentence not read, tenth pass (issue 8, relties10): own sentences from other arenas than the
documents that showed the need (stance_objects.stance_before_name, title_relations.find_ministry, ruled_states.py)."""

from __future__ import annotations

from test_relations import extract

from foothold.extract.relations.ruled_states import state_ruling_verbs

ANDES = {"lopez": ("person", ["Ana Lopez", "Lopez"]), "ortiz": ("person", ["Ben Ortiz", "Ortiz"]),
         "alliance": ("organization", ["Civic Alliance"]), "chile": ("country", ["Chile", "Chilean"]),
         "peru": ("country", ["Peru", "Peruvian"]),
         "mfa": ("organization", ["Ministry of Foreign Affairs"])}


def test_a_ruling_party_after_a_title_is_the_one_led():
    _, rels = extract("Ana Lopez, the chairman of the ruling Civic Alliance party, said the vote was fair.", ANDES)
    assert ("lopez", "leads", "alliance") in rels, rels


def test_a_stance_word_alone_names_no_body():
    _, rels = extract("Ana Lopez, the chairman of the ruling party, said the Civic Alliance would lose.", ANDES)
    assert ("lopez", "leads", "alliance") not in rels, rels


def test_a_minister_of_a_named_state_is_no_head_of_the_texts_bare_ministry():
    text = ("The Ministry of Foreign Affairs said on Monday that it had protested to Peru. Its envoy raised the matter "
            "with the Minister of Foreign Affairs of Chile, Ben Ortiz, who expressed his regret.")
    _, rels = extract(text, ANDES)
    assert ("ortiz", "leads", "mfa") not in rels, rels
    assert ("ortiz", "member_of", "chile") in rels, rels


def test_a_bare_minister_still_heads_the_named_ministry():
    text = "The Ministry of Foreign Affairs said its Minister of Foreign Affairs, Ben Ortiz, would travel to Chile."
    _, rels = extract(text, ANDES)
    assert ("ortiz", "leads", "mfa") in rels, rels


def test_a_person_who_ruled_a_state_leads_it():
    _, rels = extract("Few expected Ana Lopez, who had ruled Chile since a coup in 1994, to lose power.", ANDES)
    assert ("lopez", "leads", "chile") in rels, rels


def test_governed_reads_as_ruled():
    _, rels = extract("Ana Lopez governed Peru for a decade before the army removed her.", ANDES)
    assert ("lopez", "leads", "peru") in rels, rels


def test_a_court_ruling_or_a_ruled_out_step_leads_nothing():
    _, rels = extract("Ana Lopez ruled out talks with Chile on Monday.", ANDES)
    assert ("lopez", "leads", "chile") not in rels, rels
    _, rels = extract("If Ana Lopez ruled Chile, the army would rebel.", ANDES)
    assert ("lopez", "leads", "chile") not in rels, rels


def test_the_ruling_verbs_are_loaded():
    assert {"rule", "govern"} <= state_ruling_verbs()
