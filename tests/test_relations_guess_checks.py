"""Checks on the story's guess for a bare title (issue 8, reltitle5): a tie the text writes later outranks the guess
(held_before.drop_guesses_held_elsewhere); the sentence before's state is read without the source of a count
("according to ...", state_before.states_in_play), and the title's sentence without what the holder quotes or a
relative clause on another party, but with a relative clause on a thing (state_before.on_party). Own sentences, arenas
outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

STATES = {"ecuador": ("country", ["Ecuador", "Ecuadorian"]), "peru": ("country", ["Peru"]),
          "vargas": ("person", ["Luis Vargas"])}
BEFORE = "Ecuador accused its neighbour of laying mines on the border. Under the accord Peru pledged to clear them. "


def test_a_state_bound_by_what_the_holder_announces_counts_in_the_sentence():
    _, rels = extract(BEFORE + "Prime Minister Luis Vargas announced a deal under which Ecuador would pay for the "
                      "work.", STATES)
    assert ("vargas", "leads", "peru") not in rels


def test_a_state_named_only_in_the_holders_quoted_words_does_not_count():
    _, rels = extract(BEFORE + 'Prime Minister Luis Vargas condemned what he called "Ecuadorian lies".', STATES)
    assert ("vargas", "leads", "peru") in rels and ("vargas", "leads", "ecuador") not in rels


def test_the_source_of_a_count_puts_no_second_state_in_play():
    _, rels = extract("Peru shelled a border post on Monday, killing two guards, according to the Ecuadorian "
                      "interior ministry. Defence Minister Luis Vargas said the post had fired first.", STATES)
    assert ("vargas", "member_of", "peru") in rels


def test_a_second_state_acting_in_the_sentence_before_still_holds_no_one():
    _, rels = extract("Peru shelled a border post on Monday, and Ecuador returned fire. Defence Minister Luis Vargas "
                      "said the post had fired first.", STATES)
    assert not any(s == "vargas" for s, _, _ in rels)


RELEASE = {"peru": ("country", ["Peru"]), "ecuador": ("country", ["Ecuador"]), "lima": ("place", ["Lima"]),
           "mena": ("person", ["Rosa Mena"]), "vargas": ("person", ["Luis Vargas"])}


def test_a_tie_written_later_outranks_the_story_guess():
    text = ("Prime Minister offers condolences\n\nLima, 20 May 2024\n\nActing President Rosa Mena thanked Peru for "
            "its help in the search. Prime Minister Luis Vargas spoke by telephone today with Rosa Mena, the First "
            "Vice President of Ecuador, who has taken over the duties of the presidency.")
    _, rels = extract(text, RELEASE, title="Prime Minister offers condolences")
    assert not any(s == "mena" and o == "peru" for s, _, o in rels)
    assert any(s == "mena" and o == "ecuador" for s, _, o in rels)
