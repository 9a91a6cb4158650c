"""A common-noun apposition the parser hangs on "Fighters of X" describes X, not the doer (issue 8, evargs3;
events/apposed_description.py). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Sudan Liberation Army": ("sla", "organization"), "Sudan Liberation Movement": ("slm", "organization"),
          "Kutum": ("kutum", "place"), "Justice Party": ("justice_party", "organization")}


def test_fighters_of_a_body_described_as_anothers_wing_are_the_bodys(tmp_path):
    got = wire_events(tmp_path, "Fighters of the Sudan Liberation Army, the armed wing of the Sudan Liberation "
                                "Movement, captured the town of Kutum on Monday.\n", ACTORS)
    assert any(t == "COERCE" and s == ["sla"] for t, s, _ in got), got


def test_a_named_apposition_still_names_the_doer(tmp_path):
    got = wire_events(tmp_path, "Her party, the Justice Party, called for talks on Monday.\n", ACTORS)
    assert any(s == ["justice_party"] for _, s, _ in got), got
