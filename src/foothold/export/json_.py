"""foothold JSON: the FORMAT.md shape per document, for one document or the whole store.

``--document X`` prints that document's FORMAT.md object; otherwise
``{"foothold": VERSION, "format": ..., "documents": [<FORMAT.md document>...]}``.
Each document adds ``text`` (so an import restores offsets exactly), ``path``
and store actor ids. Written document by document: memory holds one document's facts.
"""

from __future__ import annotations

import json
from typing import IO

from sqlalchemy import select
from sqlalchemy.engine import Connection

from .. import __version__
from ..store import schema as t
from . import select as q
from .reviewed import Reviewed

FORMAT = "foothold-json/1"


def _actor(row: dict, mentions: list) -> dict:
    return {"id": row["id"], "name": row["name"], "type": row["type"], "aliases": row["aliases"],
            "mentions": [{"start": m.start, "end": m.end, "text": m.text, "type": m.type,
                          "extractor": m.extractor} for m in mentions],
            "first_seen": row["first_seen"], "last_seen": row["last_seen"],
            "dictionary_id": row.get("dictionary_id")}


def _relation(r: dict) -> dict:
    return {k: r[k] for k in ("evidence", "start", "end", "title", "time", "confidence", "extractor",
                              "channel", "channel_reason")} | {
        "subject": r["subject_id"], "predicate": r["predicate"], "object": r["object_id"]}


def _citation(c: dict) -> dict:
    return {"outlet": c["outlet"], "date": c["date"], "precision": c["precision"],
            "date_qualifier": c.get("date_qualifier"), "evidence": c["evidence"],
            "start": c["start"], "end": c["end"], "outlet_actor": c["outlet_actor_id"], "extractor": c["extractor"]}


def _event(e: dict, positions: dict[int, int]) -> dict:
    return {"id": e["id"], "event_id": e.get("event_id", e["id"]), "type": e["type"], "mode": e["mode"], "date": e["date"], "date_precision": e["precision"],
            "date_qualifier": e.get("date_qualifier"),
            "source": e["source"], "target": e["target"], "location": e["location_id"],
            "evidence": e["evidence"], "start": e["start"], "end": e["end"], "quad": e["quad"],
            "sphere": e["sphere"], "citations": [positions[c["id"]] for c in e["citations"] if c["id"] in positions],
            "attributed_to": e["attributed_to"] or [], "trigger": e["trigger"], "confidence": e["confidence"],
            "negated": e["negated"], "hypothetical": e["hypothetical"], "extractor": e["extractor"],
            "channel": e.get("channel"), "channel_reason": e.get("channel_reason")}


def document_dict(conn: Connection, sel: q.Selection, doc: dict, marks: Reviewed | None = None) -> dict:
    """One document in the FORMAT.md shape (with store ids and the text); each fact says whether an
    analyst reviewed it (``reviewed``, ``correction_id``)."""
    marks = marks or Reviewed(conn)
    one = sel.narrow(doc["id"])
    m = t.mentions
    mention_rows = q.stream(conn, select(m).where(m.c.document_id == doc["id"], m.c.actor_id.in_(one.actor_ids_query()))
                             .order_by(m.c.actor_id, m.c.start, m.c.id))
    mentions_of = q.Merge(mention_rows, "actor_id")
    actors = []
    for a in q.actors(conn, one, document_aliases=True):
        mentions = mentions_of.take(a["id"])
        actor = _actor(a, mentions) | marks.flags("actor", a)
        for out, row in zip(actor["mentions"], mentions):
            out |= marks.flags("mention", {"id": row.id, "extractor": row.extractor})
        actors.append(actor)
    citations = list(q.citations(conn, one))
    positions = {c["id"]: i for i, c in enumerate(citations)}
    extractors = dict(conn.execute(select(t.document_extractors.c.extractor, t.document_extractors.c.description)
                                   .where(t.document_extractors.c.document_id == doc["id"])).all())
    return {"document": doc["name"], "document_id": doc["id"], "path": doc["path"], "title": doc["title"], "date": doc["date"],
            "date_precision": doc["date_precision"], "format": doc["format"],
            "actors": actors,
            "relations": [_relation(r) | marks.flags("relation", r) for r in q.relations(conn, one)],
            "citations": [_citation(c) | marks.flags("citation", c) for c in citations],
            # Per telling, as `extract` reports; ``event_id`` links the tellings of one happening.
            "events": [_event(e, positions) | marks.flags("event", e) for e in q.occurrences(conn, one)],
            "warnings": doc["warnings"] or [], "extractors": extractors, "text": doc["text"]}


def write(conn: Connection, sel: q.Selection, out: IO[str]) -> int:
    marks = Reviewed(conn)
    if sel.filters.document and sel.document_ids and len(sel.document_ids) == 1:
        # One document asked for: its FORMAT.md object itself, as `foothold extract --format json` prints.
        n = 0
        for doc in q.documents(conn, sel, with_text=True):
            json.dump(document_dict(conn, sel, doc, marks), out, ensure_ascii=False)
            out.write("\n")
            n += 1
        if n == 0:
            json.dump({"document": None, "actors": [], "relations": [], "citations": [], "events": []}, out)
            out.write("\n")
        return n
    out.write('{"foothold": %s, "format": %s, "documents": [' % (json.dumps(__version__), json.dumps(FORMAT)))
    n = 0
    for doc in q.documents(conn, sel, with_text=True):
        out.write(",\n" if n else "\n")
        json.dump(document_dict(conn, sel, doc, marks), out, ensure_ascii=False)
        n += 1
    out.write("\n]}\n")
    return n
