"""A definite common noun as the possessor of a tie noun (issue 8, relties5): "The Victory bloc faces the ruling party.
Russia, the bloc's patron, ..." -> "the bloc" stands for the latest organisation whose name holds that noun
(wire.named_by_noun), so Russia is allied_with the Victory bloc as with "the Victory bloc's patron". Read by
ties.owner_of (partners, rivals, listed sides) when the possessor names no actor itself; only a name holding the noun
counts, the topic (the last organisation named as a subject) among them: "the army's patron" with no "... Army"
named binds nothing."""

from __future__ import annotations

from .index import Ref


def definite_possessor(reader, possessor) -> Ref | None:
    """The organisation a possessor like "the bloc" ('s) stands for, or None."""
    from .wire import named_by_noun                      # (wire.py builds on the sentence readers)
    if possessor.pos_ != "NOUN" or reader.idx.ref(possessor.i) is not None:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in possessor.children):
        return None
    r = named_by_noun(reader, possessor) or reader.idx.topic   # named_by_noun leaves the topic itself to its caller
    if r is None or r.type != "organization" or r.demonym or not holds_noun(reader, r, possessor.lower_):
        return None
    return r


def holds_noun(reader, r: Ref, noun: str) -> bool:
    """The organisation's name holds the noun as a word of its own ("the Victory bloc", "the Bloc Party")."""
    return any(reader.doc[k].lower_ in (noun, noun + "s") for k in range(r.start, r.end))
