"""The deed a punishment is for (issue 8, relties5): "OFAC designated the airline X for assisting Y", "Y was
sanctioned for supporting Z", "X and its chief were indicted for providing support to Y" -- the cue inside the
for-phrase of a punitive verb (roles.yaml `punished_holders.punitive_verbs`) is the punished party's deed, so its
doer is the verb's object (a passive's subject), not the state or office that punishes (cues.clause_subjects took the
punishing subject: Treasury allied_with Y)."""

from __future__ import annotations

from .punished import NAME_DEPS, punitive_verbs

CLIMB = ("conj", "dobj", "pobj", "prep", "compound", "amod")


def punished_doers(tok) -> list | None:
    """The tokens naming who did the deed when tok sits in a punitive verb's "for" + gerund phrase; None when it
    does not."""
    g = tok
    for _ in range(5):
        if g.dep_ == "pcomp" and g.head.lower_ == "for":
            break
        if g.dep_ not in CLIMB or g.head is g:
            return None
        g = g.head
    else:
        return None
    parent = g.head.head                                     # what the for-phrase hangs on
    if parent.pos_ in ("NOUN", "PROPN"):                     # "designated the airline X for ...": on the object
        named = parent
        while named.dep_ in NAME_DEPS and named.head is not named:
            named = named.head
        if named.dep_ not in ("dobj", "nsubjpass") or named.head.lemma_.lower() not in punitive_verbs():
            return None
        return [named]
    if parent.pos_ != "VERB" or parent.lemma_.lower() not in punitive_verbs():
        return None
    return [c for c in parent.children if c.dep_ in ("dobj", "nsubjpass")]
