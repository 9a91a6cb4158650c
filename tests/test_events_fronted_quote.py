"""A quotation told before its speech verb keeps its whole text in the statement's evidence (issue 8, evgap).

Invented sentences from arenas outside the texts that showed the need; the near miss is a quotation after its verb,
whose evidence keeps the usual bound around the trigger.
"""

from event_fixtures import extract_events

from foothold.extract.events.fronted_quote import fronted_quote
from foothold.extract.nlp import load_nlp

ACTORS = {"Chile": ("chile", "country"), "Bolivia": ("bolivia", "country"), "Ana Torres": ("torres", "person"),
          "Torres": ("torres", "person")}
RELEASE = "source: own writing, government press release\ntitle: Release (ministry, May 9, 2022)\n\n"
QUOTE = ("\u201cBolivia has used its border posts to smuggle fuel, minerals and stolen vehicles into Chile for years, "
         "and it has ignored every request from our prosecutors to hand over the people who organise this trade in "
         "broad daylight,\u201d said Foreign Minister Ana Torres.")


def test_a_long_quotation_before_said_is_in_the_evidence(tmp_path):
    ctx = extract_events(tmp_path, RELEASE + "May 9, 2022\n\n" + QUOTE + "\n", ACTORS, "release.txt")
    said = [e for e in ctx.events if e.source == ["torres"]]
    assert said and said[0].evidence.lstrip("\u201c").startswith("Bolivia has used"), \
        [(e.type, e.evidence) for e in ctx.events]
    assert said[0].evidence.rstrip(".").endswith("Ana Torres"), said[0].evidence


def test_only_a_quotation_before_its_verb_is_fronted():
    nlp = load_nlp()
    doc = nlp(QUOTE)
    assert fronted_quote(next(t for t in doc if t.lemma_ == "say"))
    doc = nlp("Torres said that Bolivia had ignored every request from the prosecutors.")
    assert not fronted_quote(next(t for t in doc if t.lemma_ == "say"))
    doc = nlp("Torres said \u201cBolivia has ignored every request.\u201d")
    assert not fronted_quote(next(t for t in doc if t.lemma_ == "say"))
