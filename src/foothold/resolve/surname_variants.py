"""A lone surname spelt another way than the full name written before it (issue 8, actors16).

Transliterated names change spelling within one text ("Mohammed Shia al-Sudani ... al-Soudani now has 30 days",
"Nouri al-Maliki ... Malki"). `within._merge_spelling_variants` reads two full names with the same given name; a
surname written alone, that no full name carries exactly, is read here: the last resort of `within._merge_surnames`,
it goes to the one person named in full before it whose last name differs from it by a spelling (same first letter,
both of five letters or more, similarity 85 or more).
"""

from __future__ import annotations

from rapidfuzz.fuzz import ratio

from .names import normalise_name
from .surname_keys import surname_keys

MIN_LETTERS = 5
MIN_RATIO = 85


def near_spelling(a: str, b: str) -> bool:
    return a != b and a[:1] == b[:1] and min(len(a), len(b)) >= MIN_LETTERS and ratio(a, b) >= MIN_RATIO


def by_surname_spelling(cluster, clusters: list) -> object | None:
    """The one person cluster named in full before the lone cluster whose last name is a spelling of its word."""
    keys = {normalise_name(n) for n in cluster.names}
    start = min(m.start for m in cluster.mentions)
    cands = {}
    for c in clusters:
        if c is cluster or c.type() != "person" or min(m.start for m in c.mentions) > start:
            continue
        lasts = {k for n in c.names if len(n.split()) >= 2 for k in surname_keys(n)}
        if any(near_spelling(k, last) for k in keys for last in lasts):
            cands[id(c)] = c
    return next(iter(cands.values())) if len(cands) == 1 else None
