"""A speaker named with his own chamber leads it (issue 8, reltitle9, relations/chamber_speaker.py); a speaker of
the whole parliament still serves the state (bare_speaker.py). Own sentences, arenas outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

GHANA = {"ghana": ("country", ["Ghana"]), "senate": ("organization", ["Senate"]),
         "parliament": ("organization", ["Parliament"]), "mensah": ("person", ["Kofi Mensah"])}
OPENING = "ACCRA, May 2 (Coast Wire) - Ghana's lawmakers voted to impeach the vice-president on Tuesday.\n\n"


def test_a_senate_speaker_leads_the_senate():
    text = OPENING + "The motion now goes to the Senate. Senate Speaker Kofi Mensah said the senators would sit as a court."
    _, rels = extract(text, GHANA, title="Impeachment vote")
    assert ("mensah", "leads", "senate") in rels


def test_a_deputy_senate_speaker_serves_in_the_senate():
    text = OPENING + "Deputy Senate Speaker Kofi Mensah said the senators would sit as a court."
    _, rels = extract(text, GHANA, title="Impeachment vote")
    assert ("mensah", "leads", "senate") not in rels
    assert ("mensah", "member_of", "senate") in rels


def test_a_parliament_speaker_serves_the_state_not_the_parliament():
    text = OPENING + "Parliament Speaker Kofi Mensah said the vote was lawful."
    _, rels = extract(text, GHANA, title="Impeachment vote")
    assert ("mensah", "member_of", "ghana") in rels
    assert not any(s == "mensah" and o == "parliament" for s, _, o in rels)
