"""The source and target of a trigger candidate, by its kind, and their repairs."""

from __future__ import annotations

from . import statements
from .arguments import Arguments, noun_arguments, phrase_actors, subject_of, verb_arguments
from .carriers import carried_arguments
from .denials import answered_claimant
from .index import DocIndex
from .speakers import relayed_source
from .territory import fallen_arguments
from .triggers import Found

ORDERING = {"order", "authorize", "authorise", "direct", "approve", "command"}
MOTION = {"fly", "travel", "go", "come", "head", "return", "leave", "depart", "journey"}   # ("arrived for a visit": a light verb)
SURVIVING = {"survive", "escape", "withstand", "repel", "repulse", "thwart", "foil"}
FACING = {"toward", "towards", "along", "near", "around", "off"}
TAKING = {("COERCE", "seize"), ("ASSAULT", "offensive")}   # taking ground or goods: "from X" names who lost it


def found_arguments(lex, f: Found, index: DocIndex) -> Arguments:
    if f.kind == "noun":
        args = noun_arguments(f.token, f.trigger.of, index)
        n = f.token
        if not args.source and f.trigger.type not in ("RETREAT", "SANCTION", "COERCE"):
            # "came under attack from Taliban fighters", "a request from X": who it came from did it
            # (a withdrawal, closure or expulsion from a place is where it was done)
            origin = [(h, i) for c in n.children if c.dep_ == "prep" and c.lower_ == "from"
                      for o in c.children if o.dep_ == "pobj" for h, i in phrase_actors(o, index)
                      if h.type not in ("place", "media")]
            if origin:
                args.target = [a for a in args.target if a not in {h.actor for h, _ in origin}]
                args.add("source", origin, index)
        if not args.source and n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_ in MOTION:
            # "flew to Tehran for talks with Iranian officials": who travels for them holds them
            subj, _ = subject_of(n.head.head)
            if subj is not None:
                found = [(h, i) for h, i in phrase_actors(subj, index) if h.actor not in args.target]
                args.add("source", found, index)
        phrase = n.head if n.dep_ == "compound" else n        # "an assassination attempt"
        if phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in SURVIVING:
            subj, _ = subject_of(phrase.head)     # "X survived an assassination attempt": X was its target
            if subj is not None:
                args.add("target", phrase_actors(subj, index), index)
        if n.dep_ == "dobj" and n.head.lemma_.lower() in ORDERING:
            # "Biden ordered U.S. air strikes": who orders an act is its agent
            subj, _ = subject_of(n.head)
            if subj is not None:
                found = phrase_actors(subj, index)
                if found:
                    args.source = []
                    args.add("source", found, index)
                    args.target = [a for a in args.target if a not in args.source]
        return args
    if f.token.pos_ == "NOUN":   # "repeated its call for the United States to ..."
        return noun_arguments(f.token, "source", index)
    args = fallen_arguments(f.token, lex, index) if f.kind == "verb" else None
    if args is not None:
        return args
    args = verb_arguments(f.token, index)
    relayed_source(f.token, args, index)
    answered_claimant(f.token, args, index)
    if f.kind == "verb" and f.noun is not None:       # "allowed UN inspectors to return": whom it lets in
        args.add("target", [(h, i) for h, i in phrase_actors(f.noun, index) if h.actor not in args.source
                            and h.type != "place"], index)
    if not args.source:
        carried = carried_arguments(lex, f.token, index)
        args.source = [a for a in carried.source if a not in args.target]
        for a in carried.target:
            if a not in args.target and a not in args.source:
                args.target.append(a)
        args.spans += carried.spans
        args.location = args.location or carried.location
    if not args.source and (body := statements.enacting_body(f.token, index)) is not None:
        args.add("source", [(body, f.token.i)])     # "2. Demands ...": the body opening the communique
    if f.kind == "light":
        extra = noun_arguments(f.noun, f.trigger.of, index)
        for role in ("source", "target"):
            for a in getattr(extra, role):
                if a not in args.source and a not in args.target:
                    getattr(args, role).append(a)
        args.spans += extra.spans
        args.location = args.location or extra.location
    return args


def clause_subject_owner(noun, index: DocIndex) -> list:
    """ "Javier Milei chose Washington for his first visit abroad": an event noun owned by "his"/"her" inside the
    object or a preposition of a verb with a named subject is that subject's act (the clause names it)."""
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
        return []
    t = noun
    for _ in range(3):
        if t.dep_ not in ("dobj", "pobj", "prep") or t.head.i == t.i:
            return []
        t = t.head
        if t.pos_ == "VERB":
            break
    if t.pos_ != "VERB":
        return []
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    hit = index.actor_at(subj.i) if subj is not None else None
    # "his" says the owner is a person, whatever type the name was given
    return [(hit, subj.i)] if hit is not None and hit.type in ("person", "organization") else []
