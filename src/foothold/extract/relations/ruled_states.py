"""A person who rules or governs a state leads it (issue 8, relties10): "X, who had ruled Chile since a coup in
1994", "X governed Peru for a decade". The verbs are roles.yaml `state_ruling_verbs` (rule, govern): unlike the
`lead_verbs` they take only a country object, since a court "rules" on things and a militia "rules" a town (a
place, no state it leads). A former rule is still a tie the text states (seed notes 12), so the perfect and the
past both count; a negated, modal or conditional verb ("if X ruled Chile") and a passive ("Chile was ruled by
X", which the by-phrase readers handle) give nothing. Read by `verbs.VerbReading.read_verbs`.
`at_head_of` (read by `verbs.office_held`): "X remained at the head of Y", "X, who succeeded Z at the head of Y":
the verb's person subject leads Y, and so does the one a succession verb (roles.yaml `succession_verbs`) takes as
its object (a former head); a verb with any other object ("placed Z at the head of Y") gives nothing."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import role_words


@lru_cache(maxsize=2)
def state_ruling_verbs(path: str | None = None) -> frozenset[str]:
    """roles.yaml `state_ruling_verbs`: a person subject leads the country object."""
    return role_words("state_ruling_verbs", path)


def ruled_state(reader, verb) -> None:
    """The verb's person subjects lead its country objects."""
    if not reader.stated(verb) or any(c.dep_ in ("xcomp", "ccomp", "prt") for c in verb.children):
        return                                   # "the court ruled that ...", "X ruled out Y": no state ruled
    subjects = [s for s in reader.subject_of(verb) if s.type == "person"]
    if not subjects:
        return
    for obj_tok in reader.objects_of(verb):
        obj = reader.ref_of(obj_tok)
        if obj is None or obj.type != "country":
            continue
        for s in subjects:
            first, last = reader.span_of(s, obj, tokens=[verb, obj_tok])
            reader.found.add(s, "leads", obj, first, last, confidence=0.7)


def at_head_of(reader, noun, verb, target) -> None:
    """ "<verb> ... at the head of <target>": the verb's person subject leads the target (see the module note)."""
    if not reader.stated(verb) or reader.passive(verb):
        return
    objects = reader.objects_of(verb)
    succession = verb.lemma_.lower() in reader.lex.succession_verbs
    if objects and not succession:
        return                                   # "placed Z at the head of Y": the object's office, not the subject's
    holders = [s for s in reader.subject_of(verb) if s.type == "person"]
    if succession:
        holders += [r for o in objects if (r := reader.ref_of(o)) is not None and r.type == "person"]
    for holder in holders:
        if holder.actor != target.actor:
            first, last = reader.span_of(holder, target, tokens=[noun])
            reader.found.add(holder, "leads", target, first, last, confidence=0.7)
