"""A resignation accepted is the resignation (issue 8, fixes13): "The parliament of X accepted the resignation of its
leader, Y", "the president accepted Z's resignation".

plover.yaml's `accept` reads a concession by the acceptor (CONCEDE accept); the act told is the holder's leaving
office, PLOVER RETREAT resign ("official resignation"), done by the one resigning: the resignation's "of"-object or
possessor is the doer, the body or person accepting it (whose office or government is left) the target. With no
one named as resigning the verb is read as before. "refused to accept the resignation" stays a refusal (the
infinitive is inside the refusal's content).
"""

from __future__ import annotations

RESIGNATION_NOUNS = frozenset({"resignation", "resignations"})


def accepted_resignation(verb):
    """The resignation noun ``verb`` (accept) takes as its object or passive subject, or None."""
    if verb.lemma_.lower() != "accept":
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                 and c.lemma_.lower() in RESIGNATION_NOUNS), None)


def resigners(verb, index) -> list:
    """(actor hit, token) of whoever resigns in the resignation ``verb`` accepts: its possessor or "of"-object."""
    from .arguments import phrase_actors
    noun = accepted_resignation(verb)
    if noun is None:
        return []
    held = [c for c in noun.children if c.dep_ == "poss"]
    held += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return [(h, i) for t in held for h, i in phrase_actors(t, index) if h.type != "place"]
