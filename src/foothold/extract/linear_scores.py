"""What the learned steps share (relations/learned_model.py, events/learned_model.py): a linear model's class
scores turned into probabilities, and the sha256 a model card records for its weights file."""

from __future__ import annotations

import hashlib
import math
from pathlib import Path


def softmax(scores: list[float]) -> list[float]:
    """Probabilities from class scores (shifted by the largest, so no exp overflows)."""
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def sha256_of(path: Path) -> str:
    """The hex sha256 of a file's bytes, as a model card records it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
