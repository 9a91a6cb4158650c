"""What the learned steps share (relations/learned_model.py, events/learned_model.py, events/typer_model.py): a
linear model's class scores and their probabilities, the sha256 a model card records for its weights file, and the
reading of a card and its checked weights file (events' models: card YAML beside a weights JSON)."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from pathlib import Path

from ..yamlfile import load_yaml

Fail = Callable[[str, Path], Exception]     # a model's own error for a message and the file it concerns


def softmax(scores: list[float]) -> list[float]:
    """Probabilities from class scores (shifted by the largest, so no exp overflows)."""
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def sha256_of(path: Path) -> str:
    """The hex sha256 of a file's bytes, as a model card records it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def class_scores(intercept: tuple[float, ...], weights: dict[str, tuple[float, ...]],
                 feats: dict[str, float]) -> list[float]:
    """The intercept plus each known feature's weight row times its value: one score per class."""
    scores = list(intercept)
    for f, value in feats.items():
        row = weights.get(f)
        if row is not None:
            for k, w in enumerate(row):
                scores[k] += w * value
    return scores


def read_card(card: Path, what: str, fail: Fail, threshold_may_be_one: bool = False) -> dict:
    """A model card: version, weights file, its sha256 and the threshold (a probability), validated."""
    try:
        raw = load_yaml(card.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise fail(f"cannot read the {what} card: {exc}", card) from exc
    if not isinstance(raw, dict) or not all(k in raw for k in ("version", "weights", "sha256", "threshold")):
        raise fail(f"the {what} card needs version, weights, sha256 and threshold", card)
    threshold = raw["threshold"]
    if not isinstance(threshold, (int, float)) or not (0.0 < threshold < 1.0 or threshold_may_be_one and threshold == 1.0):
        raise fail(f"threshold {threshold!r} is not a probability", card)
    return raw


def read_weights(card: Path, meta: dict, what: str, fail: Fail) -> tuple[object, Path]:
    """The JSON of the weights file a card names, once it exists and its sha256 is the card's."""
    weights = card.parent / str(meta["weights"])
    if not weights.is_file():
        raise fail(f"the {what} weights file is missing", weights)
    if sha256_of(weights) != meta["sha256"]:
        raise fail(f"the {what} weights do not match the sha256 recorded in its card", weights)
    try:
        return json.loads(weights.read_text(encoding="utf-8")), weights
    except ValueError as exc:
        raise fail(f"malformed JSON: {exc}", weights) from exc
