"""A denial told in a relative clause: "X accused Y of shelling the town, which Y denies". The denied claim is
the clause it hangs in, so the denier answers that clause's claimant (PLOVER REJECT: the target is who is
answered), and the denial is the denier's own act, not part of what the claimant said."""

from __future__ import annotations

from .arguments import Arguments, phrase_actors, subject_of
from .index import DocIndex

DENYING = {"deny", "dispute", "refute", "reject"}


def relative_denial(verb) -> bool:
    """ "..., which Y denies": a denial verb whose object is the relative pronoun."""
    return verb.dep_ == "relcl" and verb.lemma_.lower() in DENYING and any(
        c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children) and any(
        c.dep_ == "nsubj" for c in verb.children)


def claimant(verb):
    """The subject of the clause the relative denial hangs in ("Eritrea accused ...", "Norway said ...")."""
    t = verb.head
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    while t.dep_ in ("ccomp", "xcomp", "pcomp") and t.head.i != t.i:
        t = t.head            # "Norway said Qatar had funded X, which Qatar denies": the claim is Norway's
        while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
            t = t.head
    subj, _ = subject_of(t) if t.pos_ in ("VERB", "AUX") else (None, None)
    return subj


def answered_claimant(verb, args: Arguments, index: DocIndex) -> None:
    """A relative denial with no target answers the claimant."""
    if args.target or not relative_denial(verb):
        return
    subj = claimant(verb)
    if subj is not None:
        args.add("target", [(h, i) for h, i in phrase_actors(subj, index) if h.actor not in args.source], index)
