"""Which date phrase times an event, and the document-wide fallbacks for events left undated."""

from __future__ import annotations

import re

from ...model import Event
from .carriers import carriers
from .dating import EventDater, in_other_clause
from .index import DocIndex
from .releases import object_deed_dates
from .tense import ANCHOR_MARKS
from .triggers import Found
from .wire import background_by_words

VAGUE_TIME = {"recent", "recently", "meanwhile", "lately", "currently"}
EARLIER = {"already", "previously", "earlier", "formerly", "long", "ever", "once", "before"}
TODAY = {"today", "tonight"}
TIME_SHIFT = {"later", "afterwards", "subsequently", "meanwhile", "recently", "earlier"}
OFFSET_TIME = re.compile(r"(?i)\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+)\s+"
                         r"(?:days?|weeks?|months?|years?)\s+(?:before|after)\b")
BACKGROUND = {"since", "until", "till", "prior", "ago"}


def own_clause_date(f: Found, dates, index: DocIndex):
    """ "expelled X in January 2022 and recalled Y in June 2023": the second of two coordinated verbs takes
    the day or month phrase that hangs on it in its own clause (the date before it is its partner's); None
    for any other trigger or date."""
    verb = f.token
    if f.kind not in ("verb", "light") or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") \
            or verb.head.i > verb.i:
        return None
    for d in dates:
        toks = index.tokens_in(d.start, d.end)
        if not toks or d.precision not in ("day", "month") or toks[0] < verb.i:
            continue
        t = verb.doc[toks[0]]
        for _ in range(6):
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            t = t.head
        if t.i == verb.i:
            return d
    return None


def other_clause_dates(f: Found, dates, index: DocIndex) -> set[int]:
    """Starts of the date phrases in a relative or participial clause that does not hold the trigger
    ("the owner who died in August 2023": that clause's date)."""
    doc = f.token.doc
    return {d.start for d in dates
            if (toks := index.tokens_in(d.start, d.end)) and in_other_clause(doc[toks[0]], f.token)}


def other_events_dates(lex, f: Found, found: list[Found], dates, index: DocIndex) -> set[int]:
    """Date phrases that belong to another event noun in this trigger's object or complement
    ("condemn ... a complex attack on February 27": the attack's day, not the condemnation's;
    an anchor "following the August 5 attack" still dates the act); their start offsets."""
    if not dates:
        return set()
    own = {f.token.i} | ({f.noun.i} if f.noun is not None else set())
    own |= {n.i for n in carriers(lex, f.token)} if f.kind in ("verb", "light") else set()
    nouns = {g.token.i for g in found if g.kind == "noun"} - own
    out = other_clause_dates(f, dates, index) | object_deed_dates(f, dates, index)
    doc = f.token.doc
    if not nouns:
        return out
    for d in dates:
        toks = index.tokens_in(d.start, d.end)
        if not toks:
            continue
        t = doc[toks[0]]
        under = False
        for _ in range(12):
            if t.head.i == t.i:
                break
            under = under or t.i in nouns
            if t.head.i == f.token.i:
                if under and t.dep_ in ("dobj", "ccomp", "xcomp", "dative"):
                    out.add(d.start)
                break
            t = t.head
    return out


def anchored_date(date, index: DocIndex) -> bool:
    """The date phrase sits in an anchoring clause ("came two months after X ousted Y on July 26"): it times
    that background act (news-dev README: anchors are background), not the news around it."""
    toks = index.tokens_in(date.start, date.end)
    if not toks:
        return False
    t = index.ctx.doc[toks[0]]
    for _ in range(8):
        if t.head.i == t.i:
            return False
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ANCHOR_MARKS | {"before"} for c in t.children):
            return True
        t = t.head
    return False


def in_relative_clause(date, sent, index: DocIndex) -> bool:
    """The date phrase dates a relative, participial or anchoring clause of the sentence ("aid, which the
    U.S. paused on August 5", "came two months after X ousted Y on July 26"), not its main act."""
    toks = index.tokens_in(date.start, date.end)
    return bool(toks) and in_other_clause(index.ctx.doc[toks[0]], sent.root) or anchored_date(date, index)


def is_background(date, index: DocIndex) -> bool:
    """A date under "since", "until", "prior to" ... dates a background, not the news."""
    toks = index.tokens_in(date.start, date.end)
    if not toks:
        return False
    t = index.ctx.doc[toks[0]]
    for _ in range(5):
        if t.lower_ in BACKGROUND:
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return background_by_words(index.ctx.doc[toks[0]])


def document_fallback(events: list[Event], meta: list[dict], dater: EventDater) -> None:
    """Still undated: a press release's news (no source notes) is from its publication
    month; an undated, uncited text's events are from the year it is clearly about (one
    year dominating its dates). A report citing sources leaves undated paragraphs null
    (gold notes §26) unless nothing in it is dated. Null when the text gives no time."""
    # a report citing its sources dates by them and leaves the rest null (gold notes §26)
    fallback = dater.publication_month() if not dater.notes else None
    if fallback is None and dater.published is None and not dater.notes:
        # no publication date: the year the text is about, when it is clearly one year
        fallback = dater.document_year(dominant=True)
    elif fallback is None and all(ev.date is None for ev in events):
        fallback = dater.document_year()    # a cited report dates by paragraph (gold notes §26)
    for ev, m in zip(events, meta):
        if ev.date is None and not m.get("undated"):
            ev.date = fallback


def background_dates(dater: EventDater, index: DocIndex, reacted: set[int]) -> frozenset[int]:
    """Start offsets of the date phrases that time no other sentence's act: a background date, an anchoring
    clause's own date, the date of a deed reacted to."""
    return frozenset(d.start for d in dater.dates if is_background(d, index)
                     or anchored_date(d, index)) | reacted


def year_fallback(events: list[Event], meta: list[dict], dater: EventDater, para_span, index: DocIndex,
                  reacted: set[int]) -> None:
    """An undated event in a dated paragraph is placed in that paragraph's year (year precision).

    A paragraph with no time at all leaves its events undated (gold notes §26); a background date ("Since
    2019, Qatar has hosted ...") times no other sentence's act, nor does an anchoring clause's own date
    ("two months after X ousted Y on July 26").
    """
    background = background_dates(dater, index, reacted)
    for ev, m in zip(events, meta):
        if ev.date is None and not m.get("undated"):
            ev.date = dater.paragraph_year(*para_span[m["para"]], ev.start,
                                           set(m.get("other_clause_dates", frozenset())) | background)
