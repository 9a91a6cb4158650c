"""An act repeated "whenever" something happens is a course of acts, not one (issue 8, precision): "has shelled
their positions whenever the rebels advanced", "it has used missiles whenever talks stalled".

Tried and dropped (branch precision): a perfect run over an uncounted span ("have trained X for decades") or since
an undated start ("Since 2015 X has bombed ...") as a course too. news-dev's even half codes such perfects as acts
(the span rule cost it one true event, the start rule two, and removed no spurious one there), as its odd half codes
"Since 2017, the FBI has arrested ..." (DEVELOPING.md, evback); the decade start of `modality.standing_course` and
the event-noun start of `unfactual._perfect_since_a_beginning` stay as they were.
"""

from __future__ import annotations


def repeated_whenever(trigger) -> str | None:
    """ "habitual" when the trigger's verb repeats "whenever" something happens; None otherwise."""
    verb = _verb_of(trigger)
    if verb is not None and _whenever(verb):
        return "habitual"
    return None


def _verb_of(trigger):
    """The verb telling the trigger: itself, the verb whose object it is ("has shelled positions whenever ...") or
    whose object its relative clause describes, and for a conjunct sharing its first conjunct's auxiliary, that first
    conjunct."""
    t = trigger
    if t.dep_ == "relcl" and t.head.dep_ == "dobj":
        t = t.head
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "dobj":
        t = t.head
    while t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and not _own_clause(t):
        t = t.head
    return t if t.pos_ in ("VERB", "AUX") else None


def _own_clause(conjunct) -> bool:
    return any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in conjunct.children)


def _whenever(verb) -> bool:
    return any(c.dep_ == "advcl" and any(m.lower_ == "whenever" and m.dep_ in ("advmod", "mark") for m in c.children)
               for c in verb.children)


def own_clause_beside_course(conjunct) -> bool:
    """A conjunct with a subject of its own is no part of the course its first conjunct tells: "X has shelled Y
    whenever the rebels advanced, and on Monday its police arrested Z" tells the arrest
    (`unfactual._inherited_from_conjunct`)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children) \
        and repeated_whenever(conjunct.head) is not None
