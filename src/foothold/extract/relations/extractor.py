"""The pipeline component: reads every sentence of a document for relations."""

from __future__ import annotations

from .found import Found
from .headline_lines import headline_key, headline_sentence
from .held_before import drop_guesses_held_elsewhere
from .index import TokenIndex
from .lexicon import load_roles
from .reader import SentenceReader


class RelationExtractor:
    """leads / member_of / part_of / allied_with / opposes from appositions, titles, possessives."""
    name = "foothold.relations.v1"
    requires = ("doc", "actors", "mentions")
    provides = ("relations",)

    def __init__(self, roles_path: str | None = None):
        self.lex = load_roles(roles_path)

    def __call__(self, ctx) -> None:
        if not ctx.actors:
            return
        idx = TokenIndex(ctx, self.lex)
        found = Found(ctx, idx, self.name)
        ctx.data["relation_index"] = idx     # learned.py reads the same mentions on tokens
        recent_heads: dict[tuple, tuple] = {}   # title -> (sentence, country[, holder, time])
        key = headline_key(ctx.document)
        for n, sent in enumerate(ctx.doc.sents):
            if headline_sentence(idx, sent, key):
                continue                             # a title line is never evidence (headline_lines.py)
            reader = SentenceReader(sent, idx, self.lex, found, ctx, n, recent_heads)
            reader.read()
            idx.topic = reader.subject_organization() or idx.topic
            idx.last_person = reader.sole_person()      # "X was arrested. He heads Y."
        drop_guesses_held_elsewhere(found, ctx)    # "Acting President X ... X, the First Vice President of Iran"
        ctx.relations.extend(found.relations())

