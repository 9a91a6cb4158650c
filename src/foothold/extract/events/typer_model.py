"""The learned event-type corrector's model: a multinomial logistic regression over the features of typer_features.py,
shipped as data (data/event_typer.json: classes, intercept, weights per feature and class, and the mode to give a
re-read event of each type and trigger lemma) with its card (data/event_typer.yaml: version, the file's sha256, the
threshold chosen by cross-validation by document).

Scoring is a sum of weights and a softmax: no learning library at run time. The model is loaded once (cached) and
validated when loaded: a card or weights file missing, malformed, of another format or whose hash differs from the
card's raises EventModelError (E405)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...model import EVENT_TYPES
from .. import linear_scores
from ..linear_scores import class_scores, softmax
from .learned_model import EventModelError

DATA = Path(__file__).resolve().parents[2] / "data"
CARD = DATA / "event_typer.yaml"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class EventTyper:
    version: str                      # the model's own version, part of a re-read event's extractor name
    threshold: float                  # least probability of another type for the corrector to re-read an event
    classes: tuple[str, ...]          # PLOVER types
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    modes: dict[str, dict[str, str]] = field(default_factory=dict)   # type -> trigger lemma -> mode

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        """P(type | features) for every class: the softmax of the weighted sums."""
        return dict(zip(self.classes, softmax(class_scores(self.intercept, self.weights, feats))))

    def retype(self, feats: dict[str, float], rule_type: str) -> tuple[str, float] | None:
        """(type, probability) when the likeliest type differs from the rules' and reaches the threshold, else None."""
        probs = self.probabilities(feats)
        best = max(self.classes, key=lambda c: (probs[c], c))
        if best == rule_type or probs[best] < self.threshold:
            return None
        return best, probs[best]

    def mode_for(self, etype: str, lemma: str) -> str | None:
        """The mode a re-read event of this type and trigger lemma takes (the commonest in training), or None."""
        return self.modes.get(etype, {}).get(lemma) or None


def _fail(message: str, path: Path) -> EventModelError:
    return EventModelError(message, path=str(path),
                           fix="Restore the file from the repository or retrain with bench/train_event_typer.py")


def read_card(card: Path) -> dict:
    """The model card: version, weights file, its sha256 and the threshold (validated)."""
    return linear_scores.read_card(card, "event typer", _fail, threshold_may_be_one=True)


def parse_weights(raw: object, path: Path) -> tuple[tuple[str, ...], tuple[float, ...], dict, dict]:
    """Classes, intercept, weights and modes from the weights file's JSON, each row as long as the classes."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_VERSION:
        raise _fail(f"not an event typer weights file of format {FORMAT_VERSION}", path)
    classes = tuple(raw.get("classes", ()))
    if len(classes) < 2 or not set(classes) <= set(EVENT_TYPES):
        raise _fail(f"classes must be PLOVER types, not {list(classes)}", path)
    n = len(classes)
    intercept = tuple(raw.get("intercept", ()))
    rows = raw.get("weights", {})
    if len(intercept) != n or not isinstance(rows, dict) or any(len(v) != n for v in rows.values()):
        raise _fail(f"every weight row and the intercept need {n} numbers", path)
    modes = raw.get("modes", {})
    if not isinstance(modes, dict) or not all(isinstance(v, dict) and t in classes for t, v in modes.items()):
        raise _fail("modes must map a class to {lemma: mode}", path)
    return (classes, tuple(float(x) for x in intercept), {k: tuple(float(x) for x in v) for k, v in rows.items()},
            {t: {str(k): str(m) for k, m in v.items()} for t, v in modes.items()})


@lru_cache(maxsize=4)
def load_typer(card_path: str | None = None) -> EventTyper:
    """The shipped (or named) model, loaded once and checked against its card's hash."""
    card = Path(card_path) if card_path else CARD
    meta = read_card(card)
    raw, weights = linear_scores.read_weights(card, meta, "event typer", _fail)
    classes, intercept, rows, modes = parse_weights(raw, weights)
    return EventTyper(str(meta["version"]), float(meta["threshold"]), classes, intercept, rows, modes)
