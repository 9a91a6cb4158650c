"""A name heading over its definition line: the heading is a person (actors/name_headings.py) and the verbless
title line is that person's tie (relations/heading_holder.py)."""

from __future__ import annotations

from foothold.extract.actors.name_headings import name_headings
from test_relations import extract

TITLE_WORDS = {"Commander", "Spokeswoman", "President"}
FACTBOX = ("FACTBOX - Who leads the rebels?\n\nDANIEL OKORO\n- The military commander of the NLF since 2015. "
           "Okoro trained in Ghana.\n\nGRACE ADEYEMI\n- The spokeswoman of the National Liberation Front.\n\n"
           "GHANA'S ROLE\n- A group of experts said Ghana trained the rebels.\n")
ACTORS = {"okoro": ("person", ["DANIEL OKORO", "Okoro"]), "adeyemi": ("person", ["GRACE ADEYEMI"]),
          "nlf": ("organization", ["National Liberation Front", "NLF"]), "ghana": ("country", ["Ghana"])}


def headings_found(text: str) -> list[str]:
    found: list[list] = []
    name_headings(text, found, lambda cs, ce, t, label: found.append([cs, ce, t, label]), TITLE_WORDS)
    return [text[f[0]:f[1]] for f in found if f[2] == "person"]


def test_a_capitalised_name_over_a_title_line_is_a_person():
    assert headings_found(FACTBOX) == ["DANIEL OKORO", "GRACE ADEYEMI"]


def test_a_capitalised_heading_over_no_title_is_no_person():
    # "A group of experts": "group" is no title; a heading over a sentence that is no definition names no one
    assert headings_found("UGANDA'S ROLE\n- A group of experts said Uganda helped.\n") == []
    assert headings_found("OUTLOOK\nThe end of the season is near.\n") == []


def test_the_definition_line_ties_the_heading_person():
    _, rels = extract(FACTBOX, ACTORS)
    assert ("okoro", "leads", "nlf") in rels and ("adeyemi", "leads", "nlf") in rels


def test_a_title_line_that_is_a_clause_ties_no_heading():
    text = "DANIEL OKORO\n\nThe commander of the NLF said on Monday that the talks had failed.\n"
    _, rels = extract(text, ACTORS)
    assert ("okoro", "leads", "nlf") not in rels
