"""A thing dismissed "as" a judgement is rejected (issue 8, evskip6).

"The minister dismissed the blacklisting as 'a badge of honour'", "dismissed talk of a border dispute as a fantasy":
`dismiss` in plover.yaml holds REJECT only for its listed objects (claims, charges, proposals ...), so a listing, a
report's talk or a measure dismissed with its judgement read as the verb's other sense (firing someone). The "as"
phrase (on the verb, or hung by the parser on the object) tells the judgement, PLOVER REJECT (CAMEO 12 "reject"),
whatever the object is. A person dismissed ("dismissed the governor as head of the council", "dismissed him as
coach") is removed from a post: no rejection; a passive ("was dismissed as chairman") is left to the other readings.
Read in `material.object_sense`.
"""

from __future__ import annotations

from .index import DocIndex

# nouns of people whose dismissal "as" something is a removal from a post
PEOPLE = frozenset({"minister", "secretary", "president", "ambassador", "commander", "chief", "head", "director",
                    "governor", "official", "officer", "general", "judge", "prosecutor", "chairman", "chairwoman",
                    "chair", "envoy", "adviser", "advisor", "spokesman", "spokeswoman", "coach", "manager", "deputy",
                    "mayor", "premier", "member", "staff", "employee", "worker", "officials", "people"})


def _as_phrases(verb, objects: list) -> list:
    """The objects of an "as" phrase on the verb or on one of its direct objects."""
    return [o for h in [verb, *objects] for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
            for o in c.children if o.dep_ in ("pobj", "amod", "acomp")]


def dismissed_as(verb, objects: list, index: DocIndex) -> bool:
    """Active "dismiss" with a direct object that is no person and an "as" phrase telling its judgement."""
    if verb.lemma_.lower() != "dismiss" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    direct = [o for o in objects if o.dep_ == "dobj" and o.head.i == verb.i]
    if not direct or not _as_phrases(verb, direct):
        return False
    for o in direct:
        hit = index.actor_at(o.i)
        if hit is not None and hit.type == "person" or o.pos_ == "PRON" and o.lower_ in ("him", "her", "them") \
                or o.lemma_.lower() in PEOPLE or o.lower_ in PEOPLE:
            return False
    return True
