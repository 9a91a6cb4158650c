"""The anchor of a closed apposition holding a name (issue 8, relties2): in "Kataib Hezbollah, the strongest faction
in the Islamic Resistance, said its operations ...", "its" is the anchor's, not the name inside the apposition
nearest to the pronoun ("Hezbollah, an ally of Iran, said its fighters ..." is Hezbollah's too). Used by the
pronoun reading of the cues (cues.pronoun_possessor)."""

from __future__ import annotations

from .index import Ref

ARTICLES = ("a", "an", "the")
MAX_APPOSITION = 15          # tokens from the opening comma to the closing one


def apposed_anchor(reader, r: Ref, kinds) -> list[Ref] | None:
    """[anchor] when r is the last name of an apposition "<anchor>, the/a ... r," closed by a comma, else None."""
    if reader.w(r.end) != ",":
        return None
    for j in range(r.start - 1, max(reader.lo, r.start - MAX_APPOSITION), -1):
        if reader.w(j) in (";", ":", "(", ")"):
            return None
        if reader.w(j) != ",":
            continue
        anchor = reader.idx.ref_ending(j - 1)
        if reader.w(j + 1) not in ARTICLES or anchor is None or anchor.type not in kinds or anchor.demonym \
                or anchor.actor == r.actor:
            return None
        return [anchor]
    return None
