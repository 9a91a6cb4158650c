"""A stated own-side plan is AGREE (issue 8, evstate3; events/own_intentions.py, data/own_intentions.yaml).
Sentences of our own, about arenas outside the development texts."""

import pytest

from event_fixtures import wire_events
from foothold.errors import DataFileError
from foothold.extract.events.own_intentions import own_intention_words

ACTORS = {"Bolivia": ("bolivia", "country"), "Peru": ("peru", "country"), "Chile": ("chile", "country")}


def test_an_own_plan_announced_is_agree(tmp_path):
    got = wire_events(tmp_path, "Bolivia said on Monday it would seek a new vote in parliament.\n", ACTORS)
    assert ("AGREE", ["bolivia"], []) in got, got


def test_a_carrying_verb_reads_its_complement(tmp_path):
    got = wire_events(tmp_path, "Bolivia said on Monday it would try to reopen the northern railway.\n", ACTORS)
    assert [t for t, s, _ in got if s == ["bolivia"]] == ["AGREE"], got


def test_another_party_s_future_an_idle_verb_or_a_bare_partner_verb_is_no_plan(tmp_path):
    got = wire_events(tmp_path, "Bolivia said on Monday that Chile would build the road. Bolivia said on Tuesday "
                                "it would continue to monitor the situation. Bolivia said on Wednesday it would "
                                "work to settle the dispute.\n", ACTORS)
    assert not any(t == "AGREE" for t, _, _ in got), got


def test_the_word_lists_are_validated_when_loaded(tmp_path):
    bad = tmp_path / "own_intentions.yaml"
    bad.write_text("other_verbs: [wait]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        own_intention_words(str(bad))
