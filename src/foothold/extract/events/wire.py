"""Wire-story wording the parse alone misses (issue 8: events on unseen wire text)."""

from __future__ import annotations

import re

# words that make the date after them a background's time ("since his re-election in August 2020")
BACKGROUND_WORDS = {"since", "until", "till", "prior"}
# how far back, in words of one phrase, such a word still governs the date
BACKGROUND_REACH = 10
# a finite verb starts another clause ("the re-opening" or "re-elected" inside the phrase do not)
FINITE = {"VBD", "VBZ", "VBP", "MD"}


def background_by_words(date_tok) -> bool:
    """ "their first call since the re-opening of the border in May 2022": "since" opens the phrase the date closes,
    even where the parser hung the date on the noun before "since". Read leftwards within the phrase: no finite
    verb and no clause punctuation between."""
    doc = date_tok.doc
    start = date_tok.sent.start
    for i in range(date_tok.i - 1, max(start, date_tok.i - BACKGROUND_REACH) - 1, -1):
        t = doc[i]
        if t.tag_ in FINITE or t.text in (",", ";", ":", "(", ")"):
            return False
        if t.lower_ in BACKGROUND_WORDS:
            return True
    return False


# a span counted back from the report's day: "in the past week", "over the last few days", "this week", "in recent
# days", "over the weekend"
RECENT_SPAN = re.compile(r"\b(?:(?:in|over|during|within) the (?:past|last)(?: (?:few|several|two|three|\d+))? "
                         r"(?:days?|weeks?|months?)|(?:this|last) (?:week|weekend|month)|in recent (?:days|weeks)|"
                         r"over the weekend)\b", re.I)


def recent_span(clause_text: str) -> bool:
    """The text times an act by a span ending at the report ("has sent warships in the past week"): the news of
    the report's month, not a past it leaves undated."""
    return RECENT_SPAN.search(clause_text) is not None


# prepositions whose object's year is a time ("in the 2019 election", "since the 2014 war")
TIME_PREPS = {"in", "during", "since", "after", "before", "until", "at", "by", "following", "throughout", "amid"}


# the kinds of happening an event noun tells in its own right, dated by its own year ("the 1983 bombing");
# agreements, communiques and deals are documents a year names
HAPPENING_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT", "AID"}


def names_the_thing(date_tok, is_event_noun) -> bool:
    """A bare year right after "the" before a common noun ("honour the 1972 joint communique", "violating the 2003
    ceasefire agreement") says which thing, not when the act was, unless the phrase is a time ("in the 2019
    election") or the noun is itself a happening ("the 1983 bombing of the barracks": its own date)."""
    if len(date_tok.text) != 4 or not date_tok.like_num or date_tok.dep_ not in ("nummod", "compound", "amod", "nmod"):
        return False
    head = date_tok.head
    if head.pos_ != "NOUN" or head.i < date_tok.i or date_tok.i == 0 or date_tok.doc[date_tok.i - 1].lower_ != "the":
        return False
    # "settled by the 1965 treaty": a passive's agent "by" names the thing, it is no deadline (dates7)
    return not (head.dep_ == "pobj" and head.head.lower_ in TIME_PREPS and head.head.dep_ != "agent") \
        and not is_event_noun(head)


def spoken_for(events, ctx) -> None:
    """ "Taliban spokesman Zabihullah Mujahid claimed the attack": a material act a spokesperson is told to have done
    (claimed, carried out) is his body's; he only speaks for it. The body is the one the relations give him as
    spokesman (one only)."""
    types = {a.id: a.type for a in ctx.actors}
    bodies: dict[str, set[str]] = {}
    for r in getattr(ctx, "relations", []) or []:
        if r.predicate in ("leads", "member_of") and r.title and "spokes" in r.title.lower() \
                and types.get(r.subject) == "person" and types.get(r.object) in ("organization", "country"):
            bodies.setdefault(r.subject, set()).add(r.object)
    for ev in events:
        if not (ev.quad or "").startswith("material"):
            continue
        speaking = [s for s in ev.source if len(bodies.get(s, ())) == 1]
        if speaking:
            ev.source = list(dict.fromkeys(next(iter(bodies[s])) if s in speaking else s for s in ev.source))


# "his country's troops": a person's own state named by a possessive pronoun
OWN_STATE = re.compile(r"\b(?:his|her) (?:country|nation)(?:'s|\u2019s)?\b", re.I)


def own_state(events, ctx) -> None:
    """ "Kenya's President William Ruto said his country's troops had withdrawn": a material act of "his country's"
    forces is the state's, the one the person heads or serves by the relations (one only), not the person's."""
    types = {a.id: a.type for a in ctx.actors}
    states: dict[str, set[str]] = {}
    for r in getattr(ctx, "relations", []) or []:
        if r.predicate in ("leads", "member_of") and types.get(r.subject) == "person" and types.get(r.object) == "country":
            states.setdefault(r.subject, set()).add(r.object)
    text = ctx.document.text
    for ev in events:
        if not (ev.quad or "").startswith("material") or not OWN_STATE.search(text[ev.start:ev.end]):
            continue
        if any(len(states.get(s, ())) == 1 for s in ev.source):
            ev.source = list(dict.fromkeys(next(iter(states[s])) if len(states.get(s, ())) == 1 else s
                                           for s in ev.source))
            ev.target = [t for t in ev.target if t not in ev.source]


def struck_in_state(verb, index, source) -> list:
    """ "Turkish jets struck several targets in northern Iraq": an attack on unnamed things ("targets", "positions")
    in a named state hits that state (news-dev: the country a place lies in is who was acted on), also where the
    parser hung "in Iraq" on the verb rather than on the object, and where the place is the state's own ("hideouts in
    Afghanistan's Khost province": the possessor). [(hit, token)] or []."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN":
        return []
    scenes = [c for c in [*verb.children, *obj.children] if c.dep_ == "prep" and c.lower_ == "in"]
    in_scene = {t.i for c in scenes if c.head.i == obj.i for t in c.subtree}
    if any(index.actor_at(t.i) is not None for t in obj.subtree if t.i not in in_scene):
        return []
    for c in scenes:
        for o in c.children:
            if o.dep_ != "pobj":
                continue
            if c.head.i == obj.i and index.actor_at(o.i) is not None:
                continue        # "targets in Iraq" on the object: read by the object's own parties
            owner = [p for p in o.children if p.dep_ == "poss" and index.actor_at(p.i) is not None]
            for t in [o, *owner]:
                hit = index.actor_at(t.i)
                if hit is not None and hit.type == "country" and hit.actor not in source:
                    return [(hit, t.i)]
    return []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for o in c.children:
                hit = index.actor_at(o.i) if o.dep_ == "pobj" else None
                if hit is not None and hit.type == "country" and hit.actor not in source:
                    return [(hit, o.i)]
    return []
