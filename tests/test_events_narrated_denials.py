"""A speaker's next act after a denial's that-clause is the speaker's, not what was denied (issue 8, evstate3;
events/narrated.py `saying_verb`, `past_state`). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Bolivia": ("bolivia", "country"), "Peru": ("peru", "country"), "Chile": ("chile", "country")}


def test_blame_after_a_denied_past_perfect_is_the_denier_s(tmp_path):
    got = wire_events(tmp_path, "Bolivia denied that its soldiers had crossed the river and blamed Chile for the "
                                "clash.\n", ACTORS)
    assert ("ACCUSE", ["bolivia"], ["chile"]) in got, got


def test_an_accusation_after_a_denied_possession_is_the_denier_s(tmp_path):
    got = wire_events(tmp_path, "Bolivia denied that its army had any role in the bombing and accused Peru of "
                                "staging it.\n", ACTORS)
    assert ("ACCUSE", ["bolivia"], ["peru"]) in got, got


def test_a_material_act_in_the_denied_clause_stays_there(tmp_path):
    got = wire_events(tmp_path, "Bolivia denied that its soldiers had crossed the river and attacked Chile.\n", ACTORS)
    assert not any(t == "ASSAULT" and s == ["bolivia"] for t, s, _ in got), got
