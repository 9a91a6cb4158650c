"""Event nouns and weapons that carry a verb's agent ("Israeli strikes killed", "struck by a Houthi missile")."""

from __future__ import annotations

from .answered_with import means_doers, told_through_place
from .arguments import Arguments, is_passive, noun_arguments
from .index import ActorHit, DocIndex
from .modality import why_not_factual
from .triggers import Found, noun_trigger, through_quantifier

# subjects that carry an attack for someone ("rockets hit the base")
WEAPONS = {"rocket", "missile", "drone", "shell", "bomb", "mortar", "projectile", "grenade", "bullet",
           "aircraft", "jet", "plane", "helicopter", "artillery", "ied", "vbied", "car bomb", "gunman", "bomber"}
# event nouns that can carry the agent of an act told by a verb ("killed in an Israeli strike")
CARRIER_TYPES = {"ASSAULT", "COERCE"}


def carriers(lex, verb) -> list:
    """Event nouns and weapons that carry a verb's agent: its subject ("Israeli strikes
    killed", "the raid detained"), its by-agent ("struck by a Houthi missile") or, in the
    passive, the attack it happened in ("was killed in an Israeli air strike")."""
    out = []
    passive = is_passive(verb)
    t = verb.head if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" \
        and verb.head.lemma_ in lex.speech_verbs else verb
    if t.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which")
                                 for c in [*t.children, *verb.children]):
        # "a Russian missile attack that (officials said) injured six": the noun the clause describes
        noun = told_through_place(t) or t.head     # "strikes across the east that killed": the strikes (evargs3)
        hit = noun_trigger(noun, lex)
        if hit is not None and hit[0].type in CARRIER_TYPES:
            out.append(noun)
    for c in verb.children:
        cands = []
        if c.dep_ == "nsubj" and not passive:
            cands = [c]
        elif c.dep_ == "agent" or passive and c.dep_ == "prep" and c.lower_ in ("in", "during", "with", "from"):
            cands = [o for o in c.children if o.dep_ == "pobj"]
        for n in cands:
            n = through_quantifier(n)
            hit = noun_trigger(n, lex)
            if hit is not None and (hit[0].type in CARRIER_TYPES or c.dep_ == "nsubj"):
                out.append(n)
            elif n.lemma_.lower() in WEAPONS and n.pos_ in ("NOUN", "PROPN"):
                out.append(n)
    return out


def carried_arguments(lex, verb, index: DocIndex) -> Arguments:
    """The agent (and victims) an event noun or weapon brings to its verb."""
    args = Arguments()
    for n in carriers(lex, verb):
        hit = noun_trigger(n, lex)
        found = noun_arguments(n, hit[0].of if hit else "target", index)
        if hit is None:                      # a weapon: only its modifiers name its user
            found.target = []
        args.add("source", [(h, i) for h, i in _hits(found.source, n, index)], None)
        if hit is not None and not found.source:     # "answered with strikes that killed ...": who answered
            args.add("source", [(h, i) for h, i in means_doers(n, index) if h.actor not in found.target], None)
        for a in found.target:
            if a not in args.target:
                args.target.append(a)
        args.spans += found.spans
        args.location = args.location or found.location
    return args


def _hits(ids, noun, index: DocIndex):
    out = []
    for t in noun.subtree:
        h = index.actor_at(t.i)
        if h is not None and h.actor in ids and all(h.actor != o.actor for o, _ in out):
            out.append((h, t.i))
    known = {h.actor for h, _ in out}
    out += [(ActorHit(a, index.actor_type.get(a, ""), index.tok_start[noun.i], index.tok_end[noun.i]), noun.i)
            for a in ids if a not in known]
    return out


def instrument_subject(lex, verb):
    """ "four strikes destroyed ...": the subject is the weapon (its trigger returned);
    its user is named elsewhere in the report."""
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i and not any(c.dep_ == "nsubj" for c in t.children):
        t = t.head
    for subj in (c for c in t.children if c.dep_ == "nsubj"):    # a misparse may give two
        hit = noun_trigger(subj, lex)
        if hit is not None and hit[0].type == "ASSAULT":
            return hit[0]
    return None


def caused_by_event(lex, verb) -> bool:
    """ "was killed in the attack", "as a result of a strike": a casualty of a happening named
    beside it (told as that happening, not as an act of its own)."""
    for c in verb.children:
        if c.dep_ == "prep" and any(noun_trigger(t, lex) is not None for t in c.subtree):
            return True
    return False


def carried_nouns(lex, found: list[Found]) -> set[int]:
    """Event nouns that carry a factual verb's agent: the verb's own happening, told once."""
    # "Israeli strikes killed five", "killed in an Israeli strike": the noun is the
    # verb's own happening, told once (its agent joins the verb's event)
    carried: set[int] = set()
    for f in found:
        if f.kind not in ("verb", "light"):
            continue
        nouns = carriers(lex, f.token)            # few verbs have one: ask the (costly) factuality only of those
        if nouns and why_not_factual(f.token) is None:
            carried.update(n.i for n in nouns)
    return carried
