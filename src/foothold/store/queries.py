"""Read queries over the store, shared by the CLI and the web app.

Every function takes a Connection and returns plain dicts/lists (JSON-ready).
"""

from __future__ import annotations

import re

from sqlalchemy import distinct, func, select
from sqlalchemy.engine import Connection

from ..errors import UnknownActorError
from ..resolve.across import NameKeys, name_tokens, skeleton, surname_skeleton
from ..resolve.names import normalise_name
from . import schema as t

SNIPPET_MAX = 300
_SENTENCE_END = re.compile(r"[.!?]\s|\n\s*\n")


def list_documents(conn: Connection) -> list[dict]:
    d = t.documents
    counts = {name: dict(conn.execute(select(table.c.document_id, func.count()).group_by(table.c.document_id)).all())
              for name, table in (("mentions", t.mentions), ("citations", t.citations),
                                  ("relations", t.relations), ("occurrences", t.event_occurrences))}
    # A document's events: the happenings it tells (a summary retelling the body counts once).
    o = t.event_occurrences
    counts["events"] = dict(conn.execute(select(o.c.document_id, func.count(distinct(o.c.event_id)))
                                         .group_by(o.c.document_id)).all())
    actors = dict(conn.execute(select(t.mentions.c.document_id, func.count(distinct(t.mentions.c.actor_id)))
                               .group_by(t.mentions.c.document_id)).all())
    rows = conn.execute(select(d.c.id, d.c.name, d.c.path, d.c.format, d.c.title, d.c.date,
                               d.c.date_precision, d.c.ingested_at, d.c.warnings, d.c.meta,
                               func.length(d.c.text).label("chars"))
                        .order_by(d.c.name)).all()
    return [{"id": r.id, "name": r.name, "path": r.path, "format": r.format, "title": r.title,
             "date": r.date, "date_precision": r.date_precision, "warnings": r.warnings or [],
             "metadata": r.meta or {},
             "ingested_at": r.ingested_at.isoformat() if r.ingested_at else None, "chars": r.chars,
             "actors": actors.get(r.id, 0),
             **{name: counts[name].get(r.id, 0) for name in counts}} for r in rows]


def list_actors(conn: Connection, *, type: str | None = None, top: int | None = None) -> list[dict]:
    """Actors with mention and document counts, most mentioned first."""
    a, m = t.actors, t.mentions
    q = (select(a.c.id, a.c.name, a.c.type, a.c.first_seen, a.c.last_seen,
                func.count(m.c.id).label("mentions"),
                func.count(distinct(m.c.document_id)).label("documents"))
         .select_from(a.outerjoin(m, m.c.actor_id == a.c.id))
         .group_by(a.c.id, a.c.name, a.c.type, a.c.first_seen, a.c.last_seen)
         .order_by(func.count(m.c.id).desc(), a.c.name))
    if type:
        q = q.where(a.c.type == type)
    if top:
        q = q.limit(top)
    return [dict(r._mapping) for r in conn.execute(q)]


def find_actor(conn: Connection, ref: str) -> str:
    """Actor id for an id, a name or an alias (exact, normalised, transliteration skeleton, surname)."""
    a, al = t.actors, t.aliases
    if conn.execute(select(a.c.id).where(a.c.id == ref)).first():
        return ref
    lookups = [(al.c.key, normalise_name(ref)), (al.c.skeleton, skeleton(ref))]
    if len(name_tokens(ref)) == 1:     # a surname alone: "Muhammadawi"
        lookups.append((al.c.surname, surname_skeleton(ref)))
    lookups.append((al.c.consonants, NameKeys.of(ref).consonants))   # "Teheran" for Tehran
    for column, value in lookups:
        q = select(al.c.actor_id).join(a, a.c.id == al.c.actor_id).where(column == value)
        if column is al.c.consonants:
            q = q.where(a.c.type != "person")    # vowels tell people apart (Salman, Soleimani)
        ids = sorted({r[0] for r in conn.execute(q)})
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            raise UnknownActorError(f"'{ref}' names several actors: {', '.join(ids)}",
                                    fix="Use one of the actor ids.")
    raise UnknownActorError(f"no actor named '{ref}'", fix="List actors with `foothold actors`.")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or a window of it) containing text[start:end]."""
    lo = max(0, start - SNIPPET_MAX)
    before = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    s = before[-1] if before else lo
    after = _SENTENCE_END.search(text, end, min(len(text), end + SNIPPET_MAX))
    e = after.start() + 1 if after else min(len(text), end + SNIPPET_MAX)
    return s, e


def actor_profile(conn: Connection, ref: str, *, sentences: int = 50) -> dict:
    """Everything the store knows about one actor, each fact traced to its document."""
    actor_id = find_actor(conn, ref)
    a, al, m, d = t.actors, t.aliases, t.mentions, t.documents
    actor = conn.execute(select(a).where(a.c.id == actor_id)).one()._mapping
    aliases: dict[str, dict] = {}
    for r in conn.execute(select(al.c.alias, al.c.reason, d.c.name).select_from(
            al.outerjoin(d, d.c.id == al.c.document_id)).where(al.c.actor_id == actor_id).order_by(al.c.id)):
        entry = aliases.setdefault(r.alias, {"alias": r.alias, "reasons": [], "documents": []})
        if r.reason and r.reason not in entry["reasons"]:
            entry["reasons"].append(r.reason)
        if r.name and r.name not in entry["documents"]:
            entry["documents"].append(r.name)
    docs = conn.execute(select(d.c.id, d.c.name, d.c.date, func.count(m.c.id).label("mentions"))
                        .join(m, m.c.document_id == d.c.id).where(m.c.actor_id == actor_id)
                        .group_by(d.c.id, d.c.name, d.c.date).order_by(d.c.date.nulls_first(), d.c.name)).all()
    dates = sorted(r.date for r in docs if r.date)
    snippets, texts = [], {}
    for r in conn.execute(select(m.c.document_id, m.c.start, m.c.end, m.c.text, d.c.name)
                          .join(d, d.c.id == m.c.document_id).where(m.c.actor_id == actor_id)
                          .order_by(d.c.name, m.c.start)):
        if len(snippets) >= sentences:
            break
        if r.document_id not in texts:
            texts[r.document_id] = conn.execute(select(d.c.text).where(d.c.id == r.document_id)).scalar_one()
        text = texts[r.document_id]
        s, e = sentence_around(text, r.start, r.end)
        if snippets and snippets[-1]["document_id"] == r.document_id and snippets[-1]["start"] == s:
            continue    # one sentence, several mentions
        snippets.append({"document_id": r.document_id, "document": r.name, "start": s, "end": e,
                         "mention_start": r.start, "mention_end": r.end,
                         "sentence": " ".join(text[s:e].split())})
    return {
        "id": actor_id, "name": actor["name"], "type": actor["type"],
        "aliases": list(aliases.values()),
        "mentions": sum(r.mentions for r in docs),
        "documents": [{"id": r.id, "name": r.name, "date": r.date, "mentions": r.mentions} for r in docs],
        "first_seen": dates[0] if dates else actor["first_seen"],
        "last_seen": dates[-1] if dates else actor["last_seen"],
        "relations": actor_relations(conn, actor_id),
        "events": actor_events(conn, actor_id),
        "sentences": snippets,
    }


def actor_relations(conn: Connection, actor_id: str) -> list[dict]:
    r, a, d = t.relations, t.actors, t.documents
    subj, obj = a.alias("subj"), a.alias("obj")
    q = (select(r.c.predicate, r.c.subject_id, subj.c.name.label("subject"), r.c.object_id,
                obj.c.name.label("object"), r.c.title, r.c.time, r.c.evidence, r.c.start, r.c.end,
                r.c.extractor, d.c.name.label("document"))
         .join(subj, subj.c.id == r.c.subject_id).join(obj, obj.c.id == r.c.object_id)
         .join(d, d.c.id == r.c.document_id)
         .where((r.c.subject_id == actor_id) | (r.c.object_id == actor_id)).order_by(d.c.name, r.c.start))
    return [dict(row._mapping) for row in conn.execute(q)]


def actor_events(conn: Connection, actor_id: str) -> list[dict]:
    e, ea, d = t.events, t.event_actors, t.documents
    q = (select(e.c.id, e.c.type, e.c.mode, e.c.date, ea.c.role, e.c.evidence, e.c.start, e.c.end,
                e.c.extractor, d.c.name.label("document"))
         .join(ea, ea.c.event_id == e.c.id).join(d, d.c.id == e.c.document_id)
         .where(ea.c.actor_id == actor_id).order_by(e.c.date.nulls_first(), d.c.name, e.c.start))
    return [dict(row._mapping) for row in conn.execute(q)]


def sources(conn: Connection) -> list[dict]:
    """Outlets cited, with counts and the span of dates cited."""
    c = t.citations
    q = (select(c.c.outlet, c.c.outlet_actor_id, func.count().label("citations"),
                func.count(distinct(c.c.document_id)).label("documents"),
                func.min(c.c.date).label("first_date"), func.max(c.c.date).label("last_date"))
         .group_by(c.c.outlet, c.c.outlet_actor_id))
    merged: dict[str, dict] = {}
    for r in conn.execute(q):
        key = r.outlet_actor_id or normalise_name(r.outlet)
        entry = merged.setdefault(key, {"outlet": r.outlet, "actor_id": r.outlet_actor_id, "citations": 0,
                                        "documents": 0, "first_date": None, "last_date": None})
        entry["citations"] += r.citations
        entry["documents"] = max(entry["documents"], r.documents)
        entry["first_date"] = min(filter(None, [entry["first_date"], r.first_date]), default=None)
        entry["last_date"] = max(filter(None, [entry["last_date"], r.last_date]), default=None)
    return sorted(merged.values(), key=lambda x: (-x["citations"], x["outlet"]))


def list_merges(conn: Connection) -> list[dict]:
    """Live merges and splits (corrections of those kinds), oldest first."""
    c = t.corrections
    rows = conn.execute(select(c).where(c.c.kind.in_(["merge_actors", "split_alias"]), c.c.undone_at.is_(None))
                        .order_by(c.c.position)).all()
    out = []
    for r in rows:
        p = r.payload
        merge = r.kind == "merge_actors"
        out.append({"id": r.id, "kind": "merge" if merge else "split",
                    "from_ref": p["from_actor_id"] if merge else p["actor_id"],
                    "into_ref": p["into_actor_id"] if merge else p["new_actor_id"],
                    "alias": None if merge else p["alias"], "author": r.author,
                    "created_at": r.created_at.isoformat()})
    return out


def counts(conn: Connection) -> dict[str, int]:
    """Rows of the main tables, read from the kept totals (migration 0015; no table is counted)."""
    from .totals import by_prefix, total
    return {"documents": total(conn, "documents"), "actors": sum(by_prefix(conn, "actors:").values()),
            "mentions": total(conn, "mentions"), "citations": total(conn, "citations"),
            "relations": total(conn, "relations"), "events": sum(by_prefix(conn, "events:").values()),
            "occurrences": total(conn, "occurrences")}
