"""A fronted "when" clause told in an earlier year sets the scene of its sentence (issue 8, spurious5): "When
President X was killed fighting rebels in April 2021, a military council took power", "When al-Sudani visited Tehran
in November 2022, the Supreme Leader told him ...", "When the Islamic State overran Mosul in 2014, Muhandis became
...". The main clause is the news; the when-clause names a past happening only to place it, as an "after"/"since"
anchor does (`tense.in_anchor_clause`, `timing.anchor_background`; news-dev README: background acts inside anchors
are no events unless current and reported nowhere else). Only a clause opening its sentence, dated in its own words
to a month or a year before the report's: a clause dated to the day ("When the United States struck three sites on
26 December, ...") recounts a happening of the story, and a closing "..., when X did Y" elaborates the main clause
("The coup began on 1 February, when the army detained ...") and stays.
"""

from __future__ import annotations

WHEN = {"when"}
SETTING_PRECISIONS = {"month", "year"}


def past_when_setting(f, kind: str, explicit, published, date_tokens: frozenset[int]) -> bool:
    """The verb candidate heads a fronted "when" clause whose own month or year lies before the report's year."""
    if kind != "verb" or explicit is None or not explicit.iso or explicit.precision not in SETTING_PRECISIONS:
        return False
    if published is None or not published.iso or not (explicit.iso[:4].isdigit() and published.iso[:4].isdigit()):
        return False
    clause = _fronted_when_clause(f.token)
    if clause is None or not any(t.i in date_tokens for t in clause.subtree):
        return False
    return int(explicit.iso[:4]) < int(published.iso[:4])


def _fronted_when_clause(verb):
    """The "when" clause the verb heads (or is a conjunct in), if it comes before its main verb, else None."""
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
        t = t.head
    if t.dep_ != "advcl" or t.i > t.head.i:
        return None
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in WHEN and c.i < t.i for c in t.children):
        return None
    return t
