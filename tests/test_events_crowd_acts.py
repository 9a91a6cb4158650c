"""What a protesting crowd does is its protest, aimed at the body at whose seat it gathers (events/crowd_acts.py,
data/crowd_acts.yaml, protest_scene.protest_body; issue 8, evvocab2 second pass). Sentences are our own, about
arenas outside the development texts."""

import pytest

from event_fixtures import wire_events
from foothold.errors import DataFileError
from foothold.extract.events.crowd_acts import crowd_words

PARTIES = {"Serbia": ("serbia", "country"), "Serbian": ("serbia", "country"), "Belgrade": ("belgrade", "place"),
           "National Assembly": ("national_assembly", "organization"), "Croatian": ("croatia", "country"),
           "Croatia": ("croatia", "country")}


def protests(events):
    return [e for e in events if e[0] == "PROTEST"]


def test_protesters_gathering_at_a_bodys_seat_protest_against_it(tmp_path):
    events = wire_events(tmp_path, "Thousands of protesters gathered outside the National Assembly on Sunday.",
                         PARTIES)
    assert [e for e in protests(events) if e[2] == ["national_assembly"]]


@pytest.mark.parametrize("sentence", [
    "Hundreds of protesters climbed the walls of the Croatian embassy in Belgrade.",
    "On Friday demonstrators surrounded the Croatian embassy in Belgrade.",
    "Demonstrators surrounded the Croatian embassy in Belgrade on Friday.",   # a sentence-opening plural
])
def test_a_crowd_at_a_named_mission_protests_against_its_state(tmp_path, sentence):
    assert [e for e in protests(wire_events(tmp_path, sentence, PARTIES)) if "croatia" in e[2]]


def test_an_unnamed_mission_is_not_the_host_state(tmp_path):
    events = wire_events(tmp_path, "Serbia recalled its envoy. Hundreds of protesters climbed the embassy walls in "
                                   "Belgrade before dawn.", PARTIES)
    assert not [e for e in protests(events) if "serbia" in e[2]]


@pytest.mark.parametrize("sentence", [
    "Serbian officials gathered outside the National Assembly on Sunday.",   # no crowd of protesters
    "Police blocked the protesters outside the National Assembly.",          # the crowd is acted on
    "Protesters were gathered into police vans outside the National Assembly.",
])
def test_other_subjects_or_a_passive_crowd_tell_no_protest(tmp_path, sentence):
    assert not protests(wire_events(tmp_path, sentence, PARTIES))


def test_the_word_lists_are_validated(tmp_path):
    bad = tmp_path / "crowd_acts.yaml"
    bad.write_text("crowd_nouns: [protester]\ndemo_verbs: []\nriot_verbs: [1]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        crowd_words(str(bad))
