"""YAML parsed with libyaml when PyYAML has it (the data files load ~10x faster: every command
and every worker reads them at start), with PyYAML's pure-Python safe loader otherwise.

A key written twice in one mapping is an error, not a silent overwrite (PyYAML keeps the last):
in a lexicon the first entry would be lost without a trace."""

from __future__ import annotations

import dataclasses

import yaml
from yaml.constructor import ConstructorError

from .errors import DataFileError

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SafeLoader(_Base):
    pass


def _unique_mapping(loader, node, deep=False):
    seen: dict = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            first = seen.setdefault(key, key_node.start_mark)
        except TypeError:            # an unhashable key: the safe constructor reports it
            break
        if first is not key_node.start_mark:
            raise ConstructorError("while constructing a mapping", node.start_mark,
                                   f"found duplicate key {key!r} (first at line {first.line + 1})",
                                   key_node.start_mark)
    return loader.construct_mapping(node, deep=deep)


SafeLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def load_yaml(text: str):
    """``yaml.safe_load(text)``: plain data only (no Python objects), through libyaml when present;
    duplicate keys raise ``yaml.constructor.ConstructorError`` (a ``yaml.YAMLError``)."""
    return yaml.load(text, Loader=SafeLoader)   # noqa: S506 — a safe loader


def read_word_lists(path, keys: tuple[str, ...], what: str, section: str | None = None) -> dict[str, list[str]]:
    """A YAML data file (or one ``section`` of it) of named word lists: each of ``keys`` must hold a list of
    non-empty strings; a ``DataFileError`` naming the file and ``what`` it is otherwise."""
    with open(path, encoding="utf-8") as fh:
        data = load_yaml(fh.read())
    if section is not None:
        data = data.get(section) if isinstance(data, dict) else None
    if not isinstance(data, dict) or any(not isinstance(data.get(k), list) or not all(
            isinstance(w, str) and w for w in data[k]) for k in keys):
        raise DataFileError(f"{what} file needs lists of words {', '.join(keys)}", path=str(path))
    return {k: data[k] for k in keys}


def read_word_sets(path, shape, what: str, section: str | None = None, keep_case: tuple[str, ...] = ()):
    """A word-list data file read into ``shape``, a frozen dataclass whose fields are word sets: each field names a
    list the file must hold (validated by ``read_word_lists``), read as a lower-cased frozenset unless named in
    ``keep_case``. The field names are the one place the lists are named."""
    keys = tuple(f.name for f in dataclasses.fields(shape))
    data = read_word_lists(path, keys, what, section)
    return shape(**{k: frozenset(w if k in keep_case else w.lower() for w in data[k]) for k in keys})


def read_word_set(path, key: str, what: str, section: str | None = None) -> frozenset[str]:
    """One list ``key`` of a word-list data file, lower-cased, as a frozenset."""
    return frozenset(w.lower() for w in read_word_lists(path, (key,), what, section)[key])
