"""A holder the text has already placed in a state keeps it (issue 8, reltitle4): "... a request from the Prime
Minister of Solomon Islands, X. ... Prime Minister X asked for our help" — the second, bare title is the same office,
so no story guess (a release's place line, the dateline, the title's state) moves X to the issuing state. A tie the
text writes later counts too (reltitle5): "Acting President X" in a release's title, then "X, the First Vice President
of Iran": the story's guess for the first, bare title is dropped (`drop_guesses_held_elsewhere`)."""

from __future__ import annotations


def state_held_before(reader, holder) -> str | None:
    """The one state an earlier tie already makes ``holder`` head or serve, else None."""
    states = {o for (s, p, o) in reader.found.by_key
              if s == holder.actor and p in ("leads", "member_of") and reader.idx.types.get(o) == "country"}
    return states.pop() if len(states) == 1 else None


def note_guess(reader, holder, state: str) -> None:
    """Remember that ``holder`` was placed in ``state`` by a story's guess, not by a state its title names."""
    reader.ctx.data.setdefault("story_guesses", set()).add((holder.actor, state))


def drop_guesses_held_elsewhere(found, ctx) -> None:
    """Drop the story's guesses for holders whose written ties, anywhere in the text, place them in other states only."""
    guesses = ctx.data.get("story_guesses", set())
    written: dict[str, set[str]] = {}
    for (s, p, o) in found.by_key:
        if p in ("leads", "member_of") and (s, o) not in guesses and found.idx.types.get(o) == "country":
            written.setdefault(s, set()).add(o)
    for key in [k for k in found.by_key if (k[0], k[2]) in guesses and written.get(k[0]) and k[2] not in written[k[0]]]:
        rel = found.by_key.pop(key)
        found.dropped.append({"subject": key[0], "predicate": key[1], "object": key[2], "start": rel.start,
                              "end": rel.end, "reason": "a story's guess the text places elsewhere"})
