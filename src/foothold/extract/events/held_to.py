""""Hold X to Y" insists that X keep a promise (issue 8, precision2): "We will hold the junta to that commitment", "we
will hold them to it". The speaker promises nothing and no act is told; "hold X accountable" (a threat) and "hold
talks" stay acts: only "hold" with a "to" whose object is a word of promise or a pronoun standing for one is read.
"""

from __future__ import annotations

PROMISE_WORDS = {"commitment", "commitments", "promise", "promises", "pledge", "pledges", "word", "undertaking",
                 "undertakings", "obligation", "obligations", "agreement", "deal", "bargain", "standard",
                 "it", "that", "this", "them"}


def held_to_word(tok) -> bool:
    """The trigger is "hold" taking an object and "to" a promise: an insistence, no act."""
    if tok.lemma_.lower() != "hold" or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" and o.lower_ in PROMISE_WORDS
                                                           for o in c.children)
               for c in [*tok.children, *(d for c in tok.children if c.dep_ == "dobj" for d in c.children)])
