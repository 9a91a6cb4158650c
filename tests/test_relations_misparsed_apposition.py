"""A partner phrase apposed to a name the parser read as the clause's subject still ties the name
(relations/verbs.py `misparsed_apposition`, issue 8): own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"hsi": ("organization", ["Harakat Sham al-Islam wal-Muslimin", "HSI"]),
          "aq": ("organization", ["al-Qaeda"])}


def test_an_affiliate_phrase_after_a_long_name_and_its_acronym():
    _, rels = extract("On 2 March, Harakat Sham al-Islam wal-Muslimin (HSI), the al-Qaeda ally in the north, denied "
                      "any involvement.", ACTORS)
    assert ("hsi", "allied_with", "aq") in rels, rels


def test_a_partner_noun_subject_with_no_name_before_binds_no_one():
    _, rels = extract("On 2 March the al-Qaeda ally in the north, a small group, denied any involvement.", ACTORS)
    assert not rels, rels
