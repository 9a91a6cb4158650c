"""A frequency adverb makes a course of acts, not one act (issue 8, evrecall4; modality.REPEATING_ADVERBS): the
golds code no "has exchanged fire almost daily since October". Sentences of our own, about other arenas."""

from event_fixtures import wire_events

ACTORS = {"Chile": ("chile", "country"), "Oruro": ("oruro", "place"), "Bolivia": ("bolivia", "country")}


def test_a_perfect_told_almost_daily_over_a_span_is_no_event(tmp_path):
    got = wire_events(tmp_path, "Chile has shelled Oruro almost daily since March.\n", ACTORS)
    assert not any(t == "ASSAULT" for t, _, _ in got), got


def test_nightly_shelling_is_a_course(tmp_path):
    got = wire_events(tmp_path, "Chile shelled Oruro nightly in April.\n", ACTORS)
    assert not any(t == "ASSAULT" for t, _, _ in got), got


def test_a_daily_newspaper_reporting_one_act_keeps_it(tmp_path):
    got = wire_events(tmp_path, "The Daily Star reported that Chile shelled Oruro on Monday.\n", ACTORS)
    assert ("ASSAULT", ["chile"], ["oruro"]) in got, got
