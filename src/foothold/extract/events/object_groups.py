"""An object "the group" / "the rebels" is the organisation named last before it (issue 8, args).

"Al-Shabaab never claimed it, but the government blamed the group", "The army said it had cut off the militants'
supply lines and encircled the rebels", "ordered the group dissolved" (evcand6, ordered_participles.py): a definite group noun with no name of its own, acted on, stands for the
last organisation named in its sentence or the one before -- other than the clause's own doer (`arguments.
unnamed_group` reads the same nouns as subjects only).
"""

from __future__ import annotations

from .ordered_participles import ordered_participle

# group nouns an object stands for an organisation by (arguments.GROUP_NOUNS' organisation nouns)
OBJECT_GROUP_NOUNS = frozenset({"group", "rebels", "militants", "insurgents", "militia", "militias", "movement",
                                "guerrillas"})
# prepositions whose object is acted on ("sanctions against the group", "talks with the rebels")
ACTED_ON_PREPS = frozenset({"against", "with", "on", "to"})


def _aside(noun, child) -> bool:
    """Punctuation, or a parenthesised source note the parser hung on the noun ("the group (BBC, May 2)")."""
    return child.dep_ == "punct" or child.dep_ == "appos" \
        and any(t.text == "(" for t in noun.doc[noun.i + 1:child.left_edge.i])


def _verb(tok):
    """The verb acting on ``tok`` (its object or the object of its preposition), or None."""
    head = tok.head if tok.dep_ == "dobj" or tok.dep_ == "nsubjpass" and ordered_participle(tok.head) \
        else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ACTED_ON_PREPS else None
    return head if head is not None and head.pos_ in ("VERB", "NOUN") else None


def object_group(tok, index):
    """The ActorHit an acted-on "the group" stands for, or None."""
    if tok.lower_ not in OBJECT_GROUP_NOUNS or [c.lower_ for c in tok.children if not _aside(tok, c)] != ["the"]:
        return None
    verb = _verb(tok)
    if verb is None:
        return None
    doers = {index.actor_at(t.i).actor for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
             for t in c.subtree if index.actor_at(t.i) is not None}
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else 0
    for j in range(tok.i - 1, start - 1, -1):
        hit = index.actor_at(j)
        if hit is not None and hit.type == "organization" and hit.actor not in doers and tok.doc[j].pos_ != "PRON":
            return type(hit)(hit.actor, hit.type, index.tok_start[tok.i], index.tok_end[tok.i])
    return None
