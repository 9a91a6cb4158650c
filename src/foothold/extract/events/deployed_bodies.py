"""A state body deployed in the passive is its state's deployment (issue 8, evargs7): "the army had been deployed
to protect property", "riot police were sent to the capital", "the military was mobilised". `arguments.
unnamed_state_body` reads a passive's agent ("were arrested by police") as the unnamed body acting; a deployment's
passive subject is the body moved, and the one moving it is its state -- the story's state
(`arguments.story_state`), as for "police" acting. Only MOBILIZE acts; a body "attacked" or "arrested" in the passive
is acted on, not acting."""

from __future__ import annotations

from .arguments import is_passive, names_state_body


def deployed_body(verb, etype: str, index):
    """The passive subject of a deployment when it is a state body no actor names ("the army", "riot police"), or
    None."""
    if etype != "MOBILIZE" or not is_passive(verb) or verb.dep_ == "acl":
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or not names_state_body(subj):
        return None
    if any(index.actor_at(t.i) is not None for t in subj.subtree):
        return None
    return subj
