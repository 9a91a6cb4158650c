"""A bare-titled holder's own who-clause names no rival state (relations/holder_relatives.py), and a former head named
before is no sitting head (title_relations.head_named_before) nor a counterpart holding the state
(counterparts.former_mention). Own sentences from arenas outside the tuning
documents."""

from __future__ import annotations

from test_relations import extract

TITLE = "Honduras: protests before the election"
ACTORS = {"honduras": ("country", ["Honduras"]), "spain": ("country", ["Spain", "Spanish"]),
          "mena": ("person", ["Jorge Mena"]), "ruiz": ("person", ["Carla Ruiz"])}
OPENING = TITLE + "\n\nThe electoral court of Honduras rejected the opposition's request on Monday. "


def test_a_state_in_the_holders_own_who_clause_is_no_rival():
    _, rels = extract(OPENING + "The court had earlier dismissed challenges to the candidacy of President Jorge Mena, "
                      "who took Spanish citizenship in 2014.", ACTORS, title=TITLE)
    assert ("mena", "leads", "honduras") in rels and ("mena", "leads", "spain") not in rels


def test_a_state_outside_the_holders_clause_still_bars_the_title_state():
    _, rels = extract(OPENING + "Spanish observers had earlier questioned the candidacy of President Jorge Mena, who "
                      "took office in 2022.", ACTORS, title=TITLE)
    assert ("mena", "leads", "honduras") not in rels


def test_a_clause_on_something_else_still_names_a_state_in_play():
    _, rels = extract(OPENING + "President Jorge Mena signed the accord, which Spain drafted in 2014.", ACTORS,
                      title=TITLE)
    assert ("mena", "leads", "honduras") not in rels


def test_a_former_head_named_before_leaves_the_sitting_head_his_state():
    text = (OPENING + "Former Honduran President Carla Ruiz, another candidate, was among the marchers. Police fired "
            "tear gas. Ten people were hurt. The court had earlier dismissed challenges to the candidacy of President "
            "Jorge Mena.")
    _, rels = extract(text, ACTORS, title=TITLE)
    assert ("ruiz", "leads", "honduras") in rels and ("mena", "leads", "honduras") in rels


def test_a_sitting_head_named_before_still_bars_a_second_one():
    text = (OPENING + "Honduran President Carla Ruiz, another candidate, was among the marchers. Police fired "
            "tear gas. Ten people were hurt. The court had earlier dismissed challenges to the candidacy of President "
            "Jorge Mena.")
    _, rels = extract(text, ACTORS, title=TITLE)
    assert ("ruiz", "leads", "honduras") in rels and ("mena", "leads", "honduras") not in rels


ZAMBIA = {"zambia": ("country", ["Zambia"]), "banda": ("person", ["Peter Banda"]), "mwale": ("person", ["Grace Mwale"])}


def test_a_former_holder_of_the_state_is_no_counterpart_of_the_sitting_one():
    for opener in ("Zambia's former president Peter Banda", "Former president Peter Banda of Zambia"):
        text = ("LUSAKA, Aug 14 (Wire) - " + opener + " on Monday rejected the result of the vote, which returned "
                "President Grace Mwale for a second term, and said his party would go to court.")
        _, rels = extract(text, ZAMBIA)
        assert ("mwale", "leads", "zambia") in rels, opener


def test_a_sitting_holder_of_the_state_is_still_a_counterpart():
    text = ("LUSAKA, Aug 14 (Wire) - Zambia's president Peter Banda on Monday received President Grace Mwale at the "
            "state house and said the border would stay open.")
    _, rels = extract(text, ZAMBIA)
    assert ("mwale", "leads", "zambia") not in rels
