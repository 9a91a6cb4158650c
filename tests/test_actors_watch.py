"""A watchdog named "... Watch" is a body, found whole, on a byline or in prose, and listed beside another body
(evargs3: "Watch" joined the organisation head words). Sentences of our own, about arenas outside the dev texts."""

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _actors(tmp_path, text: str) -> dict[str, str]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return {a.name: a.type for a in run(read_document(path)).actors}


def test_a_watchdog_opening_a_sentence_is_a_body(tmp_path):
    got = _actors(tmp_path, "West Balkans Media Watch said the Serbian police detained two reporters.\n")
    assert got.get("West Balkans Media Watch") == "organization", got


def test_a_watchdog_on_its_byline_line_is_found(tmp_path):
    got = _actors(tmp_path, "Logging in the Chaco\n\nChaco Forest Watch, field report, 3 May 2022\n\n"
                            "Loggers cleared 400 hectares near Filadelfia in April.\n")
    assert got.get("Chaco Forest Watch") == "organization", got


def test_a_listed_body_before_and_stays_apart(tmp_path):
    got = _actors(tmp_path, "On Monday Amnesty International and Pacific Press Watch said the raid was unlawful.\n")
    assert "Amnesty International" in got and got.get("Pacific Press Watch") == "organization", got
    assert not any(" and " in name for name in got), got
