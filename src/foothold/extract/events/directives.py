"""A directive told: "Zinni told both sides to agree on steps" (issue 8, evtype3).

Telling someone to do something asks it of them (PLOVER REQUEST), whatever the asked act is: the cue in the
infinitive ("agree", "withdraw", "stop") names what is asked, not what the speaker does. "told reporters that
..." is a statement typed by what it says.
"""
from __future__ import annotations

DIRECTIVE_SPEECH = frozenset({"tell", "instruct", "direct", "order"})


def directive(verb) -> bool:
    """``verb`` tells a named addressee to do something: an object and an infinitive complement."""
    if verb.lemma_.lower() not in DIRECTIVE_SPEECH or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children)
