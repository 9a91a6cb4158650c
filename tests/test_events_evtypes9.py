"""A warning of what a thing could bring about voices concern (events/feared_outcomes.py; issue 8, evtypes9):
PLOVER ACCUSE, not the THREATEN of a coercive warning. Our own sentences (the Andes)."""

from event_fixtures import wire_events

ACTORS = {"Andean Council": ("andean_council", "organization"), "Peru": ("peru", "country"),
          "Bolivia": ("bolivia", "country"), "Lima": ("peru", "country"), "Chile": ("chile", "country")}


def types(got):
    return [t for t, _, _ in got]


def test_a_thing_that_could_harm_is_a_concern(tmp_path):
    got = wire_events(tmp_path, "The Andean Council warned Lima that the mining law could damage "
                                "its water treaty with Bolivia.\n", ACTORS)
    assert types(got) == ["ACCUSE"], got
    got = wire_events(tmp_path, "Chile warned that the new port may serve as a route "
                                "for Bolivian weapons.\n", ACTORS)
    assert types(got) == ["ACCUSE"], got


def test_the_speakers_own_act_or_a_promised_consequence_stays_a_threat(tmp_path):
    # near misses: the speaker's own hedged act, a consequence told with "would", a condition
    got = wire_events(tmp_path, "Bolivia warned Peru that it could cut gas deliveries to Lima.\n", ACTORS)
    assert types(got) == ["THREATEN"], got
    got = wire_events(tmp_path, "Bolivia warned Peru that the move would meet a harsh response.\n", ACTORS)
    assert types(got) == ["THREATEN"], got

