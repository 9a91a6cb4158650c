"""bench/relation_loss.py: each missed gold relation gets its fate (issue 8). A small gold set of our own, on arenas
outside the development texts, with one relation per fate; the fresh sets are refused."""

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import relation_loss  # noqa: E402
import sets  # noqa: E402

TEXT = ("The Andean Water Forum, a network of farmers' unions, met in Lima on Monday. Its chairman, Rosa Quispe, "
        "spoke first. Peru opposes the Northern Front. Chile and Peru signed a water accord. President Luis Arce "
        "said little.\n")
ACTORS = [
    {"id": "forum", "name": "Andean Water Forum", "type": "organization"},
    {"id": "quispe", "name": "Rosa Quispe", "type": "person"},
    {"id": "peru", "name": "Peru", "type": "country"},
    {"id": "front", "name": "Northern Front", "type": "organization"},
    {"id": "arce", "name": "Luis Arce", "type": "person"},
    {"id": "bolivia", "name": "Bolivia", "type": "country"},
    {"id": "chile", "name": "Chile", "type": "country"},
    {"id": "ghost", "name": "Altiplano Brigade", "type": "organization"},
]


def write_set(tmp_path: Path, relations: list[dict]) -> Path:
    (tmp_path / "01-forum.txt").write_text(TEXT, encoding="utf-8")
    gold = {"document": "01-forum.txt", "actors": ACTORS, "relations": relations, "citations": [], "events": []}
    path = tmp_path / "01-forum.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def fates(tmp_path: Path, relations: list[dict]) -> dict[str, str]:
    cases, counts = relation_loss.document_cases(write_set(tmp_path, relations))
    return {c.gold: c.fate for c in cases}


def test_each_missed_relation_gets_its_fate(tmp_path):
    got = fates(tmp_path, [
        {"subject": "quispe", "predicate": "leads", "object": "forum", "evidence": "Its chairman, Rosa Quispe"},
        {"subject": "ghost", "predicate": "part_of", "object": "front", "evidence": "Peru opposes the Northern Front"},
        {"subject": "front", "predicate": "opposes", "object": "peru", "evidence": "Peru opposes the Northern Front"},
        {"subject": "arce", "predicate": "leads", "object": "bolivia", "evidence": "President Luis Arce",
         "tie": "title"},
        {"subject": "quispe", "predicate": "member_of", "object": "peru", "evidence": "Its chairman, Rosa Quispe"},
    ])
    assert got.get("Altiplano Brigade part_of Northern Front") == "actor missing: subject", got
    assert got.get("Northern Front opposes Peru", "").startswith("reversed"), got
    assert got.get("Luis Arce leads Bolivia") == "actor missing: object", got     # Bolivia is never named
    assert got.get("Rosa Quispe member_of Peru") == "not in sentence: object", got
    assert "Rosa Quispe leads Andean Water Forum" not in got, got      # found: no loss


def test_a_bare_title_tie_is_told_apart(tmp_path):
    got = fates(tmp_path, [{"subject": "arce", "predicate": "leads", "object": "peru",
                            "evidence": "President Luis Arce", "tie": "title"}])
    assert got.get("Luis Arce leads Peru", "").startswith("bare-title: not in sentence"), got


def test_counts_are_the_scorers(tmp_path):
    _, counts = relation_loss.document_cases(write_set(tmp_path, [
        {"subject": "quispe", "predicate": "leads", "object": "forum", "evidence": "Its chairman, Rosa Quispe"},
        {"subject": "front", "predicate": "opposes", "object": "peru", "evidence": "Peru opposes the Northern Front"},
    ]))
    assert counts["tp"] + counts["fn"] == 2
    assert counts["spurious: reversed"] >= 1, counts


def test_fresh_sets_are_refused():
    with pytest.raises(SystemExit):
        relation_loss.set_files("owndocs45", sets.BENCH / "owndocs45")


def test_a_fresh_set_gives_counts_only(monkeypatch, capsys):
    # the one way a fresh set may be read: the fate tables, never a case with its sentence
    assert relation_loss.set_files("owndocs45", sets.BENCH / "owndocs45", counts_only=True)
    monkeypatch.setattr(sys, "argv", ["relation_loss.py", "--counts-only", "--list", "--dir", "bench/owndocs45"])
    with pytest.raises(SystemExit):
        relation_loss.main()
    assert "drop --list" in capsys.readouterr().err


def test_news_devs_even_half_gives_counts_only():
    news = sets.BENCH.parents[1] / "shared" / "eval" / "news-dev"
    if not news.is_dir():
        pytest.skip("news-dev not found beside the repo")
    with pytest.raises(SystemExit):
        relation_loss.set_files("news-even", news)
    even = relation_loss.set_files("news-even", news, counts_only=True)
    odd = relation_loss.set_files("news-odd", news)
    assert even and odd and all(int(f.name[:2]) % 2 == 0 for f in even)
    assert not {f.name for f in even} & {f.name for f in odd}
