"""The text of a PDF, page by page (pdfplumber), without running headers and footers.

Pages are joined by a blank line; the normaliser re-joins sentences that a
page break cut. Page start offsets are kept so a span can be located on a page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CorruptDocumentError, EmptyDocumentError

PAGE_SEPARATOR = "\n\n"
MIN_PAGES_FOR_RUNNING_LINES = 3
PARAGRAPH_GAP = 1.6        # a gap this many times the usual line gap starts a new block


@dataclass
class PdfText:
    text: str
    title: str | None
    date: str | None               # ISO date from the PDF's metadata, if any
    page_starts: list[int]         # offset in ``text`` where each page begins
    metadata: dict = field(default_factory=dict)


def extract_pdf(path: Path) -> PdfText:
    with path.open("rb") as f:
        head = f.read(1024)
    if not head.lstrip().startswith(b"%PDF"):
        raise CorruptDocumentError("the file has a .pdf suffix but no PDF header", path=str(path),
                                   fix="Check the file is really a PDF (it may be HTML or an error page saved as .pdf).")
    try:
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            info = dict(pdf.metadata or {})
            pages = [_page_text(page) for page in pdf.pages]
    except Exception as exc:       # pdfminer raises many types for damaged files
        reason = "it is encrypted" if "password" in repr(exc).lower() or "encrypt" in repr(exc).lower() \
            else f"it cannot be parsed ({type(exc).__name__})"
        raise CorruptDocumentError(f"the PDF cannot be read: {reason}", path=str(path),
                                   fix="Re-export or re-download the PDF, or save its text as .txt.") from exc
    pages = _drop_running_lines([p.strip("\n") for p in pages])
    if not any(p.strip() for p in pages):
        raise EmptyDocumentError("the PDF has no extractable text (probably scanned images)", path=str(path),
                                 fix="Run OCR on it first (for example with ocrmypdf) and ingest the result.")
    starts, pos = [], 0
    for p in pages:
        starts.append(pos)
        pos += len(p) + len(PAGE_SEPARATOR)
    title = _text(info.get("Title"))
    meta = {"pages": len(pages), **{k.lower(): _text(v) for k, v in info.items()
                                    if k in ("Author", "Creator", "Producer", "Subject") and _text(v)}}
    return PdfText(PAGE_SEPARATOR.join(pages), title, _pdf_date(info.get("CreationDate")), starts, meta)


def _page_text(page) -> str:
    """The page's lines; a blank line where the vertical gap shows a new paragraph or heading."""
    lines = [line for line in page.extract_text_lines(return_chars=False) if line["text"].strip()]
    if not lines:
        return ""
    gaps = [b["top"] - a["bottom"] for a, b in zip(lines, lines[1:])]
    ordinary = sorted(g for g in gaps if g > 0)
    usual = ordinary[len(ordinary) // 2] if ordinary else 0.0
    parts = [lines[0]["text"]]
    for gap, line in zip(gaps, lines[1:]):
        parts.append("\n\n" if usual and gap > max(usual * PARAGRAPH_GAP, usual + 3) else "\n")
        parts.append(line["text"])
    return "".join(parts)


def _text(value) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    value = re.sub(r"^Microsoft (?:Word|PowerPoint) - ", "", value.strip())
    return value if value and value.lower() not in ("untitled", "title") else None


def _pdf_date(value) -> str | None:
    """'D:20200714093000Z' -> '2020-07-14'."""
    m = re.match(r"D:(\d{4})(\d{2})(\d{2})", _text(value) or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def _drop_running_lines(pages: list[str]) -> list[str]:
    """Drop first/last lines repeated on most pages (running titles, "Page 3 of 9")."""
    if len(pages) < MIN_PAGES_FOR_RUNNING_LINES:
        return pages
    edges = Counter()
    for p in pages:
        lines = p.split("\n")
        edges.update({_shape(lines[0]), _shape(lines[-1])})
    running = {s for s, n in edges.items() if s and n >= max(MIN_PAGES_FOR_RUNNING_LINES, len(pages) // 2 + 1)}
    cleaned = []
    for p in pages:
        lines = p.split("\n")
        if lines and _shape(lines[0]) in running:
            lines = lines[1:]
        if lines and _shape(lines[-1]) in running:
            lines = lines[:-1]
        cleaned.append("\n".join(lines))
    return cleaned
