"""Ingesting many files: read -> extract -> save, one outcome per file.

A file that fails (unreadable, extraction error, store error) is reported
with its reason and leaves nothing in the store; the others go on.
foothold JSON and STIX bundles (``foothold export --format json|stix``) are
imported instead of extracted (foothold.ingest.imports), one outcome per
document they hold, under the same per-file failure handling. Folders give
their documents and their import files; other JSON files (and *.gold.json
annotations, which have the foothold shape) are left alone there.
"""

from __future__ import annotations

import traceback
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from rich.markup import escape
from sqlalchemy import select
from sqlalchemy.engine import Engine

from ..errors import FootholdError, UnreadablePathError
from . import schema as t
from .db import check_writable
from .writer import SaveResult, has_document, save_extraction

IMPORT_SUFFIXES = (".json",)
ANNOTATION_SUFFIX = ".gold.json"      # FORMAT.md gold annotations: same shape as an export, not documents

STYLES = {"failed": "red", "unchanged": "dim", "ingested": "green", "replaced": "yellow", "updated": "yellow"}


@dataclass
class FileOutcome:
    path: str
    status: str                 # ingested | updated | replaced | unchanged | failed
    reason: str | None = None
    result: SaveResult | None = None
    imported: str | None = None   # the document an import file gave (a bundle may hold several)
    warnings: list[str] = field(default_factory=list)   # what reading the file had to guess (encoding, ...)

    def line(self) -> str:
        if self.status == "failed":
            return f"failed     {self.path}: {self.reason}"
        notes = "".join(f"\n           warning: {w}" for w in self.warnings)
        return self._line() + notes

    def _line(self) -> str:
        r = self.result
        where = f"{self.path}: imported {self.imported}" if self.imported else self.path
        detail = ""
        if r and r.counts:
            c = r.counts
            detail = (f" ({c['actors']} actors, {r.actors_matched} matched to stored actors, "
                      f"{c['citations']} citations, {c['relations']} relations, {c['events']} events"
                      + (f" told {c['occurrences']} times" if c.get("occurrences", c["events"]) != c["events"] else "")
                      + ")")
        return f"{self.status:<10} {where}{detail}"


@dataclass
class IngestReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    not_done: list[str] = field(default_factory=list)     # files left when the run was interrupted (Ctrl+C)

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def summary_line(self) -> str:
        counts = Counter(o.status for o in self.outcomes)
        parts = [f"{counts[s]} {s}" for s in ("ingested", "updated", "replaced", "unchanged", "failed") if counts[s]]
        if self.not_done:
            parts.append(f"{len(self.not_done)} not ingested (interrupted)")
            return f"{len(self.outcomes) + len(self.not_done)} files: " + ", ".join(parts)
        return f"{len(self.outcomes)} files: " + (", ".join(parts) or "nothing to do")


def _failure(path: Path | str, exc: Exception, doing: str) -> FileOutcome:
    """One "failed" outcome naming the file and the reason (a bug's place in the code, too)."""
    if isinstance(exc, FootholdError):
        reason = exc.line()
        prefix = f"{exc.path}: "
        return FileOutcome(str(path), "failed", reason[len(prefix):] if reason.startswith(prefix) else reason)
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return FileOutcome(str(path), "failed",
                       f"[E401] {doing} failed: {exc.__class__.__name__}: {exc} "
                       f"(at {Path(where.filename).name}:{where.lineno}). Please report this with the file.")


def ingest_file(engine: Engine, path: Path, *, date: str | None = None, replace: bool = False) -> FileOutcome:
    from ..ingest import read_document
    return ingest_read(engine, str(path), lambda: read_document(path, date=date), replace=replace)


def ingest_url(engine: Engine, url: str, *, date: str | None = None, replace: bool = False) -> FileOutcome:
    """Fetch a web page or document (``ingest.web``) and store it like a file: same outcomes, same no-op."""
    from ..ingest.web import fetch_document
    return ingest_read(engine, url, lambda: fetch_document(url, date=date), replace=replace)


def ingest_read(engine: Engine, label: str, read, *, replace: bool = False) -> FileOutcome:
    """``read()`` a Document, extract it and store it in one transaction; one outcome, never an exception."""
    from ..extract.pipeline import spill
    try:
        document = read()
        if not replace and has_document(engine, document.id):   # same content: skip the extraction
            return unchanged(label, document.id, document.name, document.warnings)
        extraction = spill(document)     # records on disk: a long document is stored a segment at a time
    except Exception as exc:     # an extractor bug must not stop the other files
        return _failure(label, exc, "extraction")
    with extraction:
        return store_extraction(engine, label, document, extraction, replace=replace)


def unchanged(label: str, document_id: str, name: str, warnings=()) -> FileOutcome:
    return FileOutcome(label, "unchanged", result=SaveResult(document_id, name, "unchanged"), warnings=list(warnings))


def store_extraction(engine: Engine, label: str, document, extraction, *, replace: bool = False) -> FileOutcome:
    """The writer, serial or distributed: one document's extraction in one transaction; one outcome."""
    try:
        result = save_extraction(engine, document, extraction, replace=replace)
        return FileOutcome(label, result.status, result=result, warnings=list(document.warnings))
    except Exception as exc:     # a store error for this document must not stop the other files
        return _failure(label, exc, "extraction")


def import_path(engine: Engine, path: Path, *, replace: bool = False) -> list[FileOutcome]:
    """Import a foothold JSON / STIX file: one outcome per document in it, or one "failed" for the file."""
    from ..ingest.imports import import_file
    try:
        results = import_file(engine, path, replace=replace)
    except Exception as exc:     # a malformed bundle must not stop the other files
        return [_failure(path, exc, "import")]
    if not results:
        return [FileOutcome(str(path), "failed", "[E110] the file holds no document to import. "
                            "Import a file from `foothold export --format json|stix` or a STIX 2.1 bundle.")]
    return [FileOutcome(str(path), r.status, result=r, imported=r.name) for r in results]


def files_to_ingest(paths, problems: list[tuple[Path, str]] | None = None) -> list[tuple[Path, bool]]:
    """(file, is an import file): named files as given; folders' documents and import files.

    Paths that cannot be walked or read as regular files go to ``problems`` (see iter_paths).
    """
    from ..ingest import SUPPORTED_SUFFIXES, iter_paths
    from ..ingest.imports import sniff
    named = set()
    for p in ([paths] if isinstance(paths, (str, Path)) else paths):
        try:
            if not Path(p).is_dir():
                named.add(Path(p).resolve())
        except (OSError, RuntimeError):      # a symlink loop: iter_paths reports it
            pass
    files = []
    for f in iter_paths(paths, suffixes=(*SUPPORTED_SUFFIXES, *IMPORT_SUFFIXES), problems=problems):
        try:
            is_import = sniff(f) is not None
            from_folder = f.resolve() not in named
        except (OSError, RuntimeError):      # unreadable: read_document says so for this file only
            is_import, from_folder = False, False
        if from_folder and f.suffix.lower() in IMPORT_SUFFIXES and \
                (not is_import or f.name.lower().endswith(ANNOTATION_SUFFIX)):
            continue            # a folder's other JSON files are not documents
        files.append((f, is_import))
    return files


def _stored_before_its_line(engine: Engine, path, is_import: bool, started: datetime) -> FileOutcome | None:
    """The outcome of a file whose transaction committed before Ctrl+C stopped its report, else None.

    Documents are written one at a time in the order of the files, so only the first unfinished
    file can be stored without its line; its content hash (the document id) says whether it is.
    """
    from ..ingest import read_document
    from ..ingest.web import is_url
    if is_import or is_url(path):
        return None
    try:
        document = read_document(Path(path))
        with engine.connect() as conn:
            stored_at = conn.execute(select(t.documents.c.ingested_at)
                                     .where(t.documents.c.id == document.id)).scalar()
    except Exception:       # unreadable now, or the store is gone: report the file as not ingested
        return None
    if stored_at is None:
        return None
    if stored_at.tzinfo is None:        # SQLite keeps the UTC time without its zone
        stored_at = stored_at.replace(tzinfo=timezone.utc)
    status = "ingested" if stored_at >= started else "unchanged"
    return FileOutcome(str(path), status, result=SaveResult(document.id, document.name, status),
                       warnings=list(document.warnings))


def ingest_paths(engine: Engine, paths, *, date: str | None = None, replace: bool = False,
                 console=None, err_console=None, workers: int = 1, scheduler: str | None = None) -> IngestReport:
    """Ingest files and folders (recursively) and http(s) URLs; prints one line per file to ``console`` if given.

    ``workers`` > 1 or a ``scheduler`` address: documents are extracted on Dask workers
    (``store.parallel``) and stored here, in the same order and by the same writer as a serial run.
    """
    from ..extract.distributed import check_options, workers_for
    from ..ingest.web import is_url
    check_options(workers, scheduler)
    items = [paths] if isinstance(paths, (str, Path)) else list(paths)
    urls = [p for p in items if is_url(p)]
    local = [p for p in items if not is_url(p)]
    problems: list[tuple[Path, str]] = []
    files = [(u, False) for u in urls] + (files_to_ingest(local, problems) if local else [])
    report = IngestReport()
    if files:
        check_writable(engine)          # a read-only store fails before the first extraction

    def note(outcome: FileOutcome) -> None:
        target = (err_console or console) if outcome.status == "failed" else console
        if target is not None:
            style = STYLES[outcome.status]
            target.print(f"[{style}]{escape(outcome.line())}[/]", highlight=False)
        report.outcomes.append(outcome)      # after its line: an interrupted print leaves the file unfinished

    def serial():
        for f, is_import in files:
            if is_import:
                yield import_path(engine, f, replace=replace)
            elif is_url(f):
                yield [ingest_url(engine, f, date=date, replace=replace)]
            else:
                yield [ingest_file(engine, f, date=date, replace=replace)]

    for path, reason in problems:       # one line each; the rest of the batch goes on
        note(_failure(path, UnreadablePathError(reason, path=str(path),
                                                fix="Name regular files or readable folders."), "reading"))
    extracting = any(not is_import for _, is_import in files)
    started = datetime.now(timezone.utc)
    with workers_for(workers if extracting else 1, scheduler if extracting else None) as client:
        if client is None:
            outcomes = serial()
        else:
            from .parallel import distributed_outcomes
            outcomes = distributed_outcomes(engine, client, files, date=date, replace=replace)
        try:
            if console is None or len(files) <= 1:
                for _ in files:
                    for outcome in next(outcomes):
                        note(outcome)
                return report
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
            with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          console=console, transient=True) as progress:
                task = progress.add_task("ingesting", total=len(files))
                for f, is_import in files:
                    progress.update(task, description=f"{'importing' if is_import else 'ingesting'} "
                                                      f"{f if is_url(f) else f.name}")
                    for outcome in next(outcomes):
                        note(outcome)
                    progress.advance(task)
        except KeyboardInterrupt:
            # Ctrl+C: the document being written is rolled back whole (one transaction each); say what is left.
            finished = {o.path for o in report.outcomes}
            left = [(f, is_import) for f, is_import in files if str(f) not in finished]
            if left and (outcome := _stored_before_its_line(engine, *left[0], started)):
                note(outcome)
                left = left[1:]
            report.not_done = [str(f) for f, _ in left]
        finally:
            outcomes.close()            # distributed: tasks not yet written are cancelled
    return report
