"""`foothold review ...` (analyst corrections) and `foothold gold export`: thin over store.review,
store.corrections, store.review_queue and store.gold. Registered on the main app (imported at the
bottom of cli.py). Bad ids or types print one line with an E7xx code and exit 1; nothing is half-written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .cli import DbOption, FormatOption, _check_format, _engine, _print_json, _table, app, fails_cleanly, out

review = typer.Typer(help="Correct what extraction got wrong: reject, confirm, retype, alias, add facts; "
                          "list, undo; the review queue. Corrections are re-applied on every re-ingest.",
                     no_args_is_help=True)
gold = typer.Typer(help="Gold files (../shared/eval/FORMAT.md) from reviewed documents.", no_args_is_help=True)
app.add_typer(review, name="review")
app.add_typer(gold, name="gold")

FACT_KINDS = "mention | event | relation | citation"
ReasonOption = typer.Option(None, "--reason", help="Why (kept in the audit).")


def _made(correction: dict, fmt: str) -> None:
    if fmt == "json":
        return _print_json(correction)
    ev = correction["evidence"]
    where = f" at {ev['start']}-{ev['end']} \"{ev['text']}\"" if ev else ""
    created = f" -> {correction['created_fact_id']}" if correction["created_fact_id"] else ""
    out.print(f"{correction['id']}: {correction['kind']} {correction['target_id'] or ''}{created}{where}",
              markup=False, highlight=False)


def _correct(db: str | None, fmt: str, kind: str, fields: dict) -> None:
    from .store.review import correct
    _check_format(fmt)
    _made(correct(_engine(db, existing=True), kind, fields), fmt)


@review.command("reject")
@fails_cleanly
def reject(kind: str = typer.Argument(..., help=FACT_KINDS), fact_id: str = typer.Argument(..., help="The fact's id "
           "(from the reader, `review queue` or `--format json` listings)."),
           reason: Optional[str] = ReasonOption, db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """Reject a fact: it leaves every view and export (undo brings it back)."""
    from .errors import BadCorrectionError
    if kind not in ("mention", "event", "relation", "citation"):
        raise BadCorrectionError(f"'{kind}' is not a kind of fact", fix=f"Use one of: {FACT_KINDS}.")
    _correct(db, format, f"reject_{kind}", {f"{kind}_id": fact_id, "reason": reason})


@review.command("confirm")
@fails_cleanly
def confirm(kind: str = typer.Argument(..., help=FACT_KINDS), fact_id: str = typer.Argument(...),
            db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """Keep a fact as extracted: it counts as human-reviewed (exports say so) and leaves the queue."""
    _correct(db, format, "confirm", {"fact_kind": kind, "fact_id": fact_id})


@review.command("retype")
@fails_cleanly
def retype(actor: str = typer.Argument(..., help="Actor id."), type: str = typer.Argument(
           ..., help="person | organization | media | country | place"),
           reason: Optional[str] = ReasonOption, db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """Change an actor's type."""
    _correct(db, format, "retype_actor", {"actor_id": actor, "type": type, "reason": reason})


@review.command("alias")
@fails_cleanly
def alias(actor: str = typer.Argument(..., help="Actor id."), name: str = typer.Argument(..., help="Another name of it."),
          db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """Add an alias to an actor (later documents using it resolve to the actor)."""
    _correct(db, format, "add_alias", {"actor_id": actor, "alias": name})


@review.command("add-event")
@fails_cleanly
def add_event(document: str = typer.Argument(..., help="Document id, id prefix or file name."),
              start: int = typer.Argument(..., help="Offset of the first selected character (original text)."),
              end: int = typer.Argument(..., help="Offset after the last selected character."),
              type: str = typer.Option(..., "--type", help="A PLOVER type, e.g. CONSULT."),
              mode: Optional[str] = typer.Option(None, "--mode", help="A mode of the type, e.g. visit."),
              source: Optional[str] = typer.Option(None, "--source", help="Actor id of the doer."),
              target: Optional[str] = typer.Option(None, "--target", help="Actor id of the one acted on."),
              date: Optional[str] = typer.Option(None, "--date", help="ISO date: 2020, 2020-06 or 2020-06-17."),
              db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """Add an event extraction missed, on the words at START-END."""
    _correct(db, format, "add_event", {"document_id": _document(db, document), "start": start, "end": end, "type": type,
                                       "mode": mode, "source_actor_id": source, "target_actor_id": target, "date": date})


@review.command("add-relation")
@fails_cleanly
def add_relation(document: str = typer.Argument(..., help="Document id, id prefix or file name."),
                 start: int = typer.Argument(...), end: int = typer.Argument(...),
                 type: str = typer.Option(..., "--type", help="leads | member_of | part_of | allied_with | opposes"),
                 subject: str = typer.Option(..., "--subject", help="Actor id."),
                 object: str = typer.Option(..., "--object", help="Actor id."),
                 db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """Add a relation extraction missed, on the words at START-END."""
    _correct(db, format, "add_relation", {"document_id": _document(db, document), "start": start, "end": end,
                                          "type": type, "subject_actor_id": subject, "object_actor_id": object})


def _document(db: str | None, ref: str) -> str:
    from .store.gold import find_document
    with _engine(db, existing=True).connect() as conn:
        return find_document(conn, ref)


@review.command("undo")
@fails_cleanly
def undo_(correction: str = typer.Argument(..., help="Correction id (from `review list`)."),
          db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """Undo a correction: its effect is reversed; it stays in the audit, marked undone."""
    from .store.review import undo
    _check_format(format)
    c = undo(_engine(db, existing=True), correction)
    if format == "json":
        return _print_json(c)
    out.print(f"{c['id']}: {c['kind']} undone at {c['undone_at']}", markup=False, highlight=False)


@review.command("list")
@fails_cleanly
def list_(document: Optional[str] = typer.Option(None, "--doc", help="Only this document (id, prefix or file name)."),
          kind: Optional[str] = typer.Option(None, "--kind", help="Only this kind, e.g. reject_event."),
          limit: int = typer.Option(100, "--limit", help="At most this many (newest first)."),
          db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """The audit: who corrected what, when, on which words (newest first)."""
    from .store.corrections import corrections_page
    _check_format(format)
    doc = _document(db, document) if document else None
    with _engine(db, existing=True).connect() as conn:
        items = corrections_page(conn, document_id=doc, kind=kind, limit=limit)["items"]
    if format == "json":
        return _print_json(items)
    out.print(_table(f"{len(items)} corrections", ["id", "kind", "target", "author", "created", "undone", "words"],
                     [[c["id"], c["kind"], c["target_id"], c["author"], c["created_at"][:19], (c["undone_at"] or "")[:19],
                       (c["evidence"] or {}).get("text")] for c in items]))


@review.command("queue")
@fails_cleanly
def queue(document: Optional[str] = typer.Option(None, "--doc", help="Only this document (id, prefix or file name)."),
          limit: int = typer.Option(25, "--limit", help="How many facts."),
          db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """Unreviewed facts, least confident first: review these first."""
    from .store.review_queue import queue_page
    _check_format(format)
    doc = _document(db, document) if document else None
    with _engine(db, existing=True).connect() as conn:
        items = queue_page(conn, document_id=doc, limit=limit)["items"]
    if format == "json":
        return _print_json(items)
    out.print(_table("Review queue", ["kind", "id", "confidence", "label", "words", "document", "span"],
                     [[q["fact_kind"], q["fact_id"], q["confidence"], q["label"], q["text"],
                       str(q["document_id"])[:8], f"{q['start']}-{q['end']}"]
                      for q in items], justify_right={"confidence"}))


@gold.command("export")
@fails_cleanly
def gold_export(documents: list[str] = typer.Argument(..., help="Documents (id, id prefix or file name)."),
                out_dir: Path = typer.Option(..., "--out", "-o", help="Folder for NAME.gold.json and the texts."),
                db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """Write a FORMAT.md gold file per document from the corrected store (what the analyst kept, fixed and added)."""
    from .store.gold import export_gold
    _check_format(format)
    with _engine(db, existing=True).connect() as conn:
        paths = export_gold(conn, documents, out_dir)
    if format == "json":
        return _print_json([str(p) for p in paths])
    for p in paths:
        out.print(f"wrote {p}", markup=False, highlight=False)
