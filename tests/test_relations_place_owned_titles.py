"""A bare title owned by a place that is no state (issue 8, spurious8; relations/place_owned_titles.py): a
province's premier, a region's or breakaway territory's minister takes no story's state. Own sentences, arenas
outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

AUSTRALIA = {"australia": ("country", ["Australia", "Australian"]), "bligh": ("person", ["Anna Bligh"]),
             "rudd": ("person", ["Kevin Rudd"]), "keating": ("person", ["Mark Keating"])}
OPENING = "CANBERRA, 12 January 2011 (Southern Cross Wire) - Floods swept across eastern Australia on Tuesday.\n\n"


def test_a_premier_after_a_place_the_tagger_names_takes_no_storys_state():
    text = OPENING + "Queensland Premier Anna Bligh said the floods would cost the state billions of dollars."
    _, rels = extract(text, AUSTRALIA, title="Floods in Australia")
    assert not any(s == "bligh" and o == "australia" for s, _, o in rels)


def test_a_bare_prime_minister_keeps_the_storys_state():
    text = OPENING + "Prime Minister Kevin Rudd said the army would help clear the roads."
    _, rels = extract(text, AUSTRALIA, title="Floods in Australia")
    assert ("rudd", "leads", "australia") in rels


def test_a_portfolio_word_is_no_place():
    text = OPENING + "Transport Minister Mark Keating said the highway would reopen on Friday."
    _, rels = extract(text, AUSTRALIA, title="Floods in Australia")
    assert ("keating", "member_of", "australia") in rels


SPAIN = {"spain": ("country", ["Spain", "Spanish"]), "catalonia": ("place", ["Catalonia"]),
         "puig": ("person", ["Jordi Puig"]), "madrid": ("place", ["Madrid"])}
SPAIN_OPENING = "MADRID, 2 October 2017 (Iberia Wire) - Spain's government sent police to polling stations on Sunday.\n\n"


def test_a_region_owning_a_minister_takes_no_storys_state():
    text = SPAIN_OPENING + "Catalonia's interior minister, Jordi Puig, said the police had injured hundreds of voters."
    _, rels = extract(text, SPAIN, title="Police at Spain's polling stations")
    assert not any(s == "puig" and o == "spain" for s, _, o in rels)


def test_a_governments_own_word_before_the_title_is_no_place():
    text = OPENING + "The army was sent in.\n\nGovernment Minister Mark Keating said the army would stay a week."
    _, rels = extract(text, AUSTRALIA, title="Floods in Australia")
    assert ("keating", "member_of", "australia") in rels
