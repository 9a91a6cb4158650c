"""Exports as downloads: the CLI's ``export()`` written to a temporary file, then streamed.

The whole export is written before the response starts, so a bad filter or a
missing extra (FtM) is still answered with the one JSON error shape instead of
a broken half-sent file; the file then goes out in chunks, never held in memory.
"""

from __future__ import annotations

import io
import re
import tempfile
from typing import IO, Iterator

from fastapi.responses import StreamingResponse
from sqlalchemy.engine import Engine

from foothold.export import EXPORTERS, Filters, export, exporter

CONTENT_TYPES = {
    "json": "application/json",
    "stix": "application/stix+json; version=2.1",
    "ftm": "application/x-ndjson",
    "plover": "application/x-ndjson",
    "csv": "text/csv",
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
}
FORMAT_LABELS = {"json": "foothold JSON", "stix": "STIX 2.1", "ftm": "FollowTheMoney", "plover": "PLOVER JSONL",
                 "csv": "ACLED CSV", "graphml": "GraphML", "gexf": "GEXF"}
CHUNK = 64 * 1024
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def filename(fmt: str, filters: Filters) -> str:
    """'foothold-<what the filters keep><suffix>', e.g. foothold-actor-qods_force-2020-06.plover.jsonl."""
    parts = ["foothold"]
    for label, value in (("doc", filters.document), ("actor", filters.actor), ("from", filters.date_from),
                         ("to", filters.date_to), ("type", filters.event_type), ("sphere", filters.sphere),
                         ("channel", filters.channel)):
        if value:
            parts.append(f"{label}-{_UNSAFE.sub('_', value)[:40].strip('_')}")
    return "-".join(parts) + EXPORTERS[fmt][2]


def _chunks(raw: IO[bytes]) -> Iterator[bytes]:
    try:
        while chunk := raw.read(CHUNK):
            yield chunk
    finally:
        raw.close()


def export_response(engine: Engine, fmt: str, filters: Filters) -> StreamingResponse:
    exporter(fmt)                                   # an unknown format fails before any work
    raw = tempfile.TemporaryFile()
    text = io.TextIOWrapper(raw, encoding="utf-8", newline="")   # newline="": csv keeps its \r\n
    try:
        count = export(engine, fmt, text, filters)
        text.flush()
    except BaseException:
        text.close()
        raise
    text.detach()
    raw.seek(0)
    headers = {"Content-Disposition": f'attachment; filename="{filename(fmt, filters)}"',
               "X-Foothold-Records": str(count)}
    return StreamingResponse(_chunks(raw), media_type=f"{CONTENT_TYPES[fmt]}; charset=utf-8", headers=headers)
