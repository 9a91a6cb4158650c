"""Ties not read, read elsewhere and spurious pairs, sixth pass (issue 8, relties6): own sentences from other arenas
than the documents that showed the need (relations/list_items.py titled items, people_listed_with_body.py,
named_noun_owner.py, party_names.py, imputed.py on alignment cues, found.py part_of cycles)."""

from __future__ import annotations

from test_relations import extract

CZECH = {"novak": ("person", ["Jan Novak"]), "dvorak": ("person", ["Petr Dvorak"]),
         "svoboda": ("person", ["Karel Svoboda"]), "civic": ("organization", ["Civic Alliance"]),
         "pirates": ("organization", ["Pirate Party"]), "czechia": ("country", ["Czech Republic", "Czech"])}


def test_apposed_title_before_a_titled_list_item_is_its_holders():
    _, rels = extract("The rally was attended by Jan Novak, the leader of the Civic Alliance, former prime minister "
                      "Petr Dvorak and Karel Svoboda of the Pirate Party.", CZECH)
    assert ("novak", "leads", "civic") in rels, rels
    assert ("dvorak", "leads", "civic") not in rels, rels


def test_titled_conjunct_is_no_member_of_the_last_ones_body():
    _, rels = extract("The rally was attended by Jan Novak, the leader of the Civic Alliance, former prime minister "
                      "Petr Dvorak and Karel Svoboda of the Pirate Party.", CZECH)
    assert ("svoboda", "member_of", "pirates") in rels, rels
    assert ("dvorak", "member_of", "pirates") not in rels, rels


def test_untitled_conjuncts_still_share_the_body():
    _, rels = extract("Petr Dvorak and Karel Svoboda of the Pirate Party were detained in Brno.", CZECH)
    assert ("svoboda", "member_of", "pirates") in rels, rels
    assert ("dvorak", "member_of", "pirates") in rels, rels


def test_apposed_title_followed_by_an_untitled_item_is_unchanged():
    _, rels = extract("Jan Novak, the leader of the Civic Alliance, said on Monday he would run again.", CZECH)
    assert ("novak", "leads", "civic") in rels, rels


SINGAPORE = {"nus": ("organization", ["National University of Singapore"]), "tan": ("person", ["Tan Wei Ming"]),
             "lim": ("person", ["Lim Hui Shan"]), "meridian": ("organization", ["Meridian Mining Company"]),
             "singapore": ("country", ["Singapore"])}


def test_the_universitys_head_is_the_university_named_before():
    _, rels = extract("Police fired tear gas at students on a bridge at the National University of Singapore. The "
                      "university's vice-chancellor, Tan Wei Ming, tried to mediate.", SINGAPORE)
    assert ("tan", "leads", "nus") in rels, rels
    assert ("tan", "leads", "singapore") not in rels, rels


def test_the_companys_chief_is_the_company_named_before():
    _, rels = extract("The Meridian Mining Company said its output fell by half. The company's chief executive, "
                      "Lim Hui Shan, resigned on Friday.", SINGAPORE)
    assert ("lim", "leads", "meridian") in rels, rels


def test_a_noun_no_name_holds_binds_nothing():
    _, rels = extract("The Meridian Mining Company said its output fell by half. The bank's chief executive, "
                      "Lim Hui Shan, resigned on Friday.", SINGAPORE)
    assert ("lim", "leads", "meridian") not in rels, rels


def test_a_place_noun_is_left_to_the_state_readers():
    _, rels = extract("The Meridian Mining Company Republic said output fell. The republic's president, "
                      "Lim Hui Shan, resigned on Friday.", SINGAPORE)
    assert ("lim", "leads", "meridian") not in rels, rels


MALAWI = {"chakwera": ("person", ["Lazarus Chakwera"]), "mcp": ("organization", ["Malawi Congress Party"]),
          "mec": ("organization", ["Malawi Electoral Commission"]),
          "mdf": ("organization", ["Malawi Defence Force"]), "malawi": ("country", ["Malawi"])}


def test_a_party_named_with_its_country_is_no_part_of_the_state():
    _, rels = extract("Lazarus Chakwera of the Malawi Congress Party thanked the Malawi Defence Force for keeping "
                      "order in Malawi.", MALAWI)
    assert ("mcp", "part_of", "malawi") not in rels, rels
    assert ("mdf", "part_of", "malawi") in rels, rels


LITHUANIA = {"front": ("organization", ["Popular Front"]), "jonas": ("person", ["Jonas Petrauskas"]),
             "russia": ("country", ["Russia"]), "lithuania": ("country", ["Lithuania"]),
             "belarus": ("country", ["Belarus"])}


def test_the_accuser_is_no_ally_of_whom_the_accused_helped():
    _, rels = extract("The Popular Front, an armed group, had accused Jonas Petrauskas last month of helping "
                      "Russia.", LITHUANIA)
    assert ("front", "allied_with", "russia") not in rels, rels
    _, rels = extract("Lithuania accused Belarus of helping Russia.", LITHUANIA)
    assert ("lithuania", "allied_with", "russia") not in rels, rels


def test_an_own_pledge_of_support_still_allies():
    _, rels = extract("The Popular Front vowed to support Russia.", LITHUANIA)
    assert ("front", "allied_with", "russia") in rels, rels


YEMEN = {"zaidi": ("organization", ["Zaidi Front"]), "council": ("organization", ["Supreme Council"])}


def test_a_part_of_cycle_keeps_the_possessive():
    # a member's surname taken for the group ("Omar al-Zaidi" -> "Zaidi Front") made the group part of its own council
    ctx, rels = extract("The Zaidi Front fired a missile. Omar al-Zaidi Front, a member of the Zaidi Front's Supreme "
                        "Council, denied any role.", YEMEN)
    assert ("council", "part_of", "zaidi") in rels, rels
    assert ("zaidi", "part_of", "council") not in rels, rels


def test_an_alignment_in_the_accusers_own_apposition_is_still_read():
    _, rels = extract("The Popular Front, an armed group close to Russia, rejected the deal on Monday.", LITHUANIA)
    assert ("front", "allied_with", "russia") in rels, rels


BRIGADE = {"novak": ("person", ["Jan Novak"]), "dvorak": ("person", ["Petr Dvorak"]),
           "commission": ("organization", ["Border Service Commission"]),
           "brigade": ("organization", ["Pirate Brigade"])}


def test_a_titled_holder_keeps_the_copulas_second_post():
    _, rels = extract("Jan Novak has chaired the Border Service Commission since 2014. The commission's chief of "
                      "staff, Petr Dvorak, known as Abu Petr, is a veteran commander of the Pirate Brigade.", BRIGADE)
    assert ("dvorak", "member_of", "commission") in rels, rels
    assert ("dvorak", "leads", "brigade") in rels, rels


def test_an_age_between_holder_and_title():
    _, rels = extract("Jan Novak, 53, the leader of the Civic Alliance, said he would run.", CZECH)
    assert ("novak", "leads", "civic") in rels, rels


def test_an_age_between_name_and_relative_clause():
    _, rels = extract("Jan Novak, 53, a former journalist who has run the Civic Alliance since 2016, pledged to hold "
                      "early elections.", CZECH)
    assert ("novak", "leads", "civic") in rels, rels


def test_a_year_between_commas_is_no_age():
    _, rels = extract("Jan Novak, 2016, the leader of the Civic Alliance, said he would run.", CZECH)
    assert ("novak", "leads", "civic") not in rels, rels


LAGOS = {"berg": ("person", ["Anna Berg"]), "lagos": ("place", ["Lagos", "Kharkiv"]),
         "meridian": ("organization", ["Meridian Mining Company"]), "guard": ("organization", ["Civic Guard"]),
         "ukraine": ("country", ["Ukraine"])}


def test_the_head_of_a_bodys_local_office_serves_the_body():
    _, rels = extract("Anna Berg, the head of the Lagos office of the Meridian Mining Company, was detained.", LAGOS)
    assert ("berg", "member_of", "meridian") in rels, rels
    assert ("berg", "leads", "lagos") not in rels, rels
    _, rels = extract("Anna Berg, the commander of the Kharkiv branch of the Civic Guard, was detained.", LAGOS)
    assert ("berg", "member_of", "guard") in rels, rels


def test_a_place_of_a_country_is_still_the_place():
    _, rels = extract("Anna Berg, the governor of the Kharkiv region of Ukraine, was detained.", LAGOS)
    assert ("berg", "leads", "lagos") in rels, rels
    _, rels = extract("Anna Berg, the mayor of Lagos, was detained.", LAGOS)
    assert ("berg", "leads", "lagos") in rels, rels


def test_a_hostility_in_the_rejecters_own_apposition_is_still_read():
    _, rels = extract("The Popular Front, an armed group hostile to Russia, rejected the deal on Monday.", LITHUANIA)
    assert ("front", "opposes", "russia") in rels, rels
    _, rels = extract("Lithuania accused Belarus of a campaign against Russia.", LITHUANIA)
    assert ("lithuania", "opposes", "russia") not in rels, rels
