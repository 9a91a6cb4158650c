"""A bare-titled holder the sentence designates, sanctions or indicts gets no state from the story's guess
(relations/punished.py, issue 8 relrecall3): own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"us": ("country", ["United States"]), "chiwenga": ("person", ["Constantino Chiwenga"]),
          "harris": ("person", ["Kamala Harris"])}
TITLE = "United States sanctions announced"


def test_a_designated_vice_president_is_not_the_issuers():
    _, rels = extract("The United States announced new sanctions. Vice President Constantino Chiwenga was sanctioned "
                      "for corruption.", ACTORS)
    assert ("chiwenga", "member_of", "us") not in rels, rels


def test_a_speaking_vice_president_keeps_the_story_state():
    _, rels = extract("The United States announced new sanctions. Vice President Kamala Harris said the sanctions "
                      "would stay.", ACTORS)
    assert ("harris", "member_of", "us") in rels, rels
