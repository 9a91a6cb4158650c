"""Tense and aspect of a trigger verb: the report's present, a perfect, a backshifted report, an anchor clause."""

from __future__ import annotations

from .agents import AGENT_NOUNS
from .arguments import SAY_VERBS
from .index import DocIndex
from .triggers import noun_trigger

ANCHOR_MARKS = {"after", "since"}


def own_clause(verb) -> bool:
    """A conjunct in the simple past with its own subject ("X had accused Y, and Z congratulated W") is a clause of
    its own: it shares no auxiliary with the verb it is joined to."""
    return verb.tag_ == "VBD" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def present_tense(verb) -> bool:
    """ "blames", "is suspending", "is suspended": the report's own present."""
    return verb.tag_ in ("VBZ", "VBP") or verb.tag_ in ("VBG", "VBN") and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are", "am") for c in verb.children)


def present_perfect(verb) -> bool:
    """ "has designated", "have been arrested", "has previously sanctioned" (conjuncts share the aux)."""
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i and not any(c.dep_ == "aux" for c in t.children) \
            and not own_clause(t):
        t = t.head
    return t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in t.children)


def past_perfect(verb) -> bool:
    """ "had criticized", "had been arrested" (conjuncts share the aux)."""
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i and not any(c.dep_ == "aux" for c in t.children) \
            and not own_clause(t):
        t = t.head
    return t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in t.children)


def backshifted(verb) -> bool:
    """A past perfect reported by a past saying verb ("the group said its fighters had shot down a jet")
    is the report's past, backshifted: the news, not a time before the story."""
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    head = t.head
    return t.dep_ == "ccomp" and head.i != t.i and head.tag_ == "VBD" and head.lemma_.lower() in SAY_VERBS


def done(verb) -> bool:
    """A past-tense act with its own subject ("conducted", "were killed", "has seized")."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in
                                      ("was", "were", "has", "have", "had", "been") for c in verb.children)


def relative_time(verb) -> bool:
    """The act is placed only relative to another happening: "at the beginning of its invasion",
    "at the start of the war", "months later", "years earlier"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("at", "in", "by", "during"):
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in ("beginning", "start", "outset", "height", "onset") \
                        and any(p.lower_ == "of" and any(q.pos_ == "NOUN" for q in p.children) for p in o.children):
                    return True
        if c.dep_ == "advmod" and c.lower_ in ("later", "earlier") and any(
                n.lemma_.lower() in ("month", "year", "decade") and not counted_month(n) for n in c.children):
            return True
    return False


def counted_month(noun) -> bool:
    """ "two months later", "a month later": a count of months the story moves by from its last date
    (``dating.month_shift``), not a time told only by another happening ("months later")."""
    return noun.lemma_.lower() == "month" and any(
        c.dep_ in ("nummod", "det") and (c.like_num or c.lower_ in ("a", "one")) for c in noun.children)


def describing_past(lex, verb, verbal: bool = False) -> bool:
    """ "people who assassinated X", "a commander who led Y": a past-tense relative clause whose
    subject is the relative pronoun and whose antecedent is a doer (a named actor, people, a group),
    not a happening ("a conflict that broke out"). A verbal act set off by a comma ("blamed the LNA,
    which denied responsibility") is the named actor's answer: news, not description."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBD":
        return False
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that")), None)
    if pronoun is None:
        return False
    if verbal and pronoun.i > 0 and verb.doc[pronoun.i - 1].text == ",":
        return False
    head = verb.head
    return noun_trigger(head, lex) is None and (
        head.lemma_.lower() in AGENT_NOUNS or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))


def dates_the_saying(verb, date, index: DocIndex) -> bool:
    """The date is written in the saying verb's own clause ("said on Tuesday"), not in what was said."""
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    tokens = list(index.tokens_in(date.start, date.end)) if date.start is not None else []
    # by position, as the parser may hang "on Tuesday" on either verb: the date comes before what was said
    # begins ("said on Tuesday it had fired", "On Tuesday, X said its fighters had ...")
    return subject is not None and bool(tokens) and all(i < subject.left_edge.i for i in tokens) \
        and t.head.i < subject.left_edge.i


def in_anchor_clause(verb) -> bool:
    """The verb (or the verb it is a conjunct of) heads an "after"/"since" clause: a background
    act that places another (README conventions: anchors are not events)."""
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
        t = t.head
    if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ANCHOR_MARKS for c in t.children):
        return True
    # "flared up after X was assassinated", parsed with "after" as a preposition before a clause
    left = t.left_edge.i - 1
    return t.dep_ in ("ccomp", "pcomp", "advcl") and left >= 0 and t.doc[left].lower_ in ANCHOR_MARKS \
        and t.doc[left].dep_ in ("prep", "mark")
