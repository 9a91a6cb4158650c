"""A capitalised portfolio before a minister's title is part of the title (roles.yaml title_modifiers.rank, issue 8):
own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"ghana": ("country", ["Ghana"]), "nkrumah": ("person", ["Kojo Oppong Nkrumah"]),
          "peru": ("country", ["Peru"]), "arana": ("person", ["Eduardo Arana"])}


def test_a_capitalised_portfolio_keeps_the_states_possessive_on_the_minister():
    _, rels = extract("Ghana's Information Minister Kojo Oppong Nkrumah announced the ban on Monday.", ACTORS)
    assert ("nkrumah", "member_of", "ghana") in rels, rels
    _, rels = extract("Peru's Justice Minister Eduardo Arana said the prisoners would be moved.", ACTORS)
    assert ("arana", "member_of", "peru") in rels, rels
