"""A named state body acting in the sentence before sets the story's state for a bare title (acting_subject.
state_of_named_body, issue 8 relrecall3): own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"kenya": ("country", ["Kenya"]), "court": ("organization", ["High Court"]),
          "mutua": ("person", ["Alfred Mutua"]), "hamas": ("organization", ["Hamas"]),
          "gaza": ("place", ["Gaza"])}


def test_a_possessed_state_body_acting_before_a_bare_minister():
    _, rels = extract("Kenya's High Court blocked the deployment on Friday. Foreign Minister Alfred Mutua said the "
                      "government would appeal.", ACTORS)
    assert ("court", "part_of", "kenya") in rels, rels
    assert ("mutua", "member_of", "kenya") in rels, rels


def test_a_body_no_part_of_the_state_sets_none():
    _, rels = extract("Hamas fired rockets on Friday. Foreign Minister Alfred Mutua said the government would "
                      "appeal.", ACTORS)
    assert not {r for r in rels if r[0] == "mutua"}, rels
