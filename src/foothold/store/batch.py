"""Ingesting many files: read -> extract -> save, one outcome per file.

A file that fails (unreadable, extraction error, store error) is reported
with its reason and leaves nothing in the store; the others go on.
(foothold JSON and STIX bundles are imported by foothold.ingest.imports.)
"""

from __future__ import annotations

import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rich.markup import escape
from sqlalchemy.engine import Engine

from ..errors import FootholdError
from .writer import SaveResult, has_document, save_extraction

STYLES = {"failed": "red", "unchanged": "dim", "ingested": "green", "replaced": "yellow", "updated": "yellow"}


@dataclass
class FileOutcome:
    path: str
    status: str                 # ingested | updated | replaced | unchanged | failed
    reason: str | None = None
    result: SaveResult | None = None

    def line(self) -> str:
        if self.status == "failed":
            return f"failed     {self.path}: {self.reason}"
        r = self.result
        detail = ""
        if r and r.counts:
            c = r.counts
            detail = (f" ({c['actors']} actors, {r.actors_matched} matched to stored actors, "
                      f"{c['citations']} citations, {c['relations']} relations, {c['events']} events)")
        return f"{self.status:<10} {self.path}{detail}"


@dataclass
class IngestReport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def summary_line(self) -> str:
        counts = Counter(o.status for o in self.outcomes)
        parts = [f"{counts[s]} {s}" for s in ("ingested", "updated", "replaced", "unchanged", "failed") if counts[s]]
        return f"{len(self.outcomes)} files: " + (", ".join(parts) or "nothing to do")


def ingest_file(engine: Engine, path: Path, *, date: str | None = None, replace: bool = False) -> FileOutcome:
    from ..extract.pipeline import run
    from ..ingest import read_document
    try:
        document = read_document(path, date=date)
        if not replace and has_document(engine, document.id):   # same content: skip the extraction
            result = SaveResult(document.id, document.name, "unchanged")
        else:
            result = save_extraction(engine, document, run(document), replace=replace)
        return FileOutcome(str(path), result.status, result=result)
    except FootholdError as exc:
        reason = exc.line()
        prefix = f"{exc.path}: "
        return FileOutcome(str(path), "failed", reason[len(prefix):] if reason.startswith(prefix) else reason)
    except Exception as exc:     # an extractor bug must not stop the other files
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return FileOutcome(str(path), "failed",
                           f"[E401] extraction failed: {exc.__class__.__name__}: {exc} "
                           f"(at {Path(where.filename).name}:{where.lineno}). Please report this with the file.")


def ingest_paths(engine: Engine, paths, *, date: str | None = None, replace: bool = False,
                 console=None, err_console=None) -> IngestReport:
    """Ingest files and folders (recursively); prints one line per file to ``console`` if given."""
    from ..ingest import iter_paths
    files = list(iter_paths(paths))
    report = IngestReport()

    def note(outcome: FileOutcome) -> None:
        report.outcomes.append(outcome)
        target = (err_console or console) if outcome.status == "failed" else console
        if target is not None:
            style = STYLES[outcome.status]
            target.print(f"[{style}]{escape(outcome.line())}[/]", highlight=False)

    if console is None or len(files) <= 1:
        for f in files:
            note(ingest_file(engine, Path(f), date=date, replace=replace))
        return report
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task("ingesting", total=len(files))
        for f in files:
            progress.update(task, description=f"ingesting {Path(f).name}")
            note(ingest_file(engine, Path(f), date=date, replace=replace))
            progress.advance(task)
    return report
