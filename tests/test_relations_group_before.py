"""A definite group noun's owner named earlier in its own sentence (relations/group_before.py, issue 8 relrecall3):
own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"pf": ("organization", ["Popular Front", "PF"]), "dual": ("person", ["Simon Dual"]),
          "machar": ("person", ["Riek Machar"]), "da": ("organization", ["Democratic Alliance"]),
          "kamau": ("person", ["John Kamau"]), "mfa": ("organization", ["Foreign Ministry"]),
          "okello": ("person", ["Peter Okello"])}


def test_the_movements_leader_is_the_group_named_before_in_the_sentence():
    _, rels = extract("On 3 August, Simon Dual, the chief of staff of the Popular Front (PF), announced that he had "
                      "removed Riek Machar as the movement's leader.", ACTORS)
    assert ("machar", "leads", "pf") in rels, rels


def test_the_partys_leader_after_a_named_party():
    _, rels = extract("Police raided the offices of the Democratic Alliance and arrested the party's leader, "
                      "John Kamau.", ACTORS)
    assert ("kamau", "leads", "da") in rels, rels


def test_a_state_office_is_no_group():
    _, rels = extract("Officials of the Foreign Ministry met the envoy, and the group's leader, Peter Okello, denied "
                      "it.", ACTORS)
    assert ("okello", "leads", "mfa") not in rels, rels
