"""Normalise report text for the NLP while keeping an offset map to the original.

Reports arrive as PDF-extracted text: bullets, ``**bold**`` markers, curly
apostrophes, footnote superscripts and paragraphs broken across page
boundaries ("...against the\\n\\nUnited States"). The NLP reads the clean text;
every span maps back through the OffsetMap.
"""

from __future__ import annotations

import re

from .offsets import CleanTextBuilder, OffsetMap

# Characters replaced one-for-one.
CHAR_MAP = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bf": "'", "\u02be": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u00a0": " ", "\u200b": "", "\ufeff": "",
    "\u00ad": "",
}
SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
BULLETS = "\u25ba\u25c6\u25b6\u2022\u25aa\u25cf\u25a0\u2023\u2043\u25e6\u27a2\u2192\u00b7\u25b8\u25c7\u2756"

# A bullet (or a run of them, "- ◆ ") at the start of a line.
BULLET_RE = re.compile(r"(?m)^[ \t]*(?:(?:[" + BULLETS + r"]|[-*+](?=[ \t]))[ \t]*)+")
# Markdown emphasis markers and heading hashes.
MARKUP_RE = re.compile(r"\*\*|__|(?m:^#{1,6}[ \t]+)")
# A paragraph break: a newline with optional blank lines.
BREAK_RE = re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*")
TERMINAL = tuple('.!?:"\')]')
HEADING_MAX = 60
# A line ending in one of these words cannot end a sentence or a heading.
FUNCTION_WORDS = frozenset(
    "the a an of to and or in on at by for from with against as that which who whom whose "
    "into onto over under between among than its their his her our your this these those "
    "is are was were be been has have had will would can could should may might".split())  # a line shorter than this with no final punctuation may be a heading


def _line_before(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    return text[start:pos]


def _joins(text: str, brk_start: int, brk_end: int, newlines: int) -> bool:
    """Whether a line break falls inside a sentence (a page or line wrap)."""
    before = _line_before(text, brk_start).rstrip()
    after = text[brk_end:brk_end + 1]
    if not before or not after:
        return False
    last = before[-1]
    if last in ".!?":
        return False
    if after in BULLETS or (after in "-*+" and text[brk_end + 1:brk_end + 2] in " \t"):
        return False
    if after.islower():
        return True
    if last in ",;(-" or before.split()[-1].lower() in FUNCTION_WORDS:
        return True
    if newlines == 1 and len(before) >= HEADING_MAX and last not in TERMINAL:
        return True
    return False


def normalise(text: str) -> tuple[str, OffsetMap]:
    """Return (clean text, map from clean offsets to ``text`` offsets)."""
    edits: list[tuple[int, int, str]] = []   # (start, end, replacement), non-overlapping
    for m in BULLET_RE.finditer(text):
        if m.end() > m.start():
            edits.append((m.start(), m.end(), ""))
    for m in MARKUP_RE.finditer(text):
        edits.append((m.start(), m.end(), ""))
    for m in BREAK_RE.finditer(text):
        newlines = m.group().count("\n")
        if _joins(text, m.start(), m.end(), newlines):
            edits.append((m.start(), m.end(), " "))
    for i, ch in enumerate(text):
        if ch in CHAR_MAP:
            edits.append((i, i + 1, CHAR_MAP[ch]))
        elif ch in SUPERSCRIPTS:
            edits.append((i, i + 1, ""))
    edits.sort()
    builder = CleanTextBuilder(text)
    pos = 0
    for start, end, repl in edits:
        if start < pos:          # overlapping edit: the earlier one wins
            continue
        builder.copy(pos, start)
        builder.replace(start, end, repl)
        pos = end
    builder.copy(pos, len(text))
    return builder.build()
