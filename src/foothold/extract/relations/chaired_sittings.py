"""A body's own sitting chaired by a person: the person leads the body (issue 8, relties11). "The Council of
Ministers held an extraordinary session today chaired by the Prime Minister, X", "The Y Committee met in a session
chaired by X": the makers code a chairman `leads` (seed notes 11), and the body that holds a sitting chaired by
someone is the body chaired. The sitting nouns are `SITTINGS`; the body is the sitting's of-phrase (read over a time
phrase only, as relties4 did: "the meeting of X chaired on Monday by Y"), else the subject of the verb that holds
the sitting ("held a session", "met in a session": roles.yaml `sitting_verbs`). The chair after "by" may be a title
with the name apposed to it ("by the caretaker Prime Minister, X"). Only a named organisation is led, only by a
person. Read by `led_participle.LedParticiple`.
Tried and taken back: "Y chaired a meeting of X" and "a meeting of X chaired by Y" (tuning golds split 1 to 3: a
head of government chairing a security council's meeting is not coded its leader in owndocs4, 20, 35)."""

from __future__ import annotations

from functools import lru_cache

from .index import Ref
from .lexicon import role_words

SITTINGS = frozenset({"meeting", "session", "sitting", "summit", "conference", "talks", "congress", "plenary"})


@lru_cache(maxsize=2)
def sitting_verbs(path: str | None = None) -> frozenset[str]:
    """roles.yaml `sitting_verbs`: a body that holds or meets in a sitting is the body sitting."""
    return role_words("sitting_verbs", path)


def sitting_body(reader, noun) -> Ref | None:
    """The named organisation whose sitting `noun` is: its of-phrase ("a meeting of X"), else the subject of the verb
    that holds it ("X held a session", "X met in a session"), else None."""
    if noun.lower_ not in SITTINGS:
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            r = next((reader.ref_of(g) for g in c.children if g.dep_ == "pobj"), None)
            return r if r is not None and r.type == "organization" and not r.demonym else None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in sitting_verbs() or not reader.stated(verb):
        return None
    bodies = [s for s in reader.subject_of(verb) if s.type == "organization" and not s.demonym]
    return bodies[0] if len(bodies) == 1 else None


def chair_after_by(reader, pobj) -> Ref | None:
    """The person a "by" names: its object, or the name apposed to a title object ("by the Prime Minister, X")."""
    r = reader.ref_of(pobj)
    if r is not None:
        return r if r.type == "person" else None
    for c in pobj.children:
        if c.dep_ == "appos" and (a := reader.ref_of(c)) is not None and a.type == "person":
            return a
    return None


def held_sitting(noun) -> bool:
    """A sitting noun with no of-phrase, which the body holding it names ("X held a session chaired by Y")."""
    return noun.lower_ in SITTINGS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
