"""A bare head's or minister's state in a text naming several states: the one state the sentence before names as its
subject (relations/state_before.py). Own sentences, arenas outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

STATES = {"ecuador": ("country", ["Ecuador"]), "peru": ("country", ["Peru"]),
          "vargas": ("person", ["Luis Vargas"])}


def test_the_one_state_acting_in_the_sentence_before_holds_the_head():
    _, rels = extract("Ecuador accused its neighbour of laying mines on the border. Under the accord Peru pledged to "
                      "clear them by May. Prime Minister Luis Vargas said the work had begun.", STATES)
    assert ("vargas", "leads", "peru") in rels and ("vargas", "leads", "ecuador") not in rels


def test_a_minister_takes_it_too():
    _, rels = extract("Ecuador accused its neighbour of laying mines on the border. Peru denied the charge on "
                      "Monday. Defence Minister Luis Vargas said the mines were old.", STATES)
    assert ("vargas", "member_of", "peru") in rels


def test_a_sentence_before_naming_two_states_holds_no_one():
    _, rels = extract("Ecuador accused Peru of laying mines on the border. Prime Minister Luis Vargas said the "
                      "charge was false.", STATES)
    assert not any(s == "vargas" for s, _, _ in rels)


def test_another_state_named_with_the_title_holds_no_one():
    _, rels = extract("Ecuador closed the border. Under the accord Peru pledged to clear the mines. Prime Minister "
                      "Luis Vargas said Ecuador had broken its word.", STATES)
    assert not any(s == "vargas" for s, _, _ in rels)


def test_a_visitor_to_that_state_is_not_its_head():
    _, rels = extract("Ecuador accused its neighbour of laying mines on the border. Under the accord Peru pledged "
                      "to clear them. Prime Minister Luis Vargas arrived in Peru on Monday.", STATES)
    assert not any(s == "vargas" for s, _, _ in rels)


def test_a_state_named_only_in_anothers_relative_clause_does_not_hide_it():
    _, rels = extract("Ecuador accused its neighbour of laying mines on the border. Under the accord Peru pledged to "
                      "clear them by May. Prime Minister Luis Vargas met the mediator, who urged him to expel the "
                      "Ecuadorian advisers.", {**STATES, "ecuador": ("country", ["Ecuador", "Ecuadorian"])})
    assert ("vargas", "leads", "peru") in rels and ("vargas", "leads", "ecuador") not in rels


def test_a_state_the_holder_names_himself_still_holds_no_one():
    _, rels = extract("Ecuador accused its neighbour of laying mines on the border. Under the accord Peru pledged to "
                      "clear them by May. Prime Minister Luis Vargas said Ecuador had laid new mines.", STATES)
    assert not any(s == "vargas" for s, _, _ in rels)


# A place counts as the state it lies in: a sentence before that names another state's capital has two states in play.

PLACES = {**STATES, "lima": ("place", ["Lima"]), "quito": ("place", ["Quito"])}


def test_a_government_in_another_states_capital_puts_two_states_in_play():
    _, rels = extract("Peru and Ecuador signed the accord in 1998. Six months after the floods, Ecuador is still "
                      "adjusting to a less friendly government in Lima. Prime Minister Luis Vargas has moved against the smugglers closest to Quito.", PLACES)
    assert not any(s == "vargas" for s, _, _ in rels)


def test_the_states_own_capital_in_the_sentence_before_still_holds_the_head():
    _, rels = extract("Ecuador accused its neighbour of laying mines on the border. Under the accord Peru pledged to "
                      "clear them from the roads to Lima by May. Prime Minister Luis Vargas said the work had begun.",
                      PLACES)
    assert ("vargas", "leads", "peru") in rels and ("vargas", "leads", "ecuador") not in rels
