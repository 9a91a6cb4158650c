"""Exports of the store: ``export(engine, fmt, out, filters)``; one module per format.

Every exporter is ``write(conn, selection, out) -> records written`` over a
text stream, reading the store in one ordered pass (see ``select.py``).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import IO, Callable

from sqlalchemy.engine import Engine

from ..errors import FootholdError
from .select import Filters, Selection, resolve

# format -> (module, function, file suffix)
EXPORTERS: dict[str, tuple[str, str, str]] = {
    "json": ("json_", "write", ".json"),
    "stix": ("stix", "write", ".stix.json"),
    "ftm": ("ftm", "write", ".ftm.jsonl"),
    "plover": ("plover", "write", ".plover.jsonl"),
    "csv": ("acled", "write", ".csv"),
    "graphml": ("graph", "write_graphml", ".graphml"),
    "gexf": ("graph", "write_gexf", ".gexf"),
}


class UnknownFormatError(FootholdError):
    code = "E502"


def exporter(fmt: str) -> Callable:
    if fmt not in EXPORTERS:
        raise UnknownFormatError(f"no export format '{fmt}'", fix=f"Use one of: {', '.join(EXPORTERS)}.")
    module, function, _ = EXPORTERS[fmt]
    return getattr(importlib.import_module(f"{__name__}.{module}"), function)


def export(engine: Engine, fmt: str, out: IO[str] | str | Path, filters: Filters | None = None) -> int:
    """Write the store (or what ``filters`` select) as ``fmt`` to a text stream or path."""
    write = exporter(fmt)
    with engine.connect() as conn:
        selection = resolve(conn, filters or Filters())
        if isinstance(out, (str, Path)):
            # newline="" keeps csv's \r\n and writes other formats' \n untouched.
            with open(out, "w", encoding="utf-8", newline="") as stream:
                return write(conn, selection, stream)
        return write(conn, selection, out)


__all__ = ["EXPORTERS", "Filters", "Selection", "export", "exporter", "resolve"]
