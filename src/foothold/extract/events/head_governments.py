"""A head's government acts for the head's state (issue 8, event actors): "His government imposed a nationwide
curfew", "The government of President X in Kinshasa demanded ...", "the Biden administration imposed sanctions".
FORMAT.md's convention makes "the Government of X" the state X; a government named by the person heading it is the
same state, not the person (`arguments.head_actors` ranks a person over the body describing him). Only when every
person the phrase names owns it (possessor, "of"-object or compound) and heads exactly one state by the relations
(`office_scene.heads_of_states`)."""

from __future__ import annotations

from .index import ActorHit
from .office_scene import heads_of_states

GOVERNMENT_NOUNS = frozenset({"government", "administration", "regime"})


def _owner_tokens(noun) -> set[int]:
    """The tokens of ``noun``'s possessor, "of"-phrase and compounds: the person whose government it is."""
    return {t.i for c in noun.children
            if c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}


def head_government_state(tok, found: list, index) -> list:
    """``found`` with the head owning a government noun replaced by the state that head leads; else unchanged."""
    if tok.lemma_.lower() not in GOVERNMENT_NOUNS or not found or any(h.type != "person" for h, _ in found):
        return found
    owners = _owner_tokens(tok)
    if any(i not in owners for _, i in found):
        return found
    heads = heads_of_states(index)
    states = {s for h, _ in found for s in heads.get(h.actor, set())}
    if len(states) != 1 or any(len(heads.get(h.actor, set())) != 1 for h, _ in found):
        return found
    state = states.pop()
    return [(ActorHit(state, "country", index.tok_start[tok.i], index.tok_end[tok.i]), tok.i)]
