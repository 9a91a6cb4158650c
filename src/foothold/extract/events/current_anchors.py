"""An act told in an "after" clause of a dated act (issue 8, evrecall2): "The Philippines summoned China's ambassador
on Monday after a China Coast Guard vessel fired water cannon at a Philippine boat", "In July 2023 X expelled 45
diplomats, after the security service accused the embassy of espionage". news-dev's README keeps background acts
inside anchors out "unless they are current and reported nowhere else"; an act that prompted a dated act is current
with it (the tuning gold codes these, dated by the month of the act they prompted). A "since" clause, an undated
main clause ("the conflict flared up after X was assassinated") and an anchor the text dates in another year stay
background (timing.anchor_background), and so does a past perfect, a passive or a pronoun doer (`told_plainly`).
The act's date is the prompted act's, cut to its month: it came before,
by hours or weeks."""

from __future__ import annotations

from dataclasses import replace

from .tense import in_anchor_clause

PROMPTING = {"after"}


def _clause_head(verb):
    """The verb heading the clause (the first of its conjuncts)."""
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
        t = t.head
    return t


def _anchor_word(head):
    """The "after"/"since" word opening the clause."""
    mark = next((c for c in head.children if c.dep_ == "mark"), None)
    if mark is not None:
        return mark.lower_
    left = head.left_edge.i - 1
    return head.doc[left].lower_ if left >= 0 else None


def told_plainly(verb) -> bool:
    """A simple past told actively by a named doer: "after Fatah accused the groups". A past perfect ("after its
    members had fired") sets its act some unknown time before; a passive or a pronoun leaves the doer to be guessed
    ("after they seized power", "after they had been summoned")."""
    head = _clause_head(verb)
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and subj is not None and subj.pos_ != "PRON"


def prompting_act(f, kind: str, date_tokens: frozenset[int]) -> bool:
    """The verb heads an "after" clause of a main clause that carries its own date, told plainly."""
    if kind != "verb" or not in_anchor_clause(f.token) or not told_plainly(f.token):
        return False
    head = _clause_head(f.token)
    if _anchor_word(head) not in PROMPTING:
        return False
    inside = {t.i for t in head.subtree} | {head.left_edge.i - 1}
    return any(t.i in date_tokens and t.i not in inside for t in head.sent)


def month_of(date):
    """The date cut to its month (a day-precise date of the prompted act; coarser ones stay)."""
    if date is None or date.precision != "day":
        return date
    return replace(date, iso=date.iso[:7], precision="month")
