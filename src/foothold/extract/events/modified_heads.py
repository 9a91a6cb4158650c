"""A body called again by its head noun and some of its own words (issue 8, evargs13).

"Ghana's National Electoral Commission declared the result ... The electoral commission denied the charge": a
definite common noun with lower-case modifiers ("the election commission", "the security council") that is the last
word of an organisation named shortly before, every modifier being one of that name's own words, stands for it.
`arguments.named_by_head` reads the bare head ("the commission") only; a modifier that is no word of the name ("the
military council" after "the Security Council") names another body, and a modifier that is itself an actor ("the
Russian company") is left to the other readings.
"""

from __future__ import annotations

from .index import ActorHit, DocIndex
from .state_body_heads import head_window_start

# how far back (in tokens) the namesake may be named, as for a bare head (arguments.HEAD_WINDOW)
WINDOW = 300
MODIFIER_DEPS = frozenset({"compound", "amod"})


def head_modifiers(tok, index: DocIndex) -> list[str] | None:
    """The lower-case modifier words of ``tok`` when it is "the <modifier ...> <noun>" and names no actor, or None."""
    if tok.pos_ != "NOUN" or index.actor_at(tok.i) is not None:
        return None
    kids = [c for c in tok.children if c.dep_ != "punct"]
    if len(kids) < 2 or kids[0].lower_ != "the" or kids[0].dep_ != "det":
        return None
    words = []
    for c in kids[1:]:
        if c.dep_ not in MODIFIER_DEPS or c.i > tok.i or not c.is_alpha or not c.is_lower \
                or index.actor_at(c.i) is not None or any(g.i != c.i for g in c.subtree):
            return None
        words.append(c.lower_)
    return words


def modified_head(tok, index: DocIndex, state_bodies: set[str]) -> ActorHit | None:
    """The organisation "the <modifiers> <head>" at ``tok`` stands for: the nearest one named before it (within
    WINDOW tokens; a state body's noun only in its own sentence or the four before, `state_body_heads`) whose name
    ends in the head and holds every modifier as a word of its own; None when there is none."""
    words = head_modifiers(tok, index)
    if not words:
        return None
    doc = tok.doc
    first = head_window_start(tok, state_bodies, tok.i - WINDOW + 1)
    seen = set()
    for j in range(tok.i - 1, max(-1, first - 1), -1):
        h = index.actor_at(j)
        if h is None or h.type != "organization" or index.tok_end[j] != h.end or doc[j].lower_ != tok.lower_ \
                or h.start >= index.tok_start[j] or (h.start, h.actor) in seen:
            continue
        seen.add((h.start, h.actor))
        name = {doc[k].lower_ for k in index.tokens_in(h.start, h.end)}
        if all(w in name for w in words):
            return ActorHit(h.actor, h.type, index.tok_start[tok.i], index.tok_end[tok.i])
    return None
