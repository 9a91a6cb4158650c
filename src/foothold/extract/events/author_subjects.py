"""A report's own body called by its head noun, or "it" after that (issue 8, fixes14).

"The Andean Press Watch counted nine assaults on reporters ... Findings. The Watch knows of no trial. It calls on the
prosecutors to open one": a monitor or ministry names itself whole once, then "the Watch", and a recommendation's
"It calls on ..." follows. A statement with no party found whose subject is "the <Head>" (nothing else in the
phrase) is the one organisation named before whose name ends in that head word; an "it" is that when the sentence
before has such a subject. The eval makers code these calls as the report's author's (REQUEST, FORMAT.md; two
tuning monitor reports). Only verbal acts (PLOVER's verbal types): "it" doing a material act is too often a thing.
"""

from __future__ import annotations

from .arguments import subject_of
from .index import ActorHit, DocIndex

SAID_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN", "AGREE", "CONSULT"})


def _head_body(tok, index: DocIndex) -> str | None:
    """The organisation "the <Head>" at ``tok`` calls by its head noun, if exactly one named before ends so."""
    kids = list(tok.children)
    if tok.pos_ not in ("NOUN", "PROPN") or len(kids) != 1 or kids[0].lower_ != "the" or kids[0].dep_ != "det" \
            or index.actor_at(tok.i) is not None:
        return None
    at = index.tok_start[tok.i]
    head = tok.lower_
    bodies = {a.id for a in index.ctx.actors if a.type == "organization"
              and any(f.split()[-1].lower() == head for f in a.surface_forms() if len(f.split()) > 1)
              and any(m.start < at for m in a.mentions)}
    return next(iter(bodies)) if len(bodies) == 1 else None


def author_subject(verb, index: DocIndex) -> list[tuple[ActorHit, int]]:
    """[(the organisation, subject index)] a partyless statement's "the <Head>" or "it" stands for, or []."""
    subj, dep = subject_of(verb)
    if subj is None or dep != "nsubj":
        return []
    if subj.lower_ == "it":
        sent = subj.sent
        if sent.start == 0:
            return []
        before = subj.doc[sent.start - 1].sent
        prev = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        body = _head_body(prev, index) if prev is not None else None
    else:
        body = _head_body(subj, index)
    if body is None:
        return []
    return [(ActorHit(body, "organization", index.tok_start[subj.i], index.tok_end[subj.i]), subj.i)]
