"""Tie shapes left over, fifth pass (issue 8, relties5): own sentences from other arenas than the documents that
showed the need (relations/party_of_body.py, definite_possessor.py, ties.apposed_group_of's adjectives)."""

from __future__ import annotations

from test_relations import extract

COLOMBIA = {"front": ("organization", ["Comunes Front", "Frente Comunes"]),
            "farc": ("organization", ["Armed Forces of the Revolution", "Segunda Marquetalia"]),
            "marquez": ("person", ["Iván Márquez"]), "pacto": ("organization", ["Pacto Unido"]),
            "colombia": ("country", ["Colombia"]), "venezuela": ("country", ["Venezuela"])}


def test_political_party_of_a_group_is_its_part():
    _, rels = extract("The Comunes Front, the political party of Segunda Marquetalia, denied any role in the "
                      "kidnapping.", COLOMBIA)
    assert ("front", "part_of", "farc") in rels, rels


def test_party_of_a_group_after_a_title_object():
    _, rels = extract("Prosecutors charged Iván Márquez, the head of the Comunes Front, the civilian movement of "
                      "Segunda Marquetalia, with extortion.", COLOMBIA)
    assert ("front", "part_of", "farc") in rels, rels
    assert ("marquez", "leads", "front") in rels, rels


def test_party_of_a_groups_founder_ties_no_group():
    _, rels = extract("The Comunes Front, the party of Segunda Marquetalia's founder, denied the charge.", COLOMBIA)
    assert ("front", "part_of", "farc") not in rels, rels


def test_list_of_a_group_is_no_part_of_it():
    _, rels = extract("Pacto Unido, the electoral list of the Comunes Front, won ten seats.", COLOMBIA)
    assert ("pacto", "part_of", "front") not in rels, rels


def test_adjective_before_party_of_a_person():
    _, rels = extract("The vote went to the Comunes Front, the leftist party of Iván Márquez, and two others.",
                      COLOMBIA)
    assert ("marquez", "leads", "front") in rels, rels


def test_several_adjectives_before_party_of_a_person():
    _, rels = extract("The Comunes Front, the small leftist party of Iván Márquez, won two seats.", COLOMBIA)
    assert ("marquez", "leads", "front") in rels, rels


def test_the_front_s_patron_is_the_front_named_before():
    _, rels = extract("The Comunes Front faces Pacto Unido in the March vote. Venezuela, the front's patron, has "
                      "promised money.", COLOMBIA)
    assert ("venezuela", "allied_with", "front") in rels, rels
    assert ("venezuela", "allied_with", "pacto") not in rels, rels


def test_the_bloc_s_backer_with_no_bloc_named_binds_nothing():
    _, rels = extract("The Comunes Front faces Pacto Unido in the March vote. Venezuela, the bloc's main backer, "
                      "has promised money.", COLOMBIA)
    assert not any(s == "venezuela" and p == "allied_with" for s, p, _ in rels), rels


def test_the_bloc_s_patron_where_the_mention_stops_before_bloc():
    actors = {**COLOMBIA, "esperanza": ("organization", ["Esperanza"])}
    _, rels = extract("Pacto Unido faces the Esperanza bloc in the March vote. Venezuela, the bloc's patron, has "
                      "promised money.", actors)
    assert ("venezuela", "allied_with", "esperanza") in rels, rels
    assert ("venezuela", "allied_with", "pacto") not in rels, rels


SANCTIONS = {"treasury": ("organization", ["Department of the Treasury"]), "eu": ("organization", ["European Union"]),
             "firm": ("organization", ["Baltic Freight"]), "boss": ("person", ["Anders Lind"]),
             "group": ("organization", ["Wagner Group"]), "us": ("country", ["United States"])}


def test_designated_for_assisting_is_the_designees_deed():
    _, rels = extract("The Department of the Treasury designated the shipping firm Baltic Freight and its owner, "
                      "Anders Lind, for assisting the Wagner Group.", SANCTIONS)
    assert ("treasury", "allied_with", "group") not in rels, rels
    assert ("firm", "allied_with", "group") in rels, rels
    assert ("boss", "leads", "firm") in rels, rels


def test_sanctioned_for_supporting_in_the_passive():
    _, rels = extract("Baltic Freight was sanctioned by the European Union for supporting the Wagner Group.",
                      SANCTIONS)
    assert ("firm", "allied_with", "group") in rels, rels
    assert ("eu", "allied_with", "group") not in rels, rels


def test_support_without_a_punishment_stays_the_subjects():
    _, rels = extract("The United States supports Baltic Freight.", SANCTIONS)
    assert ("us", "allied_with", "firm") in rels, rels
