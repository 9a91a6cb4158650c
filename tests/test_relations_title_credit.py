"""A document title's closing credit names its publisher, not its topic (relations/index.py `without_credit`, read
by `TokenIndex.title_state` for a bare head's state). Own titles and sentences, arenas outside the tuning documents."""

from __future__ import annotations

from foothold.extract.relations.index import without_credit
from test_relations import extract

ACTORS = {"chile": ("country", ["Chile"]), "peru": ("country", ["Peru"]), "rojas": ("person", ["Ana Rojas"])}
TEXT = "Troops killed four miners in northern Chile, and Peru closed the border. President Ana Rojas did not comment."


def test_a_state_named_only_in_the_credit_does_not_hide_the_topics_state():
    _, rels = extract(TEXT, ACTORS, title="Chile: the killings at the Atacama mine, May 2021 (Peru Watch briefing)")
    assert ("rojas", "leads", "chile") in rels and ("rojas", "leads", "peru") not in rels


def test_a_credit_still_names_the_state_when_the_rest_names_none():
    _, rels = extract(TEXT, ACTORS, title="Statement on the Atacama mine (Government of Chile, May 2021)")
    assert ("rojas", "leads", "chile") in rels


def test_two_states_outside_the_credit_give_none():
    _, rels = extract(TEXT, ACTORS, title="Chile and Peru trade blame over the Atacama mine (Andes Wire, May 2021)")
    assert not any(s == "rojas" for s, _, _ in rels)


def test_without_credit_keeps_a_title_that_is_only_a_parenthesis():
    assert without_credit("Talks resume (Andes Wire, 3 May 2021)") == "Talks resume"
    assert without_credit("(untitled)") == "(untitled)"
    assert without_credit("Chile (2021) and the mine") == "Chile (2021) and the mine"
