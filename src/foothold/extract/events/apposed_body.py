"""A definite common noun the text used to describe one named organisation stands for it (issue 8, evdoers2).

"The Ba'ath Party, the ruling party of Syria, ... The party announced": once a text has said which body "the
party" (or "the military", "the movement") is by putting that noun in apposition to its name, the bare
definite noun later means that body -- not the state it belongs to, nor whatever actor was named last. Two
organisations so described by the same noun leave it unresolved."""

from __future__ import annotations

from spacy.attrs import DEP

from .index import ActorHit, DocIndex
from .settled import per_document
from ..token_positions import tokens_with


def is_bare_definite(tok) -> bool:
    """ "the military", "the party": a common noun with only "the" before it (no name, modifier or clause)."""
    return tok.pos_ == "NOUN" and tok.dep_ != "appos" and [c.lower_ for c in tok.children] == ["the"]


def appositions(doc) -> list:
    """The doc's tokens in apposition, in order (read once per document while the events' parse is settled)."""
    return [t for t in tokens_with(doc, DEP, ("appos",)) if t.dep_ == "appos"]


def described_organisations(tok, index: DocIndex) -> set[str]:
    """The organisations the text apposed a definite noun of ``tok``'s lemma to before ``tok``: "X, the military of Y"
    (the noun apposed to the name) and "the military, X," (the name apposed to the noun)."""
    lemma = tok.lemma_.lower()
    found: set[str] = set()
    for t in per_document("appositions", tok.doc, appositions):
        if t.i >= tok.i:
            break
        pair = (t.head, t)
        for noun, name in (pair, pair[::-1]):
            hit = index.actor_at(name.i)
            if noun.pos_ == "NOUN" and noun.lemma_.lower() == lemma and identifies(noun) and hit is not None \
                    and hit.type == "organization" and not names_other_body(noun, hit.actor, index):
                found.add(hit.actor)
    return found


def identifies(noun) -> bool:
    """ "X, the military of Y" says which body X is; "X, a federation of unions" only describes it (a described
    noun later in another paragraph need not be X: evsense2's `described_doer` reads those)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def names_other_body(noun, actor: str, index: DocIndex) -> bool:
    """ "X, the army of Y": the noun's phrase may be read as its state ("the military of Myanmar"), but a noun
    inside another organisation's name ("X, a wing of the Y Army") describes no one."""
    hit = index.actor_at(noun.i)
    return hit is not None and hit.type == "organization" and hit.actor != actor


def apposed_body(tok, index: DocIndex) -> ActorHit | None:
    """The one organisation a bare definite noun was apposed to earlier in the text, or None."""
    if not is_bare_definite(tok):
        return None
    found = described_organisations(tok, index)
    if len(found) != 1:
        return None
    actor = next(iter(found))
    return ActorHit(actor, "organization", index.tok_start[tok.i], index.tok_end[tok.i])
