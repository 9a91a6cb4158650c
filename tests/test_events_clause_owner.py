"""A possessive "its"/"their" is its own clause's named subject (issue 8, args; events/clause_owner.py). Sentences of
our own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {
    "Andean Liberation Front": ("andean_liberation_front", "organization"), "Chile": ("chile", "country"),
    "Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"), "Chilean": ("chile", "country"),
    "Santiago": ("santiago", "place"), "La Paz": ("la_paz", "place"),
}


def test_its_in_the_object_of_a_named_state_is_that_state_not_the_group_named_before(tmp_path):
    got = wire_events(tmp_path, "The Andean Liberation Front held a rally in Santiago on Monday. Peru condemned "
                                "the bombing of a bus near its border with Bolivia on Tuesday.\n", ACTORS)
    assert not any("andean_liberation_front" in g for _, _, g in got), got


def test_its_after_a_named_state_acting_on_a_place_is_that_state(tmp_path):
    got = wire_events(tmp_path, "The Andean Liberation Front held a rally in Santiago on Monday. Bolivia deployed "
                                "troops along its frontier with Chile on Tuesday.\n", ACTORS)
    assert any(t == "MOBILIZE" and s == ["bolivia"] and "andean_liberation_front" not in g for t, s, g in got), got


def test_their_after_a_demonym_subject_is_the_demonyms_state(tmp_path):
    got = wire_events(tmp_path, "The Andean Liberation Front attacked a border post on Monday. Chilean troops "
                                "completed their withdrawal from Bolivia on Friday.\n", ACTORS)
    assert any(t == "RETREAT" and s == ["chile"] for t, s, _ in got), got


def test_its_after_a_plural_subject_or_inside_the_subject_is_left_to_the_other_rules(tmp_path):
    got = wire_events(tmp_path, "Peru said its troops had shelled rebel camps near the border on Monday.\n", ACTORS)
    assert any(t == "ASSAULT" and s == ["peru"] for t, s, _ in got), got


def test_a_party_named_between_the_subject_and_its_leaves_the_possessive_to_the_other_rules(tmp_path):
    got = wire_events(tmp_path, "Chile blamed the Andean Liberation Front for its attack on a border post in "
                                "Bolivia on Monday.\n", ACTORS)
    assert any(t == "ACCUSE" and s == ["chile"] and "andean_liberation_front" in g for t, s, g in got), got


def test_a_deployment_along_the_doers_own_border_with_a_state_faces_that_state(tmp_path):
    got = wire_events(tmp_path, "The Andean Liberation Front held a rally in Santiago on Monday. Peru deployed "
                                "5,000 troops along its border with Chile on Tuesday.\n", ACTORS)
    assert ("MOBILIZE", ["peru"], ["chile"]) in got, got
