"""The speaker's next act after a said past state or a past-perfect saying (issue 8, evrecall4; events/narrated.py
`past_state`, `saying_past`, `second_clause_act`). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Juan Soto": ("juan_soto", "person"), "Peru": ("peru", "country"), "Chile": ("chile", "country"),
          "Bolivia": ("bolivia", "country")}


def test_a_demand_after_a_said_past_state_is_the_speakers(tmp_path):
    got = wire_events(tmp_path, "Spokesman Juan Soto said the sanctions were an act of interference in Bolivia's "
                                "internal affairs and demanded that Peru lift them.\n", ACTORS)
    assert ("REQUEST", ["juan_soto"], ["peru"]) in got, got


def test_an_accusation_after_a_past_perfect_saying_is_the_speakers(tmp_path):
    got = wire_events(tmp_path, "Two days earlier, Juan Soto had said Bolivia would not approve the bids and "
                                "accused Peru of sheltering smugglers.\n", ACTORS)
    assert any(t == "ACCUSE" and s == ["juan_soto"] and "peru" in tg for t, s, tg in got), got


def test_a_said_clause_with_its_own_subject_stays_what_was_said(tmp_path):
    got = wire_events(tmp_path, "Juan Soto said on Monday the sanctions were illegal and Peru demanded talks.\n",
                      ACTORS)
    assert not any(t == "REQUEST" and s == ["juan_soto"] for t, s, _ in got), got
