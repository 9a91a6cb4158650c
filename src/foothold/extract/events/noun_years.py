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
