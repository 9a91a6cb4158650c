"""Distributed ingest: documents read and extracted on Dask workers, stored here by one writer.

Each worker task reads one file or URL and extracts it, returning the Document and its
Extraction (plain, picklable dataclasses), or the file's failure. The client writes the
results with the serial writer (``batch.store_extraction``: one transaction per document)
in the order of the inputs, so cross-document resolution makes the same store as a serial
run; the workers go on extracting the next documents meanwhile. Documents whose content
is already stored are skipped on the worker right after reading (the content hash is the
document id), before any extraction: an interrupted run resumes where it stopped.
foothold JSON / STIX import files are imported here, at their place in the order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sqlalchemy import select
from sqlalchemy.engine import Engine

from ..errors import WorkerLostError
from ..extract.distributed import Lost, ordered, share
from . import schema as t
from .batch import FileOutcome, _failure, import_path, store_extraction, unchanged


@dataclass
class Extracted:
    document: object            # ingest.document.Document
    extraction: object          # model.Extraction


@dataclass
class Stored:
    """Content already in the store: nothing was extracted."""
    document_id: str
    name: str
    warnings: list[str]


class ImportHere:
    """An import file: the writer imports it in this process, at its place in the order."""


def extract_item(item: tuple[str, bool, str | None], known: frozenset[str]):
    """Worker task: read and extract one file or URL; a failure becomes the file's outcome."""
    label, is_import, date = item
    if is_import:
        return ImportHere()
    from ..extract.pipeline import run
    from ..ingest import read_document
    from ..ingest.web import fetch_document, is_url
    try:
        document = fetch_document(label, date=date) if is_url(label) else read_document(Path(label), date=date)
        if document.id in known:
            return Stored(document.id, document.name, list(document.warnings))
        return Extracted(document, run(document))
    except Exception as exc:     # an extractor bug must not stop the other files
        return _failure(label, exc, "extraction")


def stored_ids(engine: Engine) -> frozenset[str]:
    with engine.connect() as conn:
        return frozenset(conn.execute(select(t.documents.c.id)).scalars())


def distributed_outcomes(engine: Engine, client, files: list[tuple[Path | str, bool]], *,
                         date: str | None = None, replace: bool = False) -> Iterator[list[FileOutcome]]:
    """The outcomes of each of ``files`` (in order), extracted on ``client``'s workers and stored here."""
    known = share(client, frozenset() if replace else stored_ids(engine))
    items = [(str(f), is_import, date) for f, is_import in files]
    results = ordered(client, extract_item, items, args=(known,))
    try:
        for index, result in results:
            label, path = items[index][0], files[index][0]
            if isinstance(result, ImportHere):
                yield import_path(engine, Path(path), replace=replace)
            elif isinstance(result, Extracted):
                yield [store_extraction(engine, label, result.document, result.extraction, replace=replace)]
            elif isinstance(result, Stored):
                yield [unchanged(label, result.document_id, result.name, result.warnings)]
            elif isinstance(result, Lost):
                yield [_failure(label, WorkerLostError(
                    f"its extraction never came back: the worker running it stopped ({result.reason})",
                    path=label, fix="Rerun the same command to retry it (stored documents are skipped); "
                                    "if it fails again, ingest the file alone to see the error."), "extraction")]
            else:
                yield [result]      # the file's failure, as the worker reported it
    finally:
        results.close()
