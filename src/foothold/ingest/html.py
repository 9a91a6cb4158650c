"""The main text of an HTML page: trafilatura, or a plain tag stripper when it finds nothing.

Works on the file alone: nothing is fetched. Paragraphs are separated by a
blank line so the normaliser and the NLP see them as blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

SKIPPED_TAGS = frozenset("script style noscript template svg nav header footer aside form button select "
                         "iframe object canvas".split())
BLOCK_TAGS = frozenset("p div section article main h1 h2 h3 h4 h5 h6 li ul ol br tr table blockquote "
                       "pre figure figcaption dd dt hr title body".split())
CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


@dataclass
class HtmlText:
    text: str
    title: str | None
    date: str | None              # ISO date from the page's metadata, if any
    extractor: str                # "trafilatura" | "tags"
    metadata: dict = field(default_factory=dict)


def declared_charset(raw: bytes) -> str | None:
    m = CHARSET_RE.search(raw[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def extract_html(html: str) -> HtmlText:
    title, date, meta = _metadata(html)
    body = _trafilatura_text(html)
    extractor = "trafilatura"
    if not body:
        body, extractor = _strip_tags(html), "tags"
    paragraphs = [re.sub(r"[ \t]+", " ", p).strip() for p in body.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if title and paragraphs and _same(paragraphs[0], title):
        title = paragraphs[0]
    elif title and paragraphs:
        paragraphs.insert(0, title)        # the headline names actors too
    return HtmlText("\n\n".join(paragraphs), title, date, extractor, meta)


def _same(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()
    return norm(a) == norm(b) or norm(b).startswith(norm(a)) and len(a) > 15


def _trafilatura_text(html: str) -> str:
    try:
        import trafilatura
        return trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=True,
                                   include_links=False, include_images=False) or ""
    except Exception:          # a parser failure must not lose the page: the fallback reads it
        return ""


def _metadata(html: str) -> tuple[str | None, str | None, dict]:
    title = date = None
    meta: dict = {}
    try:
        import trafilatura
        found = trafilatura.extract_metadata(html)
    except Exception:
        found = None
    if found is not None:
        title, date = found.title, found.date
        meta = {k: v for k, v in (("author", found.author), ("sitename", found.sitename),
                                  ("url", found.url), ("description", found.description)) if v}
    if not title:
        m = re.search(r"<title[^>]*>(.*?)</title>", html, re.I | re.S)
        if m:
            parser = _TagStripper()
            parser.feed(m.group(1))
            title = " ".join("".join(parser.parts).split()) or None
    return title, date, meta


def _strip_tags(html: str) -> str:
    parser = _TagStripper()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


class _TagStripper(HTMLParser):
    """Text of the page outside scripts, styles and navigation; blocks end lines."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.in_head = False

    def handle_starttag(self, tag, attrs):
        if tag == "head":
            self.in_head = True
        if tag in SKIPPED_TAGS:
            self.skip_depth += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False
        if tag in SKIPPED_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip_depth and not self.in_head:
            self.parts.append(re.sub(r"\s+", " ", data))
