"""Whom a protest by an unnamed crowd is aimed at: the state its own place belongs to (issue 8, newswire2).

"Opposition supporters rioted in the Georgian capital", "jailed militants went on hunger strike in Turkish prisons":
PLOVER PROTEST is "directed toward ... government authorities", and with no crowd named and no party acted on, the
government of the place where the crowd protests is that authority. Only the protest's own clause is read (its "in",
"at", "outside" place: a country, a place the gazetteer or the text puts in a named state, or a place noun a
country's demonym modifies); a state named in an earlier sentence is never taken. The crowd stays unnamed (news-dev:
"no named perpetrator gives an empty source"). Tests: tests/test_events_protest_scene.py.
"""

from __future__ import annotations

from .scene import own_scene_state
from .senses import MISSIONS

SCENE_PREPS = frozenset({"in", "at", "outside", "across", "throughout", "inside"})
BODY_PREPS = frozenset({"at", "outside", "inside", "before"})      # where a crowd stands at a body's seat
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj"})


def _country(tok, index) -> str | None:
    hit = index.actor_at(tok.i)
    return hit.actor if hit is not None and hit.type == "country" else None


def _scene_objects(verb) -> list:
    """The objects of the protest's own place prepositions (not inside another clause)."""
    out, stack = [], [c for c in verb.children if c.dep_ not in CLAUSE_DEPS]
    while stack:
        t = stack.pop()
        if t.dep_ == "pobj" and t.head.lower_ in SCENE_PREPS:
            out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS)
    return out


def protest_state(verb, index) -> str | None:
    """The state of the place the protest's own clause puts it in, else None (also for an infinitive: "a scheme
    to stage protests in X" tells no protest that happened)."""
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    if _at_unnamed_mission(verb):
        return None
    for obj in _scene_objects(verb):
        state = _country(obj, index)
        if state is not None:
            return state
        for part in [*obj.children, *(g for c in obj.children for g in c.children)]:
            # "in Turkish prisons", "in the Georgian capital Tbilisi" (the demonym on the place noun)
            if part.dep_ in ("amod", "compound", "nmod") and _country(part, index) is not None:
                return _country(part, index)
    own = own_scene_state(verb, index)      # "in Tbilisi": a capital or gazetteer city of a named state
    return own or None


def protest_body(verb, index) -> str | None:
    """A named body at whose seat the crowd protests ("gathered outside the National Assembly", "rallied at the
    Supreme Court"): the protest is aimed at it (evvocab2). A body only: a state there is `protest_state`'s."""
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    for obj in _scene_objects(verb):
        if obj.head.lower_ not in BODY_PREPS:
            continue
        hit = index.actor_at(obj.i)
        if hit is not None and hit.type == "organization":
            return hit.actor
    return None


def _at_unnamed_mission(verb) -> bool:
    """The crowd acts on a foreign mission ("climbed the embassy walls"): the host state of the scene is not whom it
    protests (evvocab2); a named mission's state is read before (targets.left_or_faced)."""
    stack = [c for c in verb.children if c.dep_ not in CLAUSE_DEPS and c.dep_ != "nsubj"]
    while stack:
        t = stack.pop()
        if t.lemma_.lower() in MISSIONS:
            return True
        stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS)
    return False
