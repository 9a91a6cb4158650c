"""Stated intentions to take part or go ahead are AGREE (issue 8, evstmt; events/stated_intents.py,
data/stated_intents.yaml). Sentences of our own, about arenas outside the development texts."""

import pytest

from event_fixtures import wire_events
from foothold.errors import DataFileError
from foothold.extract.events.stated_intents import intent_words

ACTORS = {"Bolivia": ("bolivia", "country"), "Peru": ("peru", "country"), "Evo Morales": ("morales", "person")}


def test_joining_hearing_and_going_ahead_are_stated_intentions(tmp_path):
    got = wire_events(tmp_path, "Evo Morales said on Monday that his supporters would join the march. Bolivia said on "
                                "Tuesday it would proceed with the census. Peru said on Wednesday that it would reopen "
                                "its consulate in Tacna.\n", ACTORS)
    agreed = sorted(s[0] for t, s, _ in got if t == "AGREE")
    assert agreed == ["bolivia", "morales", "peru"], got


def test_force_a_probe_a_passive_or_a_refusal_is_no_stated_intention(tmp_path):
    got = wire_events(tmp_path, "Bolivia said on Monday that its troops would open fire on smugglers. Peru said on "
                                "Tuesday that it would open an investigation. Evo Morales said on Wednesday that his "
                                "supporters would be joined by miners. Peru said on Thursday that it would not join "
                                "the talks.\n", ACTORS)
    assert not any(t == "AGREE" for t, _, _ in got), got


def test_another_party_s_future_is_no_stated_intention(tmp_path):
    got = wire_events(tmp_path, "Bolivia said on Monday that Peru would join the march.\n", ACTORS)
    assert not any(t == "AGREE" for t, _, _ in got), got


def test_the_word_lists_are_validated_when_loaded(tmp_path):
    bad = tmp_path / "stated_intents.yaml"
    bad.write_text("engaging_verbs: [join]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        intent_words(str(bad))
