"""The review queue: unreviewed facts, least confident first (a page), so an hour of review fixes the most.

Events and relations carry the extractor's ``confidence``. Mentions and citations have none, so
their score is derived from how they were found (documented in DEVELOPING.md):
- a mention: 0.9 from an actor dictionary or a demonym (``label`` ``dict:``/``demonym:``), 0.6 from
  the statistical NER (``ner:``), 0.5 from a repair rule or anything else;
- a citation: 0.5, plus 0.2 when its outlet is linked to an actor, plus 0.2 when it is dated.
Each item carries its sentence (``{text, start, end}``, offsets in the original input).
A fact an analyst confirmed, added, or that a live correction targets is not in the queue.
"""

from __future__ import annotations

from sqlalchemy import Float, String, case, cast, exists, func, literal, select, union_all
from sqlalchemy.engine import Connection

from . import paging
from . import schema as t
from .corrections import REVIEW_EXTRACTOR
from .queries import sentence_around

UNKNOWN = 0.5       # an event or relation without a confidence


def _reviewed(fact_kind: str, id_text):
    c = t.corrections
    return exists().where(c.c.fact_kind == fact_kind, c.c.target_id == id_text, c.c.undone_at.is_(None))


def _rows(document_id: str | None):
    m, e, r, ci = t.mentions, t.events, t.relations, t.citations
    parts = []
    mention_score = case((m.c.label.like("dict:%"), 0.9), (m.c.label.like("demonym:%"), 0.9),
                         (m.c.label.like("ner:%"), 0.6), else_=0.5)
    citation_score = (literal(0.5) + case((ci.c.outlet_actor_id.is_not(None), 0.2), else_=0.0)
                      + case((ci.c.date.is_not(None), 0.2), else_=0.0))
    for kind, table, text, label, score in (
            ("mention", m, m.c.text, func.coalesce(m.c.type, ""), mention_score),
            ("event", e, e.c.evidence, e.c.type, func.coalesce(e.c.confidence, UNKNOWN)),
            ("relation", r, r.c.evidence, r.c.predicate, func.coalesce(r.c.confidence, UNKNOWN)),
            ("citation", ci, ci.c.evidence, ci.c.outlet, citation_score)):
        id_text = cast(table.c.id, String)
        q = select(literal(kind).label("fact_kind"), id_text.label("fact_id"), table.c.document_id.label("document_id"),
                   table.c.start.label("start"), table.c.end.label("end"), text.label("text"),
                   label.label("label"), cast(score, Float).label("confidence"))
        q = q.where(table.c.extractor != REVIEW_EXTRACTOR, ~_reviewed(kind, id_text))
        if document_id:
            q = q.where(table.c.document_id == document_id)
        parts.append(q)
    return union_all(*parts).subquery("queue")


def queue_page(conn: Connection, *, document_id: str | None = None, cursor: str | None = None,
               limit: int | None = None) -> dict:
    """A page of ``{fact_kind, fact_id, document_id, start, end, text, label, confidence}``, least confident first."""
    limit = paging.check_limit(limit)
    q = _rows(document_id)
    keys = [q.c.confidence, q.c.fact_kind, q.c.fact_id]
    rows = conn.execute(paging.keyset(select(q), keys, cursor, limit)).all()
    docs = {r.document_id for r in rows[:limit]}
    texts = dict(conn.execute(select(t.documents.c.id, t.documents.c.text).where(t.documents.c.id.in_(docs))).all()) \
        if docs else {}

    def render(r) -> dict:
        item = {**dict(r._mapping), "confidence": round(float(r.confidence), 4), "sentence": None}
        text = texts.get(r.document_id)
        if text is not None and r.start is not None and r.end is not None:
            s, e = sentence_around(text, r.start, r.end)
            item["sentence"] = {"text": text[s:e], "start": s, "end": e}
        return item
    return paging.page(rows, limit, cursor, key=lambda r: (r.confidence, r.fact_kind, r.fact_id), render=render)


def review_types() -> dict:
    """What the correction forms offer: actor types, PLOVER event types with their modes, relation types."""
    from ..extract.events.lexicon import load_lexicon
    from ..model import ACTOR_TYPES, PREDICATES
    lex = load_lexicon()
    return {"actor_types": list(ACTOR_TYPES),
            "event_types": [{"type": k, "quad": q, "modes": list(lex.modes.get(k, ()))} for k, q in lex.quads.items()],
            "relation_types": list(PREDICATES)}
