"""A leader's men are his organisation's (issue 8, evargs7): "Prigozhin said his men had shot down several
helicopters", "the warlord's fighters" read through "his fighters". A plural noun of armed men (`MEN_NOUNS`) whose only
modifier is "his"/"her" stands for the one organisation the pronoun's person leads (a `leads` tie, not "former",
`led_bodies.led_organisations`), whatever that organisation's name; `led_bodies.led_body` needs the noun inside the
name ("his brigade": the Babylon Brigade). A person leading no organisation, or two, keeps the phrase read as
before (the person). Hooked in `arguments.head_actors` right after `led_body`."""

from __future__ import annotations

from .index import ActorHit, DocIndex
from .led_bodies import OWNER_PRONOUNS, led_organisations

MEN_NOUNS = frozenset({"men", "fighters", "forces", "troops", "militiamen", "gunmen", "loyalists", "followers"})


def led_men(noun, index: DocIndex, window: int) -> list[tuple[ActorHit, int]]:
    """The organisation "his men" stands for, as [(hit, token)], or []."""
    mods = [c for c in noun.children if c.dep_ not in ("punct",)]
    if noun.lower_ not in MEN_NOUNS or index.actor_at(noun.i) is not None or len(mods) != 1 \
            or mods[0].dep_ != "poss" or mods[0].lower_ not in OWNER_PRONOUNS:
        return []
    person = index.last_actor_before(mods[0].i, ("person",), max(0, mods[0].i - window))
    if person is None:
        return []
    bodies = sorted(led_organisations(index).get(person.actor, ()))
    if len(bodies) != 1:
        return []
    return [(ActorHit(bodies[0], "organization", index.tok_start[noun.i], index.tok_end[noun.i]), noun.i)]
