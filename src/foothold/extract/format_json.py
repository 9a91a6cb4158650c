"""The FORMAT.md JSON of an extraction, written record by record (``extract --format json``).

The output is byte for byte ``json.dumps(annotate_format(ex.to_format(), ex, text), indent=2,
ensure_ascii=False)`` and a newline, but no list of records is ever held whole: actors,
their mentions, relations, citations and events stream from a ``SpilledExtraction`` (each
event and relation with its channel, decided from the document's participants).
"""

from __future__ import annotations

import json
from typing import Iterable, TextIO

from ..analyze.channels import event_decision, relation_decision
from .spilled import SpilledExtraction

_HOLE = "\x00foothold-stream\x00"      # stands for a streamed list inside a record's JSON


def _dumps(value, depth: int) -> str:
    """``value`` as indent-2 JSON starting at nesting ``depth`` (its inner lines indented to match)."""
    return json.dumps(value, indent=2, ensure_ascii=False, default=str).replace("\n", "\n" + "  " * depth)


def _write_list(fp: TextIO, items: Iterable, depth: int, write_item=None) -> None:
    """A JSON list at nesting ``depth``, one item at a time (``write_item(fp, item, depth)``)."""
    empty = True
    for item in items:
        fp.write("[\n" if empty else ",\n")
        fp.write("  " * (depth + 1))
        if write_item is None:
            fp.write(_dumps(item, depth + 1))
        else:
            write_item(fp, item, depth + 1)
        empty = False
    fp.write("[]" if empty else "\n" + "  " * depth + "]")


def _write_with_list(fp: TextIO, record: dict, key: str, items: Iterable, depth: int) -> None:
    """``record`` (whose ``key`` is the streamed list ``items``) at nesting ``depth``."""
    head, tail = _dumps({**record, key: _HOLE}, depth).split(json.dumps(_HOLE))
    fp.write(head)
    _write_list(fp, items, depth + 1)
    fp.write(tail)


def write_format(spilled: SpilledExtraction, fp: TextIO) -> None:
    """Write the extraction's FORMAT.md JSON (with channels) to ``fp``."""
    people = spilled.participants()
    text = spilled.text

    def actor(fp, a, depth):
        record = {"id": a.id, "name": a.name, "type": a.type, "aliases": a.aliases, "mentions": None,
                  "extractor": a.extractor, "merged_because": a.merged_because}
        _write_with_list(fp, record, "mentions", (m.to_dict() for m in spilled.mentions(a)), depth)

    relations = ({**r.to_format(), **relation_decision(r, people, text).to_dict()} for r in spilled.relations())
    events = ({**e.to_format(), **event_decision(e, people, text).to_dict()} for e in spilled.events())
    head = {"document": spilled.document_name, "document_id": spilled.document_id, "title": spilled.title,
            "date": spilled.date.iso if spilled.date else None}
    fp.write("{\n")
    for key, value in head.items():
        fp.write(f"  {json.dumps(key)}: {_dumps(value, 1)},\n")
    fp.write('  "actors": ')
    _write_list(fp, spilled.actor_list(), 1, actor)
    fp.write(',\n  "relations": ')
    _write_list(fp, relations, 1)
    fp.write(',\n  "citations": ')
    _write_list(fp, (c.to_format() for c in spilled.citations()), 1)
    fp.write(',\n  "events": ')
    _write_list(fp, events, 1)
    fp.write(f',\n  "warnings": {_dumps(spilled.warnings, 1)},\n  "extractors": {_dumps(spilled.extractors, 1)}\n}}\n')
