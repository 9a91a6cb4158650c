"""A mediator named on the accord or talks it brought about: "ended with a ceasefire brokered by Russia", "released
after talks mediated by the Red Cross". The reduced passive names the mediator's own act (PLOVER CONSULT, third-party
mediation), not a description of the accord: the participle is an event of its own, acting on the noun it modifies.
"""

from __future__ import annotations

from .index import DocIndex


def mediated_accord(lex, verb, index: DocIndex) -> bool:
    """A past participle of a mediating verb modifying a noun, with a named agent ("brokered by Russia")."""
    trigger = lex.verbs.get(verb.lemma_.lower())
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or trigger is None or trigger.type != "CONSULT":
        return False
    return any(c.dep_ == "agent" and any(index.actor_at(t.i) is not None for t in c.subtree) for c in verb.children)
