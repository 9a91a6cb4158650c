"""A holder the text has already placed in a state keeps it (issue 8, reltitle4): "... a request from the Prime
Minister of Solomon Islands, X. ... Prime Minister X asked for our help" — the second, bare title is the same office,
so no story guess (a release's place line, the dateline, the title's state) moves X to the issuing state."""

from __future__ import annotations


def state_held_before(reader, holder) -> str | None:
    """The one state an earlier tie already makes ``holder`` head or serve, else None."""
    states = {o for (s, p, o) in reader.found.by_key
              if s == holder.actor and p in ("leads", "member_of") and reader.idx.types.get(o) == "country"}
    return states.pop() if len(states) == 1 else None
