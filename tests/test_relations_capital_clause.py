"""A capital speaking in an earlier clause of the title's sentence gives a bare head or minister its state (issue 8,
reltitle9, relations/capital_clause.py). Own sentences, arenas outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

PERU = {"peru": ("country", ["Peru"]), "chile": ("country", ["Chile"]), "lima": ("place", ["Lima"]),
        "soto": ("person", ["Ana Soto"])}
PERU_OPENING = "Peru and Chile have argued over their sea border for decades.\n\n"


def test_a_capital_speaking_before_the_title_gives_its_state():
    text = PERU_OPENING + ("Chile's navy seized a fishing boat on Monday. Lima insists that the boat was in its own "
                           "waters, and Foreign Minister Ana Soto demanded its release.")
    _, rels = extract(text, PERU, title="A sea border quarrel")
    assert ("soto", "member_of", "peru") in rels
    assert ("soto", "member_of", "chile") not in rels


def test_a_capital_speaking_gives_a_head_its_state():
    text = PERU_OPENING + "Lima says the boat was in its own waters, and President Ana Soto demanded its release."
    _, rels = extract(text, PERU, title="A sea border quarrel")
    assert ("soto", "leads", "peru") in rels


MACAU = {"macau": ("country", ["Macau"]), "china": ("country", ["China", "Chinese"]),
         "beijing": ("place", ["Beijing"]), "wu": ("person", ["Wu Lan"])}
MACAU_OPENING = "MACAU, May 2 (Pearl Wire) - Macau and China agreed a new border crossing on Tuesday.\n\n"


def test_a_capital_speaking_outranks_the_dateline():
    text = MACAU_OPENING + "Beijing says the crossing will ease trade, and Foreign Minister Wu Lan praised the accord."
    _, rels = extract(text, MACAU, title="New crossing agreed")
    assert ("wu", "member_of", "china") in rels
    assert ("wu", "member_of", "macau") not in rels


UKR = {"ukraine": ("country", ["Ukraine"]), "russia": ("country", ["Russia"]), "moscow": ("place", ["Moscow"]),
       "kovalenko": ("person", ["Olena Kovalenko"])}
UKR_OPENING = "Russia and Ukraine traded strikes along the front this week.\n\n"


def test_a_capital_acting_in_a_deed_gives_no_state():
    # what Moscow did is no statement its own minister follows: the holder may be the other side's
    text = UKR_OPENING + ("Moscow fired missiles at power stations overnight, and Foreign Minister Olena Kovalenko "
                          "called for more air defence.")
    _, rels = extract(text, UKR, title="Strikes on power stations")
    assert ("kovalenko", "member_of", "russia") not in rels


def test_a_capital_speaking_with_another_state_named_gives_no_state():
    text = UKR_OPENING + ("Moscow says the strikes hit only military sites in Ukraine, and Foreign Minister Olena "
                          "Kovalenko called the claim a lie.")
    _, rels = extract(text, UKR, title="Strikes on power stations")
    assert ("kovalenko", "member_of", "russia") not in rels
