"""Ties described rather than stated (issue 8): an alignment modifier said through a calling verb in a relative clause
(relations/called.py), a second hyphened modifier stacked before a name (relations/alignment.py), an act "in what it
calls support for X" (relations/purposes.py). Own sentences from other arenas."""

from __future__ import annotations

import pytest

from foothold.errors import DataFileError
from foothold.extract.relations.called import described_words
from test_relations import extract

ACTORS = {"kdl": ("organization", ["Karen Defence League"]), "smf": ("organization", ["Shan Mountain Front"]),
          "thailand": ("country", ["Thailand"]), "china": ("country", ["China"]),
          "myanmar": ("country", ["Myanmar"])}


def test_an_alignment_said_through_which_x_called_qualifies_the_antecedents():
    _, rels = extract("Jets struck camps of the Karen Defence League and the Shan Mountain Front, which Myanmar "
                      "called Thailand-backed.", ACTORS)
    assert ("kdl", "allied_with", "thailand") in rels and ("smf", "allied_with", "thailand") in rels, rels
    assert ("myanmar", "allied_with", "thailand") not in rels, rels
    _, rels = extract("Myanmar blamed the Karen Defence League, which it described as China-aligned, for the raid.",
                      ACTORS)
    assert ("kdl", "allied_with", "china") in rels, rels


def test_a_modifier_after_no_calling_verb_is_left_to_the_other_readers():
    _, rels = extract("Myanmar blamed the Karen Defence League, which it attacked near China-backed posts.", ACTORS)
    assert ("kdl", "allied_with", "china") not in rels, rels


def test_a_second_hyphened_modifier_does_not_hide_the_first():
    _, rels = extract("Shelling killed ten fighters of the Thailand-backed, China-funded Karen Defence League.", ACTORS)
    assert ("kdl", "allied_with", "thailand") in rels, rels


def test_an_act_in_what_the_doer_calls_support_aligns_it():
    _, rels = extract("The Karen Defence League shelled two bases in what it called support for the Shan Mountain "
                      "Front.", ACTORS)
    assert ("kdl", "allied_with", "smf") in rels, rels
    _, rels = extract("The Karen Defence League took two towns. Since then it has raided bases in what it says is "
                      "support for the Shan Mountain Front.", ACTORS)
    assert ("kdl", "allied_with", "smf") in rels, rels


def test_support_for_people_or_a_negated_act_aligns_no_one():
    _, rels = extract("The Karen Defence League did not shell the bases in what it called support for the Shan "
                      "Mountain Front.", ACTORS)
    assert ("kdl", "allied_with", "smf") not in rels, rels
    _, rels = extract("Rebels marched in what they called support for the villagers of Myanmar.", ACTORS)
    assert not any(r[1] == "allied_with" for r in rels), rels


def test_the_described_word_lists_are_validated(tmp_path):
    bad = tmp_path / "roles.yaml"
    bad.write_text("described_ties:\n  calling_verbs: [call]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        described_words(str(bad))


OUTLETS = {"kdl": ("organization", ["Karen Defence League"]), "voice": ("media", ["Karen Voice Radio"]),
           "daily": ("media", ["Shan Daily"])}


def test_an_outlet_run_by_a_body_is_part_of_it():
    # relations/alignment.py `owned_outlet`
    _, rels = extract("The Karen Defence League-run Karen Voice Radio aired the statement.", OUTLETS)
    assert ("voice", "part_of", "kdl") in rels, rels


def test_an_outlet_backed_by_a_body_is_only_allied():
    _, rels = extract("The Karen Defence League-backed Shan Daily printed the statement.", OUTLETS)
    assert ("daily", "part_of", "kdl") not in rels, rels
