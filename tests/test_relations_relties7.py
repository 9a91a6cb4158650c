"""Ties not read or read elsewhere, seventh pass (issue 8, relties7): own sentences from other arenas than the
documents that showed the need (relations/principal_staff.py)."""

from __future__ import annotations

from test_relations import extract

from foothold.extract.relations.principal_staff import staff_words

BALTIC = {"front": ("organization", ["Patriotic Front", "front"]), "kova": ("person", ["Jan Kova"]),
          "mira": ("person", ["Mira Lenz"]), "tv": ("organization", ["Channel Nine"]),
          "un": ("organization", ["United Nations"]), "ben": ("person", ["Ben Ortiz"]),
          "sara": ("person", ["Sara Holm"]), "chile": ("country", ["Chile", "Chilean"]),
          "pablo": ("person", ["Pablo Rey"]), "ana": ("person", ["Ana Ruiz"]), "peru": ("country", ["Peru"])}


def test_his_deputy_serves_the_body_his_principal_leads():
    _, rels = extract("The ministry also sanctioned the front's leader, Jan Kova, and his brother and deputy, "
                      "Mira Lenz, on Monday.", BALTIC)
    assert ("kova", "leads", "front") in rels, rels
    assert ("mira", "member_of", "front") in rels, rels


def test_his_cameraman_works_for_the_reporters_outlet():
    _, rels = extract("Police condemned the killing of the Channel Nine reporter Ben Ortiz and his cameraman, "
                      "Sara Holm, in Lima.", BALTIC)
    assert ("sara", "member_of", "tv") in rels, rels


def test_an_envoy_phrase_with_a_place_serves_the_secretary_generals_body():
    _, rels = extract("Peru called on the Secretary-General of the United Nations, Pablo Rey, and his Personal Envoy "
                      "for the Andes, Ana Ruiz, to act.", BALTIC)
    assert ("ana", "member_of", "un") in rels, rels
    assert ("ana", "member_of", "peru") not in rels, rels


def test_a_state_heads_deputy_serves_the_state():
    _, rels = extract("Chilean President Pablo Rey named his deputy, Ana Ruiz, as the new envoy.", BALTIC)
    assert ("ana", "member_of", "chile") in rels, rels


def test_a_groups_spokesman_leads_it_as_a_bodys_spokesman_does():
    _, rels = extract("Jan Kova, the leader of the Patriotic Front, spoke at length. His spokesman, Mira Lenz, "
                      "later denied it.", BALTIC)
    assert ("mira", "leads", "front") in rels, rels


def test_a_principal_of_no_known_body_binds_nothing():
    _, rels = extract("Jan Kova, the leader of the Patriotic Front, met Pablo Rey and his aide Ana Ruiz.", BALTIC)
    assert ("ana", "member_of", "front") not in rels, rels


def test_kin_are_no_staff():
    _, rels = extract("Jan Kova, the leader of the Patriotic Front, said his brother, Mira Lenz, had fled.", BALTIC)
    assert ("mira", "member_of", "front") not in rels, rels


def test_a_staff_phrase_naming_a_body_of_its_own_binds_nothing():
    _, rels = extract("Jan Kova, the leader of the Patriotic Front, and his adviser at Channel Nine, Mira Lenz, "
                      "left.", BALTIC)
    assert ("mira", "member_of", "front") not in rels, rels


def test_staff_nouns_are_read_from_the_data_file():
    words = staff_words()
    assert "deputy" in words.staff_nouns and "spokesman" in words.speaker_nouns
    assert "brother" not in words.staff_nouns


JUSTICE = {"front": ("organization", ["Patriotic Front"]), "kova": ("person", ["Jan Kova"]),
           "mira": ("person", ["Mira Lenz"]), "dept": ("organization", ["Department of Justice", "Department"])}


def test_the_groups_leader_is_no_leader_of_the_designating_office():
    _, rels = extract("Today, the Department of Justice is designating the Patriotic Front as a terrorist "
                      "organisation. The Department is also designating the group's leader, Jan Kova, and his "
                      "deputy, Mira Lenz, as terrorists.", JUSTICE)
    assert ("kova", "leads", "front") in rels, rels
    assert ("kova", "leads", "dept") not in rels, rels
    assert ("mira", "member_of", "front") in rels, rels


def test_the_groups_leader_with_no_group_named_binds_no_office():
    _, rels = extract("The Department of Justice designated the group's leader, Jan Kova, on Monday.", JUSTICE)
    assert ("kova", "leads", "dept") not in rels, rels


def test_the_groups_leader_after_the_group_as_subject_is_unchanged():
    _, rels = extract("The Patriotic Front seized the town. The group's leader, Jan Kova, said it would hold it.",
                      JUSTICE)
    assert ("kova", "leads", "front") in rels, rels


def test_the_person_coordinated_before_the_pronoun_is_its_principal():
    _, rels = extract("Sara Holm of the United Nations condemned the killing of the Channel Nine reporter Ben Ortiz "
                      "and his cameraman, Ana Ruiz, in Lima.", BALTIC)
    assert ("ana", "member_of", "tv") in rels, rels
    assert ("ana", "member_of", "un") not in rels, rels


def test_an_opening_its_before_a_title_is_the_country_subject_before():
    _, rels = extract("Chile did not comment directly. Its ambassador in Lima, Ana Ruiz, told reporters that "
                      "Santiago supported the talks.", BALTIC)
    assert ("ana", "member_of", "chile") in rels, rels


def test_an_opening_its_with_no_actor_subject_before_is_the_one_body_named_there():
    _, rels = extract("Protests organised by the Patriotic Front brought Lima to a standstill, and police fired tear "
                      "gas. Its chairman, Ana Ruiz, said the protests would stop.", BALTIC)
    assert ("ana", "leads", "front") in rels, rels


def test_an_opening_its_with_two_bodies_named_before_binds_neither():
    _, rels = extract("Protests organised by the Patriotic Front and Channel Nine brought Lima to a standstill. "
                      "Its chairman, Ana Ruiz, said the protests would stop.",
                      {**BALTIC, "tv": ("organization", ["Channel Nine"])})
    assert ("ana", "leads", "front") not in rels and ("ana", "leads", "tv") not in rels, rels


ANDES = {"front": ("organization", ["Patriotic Front"]), "greens": ("organization", ["Green Party"]),
         "clan": ("organization", ["Bari clan"]), "brigade": ("organization", ["4th Infantry Brigade"]),
         "legion": ("organization", ["Iron Legion"]), "us": ("country", ["US"])}


def test_a_coalition_formed_with_a_party_allies_them():
    _, rels = extract("The Patriotic Front formed a coalition with the Green Party on Monday.", ANDES)
    assert ("front", "allied_with", "greens") in rels, rels
    assert ("greens", "allied_with", "front") not in rels, rels      # the gold's direction: the subject's


def test_partners_of_one_coalition_are_not_paired_with_each_other():
    _, rels = extract("The Patriotic Front formed a coalition with the Green Party and the Bari clan.", ANDES)
    assert ("front", "allied_with", "greens") in rels and ("front", "allied_with", "clan") in rels, rels
    assert ("greens", "allied_with", "clan") not in rels, rels


def test_a_coalition_formed_against_a_party_allies_no_one():
    _, rels = extract("The US formed a coalition against the Iron Legion.", ANDES)
    assert not any(p == "allied_with" for _, p, _ in rels), rels


def test_the_people_of_a_group_fighting_alongside_in_a_relative_clause_are_the_group():
    _, rels = extract("Tribesmen of the Bari clan, who fight alongside the 4th Infantry Brigade, repelled the "
                      "assault.", ANDES)
    assert ("clan", "allied_with", "brigade") in rels, rels


SANTIAGO = {"greens": ("organization", ["Green Party"]), "ana": ("person", ["Ana Ruiz"]),
            "pablo": ("person", ["Pablo Rey"]), "chile": ("country", ["Chile", "Chilean"])}


def test_the_hon_between_a_title_and_its_holder():
    _, rels = extract("Today I met the Prime Minister of Chile, the Hon Ana Ruiz, in Suva.", SANTIAGO)
    assert ("ana", "leads", "chile") in rels, rels


def test_a_locative_between_a_title_and_its_holder():
    _, rels = extract("A spokesman for the Green Party in parliament, Ana Ruiz, accused the government of lying.",
                      SANTIAGO)
    assert ("ana", "leads", "greens") in rels, rels


def test_a_long_phrase_after_in_is_no_locative():
    _, rels = extract("Pablo Rey, the leader of the Green Party in the southern hill country of the Andes, Ana "
                      "Ruiz and others marched.", SANTIAGO)
    assert ("ana", "leads", "greens") not in rels, rels


def test_joined_after_then_takes_the_first_verbs_subject():
    _, rels = extract("Ana Ruiz, a cleric, led fighters of the Patriotic Front after 2003, then joined the Green "
                      "Party, the movement of Pablo Rey.", {**SANTIAGO, "front": ("organization", ["Patriotic Front"])})
    assert ("ana", "member_of", "greens") in rels, rels


def test_led_one_body_and_then_another():
    _, rels = extract("Ana Ruiz led the Green Party from 2006 to 2008 and then the Patriotic Front until 2016.",
                      {**SANTIAGO, "front": ("organization", ["Patriotic Front"])})
    assert ("ana", "leads", "greens") in rels and ("ana", "leads", "front") in rels, rels


def test_a_verb_conjunct_with_its_own_subject_is_no_second_body():
    _, rels = extract("Ana Ruiz led the Green Party in 2006 and Pablo Rey took over in 2008.", SANTIAGO)
    assert ("pablo", "leads", "greens") not in rels and ("ana", "leads", "greens") in rels, rels


def test_named_with_an_apposition_as_a_bodys_officer():
    _, rels = extract("In February, the commission named Ana Ruiz, a veteran commander of the Patriotic Front, as "
                      "the Green Party's chief of staff.", {**SANTIAGO, "front": ("organization", ["Patriotic Front"])})
    assert ("ana", "member_of", "greens") in rels, rels


RELIEF = {"chile": ("country", ["Chile", "Chilean"]), "rc": ("organization", ["Red Crescent Society", "Red Crescent"]),
          "icrc": ("organization", ["International Committee of the Red Cross"])}


def test_a_states_own_red_crescent_is_part_of_it():
    _, rels = extract("Chile's Red Crescent Society set up 40 field clinics along the road.", RELIEF)
    assert ("rc", "part_of", "chile") in rels, rels


def test_the_international_committee_is_no_states():
    _, rels = extract("The International Committee of the Red Cross visited Chile in May.", RELIEF)
    assert ("icrc", "part_of", "chile") not in rels, rels
