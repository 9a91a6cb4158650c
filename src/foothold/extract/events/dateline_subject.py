"""A wire story's first subject the parser hung on the dateline: "OUAGADOUGOU, Oct 2 (Meridian Wire) - Burkina
Faso's military ruler, Lieutenant Colonel X, agreed on Sunday to step down". The parser reads the dateline's city,
in capitals at the start of the sentence, as the verb's subject and the real subject after the dash as its
apposition; the city (or the state owning it) would then be the doer. The apposition after the dash is the subject."""
from __future__ import annotations

DASHES = frozenset({"-", "–", "—", "--"})


def dateline_subject(subj):
    """The phrase after a dateline's dash that the parser hung on the dateline city ``subj``, or ``subj``."""
    if subj.i != subj.sent.start or not subj.text.isupper() or len(subj.text) < 3:
        return subj
    doc = subj.doc
    for c in subj.children:
        if c.dep_ != "appos" or c.i <= subj.i:
            continue
        between = doc[subj.i + 1:c.i]        # (the parser may hang the dash itself on the apposition)
        if any(t.text in DASHES for t in between):
            return c
    return subj
