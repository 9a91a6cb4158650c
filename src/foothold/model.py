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
    # How the producing component found it, stored as written: "<source>:<key>" ("ner:ORG",
    # "dict:iran", "demonym:iraq", "pronoun:he") or, for a title standing for a person,
    # "role:<title>" / "role:<kind>:<title>". Read it through .source, .key and .role, never by prefix.
    label: str | None = None

    @property
    def source(self) -> str:
        """What found the mention: ner, dict, demonym, phoenix, head, rule, pronoun, role, capital, ...
        ("" when the producer gave no label)."""
        return (self.label or "").split(":", 1)[0]

    @property
    def key(self) -> str | None:
        """The source's own value: the NER label, the dictionary entry id, the pronoun, the title."""
        if not self.label or ":" not in self.label:
            return None
        rest = self.label.split(":", 1)[1]
        if self.source == "role":
            kind, _, title = rest.partition(":")
            return title if kind in ROLE_KINDS and title else rest
        return rest

    @property
    def role(self) -> str | None:
        """For a title standing for a person ("the Foreign Secretary"): ``title`` (waits for a holder),
        ``apposed`` (a holder named beside it) or ``issuer`` (an office issuing a statement). None otherwise."""
        if self.source != "role":
            return None
        kind, sep, title = (self.label or "").partition(":")[2].partition(":")
        return kind if sep and kind in ROLE_KINDS and title else "title"

    @property
    def dictionary_id(self) -> str | None:
        """The dictionary entry a dictionary or demonym match names."""
        return self.key if self.source in ("dict", "demonym") else None

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
                "extractor": self.extractor}


ROLE_KINDS = ("issuer", "apposed", "follows")   # follows: "X, the army's spokesman" (after its holder)


def mention_label(source: str, key: str, role: str | None = None) -> str:
    """The stored label of a mention (the inverse of Mention.source/.key/.role)."""
    if role is not None and role not in (*ROLE_KINDS, "title"):
        raise ValueError(f"unknown mention role {role!r}: one of {', '.join((*ROLE_KINDS, 'title'))}")
    return f"{source}:{role}:{key}" if role in ROLE_KINDS else f"{source}:{key}"


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
