"""A state the dictionaries do not list, written in a state's formal style (actors21): a name the NER tagged as a
geopolitical entity whose head is a state form (lexicon.yaml `state_forms`: Republic, Kingdom, Sultanate ...),
"the Turkish Republic of Northern Cyprus", "the Republic of Artsakh", "the Kyrgyz Republic", is a country, not a
place; "Republic Square" (the form not the head) stays a place."""

from __future__ import annotations


def formal_state_name(core: str, state_forms) -> bool:
    """The name is headed by a state form: "<words> <Form>" or "[words] <Form> of [the] <Capitalised> ..."."""
    words = core.split()
    if len(words) < 2:
        return False
    if words[-1] in state_forms:
        return True
    for i, word in enumerate(words[:-2]):
        rest = words[i + 2:]
        if word in state_forms and words[i + 1] == "of":
            rest = rest[1:] if rest[0] == "the" else rest
            return bool(rest) and rest[0][:1].isupper()
    return False
