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
    noun = possessor.lower_
    # named_by_noun leaves the topic itself to its caller; the latest of the three that holds the noun
    found = [r for r in (named_by_noun(reader, possessor), reader.idx.topic, named_before_noun(reader, possessor))
             if r is not None and r.type == "organization" and not r.demonym and r.start < possessor.i
             and holds_noun(reader, r, noun)]
    return max(found, key=lambda r: r.start) if found else None


def named_before_noun(reader, possessor, window: int = 300) -> Ref | None:
    """The latest organisation whose mention holds the noun in any case or stops right before it ("launched the
    Victory bloc, ..."; `wire.named_by_noun` takes only a capitalised noun), within `window` tokens before the
    possessor."""
    for j in range(possessor.i - 1, max(0, possessor.i - window) - 1, -1):
        r = reader.idx.ref_ending(j)
        if r is not None and r.type == "organization" and holds_noun(reader, r, possessor.lower_):
            return r
    return None


def holds_noun(reader, r: Ref, noun: str) -> bool:
    """The organisation's name holds the noun, or the mention is followed by it ("the Victory bloc", "the Bloc Party")."""
    return any(reader.doc[k].lower_ in (noun, noun + "s") for k in range(r.start, r.end + 1) if k < len(reader.doc))
