"""A body's capitalised short name (issue 8, evargs5): "The Southern Andes Rights Monitor recorded ... [twenty
lines later] The Monitor knows of no arrest. It calls on ...", "the Commission", "the Observatory". A definite
common noun written with a capital inside the sentence is a name, not a description: it stands for the one
organisation of the text whose name ends in that word, however far back it was named (`arguments.named_by_head`
looks back `HEAD_WINDOW` tokens, for lower-case nouns too). Two such organisations, or none: no one."""

from __future__ import annotations

from .index import ActorHit, DocIndex

# heads that name a kind of body many texts have one of ("the Government", "the Council", "the Army"): their short
# name is the nearest namesake's (`arguments.named_by_head`) or the story's state, never one far back
COMMON_HEADS = frozenset({"government", "administration", "regime", "army", "force", "forces", "police", "military",
                          "navy", "ministry", "department", "council", "committee", "commission", "court", "coalition",
                          "group", "party", "movement", "front", "alliance", "union", "agency", "authority",
                          "authorities", "office", "assembly", "parliament", "congress", "senate", "cabinet", "mission",
                          "embassy", "bank", "company", "corps", "guard", "guards", "service", "services", "unit",
                          "brigade", "militia", "organization", "organisation", "secretariat", "presidency"})


def _last_word(name: str) -> str:
    words = name.replace("-", " ").split()
    return words[-1].lower() if words else ""


def short_name_body(tok, index: DocIndex) -> ActorHit | None:
    """The organisation a capitalised "the X" names (X the last word of exactly one organisation's name), else None."""
    if tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].isupper() or not tok.text[1:].islower() \
            or [c.lower_ for c in tok.children] != ["the"] or index.actor_at(tok.i) is not None:
        return None
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ != "the":
        return None                        # "the Monitor" right after its article only
    word = tok.lower_
    if word in COMMON_HEADS:
        return None
    owners = {a.id: a for a in index.ctx.actors if a.type == "organization"
              and any(_last_word(n) == word for n in [a.name, *getattr(a, "aliases", [])])}
    if len(owners) != 1:
        return None
    actor = next(iter(owners.values()))
    if not any(m.start < index.tok_start[tok.i] for m in actor.mentions):
        return None                        # named before, as a short name is
    return ActorHit(actor.id, actor.type, index.tok_start[tok.i], index.tok_end[tok.i])
