"""What a party or its act is called types the statement (issue 8, evstate3; events/called_names.py,
data/called_names.yaml). Sentences of our own, about arenas outside the development texts."""

import pytest

from event_fixtures import wire_events
from foothold.errors import DataFileError
from foothold.extract.events.called_names import called_name_words

ACTORS = {"Bolivia": ("bolivia", "country"), "Peru": ("peru", "country"), "Peruvian": ("peru", "country"),
          "Chile": ("chile", "country")}


def test_a_word_of_scorn_after_the_object_accuses(tmp_path):
    got = wire_events(tmp_path, "Bolivia called the Peruvian tariff offer a ploy on Monday.\n", ACTORS)
    assert ("ACCUSE", ["bolivia"], ["peru"]) in got, got


def test_a_quoted_scorn_word_and_an_object_folded_into_the_judgement(tmp_path):
    got = wire_events(tmp_path, "Bolivia called Chile \"an obstacle\" to a settlement on Monday. Bolivia called "
                                "the ruling absurd on Tuesday.\n", ACTORS)
    assert [t for t, s, _ in got if s == ["bolivia"]] == ["ACCUSE", "ACCUSE"], got


def test_a_word_of_praise_supports(tmp_path):
    got = wire_events(tmp_path, "Bolivia called the river accord with Peru a historic step on Monday.\n", ACTORS)
    assert ("SUPPORT", ["bolivia"], ["peru"]) in got, got


def test_a_neutral_name_or_a_phrasal_call_is_no_judgement(tmp_path):
    got = wire_events(tmp_path, "Bolivia called the ruling final on Monday. Bolivia called the Peruvian "
                                "delegation back on Tuesday.\n", ACTORS)
    assert not any(t in ("ACCUSE", "SUPPORT") for t, _, _ in got), got


def test_the_word_lists_are_validated_when_loaded(tmp_path):
    bad = tmp_path / "called_names.yaml"
    bad.write_text("scorn_words: [sham]\npraise_words: [historic]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        called_name_words(str(bad))


def test_scorn_for_a_claim_or_an_offer_rejects_it(tmp_path):
    got = wire_events(tmp_path, "Bolivia called the Peruvian allegations absurd on Monday. Bolivia called the "
                                "Peruvian proposal a trick on Tuesday.\n", ACTORS)
    assert [t for t, s, _ in got if s == ["bolivia"]] == ["REJECT", "REJECT"], got
