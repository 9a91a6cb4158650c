"""A main verb after "X, which ...," that the parser hung inside the relative clause is X's own act (issue 8,
evargs3; events/closed_relatives.py). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Norway": ("norway", "country"), "Colombia": ("colombia", "country"), "Venezuela": ("venezuela", "country"),
          "United Nations": ("un", "organization"), "Brazil": ("brazil", "country")}


def test_a_verb_after_a_relative_closing_on_a_plural_is_the_subjects(tmp_path):
    got = wire_events(tmp_path, "Norway, which has ties to both the rebels and the paramilitary groups, called on all "
                                "sides on Monday to cease fire.\n", ACTORS)
    assert any(t == "REQUEST" and s == ["norway"] for t, s, _ in got), got


def test_a_second_clause_with_its_own_subject_does_not_swallow_the_first(tmp_path):
    got = wire_events(tmp_path, "Norway, which has close ties to both governments, called on Colombia to exercise "
                                "restraint, and the United Nations mission in Venezuela said it was alarmed by the "
                                "deaths.\n", ACTORS)
    assert any(t == "REQUEST" and s == ["norway"] for t, s, _ in got), got


def test_a_participle_with_its_own_agent_stays_a_description(tmp_path):
    got = wire_events(tmp_path, "Norway, which hosts the talks, backed by Brazil, urged Colombia to return.\n", ACTORS)
    assert any(t == "REQUEST" and s == ["norway"] for t, s, _ in got), got
    assert not any(t == "SUPPORT" and s == ["norway"] for t, s, _ in got), got
