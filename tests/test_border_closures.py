"""A state's border, frontier or crossing(s) closed is SANCTION "border closure", as the eval makers code it
(seed.gold.notes.md item 28; events/border_closures.py, data/border_closures.yaml); cordons, roads, curfews and
closures of anything else stay COERCE restrict. Sentences written for these tests (Andean and Sahel arenas)."""

import pytest

from event_fixtures import wire_events

from foothold.errors import DataFileError
from foothold.extract.events.border_closures import border_closure_words

ACTORS = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"),
          "Tacna": ("tacna", "place"), "Andean Front": ("front", "organization"),
          "Colonel Ibra Sanou": ("sanou", "person")}


def typed(got, etype):
    return [g for g in got if g[0] == etype]


def test_vocabulary_loads_and_is_validated(tmp_path):
    words = border_closure_words()
    assert "crossing" in words.crossing_nouns and "closure" in words.closure_nouns
    bad = tmp_path / "border_closures.yaml"
    bad.write_text("crossing_nouns: [border]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        border_closure_words(str(bad))


@pytest.mark.parametrize("sentence", [
    "Bolivia closed its land crossings to foreign pilgrims on Monday.\n",     # closed "to" people on the move
    "Bolivia shut its border crossings for two days.\n",                      # all its own crossings at once
    "Colonel Ibra Sanou closed the country's borders late on Friday.\n",      # no recipient, a person as closer
    "Colonel Ibra Sanou announced the closure of the country's land and air borders on Friday.\n",   # a closure noun
    "Bolivia ordered the closure of its frontier with Peru on Friday.\n",
])
def test_a_states_closed_border_is_a_border_closure(tmp_path, sentence):
    got = wire_events(tmp_path, sentence, ACTORS)
    assert typed(got, "SANCTION") and not typed(got, "COERCE"), got


@pytest.mark.parametrize("sentence", [
    "The Andean Front closed the road to Tacna on Monday.\n",                  # a road: a cordon
    "Chile imposed a curfew in Tacna on Monday.\n",                            # a curfew
    "Chile sealed off Tacna on Monday.\n",                                     # a town cordoned off
    "Chile ordered the closure of schools in Tacna on Friday.\n",             # a closure of no border
])
def test_cordons_curfews_and_other_closures_stay_restrictions(tmp_path, sentence):
    got = wire_events(tmp_path, sentence, ACTORS)
    assert typed(got, "COERCE") and not typed(got, "SANCTION"), got
