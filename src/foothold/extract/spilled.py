"""One document's extraction with its records on disk: memory bounded by distinct names.

A long document is extracted segment by segment (``segments``); each segment's records are
shifted back into the document's offsets and written to a temporary file as one pickled
block per kind (and one block of mentions per actor), while memory keeps only what is
bounded by distinct names: the actors (without their mentions), their relation titles,
the source notes seen, warnings and counts. Readers stream the records back in the order
the joined extraction has them (``relations()``, ``citations()``, ``events()``,
``mentions(actor_id)``), or ``materialise()`` the whole Extraction for small documents.
"""

from __future__ import annotations

import pickle
import tempfile
from array import array
from dataclasses import replace
from typing import Iterator

from ..errors import SpillError
from ..model import Actor, Citation, Event, Extraction, Mention, Relation


def _shift(obj, shift: int, *names: str) -> None:
    for name in names:
        value = getattr(obj, name, None)
        if value is not None:
            setattr(obj, name, value + shift)


def _shift_date(date, shift: int):
    if date is not None and date.start is not None:
        date = replace(date, start=date.start + shift, end=None if date.end is None else date.end + shift)
    return date


class SpilledExtraction:
    """Segments' extractions joined on disk; the attributes an Extraction has, records as streams."""

    def __init__(self, document):
        self.document_name, self.document_id = document.name, document.id
        self.text = document.text
        self.title, self.date = document.title, document.date
        self.warnings: list[str] = list(document.warnings)
        self.extractors: dict[str, str] = {}
        self.actors: dict[str, Actor] = {}            # local id -> actor, mentions left on disk
        self.titles: dict[str, dict[str, None]] = {}  # local actor id -> relation titles (not "former")
        self.counts = {"mentions": 0, "relations": 0, "citations": 0, "events": 0}
        self.segments = 0
        self.path = document.path
        try:
            self._file = tempfile.TemporaryFile(prefix="foothold-extraction-")
        except OSError as exc:
            raise SpillError(f"cannot create a temporary file in {tempfile.gettempdir()} ({exc.strerror or exc})",
                             path=self.path, fix="Point TMPDIR at a writable folder with room.") from exc
        self._mention_blocks: dict[str, array] = {}
        self._blocks = {"relations": array("q"), "citations": array("q"), "events": array("q")}
        self._notes: dict[str, int] = {}              # citation evidence -> its first start, or -1: repeated

    @classmethod
    def of(cls, document, ex: Extraction) -> "SpilledExtraction":
        """A document extracted whole, kept the same way (its warnings exactly as extracted)."""
        spilled = cls(document)
        spilled.add(ex, 0)
        spilled.warnings = list(ex.warnings)
        return spilled

    # --- writing -------------------------------------------------------------------

    def _put(self, records: list) -> int:
        try:
            self._file.seek(0, 2)
            at = self._file.tell()
            pickle.dump(records, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError as exc:
            raise SpillError(f"cannot keep the extraction's records in the temporary folder {tempfile.gettempdir()} "
                             f"({exc.strerror or exc})", path=self.path,
                             fix="Free space there, or point TMPDIR at a folder with room "
                                 "(about 4 times the document's size).") from exc
        return at

    def add(self, ex: Extraction, shift: int) -> None:
        """Append one segment's extraction, whose offsets count from original offset ``shift``."""
        if self.segments == 0:
            self.title, self.date = ex.title, ex.date
        self.segments += 1
        for a in ex.actors:
            mentions = a.mentions
            for m in mentions:
                _shift(m, shift, "start", "end")
            mentions.sort(key=lambda m: m.start)
            a.mentions = []
            known = self.actors.get(a.id)
            if known is None:
                self.actors[a.id] = a
                self._mention_blocks[a.id] = array("q")
            else:
                known.aliases += [x for x in [a.name, *a.aliases] if x not in known.aliases and x != known.name]
                known.merged_because += [r for r in a.merged_because if r not in known.merged_because]
                known.dictionary_id = known.dictionary_id or a.dictionary_id
            if mentions:
                self._mention_blocks[a.id].append(self._put(mentions))
                self.counts["mentions"] += len(mentions)
        for r in ex.relations:
            _shift(r, shift, "start", "end")
            if r.title and (r.time or "").lower() != "former":
                self.titles.setdefault(r.subject, {}).setdefault(r.title, None)
        base = self.counts["citations"]
        for c in ex.citations:
            _shift(c, shift, "start", "end", "outlet_start", "outlet_end", "note_start", "note_end")
            c.date = _shift_date(c.date, shift)
            first = self._notes.setdefault(c.evidence, c.start)
            if first not in (-1, c.start):
                self._notes[c.evidence] = -1
        for e in ex.events:
            _shift(e, shift, "start", "end")
            e.date = _shift_date(e.date, shift)
            e.citations = [i + base for i in e.citations]
        for kind, records in (("relations", ex.relations), ("citations", ex.citations), ("events", ex.events)):
            self._blocks[kind].append(self._put(records))
            self.counts[kind] += len(records)
        self.warnings += [w for w in ex.warnings if w not in self.warnings]
        self.extractors.update(ex.extractors)

    # --- reading -------------------------------------------------------------------

    def _get(self, at: int) -> list:
        self._file.seek(at)
        return pickle.load(self._file)

    def blocks(self, kind: str) -> Iterator[list]:
        """The records of one kind ("relations", "citations", "events"), a segment's list at a time."""
        for at in self._blocks[kind]:
            block = self._get(at)
            if kind == "citations" and self.segments > 1:
                self._unique_notes(block)
            yield block

    def relations(self) -> Iterator[Relation]:
        for block in self.blocks("relations"):
            yield from block

    def citations(self) -> Iterator[Citation]:
        for block in self.blocks("citations"):
            yield from block

    def events(self) -> Iterator[Event]:
        for block in self.blocks("events"):
            yield from block

    def actor_list(self) -> list[Actor]:
        """The actors, in order of first appearance (their ``mentions`` left on disk: see ``mentions``)."""
        return list(self.actors.values())

    def mentions(self, actor: Actor) -> Iterator[Mention]:
        """An actor's mentions in text order."""
        for at in self._mention_blocks.get(actor.id, ()):
            yield from self._get(at)

    def participants(self) -> dict:
        """Local actor id -> ``analyze.channels.Participant``, as ``extraction_participants`` gives."""
        from ..analyze.channels import participants
        return participants(self.actors.values(), {a: list(t) for a, t in self.titles.items()})

    def _unique_notes(self, citations: list[Citation]) -> None:
        """A source note unique in its segment may repeat elsewhere in the document ("(ISNA, June 15,
        2020)" twice): grow such evidence as the citation extractor does, over the whole text."""
        from .citations import occurrences, unique_span
        found: dict[str, list[int]] = {}
        for c in citations:
            note = c.evidence
            if self._notes.get(note) != -1 or self.text[c.start:c.end] != note:
                continue
            if note not in found:
                found[note] = occurrences(self.text, note)
            c.start, c.end = unique_span(self.text, c.start, c.end, others=found[note])
            c.evidence = self.text[c.start:c.end]

    def materialise(self) -> Extraction:
        """The whole Extraction in memory (what ``pipeline.run`` returns)."""
        actors = []
        for a in self.actors.values():
            actors.append(replace(a, mentions=list(self.mentions(a))))
        return Extraction(document=self.document_name, document_id=self.document_id, actors=actors,
                          relations=list(self.relations()), citations=list(self.citations()),
                          events=list(self.events()), warnings=list(self.warnings),
                          extractors=dict(self.extractors), title=self.title, date=self.date)

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> "SpilledExtraction":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class InMemory:
    """An Extraction held in memory, read through the same interface (the store's writer takes both)."""

    def __init__(self, ex: Extraction, text: str | None = None):
        self.extraction, self.text = ex, text
        self.document_name, self.document_id = ex.document, ex.document_id
        self.title, self.date, self.warnings, self.extractors = ex.title, ex.date, ex.warnings, ex.extractors
        self.counts = {"mentions": sum(len(a.mentions) for a in ex.actors), "relations": len(ex.relations),
                       "citations": len(ex.citations), "events": len(ex.events)}

    def actor_list(self) -> list[Actor]:
        return self.extraction.actors

    def mentions(self, actor: Actor) -> Iterator[Mention]:
        return iter(actor.mentions)

    def blocks(self, kind: str) -> Iterator[list]:
        yield getattr(self.extraction, kind)

    def relations(self) -> Iterator[Relation]:
        return iter(self.extraction.relations)

    def citations(self) -> Iterator[Citation]:
        return iter(self.extraction.citations)

    def events(self) -> Iterator[Event]:
        return iter(self.extraction.events)

    def participants(self) -> dict:
        from ..analyze.channels import extraction_participants
        return extraction_participants(self.extraction)


def records(extraction, text: str | None = None):
    """A SpilledExtraction as it is; an in-memory Extraction seen through the same interface."""
    return extraction if isinstance(extraction, (SpilledExtraction, InMemory)) else InMemory(extraction, text)
