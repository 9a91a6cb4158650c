"""The state of the head who acts in a story (issue 8, anaphora): "Prime Minister X ordered an inquiry. Security
forces detained 20 people": the security forces are X's state's. `arguments.story_state` gives an unnamed state body
(police, the authorities, security forces) the one state its sentence or the two before name as a scene or an actor;
a sentence that names no state or place at all but has, as a clause subject, a person the relations make the head
of one state (`leads` a country, not a former one) sets the story in that state. Only heads: a visiting minister is
`member_of` his own state, and names no scene."""

from __future__ import annotations

from .index import DocIndex
from ..doc_tokens import span_tokens


def heads_of_states(index: DocIndex) -> dict[str, set[str]]:
    """person -> the countries the relations say that person heads now (counted once per document)."""
    cached = getattr(index, "_heads_of_states", None)
    if cached is None:
        cached = {}
        for r in getattr(index.ctx, "relations", []) or []:
            if r.predicate == "leads" and index.actor_type.get(r.object) == "country" \
                    and index.actor_type.get(r.subject) == "person" and (r.time or "") != "former":
                cached.setdefault(r.subject, set()).add(r.object)
        index._heads_of_states = cached
    return cached


def acting_heads_states(sent, index: DocIndex) -> set[str]:
    """The states whose heads are the subject of a clause of ``sent`` ("President X dissolved Congress")."""
    heads = heads_of_states(index)
    states: set[str] = set()
    for t in span_tokens(sent):
        h = index.actor_at(t.i)
        if h is not None and h.type == "person" and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON":
            led = heads.get(h.actor, set())
            if len(led) == 1:
                states |= led
    return states
