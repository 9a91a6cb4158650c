"""Evidence: the exact clause of the document that reports the event, unique in it."""

from __future__ import annotations

from ...model import Event
from . import monitor
from .fronted_quote import fronted_quote
from .index import DocIndex
from .speakers import is_attribution
from .triggers import Found

MAX_TOKENS = 30


MAX_CHARS = 180


# Children that start another clause or another event: not part of this event's clause.
OTHER_CLAUSES = {"conj", "cc", "parataxis", "relcl", "punct", "appos", "mark"}
CONTENT = {"ccomp", "xcomp", "advcl"}


LEFT_CORE = {"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg", "advmod", "expl", "poss", "det",
             "amod", "compound", "nmod", "nummod"}


def clause_tokens(tok, with_content: bool, date_tokens: frozenset[int] = frozenset()) -> tuple[int, int]:
    """First and last token of the trigger's own clause: subject, trigger, objects.

    Material left of the trigger counts only when it is the subject (or a
    modifier) or dates the event ("In late March 2020, ..."); scene-setting
    phrases ("In his meeting with X, ...") belong to other events.
    """
    lo = hi = tok.i
    for c in tok.children:
        if c.is_space or c.dep_ in OTHER_CLAUSES:
            continue
        if c.i > tok.i:
            if c.dep_ in CONTENT and not with_content:
                continue
        elif with_content and c.dep_ in ("ccomp", "parataxis") and c.dep_ != "advcl":
            pass                          # "'Russia has sought to ...,' said Nelson": the quote before
        elif c.dep_ not in LEFT_CORE and not any(t.i in date_tokens for t in c.subtree):
            continue
        lo, hi = min(lo, c.left_edge.i), max(hi, c.right_edge.i)
    return lo, hi


def evidence_span(trigger_i: int, arg_spans: list[tuple[int, int]], sent, index,
                  with_content: bool = False, date_tokens: frozenset[int] = frozenset()) -> tuple[int, int]:
    """Original (start, end) from the leftmost to the rightmost of trigger and argument mentions.

    Arguments outside the sentence (pronoun antecedents) or far from the
    trigger do not stretch the clause.
    """
    s_start, s_end = index.original(sent.start, sent.end - 1)
    t_start, t_end = index.tok_start[trigger_i], index.tok_end[trigger_i]
    c_lo, c_hi = clause_tokens(sent.doc[trigger_i], with_content, date_tokens)
    lo, hi = index.tok_start[c_lo], index.tok_end[c_hi]
    # a quotation before its speech verb is kept whole: what was said, not only its last words
    keep_quote = with_content and fronted_quote(sent.doc[trigger_i])
    lo, hi = (lo if keep_quote else max(lo, t_start - MAX_CHARS)), min(hi, t_end + MAX_CHARS)
    for a, b in arg_spans:
        if a >= s_start and b <= s_end and t_start - MAX_CHARS <= a and b <= t_end + MAX_CHARS:
            lo, hi = min(lo, a), max(hi, b)
    lo, hi = max(lo, s_start), min(hi, s_end)
    text = index.ctx.document.text
    while hi > lo and text[hi - 1] in " \n\t,;:(":
        hi -= 1
    while lo < hi and text[lo] in " \n\t,;:)":
        lo += 1
    return lo, hi


MAX_WIDEN_BEYOND_SENTENCE = 200   # repeated pages would otherwise widen evidence toward the whole text


def _occurs_once(text: str, start: int, end: int) -> bool:
    piece = text[start:end]
    first = text.find(piece)
    return first == start and text.find(piece, first + 1) < 0


def make_unique(text: str, start: int, end: int, sent_start: int, sent_end: int) -> tuple[int, int]:
    """Widen [start, end) word by word (right first, then left) until it occurs once in ``text``.

    Widening stops a little past the sentence: evidence that still repeats
    (a page duplicated verbatim) keeps its exact offsets, which identify it.
    """
    limit = min(len(text), sent_end + MAX_WIDEN_BEYOND_SENTENCE)
    while not _occurs_once(text, start, end):
        if end < sent_end:
            nxt = text.find(" ", end + 1)
            end = sent_end if nxt < 0 or nxt > sent_end else nxt
        elif start > sent_start:
            prv = text.rfind(" ", sent_start, start - 1)
            start = sent_start if prv < 0 else prv + 1
        elif end < limit:
            end = min(limit, end + 20)
        else:
            break
    return start, end


def place_evidence(lex, f: Found, kind: str, ev: Event, found: list[Found], sent, index: DocIndex, dater, text: str,
                   date_tokens: frozenset[int], media: set[str], s_start: int, s_end: int) -> None:
    """The event's evidence span (a claimed blast's own sentence), and the outlets its sentence attributes it to."""
    ev_s, ev_e = evidence_span(f.token.i, ev.__dict__.pop("_spans"), sent, index,
                               with_content=kind == "speech", date_tokens=date_tokens)
    ev_s, ev_e = make_unique(text, ev_s, ev_e, s_start, s_end)
    blasted = monitor.claimed_blast(f.token, sent, lex) if ev.type == "ASSAULT" and ev.source and not any(
        g is not f and g.trigger is not None and g.trigger.type == "ASSAULT" for g in found) else None
    if blasted is not None:       # "A car bomb exploded ... . X claimed the attack": told the sentence before
        b_sent = blasted.sent
        b_start, b_end = index.original(b_sent.start, b_sent.end - 1)
        ev_s, ev_e = evidence_span(blasted.i, [], b_sent, index, with_content=False, date_tokens=date_tokens)
        ev_s, ev_e = make_unique(text, ev_s, ev_e, b_start, b_end)
        ev.date = dater.sentence_date(b_start, b_end, index.tok_start[blasted.i]) or ev.date
    ev.start, ev.end, ev.evidence = ev_s, ev_e, text[ev_s:ev_e]
    ev.attributed_to = [h.actor for h in index.hits_between(s_start, s_end)
                        if h.actor in media and h.actor not in ev.source
                        and is_attribution(text, h, s_start, s_end)]
    ev.attributed_to = list(dict.fromkeys(ev.attributed_to))
