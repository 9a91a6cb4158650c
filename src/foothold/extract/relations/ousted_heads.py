"""A head removed from office is his successor's predecessor in the same state (issue 8, reltitle14): "X's parliament
elected A as prime minister on Wednesday, two days after lawmakers voted out Prime Minister B". A state has one
sitting head, so the story's guess for a bare title is refused where another person of the sentence holds that state
(`counterparts.state_held_by_counterpart`, `same_title_held_elsewhere`); the holder a removal verb acts on (roles.yaml
`ousted_heads`: "toppled President B", "B was impeached", "voted out Prime Minister B") held the office before him, so
the successor's state does not bar his. Read in `TitleRelations.dictionary_scope` beside those checks."""

from __future__ import annotations

from functools import lru_cache

from .tie_words import section_words


@lru_cache(maxsize=1)
def ousted_words() -> dict:
    return section_words("ousted_heads", ("removal_verbs",), ("removal_particles",))


def ousted(reader, holder) -> bool:
    """The holder's name (or the title over it) is the object of a stated removal verb."""
    if holder is None:
        return False
    words = ousted_words()
    tok = reader.doc[holder.end - 1]
    for _ in range(4):                   # up the name's own words and its title ("Prime Minister B")
        if tok.dep_ in ("dobj", "nsubjpass"):
            verb = tok.head
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or not reader.stated(verb):
                return False
            if lemma in words["removal_verbs"]:
                return True
            parts = words["removal_particles"].get(lemma)
            return bool(parts) and any(c.dep_ == "prt" and c.lower_ in parts for c in verb.children)
        if tok.dep_ not in ("compound", "appos", "flat") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
