"""Support a subject wins with, the phrase hung on the verb's last noun (relations/wire.py `won_with`, issue 8
relrecall4: "won 134 votes in the chamber with the backing of Y"). Own sentences from other arenas; the stock parser
hangs these with-phrases on the verb, so one test moves the phrase onto the last noun as the full pipeline's parse
did on a tuning text."""

from __future__ import annotations

from foothold.extract import nlp as nlp_module
from test_relations import extract

ACTORS = {"faki": ("person", ["Moussa Faki"]), "au": ("organization", ["African Union"]),
          "ortiz": ("person", ["Rosa Ortiz"]), "pl": ("organization", ["Partido Liberal"])}


def test_support_won():
    _, rels = extract("Moussa Faki won the election in the assembly with the support of the African Union.", ACTORS)
    assert ("faki", "allied_with", "au") in rels, rels


def test_support_hung_on_the_last_noun(monkeypatch):
    stock = nlp_module.load_stock()

    def reattached(text):
        doc = stock(text)
        with_tok = next(t for t in doc if t.lower_ == "with")
        with_tok.head = next(t for t in doc if t.lower_ == "chamber")   # "in the chamber with ...": on the noun
        return doc

    monkeypatch.setattr("test_relations.load_stock", lambda: reattached)
    ctx, rels = extract("Rosa Ortiz won 61 votes in the 120-seat chamber with the backing of the Partido Liberal.",
                        ACTORS)
    assert ctx.doc[[t.lower_ for t in ctx.doc].index("with")].head.lower_ == "chamber"
    assert ("ortiz", "allied_with", "pl") in rels, rels


def test_support_not_won():
    _, rels = extract("Rosa Ortiz may win votes in the chamber with the backing of the Partido Liberal.", ACTORS)
    assert ("ortiz", "allied_with", "pl") not in rels, rels
