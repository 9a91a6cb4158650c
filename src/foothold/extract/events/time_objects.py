"""An object the parser hung on the time phrase after it (issue 8, evvocab2 second pass): in "both sides declared a
unilateral truce days later" the small model reads "a unilateral truce days" as one noun phrase headed by "days"
(an adverbial of "later"), so the light verb has no object and "truce" is a compound. The object is that compound."""

from __future__ import annotations

TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
RELATIVE_TIMES = frozenset({"later", "earlier", "ago", "after", "before"})


def time_misparsed_object(verb):
    """The noun the parser made a compound of a relative time phrase hung on ``verb`` ("declared a truce days later"
    -> truce), else None."""
    for adv in (c for c in verb.children if c.dep_ == "advmod" and c.lower_ in RELATIVE_TIMES):
        for unit in (c for c in adv.children if c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS):
            nouns = [c for c in unit.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < unit.i]
            if nouns and any(c.dep_ == "det" for c in unit.children):     # "a truce days": the article is the object's
                return nouns[-1]
    return None
