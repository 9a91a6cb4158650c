"""The trigger candidates of a sentence, beyond the lexicon's: characterizations and first-person futures."""

from __future__ import annotations

from .lexicon import Trigger
from .triggers import CHARACTERIZING, Found

HOSTILE_TYPES = {"ASSAULT", "COERCE", "SANCTION", "THREATEN"}
PROMISE_TRIGGER = Trigger(type="AGREE", mode="promise", sphere="political")
ACCUSE_TRIGGER = Trigger(type="ACCUSE", mode="criticize", sphere="political")
CONTRAST = {"while", "whereas", "although", "though"}


def first_person_futures(sent, found: list[Found]) -> list[Found]:
    """ "We will maintain our assistance", "we'll be a part of that": a speaker's stated
    intention (PLOVER AGREE), whatever the verb, when no trigger tells more."""
    taken = {f.token.i for f in found} | {f.noun.i for f in found if f.noun is not None}
    out = list(found)
    for t in sent:
        if t.pos_ not in ("VERB", "AUX") or t.i in taken or t.dep_ not in ("ROOT", "ccomp", "conj"):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in t.children):
            continue
        if any(c.dep_ == "neg" for c in t.children):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in ("we", "i"):
            continue
        if any(u.i in taken for u in t.subtree if u.i != t.i and u.dep_ in ("xcomp", "ccomp")):
            continue                  # "we will continue to attack": the inner trigger tells
        out.append(Found(t, PROMISE_TRIGGER, "verb", t.text))
    out.sort(key=lambda g: g.token.i)
    return out


def characterizations(found: list[Found]) -> list[Found]:
    """ "An Iraqi official called the U.S. strike 'a heinous crime'", "characterized the attack
    as a violation": characterizing a hostile act accuses its doer (PLOVER ACCUSE)."""
    out = list(found)
    for f in found:
        if f.kind != "noun" or f.trigger.type not in HOSTILE_TYPES:
            continue
        n = f.token
        verb = n.head
        if n.dep_ != "dobj" or verb.lemma_.lower() not in CHARACTERIZING or verb.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in ("oprd", "xcomp", "ccomp", "prep", "attr") for c in verb.children if c.i > n.i) \
                and not any(c.dep_ == "prep" and c.lower_ == "as" for c in n.children):
            continue                      # "called the attack": no characterization given ("described the raid
                                          # as ...": the parser may hang the "as" on the object)
        out = [g for g in out if g.token.i != verb.i]
        out.append(Found(verb, ACCUSE_TRIGGER, "verb", verb.text))
    out.sort(key=lambda g: g.token.i)
    return out


def speakers_next_act(verb) -> bool:
    """ "Khamenei said that X was spreading chaos, and he urged Iraqis to ...": a past conjunct after ", and" with
    a "he"/"she" of its own, which the parser hung inside the said clause, is the narrator's next report."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.i < 3:
        return False
    before = [verb.doc[verb.i - k] for k in (3, 2, 1)]
    return before[0].text == "," and before[1].lower_ == "and" and before[2].lower_ in ("he", "she") \
        and before[2].dep_ == "nsubj" and before[2].head.i == verb.i
