"""evargs6: a bare definite "the troops" is the forces named just before (events/definite_forces.py)."""

from event_fixtures import wire_events

ACTORS = {"Chad": ("chad", "country"), "Chadian": ("chad", "country"), "Adre": ("adre", "place"),
          "Darfur Liberation Front": ("dlf", "organization"), "Niger": ("niger", "country")}


def test_the_troops_are_the_forces_named_before(tmp_path):
    text = ("Chadian troops entered the border town of Adre on Monday. Residents said shops were closed. "
            "The troops then burned the market and detained dozens of traders.\n")
    events = wire_events(tmp_path, text, ACTORS)
    detained = [e for e in events if e[0] == "COERCE"]
    assert detained and all(e[1] == ["chad"] for e in detained)


def test_of_phrase_names_both_forces_and_unnamed_mention_is_passed_over(tmp_path):
    text = ("On Friday soldiers of Chad and the Darfur Liberation Front reached the camp. Gunmen fired on the troops "
            "and fled. The camp lies on a river. It holds about 9,000 people.\n\n"
            "Over the next two days the troops arrested hundreds of men.\n")
    events = wire_events(tmp_path, text, ACTORS)
    arrests = [e for e in events if e[0] == "COERCE"]
    assert arrests and arrests[0][1] == ["chad", "dlf"]


def test_no_named_forces_before_binds_no_one(tmp_path):
    text = ("Fighting broke out near the camp on Friday. Residents fled. The troops then arrested hundreds of men.\n")
    events = wire_events(tmp_path, text, ACTORS)
    assert not any(e[0] == "COERCE" and e[1] for e in events)


def test_indefinite_troops_stay_unread(tmp_path):
    text = ("Chadian troops entered Adre on Monday. Troops arrested hundreds of men in a village.\n")
    events = wire_events(tmp_path, text, ACTORS)
    assert not any(e[0] == "COERCE" and e[1] == ["chad"] for e in events)


def test_forces_named_too_far_back_bind_no_one(tmp_path):
    text = ("Chadian troops entered Adre on Monday. The town lies on a river. It holds about 9,000 people. "
            "Its market is large. Traders come from far away. The troops then arrested dozens of traders.\n")
    events = wire_events(tmp_path, text, ACTORS)
    assert not any(e[0] == "COERCE" and e[1] == ["chad"] for e in events)
