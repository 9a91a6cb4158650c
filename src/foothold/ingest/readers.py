"""File readers. (Minimal: plain text; the full set follows.)"""

from __future__ import annotations

from pathlib import Path

from ..errors import NotFoundError
from .document import Document, content_id
from .normalise import normalise

SUPPORTED_SUFFIXES = (".txt", ".md")


def iter_paths(paths):
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(x for x in p.rglob("*") if x.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            yield p


def read_document(path, *, date=None) -> Document:
    path = Path(path)
    if not path.exists():
        raise NotFoundError("no such file", path=str(path))
    text = path.read_text(encoding="utf-8")
    clean, offsets = normalise(text)
    return Document(id=content_id(text), name=path.name, path=str(path), format=path.suffix.lstrip("."),
                    text=text, clean=clean, offsets=offsets)
