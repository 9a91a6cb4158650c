"""Arrests a state's body or officer reports, told in the passive with no one named as arresting (issue 8, evskip7).

"The interior ministry said three guards had been detained over the shooting", "The national police said 40 people
were arrested in the capital", "Interior Minister Rosa Quispe said 120 people had been arrested since Friday": an
arrest is a state's act (PLOVER COERCE arrest, done by the authorities), and the body or officer that reports its own
state's arrests tells who made them, though the passive names no arrester; with no agent the act was dropped for want
of any party (`no_actor`). The reporting body stands for the state it acts in (as an acting "police" does,
`arguments.unnamed_state_body`; news-dev README: state bodies are coded with their country), the officer for the one
state he serves (`spoken_side.person_state`). Only the arresting verbs, only a passive with no by-agent ("were
arrested by rebels" names its doer), and only what the speaker's own "said"/"announced" clause tells.
"""

from __future__ import annotations

ARRESTING = frozenset({"arrest", "detain", "apprehend"})


def reported_arrest(verb) -> bool:
    """A passive arrest with no by-agent: "40 people were arrested", "three guards had been detained"."""
    if verb.lemma_.lower() not in ARRESTING or verb.pos_ != "VERB":
        return False
    deps = {c.dep_ for c in verb.children}
    return "agent" not in deps and bool(deps & {"nsubjpass", "auxpass"})


def arrest_speaker(verb, say_verbs, subject_of):
    """The subject of the saying verb whose content clause tells the passive arrest ("X said N had been
    arrested", "X said A and that N were detained"), or None."""
    if not reported_arrest(verb):
        return None
    v = verb
    while v.dep_ in ("conj", "xcomp") and v.head.i != v.i:
        v = v.head
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in say_verbs:
        return None
    subj, dep = subject_of(v.head)
    return subj if dep == "nsubj" else None
