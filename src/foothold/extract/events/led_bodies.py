"""A leader's own body named by his possessive (issue 8, anaphora): "X is the leader of the Babylon Brigade ... . His
brigade has driven families from their homes": the brigade, not X. A noun phrase headed by a common noun whose only
modifier is "his"/"her" stands for the one organisation the pronoun's person leads (a `leads` tie the relations read
before the events) whose name holds that noun ("brigade" in "Babylon Brigade", "party" in "the Freedom Party"). No
such organisation, or two: the phrase is read as before (the person)."""

from __future__ import annotations

from .index import ActorHit, DocIndex

OWNER_PRONOUNS = {"his", "her"}


def led_organisations(index: DocIndex) -> dict[str, set[str]]:
    """person -> the organisations the relations say that person leads (counted once per document)."""
    cached = getattr(index, "_led_organisations", None)
    if cached is None:
        cached = {}
        for r in getattr(index.ctx, "relations", []) or []:
            if r.predicate == "leads" and index.actor_type.get(r.subject) == "person" \
                    and index.actor_type.get(r.object) == "organization" and (r.time or "") != "former":
                cached.setdefault(r.subject, set()).add(r.object)
        index._led_organisations = cached
    return cached


def _name_words(actor_id: str, index: DocIndex) -> set[str]:
    actor = next((a for a in index.ctx.actors if a.id == actor_id), None)
    if actor is None:
        return set()
    return {w.lower() for form in actor.surface_forms() for w in form.split()}


def led_body(noun, index: DocIndex, window: int) -> list[tuple[ActorHit, int]]:
    """The organisation "his <noun>" stands for, as [(hit, token)], or []."""
    mods = [c for c in noun.children if c.dep_ not in ("punct",)]
    if noun.pos_ != "NOUN" or index.actor_at(noun.i) is not None or len(mods) != 1 \
            or mods[0].dep_ != "poss" or mods[0].lower_ not in OWNER_PRONOUNS:
        return []
    person = index.last_actor_before(mods[0].i, ("person",), max(0, mods[0].i - window))
    if person is None:
        return []
    word = noun.lower_
    bodies = [o for o in led_organisations(index).get(person.actor, ())
              if word in _name_words(o, index) or noun.lemma_.lower() in _name_words(o, index)]
    if len(bodies) != 1:
        return []
    return [(ActorHit(bodies[0], "organization", index.tok_start[noun.i], index.tok_end[noun.i]), noun.i)]
