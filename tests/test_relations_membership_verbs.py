"""Membership told by "joined" in a relative clause, "defected to/from", "expelled/suspended from"
(relations/membership_verbs.py, roles.yaml membership_verbs; issue 8 relrecall4). Own sentences from other arenas."""

from __future__ import annotations

import pytest

from foothold.errors import DataFileError
from foothold.extract.relations.membership_verbs import membership_words
from test_relations import extract

ACTORS = {"cra": ("organization", ["Congo River Alliance"]), "twir": ("organization", ["Twirwaneho"]),
          "nusra": ("organization", ["Al-Nusra Front"]), "musab": ("person", ["Abu Musab"]),
          "zaki": ("person", ["Ahmed Zaki"]), "sla": ("organization", ["Sudan Liberation Army"]),
          "tlass": ("person", ["Manaf Tlass"]), "guard": ("organization", ["Republican Guard"]),
          "ortega": ("person", ["Luis Ortega"]), "lib": ("organization", ["Liberal Party"]),
          "kuwait": ("country", ["Kuwait"]), "skorea": ("country", ["South Korea"]),
          "kim": ("person", ["Kim Song"])}


def test_the_body_a_relative_clause_says_was_joined():
    _, rels = extract("The Congo River Alliance, the coalition that Twirwaneho joined in 2024, holds the town.", ACTORS)
    assert ("twir", "part_of", "cra") in rels, rels
    _, rels = extract("Al-Nusra Front, the group that Abu Musab joined in 2012, controls Idlib.", ACTORS)
    assert ("musab", "member_of", "nusra") in rels, rels


def test_a_relative_clause_joining_something_else_is_no_membership():
    _, rels = extract("The Congo River Alliance, which Twirwaneho fighters joined the talks with, holds the town.",
                      ACTORS)
    assert ("twir", "part_of", "cra") not in rels, rels


def test_defecting_to_or_from_a_body():
    _, rels = extract("Ahmed Zaki defected to the Sudan Liberation Army in 2019.", ACTORS)
    assert ("zaki", "member_of", "sla") in rels, rels
    _, rels = extract("General Manaf Tlass defected from the Republican Guard in July 2012.", ACTORS)
    assert ("tlass", "member_of", "guard") in rels, rels


def test_expelled_from_a_party_was_its_member():
    _, rels = extract("Luis Ortega was expelled from the Liberal Party in 2015.", ACTORS)
    assert ("ortega", "member_of", "lib") in rels, rels


def test_states_left_or_reached_are_no_bodies():
    _, rels = extract("Luis Ortega was expelled from Kuwait in 1991.", ACTORS)
    assert not rels, rels
    _, rels = extract("Kim Song defected to South Korea in 2016.", ACTORS)
    assert not rels, rels


def test_a_defection_not_told_as_done():
    _, rels = extract("Ahmed Zaki did not defect to the Sudan Liberation Army.", ACTORS)
    assert ("zaki", "member_of", "sla") not in rels, rels


def test_the_word_lists_are_validated(tmp_path):
    bad = tmp_path / "roles.yaml"
    bad.write_text("membership_verbs:\n  subject_member: [defect]\n  object_member: {expel: [from]}\n")
    with pytest.raises(DataFileError):
        membership_words(str(bad))
