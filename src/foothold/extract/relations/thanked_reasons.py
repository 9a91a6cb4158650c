"""A side's tie told inside what a thanks or praise is for is no tie of the one who thanks (spurious12; the second
try of session 42's spurious11).

"X thanked the Mission for its help in the war against Y", "X praised Ghana for its support for Togo": the hostile or
aligned cue sits in the reason of the thanks (a "for" phrase hung on a thanking verb), so it tells what the thanked
party did. The reading of the cue keeps the thanked party's own tie ("thanked Poland for its support against
Russia": Poland opposes Russia) and drops only the ties whose subject is the thanker, the thanking verb's subject.
Reads the dependency parse and the token index; the verb list comes from the leaf module `extract.thanking`, which
the events package loads too (`events/skips.THANKING`).
"""

from __future__ import annotations

from ..thanking import THANKING

CLAUSES = ("ccomp", "advcl", "relcl", "conj", "xcomp")


def thanking_verb(tok):
    """The thanking verb whose "for" phrase holds `tok` ("thanked X for [its help in the war against Y]"), or None."""
    t = tok
    for _ in range(12):                       # the reason phrase is short; a bounded walk up the heads
        head = t.head
        if head.i == t.i:
            return None
        if t.lower_ == "for" and t.dep_ == "prep" and head.lemma_.lower() in THANKING:
            return head
        if t.dep_ in CLAUSES and t.pos_ in ("VERB", "AUX"):
            return None                       # a clause of its own: its own subject's deed
        t = head
    return None


def _subject(verb):
    """The verb's subject token, through a chain of conjoined or open-complement verbs ("X met Y and thanked Z")."""
    v = verb
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if v.dep_ not in ("conj", "xcomp") or v.head.i == v.i:
            return None
        v = v.head
    return None


def thanker_actors(reader, tok) -> set[str]:
    """The actors thanking when `tok` lies in what a thanks is for, less any the sentence thanks; else empty."""
    verb = thanking_verb(tok)
    if verb is None:
        return set()
    subj = _subject(verb)
    if subj is None:
        return set()
    if subj.lower_ in ("who", "which", "that") and subj.head.dep_ == "relcl" and subj.head.head.i != subj.head.i:
        subj = subj.head.head                 # "X, who thanked Iran for ...": the relative's antecedent
    thankers = {r.actor for t in subj.subtree if (r := reader.idx.ref(t.i)) is not None and r.actor}
    holder = reader.ref_for_token(subj) if hasattr(reader, "ref_for_token") else None
    if holder is not None and holder.actor:
        thankers.add(holder.actor)            # "The President thanked X for ...": the title's holder
    thanked = {r.actor for c in verb.children if c.dep_ in ("dobj", "dative")
               for t in c.subtree if (r := reader.idx.ref(t.i)) is not None and r.actor}
    return thankers - thanked
