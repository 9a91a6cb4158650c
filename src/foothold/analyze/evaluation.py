"""Scoring extraction against a folder of gold files (FORMAT.md rules), micro-averaged."""

from __future__ import annotations

from pathlib import Path

from ..errors import DataFileError, NotFoundError
from ..eval import Scores, load_gold, score_document

GOLD_SUFFIX = ".gold.json"


def gold_files(path: Path) -> list[Path]:
    path = Path(path)
    if not path.exists():
        raise NotFoundError("no such gold file or folder", path=str(path))
    if path.is_dir():
        files = sorted(path.rglob(f"*{GOLD_SUFFIX}"))
        if not files:
            raise DataFileError("no *.gold.json files in the folder", path=str(path),
                                fix="Point at a NAME.gold.json file or a folder containing them.")
        return files
    return [path]


def document_for(gold_path: Path, gold: dict) -> Path:
    """The document a gold file annotates: its "document" field, beside the gold file."""
    if gold.get("document"):
        candidate = gold_path.parent / gold["document"]
        if candidate.exists():
            return candidate
    stem = gold_path.name[: -len(GOLD_SUFFIX)] if gold_path.name.endswith(GOLD_SUFFIX) else gold_path.stem
    for suffix in (".txt", ".md", ".html", ".htm", ".pdf"):
        candidate = gold_path.parent / f"{stem}{suffix}"
        if candidate.exists():
            return candidate
    raise NotFoundError(f"the document this gold file annotates ('{gold.get('document') or stem}') is not beside it",
                        path=str(gold_path), fix="Put the document next to its NAME.gold.json.")


def evaluate(path: Path, *, progress=None) -> dict:
    """Extract each gold file's document and score it; returns totals and per-document F1."""
    from ..extract.pipeline import run
    from ..ingest import read_document
    total = Scores()
    per_document: dict[str, dict] = {}
    for gold_path in gold_files(path):
        gold = load_gold(gold_path)
        document = read_document(document_for(gold_path, gold))
        if progress is not None:
            progress.print(f"[dim]scoring {document.name}[/]", highlight=False)
        scores = score_document(run(document).to_format(), gold, document.text, document=document.name)
        per_document[document.name] = {c: prf.to_dict() for c, prf in scores.by_category.items()}
        total += scores
    return {"documents": total.documents,
            "categories": {c: prf.to_dict() for c, prf in total.by_category.items()},
            "per_document": per_document,
            "errors": total.errors}


def category_report(report: dict, documents: set[str] | None = None) -> dict[str, dict]:
    """Micro-averaged counts over a subset of a report's documents (e.g. one half of a dev set)."""
    from ..eval.score import PRF
    totals: dict[str, PRF] = {}
    for name, cats in report["per_document"].items():
        if documents is not None and name not in documents:
            continue
        for cat, d in cats.items():
            totals.setdefault(cat, PRF()).__iadd__(PRF(d["tp"], d["fp"], d["fn"]))
    return {c: prf.to_dict() for c, prf in totals.items()}
