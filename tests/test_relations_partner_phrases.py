"""Partner phrases (relations/verbs.py, issue 8): one apposed to a name the parser read as the clause's subject still
ties the name (`misparsed_apposition`); a partner "against" a party makes its owner hostile too (`partner_against`);
partners joined "to fight" a party both oppose it (`partners_fight`).
Own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"hsi": ("organization", ["Harakat Sham al-Islam wal-Muslimin", "HSI"]),
          "aq": ("organization", ["al-Qaeda"])}


def test_an_affiliate_phrase_after_a_long_name_and_its_acronym():
    _, rels = extract("On 2 March, Harakat Sham al-Islam wal-Muslimin (HSI), the al-Qaeda ally in the north, denied "
                      "any involvement.", ACTORS)
    assert ("hsi", "allied_with", "aq") in rels, rels


def test_a_partner_noun_subject_with_no_name_before_binds_no_one():
    _, rels = extract("On 2 March the al-Qaeda ally in the north, a small group, denied any involvement.", ACTORS)
    assert not rels, rels


PARTNERS = {"chad": ("country", ["Chad"]), "front": ("organization", ["Sahel Front"]),
            "jnim": ("organization", ["Ansar Dine"])}


def test_a_partner_against_a_party_makes_its_owner_hostile_too():
    _, rels = extract("For years Chad treated the Sahel Front as its partner against Ansar Dine.", PARTNERS)
    assert ("chad", "allied_with", "front") in rels and ("chad", "opposes", "jnim") in rels, rels
    _, rels = extract("Chad did not treat the Sahel Front as its partner against Ansar Dine.", PARTNERS)
    assert ("chad", "opposes", "jnim") not in rels, rels


FIGHT = {"peru": ("country", ["Peru"]), "bolivia": ("country", ["Bolivia"]),
         "sendero": ("organization", ["Shining Path"])}


def test_partners_joined_to_fight_a_party_both_oppose_it():
    # relations/verbs.py `partners_fight`, and "X, with whom Y partnered" read by its words
    _, rels = extract("Peru has partnered with Bolivia to fight the Shining Path.", FIGHT)
    assert ("peru", "opposes", "sendero") in rels and ("bolivia", "opposes", "sendero") in rels, rels
    _, rels = extract("The cost falls on Bolivia, with whom Peru has partnered to fight the Shining Path since 1990.",
                      FIGHT)
    assert ("peru", "allied_with", "bolivia") in rels and ("bolivia", "opposes", "sendero") in rels, rels


def test_partners_joined_for_anything_else_share_no_hostility():
    _, rels = extract("Peru has partnered with Bolivia to build roads near the Shining Path's old bases.", FIGHT)
    assert ("bolivia", "opposes", "sendero") not in rels, rels
