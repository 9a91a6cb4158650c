"""Titles, headings and header lines: never evidence, and a headline repeated by the body counts once."""

from __future__ import annotations

import re

from ...model import Event
from .index import DocIndex
from ..doc_tokens import span_tokens

HEADER_LINE = re.compile(r"^(?:title|source|url|headline):\s", re.I)
INFOBOX_LABEL = re.compile(r"^[-*\u2022=\s]*(?:title|name|headline)\s*:\s*", re.I)
INFOBOX_LINE = re.compile(r"^[-*\u2022]\s*[A-Z][A-Za-z ]{0,24}:\s")
CREDIT = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*$")


def _key(line: str) -> str:
    return " ".join(re.findall(r"\w+", line.lower()))


def headline_key(document) -> str | None:
    """The document title as a comparison key, without a "title:" label or a closing credit."""
    title = HEADER_LINE.sub("", (document.title or "").strip())
    title = CREDIT.sub("", title) or title
    key = _key(title)
    return key if len(key.split()) >= 2 else None


def is_heading(sent) -> bool:
    """A title-case line without closing punctuation is a heading, not a report."""
    tokens = [t for t in span_tokens(sent) if not t.is_space]
    words = [t for t in tokens if t.is_alpha and len(t) > 3 and not t.ent_type_]
    if not words or tokens[-1].text in ".!?\"”)" or len(tokens) > 20:
        return False
    if any(t.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in t.children) for t in tokens):
        return False          # a past-tense clause cut short by a misparse reports, it does not title
    if sum(t.text[0].isupper() for t in words) / len(words) >= 0.6:
        return True
    # "Iraq condemns violation of its sovereignty": a line of its own in the headline present (no
    # auxiliary, no closing stop) titles the paragraph after it, which tells the news
    doc = sent.doc
    before = doc[sent.start - 1] if sent.start > 0 else None
    after = sent[-1] if sent[-1].is_space else doc[sent.end] if sent.end < len(doc) else None
    alone = (before is None or "\n" in before.text_with_ws) and after is not None and after.is_space \
        and after.text.count("\n") >= 2
    root = sent.root
    return alone and len(tokens) <= 15 and root.tag_ in ("VBZ", "VBP") \
        and not any(c.dep_ in ("aux", "auxpass") for c in root.children)


def in_headline(start: int, index: DocIndex, headline: str | None) -> bool:
    """The title and its repeats are never evidence (news-dev conventions): the header
    lines ("title: ...", "source: ..."), and a body line that restates the title
    ("= Title =", the headline above the story)."""
    text = index.ctx.document.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    if HEADER_LINE.match(line) and line_start < 400:
        return True
    if INFOBOX_LINE.match(line):
        return True               # "- Title: Attack on X (2019-2020)", "- Type: Artillery strikes": metadata, no report
    if not line or line.rstrip("\"'\u201d\u2019)]*")[-1:] in (".", "!", "?"):
        return False              # a sentence, even as the first line, reports ('... diplomacy."')
    title_span = (index.ctx.document.metadata or {}).get("title_span")
    if title_span and title_span[0] <= start < title_span[1]:
        return True
    line = INFOBOX_LABEL.sub("", line)      # "- Title: 2022 Baghdad clashes"
    return bool(headline) and _key(line) == headline


def drop_repeated_headlines(events: list[Event], meta: list[dict], doc):
    """A headline ("Iran and Iraq reopen border crossings") announces the act the body
    then reports: keep the body's sentence, count one event."""
    keep_e, keep_m = [], []
    for k, (ev, m) in enumerate(zip(events, meta)):
        sent = doc[m["sent"]].sent
        last = next((t for t in reversed(sent) if not t.is_space), None)
        # a headline is a line of its own: a sentence the parser cut inside a line ("near Mo | So village") is not
        headline = m["para"] == meta[0]["para"] and last is not None and not last.is_punct and (
            last.i + 1 >= len(doc) or doc[last.i + 1].is_space or "\n" in last.whitespace_)
        actors = set(ev.source) | set(ev.target)
        if headline and any(o.type == ev.type and actors & (set(o.source) | set(o.target))
                            for o, om in zip(events[k + 1:], meta[k + 1:]) if om["para"] != m["para"]):
            continue
        keep_e.append(ev)
        keep_m.append(m)
    return keep_e, keep_m
