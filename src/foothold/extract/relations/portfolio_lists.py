"""A minister's portfolio written as a list (issue 8, reltitle5): "The Minister of Foreign Affairs, African Integration,
Chadians Abroad and International Cooperation, X, will ..." — the holder's name comes after the last portfolio of the
list, not after the first comma. A list is capitalised words, commas and "and" only (a demonym may open a portfolio,
"Chadians Abroad"), up to MAX_WORDS, closed by a comma before a person; read for ministers' titles only
(`titles.read_titles`)."""

from __future__ import annotations

MAX_WORDS = 16       # "African Integration, Chadians Abroad and International Cooperation" is 8


def holder_after_portfolios(reader, end: int):
    """The person after a portfolio list that starts at the comma ``end`` closing a title; else None."""
    if reader.w(end) != ",":
        return None
    for k in range(end + 1, min(reader.hi, end + 1 + MAX_WORDS)):
        word = reader.doc[k].text
        if word == "," and k > end + 1:
            holder = reader.person_at(k + 1)
            if holder is not None:
                return holder
            continue
        if word == "and" or (word[:1].isupper() and word.isalpha() and not portfolio_breaks(reader, k)):
            continue
        return None
    return None


def portfolio_breaks(reader, k: int) -> bool:
    """A word no portfolio holds: a person's or a place's name, a state's other than by its demonym ("Chadians
    Abroad" is a portfolio; "International Cooperation", which the NER may make a body, is one too)."""
    r = reader.idx.ref(k)
    return r is not None and (r.type in ("person", "place") or r.type == "country" and not r.demonym)
