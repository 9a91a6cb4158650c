"""A counted pair owning a subject's head acts through it (issue 8, args; events/pair_owners.py). Sentences of our
own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Peru": ("peru", "country"), "Ecuador": ("ecuador", "country"), "Chile": ("chile", "country"),
          "Bolivia": ("bolivia", "country"), "Geneva": ("geneva", "place")}


def test_the_heads_of_the_two_countries_forces_act_for_the_pair(tmp_path):
    got = wire_events(tmp_path, "Peru and Ecuador clashed along the border in January. The heads of the two "
                                "countries' armed forces signed a ceasefire that evening.\n", ACTORS)
    assert ("SUPPORT", ["peru", "ecuador"], []) in got, got


def test_the_two_governments_envoys_meeting_are_the_pair(tmp_path):
    got = wire_events(tmp_path, "Chile and Bolivia broke off relations in 1978. The two governments' envoys met in "
                                "Geneva on Monday.\n", ACTORS)
    assert any(t == "CONSULT" and s == ["chile", "bolivia"] for t, s, _ in got), got


def test_a_pair_noun_owning_an_object_names_no_doer(tmp_path):
    got = wire_events(tmp_path, "Chile and Bolivia broke off relations in 1978. Envoys met the two governments' "
                                "mediators in Geneva on Monday.\n", ACTORS)
    assert not any(t == "CONSULT" and s == ["chile", "bolivia"] for t, s, _ in got), got
