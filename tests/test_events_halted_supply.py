"""Supply stopped is a SANCTION (events/halted_supply.py, data/halted_supply.yaml; measures.yaml exchanges: supply,
transit; issue 8, evvocab2 second pass). Sentences are our own, about arenas outside the development texts."""

import pytest

from event_fixtures import wire_events
from foothold.errors import DataFileError
from foothold.extract.events.halted_supply import supply_words

PARTIES = {"Algeria": ("algeria", "country"), "Morocco": ("morocco", "country"), "Spain": ("spain", "country"),
           "Algerian": ("algeria", "country"), "Sonatrach": ("sonatrach", "organization")}


def sanctions(events):
    return [e for e in events if e[0] == "SANCTION"]


@pytest.mark.parametrize("sentence", [
    "Algeria stopped pumping gas to Morocco through the Maghreb pipeline on Sunday.",
    "Sonatrach ceased supplying gas to Morocco at midnight.",
    "Algeria halted gas supplies to Morocco on Sunday.",
])
def test_a_supply_stopped_is_a_sanction(tmp_path, sentence):
    assert [e for e in sanctions(wire_events(tmp_path, sentence, PARTIES)) if e[1] or e[2]]


@pytest.mark.parametrize("sentence", [
    "Sonatrach ceased supplying gas to Morocco at midnight.",
    "Algeria halted gas supplies to Morocco on Sunday.",
])
def test_whom_the_supply_went_to_is_the_target(tmp_path, sentence):
    # (a "to X" the parser reads as a dative of the gerund is not read yet: "stopped pumping gas to Morocco")
    assert [e for e in sanctions(wire_events(tmp_path, sentence, PARTIES)) if "morocco" in e[2]]


def test_the_stopped_gerund_is_no_aid(tmp_path):
    events = wire_events(tmp_path, "Sonatrach ceased supplying gas to Morocco at midnight.", PARTIES)
    assert not [e for e in events if e[0] == "AID"]


@pytest.mark.parametrize("sentence", [
    "Algeria stopped talking to Morocco in August.",              # no supplying act
    "Algeria kept pumping gas to Spain through the Medgaz line.",  # nothing halted
])
def test_other_halts_or_supplies_going_on_are_no_sanction(tmp_path, sentence):
    assert not sanctions(wire_events(tmp_path, sentence, PARTIES))


def test_the_word_lists_are_validated(tmp_path):
    bad = tmp_path / "halted_supply.yaml"
    bad.write_text("halting_verbs: [stop]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        supply_words(str(bad))
