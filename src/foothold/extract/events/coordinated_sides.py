"""The sides of a coordination (issue 8, evargs5): "Talks between the Government of Peru and the Shining Path opened
in Oslo. The parties agreed to halt all offensive operations"; "X and the rebels' leader Y met ..., and both sides
declared a truce". "The parties", "the sides", "both sides", "the two parties" as a subject are the two actors the
text last coordinated ("A and B", "between A and B") in their sentence or the two told before -- whatever their
kinds (a government and a rebel movement), where `arguments.named_pair` wants two parties of one kind
named last, and finds none or a third party named after the pair (a mediator, a venue). Tried after `named_pair`."""

from __future__ import annotations

from .index import ActorHit, DocIndex
from .pairs import PARTY_COUNTS

SIDE_NOUNS = frozenset({"side", "party"})
# "the", and the counts pairs.py reads as two parties ("two", "both"): one table for the pair words
SIDE_WORDS = frozenset({"the"} | {word for word, count in PARTY_COUNTS.items() if count == 2})
# states and bodies only: two persons coordinated near "the parties" are as often the mediators ("talks chaired by X
# and Y") as the sides
SIDE_TYPES = ("country", "organization")


def _window_start(tok) -> int:
    doc = tok.doc
    start, told = tok.sent.start, 0
    while told < 2 and start > 0:
        start = doc[start - 1].sent.start
        told += any(t.is_alpha for t in doc[start].sent)
    return start


def coordinated_sides(tok, index: DocIndex) -> list[tuple[ActorHit, int]]:
    """The two coordinated parties a subject "the parties" / "both sides" stands for, or []."""
    if tok.lemma_.lower() not in SIDE_NOUNS or tok.tag_ != "NNS" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    words = [c.lower_ for c in tok.children if c.dep_ not in ("punct", "prep", "relcl", "acl")]
    if not words or any(w not in SIDE_WORDS for w in words):
        return []                          # "all parties", "opposition parties", "the warring parties"
    doc = tok.doc
    for j in range(tok.i - 1, _window_start(tok) - 1, -1):
        second = doc[j]
        if second.dep_ != "conj" or second.head.i >= j:
            continue
        first = second.head
        a, b = index.actor_at(first.i), index.actor_at(second.i)
        if a is None or b is None or a.actor == b.actor or a.type not in SIDE_TYPES or b.type not in SIDE_TYPES:
            continue
        if len([c for c in first.children if c.dep_ == "conj"]) != 1 or any(
                c.dep_ == "conj" for c in second.children):
            continue                       # "A, B and C": three, not two sides
        lead = first.left_edge.i - 1
        if lead >= 0 and doc[lead].text == "," and lead > 0 and index.actor_at(lead - 1) is not None:
            continue                       # the same list misparsed ("A, B and C" with A hung elsewhere)
        return [(ActorHit(h.actor, h.type, index.tok_start[tok.i], index.tok_end[tok.i]), tok.i) for h in (a, b)]
    return []
