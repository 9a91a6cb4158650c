"""A title held in a state's unnamed body written with the state's possessive ("the chief of staff of Peru's armed
forces, X") binds the holder after the body's words (relations/title_phrases.past_unnamed_body, issue 8): own
sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"peru": ("country", ["Peru"]), "mendez": ("person", ["Carlos Mendez"]),
          "ecuador": ("country", ["Ecuador"]), "vela": ("person", ["Jaime Vela"])}


def test_the_holder_after_a_states_possessive_body_serves_the_state():
    _, rels = extract("On May 3 the chief of staff of Peru's armed forces, Carlos Mendez, met officers.", ACTORS)
    assert ("mendez", "member_of", "peru") in rels, rels
    _, rels = extract("The commander of Ecuador's navy, Admiral Jaime Vela, inspected the port.", ACTORS)
    assert ("vela", "member_of", "ecuador") in rels, rels


def test_the_holder_before_the_title_still_serves_the_state_and_no_one_else():
    _, rels = extract("Carlos Mendez, the commander of Peru's armed forces, met Jaime Vela.", ACTORS)
    assert ("mendez", "member_of", "peru") in rels, rels
    assert ("vela", "member_of", "peru") not in rels, rels
