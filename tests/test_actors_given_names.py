"""A name the tagger calls an organisation but shaped like a person's, opened by a given name the Phoenix
dictionaries know, is a person (actors/classify `_person_by_given_name`)."""

import pytest

from foothold.extract.pipeline import run
from foothold.ingest import read_document
from foothold.lexicons import phoenix_given_names


def _actors(tmp_path, text: str) -> dict[str, str]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return {a.name: a.type for a in run(read_document(path)).actors}


def test_given_names_come_from_peoples_listings_not_titles_or_bodies():
    names = phoenix_given_names()
    assert {"mahamat", "maria", "felipe"} <= names
    assert not {"united", "national", "the"} & names


@pytest.mark.parametrize("text, person", [
    ("Mahamat Idriss Déby received the envoy in the capital on Monday.", "Mahamat Idriss Déby"),
    ("María Corina Machado called for a march.", "María Corina Machado"),
    ("Emmerson Mnangagwa signed the decree.", "Emmerson Mnangagwa"),
])
def test_a_person_shaped_name_tagged_as_an_organisation_is_a_person(tmp_path, text, person):
    assert _actors(tmp_path, text).get(person) == "person"


@pytest.mark.parametrize("text, body", [
    ("The Islamic Resistance Committee met in Sanaa.", "Islamic Resistance Committee"),
    ("The United Nations Development Programme opened an office.", "United Nations Development Programme"),
])
def test_bodies_keep_their_type(tmp_path, text, body):
    assert _actors(tmp_path, text).get(body) == "organization"
