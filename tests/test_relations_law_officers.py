"""A state's attorney general serves it as a minister does (roles.yaml titles, issue 8 relrecall3): own sentences
from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"kenya": ("country", ["Kenya"]), "peru": ("country", ["Peru", "Peruvian"]),
          "muturi": ("person", ["Justin Muturi"]), "benavides": ("person", ["Patricia Benavides"])}


def test_the_state_the_phrase_names():
    _, rels = extract("Peru's Attorney General Patricia Benavides opened an investigation.", ACTORS)
    assert ("benavides", "member_of", "peru") in rels, rels
    _, rels = extract("The attorney general of Kenya, Justin Muturi, said the government would appeal.", ACTORS)
    assert ("muturi", "member_of", "kenya") in rels, rels


def test_a_bare_attorney_general_in_the_story_state():
    _, rels = extract("Kenya closed the border on Friday. Attorney General Justin Muturi said the government "
                      "would appeal.", ACTORS)
    assert ("muturi", "member_of", "kenya") in rels, rels
    assert ("muturi", "leads", "kenya") not in rels, rels
