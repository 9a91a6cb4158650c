"""A body named right after a description of another body's subsidiary (issue 8, relties12): "the UN refugee agency,
UNHCR, said ...", "the European Union's border agency Frontex sent officers": the named body is part_of the
organisation that opens the description (FORMAT.md: a unit or member of a larger one). It is the mirror of
`part_of.apposed_subsidiary` ("UNICEF, the U.N. children's agency"), where the name comes first. Own example: "The
African Union's peace support office, AUPSO, sent observers" -- AUPSO is part_of the African Union.

The description is "the" + an organisation's name (with or without "'s") + at most two lower-case modifiers + a
subsidiary noun (roles.yaml `subsidiary_nouns`: agency, wing, arm, office ...), then an optional comma and the named
body. A country opening the description is left to `described_body_names` and `apposed_state_body` (a state's own
bodies); a demonym names no owner. Gold conflict: owndocs37 10 names "The UN refugee agency, UNHCR" with no tie where
owndocs36 10 and owndocs42 07 code UNHCR part_of the UN; FORMAT.md's part_of is followed."""

from __future__ import annotations

from .lexicon import POSSESSIVE

MAX_MODIFIERS = 2


def described_owner(reader, r):
    """The organisation owning body ``r`` when a subsidiary description of it stands right before ``r``; else None."""
    j = r.start - 1
    if reader.w(j) == "the":
        j -= 1                                   # "the EU's executive arm, the Commission"
    if reader.w(j) == ",":
        j -= 1
    noun = reader.doc[j] if j >= reader.lo else None
    if noun is None or reader.w(j) not in reader.lex.subsidiary_nouns or noun.pos_ != "NOUN" or reader.idx.ref(j):
        return None
    k = j - 1
    for _ in range(MAX_MODIFIERS + 1):
        owner = reader.idx.ref_ending(k - 1) if reader.w(k) in POSSESSIVE else reader.idx.ref_ending(k)
        if owner is not None:
            break
        tok = reader.doc[k] if k >= reader.lo else None
        if tok is None or not tok.is_lower or tok.pos_ not in ("ADJ", "NOUN") or k == j - 1 - MAX_MODIFIERS:
            return None
        k -= 1
    else:
        return None
    if owner.type != "organization" or owner.demonym or owner.actor == r.actor or reader.w(owner.start - 1) != "the":
        return None
    return owner
