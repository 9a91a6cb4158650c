"""The host a named state's official meets in a capital (relations/met_in_capital.py). Own sentences from arenas
outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

ANDES = {"chile": ("country", ["Chile"]), "peru": ("country", ["Peru"]), "lima": ("place", ["Lima"]),
         "santiago": ("place", ["Santiago"]), "geneva": ("place", ["Geneva"]),
         "switzerland": ("country", ["Switzerland"]),
         "soto": ("person", ["Ana Soto"]), "vera": ("person", ["Luis Vera"])}
AFTER = " Peru and Chile agreed to meet again. Switzerland offered to host the next round."


def test_the_official_met_in_another_states_capital_is_its_host():
    _, rels = extract("In March, Chile's Foreign Minister, Ana Soto, met Foreign Minister Luis Vera in Lima during "
                      "the border talks." + AFTER, ANDES)
    assert ("vera", "member_of", "peru") in rels and ("soto", "member_of", "chile") in rels
    _, rels = extract("In May 2021 Chile's Foreign Minister, Ana Soto, met with President Luis Vera in Lima." + AFTER,
                      ANDES)
    assert ("vera", "leads", "peru") in rels


def test_the_official_met_in_the_visitors_own_capital_is_no_national_of_it():
    _, rels = extract("In March, Chile's Foreign Minister, Ana Soto, met Foreign Minister Luis Vera in Santiago "
                      "during the border talks." + AFTER, ANDES)
    assert ("vera", "member_of", "chile") not in rels and ("vera", "member_of", "peru") not in rels


def test_a_meeting_on_neutral_ground_gives_no_state():
    _, rels = extract("In March, Chile's Foreign Minister, Ana Soto, met Foreign Minister Luis Vera in Geneva "
                      "during the border talks." + AFTER, ANDES)
    assert not any(s == "vera" for s, _, _ in rels)


def test_a_visitor_named_by_no_state_makes_no_host():
    _, rels = extract("In March, the mediator Ana Soto met Foreign Minister Luis Vera in Lima during the border "
                      "talks." + AFTER, ANDES)
    assert ("vera", "member_of", "peru") not in rels
