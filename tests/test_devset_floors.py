"""The issue's dev-set floors, asserted through the same `evaluate` that `foothold eval` runs.

One full-pipeline extraction per gold set (module-scoped): the seed report and re3d-dev.
The hidden set is scored separately; these floors guard against regressions.
"""

import pytest

from foothold.analyze.evaluation import evaluate

SEED_FLOORS = {
    "actors": 0.90,
    "typed_actors": 0.85,
    "citations": 0.97,
    "relations": 0.70,
    "events": 0.70,
    "typed_events": 0.60,
}
RE3D_FLOORS = {"typed_mentions": 0.65}


@pytest.fixture(scope="module")
def seed_scores(eval_dir):
    return evaluate(eval_dir / "seed.gold.json")["categories"]


@pytest.fixture(scope="module")
def re3d_scores(re3d_dir):
    return evaluate(re3d_dir)["categories"]


@pytest.mark.parametrize("category", sorted(SEED_FLOORS))
def test_seed_floor(seed_scores, category):
    assert seed_scores[category]["f1"] >= SEED_FLOORS[category], seed_scores[category]


@pytest.mark.parametrize("category", sorted(RE3D_FLOORS))
def test_re3d_floor(re3d_scores, category):
    assert re3d_scores[category]["f1"] >= RE3D_FLOORS[category], re3d_scores[category]


def test_re3d_beats_stock_spacy(re3d_scores, re3d_dir):
    """Typed mention F1 on re3d-dev must beat stock en_core_web_sm with a plain label mapping."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    try:
        import baseline
    finally:
        sys.path.pop(0)
    stock = baseline.score_set(sorted(re3d_dir.glob("*.txt")))
    assert re3d_scores["typed_mentions"]["f1"] > stock.f1("typed_mentions")
