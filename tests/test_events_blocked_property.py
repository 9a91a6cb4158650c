"""Property blocked under a sanctions programme is a SANCTION of its owner (issue 8, evargs5;
events/blocked_property.py). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Red Front": ("red_front", "organization"), "Treasury": ("treasury", "organization"),
          "Juan Perez": ("juan_perez", "person"), "Lima": ("lima", "place")}


def test_property_of_a_designated_group_blocked_is_a_sanction_on_it(tmp_path):
    got = wire_events(tmp_path, "As a result of today's action, all property and interests in property of the Red "
                                "Front are blocked.\n", ACTORS)
    assert any(t == "SANCTION" and "red_front" in g for t, _, g in got), got


def test_assets_blocked_by_a_ministry_name_their_owner(tmp_path):
    got = wire_events(tmp_path, "The Treasury blocked the assets of Juan Perez on Monday.\n", ACTORS)
    assert ("SANCTION", ["treasury"], ["juan_perez"]) in got, got


def test_a_road_blocked_stays_a_restriction(tmp_path):
    got = wire_events(tmp_path, "Protesters blocked the main road to Lima on Monday.\n", ACTORS)
    assert not any(t == "SANCTION" for t, _, _ in got), got
    assert any(t == "COERCE" for t, _, _ in got), got
