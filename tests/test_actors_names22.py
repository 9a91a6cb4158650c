"""Actor names on unseen text, actors22 (issue 8): a person's hyphenated last name part the NER left out. Sentences
and names of our own, from other arenas."""

from pathlib import Path

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _actors(tmp_path: Path, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: (a.type, tuple(sorted(a.aliases))) for a in run(read_document(path)).actors}


def test_a_hyphenated_given_name_is_kept_whole(tmp_path):
    actors = _actors(tmp_path, "President Moon Jae-in met Prime Minister Shinzo Abe in Osaka on Friday. "
                               "Moon said the talks were useful.")
    assert actors.get("Moon Jae-in", ("",))[0] == "person"
    assert "Moon Jae" not in actors
    assert "Moon" in actors["Moon Jae-in"][1]


def test_a_longer_syllable_that_is_no_english_word_is_kept(tmp_path):
    actors = _actors(tmp_path, "President Yoon Suk-yeol visited the port on Monday.")
    assert actors.get("Yoon Suk-yeol", ("",))[0] == "person"


def test_a_compounding_word_after_a_name_is_no_part_of_it(tmp_path):
    actors = _actors(tmp_path, "The Abe-led cabinet met Boris Johnson-style critics in Tokyo.")
    assert "Boris Johnson-style" not in actors
    assert not any(name.endswith("-led") for name in actors)
