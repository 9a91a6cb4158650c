"""A one-line factbox entry "NAME - Title ...": the capitalised name is a person (actors/name_headings.py) and
holds the title after the dash (relations/entry_holder.py). Sentences are our own, from other arenas."""

from __future__ import annotations

from foothold.extract.actors.name_headings import name_headings
from foothold.extract.dictionary import load_lexicon
from test_relations import extract


def headings_found(text: str) -> list[str]:
    found: list[list] = []
    name_headings(text, found, lambda cs, ce, t, label: found.append([cs, ce, t, label]), load_lexicon().title_words)
    return [text[f[0]:f[1]] for f in found if f[2] == "person"]

LINEUP = ("Who's who in Chad's new cabinet\n\n"
          "NDJAMENA, May 2, 2021 (Sahel Desk) - The transitional council named a cabinet on Sunday.\n\n"
          "ALBERT PADACKE - Prime Minister. A former rival of the late president.\n\n"
          "DAOUD YAYA BRAHIM - Minister of Defence. A general and a member of the Transitional Military Council.\n\n"
          "MAHAMAT ZENE - Spokesman of the Transitional Military Council.\n")
ACTORS = {"padacke": ("person", ["ALBERT PADACKE"]), "brahim": ("person", ["DAOUD YAYA BRAHIM"]),
          "zene": ("person", ["MAHAMAT ZENE"]), "chad": ("country", ["Chad"]),
          "tmc": ("organization", ["Transitional Military Council"])}


def test_a_capitalised_name_before_a_dash_and_a_title_is_a_person():
    assert headings_found(LINEUP) == ["ALBERT PADACKE", "DAOUD YAYA BRAHIM", "MAHAMAT ZENE"]


def test_a_capitalised_line_before_a_dash_and_no_title_is_no_person():
    assert headings_found("LATEST NEWS - Rebels advance on the capital.\n") == []
    assert headings_found("NDJAMENA, May 2 (Desk) - The council met.\n") == []


def test_the_entry_title_is_the_names():
    _, rels = extract(LINEUP, ACTORS)
    assert ("zene", "leads", "tmc") in rels, rels


def test_a_dash_inside_a_sentence_gives_no_entry():
    text = "The council met in NDJAMENA - Spokesman of the Transitional Military Council said nothing.\n"
    _, rels = extract(text, ACTORS)
    assert not any(r[0] == "padacke" for r in rels)


def test_a_verbless_title_sentence_in_the_entry_is_the_names_too():
    text = ("The council named a cabinet.\n\nMAHAMAT ZENE - Minister of Youth. A leader of the Transitional Military Council.\n\n"
            "A leader of the Transitional Military Council said the talks failed.\n")
    _, rels = extract(text, ACTORS)
    assert ("zene", "leads", "tmc") in rels, rels


def test_a_title_sentence_in_a_paragraph_with_no_entry_names_no_one():
    text = "The council met.\n\nALBERT PADACKE spoke first. A leader of the Transitional Military Council.\n"
    _, rels = extract(text, ACTORS)
    assert ("padacke", "leads", "tmc") not in rels, rels
