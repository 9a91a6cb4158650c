"""Spans of the NER's entities in the clean text: overlaps, citation outlets, cuts at line breaks and
parentheses, names read again after a paragraph break."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..spans import near
from ..doc_text import doc_text


LEADING = re.compile(r"^(?:the|The|THE|a|an)\s+")


def _overlaps(spans, start: int, end: int) -> bool:
    """Whether any of ``spans`` (a SpanIndex or a plain list) overlaps [start, end)."""
    return any(start < te and ts < end for ts, te in near(spans, start, end))


POSSESSIVE_MARKS = ("'s", "\u2019s")


def _outlet_spans(ctx) -> list[tuple[int, int]]:
    """Clean-text spans of citation outlets (citations carry original offsets)."""
    spans = []
    inverse = getattr(ctx.document.offsets, "to_clean", None)
    for c in ctx.citations or []:
        if c.outlet_start is None or c.outlet_end is None:
            continue
        if inverse:
            spans.append((inverse(c.outlet_start), inverse(c.outlet_end)))
        else:
            spans.append(_clean_span(ctx, c.outlet_start, c.outlet_end))
    return [s for s in spans if s is not None]


def _clean_span(ctx, start: int, end: int):
    """Find the clean span of an original span (the OffsetMap maps clean -> original)."""
    om = ctx.document.offsets
    text = ctx.document.text[start:end]
    clean = ctx.document.clean
    pos = clean.find(text)
    while pos >= 0:
        if om.span(pos, pos + len(text)) == (start, end):
            return pos, pos + len(text)
        pos = clean.find(text, pos + 1)
    return None


def _split_at_parenthesis(doc: Doc) -> list[Span]:
    """The NER's entities, with one that ran into an acronym's parenthesis ("the National League for
    Democracy (NLD" + ") party") cut in two: the name, and the acronym as a name of its own (so the
    "X (Y)" definition makes them one actor)."""
    ents: list[Span] = []
    for ent in doc.ents:
        opening = [t.i for t in ent if t.text == "("]
        if opening and opening[-1] > ent.start and not any(t.text == ")" for t in doc[opening[-1]:ent.end]):
            ents.append(Span(doc, ent.start, opening[-1], label=ent.label_))
            if opening[-1] + 1 < ent.end:
                ents.append(Span(doc, opening[-1] + 1, ent.end, label=ent.label_))
        else:
            ents.append(ent)
    return ents


REREAD_CHARS = 400


def _reread_after_breaks(doc: Doc, ents: list[Span]) -> list[Span]:
    """An entity that runs into a paragraph break swallows the tagging of the words after it: "Recommendations\n\n"
    tagged ORG leaves "Sahel Civilians Watch urges ..." untagged. The sentence after such a break is read again on
    its own and the names found there, where no other entity is, join the entities (the crossing one is cut at the
    break by `_split_lines`)."""
    crossing = [e for e in ents if any("\n" in t.text for t in e[1:]) or "\n" in e[-1].whitespace_ and len(e) > 1
                and e.end < len(doc) and not doc[e.end].ent_type_]
    if not crossing:
        return ents
    from ..nlp import load_nlp           # the same cached pipeline; imported here as nlp imports this module's data
    extra: list[Span] = []
    text = doc_text(doc)                # spaCy joins every token at each access: once, not once per entity
    for ent in crossing:
        after = max(t.i for t in ent if "\n" in t.text or "\n" in t.whitespace_) + 1
        while after < len(doc) and doc[after].is_space:
            after += 1
        if after >= len(doc):
            continue
        start_char = doc[after].idx     # the paragraph's first line (the parse of the break cut its sentences too)
        line_end = text.find("\n", start_char)
        piece = text[start_char:min(line_end if line_end >= 0 else len(text), start_char + REREAD_CHARS)]
        for found in load_nlp()(piece).ents:
            span = doc.char_span(start_char + found.start_char, start_char + found.end_char, label=found.label_)
            if span is None or any(e is not ent and e.start < span.end and span.start < e.end for e in ents):
                continue
            extra.append(span)
    if not extra:
        return ents
    kept = [e for e in ents if not any(x.start < e.end and e.start < x.end for x in extra)
            or any("\n" in t.text for t in e)]
    return sorted(kept + extra, key=lambda e: e.start)


def _split_lines(span: Span) -> list[Span]:
    """An entity broken across a line break is two entities ("Iraq\\n\\nMasjedi")."""
    if "\n" not in span.text:
        return [span]
    pieces, start = [], span.start
    for tok in span:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            end = tok.i if "\n" in tok.text else tok.i + 1
            if end > start:
                pieces.append(span.doc[start:end])
            start = tok.i + 1
    if start < span.end:
        pieces.append(span.doc[start:span.end])
    out = []
    for p in pieces:
        q = Span(span.doc, p.start, p.end, label=span.label_, kb_id=span.kb_id_)
        out.append(q)
    return out


def _keeps_final_dot(text: str) -> bool:
    """"U.S." and "Gen." keep their dot."""
    return bool(re.search(r"(?:\b[A-Z]\.){2,}$|\b(?:Jr|Sr|Co|Inc|Ltd)\.$", text))


# a unit's number after its head, or an ordinal before its name ("Division 66", "the 64th ... Brigade")
UNIT_NUMBER = re.compile(r"^(?:\d{1,3}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)$")   # "Unit Two"
UNIT_ORDINAL = re.compile(r"^(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|"
                          r"Eleventh|Twelfth)$")   # "the 64th", "the Seventh" + "Mechanised Brigade"
# NER labels of numbers and times: a word after one is no name's continuation ("the 4th" + "Armoured Division")
NUMBER_LABELS = frozenset({"ORDINAL", "CARDINAL", "DATE", "TIME", "QUANTITY", "PERCENT", "MONEY"})
