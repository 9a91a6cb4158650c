"""yamlfile.load_yaml: the safe loader every data file and rule file goes through."""

from pathlib import Path

import pytest
import yaml

from foothold.yamlfile import load_yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "foothold" / "data"


def test_a_key_written_twice_is_an_error_naming_both_lines():
    with pytest.raises(yaml.YAMLError, match=r"duplicate key 'retake' \(first at line 2\)"):
        load_yaml("verbs:\n  retake: {type: ASSAULT}\n  torch: {type: ASSAULT}\n  retake: {type: COERCE}\n")


def test_nested_and_flow_mappings_still_load():
    assert load_yaml("x: {a: [1, 2], b: {c: 1}}\ny:\n  - {a: 1}\n  - {a: 2}\n") == {
        "x": {"a": [1, 2], "b": {"c": 1}}, "y": [{"a": 1}, {"a": 2}]}


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: str(p.relative_to(DATA)))
def test_every_shipped_data_file_has_unique_keys(path):
    load_yaml(path.read_text("utf-8"))


def test_word_sets_take_their_list_names_from_the_fields(tmp_path):
    from dataclasses import dataclass

    from foothold.errors import DataFileError
    from foothold.yamlfile import read_word_set, read_word_sets

    @dataclass(frozen=True)
    class Words:
        verbs: frozenset[str]
        codes: frozenset[str]

    path = tmp_path / "words.yaml"
    path.write_text("verbs: [Seize, detain]\ncodes: [ASSAULT]\n", encoding="utf-8")
    words = read_word_sets(path, Words, "test words", keep_case=("codes",))
    assert words == Words(verbs=frozenset({"seize", "detain"}), codes=frozenset({"ASSAULT"}))
    assert read_word_set(path, "verbs", "test words") == {"seize", "detain"}
    path.write_text("verbs: [seize]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="codes"):
        read_word_sets(path, Words, "test words")


def test_no_module_names_its_word_lists_twice():
    # read_word_sets takes the list names from the dataclass fields; a separate tuple of the same names drifts
    src = Path(__file__).resolve().parents[1] / "src" / "foothold"
    repeating = [p.relative_to(src).as_posix() for p in src.rglob("*.py")
                 if "WORD_LISTS = (" in p.read_text(encoding="utf-8")]
    assert not repeating, f"use yamlfile.read_word_sets(path, Shape, what) in {repeating}"
