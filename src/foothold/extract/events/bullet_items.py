"""A bulleted item is a paragraph of its own for the paragraph's year (issue 8, dates9).

Reports list their findings as bullets on consecutive lines with no blank line between them ("- ▶ After the fall of
X in 2003, ... - ▶ The gains of Y in the summer of 2014 ... compelled Z to send advisers"): each bullet is its own
item, so an undated act in one bullet takes the year the item tells ("2014"), not the most frequent year of the
whole run of bullets ("2003", told twice in the item before). Read by `timing.year_fallback` (`bullet_item_span`)
and by `extractor` (`opens_bullet_item`: the paragraph's running date starts afresh at a bullet); the other paragraph
rules keep the blank-line paragraphs of `index.DocIndex`.
"""

from __future__ import annotations

import re

BULLET = re.compile(r"[ \t]*(?:[-*•◆▶■►●]|\d{1,2}[.)])\s")


def bullet_item_span(text: str, at: int, para: tuple[int, int]) -> tuple[int, int]:
    """The span of the bulleted line holding offset ``at`` within the paragraph span ``para``, when the line opens
    with a bullet mark and the paragraph holds more than one line; else ``para``."""
    lo, hi = para
    start = text.rfind("\n", lo, at) + 1 or lo
    start = max(start, lo)
    if start == lo and text.find("\n", lo, hi) < 0:
        return para         # a one-line paragraph
    if not BULLET.match(text, start):
        return para
    end = text.find("\n", at, hi)
    return start, (end if end >= 0 else hi)


def opens_bullet_item(text: str, at: int) -> bool:
    """The sentence starting at offset ``at`` is the first of a bulleted line: the paragraph's running date (the
    bullet before's) does not carry into it."""
    start = text.rfind("\n", 0, at) + 1
    m = BULLET.match(text, start)
    return bool(m) and start < at and not text[m.end():at].strip(" \t-*•◆▶■►●")
