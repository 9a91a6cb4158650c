"""Very long documents are extracted segment by segment, so time is linear and memory bounded.

A segment is a run of whole paragraphs of about SEGMENT_CHARS characters, made a Document of
its own (its original text, clean text and offset map sliced out of the parent's); the
pipeline runs on each, and the extractions are joined (``spilled.SpilledExtraction``: records
on disk) with every offset shifted back into the parent's text. Actors with the same id are one actor; the store's cross-document
resolution joins name variants that different segments spelled differently.
"""

from __future__ import annotations

from ..ingest.cuts import cuts
from ..ingest.document import Document
from ..ingest.offsets import slice_map

SEGMENT_CHARS = 200_000      # a long report's chapter; documents below it are extracted whole


def segment_bounds(clean: str, size: int = SEGMENT_CHARS) -> list[tuple[int, int]]:
    return cuts(clean, size)


def _shift_pair(pair, shift: int, lo: int, hi: int):
    s, e = pair
    return (s - shift, e - shift) if lo <= s and e <= hi else None


def sub_document(document: Document, a: int, b: int) -> tuple[Document, int]:
    """clean[a:b] as a Document of its own, and the original offset its text starts at."""
    offsets, oa, ob = slice_map(document.offsets, a, b)
    meta = dict(document.metadata or {})
    title = meta.get("title_span")
    meta["title_span"] = _shift_pair(title, oa, oa, ob) if title else None
    meta["headings"] = [p for p in (_shift_pair(h, oa, oa, ob) for h in meta.get("headings") or []) if p]
    return Document(id=document.id, name=document.name, path=document.path, format=document.format,
                    text=document.text[oa:ob], clean=document.clean[a:b], offsets=offsets,
                    title=document.title, date=document.date, warnings=[], metadata=meta), oa
