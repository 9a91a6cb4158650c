"""The `foothold` command line: a thin Typer + Rich layer over importable functions.

Every command's work lives in foothold.store / foothold.analyze / foothold.eval;
this module parses options, calls them and renders. A FootholdError prints
its one line (``path: [E101] reason. fix``) and exits non-zero.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import __version__
from .errors import FootholdError, InputError
from .settings import DB, SCHEDULER, WORKERS

app = typer.Typer(help="foothold: source-traced models of conflict and influence arenas from reports and news.",
                  no_args_is_help=True, rich_markup_mode="rich", add_completion=False)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

WorkersOption = typer.Option(int(WORKERS.default), "--workers", "-w", envvar=WORKERS.env, show_envvar=True,
                             help=WORKERS.help + ".")
SchedulerOption = typer.Option(None, "--scheduler", envvar=SCHEDULER.env, show_envvar=True, help=SCHEDULER.help + ".")
DbOption = typer.Option(None, "--db", envvar=DB.env, show_envvar=True, help=DB.help + " [default: sqlite:///foothold.db]")
FormatOption = typer.Option("table", "--format", "-f", help="Output: table (for people) or json (for programs).")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def fails_cleanly(command):
    """Turn a FootholdError into its one-line message and exit code 1."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except FootholdError as exc:
            err.print(exc.line(), markup=False, highlight=False)
            raise typer.Exit(1)
    return wrapper


def _engine(db: str | None, *, existing: bool = False):
    """The store; ``existing``: a command on stored facts, so a store that is not there is an error (E310)."""
    from .store import connect
    return connect(db, must_exist=existing)


def _print_json(data) -> None:
    out.print_json(json.dumps(data, default=str, ensure_ascii=False))


def _table(title: str, columns: list[str], rows: list[list], *, justify_right: set[str] = frozenset()) -> Table:
    table = Table(title=title, title_justify="left", header_style="bold")
    for c in columns:
        # An id is copied into the next command: never fold it over two lines.
        table.add_column(c, justify="right" if c in justify_right else "left", overflow="fold",
                         no_wrap=c in ("id", "target") or c.endswith(" id"))
    for r in rows:
        table.add_row(*("" if v is None else str(v) for v in r))
    return table


def _check_format(fmt: str) -> None:
    if fmt not in ("table", "json"):
        raise InputError(f"unknown format '{fmt}'", fix="Use --format table or --format json.")


def _read(db: str | None, fmt: str, fetch):
    """Run ``fetch(conn)`` on the store; print it as JSON and return None, or return it for a table."""
    _check_format(fmt)
    with _engine(db, existing=True).connect() as conn:
        data = fetch(conn)
    if fmt == "json":
        _print_json(data)
        return None
    return data


def _version(value: bool) -> None:
    if value:
        out.print(f"foothold {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """Turn analytic reports and news into a source-traced model: actors, relations,
    PLOVER events and citations, every fact linked to its words in the original file."""


# --- ingest & extract ---------------------------------------------------------

@app.command()
@fails_cleanly
def ingest(paths: list[str] = typer.Argument(..., help="Files or folders (read recursively): .txt .md .html .pdf, "
                                            "and .json files exported by foothold (json or stix) to import; "
                                            "or http(s):// URLs of pages and documents to fetch"),
           db: Optional[str] = DbOption,
           date: Optional[str] = typer.Option(None, "--date", help="Publication date (ISO: 2020, 2020-07, 2020-07-14) "
                                              "overriding the one found in the documents; also the year of citations that give none."),
           force: bool = typer.Option(False, "--force", help="Re-extract documents already stored (same content) "
                                      "and replace their facts; recorded corrections (merges, splits, review) are re-applied."),
           workers: int = WorkersOption, scheduler: Optional[str] = SchedulerOption) -> None:
    """Read, extract and store documents. Each file: [green]ingested[/], [dim]unchanged[/] or [red]failed[/]."""
    from .extract.distributed import start_early
    start_early(workers, scheduler)     # local workers' model loads while the store opens
    from .store.batch import ingest_paths
    from .store.views import is_calendar_date
    if date and not (ISO_DATE.match(date) and is_calendar_date(date)):
        raise InputError(f"--date '{date}' is not an ISO date", fix="Use 2020, 2020-07 or 2020-07-14.")
    engine = _engine(db)
    # foothold JSON / STIX bundles among the paths are imported, not extracted (one outcome per document).
    report = ingest_paths(engine, paths, date=date, replace=force, console=out, err_console=err,
                          workers=workers, scheduler=scheduler or None)
    from .store.queries import counts
    with engine.connect() as conn:
        c = counts(conn)
    out.print(f"{report.summary_line()}. Store: {c['documents']} documents, {c['actors']} actors, "
              f"{c['citations']} citations, {c['relations']} relations, {c['events']} events "
              f"({c['occurrences']} tellings).", highlight=False)
    if report.not_done:
        shown = ", ".join(report.not_done[:5]) + (f" and {len(report.not_done) - 5} more" if len(report.not_done) > 5 else "")
        err.print(f"interrupted: the files listed above are stored; not ingested: {shown}. "
                  "Run the same command again to finish (stored files are skipped).", highlight=False, markup=False)
        raise typer.Exit(130)
    from .cli_watch import watch_after_ingest      # the stored watch rules, on what was just stored
    watch_after_ingest(engine, [o.result.document_id for o in report.outcomes
                                if o.result and o.status in ("ingested", "updated", "replaced")])
    if report.failed:
        raise typer.Exit(1)


@app.command()
@fails_cleanly
def extract(paths: list[Path] = typer.Argument(..., help="One document (.txt .md .html .pdf); with --out, "
                                                "any number of files and folders (read recursively)."),
            format: str = FormatOption,
            date: Optional[str] = typer.Option(None, "--date", help="Publication date (ISO), overriding the one found in the text."),
            out_dir: Optional[Path] = typer.Option(None, "--out", "-o", help="Folder for one FORMAT.md JSON file per "
                                                   "input (NAME.json); implies --format json."),
            workers: int = WorkersOption, scheduler: Optional[str] = SchedulerOption) -> None:
    """Extract documents without storing them; JSON is the FORMAT.md shape. Many files: --out DIR."""
    from .extract.pipeline import run
    from .ingest import read_document
    _check_format(format)
    if out_dir is not None:
        from .extract.distributed import start_early
        start_early(workers, scheduler)
        from .extract.batch import extract_paths
        report = extract_paths(paths, out_dir, date=date, workers=workers, scheduler=scheduler or None,
                               console=out, err_console=err)
        out.print(f"{report.summary_line()}, in {out_dir}.", highlight=False, markup=False)
        if report.failed:
            raise typer.Exit(1)
        return
    if len(paths) != 1 or paths[0].is_dir():
        raise InputError("several documents (or a folder) need an output folder",
                         fix="Add --out DIR (one JSON file per document), or name one file.")
    file = paths[0]
    document = read_document(file, date=date)
    if format == "json":        # streamed record by record: memory bounded however long the document
        from .extract.format_json import write_format
        from .extract.pipeline import spill
        with spill(document) as spilled:
            write_format(spilled, sys.stdout)
        return
    extraction = run(document)
    out.print(f"[bold]{document.name}[/]  {extraction.title or ''}  {extraction.date.iso if extraction.date else ''}")
    out.print(_table("Actors", ["id", "name", "type", "aliases", "mentions"],
                     [[a.id, a.name, a.type, ", ".join(a.aliases), len(a.mentions)] for a in extraction.actors],
                     justify_right={"mentions"}))
    out.print(_table("Relations", ["subject", "predicate", "object", "evidence"],
                     [[r.subject, r.predicate, r.object, r.evidence] for r in extraction.relations]))
    out.print(_table("Citations", ["outlet", "date", "evidence"],
                     [[c.outlet, c.date.iso if c.date else None, c.evidence] for c in extraction.citations]))
    out.print(_table("Events", ["type", "date", "source", "target", "evidence"],
                     [[e.type, e.date.iso if e.date else None, ", ".join(e.source), ", ".join(e.target), e.evidence]
                      for e in extraction.events]))


# --- reading the store --------------------------------------------------------

@app.command()
@fails_cleanly
def documents(db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """Stored documents with their counts of actors, citations, relations and events."""
    from .store import queries
    rows = _read(db, format, queries.list_documents)
    if rows is None:
        return
    out.print(_table("Documents", ["name", "date", "title", "actors", "citations", "relations", "events", "id"],
                     [[r["name"], r["date"], r["title"], r["actors"], r["citations"], r["relations"], r["events"],
                       r["id"][:12]] for r in rows], justify_right={"actors", "citations", "relations", "events"}))


@app.command()
@fails_cleanly
def actors(type: Optional[str] = typer.Option(None, "--type", "-t", help="person | organization | media | country | place"),
           top: Optional[int] = typer.Option(None, "--top", "-n", help="Only the N most mentioned."),
           db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """Actors across all documents, most mentioned first."""
    from .model import ACTOR_TYPES
    from .store import queries
    if type and type not in ACTOR_TYPES:
        raise InputError(f"unknown actor type '{type}'", fix=f"Use one of: {', '.join(ACTOR_TYPES)}.")
    rows = _read(db, format, lambda conn: queries.list_actors(conn, type=type, top=top))
    if rows is None:
        return
    out.print(_table("Actors", ["id", "name", "type", "mentions", "documents", "first seen", "last seen"],
                     [[r["id"], r["name"], r["type"], r["mentions"], r["documents"], r["first_seen"], r["last_seen"]]
                      for r in rows], justify_right={"mentions", "documents"}))


@app.command()
@fails_cleanly
def actor(name: str = typer.Argument(..., help="Actor id, name or any alias (transliteration variants work)."),
          db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """One actor's profile: aliases and why they were merged, documents, relations, events, sentences."""
    from .store import queries
    p = _read(db, format, lambda conn: queries.actor_profile(conn, name))
    if p is None:
        return
    out.print(f"[bold]{p['name']}[/] ({p['type']}, id {p['id']}) — {p['mentions']} mentions in "
              f"{len(p['documents'])} documents, seen {p['first_seen'] or '?'} … {p['last_seen'] or '?'}")
    out.print(_table("Aliases", ["alias", "why", "documents"],
                     [[a["alias"], "; ".join(a["reasons"]), ", ".join(a["documents"])] for a in p["aliases"]]))
    if p["relations"]:
        out.print(_table("Relations", ["subject", "predicate", "object", "document", "evidence"],
                         [[r["subject"], r["predicate"], r["object"], r["document"], r["evidence"]] for r in p["relations"]]))
    if p["events"]:
        out.print(_table("Events", ["date", "type", "role", "document", "evidence"],
                         [[e["date"], e["type"], e["role"], e["document"], e["evidence"]] for e in p["events"]]))
    out.print(_table("Sentences", ["document", "at", "sentence"],
                     [[s["document"], s["mention_start"], s["sentence"]] for s in p["sentences"]]))


@app.command()
@fails_cleanly
def sources(db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """Outlets cited in source notes, with counts and the span of dates cited."""
    from .store import queries
    rows = _read(db, format, queries.sources)
    if rows is None:
        return
    out.print(_table("Sources cited", ["outlet", "citations", "documents", "first date", "last date"],
                     [[r["outlet"], r["citations"], r["documents"], r["first_date"], r["last_date"]] for r in rows],
                     justify_right={"citations", "documents"}))


@app.command()
@fails_cleanly
def summary(db: Optional[str] = DbOption, format: str = FormatOption,
            top: int = typer.Option(10, "--top", "-n", help="How many top actors and outlets.")) -> None:
    """The store at a glance: documents, actors by type, top actors, cited outlets, events."""
    from .analyze import build_summary
    s = _read(db, format, lambda conn: build_summary(conn, top=top))
    if s is None:
        return
    c = s["counts"]
    out.print(f"[bold]{c['documents']}[/] documents ({s['date_span']['first'] or '?'} … {s['date_span']['last'] or '?'}), "
              f"[bold]{c['actors']}[/] actors ({s['actors_in_several_documents']} in several documents), "
              f"{c['mentions']} mentions, {c['citations']} citations, {c['relations']} relations, {c['events']} events")
    out.print(_table("Actors by type", ["type", "actors"], [[k, v] for k, v in s["actors_by_type"].items()],
                     justify_right={"actors"}))
    out.print(_table(f"Top {top} actors", ["name", "type", "mentions", "documents"],
                     [[a["name"], a["type"], a["mentions"], a["documents"]] for a in s["top_actors"]],
                     justify_right={"mentions", "documents"}))
    out.print(_table("Citations by outlet", ["outlet", "citations", "first date", "last date"],
                     [[o["outlet"], o["citations"], o["first_date"], o["last_date"]] for o in s["citations_by_outlet"]],
                     justify_right={"citations"}))
    if s["events_by_type"]:
        out.print(_table("Events by type", ["type", "events"], [[k, v] for k, v in s["events_by_type"].items()],
                         justify_right={"events"}))


# --- correcting identity ------------------------------------------------------

@app.command()
@fails_cleanly
def merge(a: str = typer.Argument(..., help="Actor to merge away (id, name or alias)."),
          b: str = typer.Argument(..., help="Actor to keep (id, name or alias)."),
          db: Optional[str] = DbOption) -> None:
    """Merge actor A into actor B. Recorded: re-applied whenever documents are re-ingested."""
    from .store import merge_actors
    r = merge_actors(_engine(db, existing=True), a, b)
    out.print(f"merged {r['merged']} into {r['into']}" if r["changed"] else f"{r['merged']} is already {r['into']}")


@app.command()
@fails_cleanly
def split(actor: str = typer.Argument(..., help="Actor (id, name or alias)."),
          alias: str = typer.Argument(..., help="The surface form that names someone else."),
          db: Optional[str] = DbOption) -> None:
    """Move ALIAS (and its mentions) out of ACTOR into an actor of its own. Recorded and re-applied."""
    from .store import split_alias
    r = split_alias(_engine(db, existing=True), actor, alias)
    out.print(f"split '{r['alias']}' from {r['actor']} into new actor {r['new_actor']}")


@app.command()
@fails_cleanly
def merges(db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """Recorded manual merges and splits, oldest first."""
    from .store import queries
    rows = _read(db, format, queries.list_merges)
    if rows is None:
        return
    out.print(_table("Merges and splits", ["kind", "from", "into", "alias", "when"],
                     [[r["kind"], r["from_ref"], r["into_ref"], r["alias"], r["created_at"]] for r in rows]))


# --- evaluation ---------------------------------------------------------------

@app.command(name="eval")
@fails_cleanly
def eval_(gold: Path = typer.Argument(..., help="A NAME.gold.json file or a folder of them (read recursively)."),
          format: str = FormatOption,
          per_document: bool = typer.Option(False, "--per-document", help="Also show each document's F1."),
          errors: Optional[str] = typer.Option(None, "--errors", help="List missed and spurious items with their sentences: "
                                               "'all' or a comma list of categories (actors,typed_actors,relations,"
                                               "typed_relations,events,typed_events)."),
          store: bool = typer.Option(False, "--store", help="Score the facts stored for each gold file's document "
                                     "(with the analyst's corrections) instead of extracting it afresh."),
          db: Optional[str] = DbOption) -> None:
    """Score extraction against gold files (FORMAT.md rules): precision/recall/F1 per category, micro-averaged."""
    from .analyze.evaluation import evaluate, gold_files
    _check_format(format)
    if store:
        from .store.gold import score_stored
        with _engine(db, existing=True).connect() as conn:
            report = score_stored(conn, gold_files(gold))
    else:
        report = evaluate(gold, progress=out if format == "table" else None)
    if format == "json":
        return _print_json(report)
    rows = [[cat, v["precision"], v["recall"], v["f1"], v["tp"], v["fp"], v["fn"]] for cat, v in report["categories"].items()]
    out.print(_table(f"{report['documents']} documents", ["category", "precision", "recall", "F1", "tp", "fp", "fn"],
                     rows, justify_right={"precision", "recall", "F1", "tp", "fp", "fn"}))
    if per_document:
        cats = list(report["categories"])
        out.print(_table("Per document (F1)", ["document", *cats],
                         [[name, *(d[c]["f1"] for c in cats)] for name, d in report["per_document"].items()]))
    if errors:
        wanted = None if errors == "all" else {c.strip() for c in errors.split(",")}
        listed = [e for e in report["errors"] if wanted is None or e["category"] in wanted]
        # One block per error (a table would fold long sentences into unreadable columns).
        out.print(f"[bold]{len(listed)} errors[/]", highlight=False)
        for e in listed:
            out.print(f"{e['document']}  [bold]{e['category']}[/] {e['kind']}: {escape(e['item'])}", highlight=False)
            if e.get("sentence"):
                out.print(f"    [dim]{escape(e['sentence'])}[/]", highlight=False)


# --- more commands (serve: the web workbench; export) are added below -------------


@app.command(name="export")
@fails_cleanly
def export_(format: str = typer.Option(..., "--format", "-f", help="json | stix | ftm | plover | csv | graphml | gexf"),
            out_file: Optional[Path] = typer.Option(None, "--out", "-o", help="Output file [default: standard output]."),
            document: Optional[str] = typer.Option(None, "--document", help="Only this document (id, id prefix or file name)."),
            actor: Optional[str] = typer.Option(None, "--actor", help="Only facts involving this actor (id, name or alias)."),
            date_from: Optional[str] = typer.Option(None, "--from", help="Only facts dated on or after (ISO, any precision)."),
            date_to: Optional[str] = typer.Option(None, "--to", help="Only facts dated on or before (ISO, any precision)."),
            event_type: Optional[str] = typer.Option(None, "--type", help="Only events of this PLOVER type (no relations)."),
            sphere: Optional[str] = typer.Option(None, "--sphere", help="Only events of this sphere (no relations)."),
            channel: Optional[str] = typer.Option(None, "--channel", help="Only events and relations of this channel "
                                                  "(political, military, economic, religious_cultural, information, unclassified)."),
            db: Optional[str] = DbOption) -> None:
    """Export the store: foothold JSON, STIX 2.1, FollowTheMoney, PLOVER JSONL, ACLED CSV, GraphML or GEXF."""
    from .export import Filters, export, exporter
    exporter(format)
    filters = Filters(document=document, actor=actor, date_from=date_from, date_to=date_to,
                      event_type=event_type, sphere=sphere, channel=channel)
    count = export(_engine(db, existing=True), format, out_file or sys.stdout, filters)
    if out_file:
        err.print(f"{out_file}: {count} {format} records", highlight=False)


@app.command()
@fails_cleanly
def serve(db: Optional[str] = DbOption,
          host: str = typer.Option("127.0.0.1", "--host", envvar="FOOTHOLD_HOST", show_envvar=True,
                                   help="Address to bind (127.0.0.1: this machine only)."),
          port: int = typer.Option(8000, "--port", envvar="FOOTHOLD_PORT", show_envvar=True, min=1, max=65535,
                                   help="Port to listen on (1-65535)."),
          token_file: Optional[Path] = typer.Option(None, "--token-file", help="Access tokens, one per line "
                                                    "(`read: TOKEN`, `edit: TOKEN`; a bare token is an editor's). "
                                                    "Required beyond 127.0.0.1 unless FOOTHOLD_READ_TOKEN / "
                                                    "FOOTHOLD_EDIT_TOKEN are set.")) -> None:
    """Serve the analyst's workbench (web pages + JSON API, docs at /docs) over the store."""
    import socket

    import uvicorn

    from .errors import ServeError
    from .web.app import create_app
    from .web.security import is_loopback, load_access
    access = load_access(token_file=token_file, host=host)
    web_app = create_app(db, must_exist=True, access=access)
    try:                                   # bind first: the banner only once the address is ours
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except (OSError, OverflowError) as exc:
        raise ServeError(f"cannot listen on {host}:{port} ({getattr(exc, 'strerror', None) or exc})",
                         fix="Pick another --port, or stop the program using it.") from exc
    err.print(f"foothold workbench on http://{host}:{port}/  (API docs: http://{host}:{port}/docs; Ctrl+C stops)",
              highlight=False)
    if not is_loopback(host):
        err.print(f"warning: serving beyond this machine on {host}; every request needs an access token "
                  "(browsers log in at /login). Traffic is not encrypted: put HTTPS in front for untrusted networks.",
                  highlight=False, markup=False)
    server = uvicorn.Server(uvicorn.Config(web_app, host=host, port=port, log_level="warning"))
    server.run(sockets=[sock])


from . import cli_arena  # noqa: E402,F401  (arena, proxies, cut, cuts)
from . import cli_watch  # noqa: E402,F401  (registers `watch ...` and `follow`)
from . import cli_brief  # noqa: E402,F401  (brief)
from . import cli_review  # noqa: E402,F401  (review ..., gold export)

if __name__ == "__main__":
    sys.exit(app())
