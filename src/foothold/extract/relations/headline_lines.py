"""A title line states no tie (issue 8, relties13; read on `bench/spurious.py --tuning-read`).

The news-dev conventions: "title lines repeated in the body are never evidence". A story's headline repeated as its
first body line ("Russia threatens Norway over Svalbard cargo stopped at border", "Sadr calls a march against U.S.
troops ...", "Saudi Arabia's pressure on Lebanon") and the "title:"/"source:" header lines are a summary of the story,
not a statement of it: a hostility, a backing or a title read there is a tie the body never states, or states again
(and is read there). Own example: a release titled "Peru warns Chile over fishing boats seized at sea" whose body
reports only that fishing boats were seized: no Peru opposes Chile. The test is the events' one
(`events.headlines.in_headline`: a body line equal to the document title, without closing punctuation, or a header
line), read on the sentence's first word. Read by `extractor.RelationExtractor` before a sentence is read.
"""

from __future__ import annotations

from ..events.headlines import headline_key, in_headline

__all__ = ["headline_key", "headline_sentence"]


def headline_sentence(idx, sent, key: str | None) -> bool:
    """``sent`` lies on a header line or on a body line restating the document's title; a line closing on a colon
    introduces what follows and titles nothing (a one-line text is its own title to the reader)."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None:
        return False
    start, _ = idx.original(first.i, first.i + 1)
    if not in_headline(start, idx, key):
        return False
    text = idx.ctx.document.text
    end = text.find("\n", start)
    # "The following statement was issued by Council President X (Chile):" introduces what follows
    return not text[start:end if end >= 0 else len(text)].rstrip().endswith(":")
