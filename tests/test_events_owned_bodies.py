"""A named body owned or headed by a person acts itself (issue 8, args; events/owned_bodies.py). Sentences of our
own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {
    "Supreme Council": ("supreme_council", "organization"), "Daniel Ortega": ("daniel_ortega", "person"),
    "Congress Party": ("congress_party", "organization"), "Sonia Gandhi": ("sonia_gandhi", "person"),
    "Managua": ("managua", "place"), "Nicaragua": ("nicaragua", "country"),
    "Quds Brigade": ("quds_brigade", "organization"), "Abu Karim": ("abu_karim", "person"),
}


def test_a_named_council_of_a_person_is_the_council(tmp_path):
    got = wire_events(tmp_path, "The Supreme Council of President Daniel Ortega imposed a curfew in Managua on "
                                "Monday.\n", ACTORS)
    assert any(s == ["supreme_council"] for _, s, _ in got), got


def test_members_of_a_persons_named_party_act_for_the_party(tmp_path):
    got = wire_events(tmp_path, "Lawmakers of Sonia Gandhi's Congress Party boycotted the vote on Monday.\n", ACTORS)
    assert any(t == "PROTEST" and s == ["congress_party"] for t, s, _ in got), got


def test_a_person_apposed_to_a_title_of_the_body_still_acts(tmp_path):
    got = wire_events(tmp_path, "The commander of the Quds Brigade, Abu Karim, visited Managua on Monday.\n", ACTORS)
    assert any(s == ["abu_karim"] for _, s, _ in got), got
