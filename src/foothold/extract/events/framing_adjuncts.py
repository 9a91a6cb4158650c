"""An act told "in a crackdown on X" or "in a sweep that also targeted Y" is framed by that noun, not joined by a
second act: "has barred 14 banks from dollar transactions, in a crackdown on the flow of currency to X", "detained 11
UN employees in a sweep that also targeted aid groups".

The event noun after "in a/an" attached to a verb that made an event names the campaign that verb's act belongs to
(the same happening, which the gold codes once); a relative clause on that noun adds what else the campaign reached,
no act of its own (spurious6: owndocs22 02, owndocs18 03), when its relative word is its subject (a clause with a
subject of its own, "removed X in a vote, which his supporters blamed on Y", tells another party's act). The noun with a definite article ("killed in the attack")
and a frame placed before its verb ("In a crackdown on dissent, police arrested ...") are read as before, and so is a
frame whose verb made no event ("joined the army in an offensive on X": the offensive is the act).
"""

from __future__ import annotations

FRAMING_PREPS = frozenset({"in"})
NEW_FRAME = frozenset({"a", "an"})
RELATIVE_SUBJECTS = frozenset({"that", "which", "who"})
SAYING = frozenset({"say", "tell", "announce", "add", "report", "state", "confirm"})


def frame_noun(tok):
    """The event noun of an "in a/an N" phrase that ``tok`` is, or whose relative clause ``tok`` heads; else None."""
    if tok.dep_ == "relcl" and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_SUBJECTS
                                       for c in tok.children):
        return None       # "in a vote, which his supporters blamed on X": another party's act, told
    noun = tok.head if tok.dep_ == "relcl" and tok.head.i != tok.i else tok
    if noun.dep_ != "pobj" or noun.head.lower_ not in FRAMING_PREPS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in NEW_FRAME for c in noun.children):
        return None
    return noun


def framed_by_act(tok, made_tokens: set[int]) -> bool:
    """Whether ``tok`` (the frame noun or its relative clause's verb) hangs on a verb before it that made an event
    (``made_tokens``: the trigger tokens of the events kept so far)."""
    noun = frame_noun(tok)
    if noun is None:
        return False
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    # wire copy hangs the frame on the attribution: "has barred 14 banks, officials said on Thursday, in a crackdown"
    framed = [verb] + ([c for c in verb.children if c.dep_ == "ccomp"] if verb.lemma_.lower() in SAYING else [])
    return any(v.i < noun.i and v.i in made_tokens for v in framed)
