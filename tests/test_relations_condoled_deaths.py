"""A bare head or minister whose death a sentence offers condolences on holds no story's state
(relations/condoled_deaths.py). Own sentences from arenas outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"ghana": ("country", ["Ghana", "Ghanaian"]), "togo": ("country", ["Togo"]),
          "osei": ("person", ["Kwame Osei"]), "abalo": ("person", ["Faure Abalo"]), "kodjo": ("person", ["Ama Kodjo"])}
OPENING = ("Accra, 4 June 2024\n\nPresident Kwame Osei made a telephone call today to the Prime Minister of Togo. ")


def test_the_dead_holders_a_release_condoles_take_no_dateline_state():
    _, rels = extract(OPENING + "The President offered the condolences of the Ghanaian government on the "
                      "death of President Faure Abalo, Foreign Minister Ama Kodjo and their companions in the crash.",
                      ACTORS, title="President Osei offers condolences (Office of the President, 4 June 2024)")
    assert ("abalo", "leads", "ghana") not in rels and ("kodjo", "member_of", "ghana") not in rels


def test_a_holder_acting_beside_condolences_keeps_the_dateline_state():
    _, rels = extract("ACCRA, June 4 (Wire) - Ghana closed its border after the floods. In a message of sympathy to "
                      "the victims, Foreign Minister Ama Kodjo said the border would stay shut.", ACTORS)
    assert ("kodjo", "member_of", "ghana") in rels
