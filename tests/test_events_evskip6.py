"""Triggers read but skipped, sixth pass (issue 8, evskip6): a spokesperson "for" a body speaks for it
(events/spokespeople.py). Sentences of our own, about an arena outside the development texts (the Andes)."""

from event_fixtures import extract_events, wire_events

PARTIES = {"Peru": ("peru", "country"), "Chile": ("chile", "country"), "Chilean": ("chile", "country"),
           "Ecuador": ("ecuador", "country"), "Lima": ("lima", "place"),
           "Andean Water Council": ("awc", "organization")}


def _has(got, etype, source, target=None):
    return any(t == etype and source in s and (target is None or target in g) for t, s, g in got)


def test_a_spokeswoman_for_a_states_embassy_speaks_for_the_state(tmp_path):
    body = ("Peru accused Chile of arming the smugglers on Monday. "
            "A spokeswoman for the Chilean embassy in Lima rejected the charge on Tuesday.")
    got = wire_events(tmp_path, body, PARTIES)
    assert _has(got, "REJECT", "chile"), got


def test_a_spokesman_for_a_named_body_speaks_for_it(tmp_path):
    body = "A spokesman for the Andean Water Council denied on Tuesday that the dam had been closed."
    got = wire_events(tmp_path, body, PARTIES)
    assert _has(got, "REJECT", "awc"), got


def test_a_spokesman_for_an_unnamed_ministry_speaks_for_the_state_it_acts_in(tmp_path):
    body = "In Ecuador, a spokesman for the energy ministry denied on Tuesday that the tariff would rise."
    got = wire_events(tmp_path, body, PARTIES)
    assert _has(got, "REJECT", "ecuador"), got


def test_a_spokesman_for_a_place_alone_names_no_one(tmp_path):
    body = "A spokesman for the embassy in Lima denied the report on Tuesday."
    got = wire_events(tmp_path, body, PARTIES)
    assert not any("lima" in s for _, s, _ in got), got


def test_a_named_spokesman_stays_the_doer(tmp_path):
    parties = {**PARTIES, "Rosa Quispe": ("quispe", "person")}
    body = "A spokeswoman for the Andean Water Council, Rosa Quispe, denied the report on Tuesday."
    got = wire_events(tmp_path, body, parties)
    assert _has(got, "REJECT", "quispe"), got


def test_a_thing_dismissed_as_a_judgement_is_rejected(tmp_path):
    parties = {**PARTIES, "Rosa Quispe": ("quispe", "person")}
    for body in ('Rosa Quispe dismissed the blacklisting as "a badge of honour" on Tuesday.',
                 'Chile dismissed talk of a water dispute with Peru as "a fantasy of the press" on Tuesday.'):
        got = wire_events(tmp_path, body, parties)
        assert any(t == "REJECT" for t, _, _ in got), (body, got)


def test_a_person_dismissed_as_an_office_holder_is_no_rejection(tmp_path):
    parties = {**PARTIES, "Rosa Quispe": ("quispe", "person")}
    for body in ("Peru dismissed Rosa Quispe as head of the water council on Tuesday.",
                 "Peru dismissed the governor as chairman of the board on Tuesday."):
        got = wire_events(tmp_path, body, parties)
        assert not any(t == "REJECT" for t, _, _ in got), (body, got)


def test_a_note_of_protest_sent_is_a_complaint(tmp_path):
    body = "Peru's foreign ministry sent a note of protest to Chile over the remarks on Tuesday."
    got = wire_events(tmp_path, body, PARTIES)
    assert _has(got, "ACCUSE", "peru", "chile"), got


def test_companies_barred_from_a_market_are_sanctioned(tmp_path):
    body = "The Andean Water Council barred six exchange companies from its dollar auction on Tuesday."
    got = wire_events(tmp_path, body, PARTIES)
    assert _has(got, "SANCTION", "awc"), got


def test_evacuees_carried_are_relief(tmp_path):
    body = "Two Chilean navy ships carried 900 evacuees from the island to Peru on Tuesday."
    got = wire_events(tmp_path, body, PARTIES)
    assert _has(got, "AID", "chile"), got


def test_a_doerless_attack_hits_the_party_named_inside_its_aimed_phrase(tmp_path):
    parties = {**PARTIES, "Ana Torres": ("torres", "person"), "Pedro Quispe": ("pquispe", "person")}
    for body, hit in (("Unknown gunmen opened fire on a bus carrying the mayor Ana Torres on Tuesday.", "torres"),
                      ("Masked men set fire to the house of the governor, Pedro Quispe, on Tuesday.", "pquispe")):
        got = wire_events(tmp_path, body, parties)
        assert any(t == "ASSAULT" and hit in g for t, _, g in got), (body, got)


def test_a_doerless_attack_on_a_place_alone_names_no_one(tmp_path):
    got = wire_events(tmp_path, "Gunmen opened fire on a crowd in Lima on Tuesday.", PARTIES)
    assert not any(t == "ASSAULT" for t, _, _ in got), got
