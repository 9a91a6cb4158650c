"""A named body owned or headed by a person acts itself, not its owner (issue 8, args).

"The Supreme Council of General Ortega declared a curfew", "Delegates of Gandhi's Congress Party walked out": the
phrase names an organisation -- as its own head, or compounded on the noun its "of"-object heads -- and the person
in its "of"-phrase or possessive only says whose body it is. The person rank of `arguments.head_actors` (a person
over the body describing him: "the commander of the Qods Force, X") would pick the owner; here the body is the doer.
`named_heads.compounded_organisations` reads the same shape on the phrase's own head ("X's Y Party party").
"""

from __future__ import annotations


def _owning_tokens(noun) -> set[int]:
    """The tokens of ``noun``'s possessor and "of"-phrases: who owns or heads it."""
    return {t.i for c in noun.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
            for t in c.subtree}


def _named_on(noun) -> set[int]:
    """The tokens of the names compounded on ``noun`` ("the State Unity coalition", "Popular Front party")."""
    return {t.i for c in noun.children if c.dep_ in ("compound", "nmod") for t in c.subtree}


def _owned(noun, found: list, index) -> list:
    """The organisation hits naming ``noun`` (its own name, or one compounded on it) when every person in
    ``found`` owns or heads it; else []."""
    owning = _owning_tokens(noun)
    persons = [i for h, i in found if h.type == "person"]
    if not persons or any(i not in owning for i in persons):
        return []
    head = index.actor_at(noun.i)
    if head is not None:
        return [(h, i) for h, i in found if h.actor == head.actor] if head.type == "organization" else []
    named_on = _named_on(noun)
    return [(h, i) for h, i in found if i in named_on and h.type == "organization"]


def headed_body(tok, found: list, index) -> list:
    """``found`` narrowed to the organisation the phrase names -- on its head, or on the head of its "of"-object
    ("Lawmakers of X's Y Party") -- when its only persons own or head that body; else ``found`` unchanged."""
    named = index.actor_at(tok.i) is not None
    if not named and tok.pos_ not in ("NOUN", "PROPN"):     # "Lawmakers" opening a sentence is often tagged PROPN
        return found
    nouns = [tok] if named else [tok] + [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                                         for o in p.children if o.dep_ == "pobj"]
    for noun in nouns:
        body = _owned(noun, found, index)
        if body:
            return body
    return found
