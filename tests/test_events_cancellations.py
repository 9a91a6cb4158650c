"""Meetings called off are REJECT (issue 8, evrecall3; events/cancellations.py, data/cancellations.yaml; the PLOVER
manual: "Cancellation of meetings are REJECT"). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

from foothold.extract.events.cancellations import cancelling_words

PARTIES = {"Brazil": ("brazil", "country"), "Brazilian": ("brazil", "country"), "Argentina": ("argentina", "country"),
           "Uruguay": ("uruguay", "country"), "Paraguay": ("paraguay", "country")}


def test_a_visit_called_off_or_cancelled_is_rejected(tmp_path):
    for body in ("The Brazilian foreign ministry called off a visit by Argentina's defence minister on Monday.",
                 "Uruguay cancelled the talks with Paraguay that were due to open in Asuncion on Monday.",
                 "Brazil scrapped a planned summit with Argentina on Monday."):
        got = wire_events(tmp_path, body, PARTIES)
        assert any(t == "REJECT" for t, _, _ in got) and not any(t == "SANCTION" for t, _, _ in got), (body, got)


def test_a_cancelled_permission_stays_a_sanction_and_a_postponement_no_refusal(tmp_path):
    got = wire_events(tmp_path, "Brazil cancelled the landing rights of Argentina's national airline on Monday.",
                      PARTIES)
    assert any(t == "SANCTION" for t, _, _ in got) and not any(t == "REJECT" for t, _, _ in got), got
    got = wire_events(tmp_path, "Uruguay postponed the talks with Paraguay on Monday.", PARTIES)
    assert not any(t == "REJECT" for t, _, _ in got), got


def test_the_word_lists_load():
    words = cancelling_words()
    assert "call off" in words.cancelling_verbs and "visit" in words.meeting_nouns
