"""A hostile or supportive cue inside an act someone is to be kept from doing states no tie of the clause subject
(issue 8, spurious13): "called on Erbil to stop hostile groups from using the Region against Iran", "expects the
Government to prevent armed groups from using its soil against Iran", "urged Kabul to keep militants from launching
attacks on Pakistan". The "against Iran" act is the one prevented: neither the asker nor the party asked to prevent it
is Iran's foe (FORMAT.md: `opposes` only from a stated hostility; news-dev README). Read by `cues.read_one_cue`
beside `averted` (a hostile act warned against) and `negated` (whose short look-back misses a long prevented clause).

- ``prevented_act(tok)``: the cue token hangs, through its phrase and verbs, under the "from" of a preventing verb
  ("prevent/stop/keep/bar X from V-ing ..."), or heads the object of one ("prevent attacks against X"). The climb stops
  at a clause with its own subject or at the sentence root, so "X, which stopped Y from entering, fights Z" keeps the
  tie of its main clause.
"""

from __future__ import annotations

PREVENTING = frozenset({"prevent", "stop", "keep", "bar", "ban", "prohibit", "deter", "restrain", "dissuade",
                        "discourage", "block", "forbid", "refrain", "desist", "abstain"})
KEEPING = frozenset({"keep"})          # "kept its support for X" keeps it up: only "keep X from" prevents
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def prevented_act(tok) -> bool:
    """The cue at ``tok`` is inside the act a preventing verb keeps someone from (or its object act)."""
    t = tok
    for _ in range(10):
        head = t.head
        if head is t:
            return False
        if t.dep_ in ("pcomp", "pobj") and head.lower_ == "from" and head.head.lemma_.lower() in PREVENTING:
            return True                          # "prevent armed groups from using its soil against X"
        if t.dep_ == "dobj" and head.lemma_.lower() in PREVENTING - KEEPING and head.pos_ == "VERB" and t.pos_ == "NOUN":
            return True                          # "to prevent attacks against X": the act prevented
        if t.pos_ in ("VERB", "AUX") and t.i != tok.i and any(c.dep_ in SUBJECTS for c in t.children):
            return False                         # a clause of its own: its subject's act
        t = head
    return False
