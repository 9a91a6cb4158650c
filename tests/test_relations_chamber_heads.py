"""A bare speaker leads the one chamber the text names (relations/chamber_heads.py). Own sentences, arenas outside the
tuning documents."""

from __future__ import annotations

import pytest
from test_relations import extract

from foothold.errors import DataFileError
from foothold.extract.relations.chamber_heads import chamber_head, chamber_words

PARAGUAY = {"paraguay": ("country", ["Paraguay"]), "assembly": ("organization", ["National Assembly"]),
            "senate": ("organization", ["Senate"]), "ruiz": ("person", ["Ana Ruiz"]),
            "benitez": ("person", ["Jorge Benitez"])}


def test_a_bare_speaker_leads_the_one_chamber_the_text_names():
    _, rels = extract("Paraguay's National Assembly met in an emergency session on Tuesday. Speaker Ana Ruiz said "
                      "the decree had no force.", PARAGUAY)
    assert ("ruiz", "leads", "assembly") in rels


def test_a_chamber_another_speaker_heads_is_not_the_bare_speakers():
    _, rels = extract("The National Assembly and the Senate met on Tuesday. Senate Speaker Jorge Benitez opened the "
                      "debate. Speaker Ana Ruiz said the decree had no force.", PARAGUAY)
    assert ("ruiz", "leads", "assembly") in rels and not any(s == "ruiz" and o == "senate" for s, _, o in rels)


def test_two_chambers_leave_a_bare_speaker_untied():
    _, rels = extract("The National Assembly and the Senate met on Tuesday. Speaker Ana Ruiz said the decree had no "
                      "force.", PARAGUAY)
    assert not any(s == "ruiz" for s, _, _ in rels)


def test_chamber_words_are_read_and_checked(tmp_path):
    assert "assembly" in chamber_words()[("speaker",)]
    assert chamber_head("House of Representatives") == "house"
    bad = tmp_path / "roles.yaml"
    bad.write_text("chamber_heads:\n  speaker: assembly\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        chamber_words(str(bad))
