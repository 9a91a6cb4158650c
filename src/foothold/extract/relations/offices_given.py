"""An office kept or given (issue 8, relties9): "X kept the chairmanship of Y", "X retained command of Y" (the
subject holds the office, as with roles.yaml `office_verbs` take/assume/hold), and "Z restored General X to the
command of Y", "named X to the leadership of Y" (the verb's object, a person, is given the office). The holder leads
the of-phrase's organisation or country. Read by `verbs.VerbReading.office_held` (roles.yaml `office_nouns`);
the verbs are roles.yaml `office_keeping_verbs` and `office_giving_verbs`. "removed X from the command of Y" gives
nothing (no giving verb, and "from" is no "to")."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import role_words


@lru_cache(maxsize=2)
def office_keeping_verbs(path: str | None = None) -> frozenset[str]:
    """roles.yaml `office_keeping_verbs`: the subject keeps an office it held."""
    return role_words("office_keeping_verbs", path)


@lru_cache(maxsize=2)
def office_giving_verbs(path: str | None = None) -> frozenset[str]:
    """roles.yaml `office_giving_verbs`: the object is given an office ("to the command of Y")."""
    return role_words("office_giving_verbs", path)


def given_office(reader, noun, verb, target) -> None:
    """The verb's person objects lead `target` (the office noun's of-phrase actor)."""
    if not reader.stated(verb):
        return
    for obj in reader.objects_of(verb):
        holder = reader.ref_of(obj)
        if holder is not None and holder.type == "person" and holder.actor != target.actor:
            first, last = reader.span_of(holder, target, tokens=[noun])
            reader.found.add(holder, "leads", target, first, last, confidence=0.7)
