"""A private military company is no state's forces (spurious10; read in `part_of.cue_part_of`).

"the Wagner Group, the Russian private military company that works with X", "X, a Russian private military
company": the demonym says where the company comes from, while "the Tatmadaw, the military of Myanmar" names the
state's own forces (part_of). The apposed phrase is read as a state's forces only when it is not said to be private
and is not a company, contractor or firm (two spurious ties on the tuning sets, owndocs17 and owndocs27; none
matched).

Beside it in `cue_part_of`: a place or state said to be part of a state ("Somaliland is a part of the Federal Republic
of Somalia", "repeated that Abkhazia is part of Georgia") states a claim to ground, not a body's place in another: no
tuning gold ties a place or country part_of a country (they tie countries to the organisations they belong to), and
both such ties on the tuning sets were spurious (owndocs8, owndocs31).
"""

from __future__ import annotations

PRIVATE_WORDS = frozenset({"private", "mercenary"})
COMPANY_NOUNS = frozenset({"company", "companies", "contractor", "contractors", "firm", "firms", "corporation",
                           "outfit", "enterprise"})


def private_force(reader, forces) -> bool:
    """The phrase read as a state's forces calls them private or is followed by a company noun."""
    return any(reader.w(j) in PRIVATE_WORDS for j in range(forces.start, forces.end)) \
        or reader.w(forces.end) in COMPANY_NOUNS
