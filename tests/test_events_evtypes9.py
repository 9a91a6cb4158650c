"""Types of warnings and characterizations (issue 8, evtypes9): a warning of what a thing could bring about voices
concern (events/feared_outcomes.py), an act called force accuses (events/forceful_judgements.py). Our own sentences."""

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


def test_an_act_called_force_is_an_accusation(tmp_path):
    # forceful_judgements.py: the judgement types the statement, not the conjoined request
    actors = {**ACTORS, "Juan Perez": ("juan_perez", "person")}
    got = wire_events(tmp_path, "The governor of Tacna, Juan Perez, called it a blockade and asked Lima to "
                                "respond.\n", actors)
    assert ("ACCUSE", ["juan_perez"], []) in got and ("REQUEST", ["juan_perez"], ["peru"]) in got, got
    got = wire_events(tmp_path, "Juan Perez described the raid as an invasion and urged Chile to act.\n", actors)
    assert "ACCUSE" in types(got) and types(got).count("REQUEST") == 1, got


def test_a_participle_describing_the_freed_is_no_harm_vowed(tmp_path):
    # senses.vows_harm: "captured", "detained" describe whom the promise frees; "destroy" is still harm vowed
    actors = {**ACTORS, "Juan Perez": ("juan_perez", "person")}
    got = wire_events(tmp_path, "Juan Perez promised to release the captured soldiers through the elders.\n", actors)
    assert types(got) == ["AGREE"], got
    got = wire_events(tmp_path, "Juan Perez promised to free the activists detained in Lima.\n", actors)
    assert types(got) == ["AGREE"], got
    got = wire_events(tmp_path, "Juan Perez vowed to destroy the occupying troops.\n", actors)
    assert types(got) == ["THREATEN"], got


def test_the_other_sides_part_in_a_lasting_condition_is_not_promised(tmp_path):
    # future_acts._in_lasting_condition: the withdrawal asked of the other side types nothing
    actors = {**ACTORS, "Juan Perez": ("juan_perez", "person")}
    got = wire_events(tmp_path, "Juan Perez said that his movement would respect the truce, as long as Peru set a "
                                "timetable for the withdrawal of its troops.\n", actors)
    assert types(got) == ["AGREE"], got
    got = wire_events(tmp_path, "Juan Perez said that his movement would keep attacking Peru as long as its troops "
                                "stayed.\n", actors)
    assert types(got) == ["THREATEN"], got


def test_seeking_to_act_is_no_request(tmp_path):
    # future_acts.requested: "seek" asks only for its listed objects (help, talks, release ...)
    actors = {**ACTORS, "Juan Perez": ("juan_perez", "person")}
    got = wire_events(tmp_path, "Juan Perez said his party would seek to impeach the president of Peru.\n", actors)
    assert types(got) == ["THREATEN"], got
    got = wire_events(tmp_path, "Juan Perez said his party would seek help from Chile to rebuild the bridge.\n", actors)
    assert types(got) == ["REQUEST"], got
