"""Memory bombs from tiny inputs: each is refused with one E141 line naming the limit, within a memory cap."""

import json
import tracemalloc

import pytest

from foothold.errors import LimitError
from foothold.ingest.imports import TextBuilder, read_import
from foothold.ingest.readers import read_document

# "Billion laughs" in YAML: each level references the previous nine times (~500 bytes -> 10^9 strings).
LAUGHS = "---\n" + "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},"
    f"*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n" for i in range(8)) + "---\n\n" \
    "Iraqi officials met Iranian envoys in Baghdad on Tuesday.\n"


def peak_mb(fn):
    tracemalloc.start()
    try:
        fn()
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak / 2**20


def test_yaml_alias_bomb_in_front_matter_is_refused(tmp_path):
    path = tmp_path / "laughs.md"
    path.write_text(LAUGHS, encoding="utf-8")
    assert path.stat().st_size < 600

    def read():
        with pytest.raises(LimitError) as info:
            read_document(path)
        assert info.value.code == "E141" and "alias" in info.value.message
        assert info.value.path == str(path) and str(path) in info.value.line()

    assert peak_mb(read) < 50


def test_plain_front_matter_still_read(tmp_path):
    path = tmp_path / "fm.md"
    path.write_text("---\ntitle: Talks in Muscat\ndate: 2021-04-06\ntags: [iran, oman]\n---\n\n"
                    "Iranian and Omani officials held talks in Muscat.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Talks in Muscat" and doc.date.iso == "2021-04-06"
    assert doc.metadata["front_matter"]["tags"] == "['iran', 'oman']"


def test_oversized_front_matter_is_refused(tmp_path):
    path = tmp_path / "big.md"
    path.write_text("---\n" + "".join(f"k{i}: {'x' * 60}\n" for i in range(1200)) + "---\n\nText.\n", encoding="utf-8")
    with pytest.raises(LimitError, match="KB limit"):
        read_document(path)


def test_huge_offsets_in_an_import_are_refused(tmp_path):
    path = tmp_path / "padded.json"
    path.write_text(json.dumps({"document": "padded.txt", "actors": [{"id": "iran", "name": "Iran", "type": "country"}],
                                "relations": [], "citations": [],
                                "events": [{"type": "ASSAULT", "source": ["iran"], "target": [], "evidence": "fired",
                                            "start": 3_000_000_000, "end": 3_000_000_005}]}), encoding="utf-8")

    def read():
        with pytest.raises(LimitError) as info:
            read_import(path)
        assert "3,000,000,005" in info.value.message and info.value.path == str(path)

    assert peak_mb(read) < 50


def test_text_builder_keeps_offsets_without_padding_in_memory():
    builder = TextBuilder(limit=100)
    assert builder.place("Iran", 10, 14) == (10, 14)
    assert builder.place("Iran", 10, 14) == (10, 14)           # the same evidence twice
    assert builder.place("Iraq", 12, 16) == (16, 20)          # a clash: appended after a blank line
    text = builder.text()
    assert text[10:14] == "Iran" and "Iraq" in text
    with pytest.raises(LimitError):
        builder.place("x" * 10, 95, 105)


def test_deeply_nested_json_is_refused(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    with pytest.raises(LimitError, match="nested deeper"):
        read_import(path)


def test_cli_prints_one_line_and_fails(tmp_path):
    from typer.testing import CliRunner

    from foothold.cli import app
    path = tmp_path / "laughs.md"
    path.write_text(LAUGHS, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", f"sqlite:///{tmp_path / 's.db'}"])
    assert result.exit_code != 0
    assert "E141" in result.output and "laughs.md" in result.output
