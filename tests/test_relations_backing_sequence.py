"""A backing verb the tagger read as a noun after a name (relations/ties.py `backs_in_sequence`, issue 8 relrecall3):
a state's name tagged as an adjective, a closing parenthesised acronym before the verb, a second backed side
coordinated past an apposition. Own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"eritrea": ("country", ["Eritrea"]), "tplf": ("organization", ["Tigray People's Liberation Front"]),
          "pakistan": ("country", ["Pakistan"]), "taliban": ("organization", ["Taliban"]),
          "rdf": ("organization", ["Rwanda Defence Force", "RDF"]), "m23": ("organization", ["March 23 Movement"]),
          "chad": ("country", ["Chad"]), "sudan": ("country", ["Sudan"]),
          "qf": ("organization", ["Qods Force"]), "liwa": ("organization", ["Liwa Fatemiyoun"]),
          "zb": ("organization", ["Zainabiyoun Brigade"])}


def test_a_state_name_before_the_misread_verb_is_the_backer():
    _, rels = extract("Pakistan arms the Taliban, Afghan officials charged.", ACTORS)
    assert ("pakistan", "allied_with", "taliban") in rels, rels


def test_a_parenthesised_acronym_closing_before_the_verb():
    _, rels = extract("The Rwanda Defence Force (RDF) arms and funds the March 23 Movement, the experts wrote.", ACTORS)
    assert ("rdf", "allied_with", "m23") in rels, rels


def test_a_second_backed_side_past_an_apposition():
    _, rels = extract("On the ground, the Qods Force armed and paid the Liwa Fatemiyoun, a militia of Afghan "
                      "refugees, and the Zainabiyoun Brigade, its Pakistani counterpart.", ACTORS)
    assert ("qf", "allied_with", "liwa") in rels, rels
    assert ("qf", "allied_with", "zb") in rels, rels


def test_arms_as_a_noun_binds_no_one():
    _, rels = extract("Sudan arms disputes with Chad were settled in 2010.", ACTORS)
    assert not {r for r in rels if r[1] == "allied_with"}, rels
    _, rels = extract("Iranian arms reached the Taliban through Pakistan.", {**ACTORS, "iran": ("country", ["Iranian"])})
    assert ("iran", "allied_with", "taliban") not in rels, rels
