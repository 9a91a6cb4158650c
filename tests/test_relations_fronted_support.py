"""'With the backing of Y, X ...' fronted before its subject: the tie's evidence runs from the phrase to the subject
(wire.won_with, issue 8 relrecall3; before, its span was empty). Own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"rwanda": ("country", ["Rwanda"]), "m23": ("organization", ["M23"])}


def test_a_fronted_backing_phrase_keeps_its_evidence():
    text = "With the backing of Rwanda, the M23 seized Goma in November 2012."
    ctx, rels = extract(text, ACTORS)
    assert ("m23", "allied_with", "rwanda") in rels, rels
    tie = next(r for r in ctx.relations if r.predicate == "allied_with")
    assert tie.evidence == text[tie.start:tie.end]
    assert "Rwanda" in tie.evidence and "M23" in tie.evidence, tie.evidence
