"""Tie shapes read on unseen text (issue 8, relfresh): own sentences from other arenas than the documents that
showed the need (relations/candidacies.py, the apposition anchor read past an
unnamed of-phrase and 'another', 'closest to' in an apposition, and the 'its' of a clause whose subject is 'it')."""

from __future__ import annotations

from test_relations import extract

PARTIES = {"ruto": ("person", ["William Ruto"]), "uda": ("organization", ["United Democratic Alliance"]),
           "odinga": ("person", ["Raila Odinga"]), "azimio": ("organization", ["Azimio"]),
           "kenya": ("country", ["Kenya"])}


def test_the_candidate_of_a_party_is_its_member():
    _, rels = extract("William Ruto is the candidate of the United Democratic Alliance, which won the most seats.",
                      PARTIES)
    assert ("ruto", "member_of", "uda") in rels, rels


def test_the_candidate_of_a_name_on_a_common_noun():
    _, rels = extract("Raila Odinga, the candidate of the Azimio coalition, came second.", PARTIES)
    assert ("odinga", "member_of", "azimio") in rels, rels


def test_its_own_candidate_named_after_a_comma():
    _, rels = extract("The United Democratic Alliance had withdrawn its own candidate, Raila Odinga, on Monday "
                      "to back another man.", PARTIES)
    assert ("odinga", "member_of", "uda") in rels, rels


def test_a_candidate_for_membership_names_no_party():
    _, rels = extract("Kenya, a candidate for membership of the United Democratic Alliance, applied in May.",
                      PARTIES)
    assert not any(p == "member_of" for _, p, _ in rels), rels


NETWORK = {"hm": ("organization", ["Hizb al-Mustaqbal"]), "irgc": ("organization", ["Quds Legion"]),
           "syria": ("country", ["Syria"]), "turkey": ("country", ["Turkey"]), "snf": ("organization", ["Free Front"])}


def test_an_apposition_read_past_its_unnamed_of_phrase():
    _, rels = extract("Hizb al-Mustaqbal, the coalition of Sunni parties close to Turkey that won the vote, "
                      "formed a government.", NETWORK)
    assert ("hm", "allied_with", "turkey") in rels, rels


def test_another_opens_an_apposition():
    _, rels = extract("The Free Front, another militia close to Turkey, shelled the town.", NETWORK)
    assert ("snf", "allied_with", "turkey") in rels, rels


def test_closest_to_in_an_apposition_but_not_as_nearness():
    _, rels = extract("Most seats went to the Free Front, the Sunni bloc closest to Turkey.", NETWORK)
    assert ("snf", "allied_with", "turkey") in rels, rels
    _, rels = extract("The Free Front shelled the villages closest to Turkey.", NETWORK)
    assert ("snf", "allied_with", "turkey") not in rels, rels


def test_its_follows_the_subject_it_not_the_nearest_name():
    _, rels = extract("Hizb al-Mustaqbal has fought Syria along the river since May, when it opened a new front "
                      "in support of its ally the Free Front.", NETWORK)
    assert ("snf", "allied_with", "hm") in rels, rels
    assert ("snf", "allied_with", "syria") not in rels, rels


STATES = {"chile": ("country", ["Chile", "Chilean"]), "servel": ("organization", ["Servel"]),
          "cong": ("organization", ["Congreso Nacional"]), "rn": ("organization", ["Renovacion Nacional"]),
          "ana": ("organization", ["ANA"])}


def test_a_body_apposed_after_a_states_body_description():
    _, rels = extract("Chile's electoral commission, Servel, certified the count on Monday.", STATES)
    assert ("servel", "part_of", "chile") in rels, rels
    _, rels = extract("Chile's financial watchdog, ANA, fined the bank.", STATES)
    assert ("ana", "part_of", "chile") in rels, rels


def test_a_body_apposed_before_a_states_body_description():
    _, rels = extract("The Congreso Nacional, Chile's parliament, passed the bill.", STATES)
    assert ("cong", "part_of", "chile") in rels, rels


def test_a_states_party_or_militia_is_no_state_body():
    _, rels = extract("Chile's main opposition party, Renovacion Nacional, rejected the bill.", STATES)
    assert ("rn", "part_of", "chile") not in rels, rels


def test_a_verb_object_written_after_a_stance():
    _, rels = extract("Luis Pardo, who leads the opposition Renovacion Nacional, spoke.",
                      {**STATES, "pardo": ("person", ["Luis Pardo"])})
    assert ("pardo", "leads", "rn") in rels, rels


FRONTS = {"kna": ("organization", ["Karen National Army"]), "cdf": ("organization", ["Chin Defence Front"]),
          "pdf": ("organization", ["People's Defence Force"]), "nuf": ("organization", ["Northern Union Front"]),
          "union": ("organization", ["Union"])}


def test_listed_bodies_calling_themselves_a_group_are_part_of_it():
    _, rels = extract("The Karen National Army and the Chin Defence Front, which call themselves the Northern Union "
                      "Front, seized the pass on Sunday.", FRONTS)
    assert {("kna", "part_of", "nuf"), ("cdf", "part_of", "nuf")} <= rels, rels


def test_listed_bodies_that_together_form_a_group():
    _, rels = extract("The Karen National Army and the Chin Defence Front, which together form the Northern Union "
                      "Front, seized the pass.", FRONTS)
    assert ("kna", "part_of", "nuf") in rels, rels


def test_a_group_that_unites_named_bodies():
    _, rels = extract("The rebels launched the Northern Union Front, which unites his allies and the People's "
                      "Defence Force.", FRONTS)
    assert ("pdf", "part_of", "nuf") in rels, rels


def test_one_body_calling_itself_something_forms_no_group():
    _, rels = extract("The Karen National Army, which calls the Chin Defence Front a traitor, seized the pass.", FRONTS)
    assert ("kna", "part_of", "cdf") not in rels, rels


def test_a_unit_cue_in_the_second_conjunct_of_an_apposition():
    _, rels = extract("The Chin Defence Front, a militia backed by the Union and part of the Northern Union Front, "
                      "seized the pass.", FRONTS)
    assert ("cdf", "part_of", "nuf") in rels, rels


def test_a_unit_cue_outside_the_apposition_binds_no_apposed_name():
    _, rels = extract("The Chin Defence Front, a militia backed by the Union, seized the pass and part of the "
                      "Northern Union Front withdrew.", FRONTS)
    assert ("cdf", "part_of", "nuf") not in rels, rels


def test_an_envoys_posting_after_the_state_he_serves():
    envoys = {"peru": ("country", ["Peru"]), "chile": ("country", ["Chile"]), "lopez": ("person", ["Ana Lopez"])}
    _, rels = extract("Lima recalled the Ambassador of Peru to Chile, Ana Lopez, for consultations.", envoys)
    assert ("lopez", "member_of", "peru") in rels and ("lopez", "member_of", "chile") not in rels, rels
