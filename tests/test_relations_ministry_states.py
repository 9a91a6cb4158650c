"""A minister's portfolio matched only to a ministry the text does not give another state (spurious13:
relations/ministry_states.py, read by title_relations.find_ministry). Own sentences, arenas outside the development
texts."""

from __future__ import annotations

from test_relations import extract

NAMES = {"chile": ("country", ["Chile", "Chilean"]), "peru": ("country", ["Peru", "Peruvian"]),
         "ministry": ("organization", ["Ministry of Health and Social Protection"]),
         "rojas": ("person", ["Ana Rojas"]), "vega": ("person", ["Luis Vega"]), "soto": ("person", ["Marta Soto"])}


def test_another_states_minister_does_not_lead_the_ministry():
    _, rels = extract("Peru's health minister, Ana Rojas, arrived in Santiago on Monday. She met Luis Vega, who heads "
                      "Chile's Ministry of Health and Social Protection.", NAMES)
    assert ("rojas", "leads", "ministry") not in rels
    assert ("rojas", "member_of", "peru") in rels


def test_the_ministrys_own_states_minister_still_leads_it():
    _, rels = extract("Chile's health minister, Marta Soto, spoke in Santiago on Monday. Luis Vega, an adviser, "
                      "works at Chile's Ministry of Health and Social Protection.", NAMES)
    assert ("soto", "leads", "ministry") in rels


def test_a_demonym_in_any_form_of_the_ministry_counts():
    names = {"norway": ("country", ["Norway", "Norwegian"]), "denmark": ("country", ["Denmark", "Danish"]),
             "ministry": ("organization", ["Danish Foreign Ministry", "Foreign Ministry"]),
             "berg": ("person", ["Ola Berg"])}
    _, rels = extract("The Danish Foreign Ministry said on Monday that the Foreign Ministry would reply. Norwegian "
                      "Foreign Minister Ola Berg said Norway would wait.", names)
    assert ("berg", "leads", "ministry") not in rels
