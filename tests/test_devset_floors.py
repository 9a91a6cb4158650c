"""The issue's dev-set floors, asserted through the same `evaluate` that `foothold eval` runs.

One full-pipeline extraction per gold set (module-scoped): the seed report, re3d-dev and
news-dev (40 real news, release and report excerpts; tuned on the odd-numbered files, the
even-numbered ones are the check half). The hidden sets are scored separately; these floors
guard against regressions and the half gap against overfitting.
"""

import pytest

from foothold.analyze.evaluation import category_report, evaluate

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


# Measured 2026-12-03 (bench/devscore.py news), floors a little below.
NEWS_FLOORS = {
    "actors": 0.94,
    "typed_actors": 0.94,
    "relations": 0.83,
    "typed_relations": 0.82,
    "events": 0.60,
    "typed_events": 0.55,
}
# The issue asks for halves within 0.05 on events and relations.
HALF_GAP = {"events": 0.05, "relations": 0.05}


@pytest.fixture(scope="module")
def news_report(eval_dir):
    return evaluate(eval_dir / "news-dev")


@pytest.mark.parametrize("category", sorted(NEWS_FLOORS))
def test_news_dev_floor(news_report, category):
    assert len(news_report["per_document"]) == 40
    assert news_report["categories"][category]["f1"] >= NEWS_FLOORS[category], news_report["categories"][category]


@pytest.mark.parametrize("category", sorted(HALF_GAP))
def test_news_dev_halves_stay_close(news_report, category):
    """The check half (even-numbered files) scores within the gap of the tuning half (odd)."""
    docs = list(news_report["per_document"])
    odd = category_report(news_report, {d for d in docs if int(d[:2]) % 2 == 1})[category]["f1"]
    even = category_report(news_report, {d for d in docs if int(d[:2]) % 2 == 0})[category]["f1"]
    assert abs(odd - even) <= HALF_GAP[category], (odd, even)
