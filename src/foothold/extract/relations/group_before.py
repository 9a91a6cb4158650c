"""A definite group noun's owner named earlier in its own sentence (issue 8, relrecall3): "X, the chief of staff of
the SPLA-IO, said he had removed Y as the movement's leader" — "the movement" is the SPLA-IO, the last group the
sentence names before it, when no organisation named with that noun ("the X Movement") nor a subject group is
found. A state office ("the Foreign Ministry") and a state's own body (part of a state) are no group so called."""

from __future__ import annotations

from .index import Ref


def group_named_before(reader, k: int, lo: int | None = None) -> Ref | None:
    """The last non-state organisation named in the sentence before token k (from token ``lo`` on, the sentence's
    start by default)."""
    for j in range(k - 1, (reader.lo if lo is None else lo) - 1, -1):
        r = reader.idx.ref(j)
        if r is None or r.type != "organization" or r.demonym or reader.state_office(r):
            continue
        if any(p == "part_of" and reader.idx.types.get(o) == "country"
               for (s, p, o) in reader.found.by_key if s == r.actor):
            continue
        return r
    return None


def group_of_sentence_before(reader) -> Ref | None:
    """The last non-state organisation the sentence before this one names (issue 8, relties7: "Today, the Department
    is designating the X Front as a terrorist organisation. The Department is also designating the group's leader,
    Y": the group is the Front, not the designating office)."""
    if reader.lo == 0:
        return None
    prev = reader.doc[reader.lo - 1].sent
    return group_named_before(reader, prev.end, prev.start)
