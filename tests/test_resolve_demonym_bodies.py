"""A body written with its demonym before a formal name keeps the formal name as an alias (relties2's sentences;
the mechanism is actors17's `resolve/state_forms.add_formal_body_forms`, which both wrote): own names from other
arenas."""

from __future__ import annotations


def aliases_of(text, part):
    import tempfile
    from pathlib import Path

    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    with tempfile.TemporaryDirectory() as tmp:
        story = Path(tmp) / "s.txt"
        story.write_text(text, encoding="utf-8")
        out = run(read_document(story)).to_format()
    body = next(a for a in out["actors"] if part in a["name"])
    return [body["name"], *body["aliases"]]


def test_the_alias_reaches_the_actor():
    names = aliases_of("The Chilean Ministry of Public Works said on Monday that the bridge in Chile would reopen.\n",
                       "Public Works")
    assert "Ministry of Public Works" in names, names


def test_a_name_with_no_formal_head_keeps_its_demonym():
    names = aliases_of("The Chilean National Renewal party said on Monday it would vote against the bill.\n",
                       "National Renewal")
    assert "National Renewal" not in names, names
