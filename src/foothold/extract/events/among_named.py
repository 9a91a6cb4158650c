"""Victims named after "among them" (evargs8): "an Israeli strike killed at least 14 people, among them X, a senior
commander", "officials said four civilians were killed in Y, among them the businessman Z and his daughter". The
count noun names no one, and the parser hangs the names after "them" anywhere (on the verb, as an apposition); the
act had no target, or only the scene's state. For a harm, a coercion or a sanction whose object (or passive subject)
is a plural count, the persons and bodies named right after its ", among them" (up to the next comma) are acted on."""
from __future__ import annotations

ACTED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
NAMED_TYPES = ("person", "organization")
STOPS = frozenset({",", ";", ".", "(", ":"})


def among_named(trigger, etype: str, index) -> list:
    """[(hit, token)] of the actors named after ", among them" in the clause of ``trigger`` (a verb, or an event noun
    that is its subject: "a strike killed 14 people"), for an act on a plural count."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head if trigger.dep_ == "nsubj" else next(
        (c for c in trigger.children if c.pos_ == "VERB" and c.i > trigger.i), None)   # (a parse hanging the verb on it)
    if etype not in ACTED_TYPES or verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    counted = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.tag_ == "NNS"]
    if not counted:
        return []
    doc = verb.doc
    sent = verb.sent
    start = max(verb.i, max(c.i for c in counted))
    for j in range(start + 1, sent.end - 2):
        tok = doc[j]
        if tok.pos_ == "VERB" and tok.i != verb.i:
            return []                            # another clause begins: its "among them" is its own
        if tok.lower_ == "among" and doc[j - 1].text == "," and doc[j + 1].lower_ in ("them", "whom"):
            found, seen = [], set()
            for k in range(j + 2, sent.end):
                if doc[k].text in STOPS or doc[k].pos_ == "VERB":
                    break
                h = index.actor_at(k)
                if h is not None and h.type in NAMED_TYPES and h.actor not in seen:
                    seen.add(h.actor)
                    found.append((h, k))
            return found
    return []
