"""The host a named state's official meets in a capital (issue 8, reltitle12): "Bhutan's Foreign Minister, A, met
Foreign Minister X in Beijing" — the subject's own phrase places the visitor in one state, the meeting is held in the
capital of another the text names, so the bare-titled one met there is the host: X serves China. Only a capital
counts (a meeting "in New York" or "in Geneva" is on neutral ground; a city that is no capital stands for no state,
`found.capital_country`), or the state itself ("met X in China"); never when the subject's phrase names the state of
the meeting place ("Kenya's President A met Prime Minister X in Nairobi": X is the visitor). Verbs of meeting are
roles.yaml `story_state.meeting_verbs`. Read by `TitleRelations.dictionary_scope` beside `visit_host.visited_state`."""

from __future__ import annotations

from .acting_subject import state_acting_as
from .story_state import story_words

PLACE_PREPS = ("in", "at")


def meeting_of(reader, holder):
    """(the meeting verb, the holder's head token) when ``holder`` is the one met ("met X", "met with X"), else
    None; shared with `seat_hosts.host_at_seat`."""
    tok = reader.doc[holder.end - 1]
    while tok.dep_ in ("compound", "appos", "flat") and tok.head.i != tok.i:
        tok = tok.head
    meet = tok.head if tok.dep_ == "dobj" else None
    if meet is None and tok.dep_ == "pobj" and tok.head.lower_ == "with":
        meet = tok.head.head                    # "met with X in Beijing"
    if meet is None or meet.lemma_.lower() not in story_words()["meeting_verbs"]:
        return None
    return meet, tok


def host_met_in_capital(reader, holder) -> str | None:
    """The state whose capital a meeting of ``holder`` with another state's official is held in, else None (the
    parser hangs "in Beijing" on the verb or on the one met)."""
    met = meeting_of(reader, holder)
    if met is None:
        return None
    meet, tok = met
    places = {s for c in [*meet.children, *tok.children] if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
              for g in c.children if g.dep_ == "pobj" and (s := state_acting_as(reader, g)) is not None}
    if len(places) != 1:
        return None
    host = places.pop()
    subjects = [c for c in meet.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        return None
    before = [d.i for d in subjects[0].subtree] if subjects else range(reader.lo, meet.i)   # no subject parsed: "In
    guests = {r.actor for i in before if (r := reader.idx.ref(i)) is not None and r.type == "country"}  # May A's X met"
    return host if guests and host not in guests else None
