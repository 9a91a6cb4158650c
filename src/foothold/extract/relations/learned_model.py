"""The learned relation model: a linear classifier over pair features, shipped as data and validated when loaded.

`data/relmodel/model.json.gz` holds the classes, one weight per class for each feature, and the threshold chosen by
cross-validation on the tuning documents (`bench/relmodel_train.py`); `data/relmodel/MODEL.yaml` records its
version and sha256. Scoring is a softmax over summed weights: plain Python, deterministic, no learning library.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...errors import RelationModelError
from ...yamlfile import load_yaml
from ..linear_scores import sha256_of, softmax

MODEL_DIR = Path(__file__).resolve().parents[2] / "data" / "relmodel"
FORMAT = "foothold.relmodel"
NONE = "none"
PREDICATES = {"leads", "member_of", "part_of", "allied_with", "opposes"}


@dataclass(frozen=True)
class RelationModel:
    version: str
    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float

    def probabilities(self, features) -> list[float]:
        """Softmax over the classes of the summed weights of the features present (unknown ones weigh nothing)."""
        get = self.weights.get
        rows = [w for w in map(get, features) if w is not None]
        sums = [sum(column) for column in zip(*rows)] if rows else [0.0] * len(self.classes)
        return softmax(sums)

    def best(self, features) -> tuple[str, float]:
        """The likeliest predicate other than none, and its probability."""
        probs = self.probabilities(features)
        k = max((k for k, c in enumerate(self.classes) if c != NONE), key=lambda k: probs[k])
        return self.classes[k], probs[k]


file_hash = sha256_of


def _fail(message: str, path: Path) -> RelationModelError:
    return RelationModelError(message, path=str(path),
                              fix="Rebuild it with bench/relmodel_train.py, or set FOOTHOLD_LEARNED_RELATIONS=0.")


def parse_model(raw: dict, path: Path) -> RelationModel:
    """A model from its JSON form, every field checked."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _fail(f"not a {FORMAT} file", path)
    classes = raw.get("classes")
    if not isinstance(classes, list) or NONE not in classes or not set(classes) - {NONE} <= PREDICATES:
        raise _fail("classes must be 'none' and relation predicates", path)
    threshold = raw.get("threshold")
    if not isinstance(threshold, (int, float)) or not 0 < threshold <= 1:
        raise _fail("threshold must be a number in (0, 1]", path)
    weights = raw.get("weights")
    if not isinstance(weights, dict):
        raise _fail("weights must map features to lists", path)
    for feature, w in weights.items():
        if not isinstance(w, list) or len(w) != len(classes) or not all(isinstance(v, (int, float)) for v in w):
            raise _fail(f"feature {feature!r} needs one number per class", path)
    return RelationModel(str(raw.get("version", "")), tuple(classes),
                         {f: tuple(w) for f, w in weights.items()}, float(threshold))


def read_model(model_dir: Path = MODEL_DIR) -> RelationModel:
    """The model in a folder, checked against the sha256 its MODEL.yaml records."""
    card_path = model_dir / "MODEL.yaml"
    try:
        card = load_yaml(card_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise _fail(f"the model card cannot be read: {exc}", card_path) from None
    if not isinstance(card, dict) or not card.get("file") or not card.get("sha256"):
        raise _fail("the model card needs 'file' and 'sha256'", card_path)
    path = model_dir / str(card["file"])
    if not path.is_file():
        raise _fail("the model file is missing", path)
    if file_hash(path) != card["sha256"]:
        raise _fail("the model file does not match the sha256 its card records", path)
    try:
        raw = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    except (OSError, ValueError, EOFError) as exc:
        raise _fail(f"the model file is corrupt: {exc}", path) from None
    model = parse_model(raw, path)
    if model.version != str(card.get("version", "")):
        raise _fail("the model's version differs from its card's", path)
    return model


@lru_cache(maxsize=1)
def load_model() -> RelationModel:
    """The shipped model, read once per process."""
    return read_model()


def write_model(model_dir: Path, version: str, classes: list[str], weights: dict[str, list[float]],
                threshold: float, notes: dict) -> Path:
    """Write a model and its card (deterministic bytes: sorted keys, rounded weights, no gzip timestamp)."""
    model_dir.mkdir(parents=True, exist_ok=True)
    raw = {"format": FORMAT, "version": version, "classes": classes, "threshold": round(threshold, 4),
           "weights": {f: [round(v, 4) for v in w] for f, w in sorted(weights.items())}}
    path = model_dir / "model.json.gz"
    data = json.dumps(raw, sort_keys=True, separators=(",", ":")).encode("utf-8")
    path.write_bytes(gzip.compress(data, mtime=0))
    card = {"file": path.name, "version": version, "sha256": file_hash(path), **notes}
    lines = ["# The learned relation model (bench/relmodel_train.py); read by extract/relations/learned_model.py"]
    lines += [f"{k}: {json.dumps(v)}" for k, v in card.items()]
    (model_dir / "MODEL.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
