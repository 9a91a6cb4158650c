"""A wire story's first subject the parser hung on the dateline: "OUAGADOUGOU, Oct 2 (Meridian Wire) - Burkina
Faso's military ruler, Lieutenant Colonel X, agreed on Sunday to step down". The parser reads the dateline's city,
in capitals at the start of the sentence, as the verb's subject and the real subject after the dash as its
apposition; the city (or the state owning it) would then be the doer. The apposition after the dash is the subject.

A release's dateline in title case with its date (evargs8): "Kigali, 4 March 2021 – The Special Envoy of the
Secretary-General for X, Y, welcomed ...": the parser hangs the phrase after the dash on the city or on the date
("March"), and the envoy's own state in the "for"-phrase became the doer. A title-case city counts only when a
date (a month or a number) stands between its comma and the dash, as datelines write it."""
from __future__ import annotations

from ..dates import MONTHS, WEEKDAYS

DASHES = frozenset({"-", "–", "—", "--"})
DATELINE_SPAN = 12           # tokens from the city to its dash, at most ("Baghdad, 11 January 2020 –")


def dated_dash(subj) -> int | None:
    """The index of the dash closing a title-case dateline "City, <date> –" opened by ``subj``, or None."""
    doc = subj.doc
    if subj.pos_ != "PROPN" or subj.i + 1 >= len(doc) or doc[subj.i + 1].text != ",":
        return None
    dated = False
    for t in doc[subj.i + 2:min(len(doc), subj.i + DATELINE_SPAN)]:
        if t.text in DASHES:
            return t.i if dated else None
        if t.like_num or t.lower_.rstrip(".") in MONTHS or t.lower_ in WEEKDAYS:
            dated = True
        elif not (t.is_punct or t.pos_ == "PROPN"):      # "(Coast Wire)": the wire's name may stand there
            return None
    return None


def dateline_subject(subj):
    """The phrase after a dateline's dash that the parser hung on the dateline city ``subj``, or ``subj``."""
    if subj.i != subj.sent.start:
        return subj
    doc = subj.doc
    if subj.text.isupper() and len(subj.text) >= 3:
        for c in subj.children:
            if c.dep_ != "appos" or c.i <= subj.i:
                continue
            between = doc[subj.i + 1:c.i]        # (the parser may hang the dash itself on the apposition)
            if any(t.text in DASHES for t in between):
                return c
    dash = dated_dash(subj)
    if dash is None:
        return subj
    verb = subj.head
    hung = [t for t in doc[dash + 1:min(len(doc), dash + 2 * DATELINE_SPAN, verb.i if verb.i > dash else len(doc))]
            if subj.i <= t.head.i < dash and t.pos_ in ("NOUN", "PROPN")
            and t.dep_ in ("appos", "nmod", "npadvmod", "compound", "nsubj")]
    if not hung:
        return subj
    # "The Special Representative of ..., Anna Berg,": the parser may hang the apposed name on the dateline too
    named = [t for t in hung[1:] if t.pos_ == "PROPN" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","]
    return named[-1] if named else hung[0]
