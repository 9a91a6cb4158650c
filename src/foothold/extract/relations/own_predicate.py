"""A title said again as what its own holder is or becomes ("Vice President X, a former general, became acting
president", "X was sworn in as president"): the same holder, not a second head of the state, for the checks that
refuse a bare title's story state when another head is named in its sentence (issue 8, reltitle2)."""

from __future__ import annotations

PREDICATE_DEPS = ("attr", "oprd")        # "became president", "named him president"


def holder_clause_verb(reader, holder):
    """The verb whose subject the holder's name is, or None."""
    tok = reader.doc[holder.end - 1]
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return tok.head
        if tok.dep_ not in ("compound", "appos", "flat") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def holders_own_predicate(reader, j: int, holder) -> bool:
    """Token ``j`` is inside a noun phrase that is the predicate of the holder's own clause."""
    verb = holder_clause_verb(reader, holder) if holder is not None else None
    if verb is None:
        return False
    tok = reader.doc[j]
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head                   # "acting president": the noun heading it
    if tok.dep_ in PREDICATE_DEPS:
        return tok.head.i == verb.i
    return tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.i == verb.i
