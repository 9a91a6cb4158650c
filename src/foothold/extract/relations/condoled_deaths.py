"""A bare head or minister whose death a sentence offers condolences on is the other party's (issue 8, reltitle13):
"The Prime Minister offered the condolences of the government on the death of President X, Foreign Minister Y and
their companions" in one state's release or under its dateline: a state condoles another state's loss, so the story's
guess (the dateline, the release's place line, the scene) holds neither X nor Y. The holder stands in the of-phrase
of a death noun (roles.yaml `condoled_deaths.death_nouns`: "the death of", "the killing of"), or in a list it
opens, in a sentence holding a condolence word (`condolence_words`) before him; read in
`TitleRelations.country_scope` before any carried state (a group, "the Iraqi government", or a head named before)
and in `dictionary_scope` beside the visitor's and the counterpart's checks."""

from __future__ import annotations

from .tie_words import section_words


def condolence_words(path: str | None = None) -> dict:
    return section_words("condoled_deaths", ("condolence_words", "death_nouns"), (), path)


def condoled_death(reader, holder) -> bool:
    """The holder's death is what the sentence offers condolences on (see the module's docstring)."""
    words = condolence_words()
    if not any(reader.w(j) in words["condolence_words"] for j in range(reader.lo, holder.start)):
        return False
    tok = reader.doc[holder.end - 1]
    for _ in range(8):                   # up a name, its title, a list ("X, Foreign Minister Y and ...")
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in words["death_nouns"]:
            return True
        if tok.dep_ not in ("compound", "appos", "flat", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
