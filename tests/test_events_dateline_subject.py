"""A wire story's first subject the parser hung on the dateline city is the phrase after the dash
(events/dateline_subject.py). Sentences of our own (a made-up ruler), outside the development texts."""

from event_fixtures import extract_events
from foothold.extract.events.dateline_subject import dateline_subject
from foothold.extract.nlp import load_nlp

HEADER = "source: https://example.org/a/wire.html\ntitle: Wire (Reuters, 5 May 2010)\n\n"
STORY = ("CONAKRY, Sep 5 (Coast Wire) - Guinea's military ruler, Colonel Alpha Sow, agreed on Sunday to step down, "
         "a day after protests.")


def test_the_phrase_after_the_dash_is_the_subject():
    doc = load_nlp()(STORY)
    city = doc[0]
    assert any(c.dep_ == "appos" and c.lower_ == "ruler" for c in city.children)   # the parser's misreading
    assert dateline_subject(city).lower_ == "ruler"
    assert dateline_subject(doc[2]).i == 2        # no dateline city: unchanged


def test_a_ruler_named_after_the_dateline_does_the_act(tmp_path):
    ctx = extract_events(tmp_path, HEADER + STORY + "\n",
                         {"CONAKRY": ("conakry", "place"), "Guinea": ("guinea", "country"),
                          "Alpha Sow": ("alpha_sow", "person")}, "wire.txt")
    acts = [(e.type, e.source) for e in ctx.events]
    assert any(s == ["alpha_sow"] for _, s in acts), acts
    assert not any(s == ["guinea"] or s == ["conakry"] for _, s in acts), acts
