"""A meeting or trip announced for a set time or place is a schedule, no promise (issue 8, precision2): "President X
will meet President Y in Warsaw next week", "the envoy will travel to Conakry as soon as conditions allow". PLOVER
AGREE codes promises and intentions to cooperate ("we will consult our partners", "Washington will consult the
other members"), kept: only a third party's meeting or journey pinned to a time or a place is read here.
"""

from __future__ import annotations

MEETING_VERBS = {"meet", "visit", "travel", "fly", "go", "come", "attend", "arrive", "hold", "host", "receive"}
FIRST_PERSON = {"we", "i"}
PLACE_PREPOSITIONS = {"to", "in", "at"}


def scheduled_meeting(f) -> bool:
    """A stated future CONSULT by someone other than the speaker, with a time or a place of its own."""
    tok = f.token
    if f.trigger is None or f.trigger.type != "CONSULT" or f.kind not in ("verb", "light") \
            or tok.lemma_.lower() not in MEETING_VERBS:
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None and tok.dep_ == "xcomp":
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in FIRST_PERSON:
        return False
    timed = any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree if t.i != tok.i)
    placed = any(c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS for c in tok.children)
    return timed or placed
