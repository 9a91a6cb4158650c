"""File readers: ``read_document(path)`` for .txt, .md, .html/.htm and .pdf; ``iter_paths`` for folders.

Text and Markdown are read as they are; for HTML and PDF ``Document.text`` is
the extracted text and every offset points into it. Bad input raises one
FootholdError naming the file, the reason and the fix.

``Document.metadata`` keys: ``encoding``; ``title_span`` and ``headings``
(original offsets); ``date_source`` (option | text | html | pdf | md);
HTML: ``html_extractor`` (trafilatura | tags), ``author``, ``sitename``...;
PDF: ``pages``, ``page_starts``, ``author``...; Markdown: ``front_matter``.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import EmptyDocumentError, FootholdError, InputError, NotFoundError, UnsupportedFormatError
from ..model import DateValue
from .decoding import decode
from .document import Document, content_id
from .metadata import (dates_a_period, find_date, find_headings, find_title, front_matter, header_block, header_date,
                       parse_date_option, parse_meta_date, strip_title_note)
from .normalise import normalise

FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
           ".html": "html", ".htm": "html", ".pdf": "pdf"}
SUPPORTED_SUFFIXES = tuple(FORMATS)


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == errno.ELOOP:
        return "a symbolic link that leads back to itself (a loop)"
    return getattr(exc, "strerror", None) or exc.__class__.__name__


def iter_paths(paths: str | Path | Iterable[str | Path], *, suffixes: Iterable[str] = SUPPORTED_SUFFIXES,
               problems: list[tuple[Path, str]] | None = None) -> Iterator[Path]:
    """Files to read: folders expand recursively to files with ``suffixes`` (hidden ones skipped), once each.

    What cannot be walked or read as a regular file — an unreadable subfolder, a symlink loop, a FIFO
    or device named on the command line — goes to ``problems`` as (path, reason) instead of stopping
    the batch or hanging on a read; without ``problems`` such paths are yielded for read_document to refuse.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    wanted = {s.lower() for s in suffixes}
    seen: set[Path] = set()

    def problem(path: Path, reason: str) -> bool:
        if problems is None:
            return False
        problems.append((path, reason))
        return True

    for p in map(Path, paths):
        if p.is_dir():
            found = []
            walk_errors: list[OSError] = []
            # os.walk does not follow symlinked folders (no loops) and reports what it cannot read.
            for root, dirs, files in os.walk(p, onerror=walk_errors.append):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    x = Path(root) / name
                    if not name.startswith(".") and x.suffix.lower() in wanted and x.is_file():
                        found.append(x)
            for exc in walk_errors:
                problem(Path(exc.filename or p), f"this folder cannot be read ({_os_reason(exc)}); its files were skipped")
            found.sort()
        else:
            try:
                mode = p.stat().st_mode                     # follows links: a loop raises here
            except (OSError, RuntimeError) as exc:
                if (p.is_symlink() or getattr(exc, "errno", None) == errno.ELOOP) \
                        and problem(p, _os_reason(exc)):
                    continue
                found = [p]       # read_document reports a missing file
            else:
                if not stat.S_ISREG(mode) and problem(
                        p, "not a regular file (a FIFO, socket or device); reading it could wait forever"):
                    continue
                found = [p]
        for x in found:
            try:
                key = x.resolve()
            except (OSError, RuntimeError) as exc:
                if problem(x, _os_reason(exc)):
                    continue
                key = x.absolute()
            if key not in seen:
                seen.add(key)
                yield x


def read_document(path: str | Path, *, date: str | None = None) -> Document:
    """Read one file into a Document; ``date`` (ISO) overrides the date found in it."""
    path = Path(path)
    option_date = parse_date_option(date) if date else None
    fmt = _format(path)
    reader = {"txt": _read_text, "md": _read_markdown, "html": _read_html, "pdf": _read_pdf}[fmt]
    try:
        text, warnings, hints = reader(path)
    except FootholdError as exc:          # a limit hit deep in a reader: name the file
        if exc.path is None:
            exc.path = str(path)
            exc.args = (exc.line(),)
        raise
    if not text.strip():
        raise EmptyDocumentError("no text was found in the file", path=str(path),
                                 fix="Check the file has readable text (not only images or markup).")
    clean, offsets = normalise(text)
    header_end = hints.get("metadata", {}).get("header_end")
    if header_end:
        # Metadata is not body text: blank it in the copy the NLP reads (same length, so offsets hold).
        clean = blank_before(clean, offsets, header_end)
    title, title_span = find_title(text, hints.get("title"))
    headings = find_headings(text)
    if title_span and title_span not in headings:
        headings = sorted([title_span, *headings])
    metadata = {**hints.get("metadata", {}), "title_span": title_span, "headings": headings}
    found_date, source = _choose_date(text, option_date, hints.get("date"),
                                      "header" if hints.get("metadata", {}).get("header") else fmt)
    metadata["date_source"] = source
    # Identity is the resolved absolute path: the same relative path in two folders is two files, and
    # one file named relatively and absolutely is one (an edit then "updates" it).
    return Document(id=content_id(text), name=path.name, path=str(path.resolve()), format=fmt, text=text,
                    clean=clean, offsets=offsets, title=title, date=found_date, warnings=warnings,
                    metadata=metadata)


def _format(path: Path) -> str:
    if not path.exists():
        raise NotFoundError("no such file or folder", path=str(path),
                            fix="Check the path (relative paths start from the current folder).")
    if path.is_dir():
        raise UnsupportedFormatError("this is a folder, not a document", path=str(path),
                                     fix="Pass the files inside it, or use iter_paths() to expand folders.")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UnsupportedFormatError(f"'{path.suffix or '(no suffix)'}' files are not supported", path=str(path),
                                     fix=f"Convert it to one of: {', '.join(SUPPORTED_SUFFIXES)}.")
    return fmt


def _choose_date(text: str, option: DateValue | None, hint: str | None, fmt: str) -> tuple[DateValue | None, str | None]:
    if option:
        return option, "option"
    meta = parse_meta_date(hint) if fmt == "header" else None
    if meta:
        return meta, "header"        # the file's own metadata header says when it was published
    found = find_date(text)
    if found:
        return found, "text"
    meta = parse_meta_date(hint)
    return (meta, fmt) if meta else (None, None)


def _unreadable(path: Path, exc: OSError) -> InputError:
    return InputError(f"the file cannot be read ({exc.strerror or type(exc).__name__})", path=str(path),
                      fix="Check the file's permissions and that it is not locked by another program.")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def _read_text(path: Path) -> tuple[str, list[str], dict]:
    decoded = decode(_read_bytes(path), path)
    hints = {"metadata": {"encoding": decoded.encoding}}
    fields, end = header_block(decoded.text)
    if fields:
        published = header_date(fields)
        hints.update(title=strip_title_note(fields.get("title") or fields.get("headline")),
                     date=published.iso if published else None)
        hints["metadata"].update(header=fields, header_end=end)
        if published is not None and dates_a_period(fields):
            hints["metadata"]["date_ends_period"] = True
        if fields.get("source") or fields.get("url"):
            hints["metadata"]["source_url"] = fields.get("source") or fields.get("url")
    return decoded.text, decoded.warnings, hints


def _read_markdown(path: Path) -> tuple[str, list[str], dict]:
    text, warnings, hints = _read_text(path)
    meta, _ = front_matter(text)   # the normaliser leaves front matter out of the clean text
    if meta:
        hints.update(title=str(meta["title"]) if meta.get("title") else None,
                     date=str(meta["date"]) if meta.get("date") else None)
        hints["metadata"]["front_matter"] = {k: str(v) for k, v in meta.items()}
    return text, warnings, hints


def blank_before(clean: str, offsets, original_end: int) -> str:
    """``clean`` with everything that maps before ``original_end`` turned to spaces (newlines kept)."""
    cut = 0
    while cut < len(clean) and offsets.to_original(cut) < original_end:
        cut += 1
    return re.sub(r"[^\n]", " ", clean[:cut]) + clean[cut:]


def _read_html(path: Path) -> tuple[str, list[str], dict]:
    from .html import declared_charset, extract_html
    raw = _read_bytes(path)
    decoded = decode(raw, path, declared=declared_charset(raw))
    page = extract_html(decoded.text)
    warnings = list(decoded.warnings)
    if page.extractor != "trafilatura":
        warnings.append("trafilatura found no main text in the page; used the plain tag-stripping reader, "
                        "so navigation or boilerplate text may remain.")
    meta = {"encoding": decoded.encoding, "html_extractor": page.extractor, **page.metadata}
    return page.text, warnings, {"title": page.title, "date": page.date, "metadata": meta}


def _read_pdf(path: Path) -> tuple[str, list[str], dict]:
    from .pdf import extract_pdf
    try:
        pdf = extract_pdf(path)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    return pdf.text, [], {"title": pdf.title, "date": pdf.date,
                          "metadata": {**pdf.metadata, "page_starts": pdf.page_starts}}
