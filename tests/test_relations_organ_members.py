"""A member of an organisation's organ is a member of the organisation (relations/organ_members.py, roles.yaml
organ_members; issue 8 relrecall4). Own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"zuma": ("person", ["Jacob Zuma"]), "anc": ("organization", ["ANC"]),
          "nec": ("organization", ["National Executive Committee"]), "iran": ("country", ["Iran"]),
          "snsc": ("organization", ["Supreme National Security Council"]), "rezaei": ("person", ["Mohsen Rezaei"]),
          "un": ("organization", ["United Nations"]), "sc": ("organization", ["Security Council"])}


def test_a_member_of_a_partys_committee_belongs_to_the_party():
    _, rels = extract("Jacob Zuma, a member of the ANC's National Executive Committee, spoke in Durban.", ACTORS)
    assert ("zuma", "member_of", "nec") in rels, rels
    assert ("zuma", "member_of", "anc") in rels, rels


def test_a_states_council_is_left_as_read():
    _, rels = extract("Mohsen Rezaei, a member of Iran's Supreme National Security Council, spoke on Monday.",
                      ACTORS)
    assert ("rezaei", "member_of", "snsc") in rels, rels
    assert ("rezaei", "member_of", "iran") not in rels, rels


def test_a_unit_is_no_organ():
    _, rels = extract("Jacob Zuma, a member of the ANC's Umkhonto we Sizwe, spoke in Durban.",
                      {**ACTORS, "mk": ("organization", ["Umkhonto we Sizwe"])})
    assert ("zuma", "member_of", "mk") in rels, rels
    assert ("zuma", "member_of", "anc") not in rels, rels


def test_a_body_named_later_in_the_sentence_is_no_parent():
    _, rels = extract("Jacob Zuma, a member of the National Executive Committee, addressed the ANC on Monday.",
                      ACTORS)
    assert ("zuma", "member_of", "anc") not in rels, rels
