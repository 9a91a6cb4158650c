"""A date in a relative or participial clause of an earlier year than the publication's (issue 8, dates9).

"Somalia remains under a UN arms embargo imposed in 1992, which Mogadishu has asked the Council to lift." or "The
minister said the government condemned the bombing carried out by X on 9 November 2014": the 1992 and the 2014 time
the clause's own happening, told to describe the embargo or the bombing, which lies before the report's year. It
is no year of the paragraph for another sentence's undated act ("The chairperson welcomed the accord." before it,
"He repeated the call for a ceasefire." after it): that act is the report's news, left to the publication's month
(`timing.document_fallback`), not placed in the described happening's year.

`described_dates.in_describing_clause` keeps a participle on a happening noun ("in a raid carried out by X on June
25") as the story's own time, which holds for the report's year; a clause date of an earlier year is background
wherever it hangs, unless it describes the predicate noun of a copula ("The accord was a protocol signed by
the two countries in 2019") or the sentence's subject ("The gains made by the rebels in the summer of 2014 forced
X to send advisers", the seed's history): what the sentence is about. Inside its own sentence the clause date is left to `timing.other_clause_dates`. Read by
`timing.year_fallback` (through `described_dates.elsewhere`). Needs a publication date: without one the story's
years are all the text gives.
"""

from __future__ import annotations

from .dating import in_other_clause
from .index import DocIndex
from .reduced_relatives import in_misread_participle


def earlier_clause_date_starts(dates, published, index: DocIndex) -> frozenset[int]:
    """Starts of the date phrases in a relative or participial clause (not holding their sentence's main verb) whose
    year is before the publication's."""
    if published is None or not published.iso:
        return frozenset()
    year = published.iso[:4]
    doc = index.ctx.doc
    out = set()
    for d in dates:
        if not d.iso or d.iso[:4] >= year:
            continue
        toks = index.tokens_in(d.start, d.end)
        if not toks:
            continue
        tok = doc[toks[0]]
        root = tok.sent.root
        if (in_other_clause(tok, root) or in_misread_participle(tok, root)) and not predicated(tok):
            out.add(d.start)
    return frozenset(out)


TOPIC_DEPS = ("attr", "nsubj", "nsubjpass")


def predicated(tok) -> bool:
    """The clause holding ``tok`` describes the predicate noun of a copula ("The accord was a protocol signed by the
    two countries in 2019") or the subject of its sentence ("The gains made by the rebels in the summer of 2014
    forced X to ..."): what the sentence is about, the story's own time, not a side description."""
    t = tok
    for _ in range(12):
        if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX"):
            return t.head.dep_ in TOPIC_DEPS
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def earlier_clause_starts(dater, index: DocIndex) -> frozenset[int]:
    """`earlier_clause_date_starts` of all the document's dates, computed once per document (kept on ``dater``):
    neither a paragraph year nor a date a shift ("Hours later", "the next day") counts from."""
    cached = dater.__dict__.get("_earlier_clause_starts")
    if cached is None:
        cached = earlier_clause_date_starts(dater.dates, dater.published, index)
        dater.__dict__["_earlier_clause_starts"] = cached
    return cached
