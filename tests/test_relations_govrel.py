"""Government statements (issue 8, govrel): a release whose place-and-date line opens its first paragraph after a
dash, a bare title after "the Most/Right Honourable" and a name after "the Honourable" typed a person. Own sentences, other arenas."""

from __future__ import annotations

from pathlib import Path

from test_relations import extract

from foothold.extract.pipeline import run
from foothold.extract.relations.release_place import release_places
from foothold.ingest import read_document

PERU = {"peru": ("country", ["Peru"]), "chile": ("country", ["Chile"]),
        "lima": ("place", ["Lima"]), "vargas": ("person", ["Elena Vargas"]), "soto": ("person", ["Luis Soto"])}


def test_a_place_and_date_opening_the_first_paragraph_after_a_dash_names_where_it_was_issued():
    assert release_places("Statement\n\nLima, 20 February 2023 \u2014 The Ministry informs the public ...") == ["Lima"]
    assert release_places("Statement\n\nLIMA, 20 February 2023 - The Government of Peru has decided ...") == ["LIMA"]
    assert release_places("Statement\n\nCusco, 3 May 2022 \u2013 Peru regrets ...") == ["Cusco"]


def test_a_date_going_on_without_a_dash_or_after_a_sentence_is_no_place_line():
    assert release_places("Statement\n\nLima, 20 February 2023, the ministry said that trade would resume.\n") == []
    assert release_places("Statement\n\nThe talks in Lima, 20 February 2023 - 1 March 2023, failed.\n") == []


def test_a_dashed_place_line_holds_the_releases_bare_titles_in_its_state():
    text = ("Statement on the border closure\n\nLima, 20 February 2023 \u2014 Peru regrets that Chile today closed "
            "two border crossings to Peruvian trucks, and asks Chile to reopen them at once.\n\n"
            "This afternoon the Prime Minister, the Honourable Elena Vargas, spoke with the President of Chile.")
    _, rels = extract(text, PERU, title="Statement on the border closure")
    assert ("vargas", "leads", "peru") in rels


def test_a_bare_title_before_the_most_honourable_holds_the_name_after_it():
    text = ("Statement\n\nLima, 20 February 2023 \u2014 Prime Minister the Most Honourable Elena Vargas today "
            "announced that Peru will reopen its consulate in Arica.")
    _, rels = extract(text, PERU, title="Statement")
    assert ("vargas", "leads", "peru") in rels


def _actors(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "statement.txt"
    path.write_text(text, encoding="utf-8")
    return {a.name: a.type for a in run(read_document(path)).actors}


def test_a_name_after_the_honourable_is_a_person_not_a_body(tmp_path):
    actors = _actors(tmp_path, "Belmopan, 17 March 2021 \u2014 The Minister of Foreign Affairs, the Honourable "
                               "Rosa Quispe, summoned the Ambassador of Guatemala. This afternoon the Prime Minister, "
                               "the Honourable Juan Mamani, spoke by telephone with the President of Guatemala.")
    assert actors.get("Juan Mamani") == "person"
    assert not any("Honourable" in name for name in actors)


def test_the_honourable_prime_minister_of_a_tuning_statement_is_a_person():
    path = Path(__file__).resolve().parents[1] / "bench" / "owndocs42" / "09-belize-mfa-sarstoon-protest.txt"
    actors = {a.name: a.type for a in run(read_document(path)).actors}
    assert actors.get("John Brice\u00f1o") == "person"
    assert not any("Honourable" in name for name in actors)
