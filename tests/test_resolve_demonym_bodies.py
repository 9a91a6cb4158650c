"""A body written with its demonym before a formal name keeps the formal name as an alias (resolve/demonym_bodies.py,
relties2): own names from other arenas."""

from __future__ import annotations

from foothold.resolve.demonym_bodies import formal_name_without_demonym
from foothold.resolve.within import WithinDocumentResolver


def strip(text):
    return formal_name_without_demonym(text, WithinDocumentResolver._is_demonym, WithinDocumentResolver._is_body_head)


def test_a_demonym_before_a_ministry_of_is_dropped():
    assert strip("the Chilean Ministry of Public Works") == "Ministry of Public Works"
    assert strip("South Korean Ministry of Unification") == "Ministry of Unification"


def test_a_name_with_no_formal_head_keeps_its_demonym():
    assert strip("the Chilean National Renewal") is None
    assert strip("Chilean Foreign Ministry") is None          # no "of": the rest is no formal name
    assert strip("Ministry of Public Works") is None           # no demonym


def test_the_alias_reaches_the_actor():
    import tempfile
    from pathlib import Path
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    with tempfile.TemporaryDirectory() as tmp:
        story = Path(tmp) / "s.txt"
        story.write_text("The Chilean Ministry of Public Works said on Monday that the bridge in Chile would "
                         "reopen.\n", encoding="utf-8")
        out = run(read_document(story)).to_format()
    body = next(a for a in out["actors"] if "Public Works" in a["name"])
    assert "Ministry of Public Works" in [body["name"], *body["aliases"]], body
