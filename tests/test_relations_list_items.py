"""Titles inside a list of people and hostility cues under a far negation (relations/list_items.py, cues.negated;
issue 8, precision2). Own sentences, arenas outside the development texts."""

from __future__ import annotations

from test_relations import extract

PEOPLE = {"petrov": ("person", ["Ivan Petrov"]), "sidorov": ("person", ["Oleg Sidorov"]),
          "guard": ("organization", ["State Border Guard Service"]), "belarus": ("country", ["Belarusian"]),
          "party": ("organization", ["Liberation Party"]), "council": ("organization", ["Transitional Council"]),
          "keita": ("person", ["Ibrahim Keita"])}


def test_a_title_apposed_to_the_name_before_it_is_not_chained_to_the_next_item():
    _, rels = extract("The strike killed Ivan Petrov, the deputy head of the State Border Guard Service, and the "
                      "Belarusian commander Oleg Sidorov.", PEOPLE)
    assert ("petrov", "leads", "guard") in rels
    assert ("sidorov", "leads", "guard") not in rels


def test_a_chain_of_titles_still_holds_one_holder():
    _, rels = extract("Oleg Sidorov, the founder and leader of the Liberation Party, was detained on Monday.", PEOPLE)
    assert ("sidorov", "leads", "party") in rels
    _, rels = extract("The founder and leader of the Liberation Party, Oleg Sidorov, was detained on Monday.", PEOPLE)
    assert ("sidorov", "leads", "party") in rels


def test_a_plural_title_after_one_name_is_the_next_item_of_a_list():
    _, rels = extract("Soldiers detained Prime Minister Ibrahim Keita, members of his cabinet and civilian members "
                      "of the Transitional Council.", PEOPLE)
    assert ("keita", "member_of", "council") not in rels


def test_a_plural_title_after_two_names_holds_them():
    _, rels = extract("Ivan Petrov and Oleg Sidorov, members of the Transitional Council, were detained.", PEOPLE)
    assert ("sidorov", "member_of", "council") in rels


STATES = {"kenya": ("country", ["Kenya"]), "ethiopia": ("country", ["Ethiopia"]),
          "algeria": ("country", ["Algeria"]), "morocco": ("country", ["Morocco"])}


def test_a_hostility_cue_under_a_far_negation_states_no_hostility():
    for text in ("Algeria said it would not be a launching ground for any aggression against Morocco.",
                 "The army said Kenya would never serve as a base for attacks against Ethiopia."):
        _, rels = extract(text, STATES)
        assert not any(p == "opposes" for _, p, _ in rels), text


def test_the_same_cue_stated_is_kept():
    _, rels = extract("Kenya has served as a base for attacks against Ethiopia since 2019.", STATES)
    assert ("kenya", "opposes", "ethiopia") in rels


ADJUNCT = {"india": ("country", ["India"]), "tigers": ("organization", ["Tamil Tigers"]),
           "sri_lanka": ("country", ["Sri Lanka"]), "egypt": ("country", ["Egypt"]),
           "shoukry": ("person", ["Sameh Shoukry"]), "refinery": ("place", ["Ashdod refinery"]),
           "saudi": ("country", ["Saudi Arabia"]), "houthis": ("organization", ["Houthis"])}


def test_an_act_with_no_doer_in_a_time_adjunct_is_not_the_subjects():
    """relations/adjunct_cues.py: the adjunct dates the clause; its act's doer is untold."""
    _, rels = extract("Since the defeat of the Tamil Tigers in 2009, India has built a chain of ports along the "
                      "coast of Sri Lanka.", ADJUNCT)
    assert ("india", "opposes", "tigers") not in rels
    _, rels = extract("After the rocket attack on the Ashdod refinery on Monday, Egypt's foreign minister Sameh "
                      "Shoukry said the talks would go on.", ADJUNCT)
    assert not any(p == "opposes" for _, p, _ in rels)


def test_an_act_with_its_own_doer_in_a_time_adjunct_still_ties():
    _, rels = extract("After its defeat of the Tamil Tigers in 2009, Sri Lanka turned to India for loans.", ADJUNCT)
    assert ("sri_lanka", "opposes", "tigers") in rels
    _, rels = extract("During its war against the Houthis, Saudi Arabia bombed Saada.", ADJUNCT)
    assert ("saudi", "opposes", "houthis") in rels


LED = {"brazil": ("country", ["Brazilian"]), "un": ("organization", ["United Nations"]),
       "saudi": ("country", ["Saudi"]), "coalition": ("organization", ["Islamic Military Alliance"]),
       "nato": ("organization", ["NATO"]), "usa": ("country", ["U.S."])}


def test_a_name_modifying_a_noun_after_x_led_is_not_led_by_x():
    """relations/named_modifiers.py: the peacekeepers are led, not the United Nations."""
    _, rels = extract("Brazilian-led United Nations peacekeepers raided the Cite Soleil slum on Tuesday.", LED)
    assert ("brazil", "leads", "un") not in rels


def test_a_named_body_called_x_led_is_led_by_x():
    _, rels = extract("The Islamic Military Alliance, the Saudi-led coalition, met in Riyadh on Monday.", LED)
    assert ("saudi", "leads", "coalition") in rels
