"""Trigger finding (extract/events/triggers.py) on invented sentences."""

from foothold.extract.events.lexicon import load_lexicon
from foothold.extract.events.triggers import find_triggers, known_lemma
from foothold.extract.nlp import load_nlp


def test_a_lemmatizer_slip_falls_back_to_the_regular_base_form():
    # the small model lemmatizes "staged" as "stag": the light verb is still found, with its event noun
    lex = load_lexicon()
    doc = load_nlp()("China staged military exercises near Taiwan on Saturday.")
    staged = doc[1]
    assert known_lemma(staged, lex) == "stage"
    found = find_triggers(doc[:], lex)
    assert [(f.kind, f.trigger.type, f.noun.text) for f in found] == [("light", "MOBILIZE", "exercises")]


def test_a_known_lemma_is_kept():
    lex = load_lexicon()
    doc = load_nlp()("Iran seized a tanker and threatened Britain.")
    assert [known_lemma(t, lex) for t in doc if t.pos_ == "VERB"] == ["seize", "threaten"]
