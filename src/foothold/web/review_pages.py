"""Analyst review in the workbench (issue 12): the facts the reader's correction controls act on, the audit page (``/corrections``) and the review queue (``/review``).

The pages hold no correction logic: the browser posts to the corrections API (``/api/corrections``,
``/api/review/...``) and the pages render what it returns. Controls appear only for editors
(``security.can_edit``: the editor token, or loopback use without tokens).
"""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.engine import Connection

from foothold.store import views
from foothold.web.deps import connection
from foothold.web.render import templates
from foothold.web.security import can_edit

router = APIRouter(include_in_schema=False)
FILTER_DOCUMENTS = 1000     # the audit page's document menu lists the newest (others filter by id in the URL)
# What each kind of correction is called on the audit page (the kinds of POST /api/corrections).
KIND_LABELS = {
    "reject_mention": "rejected a mention", "reject_event": "rejected an event",
    "reject_relation": "rejected a relation", "reject_citation": "rejected a citation", "confirm": "confirmed",
    "retype_actor": "changed an actor's type", "add_alias": "added an alias", "merge_actors": "merged actors",
    "split_alias": "split an alias", "add_event": "added an event", "add_relation": "added a relation",
}


def _names(actors: list[dict] | None) -> list[dict]:
    return [{"id": a.get("id"), "name": a.get("name"), "type": a.get("type")} for a in actors or []]


def reader_facts(doc: dict) -> str:
    """The facts on a reader page, by id, for the correction popovers (JSON for a
    ``<script type="application/json">`` block: every "<" escaped, so no text can close or confuse it)."""
    facts = {
        "document": {"id": doc["id"], "name": doc["name"], "page": doc["page"]},
        "mentions": {str(m["id"]): {"id": m["id"], "text": m["text"], "type": m["type"], "start": m["start"],
                                    "end": m["end"], "extractor": m["extractor"], "reviewed": m.get("reviewed"),
                                    "correction_id": m.get("correction_id"),
                                    "actor": _names([m["actor"]])[0] if m.get("actor") else None}
                     for m in doc["mentions"] if m.get("id") is not None},
        "events": {e["id"]: {"id": e["id"], "type": e["type"], "mode": e.get("mode"), "date": e.get("date"),
                             "source": _names(e.get("source")), "target": _names(e.get("target")),
                             "evidence": e.get("evidence"), "start": e["start"], "end": e["end"],
                             "reviewed": e.get("reviewed"), "correction_id": e.get("correction_id")}
                   for e in doc["events"]},
        "citations": {str(c["id"]): {"id": c["id"], "outlet": c["outlet"], "date": c.get("date"),
                                     "evidence": c.get("evidence"), "start": c["start"], "end": c["end"],
                                     "reviewed": c.get("reviewed"), "correction_id": c.get("correction_id")}
                      for c in doc["citations"]},
        "relations": {str(r["id"]): {"id": r["id"], "predicate": r["predicate"], "subject": _names([r["subject"]])[0],
                                     "object": _names([r["object"]])[0], "evidence": r.get("evidence"),
                                     "start": r["start"], "end": r["end"], "reviewed": r.get("reviewed"),
                                     "correction_id": r.get("correction_id")}
                      for r in doc["relations"]},
    }
    return json.dumps(facts, ensure_ascii=False).replace("<", "\\u003c")


def _page(request: Request, name: str, page: str, heading: str, **context):
    return templates.TemplateResponse(request, name, {"page": page, "heading": heading, "missing_vendor": [],
                                                      "editor": can_edit(request), **context})


@router.get("/corrections", response_class=HTMLResponse)
def corrections(request: Request, conn: Connection = Depends(connection)):
    """Every correction, newest first, with its evidence and an Undo button (filled from the API)."""
    return _page(request, "corrections.html", "review", "Corrections", kinds=KIND_LABELS,
                 documents=views.documents_page(conn, limit=FILTER_DOCUMENTS)["items"])


@router.get("/review", response_class=HTMLResponse)
def queue(request: Request, conn: Connection = Depends(connection)):
    """Unreviewed facts, lowest extraction confidence first, each with keep / reject."""
    return _page(request, "queue.html", "review", "Review queue",
                 documents=views.documents_page(conn, limit=FILTER_DOCUMENTS)["items"])
