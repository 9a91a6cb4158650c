"""Means placed at another's disposal (issue 8, evcand12): "the Society announces that its hospital in Karbala has been
placed at the disposal of the Iraqi health authorities", "directed the ministries to place their teams at the disposal
of the Iranian authorities". plover.yaml's `placing` reads "place/put X at the disposal of Y" as AID (PLOVER AID:
material resources given, primarily to the recipient's benefit); here its arguments: the one whose disposal it is
(the "of" phrase of "disposal") is the target, and no one else the clause names; in the passive, with no doer told,
the owner of what was placed ("its hospital") gave it."""

from __future__ import annotations

from .arguments import SAY_VERBS, Arguments, head_actors, phrase_actors
from .index import DocIndex

PLACING = frozenset({"place", "put"})


def disposal_noun(verb):
    """The "disposal" of "at the disposal of" on ``verb``, or None."""
    if verb.lemma_.lower() not in PLACING:
        return None
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "at"
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() == "disposal"), None)


def disposal_arguments(verb, args: Arguments, index: DocIndex) -> None:
    """Sets the target (whose disposal) and, for a doerless passive, the source (the placed thing's owner)."""
    noun = disposal_noun(verb)
    if noun is None:
        return
    owners = [(h, i) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj" for h, i in phrase_actors(o, index) if h.type != "media"]
    if owners:
        args.target = []
        args.add("target", [(h, i) for h, i in owners if h.actor not in args.source], index)
    if args.source or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return
    placed = next(c for c in verb.children if c.dep_ == "nsubjpass")
    poss = next((c for c in placed.children if c.dep_ == "poss"), None)
    if poss is None:
        return
    giver = announcer(verb, index) if poss.pos_ == "PRON" else []
    giver = giver or head_actors(poss, index, 150)
    args.add("source", [(h, i) for h, i in giver if h.type in ("organization", "country", "person")
                        and h.actor not in args.target], index)


def announcer(verb, index: DocIndex) -> list:
    """Who announces or says the clause ``verb`` heads ("the Society announces that its hospital has been placed
    ..."): "its" there is the announcer's own."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAY_VERBS:
        return []
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return phrase_actors(subj, index) if subj is not None and subj.pos_ != "PRON" else []
