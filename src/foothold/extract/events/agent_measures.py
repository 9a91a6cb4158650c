"""A measure told by a participle naming its doer (issue 8, evrecall2): "the unrest continued despite a lockdown
declared by the government", "the curfew imposed by the army". A participle describing a noun is no act of its own
(unfactual `description`: "militias backed by Iran"), but here the participle is the light verb of the very event noun
it describes, and its by-agent is a named actor: the phrase tells that actor's act, as "a truce brokered by X" tells
the mediation (events/mediation.py)."""

from __future__ import annotations

from .index import DocIndex


def carries_own_noun(f) -> bool:
    """The trigger reads the noun it describes: a light verb's event noun ("declared … lockdown") or a measure
    verb's object (data/measures.yaml, "imposed … curfew")."""
    tok = f.token
    if f.kind == "light":
        return f.noun is not None and tok.head.i == f.noun.i
    return f.kind == "verb" and " … " in f.text and f.text.rsplit(" … ", 1)[1] == tok.head.text


def agent_named_measure(f, index: DocIndex) -> bool:
    """The trigger is a past participle on its own event noun ("a lockdown declared by X") with a named by-agent."""
    tok = f.token
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or not carries_own_noun(f):
        return False
    return any(c.dep_ == "agent" and any(index.actor_at(t.i) is not None for t in c.subtree) for c in tok.children)
