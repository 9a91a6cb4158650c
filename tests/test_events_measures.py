"""A verb typed by the class of measure it acts on (events/measures.py, data/measures.yaml; issue 8, evvocab).

Sentences are our own, written for these tests about arenas outside the development texts.
"""

import pytest

from event_fixtures import wire_events
from foothold.extract.events.lexicon import LexiconError
from foothold.extract.events.measures import load_measures, measure_trigger, parse_measures

PARTIES = {"Moldova": ("moldova", "country"), "Estonia": ("estonia", "country"),
           "Baltic Air": ("baltic_air", "organization"), "Nordic Union": ("nordic_union", "organization"),
           "Radio Dunav": ("radio_dunav", "organization"), "Ghana": ("ghana", "country"),
           "Togo": ("togo", "country"), "Accra": ("accra", "place")}


def types_of(events, source):
    return {e[0] for e in events if source in e[1]}


def test_permissions_taken_away_sanction_their_holder(tmp_path):
    for body in ("Moldova cancelled the landing rights of Baltic Air on Monday.",
                 "Moldova suspended the operating licence of Baltic Air on Monday."):
        events = wire_events(tmp_path, body, PARTIES)
        assert ("SANCTION", ["moldova"], ["baltic_air"]) in events, body


def test_exchanges_cut_sanction_the_other_party(tmp_path):
    events = wire_events(tmp_path, "Ghana halted fuel exports to Togo on Tuesday.", PARTIES)
    assert ("SANCTION", ["ghana"], ["togo"]) in events
    events = wire_events(tmp_path, "The Nordic Union suspended the membership of Estonia on Tuesday.", PARTIES)
    assert ("SANCTION", ["nordic_union"], ["estonia"]) in events


def test_restraints_imposed_coerce_and_lifted_concede(tmp_path):
    events = wire_events(tmp_path, "Ghana's government extended the state of emergency in Accra on Friday.", PARTIES)
    assert "COERCE" in types_of(events, "ghana")
    events = wire_events(tmp_path, "Ghana's government ended the curfew in Accra on Friday.", PARTIES)
    assert "CONCEDE" in types_of(events, "ghana")     # the PLOVER manual: "removing curfews" (evrecall3)


def test_a_permission_granted_or_extended_eases_restrictions(tmp_path):
    events = wire_events(tmp_path, "Estonia extended the waiver for Baltic Air for 90 days on Friday.", PARTIES)
    assert "RETREAT" in types_of(events, "estonia")


def test_a_right_of_a_person_taken_away_restricts_them(tmp_path):
    events = wire_events(tmp_path, "Moldova revoked the accreditation of Radio Dunav on Monday.", PARTIES)
    assert "COERCE" in types_of(events, "moldova")


def test_the_listed_sense_of_a_verb_wins(tmp_path):
    # plover.yaml `suspend` lists aid: its own reading stands
    events = wire_events(tmp_path, "Estonia suspended aid to Togo on Monday.", PARTIES)
    assert ("SANCTION", ["estonia"], ["togo"]) in events


def root_measure(text):
    from foothold.extract.events.lexicon import load_lexicon
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()(text)
    return measure_trigger(next(t for t in doc if t.dep_ == "ROOT"), load_lexicon())


def test_no_measure_without_a_doer_that_can_take_one():
    assert root_measure("Ghana cancelled flights to Accra on Sunday.") is not None
    assert root_measure("The government cancelled flights to Accra on Sunday.") is not None
    assert root_measure("Heavy snow cancelled flights to Accra on Sunday.") is None
    assert root_measure("The drought ended trade between the two towns in 1983.") is None


def test_a_measure_only_threatened_or_denied_is_no_act(tmp_path):
    for body in ("Moldova may cancel the landing rights of Baltic Air if the strike goes on.",
                 "Moldova did not cancel the landing rights of Baltic Air."):
        assert not [e for e in wire_events(tmp_path, body, PARTIES) if e[0] == "SANCTION"], body


def test_an_other_object_of_the_verb_is_no_measure(tmp_path):
    events = wire_events(tmp_path, "Ghana's president ended his speech in Accra on Friday.", PARTIES)
    assert not events


def test_the_bundled_table_loads_and_a_malformed_one_fails():
    table = load_measures()
    assert ("removing", "permissions") in table.readings
    with pytest.raises(LexiconError):
        parse_measures({"classes": {"c": ["visa"]}, "verbs": {"v": ["cancel"]},
                        "readings": [{"verbs": "v", "objects": "nope", "type": "SANCTION"}]})
    with pytest.raises(LexiconError):
        parse_measures({"classes": {"c": ["visa"]}, "verbs": {"v": ["cancel"]},
                        "readings": [{"verbs": "v", "objects": "c", "type": "PUNISH"}]})


def test_a_permission_granted_with_no_named_holder_is_administration():
    assert root_measure("The ministry issued a permit to build a road near Accra.") is None
    assert root_measure("Ghana granted Baltic Air a licence to fly to Accra.") is not None


def test_a_measure_told_by_its_noun(tmp_path):
    events = wire_events(tmp_path, "Moldova announced the suspension of flights to Estonia on Tuesday.", PARTIES)
    assert ("SANCTION", ["moldova"], ["estonia"]) in events


def test_a_measure_noun_with_no_measure_is_none(tmp_path):
    events = wire_events(tmp_path, "The suspension of the bridge in Accra was repaired in 1998.", PARTIES)
    assert not events


def test_a_waiver_names_its_holder_by_whom_it_lets_act():
    assert root_measure("Washington extended the waiver allowing Ghana to buy Togo's power for 90 days.") is not None
    assert root_measure("The council extended the waiver allowing builders to work at night.") is None
