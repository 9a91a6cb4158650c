"""The learned event detector's model: a multinomial logistic regression over the features of
learned_features.py, shipped as data (data/event_detector.json: weights per feature and class) with its card
(data/event_detector.yaml: version, the file's sha256, the threshold chosen by cross-validation by document).

Scoring is a sum of weights and a softmax: no learning library is needed at run time, and the result is the same
on every machine. The model is loaded once (``load_detector`` is cached) and validated when loaded: a card or a
weights file that is missing, malformed, of another version or whose hash differs from the card's raises
EventModelError (E405)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...errors import FootholdError
from ...model import EVENT_TYPES
from .. import linear_scores
from ..linear_scores import class_scores, sha256_of, softmax  # noqa: F401  (sha256_of: the card check tests import it here)

DATA = Path(__file__).resolve().parents[2] / "data"
CARD = DATA / "event_detector.yaml"
FORMAT_VERSION = 1
NONE = "NONE"


class EventModelError(FootholdError):
    """The learned event detector's model files are missing, malformed or altered."""
    code = "E405"


@dataclass(frozen=True)
class EventDetector:
    version: str                      # the model's own version, part of the step's extractor name
    threshold: float                  # least probability of an event for the step to add one
    classes: tuple[str, ...]          # NONE, then PLOVER types
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    @property
    def dense(self) -> bool:
        """Whether the model reads the parser's contextual vector of the verb (features "vec0" ..)."""
        return "vec0" in self.weights

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        """P(class | features) for every class: the softmax of the weighted sums."""
        return dict(zip(self.classes, softmax(class_scores(self.intercept, self.weights, feats))))

    def reading(self, feats: dict[str, float]) -> tuple[float, str]:
        """The probability that the candidate tells an event, and its likeliest PLOVER type."""
        probs = self.probabilities(feats)
        etype = max((c for c in self.classes if c != NONE), key=lambda c: (probs[c], c))
        return 1.0 - probs[NONE], etype


def _fail(message: str, path: Path) -> EventModelError:
    return EventModelError(message, path=str(path),
                           fix="Restore the file from the repository or retrain with bench/train_event_detector.py")


def read_card(card: Path) -> dict:
    """The model card: version, weights file, its sha256 and the threshold (validated)."""
    return linear_scores.read_card(card, "event detector", _fail)


def parse_weights(raw: object, path: Path) -> tuple[tuple[str, ...], tuple[float, ...], dict]:
    """Classes, intercept and weights from the weights file's JSON, each row as long as the classes."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_VERSION:
        raise _fail(f"not an event detector weights file of format {FORMAT_VERSION}", path)
    classes = tuple(raw.get("classes", ()))
    if not classes or classes[0] != NONE or not set(classes[1:]) <= set(EVENT_TYPES):
        raise _fail(f"classes must be {NONE} then PLOVER types, not {list(classes)}", path)
    n = len(classes)
    intercept = tuple(raw.get("intercept", ()))
    rows = raw.get("weights", {})
    if len(intercept) != n or not isinstance(rows, dict) or any(len(v) != n for v in rows.values()):
        raise _fail(f"every weight row and the intercept need {n} numbers", path)
    return classes, tuple(float(x) for x in intercept), {k: tuple(float(x) for x in v) for k, v in rows.items()}


@lru_cache(maxsize=4)
def load_detector(card_path: str | None = None) -> EventDetector:
    """The shipped (or named) model, loaded once and checked against its card's hash."""
    card = Path(card_path) if card_path else CARD
    meta = read_card(card)
    raw, weights = linear_scores.read_weights(card, meta, "event detector", _fail)
    classes, intercept, rows = parse_weights(raw, weights)
    return EventDetector(str(meta["version"]), float(meta["threshold"]), classes, intercept, rows)
