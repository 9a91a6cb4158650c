"""Verbs and phrases plover.yaml lacked (issue 8, evrecall3): a flight diverted is seized, "undertook to" promises,
ties upgraded support, being in contact with a party consults it, insisting on a thing demands it. Sentences of our
own, about arenas outside the development texts."""

from event_fixtures import wire_events

PARTIES = {"Chile": ("chile", "country"), "Chilean": ("chile", "country"), "Peru": ("peru", "country"),
           "Peruvian": ("peru", "country"), "Ana Quispe": ("ana_quispe", "person")}


def types(got):
    return {t for t, _, _ in got}


def test_an_airliner_diverted_is_seized_and_funds_diverted_are_not(tmp_path):
    got = wire_events(tmp_path, "The Chilean authorities diverted the Peruvian airliner to Santiago on Monday.", PARTIES)
    assert "COERCE" in types(got), got
    got = wire_events(tmp_path, "The Chilean government diverted funds to the northern provinces on Monday.", PARTIES)
    assert "COERCE" not in types(got), got


def test_an_undertaking_promises_and_upgraded_ties_support(tmp_path):
    got = wire_events(tmp_path, "Chile and Peru undertook to refrain from hostile propaganda.", PARTIES)
    assert "AGREE" in types(got), got
    got = wire_events(tmp_path, "Chile and Peru upgraded their ties to a strategic partnership on Monday.", PARTIES)
    assert "SUPPORT" in types(got), got


def test_contact_consults_and_insisting_demands(tmp_path):
    got = wire_events(tmp_path, "Ana Quispe was in contact with Chile and Peru on Monday.", PARTIES)
    assert "CONSULT" in types(got), got
    got = wire_events(tmp_path, "On Monday Peru insisted on keeping its embassy in Santiago open.", PARTIES)
    assert "REQUEST" in types(got), got
