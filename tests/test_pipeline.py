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


def _exact(doc, ex) -> int:
    """How many extracted spans do not point at their own words in the original text."""
    bad = sum(doc.text[e.start:e.end] != e.evidence for e in ex.events)
    bad += sum(doc.text[c.start:c.end] != c.evidence for c in ex.citations)
    bad += sum(doc.text[r.start:r.end] != r.evidence for r in ex.relations)
    bad += sum(m.text not in doc.text[m.start:m.end] for a in ex.actors for m in a.mentions)
    return bad


def test_a_long_document_is_extracted_by_segments_with_exact_offsets(seed_path):
    """The seed in 12,000-character segments finds what the whole-document run finds, at the same offsets."""
    doc = read_document(seed_path)
    nlp = load_nlp()
    whole = run(doc, nlp=nlp)
    segmented = run(doc, nlp=nlp, segment_chars=12_000)
    assert _exact(doc, segmented) == 0
    same = {(e.start, e.type) for e in whole.events} & {(e.start, e.type) for e in segmented.events}
    assert len(same) >= 0.95 * len(whole.events)
    assert [(c.outlet, c.start) for c in whole.citations] == [(c.outlet, c.start) for c in segmented.citations]
    for e in segmented.events:                      # citation indexes still point at this event's notes
        assert all(0 <= i < len(segmented.citations) for i in e.citations)
    assert len({a.id for a in segmented.actors}) == len(segmented.actors)


def test_segments_shift_offsets_through_markup(tmp_path):
    """A Markdown file whose clean text differs from the original: segment offsets still map back."""
    paras = [f"## Part {i}\n\nOn {i + 1} March 2020 **Iraqi** officials met an *Iranian* delegation in Baghdad, "
             f"and militias fired rockets at a base near Erbil ([IRNA](http://x/{i}))." for i in range(40)]
    path = tmp_path / "long.md"
    path.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.clean != doc.text
    ex = run(doc, segment_chars=2_000)
    assert _exact(doc, ex) == 0 and len(ex.events) >= 40
