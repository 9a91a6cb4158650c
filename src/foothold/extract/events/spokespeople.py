"""A spokesperson "for" a body speaks for it (issue 8, evskip6).

"A spokeswoman for the Chilean embassy in Lima rejected the charge", "a spokesman for the group denied any role": a
spokesman, spokeswoman or spokesperson with no name of its own (no apposed name the phrase already gives) acts for
whom its "for" phrase names -- as "the spokesman of X" already does through the of-phrase (`arguments.head_actors`
follows "of" only). The phrase is read as any noun phrase (`phrase_actors`: "the Chilean embassy" is Chile, "the
group" the group named before); a place alone names no one. When that phrase is an unnamed state body ("a spokesman
for the energy ministry"), `for_state_body` hands the body to `arguments.unnamed_state_body`, so that the state it
acts in (its scene, "In Quito, ...") is the doer, as for "the energy ministry denied ...".
This module is the one reader of a spokes-noun's own "for" phrase (fixes15): `members_within` leaves it here.
News-dev README and seed notes: what a body's spokesperson says is the body's (or, for a state body, the state's) act.
"""

from __future__ import annotations

from .index import ActorHit, DocIndex

SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople",
                          "spokespersons"})


def for_objects(tok) -> list:
    """The objects of ``tok``'s own "for" phrase when ``tok`` is a spokes-noun, else []."""
    if tok.lower_ not in SPOKES_NOUNS and tok.lemma_.lower() not in SPOKES_NOUNS:
        return []
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
            if o.dep_ == "pobj"]


def spoken_for(tok, index: DocIndex, phrase_actors) -> list[tuple[ActorHit, int]]:
    """The parties a nameless spokes-noun at ``tok`` speaks for ("for the Chilean embassy": Chile), or []."""
    if index.actor_at(tok.i) is not None:
        return []
    out: list[tuple[ActorHit, int]] = []
    for o in for_objects(tok):
        for h, _ in phrase_actors(o, index):
            if h.type != "place" and all(h.actor != x.actor for x, _ in out):
                out.append((ActorHit(h.actor, h.type, index.tok_start[tok.i], index.tok_end[tok.i]), tok.i))
    return out


def for_state_body(subj, names_state_body):
    """The state body a spokes-noun subject speaks for ("a spokesman for the energy ministry": the ministry), or
    None; ``names_state_body`` is `arguments.names_state_body`."""
    return next((o for o in for_objects(subj) if names_state_body(o)), None)
