"""Stated intentions to help or work with another are AGREE (issue 8, evrecall4; events/intentions.py,
data/intentions.yaml). Sentences of our own, about arenas outside the development texts."""

import pytest

from event_fixtures import wire_events
from foothold.errors import DataFileError
from foothold.extract.events.intentions import intention_words

ACTORS = {"Bolivia": ("bolivia", "country"), "Peru": ("peru", "country"), "Peruvian": ("peru", "country")}


def test_working_with_a_named_partner_is_a_stated_intention(tmp_path):
    got = wire_events(tmp_path, "Bolivia said on Monday it would work with Peru to hold the smugglers accountable.\n",
                      ACTORS)
    assert ("AGREE", ["bolivia"], ["peru"]) in got, got


def test_helping_verbs_through_a_carrying_verb_and_with_partners(tmp_path):
    got = wire_events(tmp_path, "Bolivia said on Monday it would continue to assist Peru. Bolivia said on Tuesday "
                                "that it would finance the railway with Peruvian partners.\n", ACTORS)
    assert [t for t, s, _ in got if s == ["bolivia"]] == ["AGREE", "AGREE"], got


def test_no_partner_another_party_or_a_refusal_is_no_intention(tmp_path):
    got = wire_events(tmp_path, "Bolivia said on Monday it would work to settle the dispute. Bolivia said on "
                                "Tuesday that Peru would help the rebels. Bolivia said on Wednesday it would not "
                                "help Peru.\n", ACTORS)
    assert not any(t == "AGREE" for t, _, _ in got), got


def test_the_word_lists_are_validated_when_loaded(tmp_path):
    bad = tmp_path / "intentions.yaml"
    bad.write_text("helping_verbs: [assist]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        intention_words(str(bad))
