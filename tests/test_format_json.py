"""The streamed FORMAT.md JSON (`extract --format json`): the same bytes as dumping the whole extraction."""

import io
import json

import pytest

from foothold.analyze.channels import annotate_format
from foothold.extract.format_json import write_format
from foothold.extract.nlp import load_nlp
from foothold.extract.pipeline import run, spill
from foothold.ingest import read_document


def _whole(doc, nlp, segment_chars=None) -> str:
    ex = run(doc, nlp=nlp, segment_chars=segment_chars)
    return json.dumps(annotate_format(ex.to_format(), ex, doc.text), default=str, ensure_ascii=False, indent=2) + "\n"


def _streamed(doc, nlp, segment_chars=None) -> str:
    out = io.StringIO()
    with spill(doc, nlp=nlp, segment_chars=segment_chars) as spilled:
        write_format(spilled, out)
    return out.getvalue()


@pytest.mark.parametrize("segment_chars", [None, 9_000])
def test_streamed_json_is_byte_identical_on_the_seed(seed_path, segment_chars):
    """Whole (one segment) and in 9,000-character segments: every actor, mention, relation,
    citation, event and channel, in the same order and layout."""
    doc, nlp = read_document(seed_path), load_nlp()
    streamed = _streamed(doc, nlp, segment_chars)
    assert streamed == _whole(doc, nlp, segment_chars)
    data = json.loads(streamed)
    assert data["events"] and data["actors"] and all("channel" in e for e in data["events"])


def test_streamed_json_is_byte_identical_on_news(eval_dir):
    nlp = load_nlp()
    for path in sorted((eval_dir / "news-dev").glob("*.txt"))[:2]:
        doc = read_document(path)
        assert _streamed(doc, nlp, 2_500) == _whole(doc, nlp, 2_500), path.name


def test_empty_lists_and_odd_characters_keep_the_json_layout(tmp_path):
    """A document with no facts still gives `[]` lists; quotes, tabs and non-ASCII stay valid JSON."""
    path = tmp_path / "odd.txt"
    path.write_text('Nothing "happens"\there, café — ünïcode.\n', encoding="utf-8")
    doc, nlp = read_document(path), load_nlp()
    streamed = _streamed(doc, nlp)
    assert streamed == _whole(doc, nlp)
    assert json.loads(streamed)["document"] == "odd.txt"
