"""A request told by what is asked in a clause (issue 8, evskip3; events/asked_clauses.py). Sentences of our own,
about arenas outside the development texts (the Andes)."""

from event_fixtures import wire_events

PARTIES = {"Peru": ("peru", "country"), "Chile": ("chile", "country"), "Hugo Vera": ("vera", "person"),
           "Ana Soto": ("soto", "person")}


def test_a_that_clause_or_an_act_asked_is_a_request(tmp_path):
    for body in ("On Monday Hugo Vera asked that disputes with Chile be settled through dialogue.",
                 "In February, Hugo Vera asked to meet Ana Soto, and her office turned him down."):
        got = wire_events(tmp_path, body, PARTIES)
        assert any(t == "REQUEST" and "vera" in s for t, s, _ in got), (body, got)


def test_asking_for_oneself_or_a_negated_ask_is_no_request(tmp_path):
    for body in ("Hugo Vera, who asked not to be named, said Peru would wait.",
                 "Hugo Vera asked to remain anonymous on Monday.",
                 "Hugo Vera did not ask that the talks with Chile be delayed."):
        got = wire_events(tmp_path, body, PARTIES)
        assert not any(t == "REQUEST" and "vera" in s for t, s, _ in got), (body, got)
