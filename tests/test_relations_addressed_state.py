"""A bare-titled holder who addresses the story's state by name is not held in it (relations/addressed_state.py,
issue 8 reltitle11): own sentences from other arenas."""

from __future__ import annotations

import pytest

from foothold.extract.relations.addressed_state import addressing_words
from test_relations import extract

ACTORS = {"kenya": ("country", ["Kenya", "Kenyan"]), "ravel": ("person", ["Tomas Ravel"]),
          "okoro": ("person", ["Dina Okoro"])}
OPENING = "NAIROBI, May 3 (Wire) - Kenya closed its border with Uganda on Monday. "


@pytest.mark.parametrize("sentence", [
    "Prime Minister Tomas Ravel thanked Kenya for its help on Tuesday.",
    "Prime Minister Tomas Ravel praised the deal and thanked Kenya for hosting the talks.",
    "Prime Minister Tomas Ravel called on Kenya to reopen the border.",
    "Prime Minister Tomas Ravel said he was grateful to Kenya and its people.",
    "Prime Minister Tomas Ravel urged Kenya and Tanzania to withdraw their troops.",
])
def test_a_holder_addressing_the_dateline_state_is_not_its_head(sentence):
    _, rels = extract(OPENING + sentence, ACTORS)
    assert ("ravel", "leads", "kenya") not in rels, rels


@pytest.mark.parametrize("sentence", [
    "Prime Minister Tomas Ravel praised the deal on Tuesday.",
    "Prime Minister Tomas Ravel thanked Kenya's farmers for their patience.",
])
def test_without_the_state_addressed_by_name_the_guess_stands(sentence):
    _, rels = extract(OPENING + sentence, ACTORS)
    assert ("ravel", "leads", "kenya") in rels, rels


def test_the_state_addressed_by_another_subject_leaves_the_holder_alone():
    _, rels = extract(OPENING + "Prime Minister Tomas Ravel said the donors had thanked Kenya for its patience.",
                      ACTORS)
    assert ("ravel", "leads", "kenya") in rels, rels


def test_the_words_load_and_are_checked(tmp_path):
    words = addressing_words()
    assert "thank" in words["object_verbs"] and "on" in words["prep_words"]["call"]
    bad = tmp_path / "roles.yaml"
    bad.write_text("addressed_states:\n  object_verbs: []\n  prep_words: {}\n", encoding="utf-8")
    from foothold.errors import DataFileError
    with pytest.raises(DataFileError):
        addressing_words(bad)
