"""Ties, thirteenth pass (issue 8, relties13): own sentences from other arenas than the documents that showed the need
(a tie read from the document's title repeated as its first body line)."""

from __future__ import annotations

from pathlib import Path

from foothold.extract.pipeline import run
from foothold.ingest import read_document

HEADLINE = "Peru threatens Chile over fishing boats seized at sea"
BODY = "LIMA - Coast guards seized four fishing boats off Tacna on Monday, the navy said.\n"


def _ties(tmp_path: Path, title: str, first_line: str, body: str = BODY) -> set[tuple[str, str, str]]:
    """The whole pipeline's ties as (subject name, predicate, object name) for a story with a title header."""
    path = tmp_path / "story.txt"
    path.write_text(f"title: {title}\n\n{first_line}\n\n{body}", encoding="utf-8")
    x = run(read_document(path))
    names = {a.id: a.name for a in x.actors}
    return {(names[r.subject], r.predicate, names[r.object]) for r in x.relations}


def test_the_title_repeated_in_the_body_states_no_tie(tmp_path):
    ties = _ties(tmp_path, f"{HEADLINE} (Andes Wire, 3 May 2021)", HEADLINE)
    assert ("Peru", "opposes", "Chile") not in ties, ties


def test_a_line_that_is_no_title_repeat_is_read(tmp_path):
    ties = _ties(tmp_path, "Fishing boats seized at sea", HEADLINE)
    assert ("Peru", "opposes", "Chile") in ties, ties


def test_a_tie_the_body_states_again_is_read_there(tmp_path):
    body = BODY + "\nPeru threatens Chile with sanctions, the foreign ministry said on Tuesday.\n"
    ties = _ties(tmp_path, HEADLINE, HEADLINE, body)
    assert ("Peru", "opposes", "Chile") in ties, ties


def test_a_line_closing_on_a_colon_is_read(tmp_path):
    """A text of one line is its own title to the reader; a line introducing what follows titles nothing."""
    path = tmp_path / "one.txt"
    path.write_text("The following statement was issued by Council President Maria Lopez (Chile):\n", encoding="utf-8")
    x = run(read_document(path))
    names = {a.id: a.name for a in x.actors}
    ties = {(names[r.subject], r.predicate, names[r.object]) for r in x.relations}
    assert ("Maria Lopez", "member_of", "Chile") in ties, ties
