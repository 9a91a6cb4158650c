"""Definite bare forces told back (issue 8, evargs6): "Chadian troops and Sudanese militiamen entered Adre on
Monday. ... The troops then burned the market": a subject "the troops" ("the soldiers", "the forces") with no name
of its own is the forces the text named just before -- the nearest force noun, in the act's sentence before it or
in the FORCE_SENTENCES - 1 sentences before, whose own phrase names parties ("Chadian troops", "soldiers of X and
Y"); force nouns naming no one ("fired on the troops") are passed over. Bare indefinite "troops" stay unread
(`spoken_side.py`: more spurious than found), and so does "the troops" with no named forces close before."""

from __future__ import annotations

from .index import DocIndex
from ..doc_tokens import span_tokens

FORCE_NOUNS = {"troops", "soldiers", "forces", "units", "commandos", "marines", "fighters", "militiamen"}
FORCE_SENTENCES = 5      # as `arguments.STORY_SENTENCES`; blank lines between paragraphs are not counted
# clauses inside a force phrase tell other things ("troops who had fought Iran"), not whose the troops are
_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}
_PARTIES = ("country", "organization")


def _definite_bare(subj) -> bool:
    """ "the troops", "The soldiers": a plural force noun whose only dependent is the definite article."""
    kids = list(subj.children)
    return subj.lower_ in FORCE_NOUNS and len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ == "the"


def _named_by(noun, index: DocIndex) -> list[str]:
    """The parties a force noun's own phrase names ("Malian troops", "soldiers of X and Y"), in text order."""
    found: dict[str, int] = {}
    stack = [noun, *(c for c in noun.children if c.dep_ not in _CLAUSES)]      # "Houthi fighters": the noun's own
    while stack:
        t = stack.pop()
        h = index.actor_at(t.i)
        if h is not None and t.pos_ != "PRON" and h.type in _PARTIES:
            found[h.actor] = min(found.get(h.actor, t.i), t.i)
        if t.i != noun.i:
            stack.extend(c for c in t.children if c.dep_ not in _CLAUSES)
    return sorted(found, key=found.get)


def definite_forces(verb, subj, index: DocIndex) -> list[str]:
    """The parties that the bare definite subject ``subj`` of ``verb`` ("the troops") stands for, or []."""
    if subj is None or not _definite_bare(subj) or index.actor_at(subj.i) is not None:
        return []
    doc = verb.doc
    sent = subj.sent
    told = 0
    while told < FORCE_SENTENCES:
        told += any(not t.is_space for t in span_tokens(sent))
        for t in reversed([t for t in span_tokens(sent) if t.i < subj.i]):
            if t.lower_ in FORCE_NOUNS and t.pos_ in ("NOUN", "PROPN"):
                named = _named_by(t, index)
                if named:
                    return named
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return []
