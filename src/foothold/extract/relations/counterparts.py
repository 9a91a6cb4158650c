"""A titled holder facing another state's holder (issue 8, relrecall3): "President X sent condolences to King Y of
Jordan", "Prime Minister X spoke with President Y of Turkey", "King Y of Saudi Arabia cabled President X". When the
sentence names a state only as another person's own ("Y of Jordan", "Jordanian King Y", "Jordan's King Y"), that
state is Y's: the story's guess for X's bare title must not take it (X is the other party of the exchange). A holder
coordinated with that person ("Jordanian Foreign Minister Y and Prime Minister X") shares the state and is kept."""

from __future__ import annotations

from .index import Ref

TITLE_GAP = 4        # words that may stand between a state and the person it qualifies ("Jordan's King")


def state_held_by_counterpart(reader, holder: Ref, state: str) -> bool:
    """The sentence ties `state` to another person, not coordinated with the holder, by that person's own phrase."""
    for j in range(reader.lo, reader.hi):
        r = reader.idx.ref(j)
        if r is None or r.start != j or r.type != "country" or r.actor != state:
            continue
        other = person_of_state_mention(reader, r)
        if other is not None and other.actor != holder.actor and not coordinated(reader, holder, other) \
                and not former_mention(reader, r, other):
            return True
    return False


def former_mention(reader, r: Ref, other: Ref) -> bool:
    """The state is the other person's as a former holder ("Ghana's former president Y", "former President Y of
    Ghana"): the state has a sitting holder besides him, so the bare title may well be held there (reltitle12)."""
    if other.end <= r.start:                       # "former President Y of Ghana": the words before Y
        k = other.start - 1
        while k >= reader.lo and k >= other.start - TITLE_GAP - 1 and reader.doc[k].is_alpha:
            if reader.w(k) in FORMER_WORDS:
                return True
            k -= 1
        return False
    return any(reader.w(k) in FORMER_WORDS for k in range(r.end, other.start))   # "Ghana's former president Y"


def person_of_state_mention(reader, r: Ref) -> Ref | None:
    """The person a state mention qualifies: "Y of <state>" or "<state>('s) [title words] Y"."""
    if reader.w(r.start - 1) == "of":
        before = reader.idx.ref_ending(r.start - 2)
        if before is not None and before.type == "person":
            return before
    j = r.end + (reader.w(r.end) == "'s")
    for k in range(j, min(j + TITLE_GAP + 1, reader.hi)):
        p = reader.idx.ref(k)
        if p is not None:
            return p if p.type == "person" and k > j else None
        if not reader.doc[k].is_alpha:
            return None
    return None


def coordinated(reader, a: Ref, b: Ref) -> bool:
    """The two persons' names are conjuncts of one another ("Y and X")."""
    ta, tb = reader.doc[a.end - 1], reader.doc[b.end - 1]
    return tb in ta.conjuncts or any(reader.doc[k] in ta.conjuncts for k in range(b.start, b.end))


FORMER_WORDS = {"former", "late", "then", "ex", "outgoing", "incoming"}


def same_title_held_elsewhere(reader, t, holder: Ref, state: str) -> bool:
    """Another person of the sentence holds the holder's very title ("President X met President Y") and the actor
    dictionary places that person in `state`: a state has one sitting holder of a title, so the story's guess for
    the holder's bare title is the other party's state, not his (reltitle11)."""
    n = len(t.words)
    if not bare_before(reader, t.title_end - n - 1):
        return False                     # "Vice President X", "First Vice-President X": a rank of its own
    for j in range(reader.lo, reader.hi):
        r = reader.idx.ref(j)
        if r is None or r.start != j or r.type != "person" or r.actor == holder.actor or r.start - n < reader.lo:
            continue
        if tuple(reader.w(k) for k in range(r.start - n, r.start)) != tuple(t.words) \
                or reader.w(r.start - n - 1) in FORMER_WORDS or not bare_before(reader, r.start - n - 1):
            continue
        known = reader.dictionary_country_of(r, r.start, r.end)
        if known is not None and known.actor == state:
            return True
    return False


def bare_before(reader, k: int) -> bool:
    """The token before a title adds no rank to it: the sentence's start, a lower-case word or a stop, or a state
    ("Turkish President"); not a hyphen nor another capitalised word ("Vice-President", "First Vice President")."""
    if k < reader.lo:
        return True
    tok = reader.doc[k]
    if tok.text in ("-", "\u2010", "\u2011"):
        return False
    if not tok.text[:1].isupper():
        return True
    r = reader.idx.ref(k)
    return r is not None and r.type == "country"
