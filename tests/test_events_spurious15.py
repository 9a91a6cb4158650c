"""Spurious events, fifteenth pass (spurious15): a guest's attendance of meetings the text told before is no second
CONSULT (told_meetings.py); a source cited in brackets is no party named by a warned risk (risk_warnings.py).
Invented sentences from arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Ecuador": ("ecuador", "country"), "Peru": ("peru", "country"), "Daniel Noboa": ("noboa", "person"),
          "Dina Boluarte": ("boluarte", "person"), "Javier Gonzalez": ("gonzalez", "person"),
          "Ana Ruiz": ("ruiz", "person"), "Andean Community": ("can", "organization")}

TOLD = ("Daniel Noboa met Dina Boluarte in Lima on Tuesday. "
        "Ecuador's ambassador, Javier Gonzalez, {verb} {det} meetings.\n")


def consults(got):
    return [g for g in got if g[0] == "CONSULT"]


def test_attending_meetings_told_before_is_no_second_meeting(tmp_path):
    for verb, det in (("attended", "both"), ("attended", "the"), ("took part in", "the"), ("participated in", "the")):
        got = wire_events(tmp_path, TOLD.format(verb=verb, det=det), ACTORS)
        assert len(consults(got)) == 1, (verb, det, got)


def test_attending_a_new_meeting_stays_a_meeting(tmp_path):
    text = ("Daniel Noboa met Dina Boluarte in Lima on Tuesday. "
            "Ecuador's ambassador, Javier Gonzalez, attended the meeting of the Andean Community in Quito.\n")
    got = wire_events(tmp_path, text, ACTORS)
    assert len(consults(got)) == 2, got


def test_told_meeting_reads_determiner_and_governor():
    from foothold.extract.events.told_meetings import _attending, _told, _words
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("The envoy attended both meetings. The envoy attended a meeting. "
                     "The envoy took part in the talks.")
    meetings = [t for t in doc if t.lemma_ in ("meeting", "talk")]
    _, verbs = _words()
    assert _told(meetings[0]) and _attending(meetings[0], verbs)
    assert not _told(meetings[1])
    assert _told(meetings[2]) and _attending(meetings[2], verbs)


def test_a_bracketed_source_names_no_party_in_a_warned_risk():
    from foothold.extract.events.risk_warnings import risk_warning
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("Ana Ruiz welcomed the plan, while warning that a statute could not replace a vote "
                     "(Andina, March 15, 2024).")
    warn = next(t for t in doc if t.lemma_ == "warn")
    assert risk_warning(warn)

