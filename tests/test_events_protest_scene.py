"""A protest by an unnamed crowd is aimed at the state of its own place (events/protest_scene.py; issue 8,
newswire2). Sentences are our own, about arenas outside the development texts and the newswire files."""

from event_fixtures import wire_events

PARTIES = {"Kenya": ("kenya", "country"), "Kenyan": ("kenya", "country"), "Nairobi": ("nairobi", "place"),
           "Uganda": ("uganda", "country"), "Ugandan": ("uganda", "country"), "Tanzania": ("tanzania", "country")}


def protests(events):
    return [e for e in events if e[0] == "PROTEST"]


def test_a_crowd_rioting_in_a_states_capital_protests_against_that_state(tmp_path):
    events = wire_events(tmp_path, "Opposition supporters rioted in the Kenyan capital Nairobi after the vote.",
                         PARTIES)
    assert [e for e in protests(events) if e[1] == [] and e[2] == ["kenya"]]


def test_prisoners_striking_in_a_states_prisons(tmp_path):
    events = wire_events(tmp_path, "Jailed students went on hunger strike in Ugandan prisons on Monday.", PARTIES)
    assert [e for e in protests(events) if e[2] == ["uganda"]]


def test_a_state_named_only_in_an_earlier_sentence_is_not_taken(tmp_path):
    events = wire_events(tmp_path, "Tanzania closed its border on Sunday. Opposition supporters rioted after the "
                                   "vote.", PARTIES)
    assert not [e for e in protests(events) if "tanzania" in e[2]]


def test_a_named_crowd_or_target_keeps_its_reading(tmp_path):
    events = wire_events(tmp_path, "Kenyan students rallied outside the Ugandan embassy in Nairobi.", PARTIES)
    assert [e for e in protests(events) if e[1] == ["kenya"] and "uganda" in e[2]]


def test_a_planned_protest_is_no_protest(tmp_path):
    events = wire_events(tmp_path, "Police uncovered a plot by hired thugs to stage violent protests in Nairobi.",
                         PARTIES)
    assert not protests(events)
