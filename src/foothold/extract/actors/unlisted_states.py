"""A state the dictionaries do not list, written in a state's formal style (actors21): a name the NER tagged as a
geopolitical entity whose head is a state form (lexicon.yaml `state_forms`: Republic, Kingdom, Sultanate ...),
"the Serbian Republic of Northern Kosovo", "the Republic of Artsakh", "the Kyrgyz Republic", is a country, not a
place; "Republic Square" (the form not the head) stays a place. A name the NER tagged as an organisation (with no
body's head word) is one only when it opens with a state's form of a republic, kingdom, sultanate or principality ("Republic of X"): "the
Bank of the Republic", "the Korean Confederation of Trade Unions" stay bodies."""

from __future__ import annotations


OPENING_FORMS = frozenset({"Republic", "Kingdom", "Sultanate", "Principality"})


def formal_state_name(core: str, state_forms, opening: bool = False) -> bool:
    """The name is headed by a state form: "<words> <Form>" or "[words] <Form> of [the] <Capitalised> ..."; with
    `opening`, only "<Republic|Kingdom|Sultanate|Principality> of <Capitalised> ..." counts."""
    words = core.split()
    if len(words) < 2:
        return False
    if words[-1] in state_forms and not opening:
        return True
    if opening:                                  # "Republic of X" tagged ORG; no "Confederation of Trade Unions"
        return len(words) >= 3 and words[0] in OPENING_FORMS and words[1] == "of" and words[2][:1].isupper()
    for i, word in enumerate(words[:-2]):
        rest = words[i + 2:]
        if word in state_forms and i + 2 < len(words) and words[i + 1] == "of":
            rest = rest[1:] if rest[0] == "the" else rest
            return bool(rest) and rest[0][:1].isupper()
    return False
