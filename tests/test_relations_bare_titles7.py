"""Bare titles, seventh pass (issue 8, reltitle7): a city's other Latin spelling places a story
(relations/city_spellings.py), a vice president is no second head barred by the president named before
(title_relations.head_named_before), a visit noun in the holder's adjunct makes the holder a visitor
(visitor_home.visit_adjunct_destinations), and "X, adviser to Prime Minister Y" gives each title its own holder
(relations/served_titles.py). Own sentences, arenas outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

from foothold.extract.relations.city_spellings import city_options, latin_spelling

INDIA = {"india": ("country", ["India"]), "pakistan": ("country", ["Pakistan"]),
         "bombay": ("place", ["Bombay"]), "rao": ("person", ["Vikram Rao"])}
BOMBAY_TEXT = ("Riots in Bombay have killed 200 people in a week, officials in India said. India's parliament held an "
               "emergency debate on Friday, and India asked its states to send police. Shops stayed shut on Monday."
               "\n\nPrime Minister Vikram Rao ordered the army to restore order in the city.")


def test_a_citys_other_latin_spelling_stands_in_its_state():
    assert "India" in city_options("bombay")          # the gazetteer's main name is "Mumbai"
    assert city_options("mumbai") and "India" in city_options("mumbai")
    assert not city_options("albania")               # a country's name is no town's other spelling
    assert latin_spelling("Basra") and not latin_spelling("BSR") and not latin_spelling("basura")
    assert not latin_spelling("Басра")


def test_a_title_placing_its_story_in_a_city_by_another_spelling_holds_the_bare_head():
    _, rels = extract(BOMBAY_TEXT, INDIA, title="Curfew in Bombay after a week of riots")
    assert ("rao", "leads", "india") in rels


def test_an_unknown_place_in_the_title_sets_no_state():
    _, rels = extract(BOMBAY_TEXT.replace("Bombay", "Qalat Wadi"),
                      {**INDIA, "bombay": ("place", ["Qalat Wadi"])}, title="Curfew in Qalat Wadi after riots")
    assert not any(s == "rao" for s, _, _ in rels)


GABON = {"gabon": ("country", ["Gabon", "Gabonese"]), "ondo": ("person", ["Pierre Ondo"]),
         "mba": ("person", ["Alice Mba"]), "cameroon": ("country", ["Cameroon"])}


def test_a_vice_president_after_the_president_is_named_takes_the_storys_state():
    text = ("Gabon's constitutional court met on Monday. Gabon's parliament voted to remove President Pierre Ondo on "
            "Tuesday after a week of protests across Gabon.\n\nVice President Alice Mba was sworn in hours later.")
    _, rels = extract(text, GABON, title="Gabon's parliament removes its president")
    assert ("mba", "member_of", "gabon") in rels
    assert ("mba", "leads", "gabon") not in rels        # a vice president is a member, not the head


def test_a_second_president_after_the_first_is_still_barred():
    text = ("Gabon's constitutional court met on Monday. Gabon's parliament voted to remove President Pierre Ondo on "
            "Tuesday after a week of protests across Gabon.\n\nPresident Alice Mba thanked the mediators.")
    _, rels = extract(text, GABON, title="Gabon's parliament removes its president")
    assert ("mba", "leads", "gabon") not in rels


LAOS = {"laos": ("country", ["Laos"]), "vietnam": ("country", ["Vietnam"]),
        "hanoi": ("place", ["Hanoi"]), "siphan": ("person", ["Khamla Siphan"]),
        "tuan": ("person", ["Nguyen Van Tuan"])}
LAOS_TITLE = "Power lines and debts: Laos and Vietnam, 2019-2024"
LAOS_OPENING = ("Vietnam buys most of the power Laos sells abroad. Officials in Laos praise the link, and banks in "
                "Vietnam lend to Laos.\n\n")


def test_a_visit_noun_in_the_holders_adjunct_makes_the_holder_a_visitor():
    text = LAOS_OPENING + "Prime Minister Khamla Siphan signed three power accords during a visit to Hanoi in May."
    _, rels = extract(text, LAOS, title=LAOS_TITLE)
    assert ("siphan", "leads", "laos") in rels
    assert ("siphan", "leads", "vietnam") not in rels


def test_a_visit_noun_naming_another_visitor_makes_the_subject_none():
    text = LAOS_OPENING + ("Prime Minister Khamla Siphan signed three power accords during Nguyen Van Tuan's visit "
                           "to Hanoi in May.")
    _, rels = extract(text, {**LAOS, "tuan": ("person", ["Nguyen Van Tuan"])}, title=LAOS_TITLE)
    assert ("siphan", "leads", "laos") not in rels


def test_a_visit_noun_before_two_subjects_names_no_visitor():
    text = LAOS_OPENING + ("On a visit to Hanoi, Prime Minister Khamla Siphan and President Nguyen Van Tuan agreed to "
                           "build a second line.")
    _, rels = extract(text, LAOS, title=LAOS_TITLE)
    assert ("siphan", "leads", "vietnam") not in rels


PERU = {"peru": ("country", ["Peru", "Peruvian"]), "quispe": ("person", ["Rosa Quispe"]),
        "mamani": ("person", ["Luis Mamani"]), "chile": ("country", ["Chile"])}


def test_an_adviser_to_a_head_and_the_head_each_hold_their_own_title():
    text = ("LIMA, May 4 (Andes Wire) - Peru will ask Chile to reopen the border crossing, officials said.\n\n"
            "Rosa Quispe, foreign affairs adviser to Prime Minister Luis Mamani, said the talks would start next week.")
    _, rels = extract(text, PERU, title="Peru seeks border reopening")
    assert ("mamani", "leads", "peru") in rels
    assert ("quispe", "member_of", "peru") in rels
    assert not any(s == "mamani" and p == "member_of" for s, p, _ in rels)   # not the adviser's title


def test_an_aide_to_a_head_with_no_apposed_person_binds_the_head_alone():
    text = ("LIMA, May 4 (Andes Wire) - Peru will ask Chile to reopen the border crossing, officials said.\n\n"
            "An adviser to Prime Minister Luis Mamani said the talks would start next week.")
    _, rels = extract(text, PERU, title="Peru seeks border reopening")
    assert ("mamani", "leads", "peru") in rels
    assert not any(s == "mamani" and p == "member_of" for s, p, _ in rels)


SLOVAKIA = {"slovakia": ("country", ["Slovakia"]), "novak": ("person", ["Petra Novak"]),
            "austria": ("country", ["Austria"])}


def test_a_relative_clause_as_a_title_names_its_holder():
    text = ("Slovakia held an early election in September. Petra Novak, who returned as prime minister after the "
            "election, asked parliament for a vote of confidence.")
    _, rels = extract(text, SLOVAKIA, title="Slovakia's new cabinet")
    assert ("novak", "leads", "slovakia") in rels


SOMALIA = {"turkey": ("country", ["Turkey"]), "somalia": ("country", ["Somalia"]),
           "ali": ("person", ["Hassan Ali"])}


def test_a_title_setting_one_state_into_another_holds_the_hosts_head():
    text = ("Turkey opened a base in Somalia in 2017 and trains its soldiers there. Trade grew fourfold in ten years."
            "\n\nPresident Hassan Ali asked for more training in March.")
    _, rels = extract(text, SOMALIA, title="Turkey's push into Somalia, 2011-2024")
    assert ("ali", "leads", "somalia") in rels
    assert ("ali", "leads", "turkey") not in rels


HONDURAS = {"honduras": ("country", ["Honduras"]), "usa": ("country", ["United States"]),
            "reyes": ("person", ["Mario Reyes"])}
HONDURAS_OPENING = ("Soldiers of Honduras killed more than 300 villagers in El Ocotal in 1982. Honduras denied the "
                    "killings for years, and the United States kept its aid flowing to Honduras. The United States "
                    "later opened its files.\n\n")


def test_the_sentence_before_naming_the_texts_top_state_holds_a_bare_head():
    text = HONDURAS_OPENING + ("In 2012 a regional court ruled that Honduras was responsible for the massacre and "
                               "ordered it to investigate. President Mario Reyes apologised to the families in 2013.")
    _, rels = extract(text, HONDURAS, title="El Ocotal massacre")
    assert ("reyes", "leads", "honduras") in rels


def test_the_sentence_before_naming_a_state_not_strictly_the_texts_top_holds_no_one():
    text = HONDURAS_OPENING + ("In 2012 a court ruled that the United States had known of the massacre. President "
                               "Mario Reyes apologised to the families in 2013.")
    _, rels = extract(text, HONDURAS, title="El Ocotal massacre")
    assert not any(s == "reyes" for s, _, _ in rels)


def test_a_state_named_before_a_paragraph_break_holds_no_one():
    text = HONDURAS_OPENING + ("In 2012 a regional court ruled that Honduras was responsible for the massacre.\n\n"
                               "President Mario Reyes apologised to the families in 2013.")
    _, rels = extract(text, HONDURAS, title="El Ocotal massacre")
    assert not any(s == "reyes" for s, _, _ in rels)


NIGERIA = {"nigeria": ("country", ["Nigeria"]), "chad": ("country", ["Chad"]),
           "kano": ("place", ["Kano"]), "abuja": ("place", ["Abuja"]), "bello": ("person", ["Musa Bello"])}
NIGERIA_OPENING = ("Gunmen killed 40 villagers near Kano on Sunday. Nigeria sent troops to the area, and Nigeria's "
                   "senate held an emergency debate. Nigeria has lost 300 people to such raids this year.\n\n")


def test_a_trip_to_a_provincial_city_of_the_titles_state_is_no_visit():
    text = NIGERIA_OPENING + "Interior Minister Musa Bello arrived in Kano on Monday to oversee the search."
    _, rels = extract(text, NIGERIA, title="Village raids near Kano, March 2024")
    assert ("bello", "member_of", "nigeria") in rels


def test_a_trip_to_the_capital_is_still_a_visit():
    text = NIGERIA_OPENING + "Interior Minister Musa Bello arrived in Abuja on Monday for talks."
    _, rels = extract(text, NIGERIA, title="Village raids near Kano, March 2024")
    assert ("bello", "member_of", "nigeria") not in rels


BENIN = {"benin": ("country", ["Benin"]), "niger": ("country", ["Niger"]), "agossou": ("person", ["Paul Agossou"])}
BENIN_OPENING = ("Niger closed its border with Benin in 2023, and Benin lost its transit trade. Niger blamed Benin for "
                 "the closure.\n\n")


def test_a_minister_reporting_what_the_state_acting_before_will_do_serves_it():
    text = BENIN_OPENING + ("Benin's trade ministry said it would reopen talks with Niger. Foreign Minister "
                            "Paul Agossou said Benin wanted to keep its port open to all its neighbours.")
    _, rels = extract(text, BENIN, title="A closed border: Niger, Benin and the transit trade")
    assert ("agossou", "member_of", "benin") in rels


def test_a_reported_state_the_sentence_before_does_not_back_holds_no_one():
    text = BENIN_OPENING + ("Niger's trade ministry said it would reopen talks with Benin. Foreign Minister "
                            "Paul Agossou said Benin wanted to keep its port open to all its neighbours.")
    _, rels = extract(text, BENIN, title="A closed border: Niger, Benin and the transit trade")
    assert not any(s == "agossou" and o == "benin" for s, _, o in rels)


def test_a_warning_about_a_state_is_no_report_of_ones_own():
    text = BENIN_OPENING + ("Benin's trade ministry said it would reopen talks with Niger. Foreign Minister "
                            "Paul Agossou warned that Benin would face more closures.")
    _, rels = extract(text, BENIN, title="A closed border: Niger, Benin and the transit trade")
    assert not any(s == "agossou" and o == "benin" for s, _, o in rels)


ZAMBIA = {"zambia": ("country", ["Zambia"]), "malawi": ("country", ["Malawi"]),
          "lusaka": ("place", ["LUSAKA", "Lusaka"]), "banda": ("person", ["Peter Banda"]),
          "phiri": ("person", ["Grace Phiri"])}
ZAMBIA_LEAD = "LUSAKA, May 3 (Copperbelt Wire) - "


def test_a_former_head_in_a_wire_story_of_his_state_led_it():
    text = ZAMBIA_LEAD + ("Zambia's police arrested 40 supporters of former President Peter Banda in Lusaka on "
                          "Saturday, a day after they blocked the main road to the airport.")
    _, rels = extract(text, ZAMBIA, title="Police arrest supporters of ex-leader")
    assert ("banda", "leads", "zambia") in rels


def test_a_former_head_in_a_sentence_naming_another_state_is_tied_as_a_sitting_one():
    """conv4: the eval makers tie former roles as the present title (seed notes 12); the sitting guards decide."""
    text = ZAMBIA_LEAD + ("Zambia's police arrested 40 supporters of {}President Peter Banda on Saturday after "
                          "they crossed back from Malawi.")
    _, former = extract(text.format("former "), ZAMBIA, title="Police arrest supporters of ex-leader")
    _, sitting = extract(text.format(""), ZAMBIA, title="Police arrest supporters of ex-leader")
    assert {r for r in former if r[0] == "banda"} == {r for r in sitting if r[0] == "banda"}
    assert ("banda", "leads", "malawi") not in former


def test_a_former_minister_takes_the_dateline_state():
    """conv4 (seed notes 11, 12): a former minister with no named ministry is member_of his state."""
    text = ZAMBIA_LEAD + ("Zambia's police arrested former Finance Minister Grace Phiri in Lusaka on Saturday over a "
                          "road contract.")
    _, rels = extract(text, ZAMBIA, title="Police arrest ex-minister")
    assert ("phiri", "member_of", "zambia") in rels
    assert not any(s == "phiri" and p == "leads" for s, p, _ in rels)
