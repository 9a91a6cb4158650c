"""A bare head or minister inside a "where" clause hung on a place serves that place's state (issue 8, reltitle10,
relations/where_scene.py). Own sentences, arenas outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

EAST = {"kenya": ("country", ["Kenya"]), "uganda": ("country", ["Uganda"]), "china": ("country", ["China"]),
        "nairobi": ("place", ["Nairobi"]), "mwangi": ("person", ["Amani Mwangi"]), "li": ("person", ["Li Wei"])}
EAST_OPENING = "KAMPALA, May 2 (Lake Wire) - Uganda and China signed a rail accord that Kenya may join.\n\n"


def test_a_head_in_a_where_clause_serves_the_place_visited():
    text = EAST_OPENING + ("Li Wei's first trip abroad took him to Nairobi in March, where he told President Amani "
                           "Mwangi that China would back the line.")
    _, rels = extract(text, EAST, title="Rail accord signed")
    assert ("mwangi", "leads", "kenya") in rels
    assert ("mwangi", "leads", "uganda") not in rels      # not the dateline's state


def test_a_head_receiving_the_visitor_serves_the_place():
    text = EAST_OPENING + ("The accord came a week after Li Wei's visit to Nairobi, where President Amani Mwangi "
                           "received him at State House.")
    _, rels = extract(text, EAST, title="Rail accord signed")
    assert ("mwangi", "leads", "kenya") in rels
    assert ("mwangi", "leads", "uganda") not in rels


def test_a_subject_acting_on_no_pronoun_may_be_the_visitor():
    # the delegation's own minister may be the one meeting reporters there: no state from the place
    text = EAST_OPENING + "The delegation flew to Nairobi, where Foreign Minister Amani Mwangi met reporters."
    _, rels = extract(text, EAST, title="Rail accord signed")
    assert ("mwangi", "member_of", "kenya") not in rels


def test_a_where_clause_on_a_country():
    text = EAST_OPENING + ("Li Wei then travelled on to Kenya, where Prime Minister Amani Mwangi thanked him for "
                           "the loan.")
    _, rels = extract(text, EAST, title="Rail accord signed")
    assert ("mwangi", "leads", "kenya") in rels
