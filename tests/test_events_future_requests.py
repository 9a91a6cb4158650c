"""A request a speaker says its side will make is a stated intention (events/future_requests.py; issue 8, evtypes8):
AGREE, as the makers' README codes stated intentions, not the REQUEST of a demand made. Our own sentences."""

from event_fixtures import wire_events

from foothold.extract.events.future_requests import future_request, request_words

ACTORS = {"Kenya": ("kenya", "country"), "Uganda": ("uganda", "country"),
          "Orange Movement": ("orange_movement", "organization"), "High Court": ("high_court", "organization")}


def types(got):
    return [t for t, _, _ in got]


def test_an_appeal_said_to_come_is_an_intention(tmp_path):
    got = wire_events(tmp_path, "The Orange Movement said it would appeal to the High Court.\n", ACTORS)
    assert types(got) == ["AGREE"], got
    got = wire_events(tmp_path, "The Orange Movement said it would appeal the ruling.\n", ACTORS)
    assert types(got) == ["AGREE"], got


def test_a_demand_kept_up_stays_a_request(tmp_path):
    # near miss: "would continue to press X to act" is a demand already being made (PLOVER REQUEST)
    got = wire_events(tmp_path, "Kenya said it would continue to press Uganda to reopen the border.\n", ACTORS)
    assert "REQUEST" in types(got) and "AGREE" not in types(got), got


def test_the_word_list_loads_and_negation_is_no_future_request():
    assert {"ask", "appeal"} <= request_words().asking_verbs
    assert not future_request(None)
