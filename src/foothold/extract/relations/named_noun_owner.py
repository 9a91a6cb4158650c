"""A definite common noun owning a title, named earlier by an organisation holding that noun (issue 8, relties6).

"Riot police fired tear gas at the Technical University of Lisbon. The university's rector, X, tried to mediate":
"the university" stands for the latest organisation whose name holds "university" (definite_possessor reads the same
for partner nouns: "Russia, the bloc's patron"), so X leads that university; the title found no owner and was bound
to the story's state. Read as a title modifier step (title_modifiers.MODIFIER_STEPS) after the group nouns
(roles.yaml `anaphor_nouns`, which fall back on the topic) and "the army's" (named_force.py, which binds one named
force or none; its nouns are not read here): here only a name holding the noun counts.
Place nouns ("the country's", "the region's", "the state's": roles.yaml `region_nouns` and the nouns below) are left to
the state and region readers: "the state's governor" is no "Islamic State" leader.
"""

from __future__ import annotations

from .definite_possessor import definite_possessor
from .index import Ref
from .lexicon import POSSESSIVE
from .named_force import FORCE_ANAPHORS

PLACE_NOUNS = frozenset({"country", "nation", "city", "capital", "kingdom", "republic", "town", "village", "island"})


def the_named_noun_before(reader, t, j: int, i: int):
    """A title modifier step: "the <noun>'s <title>" with an organisation named before whose name holds the noun."""
    if reader.w(j) not in POSSESSIVE or reader.w(j - 2) != "the" or reader.idx.ref(j - 1) \
            or t.premodifier is not None or t.country is not None:
        return None
    noun = reader.doc[j - 1]
    if noun.lower_ in PLACE_NOUNS or noun.lower_ in reader.lex.region_nouns or noun.lower_ in reader.lex.anaphor_nouns \
            or noun.lower_ in FORCE_ANAPHORS:                # "the army's": named_force.py's, one force or none
        return None
    owner = definite_possessor(reader, noun)
    if owner is None:
        return None
    t.premodifier = Ref(owner.actor, "organization", j - 1, j)
    return j - 3, False
