"""Very long documents are extracted segment by segment, so time is linear and memory bounded.

A segment is a run of whole paragraphs of about SEGMENT_CHARS characters, made a Document of
its own (its original text, clean text and offset map sliced out of the parent's); the
pipeline runs on each, and the extractions are joined with every offset shifted back into
the parent's text. Actors with the same id are one actor; the store's cross-document
resolution joins name variants that different segments spelled differently.
"""

from __future__ import annotations

from dataclasses import replace

from ..ingest.document import Document
from ..ingest.offsets import slice_map
from ..model import Actor, Extraction

SEGMENT_CHARS = 200_000      # a long report's chapter; documents below it are extracted whole


def segment_bounds(clean: str, size: int = SEGMENT_CHARS) -> list[tuple[int, int]]:
    from .pipeline import chunks
    bounds, at = [], 0
    for piece in chunks(clean, size):
        bounds.append((at, at + len(piece)))
        at += len(piece)
    return bounds


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


def _shift(obj, shift: int, *names: str):
    for name in names:
        value = getattr(obj, name, None)
        if value is not None:
            setattr(obj, name, value + shift)


def _shift_date(date, shift: int):
    if date is not None and date.start is not None:
        date = replace(date, start=date.start + shift, end=None if date.end is None else date.end + shift)
    return date


def _unique_notes(citations, text: str) -> None:
    """A source note unique in its segment may repeat elsewhere in the document ("(ISNA, June 15,
    2020)" twice): grow such evidence as the citation extractor does, over the whole text."""
    from collections import defaultdict
    from .citations import occurrences, unique_span
    by_note = defaultdict(list)
    for c in citations:
        by_note[c.evidence].append(c)
    for note, items in by_note.items():
        if len({c.start for c in items}) < 2:
            continue
        found = occurrences(text, note)
        for c in items:
            if text[c.start:c.end] == note:
                c.start, c.end = unique_span(text, c.start, c.end, others=found)
                c.evidence = text[c.start:c.end]


def join(parts: list[tuple[Extraction, int]], document: Document) -> Extraction:
    """One extraction of the whole document from its segments' (extraction, original start) pairs."""
    actors: dict[str, Actor] = {}
    relations, citations, events, warnings, extractors = [], [], [], list(document.warnings), {}
    for ex, shift in parts:
        for a in ex.actors:
            for m in a.mentions:
                _shift(m, shift, "start", "end")
            known = actors.get(a.id)
            if known is None:
                actors[a.id] = a
                continue
            known.aliases += [x for x in [a.name, *a.aliases] if x not in known.aliases and x != known.name]
            known.mentions += a.mentions
            known.merged_because += [r for r in a.merged_because if r not in known.merged_because]
            known.dictionary_id = known.dictionary_id or a.dictionary_id
        for r in ex.relations:
            _shift(r, shift, "start", "end")
            relations.append(r)
        base = len(citations)
        for c in ex.citations:
            _shift(c, shift, "start", "end", "outlet_start", "outlet_end", "note_start", "note_end")
            c.date = _shift_date(c.date, shift)
            citations.append(c)
        for e in ex.events:
            _shift(e, shift, "start", "end")
            e.date = _shift_date(e.date, shift)
            e.citations = [i + base for i in e.citations]
            events.append(e)
        warnings += [w for w in ex.warnings if w not in warnings]
        extractors.update(ex.extractors)
    for a in actors.values():
        a.mentions.sort(key=lambda m: m.start)
    _unique_notes(citations, document.text)
    first = parts[0][0] if parts else None
    return Extraction(document=document.name, document_id=document.id, actors=list(actors.values()),
                      relations=relations, citations=citations, events=events, warnings=warnings,
                      extractors=extractors, title=first.title if first else document.title,
                      date=first.date if first else document.date)
