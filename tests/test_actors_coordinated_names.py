"""A body whose name coordinates two words before its head noun is one name (issue 8, actors16:
extract/actors/coordinated_names.py). Sentences of our own, from other arenas."""

import pytest

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _actors(tmp_path, text: str) -> dict[str, str]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: a.type for a in run(read_document(path)).actors}


@pytest.mark.parametrize("text,name", [
    ("The Communications and Media Commission of Zambia suspended two radio stations.",
     "Communications and Media Commission"),
    ("The Solidarity and Development Party won four seats in the Gambian vote.", "Solidarity and Development Party"),
    ("Agents of the Security and Intelligence Bureau detained the editor in Lusaka.", "Security and Intelligence Bureau")])
def test_a_coordinated_name_before_a_head_is_one_body(tmp_path, text, name):
    actors = _actors(tmp_path, text)
    assert actors.get(name) == "organization"
    assert not any(n in actors for n in name.split(" and ", 1)[1:])


@pytest.mark.parametrize("text,pair", [
    ("Ecuador and Andean Community officials met in Quito.", ("Ecuador", "Andean Community")),
    ("Hamas and Islamic Jihad Movement fighters fired rockets.", ("Hamas", "Islamic Jihad Movement"))])
def test_a_listed_actor_before_a_body_stays_apart(tmp_path, text, pair):
    actors = _actors(tmp_path, text)
    assert all(p in actors for p in pair)


def test_a_plural_head_names_two_bodies(tmp_path):
    actors = _actors(tmp_path, "The Foreign and Interior Ministries of Chad issued a joint statement.")
    assert "Foreign and Interior Ministries" not in actors
