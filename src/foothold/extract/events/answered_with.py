"""An attack told as the means of another act carries that act's doer (issue 8, evargs3): "Russia answered with
strikes across the east that killed nine people", "the army retaliated with air raids that destroyed two bridges".
The killing is the strikes' (`carriers.carriers`: a relative clause on an event noun), and strikes named as what a
verb was done "with" are the verb's subject's own, though the noun names no doer itself. A passive verb's subject
suffered the act ("was hit with strikes that ..."): no doer then."""

from __future__ import annotations

from .arguments import is_passive, phrase_actors, subject_of
from .index import ActorHit, DocIndex


def means_doers(noun, index: DocIndex) -> list[tuple[ActorHit, int]]:
    """The subject's parties of the active verb ``noun`` is the "with"-object of, or []."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "with":
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or is_passive(verb):
        return []
    subj, dep = subject_of(verb)
    if subj is None or dep != "nsubj":
        return []
    return [(h, i) for h, i in phrase_actors(subj, index) if h.type != "place"]


COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre",
                     "center"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "place", "country"})


def told_through_place(relcl):
    """The event noun a relative clause tells the deed of when the parser hung the clause on the place closing the
    noun's phrase ("strikes across the east that killed nine", "an attack on Kupiansk that wounded six"), else None:
    a place kills no one."""
    place = relcl.head
    prep = place.head
    if place.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
        return None
    from ..dictionary import load_lexicon       # the actor lexicon's place nouns
    if place.lemma_.lower() in COMPASS or place.ent_type_ in PLACE_LABELS \
            or place.pos_ == "NOUN" and load_lexicon().is_place_noun(place.lower_):
        return prep.head
    return None
