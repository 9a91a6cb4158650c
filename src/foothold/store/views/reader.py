"""The document reader: a page of a document with its marked mentions, events, relations and citations."""

from __future__ import annotations

from sqlalchemy import and_, func, select
from sqlalchemy.engine import Connection

from ...errors import UnknownRecordError
from ...ingest.cuts import cuts
from ...ingest.document import is_url
from ..schema import citations, documents, event_occurrences, events, mentions, relations
from .listing import actor_names, document_names, event_rows


PAGE_CHARS = 60_000     # the reader shows long documents a page of whole paragraphs at a time


def pages(text: str, size: int = PAGE_CHARS) -> list[tuple[int, int]]:
    """Paragraph-aligned [start, end) pages of about ``size`` characters covering ``text``."""
    return cuts(text, size)


def document_reader(conn: Connection, document_id: str, at: int | None = None) -> dict:
    """One page of the document's text (the page holding offset ``at``; the first by default) with
    every highlighted span on it (mentions, events, citations, relations), and the page's place:
    ``page`` = {start, end, length, number, count, previous, next} (previous/next: their start offsets).
    Spans keep their offsets in the whole text; ``text`` is text[page.start:page.end].
    """
    doc = conn.execute(select(documents).where(documents.c.id == document_id)).first()
    if doc is None:
        raise UnknownRecordError(f"no document with id '{document_id}'",
                                 fix="List documents with GET /api/documents.")
    grid = pages(doc.text)
    k = 0
    if at is not None:
        k = next((i for i, (a, b) in enumerate(grid) if a <= at < b), len(grid) - 1 if at >= len(doc.text) else 0)
    ps, pe = grid[k]

    def on_page(table):
        return and_(table.c.document_id == document_id, table.c.start >= ps, table.c.start < pe)

    names: dict[str, dict] = {}
    mention_rows = conn.execute(select(mentions).where(on_page(mentions)).order_by(mentions.c.start, mentions.c.id)).all()
    names.update(actor_names(conn, [m.actor_id for m in mention_rows]))
    spans_mentions = []
    for m in mention_rows:
        actor = names.get(m.actor_id)
        spans_mentions.append({"id": m.id, "start": m.start, "end": m.end, "text": m.text, "type": m.type or
                               (actor or {}).get("type"), "label": m.label, "extractor": m.extractor,
                               "actor": actor})
    cits = [{"id": c.id, "start": c.start, "end": c.end, "outlet": c.outlet, "outlet_actor": c.outlet_actor_id,
             "date": c.date, "precision": c.precision, "qualifier": c.date_qualifier,
             "evidence": c.evidence, "extractor": c.extractor}
            for c in conn.execute(select(citations).where(on_page(citations)).order_by(citations.c.start, citations.c.id))]
    # Every telling in this document is highlighted: one entry per occurrence, carrying its event.
    # (An event's other tellings are counted, not listed: one told 100 times would be listed 100 x 100.)
    evs = []
    told_here = select(event_occurrences.c.event_id).where(on_page(event_occurrences))
    for e in event_rows(conn, events.c.id.in_(told_here), order=False):
        tellings = e.pop("occurrences")
        for o in tellings:
            if o["document_id"] == document_id and ps <= (o["start"] or 0) < pe:
                evs.append({**e, "occurrence_id": o["id"], "evidence": o["evidence"], "start": o["start"],
                            "end": o["end"], "extractor": o["extractor"], "trigger": o["trigger"],
                            "document": o["document"], "tellings": len(tellings)})
    evs.sort(key=lambda e: (e["start"] or 0, e["occurrence_id"]))
    rels = relation_rows(conn, on_page(relations))
    unresolved = sorted({m["text"] for m in spans_mentions if m["actor"] is None})
    # Actors of the whole document (not only this page), with their mention counts.
    per_actor = dict(conn.execute(select(mentions.c.actor_id, func.count()).where(mentions.c.document_id == document_id)
                                  .group_by(mentions.c.actor_id).order_by(func.count().desc())).all())
    names.update(actor_names(conn, [a for a in per_actor if a not in names]))
    doc_actors = [{**names[a], "mentions": n} for a, n in per_actor.items() if a in names]
    source = doc.path if is_url(doc.path) else (doc.meta or {}).get("source_url")
    # No local file path: a served store must not show where the analyst's files live.
    return {"id": doc.id, "name": doc.name, "title": doc.title, "source": source, "format": doc.format,
            "date": doc.date, "date_precision": doc.date_precision, "text": doc.text[ps:pe],
            "page": {"start": ps, "end": pe, "length": len(doc.text), "number": k + 1, "count": len(grid),
                     "previous": grid[k - 1][0] if k > 0 else None,
                     "next": grid[k + 1][0] if k + 1 < len(grid) else None},
            "warnings": list(doc.warnings or []) + [f"unresolved name: {t}" for t in unresolved],
            "mentions": spans_mentions, "events": evs, "citations": cits, "relations": rels,
            "actors": doc_actors} | mark_reviewed(conn, spans_mentions, evs, rels, cits)


def mark_reviewed(conn: Connection, mention_rows, event_rows, relation_rows, citation_rows) -> dict:
    """``reviewed`` (and the correction's id) on each fact an analyst confirmed or added (issue 12)."""
    from ..corrections import REVIEW_EXTRACTOR, reviewed
    for kind, rows in (("mention", mention_rows), ("event", event_rows), ("relation", relation_rows),
                       ("citation", citation_rows)):
        done = reviewed(conn, kind) if rows else {}
        for r in rows:
            r["correction_id"] = done.get(str(r["id"]))
            r["reviewed"] = r["correction_id"] is not None or r.get("extractor") == REVIEW_EXTRACTOR
    return {}


def relation_rows(conn: Connection, where) -> list[dict]:
    rows = conn.execute(select(relations).where(where).order_by(relations.c.document_id, relations.c.start, relations.c.id)).all()
    names = actor_names(conn, [r.subject_id for r in rows] + [r.object_id for r in rows])
    docs = document_names(conn, [r.document_id for r in rows])
    return [{"id": r.id, "subject": names.get(r.subject_id, {"id": r.subject_id, "name": r.subject_id}),
             "predicate": r.predicate, "object": names.get(r.object_id, {"id": r.object_id, "name": r.object_id}),
             "title": r.title, "time": r.time, "evidence": r.evidence, "start": r.start, "end": r.end,
             "extractor": r.extractor, "confidence": r.confidence,
             "channel": r.channel, "channel_reason": r.channel_reason,
             "document": docs.get(r.document_id, {"id": r.document_id})} for r in rows]
