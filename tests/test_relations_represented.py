"""A person named with a state in brackets represents it (titles.read_nationals), also when the bracket closes on a
colon the tokenizer joins to it, "(Niger):" (issue 8): own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"sabbagh": ("person", ["Bassam Sabbagh"]), "syria": ("country", ["Syrian Arab Republic", "Syrian", "Syria"]),
          "abarry": ("person", ["Abdou Abarry"]), "niger": ("country", ["Niger"]),
          "frazier": ("person", ["Vanessa Frazier"]), "malta": ("country", ["Malta", "Republic of Malta"]),
          "hassan": ("person", ["Mohammed Hassan"]), "egypt": ("country", ["Egypt"])}


def test_a_delegate_with_his_state_in_brackets_represents_it():
    _, rels = extract("The following press statement on Egypt was issued today by Council President Bassam Sabbagh "
                      "(Syrian Arab Republic):\n", ACTORS)
    assert ("sabbagh", "member_of", "syria") in rels, rels
    _, rels = extract("The debate was opened by Ambassador Vanessa Frazier (Republic of Malta), who spoke first.",
                      ACTORS)
    assert ("frazier", "member_of", "malta") in rels, rels


def test_a_bracket_saying_more_than_the_state_ties_no_one():
    _, rels = extract("Mohammed Hassan (a former minister of Egypt) spoke first.", ACTORS)
    assert ("hassan", "member_of", "egypt") not in rels, rels
