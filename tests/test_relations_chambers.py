"""A legislator's honorific ties the holder to the one chamber the text names (relations/chambers.py, roles.yaml
`chambers`): own sentences from other arenas."""

from __future__ import annotations

import pytest

from test_relations import extract

from foothold.errors import DataFileError
from foothold.extract.relations.chambers import chamber_honorifics


def test_senator_before_a_name_is_a_member_of_the_named_senate():
    actors = {"costa": ("person", ["Maria Costa"]), "senate": ("organization", ["Senate"]),
              "lima": ("place", ["Lima"])}
    _, rels = extract("The Senate voted in Lima on Monday, and Senator Maria Costa accused the minister of lying.",
                      actors)
    assert ("costa", "member_of", "senate") in rels


def test_no_chamber_named_or_two_of_them_ties_nothing():
    actors = {"costa": ("person", ["Maria Costa"]), "lima": ("place", ["Lima"])}
    _, rels = extract("Senator Maria Costa accused the minister of lying in Lima.", actors)
    assert not rels
    actors = {"costa": ("person", ["Maria Costa"]), "us": ("organization", ["U.S. Senate"]),
              "fr": ("organization", ["French Senate"])}
    _, rels = extract("The U.S. Senate and the French Senate held a joint hearing, and Senator Maria Costa spoke.",
                      actors)
    assert ("costa", "member_of", "us") not in rels and ("costa", "member_of", "fr") not in rels


def test_the_chambers_section_is_validated(tmp_path):
    assert chamber_honorifics()["senator"] == "senate"
    bad = tmp_path / "roles.yaml"
    bad.write_text("chambers:\n  senate: [1, '']\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        chamber_honorifics(str(bad))
