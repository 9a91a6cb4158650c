"""Hostility imputed to another is not the speaker's (relations/imputed.py): own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"peru": ("country", ["Peru"]), "bolivia": ("country", ["Bolivia"]), "chile": ("country", ["Chile"]),
          "aymara": ("organization", ["Aymara Council"]), "ruiz": ("person", ["Ana Ruiz"])}


def test_a_cue_inside_an_accusation_is_not_the_accusers_hostility():
    _, rels = extract("Peru accused Bolivia of waging a campaign against the Aymara Council.", ACTORS)
    assert ("peru", "opposes", "aymara") not in rels
    _, rels = extract("Ana Ruiz called the report a pretext for aggression against Chile.", ACTORS)
    assert ("ruiz", "opposes", "chile") not in rels


def test_the_subjects_own_cue_and_an_owned_cue_inside_a_condemnation_are_still_read():
    _, rels = extract("Peru waged a campaign against the Aymara Council.", ACTORS)
    assert ("peru", "opposes", "aymara") in rels
    _, rels = extract("Peru condemned Bolivia's aggression against Chile.", ACTORS)
    assert ("bolivia", "opposes", "chile") in rels


def test_a_call_to_arms_is_the_callers_own_hostility():
    _, rels = extract("Ana Ruiz called on Peru to drive the Aymara Council out of the valley.", ACTORS)
    assert ("ruiz", "opposes", "aymara") in rels
