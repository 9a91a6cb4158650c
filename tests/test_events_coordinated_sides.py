""""The parties" / "both sides" after a coordination of two actors are those two (issue 8, evargs5;
events/coordinated_sides.py). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Government of Peru": ("peru", "country"), "Shining Path": ("shining_path", "organization"),
          "Oslo": ("oslo", "place"), "Norwegian": ("norway", "country"), "Chile": ("chile", "country"),
          "Bolivia": ("bolivia", "country"), "Argentina": ("argentina", "country")}

TALKS = "Talks between the Government of Peru and the Shining Path opened in Oslo on Monday under Norwegian mediation. "


def test_the_parties_are_the_two_coordinated_before(tmp_path):
    got = wire_events(tmp_path, TALKS + "The parties agreed to halt all offensive operations.\n", ACTORS)
    assert any(t == "AGREE" and sorted(s) == ["peru", "shining_path"] for t, s, _ in got), got


def test_the_sides_are_not_the_mediator(tmp_path):
    got = wire_events(tmp_path, TALKS + "The sides agreed to halt all offensive operations.\n", ACTORS)
    agreed = [s for t, s, _ in got if t == "AGREE"]
    assert agreed and all("norway" not in s for s in agreed), got


def test_three_coordinated_are_no_two_sides(tmp_path):
    got = wire_events(tmp_path, "Chile, Bolivia and Argentina met in Oslo on Monday. The parties agreed to halt all "
                                "offensive operations.\n", ACTORS)
    assert not any(t == "AGREE" and sorted(s) == ["argentina", "bolivia"] for t, s, _ in got), got


def test_all_parties_is_no_pair(tmp_path):
    got = wire_events(tmp_path, TALKS + "All parties agreed to halt offensive operations.\n", ACTORS)
    assert not any(t == "AGREE" and sorted(s) == ["peru", "shining_path"] for t, s, _ in got), got
