"""A verb's `by_object` sense of another kind than its entry is gated by its own needs (events/material.py
`other_kind_sense`), and institutions restored are a concession (plover.yaml `institution_nouns`, CAMEO 0834; issue 8,
evrecall3). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

PARTIES = {"Norway": ("norway", "country"), "Norwegian": ("norway", "country"), "Tromso": ("tromso", "place"),
           "Denmark": ("denmark", "country"), "Harald": ("harald", "person"), "Oslo": ("oslo", "place")}


def test_troops_flown_in_are_mobilised_and_a_flight_to_a_capital_stays_a_visit(tmp_path):
    got = wire_events(tmp_path, "Rioters looted shops in Tromso for two days, and Norway flew in more troops.", PARTIES)
    assert ("MOBILIZE", ["norway"], []) in got, got
    got = wire_events(tmp_path, "Denmark's prime minister flew to Oslo on Friday to meet King Harald.", PARTIES)
    assert any(t == "CONSULT" for t, _, _ in got) and not any(t == "MOBILIZE" for t, _, _ in got), got
    got = wire_events(tmp_path, "Two wounded Norwegian soldiers were flown to Oslo on Sunday.", PARTIES)
    assert not any(t == "MOBILIZE" for t, _, _ in got), got      # carried home, not deployed


def test_a_dissolved_parliament_reinstated_is_a_concession(tmp_path):
    for body in ("King Harald reinstated the dissolved parliament of Norway on Friday.",
                 "King Harald restored the suspended constitution on Friday."):
        got = wire_events(tmp_path, body, PARTIES)
        assert any(t == "CONCEDE" for t, _, _ in got), (body, got)
    got = wire_events(tmp_path, "Norway restored diplomatic relations with Denmark on Friday.", PARTIES)
    assert any(t == "SUPPORT" for t, _, _ in got) and not any(t == "CONCEDE" for t, _, _ in got), got


def test_a_holy_book_or_flag_burned_protests_and_houses_burned_are_attacked(tmp_path):
    got = wire_events(tmp_path, "In January an activist burned a Bible outside the Norwegian embassy in Copenhagen.",
                      PARTIES)
    assert any(t == "PROTEST" for t, _, _ in got) and not any(t == "ASSAULT" for t, _, _ in got), got
    got = wire_events(tmp_path, "Danish soldiers burned houses in the village near Tromso on Monday.",
                      {**PARTIES, "Danish": ("denmark", "country")})
    assert not any(t == "PROTEST" for t, _, _ in got), got


def test_communications_cut_off_restrict_and_ties_cut_sanction(tmp_path):
    got = wire_events(tmp_path, "The Norwegian authorities cut off internet access across much of the country on "
                                "Monday.", PARTIES)
    assert ("COERCE", ["norway"], []) in got, got
    got = wire_events(tmp_path, "Norway cut ties with Denmark on Monday.", PARTIES)
    assert any(t == "SANCTION" for t, _, _ in got), got


def test_a_sweep_launched_against_a_group_is_an_offensive(tmp_path):
    got = wire_events(tmp_path, "The Norwegian army launched a counter-insurgency sweep against Danish rebels near "
                                "Tromso on Monday.", {**PARTIES, "Danish": ("denmark", "country")})
    assert any(t == "ASSAULT" and s == ["norway"] for t, s, _ in got), got
