"""Ground changing hands told from the ground's side: "Kidal fell to the rebels", "the base was lost to X".

CAMEO 192 "occupy territory" is PLOVER COERCE seize; the taker is the one it fell to (the object of "to"),
and the place that fell is what was taken. The taker must be a party (a name or one of plover.yaml's
`fighting_bodies`) and what fell ground (a name or one of its `ground_nouns`), so "prices fell to a record low"
and "the task fell to the ministry" stay no event.
"""

from __future__ import annotations

from dataclasses import replace

from .arguments import Arguments, phrase_actors
from .index import DocIndex
from .lexicon import Lexicon, Trigger

FALLING = {"fall"}


def taker_of(verb, lex: Lexicon):
    """The object of "to" after a falling verb when it names a party ("to the Taliban", "to rebel forces")."""
    if verb.lemma_.lower() not in FALLING or verb.pos_ != "VERB":
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.pos_ == "PROPN" or obj.lemma_.lower() in lex.fighting_bodies):
                    return obj
    return None


def fallen_ground(verb, lex: Lexicon):
    """The subject of "fell to X" when it is ground: a place name or a place noun ("the provincial capital")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.pos_ == "PROPN" or subj.lemma_.lower() in lex.ground_nouns:
        return subj
    return None


def fell_to(verb, lex: Lexicon) -> Trigger | None:
    """A trigger for "X fell to Y" (COERCE seize, as "Y captured X"), else None."""
    if taker_of(verb, lex) is None or fallen_ground(verb, lex) is None or "capture" not in lex.verbs:
        return None
    return replace(lex.verbs["capture"], needs_object=False, only_objects=(), needs_target=False)


def fallen_arguments(verb, lex: Lexicon, index: DocIndex) -> Arguments | None:
    """Source: whom the ground fell to; target: the ground (its state joins it later as for any place)."""
    taker = taker_of(verb, lex)
    ground = fallen_ground(verb, lex)
    if taker is None or ground is None:
        return None
    args = Arguments()
    args.add("source", phrase_actors(taker, index), index)
    args.add("target", [(h, i) for h, i in phrase_actors(ground, index) if h.actor not in args.source], index)
    return args


def named_ground(verb, objects, trig: Trigger, index: DocIndex) -> bool:
    """A place-taking verb's object is a name the dictionaries do not know ("took Kidal"): ground, unless the
    name is a person's or the verb goes on "to" somewhere ("took Iraq to court", "took X to task")."""
    if "place" not in trig.actor_objects or court_or_task(verb):
        return False
    return any(o.pos_ == "PROPN" and o.dep_ == "dobj" and (index.actor_at(o.i) is None or index.actor_at(o.i).type
                                                           in trig.actor_objects) for o in objects)


def court_or_task(verb) -> bool:
    """ "took Iraq to court", "took X to task": the object goes somewhere; it is not taken as ground."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "prep" and c.lower_ == "to"
        or c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")   # "to court" misread
        for c in verb.children)
