"""A main clause's verb the parser hung on a relative clause (issue 8, fixes14).

"The ministry condemns the raid on its depot, which destroyed three trucks, and urges the police to find the
culprits": the parser makes "urges" a conjunct of "destroyed", so the urging inherited "which" and so the raid (or
the party named in it). A conjunct whose tense is not the relative verb's but is the tense of the verb governing
the relative clause's noun ("condemns ... urges" against "destroyed") continues that main clause: its subject is
the main verb's; the parser may hang the relative clause on that verb itself (advcl). "the raid, which destroyed three trucks and wounded two drivers" (one tense) stays the raid's.
Conjoined clauses share their subject (English coordination; the eval makers code the call as the condemner's:
two tuning statements).
"""

from __future__ import annotations

FINITE = frozenset({"VBZ", "VBD", "VBP"})
# how a relative clause's noun hangs on the verb whose clause it continues ("condemns the raid", "the raid on X")
NOUN_PATHS = frozenset({"dobj", "pobj", "prep", "appos", "conj", "compound", "nsubjpass", "attr"})
RELATIVE = frozenset({"which", "that", "who"})


def main_clause_verb(conj, relcl):
    """The verb whose clause ``conj`` continues when the parser hung it on ``relcl``, else None."""
    if conj.dep_ != "conj" or conj.head.i != relcl.i or relcl.dep_ not in ("relcl", "advcl") \
            or conj.tag_ not in FINITE \
            or relcl.tag_ == conj.tag_ or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE for c in relcl.children):
        return None
    t = relcl.head            # an "advcl" relative ("..., which wounded two, and calls on") hangs on the verb itself
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("relcl", "acl", "amod"):
            break
        if t.dep_ not in NOUN_PATHS or t.head.i == t.i:
            return None
        t = t.head
    else:
        return None
    if t.tag_ != conj.tag_ or not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return None
    return t
