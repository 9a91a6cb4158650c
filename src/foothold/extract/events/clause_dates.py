"""Which clause a date phrase belongs to (issue 8, dates2): a date hung on the trigger's own verb dates the act.

- `own_verb_date`: "the army said on Monday that 21 people were killed when gunmen attacked the barracks before dawn
  on Sunday": "attacked" is timed by the Sunday of its own clause, not by the Monday of the saying that governs it
  (`dating.EventDater.sentence_date` alone picks the date nearest before the trigger). "the resolution, which banned
  coal exports in 2017, ..." likewise: the relative clause's own year, not the main clause's.
- `simultaneous_participle`: a present participle describing the act's own object ("hit a bus carrying engineers
  to the dam on July 14") tells what held while the act happened, so its date is the act's too (a past participle,
  "its embassy, closed since 1992", tells an earlier state and keeps its date to itself).

- `governing_date`: the own date is taken only over a date hung on a verb governing the act (the saying, a main
  clause); a "since"/"until" date on the act frames a state and is never its own date (timing.explicit_date).

Read by `timing.explicit_date` (verbal triggers only), `dating.in_other_clause` and `date_owner.inner_act_dates`.
"""

from __future__ import annotations

from .index import DocIndex

# an argument a participle can describe while the act happens
OBJECT_DEPS = ("dobj", "pobj", "nsubjpass", "attr")


def simultaneous_participle(tok, trigger) -> bool:
    """``tok`` is a present participle describing an object of ``trigger`` ("hit a bus carrying engineers")."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG":
        return False
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.head.i == trigger.i:
        return True
    return noun.dep_ in OBJECT_DEPS and noun.head.i == trigger.i


def clause_head(tok, trigger=None):
    """The verb whose clause holds ``tok`` (climbing over nouns and prepositions, and over a present participle
    describing ``trigger``'s object); None when none is found within a dozen steps."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and t.i != tok.i and not (trigger is not None and simultaneous_participle(t, trigger)):
            return t
        if t.head.i == t.i:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
    return None


def own_verb_date(f, dates, index: DocIndex, skip=frozenset(), report=frozenset()):
    """The date phrase hung on the verbal trigger itself (not through another verb), or None; of several, the
    nearest before the trigger, else the first after. ``skip``: dates timing other happenings; ``report``: dates
    of the report itself (a dateline), never the act's own."""
    if f.kind not in ("verb", "light") or f.token.pos_ not in ("VERB", "AUX"):
        return None
    return verb_date(f.token, dates, index, skip, report)


def verb_date(verb, dates, index: DocIndex, skip=frozenset(), report=frozenset()):
    """The date phrase hung on ``verb`` itself (see `own_verb_date`), or None."""
    own = []
    for d in dates:
        toks = index.tokens_in(d.start, d.end)
        if not toks or d.start in skip or d.start in report:
            continue
        head = clause_head(verb.doc[toks[0]], verb)
        if head is not None and head.i == verb.i:
            own.append((toks[0], d))
    if not own:
        return None
    before = [d for i, d in own if i < verb.i]
    return before[-1] if before else own[0][1]


def governing_date(verb, date, index: DocIndex) -> bool:
    """``date`` hangs on a verb that governs ``verb`` ("said on Monday that ... attacked"): the saying's time."""
    toks = index.tokens_in(date.start, date.end)
    head = clause_head(verb.doc[toks[0]], verb) if toks else None
    return head is not None and head.i != verb.i and head.i in {a.i for a in verb.ancestors}


# "two days after X announced ...", "a week before the vote was held": a clause counted from its governing verb's day
OFFSET_MARKS = {"after": -1, "before": 1}
OFFSET_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10}


def offset_clause(trigger):
    """(the verb heading an "N days after/before" clause that holds ``trigger``, signed days from its governing
    verb), or None: "agreed on Sunday to step down, two days after officers announced that they had removed him"."""
    t = trigger
    for _ in range(4):
        if t.dep_ == "advcl":
            return _counted(t)
        if t.dep_ not in ("ccomp", "xcomp", "conj") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _counted(clause):
    """``clause`` with its signed day count when it opens with "N days after/before", else None."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in OFFSET_MARKS), None)
    # the parser hangs "two days" on the mark or on the clause's verb
    unit = next((c for c in [*mark.children, *clause.children] if c.dep_ == "npadvmod" and c.lower_ in OFFSET_UNITS
                 and c.i < mark.i), None) if mark is not None else None
    if unit is None:
        return None
    count = next((c.lower_ for c in unit.children if c.dep_ in ("nummod", "det")), "a" if unit.lower_ in
                 ("day", "week") else None)
    n = int(count) if count and count.isdigit() else COUNT_WORDS.get(count or "")
    if not n:
        return None
    return clause, OFFSET_MARKS[mark.lower_] * n * OFFSET_UNITS[unit.lower_]


def offset_date(f, dates, index: DocIndex, skip=frozenset(), report=frozenset()):
    """The day of an act told in an "N days after/before" clause with no date of its own, counted from the day its
    governing verb is dated by; None otherwise (a governing verb dated only to the month counts nothing)."""
    if f.kind not in ("verb", "light", "speech"):
        return None
    fronted = fronted_count_date(f.token, dates, index, skip, report)
    if fronted is not None:
        return fronted
    if own_verb_date(f, dates, index, skip, report) is not None:
        return None
    counted = offset_clause(f.token)
    if counted is None:
        return None
    from .dating import moved_day      # dating reads this module's participles: imported here, not at the top
    clause, days = counted
    told = verb_date(clause.head, dates, index, skip, report)
    return moved_day(told, days) if told is not None else None


def fronted_count_date(verb, dates, index: DocIndex, skip=frozenset(), report=frozenset()):
    """ "On December 2, a day after the commission declared X the winner, Y congratulated him": parsed with the
    counted clause as the main one, the day told before "a day after" hangs on its verb, yet it is the main act's; the
    counted act is that day moved back (or on, "before") by the count (dates10). None otherwise."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "advcl":
        return None
    counted = _counted(verb)
    if counted is None:
        return None
    _, days = counted
    mark = next(c for c in verb.children if c.dep_ == "mark" and c.lower_ in OFFSET_MARKS)
    first = min(mark.i, *(c.i for c in mark.children), *(c.left_edge.i for c in verb.children
                                                          if c.dep_ == "npadvmod" and c.i < mark.i))
    told = [d for d in dates if d.start not in skip and d.start not in report
            and (toks := index.tokens_in(d.start, d.end)) and toks[-1] < first
            and (h := clause_head(verb.doc[toks[0]], verb)) is not None and h.i == verb.i]
    if not told:
        return None
    from .dating import moved_day      # dating reads this module's participles: imported here, not at the top
    return moved_day(told[-1], days)
