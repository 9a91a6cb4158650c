"""Who a holder is replaced with takes the holder's title (relations/replaced_with.py). Own sentences from arenas
outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

KENYA = {"kenya": ("country", ["Kenya"]), "odhiambo": ("person", ["Juma Odhiambo"]),
         "kiprop": ("person", ["Peter Kiprop"])}
OPENING = "NAIROBI, June 2 (Wire) - Kenya's cabinet met in emergency session on Friday. "


def test_the_one_a_holder_is_replaced_with_takes_his_title():
    for text in ("The crisis followed the president's decision to dismiss the army commander, General Juma Odhiambo, "
                 "and to replace him with Brigadier Peter Kiprop.",
                 "On Friday the president replaced the army commander, General Juma Odhiambo, with Brigadier Peter "
                 "Kiprop."):
        _, rels = extract(OPENING + text, KENYA)
        assert ("odhiambo", "member_of", "kenya") in rels and ("kiprop", "member_of", "kenya") in rels, text


def test_a_replacement_of_something_else_passes_no_title():
    _, rels = extract(OPENING + "The president dismissed the army commander, General Juma Odhiambo, and replaced the "
                      "cabinet with a council led by Peter Kiprop.", KENYA)
    assert ("kiprop", "member_of", "kenya") not in rels


def test_a_replacement_not_made_passes_no_title():
    _, rels = extract(OPENING + "The president did not replace the army commander, General Juma Odhiambo, with "
                      "Brigadier Peter Kiprop.", KENYA)
    assert ("kiprop", "member_of", "kenya") not in rels
