"""A pledge said after a welcome is an act of its own (issue 8, evargs4; events/spoken_pledges.py). Sentences of
our own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Juan Soto": ("juan_soto", "person"), "Maria Paz": ("maria_paz", "person"), "Peru": ("peru", "country"),
          "Chile": ("chile", "country"), "Bolivia": ("bolivia", "country")}


def test_a_promise_after_a_welcome_is_kept(tmp_path):
    got = wire_events(tmp_path, "Peru and Chile welcomed the order and said they would assist Bolivia.\n", ACTORS)
    assert ("SUPPORT", ["peru", "chile"], []) in got, got
    assert ("AGREE", ["peru", "chile"], ["bolivia"]) in got, got


def test_readiness_after_a_congratulation_is_kept(tmp_path):
    got = wire_events(tmp_path, "Juan Soto congratulated Maria Paz on Thursday and said Chile was ready to deepen "
                                "cooperation with Peru.\n", ACTORS)
    assert any(t == "AGREE" and s == ["juan_soto"] for t, s, _ in got), got


def test_a_remark_after_a_welcome_stays_one_statement(tmp_path):
    got = wire_events(tmp_path, "Juan Soto welcomed the agreement and stressed the importance of cooperation "
                                "with Peru.\n", ACTORS)
    assert len(got) == 1, got


def test_what_the_welcomed_deal_would_do_is_no_pledge(tmp_path):
    got = wire_events(tmp_path, "Peru praised the deal on Friday, saying it would help stabilise northern "
                                "Chile.\n", ACTORS)
    assert not any(t == "AGREE" for t, _, _ in got), got
