"""A body whose own name calls it an alliance, front or movement is no state's organ (spurious12:
relations/part_of.NON_STATE_NAME_WORDS). Own sentences, arenas outside the development texts."""

from test_relations import extract

NAMES = {"bolivia": ("country", ["Bolivia"]), "alliance": ("organization", ["Bolivian National Democratic Alliance Army"]),
         "army": ("organization", ["Bolivian Army"])}


def test_an_alliance_army_is_no_part_of_the_state():
    _, rels = extract("Fighters of the Bolivian National Democratic Alliance Army seized the town in Bolivia.", NAMES)
    assert ("alliance", "part_of", "bolivia") not in rels


def test_the_state_army_is_still_part_of_the_state():
    _, rels = extract("The Bolivian Army retook the town in Bolivia.", NAMES)
    assert ("army", "part_of", "bolivia") in rels
