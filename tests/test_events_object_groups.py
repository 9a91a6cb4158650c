"""An object "the group" / "the rebels" is the organisation named last before it (issue 8, args;
events/object_groups.py). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Shining Path": ("shining_path", "organization"), "Peru": ("peru", "country"),
          "Ayacucho": ("ayacucho", "place"), "Andean Red Cross": ("andean_red_cross", "organization")}


def test_the_group_blamed_is_the_organisation_named_before(tmp_path):
    got = wire_events(tmp_path, "The Shining Path never claimed the bombing in Ayacucho, but Peru blamed the group "
                                "on Monday.\n", ACTORS)
    assert ("ACCUSE", ["peru"], ["shining_path"]) in got, got


def test_talks_with_the_rebels_are_with_the_organisation_named_before(tmp_path):
    got = wire_events(tmp_path, "The Shining Path released two hostages in Ayacucho. Peru opened talks with the "
                                "rebels on Friday.\n", ACTORS)
    assert any(t == "CONSULT" and s == ["peru"] and g == ["shining_path"] for t, s, g in got), got


def test_the_group_is_not_the_doer_itself(tmp_path):
    got = wire_events(tmp_path, "The Andean Red Cross condemned the group on Monday.\n", ACTORS)
    assert not any("andean_red_cross" in g for _, _, g in got), got


def test_a_source_note_after_the_group_does_not_hide_it(tmp_path):
    got = wire_events(tmp_path, "The Shining Path never claimed the bombing, but Peru blamed the group (Andina, "
                                "May 2, 1992).\n", ACTORS)
    assert any(t == "ACCUSE" and g == ["shining_path"] for t, _, g in got), got
