"""Strikes named as what a verb was done "with" carry its subject as their doer, into the relative clause that tells
what they did (issue 8, evargs3; events/answered_with.py). Sentences of our own, about arenas outside the dev texts."""

from event_fixtures import wire_events

ACTORS = {"Armenia": ("armenia", "country"), "Azerbaijan": ("azerbaijan", "country"),
          "Stepanakert": ("stepanakert", "place"), "Shusha": ("shusha", "place")}


def test_strikes_an_answer_was_made_with_are_the_answerers(tmp_path):
    got = wire_events(tmp_path, "Azerbaijan answered with strikes across the region that killed at least nine "
                                "people in the villages near Shusha on Monday.\n", ACTORS)
    assert any(t == "ASSAULT" and s == ["azerbaijan"] for t, s, _ in got), got


def test_a_subject_hit_with_strikes_did_not_strike(tmp_path):
    got = wire_events(tmp_path, "Stepanakert was hit with strikes that killed nine people on Monday.\n", ACTORS)
    assert not any(s == ["stepanakert"] for _, s, _ in got), got


def test_a_relative_on_a_group_is_the_groups_deed_not_the_strikes(tmp_path):
    got = wire_events(tmp_path, "Azerbaijan answered with strikes on the militiamen who attacked Stepanakert on "
                                "Monday.\n", ACTORS)
    assert not any(t == "ASSAULT" and s == ["azerbaijan"] and g == ["stepanakert"] for t, s, g in got), got
