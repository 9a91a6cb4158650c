"""A second said clause (issue 8, evcand14): "The council said that the vote was final and that it would recall its
envoy from the capital", "the minister stated that talks had stalled and that his government would close the
crossing".

A statement of two that-clauses joined by "and that" says both; the parser hangs the second on the first as a
conjunct, so a stated future read only from the first clause (`speech.future_type`) misses the speaker's intention
in the second (PLOVER: a stated future act is an intention, AGREE, or a threat, THREATEN). Only a conjunct with its
own "that" is a second said clause ("said the vote was final and would stand" is one clause going on); it is read
with the backshift of the said clause it joins ("would" after a past speech verb). `alleged_conduct` already reads
each that-clause so.
"""

from __future__ import annotations


def said_conjuncts(content) -> list:
    """The clauses joined to the said clause ``content`` with their own "that" ("... and that it would ...")."""
    if content is None or content.dep_ != "ccomp" or content.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in content.conjuncts if c.i > content.i and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def joins_said_clause(verb, speech) -> bool:
    """``verb`` is a second said clause of ``speech``: a that-marked conjunct of its ccomp."""
    if verb.dep_ != "conj":
        return False
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ == "ccomp" and first.head.i == speech.i and verb in said_conjuncts(first)
