"""A bare past perfect in a main clause is dated by the story's year (issue 8, dates8): "Fatah had called his
nomination unconstitutional", "Honduras had asked Taiwan only to restructure a debt", "The European Economic Community
had already banned imports" -- a time before the story's own, which the tuning golds date by the story at year or month
precision. The act lies before the story's day, so only the year of the date the story tells (its running date, source
note or phrase) is given. Not in a relative or adverbial clause ("the court, which had issued a warrant", "before X had
arrived"), nor under "before"/"prior to", which place it elsewhere.

Read by `timing.date_event` where `timing.told_undated` left such an act undated.
"""

from __future__ import annotations

from ...model import DateValue
from .dayparts import told_time_of_day
from .tense import backshifted, past_perfect

CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "csubj", "pcomp"})
PLACING = frozenset({"before", "prior", "until", "till", "since"})


def main_clause_perfect(verb) -> bool:
    """``verb`` is a bare past perfect heading a main clause (or a conjunct of one)."""
    if not past_perfect(verb) or backshifted(verb) or told_time_of_day(verb):
        return False
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ in CLAUSE_DEPS or t.dep_ not in ("ROOT", "ccomp"):
        return False
    return not any(x.lower_ in PLACING for x in verb.subtree if x.dep_ in ("prep", "mark", "advmod"))


def story_year(verb, told) -> DateValue | None:
    """The year of ``told`` (the date the story gives the act's sentence) for a bare main-clause past perfect."""
    if told is None or not told.iso or not main_clause_perfect(verb):
        return None
    return DateValue(iso=told.iso[:4], precision="year")
