"""A chronology entry told in the present is the dated act (issue 8, evrecall3; events/chronology_entries.py).
Sentences of our own, about arenas outside the development texts."""

from event_fixtures import extract_events

from foothold.extract.nlp import load_nlp
from foothold.extract.events.chronology_entries import dated_entry

PARTIES = {"Chilean": ("chile", "country"), "Chile": ("chile", "country"), "Arica": ("arica", "place"),
           "Bolivia": ("bolivia", "country")}
HEADER = "title: Border chronology, May 2023\n\n"


def test_a_dated_line_in_the_present_tells_the_act(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "12 May: Militia fires rockets at the Chilean base near Arica.\n", PARTIES)
    assert any(e.type == "ASSAULT" and e.date is not None and e.date.iso == "2023-05-12" for e in ctx.events), \
        [(e.type, e.date) for e in ctx.events]


def test_an_undated_present_stays_a_standing_practice(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "The militia fires rockets at Chilean bases near Arica.\n", PARTIES)
    assert not any(e.type == "ASSAULT" for e in ctx.events), [(e.type, e.date) for e in ctx.events]


def test_the_entry_shape():
    nlp = load_nlp()
    for line, dated in (("- 3 June: Militia fires rockets at the base.", True),
                        ("12 May 2023: Militia fires rockets at the base.", True),
                        ("Note: Militia fires rockets at the base.", False),
                        ("Militia fires rockets at the base.", False)):
        doc = nlp(line)
        verb = next(t for t in doc if t.lower_ == "fires")
        assert dated_entry(verb) is dated, line
