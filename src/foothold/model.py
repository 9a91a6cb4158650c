"""The data shape of an extraction.

Plain dataclasses, one per concept. ``Extraction.to_format()`` renders the
shape of shared/eval/FORMAT.md (fields may be added, never removed).
All offsets are character offsets into ``Document.text`` -- the text exactly
as read from the input -- never into the normalised copy the NLP sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field, asdict
from typing import Any, Literal

ActorType = Literal["person", "organization", "media", "country", "place"]
ACTOR_TYPES: tuple[str, ...] = ("person", "organization", "media", "country", "place")
Precision = Literal["day", "month", "season", "year"]

PREDICATES = ("leads", "member_of", "part_of", "allied_with", "opposes")
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
               "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@dataclass
class DateValue:
    """A normalised date with its precision.

    ``iso`` is ISO 8601 cut to the precision (``2020-06-03``, ``2020-06``, ``2020``);
    a season keeps ``iso`` at the year and names the season in ``qualifier``;
    "early/mid/late June" keeps month precision with the qualifier.
    """
    iso: str
    precision: Precision
    qualifier: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None

    @property
    def year(self) -> int:
        return int(self.iso[:4])

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Mention:
    start: int
    end: int
    text: str
    type: str
    actor: str | None = None          # local actor id after resolution
    extractor: str = ""
    label: str | None = None          # raw label from the producing component (e.g. spaCy's ORG)

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
                "extractor": self.extractor}


@dataclass
class Actor:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    extractor: str = ""
    dictionary_id: str | None = None     # id of the matching entry in an actor dictionary
    merged_because: list[str] = field(default_factory=list)  # why surface forms were merged

    def surface_forms(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class Citation:
    outlet: str
    date: DateValue | None
    evidence: str
    start: int
    end: int
    extractor: str
    outlet_actor: str | None = None
    outlet_start: int | None = None  # the outlet's name inside the note (a media mention)
    outlet_end: int | None = None
    note_start: int | None = None    # the whole parenthesised note
    note_end: int | None = None

    def to_format(self) -> dict:
        return {"outlet": self.outlet, "date": self.date.iso if self.date else None,
                "evidence": self.evidence, "start": self.start, "end": self.end,
                "precision": self.date.precision if self.date else None,
                "outlet_actor": self.outlet_actor, "extractor": self.extractor}


@dataclass
class Relation:
    subject: str
    predicate: str
    object: str
    evidence: str
    start: int
    end: int
    extractor: str
    title: str | None = None           # role as written: "Commander", "Minister of Energy"
    time: str | None = None            # "former", "incoming", "since 2020-01", ...
    confidence: float = 1.0

    def to_format(self) -> dict:
        return {"subject": self.subject, "predicate": self.predicate, "object": self.object,
                "evidence": self.evidence, "start": self.start, "end": self.end,
                "title": self.title, "time": self.time, "confidence": self.confidence,
                "extractor": self.extractor}


@dataclass
class Event:
    type: str
    source: list[str]
    target: list[str]
    evidence: str
    start: int
    end: int
    extractor: str
    mode: str | None = None
    date: DateValue | None = None
    location: str | None = None
    quad: str | None = None            # verbal/material cooperation/conflict
    sphere: str | None = None          # political, military, economic, religious, information
    citations: list[int] = field(default_factory=list)   # indexes into Extraction.citations
    attributed_to: list[str] = field(default_factory=list)  # reported-speech sources ("told Reuters")
    confidence: float = 1.0
    trigger: str | None = None
    negated: bool = False
    hypothetical: bool = False

    def to_format(self) -> dict:
        return {"type": self.type, "mode": self.mode, "date": self.date.iso if self.date else None,
                "date_precision": self.date.precision if self.date else None,
                "source": self.source, "target": self.target, "location": self.location,
                "evidence": self.evidence, "start": self.start, "end": self.end,
                "quad": self.quad, "sphere": self.sphere, "citations": self.citations,
                "attributed_to": self.attributed_to, "trigger": self.trigger,
                "confidence": self.confidence, "negated": self.negated,
                "hypothetical": self.hypothetical, "extractor": self.extractor}


@dataclass
class Extraction:
    document: str                       # file name, as in gold files
    document_id: str                    # content hash
    actors: list[Actor] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extractors: dict[str, str] = field(default_factory=dict)   # component name -> description
    title: str | None = None
    date: DateValue | None = None

    def actor(self, actor_id: str) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def to_format(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "document_id": self.document_id,
            "title": self.title,
            "date": self.date.iso if self.date else None,
            "actors": [
                {"id": a.id, "name": a.name, "type": a.type, "aliases": a.aliases,
                 "mentions": [m.to_dict() for m in a.mentions],
                 "extractor": a.extractor, "merged_because": a.merged_because}
                for a in self.actors
            ],
            "relations": [r.to_format() for r in self.relations],
            "citations": [c.to_format() for c in self.citations],
            "events": [e.to_format() for e in self.events],
            "warnings": self.warnings,
            "extractors": self.extractors,
        }
