"""The document title's state holds a bare head's title only in a sentence naming no other state, a capital counting
as its state (title_relations.title_state_here, issue 8 relrecall3): own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"serbia": ("country", ["Serbia"]), "russia": ("country", ["Russia"]), "moscow": ("place", ["Moscow"]),
          "putin": ("person", ["Dragan Novak"])}
TITLE = "Serbia: protests after the vote"


def test_the_titles_state_in_a_sentence_naming_no_other():
    _, rels = extract("Observers watched the count in Serbia and Russia. President Dragan Novak said the vote was "
                      "fair.", ACTORS, title=TITLE)
    assert ("putin", "leads", "serbia") in rels, rels


def test_a_capital_standing_for_another_state_blocks_the_titles_state():
    _, rels = extract("Observers watched the count in Serbia and Russia. President Dragan Novak said Moscow would "
                      "not interfere.", ACTORS, title=TITLE)
    assert ("putin", "leads", "serbia") not in rels, rels
