"""The extraction pipeline: chunked parsing and failure isolation."""

import pytest

from foothold.extract.nlp import load_nlp
from foothold.extract.pipeline import chunks, default_components, parse, run
from foothold.ingest import read_document


def test_chunks_rejoin_to_the_text_and_split_at_paragraphs():
    text = ("A paragraph about Iran and Iraq. " * 40 + "\n\n") * 30
    pieces = chunks(text, size=2_000)
    assert "".join(pieces) == text and len(pieces) > 1
    assert all(p.endswith("\n") for p in pieces[:-1])


def test_chunked_parse_keeps_offsets(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    doc = parse(text, load_nlp())
    assert doc.text == text
    assert all(text[e.start_char:e.end_char] == e.text for e in doc.ents)


class Broken:
    """A component that fails."""
    name = "foothold.broken.v1"
    requires = ()
    provides = ()

    def __call__(self, ctx):
        raise ValueError("boom")


def test_a_failing_component_is_skipped_with_a_warning(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Iraqi Prime Minister Mustafa al-Kadhimi visited Tehran on July 21, 2020 (IRNA, July 21, 2020).",
                    encoding="utf-8")
    doc = read_document(path)
    components = default_components()
    components.insert(3, Broken())
    extraction = run(doc, components, strict=False)
    assert any("foothold.broken.v1 failed" in w for w in extraction.warnings)
    assert extraction.citations and extraction.actors          # the others still ran
    with pytest.raises(ValueError):
        run(doc, components, strict=True)
