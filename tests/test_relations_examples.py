"""Actors named as examples of an aligned unnamed group share its alignment (relations/examples.py, issue 8): own
sentences from other arenas."""

from __future__ import annotations

from test_relations import extract


def test_a_group_named_after_such_as_shares_the_groups_backer():
    actors = {"russia": ("country", ["Russia", "Russian"]), "vostok": ("organization", ["Vostok Battalion"])}
    _, rels = extract("Western officials say the cell is a front for Russia-backed militias such as the Vostok "
                      "Battalion.", actors)
    assert ("vostok", "allied_with", "russia") in rels, rels


def test_groups_listed_before_and_other_share_the_groups_backer():
    actors = {"uae": ("country", ["United Arab Emirates", "Emirati"]),
              "rsf": ("organization", ["Rapid Support Forces"]), "janjaweed": ("organization", ["Janjaweed"])}
    _, rels = extract("The report blames the Janjaweed, the Rapid Support Forces and other Emirati-backed groups "
                      "for the looting.", actors)
    assert ("rsf", "allied_with", "uae") in rels, rels
    assert ("janjaweed", "allied_with", "uae") in rels, rels


def test_no_alignment_without_an_alignment_modifier_or_with_a_base():
    actors = {"pakistan": ("country", ["Pakistan"]), "let": ("organization", ["Lashkar-e-Taiba"])}
    _, rels = extract("Lashkar-e-Taiba and other Pakistan-based groups were banned in 2002.", actors)
    assert ("let", "allied_with", "pakistan") not in rels, rels     # a base is no backer
    actors = {"vostok": ("organization", ["Vostok Battalion"]), "sparta": ("organization", ["Sparta Battalion"])}
    _, rels = extract("The Vostok Battalion and other militias such as the Sparta Battalion were named in the "
                      "report.", actors)
    assert not rels, rels
