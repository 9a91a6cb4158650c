"""Forces loyal to a party act for it (issue 8, evdoers2).

"Forces loyal to the Transitional Government, led by President X, recaptured the town": the unnamed armed men
are the party they are loyal to; whoever the phrase also names as their leader or place describes them and is
not the doer. English states allegiance with a few adjectives taking "to" ("loyal to", "allied to", "faithful
to"): a closed set of grammar words, kept here beside the one rule that reads them."""

from __future__ import annotations

from .index import ActorHit, DocIndex
from .pairs import PARTY_TYPES

# adjectives that, with "to X", say whom the noun they modify serves
ALLEGIANCE_ADJECTIVES = {"loyal", "faithful", "allied", "affiliated", "beholden"}


def allegiance_objects(noun) -> list:
    """The heads after "loyal to" modifying ``noun`` ("forces loyal to X and Y": X and Y)."""
    heads = []
    for adj in noun.children:
        if adj.dep_ != "amod" or adj.lower_ not in ALLEGIANCE_ADJECTIVES:
            continue
        for prep in adj.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                for o in prep.children:
                    if o.dep_ == "pobj":
                        heads += [o, *o.conjuncts]
    return heads


def loyal_parties(noun, index: DocIndex) -> list[tuple[ActorHit, int]]:
    """The parties a noun phrase says its (unnamed) members are loyal to, with the token naming each; [] when
    the noun is itself a name or states no allegiance."""
    if noun.pos_ != "NOUN" or index.actor_at(noun.i) is not None:
        return []
    found: list[tuple[ActorHit, int]] = []
    for head in allegiance_objects(noun):
        for t in head.subtree:
            hit = index.actor_at(t.i)
            if hit is not None and hit.type in PARTY_TYPES and all(hit.actor != h.actor for h, _ in found):
                found.append((hit, t.i))
                break
    return found
