"""A munition arriving or doing damage is an attack (events/munitions.py, data/munitions.yaml; issue 8, evvocab).

Sentences are our own, written for these tests about arenas outside the development texts.
"""

import pytest

from event_fixtures import wire_events
from foothold.extract.events.lexicon import LexiconError
from foothold.extract.events.munitions import load_munitions, munition_trigger, parse_munitions

PARTIES = {"Eritrea": ("eritrea", "country"), "Ethiopia": ("ethiopia", "country"),
           "Eritrean": ("eritrea", "country"), "Ethiopian": ("ethiopia", "country"),
           "Zalambessa": ("zalambessa", "place"), "Tigray Front": ("tigray_front", "organization")}


def attacks(events):
    return [e for e in events if e[0] == "ASSAULT"]


def test_shells_landing_in_a_town_are_an_attack_by_their_state(tmp_path):
    events = wire_events(tmp_path, "Eritrean shells landed in the Ethiopian town of Zalambessa on Tuesday.", PARTIES)
    assert [e for e in attacks(events) if e[1] == ["eritrea"]]


def test_munitions_doing_damage_are_an_attack(tmp_path):
    events = wire_events(tmp_path, "Eritrean artillery shells damaged a clinic in the Ethiopian town of Zalambessa "
                                   "on Sunday.", PARTIES)
    assert [e for e in attacks(events) if e[1] == ["eritrea"] and "ethiopia" in e[2]]


def root_munition(text):
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()(text)
    return munition_trigger(next(t for t in doc if t.dep_ == "ROOT"))


def test_debris_from_drones_carries_their_attack():
    found = root_munition("Debris from Eritrean drones damaged a fuel depot in Zalambessa overnight.")
    assert found is not None and found[0].lower_ == "drones" and found[1].mode == "drone"
    assert root_munition("Debris from the storm damaged a fuel depot in Zalambessa overnight.") is None


def test_no_munition_or_no_act_is_no_attack(tmp_path):
    for body in ("No Eritrean shells landed in Zalambessa on Sunday, the Tigray Front said.",
                 "Officials fear that Eritrean shells could land in Zalambessa.",
                 "Heavy rain damaged a clinic in the Ethiopian town of Zalambessa on Sunday."):
        assert not attacks(wire_events(tmp_path, body, PARTIES)), body


def test_the_bundled_table_loads_and_a_malformed_one_fails():
    table = load_munitions()
    assert table.modes["mortar round"] == "heavy-weapons" and "land" in table.verbs
    with pytest.raises(LexiconError):
        parse_munitions({"munitions": {"shell": "sniping"}, "fragments": ["debris"], "verbs": ["land"]})
    with pytest.raises(LexiconError):
        parse_munitions({"munitions": {"shell": "rocket"}, "fragments": [], "verbs": ["land"]})


def test_a_crash_tells_an_attack_only_with_what_it_hit():
    assert root_munition("A Houthi drone crashed into a market in Jizan on Monday.") is not None
    assert root_munition("A Houthi drone crashed in the desert on Monday.") is None
