"""Gold from review: a stored (corrected) document as a ../shared/eval/FORMAT.md gold file, and scoring against it.

``document_gold(conn, document_id)`` renders what the store holds for one document after the
analyst's corrections: rejected facts are gone, added ones are there, actors carry their corrected
types and aliases; each actor lists its mention spans (``mentions``, re3d-style), so the mentions the
analyst rejected are scored too. ``export_gold`` writes ``NAME.gold.json`` with the document's text beside it
(``NAME.txt`` when it was not plain text: offsets point into the text as stored), so
``foothold eval DIR`` scores fresh extraction against the analyst's judgement, and
``score_stored`` (``foothold eval GOLD --store``) scores the store's own facts against a gold file.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.engine import Connection

from ..errors import GoldExportError
from ..eval import Scores, load_gold, score_document
from . import schema as t
from .review import ALIAS_REASON

GOLD_SUFFIX = ".gold.json"


def find_document(conn: Connection, ref: str) -> str:
    """A document id from its id, id prefix (6+ characters) or file name (E705 when none, or several)."""
    d = t.documents
    ids = conn.execute(select(d.c.id).where(or_(d.c.id == ref, d.c.name == ref))).scalars().all()
    if not ids and len(ref) >= 6:
        ids = conn.execute(select(d.c.id).where(d.c.id.startswith(ref.lower(), autoescape=True))).scalars().all()
    if len(ids) != 1:
        raise GoldExportError(f"{'no' if not ids else 'more than one'} document '{ref[:80]}' in the store",
                              fix="Use a document id (or its first characters) or file name from `foothold documents`.")
    return ids[0]


def document_gold(conn: Connection, document_id: str) -> dict:
    """The FORMAT.md dict of a stored document's (corrected) facts."""
    doc = conn.execute(select(t.documents).where(t.documents.c.id == document_id)).one()
    m, r, c, o = t.mentions, t.relations, t.citations, t.event_occurrences
    oa = t.occurrence_actors
    mentions = conn.execute(select(m.c.actor_id, m.c.text, m.c.start, m.c.end).where(m.c.document_id == document_id)
                            .order_by(m.c.start, m.c.id)).all()
    relations = conn.execute(select(r).where(r.c.document_id == document_id).order_by(r.c.start, r.c.id)).all()
    citations = conn.execute(select(c).where(c.c.document_id == document_id).order_by(c.c.start, c.c.id)).all()
    occurrences = conn.execute(select(o).where(o.c.document_id == document_id).order_by(o.c.start, o.c.id)).all()
    roles: dict[str, dict[str, list[str]]] = {}
    if occurrences:
        for row in conn.execute(select(oa).where(oa.c.occurrence_id.in_([x.id for x in occurrences]))
                                .order_by(oa.c.actor_id)):
            roles.setdefault(row.occurrence_id, {"source": [], "target": []})[row.role].append(row.actor_id)
    used = ({x.actor_id for x in mentions} | {x.subject_id for x in relations} | {x.object_id for x in relations}
            | {x.location_id for x in occurrences if x.location_id}
            | {a for rs in roles.values() for ids in rs.values() for a in ids})
    forms: dict[str, list[str]] = {a: [] for a in used}
    spans: dict[str, list[dict]] = {a: [] for a in used}
    for x in mentions:
        forms[x.actor_id].append(" ".join(x.text.split()))
        spans[x.actor_id].append({"start": x.start, "end": x.end, "text": x.text})
    al = t.aliases
    if used:
        for row in conn.execute(select(al.c.actor_id, al.c.alias).where(
                al.c.actor_id.in_(sorted(used)),
                or_(al.c.document_id == document_id, (al.c.document_id.is_(None)) & (al.c.reason == ALIAS_REASON)))
                .order_by(al.c.id)):
            forms[row.actor_id].append(row.alias)
    # FORMAT.md matches events through a shared actor: an event naming none can match nothing, not
    # even itself, so it is left out of gold (and counted in ``omitted``).
    actorless = [x for x in occurrences if not any(roles.get(x.id, {}).values())]
    occurrences = [x for x in occurrences if any(roles.get(x.id, {}).values())]
    actors = []
    for row in conn.execute(select(t.actors).where(t.actors.c.id.in_(sorted(used))).order_by(t.actors.c.id)):
        aliases = [f for f in dict.fromkeys(forms[row.id]) if f != row.name]
        actors.append({"id": row.id, "name": row.name, "type": row.type, "aliases": aliases, "mentions": spans[row.id]})
    return {
        "document": _text_name(doc.name, doc.format),
        "document_id": doc.id,
        "actors": actors,
        "relations": [{"subject": x.subject_id, "predicate": x.predicate, "object": x.object_id,
                       "evidence": x.evidence, "start": x.start, "end": x.end} for x in relations],
        "citations": [{"outlet": x.outlet, "date": x.date, "evidence": x.evidence, "start": x.start, "end": x.end}
                      for x in citations],
        "events": [{"type": x.type, "mode": x.mode, "date": x.date,
                    "source": roles.get(x.id, {}).get("source", []), "target": roles.get(x.id, {}).get("target", []),
                    "location": x.location_id, "evidence": x.evidence, "start": x.start, "end": x.end}
                   for x in occurrences],
        "omitted": {"events_without_actors": len(actorless)},
    }


def _text_name(name: str, fmt: str | None) -> str:
    """The file the gold's offsets point into: the document's own name when it was plain text."""
    if fmt in ("txt", "md", "text") or name.endswith((".txt", ".md")):
        return name
    return f"{Path(name).stem}.txt"


def export_gold(conn: Connection, refs: list[str], out: Path) -> list[Path]:
    """Write NAME.gold.json (and the document text beside it) for each document; returns the gold paths."""
    ids = [find_document(conn, ref) for ref in refs]
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GoldExportError(f"cannot create the output folder ({exc.strerror or exc})", path=str(out),
                              fix="Give a folder you can write to with --out.") from exc
    written = []
    for document_id in ids:
        gold = document_gold(conn, document_id)
        text = conn.execute(select(t.documents.c.text).where(t.documents.c.id == document_id)).scalar_one()
        stem = Path(gold["document"]).stem
        path = out / f"{stem}{GOLD_SUFFIX}"
        try:
            (out / gold["document"]).write_text(text, encoding="utf-8", newline="")
            path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        except OSError as exc:
            raise GoldExportError(f"cannot write the gold file ({exc.strerror or exc})", path=str(path),
                                  fix="Give a folder you can write to with --out.") from exc
        written.append(path)
    return written


def score_stored(conn: Connection, gold_paths: list[Path]) -> dict:
    """Score each gold file's document as stored (corrected) against it; the report ``evaluate`` gives."""
    total = Scores()
    per_document: dict[str, dict] = {}
    for gold_path in gold_paths:
        gold = load_gold(gold_path)
        ref = gold.get("document_id") or gold.get("document") or ""
        try:
            document_id = find_document(conn, ref)
        except GoldExportError as exc:
            raise GoldExportError(f"the document of this gold file ('{ref[:80]}') is not in the store", path=str(gold_path),
                                  fix="Ingest the document first, or give --db the store it is in.") from exc
        text = conn.execute(select(t.documents.c.text).where(t.documents.c.id == document_id)).scalar_one()
        scores = score_document(document_gold(conn, document_id), gold, text, document=gold.get("document"))
        per_document[gold.get("document") or document_id] = {k: v.to_dict() for k, v in scores.by_category.items()}
        total += scores
    return {"documents": total.documents, "categories": {k: v.to_dict() for k, v in total.by_category.items()},
            "per_document": per_document, "errors": total.errors}
