"""A person apposed as serving under another's head office belongs to that body (relations/subordinates.py, issue 8
relrecall3): own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"aqap": ("organization", ["al-Qaeda in the Arabian Peninsula"]), "raymi": ("person", ["Qasim al-Raymi"]),
          "batarfi": ("person", ["Khalid Batarfi"]), "ira": ("organization", ["Irish Republican Army"]),
          "adams": ("person", ["Gerry Adams"]), "kenya": ("country", ["Kenya", "Kenyan"])}


def test_a_deputy_of_a_bodys_leader():
    _, rels = extract("Khalid Batarfi, a deputy of al-Qaeda in the Arabian Peninsula's leader, Qasim al-Raymi, "
                      "appeared in the video.", ACTORS)
    assert ("batarfi", "member_of", "aqap") in rels, rels
    assert ("batarfi", "leads", "aqap") not in rels, rels


def test_an_aide_to_the_leader_of_a_body():
    _, rels = extract("Gerry Adams, an aide to the leader of the Irish Republican Army, denied the claim.", ACTORS)
    assert ("adams", "member_of", "ira") in rels, rels


def test_a_demonyms_leaders_name_no_body():
    _, rels = extract("Gerry Adams, an aide to Kenyan leaders, denied the claim.", ACTORS)
    assert ("adams", "member_of", "kenya") not in rels, rels
