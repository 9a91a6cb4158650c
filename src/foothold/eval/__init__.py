"""Scoring extractions against gold files (shared/eval/FORMAT.md scoring rules)."""
from .score import score_document, load_gold, Scores

__all__ = ["score_document", "load_gold", "Scores"]
