"""A cue in a relative clause on a descriptive apposition is said of the apposition's anchor (relations/cues.py
`cue_subjects`, issue 8): own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"lion": ("organization", ["Blue Lion Group"]), "afl": ("organization", ["Armed Forces of Liberia"]),
          "serbia": ("country", ["Serbia", "Serbian"])}


def test_a_company_apposed_then_qualified_by_that_works_with():
    _, rels = extract("Witnesses named the Blue Lion Group, a Serbian security company that works with the Armed "
                      "Forces of Liberia.", ACTORS)
    assert ("lion", "allied_with", "afl") in rels, rels


def test_a_thing_qualified_by_that_binds_no_named_actor():
    _, rels = extract("The Blue Lion Group sold a radar system that works with the Armed Forces of Liberia's jets.",
                      ACTORS)
    assert ("lion", "allied_with", "afl") not in rels, rels
