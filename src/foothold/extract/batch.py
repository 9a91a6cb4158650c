"""Batch extraction without a store: many files, one JSON file each (``foothold extract PATHS --out DIR``).

The same machinery as distributed ingest (``extract.distributed``): with one worker the
files are extracted in this process (one model load), with more on Dask workers (one
model load per worker). Each output is the FORMAT.md JSON of ``extract --format json``;
a file that fails is reported on its line and the others go on.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import OutputFolderError, UnreadablePathError, WorkerLostError
from .distributed import Lost, ordered, workers_for


@dataclass
class Extracted:
    path: str
    status: str                  # extracted | failed
    reason: str | None = None
    out: str | None = None
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        if self.status == "failed":
            return f"failed     {self.path}: {self.reason}"
        return f"extracted  {self.path} -> {self.out}" + "".join(f"\n           warning: {w}" for w in self.warnings)


@dataclass
class ExtractReport:
    outcomes: list[Extracted] = field(default_factory=list)

    @property
    def failed(self) -> list[Extracted]:
        return [o for o in self.outcomes if o.status == "failed"]

    def summary_line(self) -> str:
        done = len(self.outcomes) - len(self.failed)
        return f"{len(self.outcomes)} files: {done} extracted" + (f", {len(self.failed)} failed" if self.failed else "")


def _failed(label: str, exc: Exception) -> Extracted:
    from ..store.batch import _failure      # the one wording of a file's failure (ingest's too)
    outcome = _failure(label, exc, "extraction")
    return Extracted(label, "failed", outcome.reason)


def extract_json(item: tuple[str, str | None, str | None]):
    """Task: (file, date, target) -> (FORMAT.md JSON text, warnings), or the file's failure. With a
    ``target`` (in this process) the JSON is streamed into that file instead (text None): memory
    bounded however long the document."""
    label, date, target = item
    from ..ingest import read_document
    from .format_json import write_format
    from .pipeline import spill
    try:
        document = read_document(Path(label), date=date)
        with spill(document) as spilled:
            if target is None:
                out = io.StringIO()
                write_format(spilled, out)
                return out.getvalue(), list(document.warnings)
            try:
                with open(target, "w", encoding="utf-8") as out:
                    write_format(spilled, out)
            except OSError as exc:
                return _unwritable(label, target, exc)
        return None, list(document.warnings)
    except Exception as exc:     # an extractor bug must not stop the other files
        return _failed(label, exc)


def _unwritable(label: str, target, exc: OSError) -> Extracted:
    return _failed(label, OutputFolderError(f"cannot write {target} ({exc.strerror or exc})",
                                            path=label, fix="Check the --out folder."))


def output_names(files: list[Path]) -> list[str]:
    """``NAME.json`` per input (``report.txt.json``); a repeated name gets ``-2``, ``-3`` in input order."""
    seen: dict[str, int] = {}
    names = []
    for f in files:
        base = f.name
        seen[base] = seen.get(base, 0) + 1
        names.append(f"{base}.json" if seen[base] == 1 else f"{base}-{seen[base]}.json")
    return names


def extract_paths(paths, out: Path, *, date: str | None = None, workers: int = 1,
                  scheduler: str | None = None, console=None, err_console=None) -> ExtractReport:
    """Extract files and folders (recursively) into ``out``/NAME.json; one outcome per file."""
    from ..ingest import SUPPORTED_SUFFIXES, iter_paths
    from .distributed import check_options
    check_options(workers, scheduler)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".foothold-write-check"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise OutputFolderError(f"cannot write to the output folder ({exc.strerror or exc})", path=str(out),
                                fix="Pass --out a folder you can write to (it is created if missing).") from exc
    problems: list[tuple[Path, str]] = []
    files = list(iter_paths([paths] if isinstance(paths, (str, Path)) else paths,
                            suffixes=SUPPORTED_SUFFIXES, problems=problems))
    report = ExtractReport()

    def note(outcome: Extracted) -> None:
        report.outcomes.append(outcome)
        target = (err_console or console) if outcome.status == "failed" else console
        if target is not None:
            target.print(outcome.line(), markup=False, highlight=False)

    for path, reason in problems:
        note(_failed(str(path), UnreadablePathError(reason, path=str(path),
                                                   fix="Name regular files or readable folders.")))
    names = output_names(files)
    with workers_for(workers if files else 1, scheduler if files else None) as client:
        # in this process the JSON goes straight into its file; workers send it back as text
        items = [(str(f), date, str(out / name) if client is None else None) for f, name in zip(files, names)]
        results = ordered(client, extract_json, items)
        try:
            for index, result in results:
                label = items[index][0]
                if isinstance(result, Lost):
                    note(_failed(label, WorkerLostError(
                        f"its extraction never came back: the worker running it stopped ({result.reason})",
                        path=label, fix="Rerun the command; if it fails again, extract the file alone to see the error.")))
                elif isinstance(result, Extracted):
                    note(result)
                else:
                    text, warnings = result
                    target = out / names[index]
                    if text is not None:
                        try:
                            target.write_text(text, encoding="utf-8")
                        except OSError as exc:
                            note(_unwritable(label, target, exc))
                            continue
                    note(Extracted(label, "extracted", out=str(target), warnings=warnings))
        finally:
            results.close()
    return report
