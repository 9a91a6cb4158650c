"""Which act a date phrase times: the predicate it hangs on.

A date told of a verb or event noun inside another act's phrase times that inner happening, not the act: "launched an
operation to pursue those responsible for the attack of 18 February" (the attack's day), "urged X to ensure that Y
takes office on January 14" (what is asked), "expressed concern over the killing of protesters yesterday" (the
killing's). A date on the act itself, on a verb that governs it ("said on Monday it had fired"), or on a coordinated
verb or adjunct ("attacked the camp, killing three, on Monday") is left to the other dating rules.
"""

from __future__ import annotations

from .clause_dates import simultaneous_participle
from .triggers import noun_trigger

# how an inner predicate hangs in the act's phrase when it is told as its object, content or a clause on a noun
COMPLEMENT_DEPS = {"dobj", "pobj", "xcomp", "ccomp", "acl", "relcl", "dative", "oprd", "pcomp"}
PAST_AUX = {"had", "has", "have", "was", "were", "did"}
# a time anchor: "following the August 5 attack", "after the raid on Monday" still date the act (timing.py)
# or a happening the act took place at ("At the Astana talks in January 2017, X stood with Y")
ANCHORS = {"after", "following", "since", "before", "until", "amid", "during", "at"}


def phrase_head(tokens, doc):
    """The token of a date phrase whose head lies outside it."""
    inside = set(tokens)
    return next((doc[i] for i in tokens if doc[i].head.i not in inside or doc[i].head.i == i), doc[tokens[0]])


def is_predicate(tok, lex) -> bool:
    """A verb, or a noun naming a happening ("the attack", "the killing", "the annexation")."""
    return tok.pos_ in ("VERB", "AUX") or tok.pos_ == "NOUN" and noun_trigger(tok, lex) is not None


def _inner(tok) -> bool:
    """A predicate whose own date is not the act's: an event noun, or a verb in no past tense (not a bare manner
    gerund after a preposition, "had asked X in writing on 4 September": the asking's day, dates7)."""
    if manner_gerund(tok):
        return False
    return tok.pos_ == "NOUN" or tok.tag_ in ("VB", "VBZ", "VBP", "VBG") and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUX for c in tok.children)


def manner_gerund(tok) -> bool:
    """A gerund after a preposition with no object, subject or complement of its own ("in writing", "by phone"
    is no verb): it tells how the act was done, not another happening."""
    return tok.tag_ == "VBG" and tok.dep_ == "pcomp" and not any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass", "ccomp", "xcomp", "attr", "dative", "prt") for c in tok.children)


def owner(tok, lex):
    """The nearest predicate above ``tok`` (None when it hangs on none)."""
    t = tok
    for _ in range(12):
        if t.head.i == t.i:
            return None
        t = t.head
        if is_predicate(t, lex):
            return t
    return None


def embedded(pred, act) -> bool:
    """``pred`` is told as an object, content or clause of a noun inside ``act``'s phrase (or a conjunct's hung on
    it); not a verb governing it, nor a coordinated verb or adjunct of it, nor an anchor: "following the August 5
    attack" still dates the act."""
    above_act = {act.i, *(a.i for a in act.ancestors)}
    if pred.i in above_act or pred.head.i == act.i and pred.pos_ == "NOUN":
        return False        # the act's own object noun is left to timing.other_events_dates
    deps, t = [], pred
    while t.i not in above_act:
        if t.head.i == t.i or t.lower_ in ANCHORS:
            return False
        deps.append(t.dep_)
        t = t.head
    # inside the act's own phrase; a noun on a verb governing the act ("claimed the attack on Monday, saying its
    # fighters had seized X") is as likely to be told the saying's day
    if t.i != act.i and act.dep_ == "conj" and t.i == act.head.i and COMPLEMENT_DEPS & set(deps):
        return True         # "accused X of committing Y since 2016 and requested Z": the verb it is coordinated
                            # with tells that content, and its date is no more the act's than that verb's
    return t.i == act.i and bool(COMPLEMENT_DEPS & set(deps))


def inner_act_dates(lex, act, own: set[int], dates, index) -> set[int]:
    """Starts of the date phrases that hang on a predicate embedded in ``act``'s sentence, other than the act's own
    words (``own``: its trigger, noun and carriers)."""
    doc = act.doc
    out = set()
    for d in dates:
        toks = index.tokens_in(d.start, d.end)
        if not toks:
            continue
        head = phrase_head(toks, doc)
        pred = owner(head, lex)
        if pred is not None and pred.pos_ != "NOUN" and head.i < pred.i:
            continue        # "said on Friday he would talk": a date before the inner verb is the saying's
        # a past verb inside the act's phrase reports a deed the story dates as it dates the act ("said troops had
        # fired first on Friday"); a verb still to happen ("to ensure that Y takes office") or an event noun does not
        if pred is not None and simultaneous_participle(pred, act):
            continue        # "hit a bus carrying engineers on July 14": what held while the act happened
        if pred is not None and pred.i not in own and _inner(pred) and embedded(pred, act):
            out.add(d.start)
    return out
