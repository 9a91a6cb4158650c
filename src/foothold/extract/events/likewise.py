"""Acts told by reference to the act before: "Armenia declared a mobilisation, and Azerbaijan did
likewise", "the United States imposed sanctions, and the European Union followed in March",
"Canada followed suit". The referring verb repeats the earlier act's type for its own subject."""

from __future__ import annotations

from dataclasses import replace

from ...model import DateValue, Event
from .arguments import subject_of
from .evidence import make_unique
from ..doc_tokens import doc_tokens

# "did likewise", "did the same", "did so"
SAME_WORDS = {"likewise", "same", "so"}
# how far back (in tokens) the act referred to may be: this sentence or the one before
REACH = 80


def refers_back(tok) -> bool:
    """A verb that tells "the same act" without naming it."""
    lemma = tok.lemma_.lower()
    if lemma == "do":
        return any(c.lower_ in SAME_WORDS and c.dep_ in ("dobj", "advmod", "npadvmod", "acomp") for c in tok.children)
    if lemma == "follow" and tok.pos_ == "VERB":
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if objects:
            return any(o.lower_ == "suit" for o in objects)
        # "X imposed sanctions ..., and Y followed in March": a conjunct of the act itself
        return tok.dep_ == "conj" and tok.head.pos_ == "VERB"
    return False


def month_of(date: DateValue | None) -> DateValue | None:
    """The earlier act's date to month precision: the later one followed it, not necessarily that day."""
    if date is None or date.precision != "day":
        return date
    return DateValue(iso=date.iso[:7], precision="month")


def did_likewise(events: list[Event], meta: list[dict], doc, index, text: str, dater) -> tuple[list[Event], list[dict]]:
    """Add, for each referring verb with a named subject, the earlier act done by that subject."""
    added: list[tuple[Event, dict]] = []
    starts = [m["tok"] for m in meta]
    for tok in doc_tokens(doc):     # the events block's kept Token list (perf4)
        if not refers_back(tok):
            continue
        subj, dep = subject_of(tok)
        if subj is None or dep != "nsubj":
            continue
        doers = list(dict.fromkeys(h.actor for t in subj.subtree for h in [index.actor_at(t.i)]
                                   if h is not None and h.type != "place"))
        earlier = [k for k, s in enumerate(starts) if tok.i - REACH <= s < subj.i]
        if not doers or not earlier:
            continue
        k = max(earlier, key=lambda j: starts[j])
        before = events[k]
        if set(doers) <= set(before.source):
            continue
        sent = tok.sent
        s_start, s_end = index.tok_start[sent.start], index.tok_end[sent.end - 1]
        last = max(t.i for t in tok.subtree if not t.is_punct)
        start, end = make_unique(text, index.tok_start[subj.left_edge.i], index.tok_end[last], s_start, s_end)
        own = [d for d in dater.dates_in(index.tok_start[tok.i], index.tok_end[last])]
        ev = replace(before, source=doers, target=[a for a in before.target if a not in doers],
                     evidence=text[start:end], start=start, end=end, location=None, trigger=tok.text,
                     date=own[0] if own else month_of(before.date), citations=[], attributed_to=[])
        info = dict(meta[k], tok=tok.i, sent=sent.start, head=None, noun=None, kind="verb",
                    explicit=bool(own), persons=[])
        added.append((ev, info))
    if not added:
        return events, meta
    pairs = sorted(list(zip(events, meta)) + added, key=lambda p: p[0].start)
    return [p[0] for p in pairs], [p[1] for p in pairs]
