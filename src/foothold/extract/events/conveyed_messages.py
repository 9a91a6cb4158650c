"""A message conveyed on behalf of a people is the conveyer's act (issue 8, evargs10): "President X ... conveyed the
condolences of the people of Y to the families". The noun trigger's "of" phrase ("condolences": `of: source` in
plover.yaml) named Y, whose people the conveyer speaks for, as the one offering condolences, and X was lost; the
gold codes the person who conveyed them.

When a noun trigger is the direct object of a conveying verb (convey, extend, express, transmit, relay, pass on)
whose subject names an actor, and its "of" phrase is a collective standing behind the speaker ("the people of Y",
"the government of Y", "the nation", "citizens"), the subject is the source and the collective's owner is neither
source nor target. A named "of" owner that is no such collective ("the condolences of President Z") is left as
before.
"""

from __future__ import annotations

from .arguments import Arguments, phrase_actors, subject_of
from .index import DocIndex

CONVEYING = {"convey", "extend", "express", "transmit", "relay", "pass", "deliver"}
BEHALF_NOUNS = {"people", "peoples", "government", "nation", "citizens", "citizen", "state", "population", "leadership"}


def behalf_owner(noun):
    """The collective "of" object of ``noun`` ("the people" in "condolences of the people of Y"), or None."""
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in BEHALF_NOUNS:
                    return o
    return None


def conveyer_source(noun, args: Arguments, index: DocIndex) -> bool:
    """Puts the conveying subject as the source of a message noun spoken on a collective's behalf; whether it did."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in CONVEYING:
        return False
    owner = behalf_owner(noun)
    if owner is None:
        return False
    subj, dep = subject_of(noun.head)
    if subj is None or dep != "nsubj":
        return False
    found = [(h, i) for h, i in phrase_actors(subj, index) if h.type in ("person", "organization", "country")]
    if not found:
        return False
    behind = {h.actor for t in owner.subtree for h in [index.actor_at(t.i)] if h is not None}
    args.source = []
    args.add("source", found, index)
    args.target = [a for a in args.target if a not in behind and a not in args.source]
    return True

