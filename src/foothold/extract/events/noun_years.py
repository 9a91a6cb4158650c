"""A year modifying an event noun dates that noun's happening: "Under a 2009 agreement signed by President X, the
port authority built a terminal, which opened in 2012 (Agency, May 3, 2012)" -- the agreement is of 2009, not of the
note's 2012. The date finder reads no bare year before a noun ("a 2009 agreement" has no time cue), so the year is
read here from the noun's own modifier (a four-digit number 1900-2099 before it). It dates only that noun's event
(``timing.explicit_date``, kind "noun"); a date phrase of the sentence in the same year, more precise, is kept.
"""

from __future__ import annotations

from ...model import DateValue

MODIFIER_DEPS = ("nummod", "compound", "amod", "nmod")


def noun_year(noun) -> DateValue | None:
    """The year written as a modifier before ``noun`` ("a 2009 agreement", "the 2014 accord"), or None."""
    if noun.pos_ != "NOUN":
        return None
    for c in noun.children:
        if c.i < noun.i and c.dep_ in MODIFIER_DEPS and len(c.text) == 4 and c.text.isdigit() \
                and 1900 <= int(c.text) <= 2099:
            return DateValue(iso=c.text, precision="year")
    return None


def with_noun_year(noun, explicit: DateValue | None) -> DateValue | None:
    """The noun's own year over a date of the sentence in another year (or none); else ``explicit``."""
    own = noun_year(noun)
    if own is None or explicit is not None and explicit.iso and explicit.iso[:4] == own.iso:
        return explicit
    return own


def dated_elsewhere_than_noun(lex, dates, starts: set[int], index) -> set[int]:
    """Of ``starts`` (dates given to an inner happening), those whose nearest event noun above them has a year of
    its own other than the date's: that date is not the noun's."""
    from .triggers import noun_trigger
    if not starts:
        return set()
    doc = index.ctx.doc
    out = set()
    for d in dates:
        if d.start not in starts or not d.iso:
            continue
        toks = index.tokens_in(d.start, d.end)
        t = doc[toks[0]] if toks else None
        for _ in range(8):
            if t is None or t.head.i == t.i or t.pos_ in ("VERB", "AUX"):
                break
            t = t.head
            if t.pos_ == "NOUN" and noun_trigger(t, lex) is not None:
                own = noun_year(t)
                if own is not None and own.iso != d.iso[:4]:
                    out.add(d.start)
                break
    return out
