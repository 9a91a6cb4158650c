"""A verbal act after a said clause whose subject cannot speak is the speaker's (issue 8, evargs4;
events/mute_said_subjects.py). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Juan Soto": ("juan_soto", "person"), "Peru": ("peru", "country"), "Chile": ("chile", "country"),
          "Bolivia": ("bolivia", "country"), "Supreme Court": ("court", "organization"),
          "State Department": ("state_department", "organization"), "Congress": ("congress", "organization")}


def test_a_request_after_what_a_document_lacked_is_the_speakers(tmp_path):
    got = wire_events(tmp_path, "The Supreme Court said the complaint lacked legal grounds but urged Congress to "
                                "hold a recount in future votes.\n", ACTORS)
    assert ("REQUEST", ["court"], ["congress"]) in got, got


def test_an_inquiry_after_what_an_attack_did_is_the_speakers(tmp_path):
    got = wire_events(tmp_path, "Juan Soto said the attack targeted the security of the people of Bolivia and "
                                "ordered an inquiry.\n", ACTORS)
    assert any(t == "ACCUSE" and s == ["juan_soto"] for t, s, _ in got), got


def test_another_act_after_the_speakers_own_it_is_the_speakers(tmp_path):
    got = wire_events(tmp_path, "The State Department said it condemned the raid on the embassy and urged Peru "
                                "and Chile to resolve their differences.\n", ACTORS)
    assert ("REQUEST", ["state_department"], ["peru", "chile"]) in got, got


def test_the_same_stance_after_the_speakers_own_it_stays_one_statement(tmp_path):
    got = wire_events(tmp_path, "The State Department said it supported a peaceful resolution and backed the "
                                "treaty with Peru.\n", ACTORS)
    assert len([e for e in got if e[0] == "SUPPORT"]) == 1, got


def test_a_demand_after_what_others_did_stays_theirs(tmp_path):
    got = wire_events(tmp_path, "Juan Soto said Chile seized the town and ordered an inquiry.\n", ACTORS)
    assert not any(t == "ACCUSE" and s == ["juan_soto"] for t, s, _ in got), got
