"""foothold JSON: the FORMAT.md shape per document, for one document or the whole store.

``--document X`` prints that document's FORMAT.md object; otherwise
``{"foothold": VERSION, "format": ..., "documents": [<FORMAT.md document>...]}``.
Each document adds ``text`` (so an import restores offsets exactly), ``path``
and store actor ids. Read a chunk of documents at a time (``select.chunks``: a few ordered queries
per chunk, not per document) and written document by document: memory holds one chunk's facts.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import IO, Iterator

from sqlalchemy import literal_column, or_, select
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


def stored_order(conn: Connection):
    """SQL: the order rows were written in (a document's extractors in pipeline order, as `extract`
    lists them): SQLite's rowid, PostgreSQL's ctid (document_extractors rows are never updated)."""
    return literal_column("ctid" if conn.dialect.name == "postgresql" else "rowid")


def _marked_actor(a: dict, mentions: list, marks: Reviewed) -> dict:
    actor = _actor(a, mentions) | marks.flags("actor", a)
    for out, row in zip(actor["mentions"], mentions):
        out |= marks.flags("mention", {"id": row.id, "extractor": row.extractor})
    return actor


def document_dict(conn: Connection, sel: q.Selection, doc: dict, marks: Reviewed | None = None) -> dict:
    """One document in the FORMAT.md shape (with store ids and the text); each fact says whether an
    analyst reviewed it (``reviewed``, ``correction_id``)."""
    marks = marks or Reviewed(conn)
    one = sel.narrow(doc["id"])
    m = t.mentions
    mention_rows = q.stream(conn, select(m).where(m.c.document_id == doc["id"], m.c.actor_id.in_(one.actor_ids_query()))
                             .order_by(m.c.actor_id, m.c.start, m.c.id))
    mentions_of = q.Merge(mention_rows, "actor_id")
    actors = [_marked_actor(a, mentions_of.take(a["id"]), marks) for a in q.actors(conn, one, document_aliases=True)]
    citations = list(q.citations(conn, one))
    positions = {c["id"]: i for i, c in enumerate(citations)}
    de = t.document_extractors
    extractors = dict(conn.execute(select(de.c.extractor, de.c.description).where(de.c.document_id == doc["id"])
                                   .order_by(stored_order(conn))).all())
    return _document(doc, actors, list(q.relations(conn, one)), citations, positions, list(q.occurrences(conn, one)),
                     extractors, marks)


def chunk_dicts(conn: Connection, chunk: q.Chunk, marks: Reviewed | None = None) -> Iterator[dict]:
    """``document_dict`` of every document of a chunk, from one query per kind of fact."""
    marks = marks or Reviewed(conn)
    one, ids = chunk.sel, chunk.ids
    wanted = chunk.actors(conn)
    a, al, m, de = t.actors, t.aliases, t.mentions, t.document_extractors
    pairs = one.actor_pairs_query().subquery()
    named = a.c.id.in_(select(pairs.c.id))
    if one.actor_ids:
        named = or_(named, a.c.id.in_(one.actor_ids))
    actor_rows = [dict(r._mapping) for r in q.stream(conn, select(a).where(named).order_by(a.c.id))]
    aliases = chunk.group(conn.execute(select(al.c.document_id, al.c.actor_id, al.c.alias).distinct()
                                       .join(a, a.c.id == al.c.actor_id).where(al.c.document_id.in_(ids))
                                       .order_by(al.c.document_id, al.c.actor_id, al.c.alias)))
    mentions = chunk.group(q.stream(conn, select(m).where(m.c.document_id.in_(ids))
                                    .order_by(m.c.document_id, m.c.actor_id, m.c.start, m.c.id)))
    extractors = chunk.group(conn.execute(select(de.c.document_id, de.c.extractor, de.c.description)
                                          .where(de.c.document_id.in_(ids))
                                          .order_by(de.c.document_id, stored_order(conn))))
    citations = chunk.group(q.citations(conn, one))
    relations = chunk.group(q.relations(conn, one))
    occurrences = chunk.group(q.occurrences(conn, one))
    for doc in chunk.documents:
        mine = wanted[doc["id"]]
        forms: dict[str, list[str]] = defaultdict(list)
        for r in aliases.get(doc["id"], ()):
            forms[r.actor_id].append(r.alias)
        said: dict[str, list] = defaultdict(list)
        for r in mentions.get(doc["id"], ()):
            if r.actor_id in mine:
                said[r.actor_id].append(r)
        actors = [_marked_actor(row | {"aliases": [f for f in forms.get(row["id"], ()) if f != row["name"]]},
                                said[row["id"]], marks)
                  for row in actor_rows if row["id"] in mine]
        cited = citations.get(doc["id"], [])
        positions = {c["id"]: i for i, c in enumerate(cited)}
        yield _document(doc, actors, relations.get(doc["id"], []), cited, positions,
                        occurrences.get(doc["id"], []), {r.extractor: r.description for r in extractors.get(doc["id"], ())},
                        marks)


def _document(doc: dict, actors: list, relations: list, citations: list, positions: dict, occurrences: list,
              extractors: dict, marks: Reviewed) -> dict:
    return {"document": doc["name"], "document_id": doc["id"], "path": doc["path"], "title": doc["title"],
            "date": doc["date"], "date_precision": doc["date_precision"], "format": doc["format"],
            "actors": actors,
            "relations": [_relation(r) | marks.flags("relation", r) for r in relations],
            "citations": [_citation(c) | marks.flags("citation", c) for c in citations],
            # Per telling, as `extract` reports; ``event_id`` links the tellings of one happening.
            "events": [_event(e, positions) | marks.flags("event", e) for e in occurrences],
            "warnings": doc["warnings"] or [], "extractors": extractors, "text": doc["text"]}


def write(conn: Connection, sel: q.Selection, out: IO[str]) -> int:
    marks = Reviewed(conn)
    if sel.filters.document and sel.document_ids and len(sel.document_ids) == 1:
        # One document asked for: its FORMAT.md object itself, as `foothold extract --format json` prints.
        n = 0
        for doc in q.documents(conn, sel, with_text=True):
            out.write(json.dumps(document_dict(conn, sel, doc, marks), ensure_ascii=False))
            out.write("\n")
            n += 1
        if n == 0:
            json.dump({"document": None, "actors": [], "relations": [], "citations": [], "events": []}, out)
            out.write("\n")
        return n
    out.write('{"foothold": %s, "format": %s, "documents": [' % (json.dumps(__version__), json.dumps(FORMAT)))
    n = 0
    for chunk in q.chunks(conn, sel, with_text=True):
        for doc in chunk_dicts(conn, chunk, marks):
            out.write(",\n" if n else "\n")
            out.write(json.dumps(doc, ensure_ascii=False))   # the C encoder: dump() encodes in Python
            n += 1
    out.write("\n]}\n")
    return n
