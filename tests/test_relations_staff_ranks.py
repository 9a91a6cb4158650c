"""Rank words and staff offices (roles.yaml honorifics, titles.state_staff; issue 8 relrecall3): own sentences from
other arenas."""

from __future__ import annotations

from test_relations import extract


def test_rear_admiral_is_a_rank_before_the_name():
    actors = {"pentagon": ("organization", ["Pentagon"]), "kirby": ("person", ["Rear Admiral John Kirby"])}
    _, rels = extract('"We have seen no sign of it," Pentagon press secretary Rear Admiral John Kirby told reporters.',
                      actors)
    assert ("kirby", "leads", "pentagon") in rels, rels


def test_the_chief_of_a_states_defence_force():
    actors = {"nz": ("country", ["New Zealand"]), "short": ("person", ["Kevin Short"])}
    _, rels = extract("New Zealand's Chief of the Defence Force, Air Marshal Kevin Short, visited the base.", actors)
    assert ("short", "member_of", "nz") in rels, rels
