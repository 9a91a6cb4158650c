"""Normalise report text for the NLP while keeping an offset map to the original.

Reports arrive as PDF-extracted text: bullets, ``**bold**`` markers, curly
apostrophes, footnote superscripts and paragraphs broken across page
boundaries ("...against the\\n\\nUnited States"). The NLP reads the clean text;
every span maps back through the OffsetMap.

The normaliser only collects *edits* (original range -> replacement) and
applies them in order, so the map stays exact: copied runs map one-to-one,
replaced or deleted ranges map as a whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .offsets import CleanTextBuilder, OffsetMap

# Characters replaced one-for-one (or deleted): typography the model reads badly.
CHAR_MAP = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bf": "'", "\u02be": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "", "\u00ad": "",
    # bidirectional marks and embeddings web pages leave beside Arabic or Hebrew names ("Minister\u200e Haider")
    "\u200e": "", "\u200f": "", "\u061c": "", "\u202a": "", "\u202b": "", "\u202c": "", "\u202d": "", "\u202e": "",
    "\u2066": "", "\u2067": "", "\u2068": "", "\u2069": "",
    # PDF ligatures
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
}
SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
BULLETS = "\u25ba\u25c6\u25b6\u2022\u25aa\u25cf\u25a0\u2023\u2043\u25e6\u27a2\u2192\u00b7\u25b8\u25c7\u2756\uf0b7\uf0a7"

# A bullet (or a run of them, "- ◆ ") at the start of a line.
BULLET_RE = re.compile(r"(?m)^[ \t]*(?:(?:[" + BULLETS + r"]|[-*+](?=[ \t]))[ \t]*)+")
# Markdown emphasis markers, heading hashes and quote marks.
MARKUP_RE = re.compile(r"\*\*|__|(?m:^[ \t]*(?:#{1,6}|>+)[ \t]+)")
# *single* emphasis: only the two stars go.
EMPHASIS_RE = re.compile(r"(?<![\w*])\*(?=[^\s*])[^*\n]*?(?<=[^\s*])\*(?![\w*])")
# [link text](url) and ![alt](src): the text stays, the brackets and URL go.
LINK_RE = re.compile(r"!?\[(?=[^\]\n]+\]\()([^\]\n]+)\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)")
# A bracketed footnote reference glued to a word: "Baghdad.[3]".
NOTE_REF_RE = re.compile(r"(?<=\S)\[\d{1,3}\](?=[\s.,;:!?)\]\"'\u2019\u201d]|$)")
# A horizontal rule or setext underline: a line of one repeated mark.
RULE_RE = re.compile(r"(?m)^[ \t]*([-*_=])(?:[ \t]*\1){2,}[ \t]*\r?$")
# YAML front matter at the top of a Markdown file: metadata, not prose.
FRONT_MATTER_RE = re.compile(r"\A\ufeff?---[ \t]*\n[\w\-]+:.*\n(?:[\w\- ]+:.*\n|[ \t]+.*\n|-[ \t].*\n|[ \t]*\n)*?"
                             r"---[ \t]*(?:\n|\Z)")
# A run of spaces (or no-break spaces) inside a line reads as one space.
SPACES_RE = re.compile(r"[ \t\u00a0\u2002\u2003\u2009\u202f]{2,}")
# A line break with optional blank lines (CRLF tolerated).
BREAK_RE = re.compile(r"[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*")
# A footnote body starts with its number: "¹ For more ..." or "[1] For more ...".
FOOTNOTE_START_RE = re.compile(r"^[ \t]*(?:[" + SUPERSCRIPTS + r"]+|\[\d{1,3}\])")
# The number opening a footnote body goes with the space after it.
FOOTNOTE_MARK_RE = re.compile(r"(?m)^[ \t]*(?:[" + SUPERSCRIPTS + r"]+|\[\d{1,3}\])[ \t]*")

TERMINAL = tuple('.!?:"\')]\u201d\u2019\u00bb')
HEADING_MAX = 60        # a wrapped line is at least this long; a heading usually shorter
IMAGE_GAP = 4           # newlines: three blank lines mark a removed image, a caption follows
WRAPPED_LINE_SHARE = 0.7   # in hard-wrapped text a line this close to the width wraps
PARAGRAPH_MIN = 200     # a block this long with a full stop inside is running prose
# A line ending in one of these words cannot end a sentence or a heading.
FUNCTION_WORDS = frozenset(
    "the a an of to and or nor but in on at by for from with against as that which who whom whose "
    "into onto over under between among than its their his her our your this these those "
    "is are was were be been has have had will would can could should may might "
    "during after before about via including such not also both either".split())
# Hyphenated prefixes that keep their hyphen when a line wraps after them.
COMPOUND_PREFIXES = frozenset("al el pro anti non self well co ex post pre counter semi multi cross "
                              "inter intra neo quasi vice".split())
# Second halves of compounds: "Iranian-\nbacked" keeps its hyphen.
COMPOUND_HEADS = frozenset("backed based led run affiliated aligned owned funded linked leaning oriented "
                           "sponsored controlled dominated majority style related term level scale".split())
# "al-Kazimi" starts lowercase but begins a sentence as readily as a capital.
NAME_PARTICLE_RE = re.compile(r"^(?:al|el|ad|ar|as|an|at|az|ash|bin|ibn|abu|van|von|de|da)-?\s?[A-Z]")
SENTENCE_INSIDE_RE = re.compile(r"[a-z]{4,}[.!?][\"'\u201d\u2019)*_]*\s+[\"\u201c(*_]*[A-Z]")
NOTE_END_RE = re.compile(r"\[\d{1,3}\][\s*_]*$")
# Page furniture standing alone between blank lines: "12", "- 12 -", "Page 3 of 9".
PAGE_NUMBER_RE = re.compile(r"(?i)(?:page\s+)?[-\u2013 ]*\d{1,3}[-\u2013 ]*(?:(?:of|/)\s*\d{1,3})?")
RUNNING_LINE_MIN = 3       # a standalone short line repeated this often is a running header
RUNNING_LINE_MAX = 100


def _visible(line: str) -> str:
    """A line as a reader sees it: without markup, bullets or note numbers at its ends."""
    if RULE_RE.fullmatch(line):
        return ""
    line = BULLET_RE.sub("", line, count=1)
    line = NOTE_END_RE.sub("", line)
    return line.strip(" \t\r*_#\u00a0" + SUPERSCRIPTS)


def _line_at(text: str, pos: int, *, before: bool) -> str:
    if before:
        return text[text.rfind("\n", 0, pos) + 1:pos]
    end = text.find("\n", pos)
    return text[pos:end if end >= 0 else len(text)]


def _block_before(text: str, pos: int) -> str:
    """The paragraph that ends at ``pos``: back to the previous blank line."""
    line_start = text.rfind("\n", 0, pos) + 1
    while line_start > 0:
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        if not text[prev_start:line_start - 1].strip():
            break
        line_start = prev_start
    return text[line_start:pos]


def _is_footnote(block: str) -> bool:
    return bool(FOOTNOTE_START_RE.match(block.lstrip("\r\n")))


def is_title_case(line: str, *, commas: bool = False) -> bool:
    """A heading-like line: most long words capitalised, no sentence punctuation at its end
    and (unless ``commas``) no commas, which in a full-width line mean prose."""
    if line.rstrip()[-1:] in tuple(".,;:") or (", " in line and not commas):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if len(w) >= 4]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.7


def _starts_lowercase(after: str) -> bool:
    return after[:1].islower() and not NAME_PARTICLE_RE.match(after)


def _is_compound(first: str, second: str) -> bool:
    """Whether "first-" + "second" at a line end is a hyphenated compound, not a split word."""
    return first[0].isupper() or first.isdigit() or first.lower() in COMPOUND_PREFIXES \
        or second.lower() in COMPOUND_HEADS


@dataclass(frozen=True)
class Layout:
    """What the whole text says about its lines, computed once."""
    title_end: int                # end of the first non-empty line (the title never joins)
    wrap_width: int | None        # line width of hard-wrapped text (PDF, e-mail), else None


def layout_of(text: str) -> Layout:
    return Layout(_title_end(text), _wrap_width(text))


def _wrap_width(text: str) -> int | None:
    """The width of a hard-wrapped text: most lines are about as long as the longest ones."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if len(line.strip()) >= 20)
    if len(lengths) < 8:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    near = sum(n >= WRAPPED_LINE_SHARE * width for n in lengths)
    return width if width <= 130 and near >= len(lengths) / 2 else None


def _page_furniture(text: str) -> dict[int, int]:
    """Standalone page numbers and running headers: {start: end} of their visible text."""
    lines = [(m.start(1), m.end(1), m.group(1)) for m in re.finditer(r"(?m)^[ \t]*(\S[^\n]*?)?[ \t]*\r?$", text)]
    alone = [(s, e, line) for i, (s, e, line) in enumerate(lines)
             if line and (i == 0 or not lines[i - 1][2]) and (i + 1 == len(lines) or not lines[i + 1][2])]
    shape = lambda line: re.sub(r"\d+", "#", line.lower())
    counts: dict[str, int] = {}
    for _, _, line in alone:
        counts[shape(line)] = counts.get(shape(line), 0) + 1
    return {s: e for s, e, line in alone
            if PAGE_NUMBER_RE.fullmatch(line)
            or (len(line) <= RUNNING_LINE_MAX and len(line.split()) >= 2
                and counts[shape(line)] >= RUNNING_LINE_MIN)}


def _breaks(text: str, furniture: dict[int, int]):
    """(start, end, newlines, skipped) per line break; a break, page furniture and the
    next break form one break, so a sentence cut around a page number still joins."""
    matches = list(BREAK_RE.finditer(text))
    i = 0
    while i < len(matches):
        start, end, j = matches[i].start(), matches[i].end(), i
        while end in furniture and j + 1 < len(matches) and matches[j + 1].start() == furniture[end]:
            j += 1
            end = matches[j].end()
        yield start, end, matches[i].group().count("\n"), j > i
        i = j + 1


def _title_end(text: str) -> int:
    """End offset of the document's first non-empty line."""
    m = re.search(r"\S", text)
    if not m:
        return len(text)
    end = text.find("\n", m.start())
    return len(text) if end < 0 else end


def _joins(text: str, brk_start: int, brk_end: int, newlines: int, layout: Layout | None = None) -> bool:
    """Whether a line break falls inside a sentence (a page or line wrap)."""
    layout = layout or layout_of(text)
    raw_before = _line_at(text, brk_start, before=True)
    raw_after = _line_at(text, brk_end, before=False)
    before, after = _visible(raw_before), _visible(raw_after)
    if not before or not after:
        return False
    # Structure that always starts a new block: list items, headings, note bodies, tables.
    if BULLET_RE.match(raw_after) or raw_after.lstrip().startswith(("#", "|", ">")) \
            or FOOTNOTE_START_RE.match(raw_after) or raw_before.lstrip().startswith(("#", "|")):
        return False
    block = _block_before(text, brk_start) if newlines > 1 else raw_before
    if newlines > 1 and _is_footnote(block):
        return False                                  # a footnote ends at its blank line
    last = before[-1]
    if newlines >= IMAGE_GAP:
        return last not in ".!?" and _starts_lowercase(after)   # never glue a caption on
    if newlines == 1 and layout.wrap_width and len(raw_before.rstrip()) >= WRAPPED_LINE_SHARE * layout.wrap_width \
            and not is_title_case(before):
        return True                                   # a full line of hard-wrapped text
    if last in ".!?":
        return _starts_lowercase(after) and bool(re.search(r"\b(?:[A-Z]\.){2,}$|\b(?:Dr|Mr|Mrs|Ms|Gen|St|No)\.$", before))
    if _starts_lowercase(after) or after[0] in ".,;:)!?":
        return True                                   # a line cannot start there
    if last in ",;(-&/" or before.split()[-1].lower() in FUNCTION_WORDS:
        return True
    if newlines == 1 and after.startswith("("):
        return True                                   # a source note on the caption's next line
    if last in TERMINAL:
        return False
    if brk_start <= layout.title_end:
        return False                                  # the document's title line
    if newlines == 1 and len(before) >= HEADING_MAX and not is_title_case(before):
        return True                                   # a wrapped line
    if newlines > 1 and len(block) >= PARAGRAPH_MIN and SENTENCE_INSIDE_RE.search(block):
        return True                                   # running prose cut by a page break
    return False


def _break_edit(text: str, start: int, end: int, newlines: int, skipped: bool,
                layout: Layout) -> tuple[int, int, str] | None:
    """The edit for one line break (maybe around page furniture), or None to keep it."""
    if _joins(text, start, end, newlines, layout):
        word = re.search(r"(\w+)-$", _line_at(text, start, before=True))
        if word and not skipped:
            head = re.match(r"\w+", text[end:])
            if head and head.group()[0].islower() and not _is_compound(word.group(1), head.group()):
                return (start - 1, end, "")            # "govern-\nment" -> "government"
            if head:
                return (start, end, "")                # "pro-\nIranian", "al-\nKazimi", "Iranian-\nbacked"
        return (start, end, " ")
    if skipped:
        return (start, end, "\n\n")                    # the page furniture goes, the break stays
    if "\r" in text[start:end]:
        return (start, end, text[start:end].replace("\r", ""))
    return None


def _edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    for regex in (FRONT_MATTER_RE, BULLET_RE, MARKUP_RE, RULE_RE, NOTE_REF_RE, FOOTNOTE_MARK_RE):
        edits += [(m.start(), m.end(), "") for m in regex.finditer(text) if m.end() > m.start()]
    for m in EMPHASIS_RE.finditer(text):
        edits += [(m.start(), m.start() + 1, ""), (m.end() - 1, m.end(), "")]
    edits += [(m.start(), m.end(), " ") for m in SPACES_RE.finditer(text)]
    for m in LINK_RE.finditer(text):
        edits += [(m.start(), m.start(1), ""), (m.end(1), m.end(), "")]
    layout = layout_of(text)
    furniture = _page_furniture(text)
    edits += [(start, end, "") for start, end in furniture.items()]
    for start, end, newlines, skipped in _breaks(text, furniture):
        edit = _break_edit(text, start, end, newlines, skipped, layout)
        if edit:
            edits.append(edit)
    for i, ch in enumerate(text):
        if ch in CHAR_MAP:
            edits.append((i, i + 1, CHAR_MAP[ch]))
        elif ch in SUPERSCRIPTS:
            edits.append((i, i + 1, ""))
        elif ch == "\r":
            edits.append((i, i + 1, "\n" if text[i + 1:i + 2] != "\n" else ""))
    return sorted(edits, key=lambda e: (e[0], -e[1]))   # at one start, the wider edit wins


def normalise(text: str) -> tuple[str, OffsetMap]:
    """Return (clean text, map from clean offsets to ``text`` offsets)."""
    builder = CleanTextBuilder(text)
    pos = 0
    for start, end, repl in _edits(text):
        if start < pos:
            # Overlaps an earlier edit: a deletion is trimmed to what is left,
            # a replacement loses to the edit already applied.
            if end <= pos or repl:
                continue
            start = pos
        builder.copy(pos, start)
        builder.replace(start, end, repl)
        pos = end
    builder.copy(pos, len(text))
    return builder.build()
