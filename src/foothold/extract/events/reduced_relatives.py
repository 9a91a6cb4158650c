"""A participle describing a noun that the parser hung on the main verb (issue 8, dates8): "The members of the
Council took note of the provisional results of the election of 9 April, announced by the Electoral Tribunal on 2
May, and called on all parties to settle any dispute in court." The parser reads "announced" as an adverbial clause of
"took" and "called" as its conjunct, so the date of the announcement looked like the call's own and became the
paragraph's running date. A past participle right after a comma that closes a noun phrase, with a "by" agent and no
auxiliary, subject or subordinator of its own, describes that noun like a relative clause ("results, which the
Tribunal announced on 2 May"): its date times only the participle, not the verb it hangs on nor a finite verb
coordinated with it (``called``), and the story does not run on from it.

Read by `timing.other_clause_dates` (the date is no other act's) and `timing.in_relative_clause` (no running date).
A fronted participle ("Backed by X, the rebels seized ...") and one with its own auxiliary are left as they are.
"""

from __future__ import annotations

FINITE_TAGS = ("VBD", "VBZ", "VBP")
OWN_WORDS = ("aux", "auxpass", "mark", "nsubj", "nsubjpass")
CLIMB = 8


def misread_participle(verb) -> bool:
    """``verb`` is a past participle with a "by" agent after a comma closing a noun phrase, which the parser hung
    on a verb before it as an adverbial clause."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i < 2 or verb.head.i > verb.i:
        return False
    if not any(c.dep_ == "agent" for c in verb.children) or any(c.dep_ in OWN_WORDS for c in verb.children):
        return False
    doc = verb.doc
    return doc[verb.i - 1].text == "," and doc[verb.i - 2].pos_ in ("NOUN", "PROPN", "NUM")


def participle_clause(verb) -> set[int]:
    """The participle's own words: its subtree without a finite verb the parser coordinated with it."""
    out = {t.i for t in verb.subtree}
    for c in verb.children:
        if c.dep_ == "conj" and c.tag_ in FINITE_TAGS:
            out -= {t.i for t in c.subtree}
    return out


def in_misread_participle(date_tok, trigger) -> bool:
    """The date token lies in a misread describing participle that does not hold ``trigger``."""
    t = date_tok
    for _ in range(CLIMB):
        if t.i == trigger.i or t.head.i == t.i:
            return False
        t = t.head
        if misread_participle(t):
            return trigger.i not in participle_clause(t)
    return False
