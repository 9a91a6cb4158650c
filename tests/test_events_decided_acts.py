"""Acts told as another party's decision are that party's acts (issue 8, evargs5; events/decided_acts.py).
Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Peru": ("peru", "country"), "Peruvian": ("peru", "country"), "Chile": ("chile", "country"),
          "Chilean": ("chile", "country"), "Andean Council": ("andean_council", "organization"),
          "Bolivia": ("bolivia", "country")}


def test_the_decision_of_a_state_to_recall_its_envoy_is_its_act(tmp_path):
    got = wire_events(tmp_path, "Bolivia regrets the decision of Chile to recall its ambassador to Peru.\n", ACTORS)
    assert any(t == "SANCTION" and s == ["chile"] for t, s, _ in got), got


def test_a_decision_taken_by_a_body_is_the_bodys_act(tmp_path):
    got = wire_events(tmp_path, "Peru welcomes the decision taken today by the Andean Council to close its airspace "
                                "to Chilean airlines.\n", ACTORS)
    assert any(t == "SANCTION" and s == ["andean_council"] for t, s, _ in got), got
    assert any(t == "SUPPORT" and s == ["peru"] for t, s, _ in got), got     # the welcome stays the speaker's


def test_the_reaction_and_the_decided_act_are_two_events(tmp_path):
    got = wire_events(tmp_path, "Peru condemned the decision of Chile to expel two Peruvian diplomats.\n", ACTORS)
    assert ("ACCUSE", ["peru"], ["chile"]) in got, got
    assert any(t == "SANCTION" and s == ["chile"] for t, s, _ in got), got


def test_a_decision_with_no_named_decider_adds_no_act(tmp_path):
    got = wire_events(tmp_path, "Peru condemned the decision to expel two Peruvian diplomats.\n", ACTORS)
    assert not any(t == "SANCTION" for t, _, _ in got), got


def test_a_plan_is_no_decision_taken(tmp_path):
    got = wire_events(tmp_path, "Peru condemned the plan of Chile to expel two Peruvian diplomats.\n", ACTORS)
    assert not any(t == "SANCTION" and s == ["chile"] for t, s, _ in got), got


def test_a_decision_announced_in_a_parenthesis_is_still_the_deciders(tmp_path):
    got = wire_events(tmp_path, "Bolivia regrets the decision of Chile, announced today, to recall its ambassador to "
                                "Peru and to demand that Peru withdraw its ambassador from Santiago.\n", ACTORS)
    assert any(t == "SANCTION" and s == ["chile"] for t, s, _ in got), got
    assert any(t == "REQUEST" and s == ["chile"] for t, s, _ in got), got
