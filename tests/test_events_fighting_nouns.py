"""Fighting told by a noun with the parties it is between (issue 8, evrecall4; events/fighting_nouns.py,
data/offensives.yaml `between.nouns`). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {
    "National Army of Chad": ("chad_army", "organization"), "Union of Forces for Democracy": ("ufd", "organization"),
    "Chad": ("chad", "country"), "Abeche": ("abeche", "place"), "Adre": ("adre", "place"),
}


def _assaults(got):
    return [(s, t) for typ, s, t in got if typ == "ASSAULT"]


def test_fighting_broke_out_between_two_parties_is_the_first_against_the_second(tmp_path):
    got = wire_events(tmp_path, "Fighting broke out on Monday between Chad and the Union of Forces for Democracy.\n",
                      ACTORS)
    assert _assaults(got) == [(["chad"], ["ufd"])], got


def test_fighting_whose_relative_clause_names_the_parties(tmp_path):
    got = wire_events(tmp_path, "The Secretary-General is alarmed by the heavy fighting that has raged in Abeche "
                                "since Thursday between the National Army of Chad and the Union of Forces for "
                                "Democracy.\n", ACTORS)
    assert (["chad_army"], ["ufd"]) in _assaults(got), got


def test_fighting_noun_with_its_own_between_phrase_and_a_place_inside(tmp_path):
    got = wire_events(tmp_path, "On Monday fighting between the National Army of Chad and rebel forces in Abeche "
                                "spilled into the border town of Adre.\n", ACTORS)
    assert any(s == ["chad_army"] and "abeche" not in t for s, t in _assaults(got)), got


def test_fighting_with_no_listed_parties_or_fled_from_is_no_event(tmp_path):
    got = wire_events(tmp_path, "The fighting between the two sides spread to Abeche on Monday. Villagers were "
                                "fleeing fighting between the National Army of Chad and the Union of Forces for "
                                "Democracy.\n", ACTORS)
    assert _assaults(got) == [], got
