"""Reading foothold JSON and STIX 2.1 bundles back into the store.

Both become (Document, Extraction) pairs written by ``store.writer``, so
imported actors merge with stored ones by name and alias exactly as
extracted ones do. When a file carries no document text (STIX, or FORMAT.md
JSON without ``text``), the text is rebuilt from the evidence spans: each
evidence is put back at its recorded offsets (blanks between), or appended
when it has none -- every evidence stays an exact substring at its offsets.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from sqlalchemy.engine import Engine

from ..errors import InputError, LimitError, NulCharacterError
from ..model import Actor, Citation, DateValue, Event, Extraction, Mention, Relation
from ..model import EVENT_TYPES, PREDICATES
from .document import Document, content_id
from .offsets import OffsetMap

IMPORTER = "foothold.import.v1"
STIX_PREDICATES = {p.replace("_", "-"): p for p in PREDICATES}


class ImportFormatError(InputError):
    code = "E110"


def sniff(path: str | Path) -> str | None:
    """'foothold' | 'stix' for a JSON file this module reads, else None."""
    path = Path(path)
    if path.suffix.lower() != ".json" or not path.is_file():
        return None
    try:
        with open(path, encoding="utf-8") as f:
            head = f.read(4096)
    except (OSError, UnicodeDecodeError):
        return None
    compact = "".join(head.split())
    if compact.startswith('{"type":"bundle"') or ('"type":"bundle"' in compact and '"objects"' in compact):
        return "stix"
    if compact.startswith("{") and ('"foothold"' in compact or ('"document"' in compact and '"actors"' in compact)):
        return "foothold"
    return None


def _date(iso: str | None, precision: str | None) -> DateValue | None:
    if not iso:
        return None
    return DateValue(iso, precision or {4: "year", 7: "month"}.get(len(iso), "day"))


class TextBuilder:
    """Rebuild a document text in which every evidence sits at its offsets.

    Placements are kept sparse and joined once, and the text may not grow past MAX_IMPORT_CHARS:
    a tiny file with an offset of 3,000,000,000 is refused (E141), not padded with blanks.
    """

    def __init__(self, path: str | None = None, limit: int | None = None) -> None:
        from ..settings import MAX_IMPORT_CHARS
        self.path = path
        self.limit = limit if limit is not None else int(MAX_IMPORT_CHARS.value())
        self.spans: dict[int, str] = {}          # start -> evidence
        self.length = 0

    def _grow(self, end: int) -> None:
        if end > self.limit:
            raise LimitError(f"an offset ({end:,}) would make the document text longer than the "
                             f"{self.limit:,}-character import limit", path=self.path,
                             fix="Check the file's start/end offsets, or raise FOOTHOLD_MAX_IMPORT_CHARS.")
        self.length = max(self.length, end)

    def _free(self, start: int, end: int, evidence: str) -> bool:
        for s, text in self.spans.items():
            e = s + len(text)
            if s < end and start < e and not (s == start and text == evidence):
                return False
        return True

    def place(self, evidence: str | None, start: int | None, end: int | None) -> tuple[int, int]:
        evidence = evidence or ""
        if start is not None and end is not None and end - start == len(evidence) and start >= 0:
            if self._free(start, end, evidence):
                self._grow(end)
                self.spans[start] = evidence
                return start, end
        sep = "\n\n" if self.length else ""
        start = self.length + len(sep)
        self._grow(start + len(evidence))
        if sep:
            self.spans[self.length] = sep
        self.spans[start] = evidence
        return start, start + len(evidence)

    def text(self) -> str:
        parts, at = [], 0
        for start in sorted(self.spans):
            text = self.spans[start]
            if start > at:
                parts.append(" " * (start - at))
            elif start < at:                      # an evidence identical to one placed over it
                text = text[at - start:]
            parts.append(text)
            at = max(at, start + len(self.spans[start]))
        return "".join(parts) or " "


def _document(name: str, path: str, text: str, title=None, date=None, fmt: str = "json") -> Document:
    return Document(id=content_id(text), name=name, path=path, format=fmt, text=text, clean=text,
                    offsets=OffsetMap.identity(len(text)), title=title, date=date)


# --- foothold JSON -------------------------------------------------------------------

def _from_format(d: dict, path: str) -> tuple[Document, Extraction]:
    text = d.get("text")
    builder = None if text else TextBuilder(path)

    def span(item: dict) -> tuple[int, int]:
        if builder is None:
            return item.get("start") or 0, item.get("end") or 0
        return builder.place(item.get("evidence") or item.get("text"), item.get("start"), item.get("end"))

    actors = []
    for a in d.get("actors", []):
        mentions = []
        for m in a.get("mentions", []):
            s, e = span(m)
            mentions.append(Mention(s, e, m.get("text", ""), m.get("type") or a["type"], actor=a["id"],
                                    extractor=m.get("extractor") or IMPORTER))
        actors.append(Actor(a["id"], a["name"], a["type"], aliases=list(a.get("aliases", [])), mentions=mentions,
                            extractor=a.get("extractor") or IMPORTER, dictionary_id=a.get("dictionary_id")))
    relations = []
    for r in d.get("relations", []):
        s, e = span(r)
        relations.append(Relation(r["subject"], r["predicate"], r["object"], r.get("evidence") or "", s, e,
                                  r.get("extractor") or IMPORTER, title=r.get("title"), time=r.get("time"),
                                  confidence=r.get("confidence") if r.get("confidence") is not None else 1.0))
    citations = []
    for c in d.get("citations", []):
        s, e = span(c)
        citations.append(Citation(c["outlet"], _date(c.get("date"), c.get("precision")), c.get("evidence") or "",
                                  s, e, c.get("extractor") or IMPORTER, outlet_actor=c.get("outlet_actor")))
    events = []
    for ev in d.get("events", []):
        s, e = span(ev)
        events.append(Event(ev["type"], list(ev.get("source", [])), list(ev.get("target", [])),
                            ev.get("evidence") or "", s, e, ev.get("extractor") or IMPORTER, mode=ev.get("mode"),
                            date=_date(ev.get("date"), ev.get("date_precision")), location=ev.get("location"),
                            quad=ev.get("quad"), sphere=ev.get("sphere"), citations=list(ev.get("citations", [])),
                            attributed_to=list(ev.get("attributed_to") or []),
                            confidence=ev.get("confidence") if ev.get("confidence") is not None else 1.0,
                            trigger=ev.get("trigger"), negated=bool(ev.get("negated")),
                            hypothetical=bool(ev.get("hypothetical"))))
    text = text or builder.text()
    date = _date(d.get("date"), d.get("date_precision"))
    name = d.get("document") or Path(path).name
    # A stored path means "this file": a new version replaces the old one. Only a file whose text
    # came along may claim it; a rebuilt text must never replace the real document.
    doc_path = d.get("path") if d.get("text") and d.get("path") else f"{path}#{name}"
    doc = _document(name, doc_path, text, d.get("title"), date, d.get("format") or "json")
    x = Extraction(doc.name, doc.id, actors=actors, relations=relations, citations=citations, events=events,
                   warnings=list(d.get("warnings") or []),
                   extractors={**(d.get("extractors") or {}), IMPORTER: f"Imported from {Path(path).name}"},
                   title=d.get("title"), date=date)
    return doc, x


def read_foothold(data: dict, path: str) -> list[tuple[Document, Extraction]]:
    documents = data["documents"] if isinstance(data.get("documents"), list) else [data]
    try:
        return [_from_format(d, path) for d in documents]
    except (KeyError, TypeError, AttributeError) as exc:
        raise ImportFormatError(f"not a foothold JSON file: missing or wrong field {exc}", path=path,
                                fix="Import files written by `foothold export --format json` or FORMAT.md JSON.") from exc


# --- STIX 2.1 -----------------------------------------------------------------------

def _actor_type(obj: dict) -> str | None:
    declared = obj.get("x_foothold_actor_type")
    if declared:
        return declared
    kind = obj["type"]
    if kind in ("threat-actor", "intrusion-set", "campaign"):
        return "organization"
    if kind == "location":
        return "country" if obj.get("country") and not (obj.get("latitude") or obj.get("city")) else "place"
    if kind == "identity":
        sectors = obj.get("sectors") or []
        if obj.get("identity_class") == "individual":
            return "person"
        if "communications" in sectors:
            return "media"
        if obj.get("identity_class") in ("organization", "group", "class", "unknown", None):
            return "organization"
    return None


def read_stix(data: dict, path: str) -> list[tuple[Document, Extraction]]:
    objects = data.get("objects") or []
    by_id = {o.get("id"): o for o in objects if isinstance(o, dict)}
    local, actors = _stix_actors(objects)
    facts = _StixFacts(objects, local, bundle_doc=data.get("id") or "bundle")
    facts.read_relationships(objects)
    facts.read_event_notes(objects)
    facts.read_report_actors()
    return [_stix_document(key, b, by_id.get(key), actors, local, path) for key, b in facts.by_document.items()
            if b["actors"] or b["relations"] or b["events"]]


def _stix_actors(objects: list) -> tuple[dict[str, str], dict[str, Actor]]:
    """STIX id -> local actor id, and the actors (a country exported as location + identity shares one id)."""
    local: dict[str, str] = {}
    actors: dict[str, Actor] = {}
    for o in objects:
        actor_type = _actor_type(o) if o.get("type") in ("identity", "threat-actor", "intrusion-set", "campaign",
                                                         "location") else None
        if not actor_type or o.get("identity_class") == "system" or not o.get("name"):
            continue
        aid = o.get("x_foothold_actor_id") or o["id"]
        local[o["id"]] = aid
        aliases = list(o.get("aliases") or o.get("x_foothold_aliases") or [])
        if aid in actors:
            if actor_type == "country":
                actors[aid].type = "country"
            actors[aid].aliases = list(dict.fromkeys(actors[aid].aliases + aliases))
        else:
            actors[aid] = Actor(aid, o["name"], actor_type, aliases=aliases, extractor=IMPORTER,
                                dictionary_id=o.get("x_foothold_dictionary_id"))
    return local, actors


class _StixFacts:
    """A bundle's relations and events sorted into documents: one per report; facts of no report go to one
    document for the bundle."""

    def __init__(self, objects: list, local: dict[str, str], bundle_doc: str) -> None:
        self.local = local
        self.bundle_doc = bundle_doc
        self.reports = [o for o in objects if o.get("type") == "report"]
        self.by_foothold_doc = {r.get("x_foothold_document_id"): r["id"] for r in self.reports
                                if r.get("x_foothold_document_id")}
        self.owner: dict[str, str] = {}       # object id -> report id
        for r in self.reports:
            for ref in r.get("object_refs") or []:
                self.owner.setdefault(ref, r["id"])
        self.by_document: dict[str, dict] = {}  # document key -> {"relations": [], "events": {}, "actors": set()}

    def doc_of(self, o: dict) -> str:
        return self.by_foothold_doc.get(o.get("x_foothold_document_id")) or self.owner.get(o["id"]) or self.bundle_doc

    def bucket(self, key: str) -> dict:
        return self.by_document.setdefault(key, {"relations": [], "events": {}, "actors": set()})

    def read_relationships(self, objects: list) -> None:
        """Relationships: a foothold predicate is a relation, a PLOVER type one tie of an event."""
        for o in objects:
            if o.get("type") != "relationship":
                continue
            s, t = self.local.get(o.get("source_ref")), self.local.get(o.get("target_ref"))
            if not s or not t or s == t:
                continue
            b = self.bucket(self.doc_of(o))
            predicate = o.get("x_foothold_predicate") or STIX_PREDICATES.get(o.get("relationship_type", ""))
            kind = o.get("relationship_type", "").upper()
            plover = o.get("x_foothold_plover_type") or (o["relationship_type"].upper() if kind in EVENT_TYPES else None)
            if predicate:
                b["relations"].append((o, s, t, predicate))
                b["actors"] |= {s, t}
            elif plover:
                ev = b["events"].setdefault(o.get("x_foothold_event_id") or o["id"],
                                            {"obj": o, "type": plover, "source": [], "target": []})
                ev["source"].append(s)
                if o.get("x_foothold_tie") != "location":     # an event with no target is tied to its place
                    ev["target"].append(t)
                b["actors"] |= {s, t}

    def read_event_notes(self, objects: list) -> None:
        """Events that tie no pair travel on their note; a note of a known event lists its roles in full."""
        local = self.local
        for o in objects:
            if not (o.get("type") == "note" and o.get("x_foothold_event_id") and o.get("x_foothold_plover_type")):
                continue
            b = self.bucket(self.doc_of(o))
            src = [local[r] for r in o.get("x_foothold_source_refs") or [] if r in local]
            tgt = [local[r] for r in o.get("x_foothold_target_refs") or [] if r in local]
            known = b["events"].get(o["x_foothold_event_id"])
            if known:
                # The note lists the roles in full (ties skip an actor on both sides of its own event).
                known["source"], known["target"] = src or known["source"], tgt or known["target"]
                continue
            b["events"][o["x_foothold_event_id"]] = {"obj": o, "type": o["x_foothold_plover_type"],
                                                     "source": src, "target": tgt}
            b["actors"] |= set(src) | set(tgt)

    def read_report_actors(self) -> None:
        """A report's own object refs name actors of its document."""
        for r in self.reports:
            b = self.bucket(r["id"])
            b["actors"] |= {self.local[ref] for ref in r.get("object_refs") or [] if ref in self.local}


def _stix_document(key: str, b: dict, report: dict | None, actors: dict[str, Actor], local: dict[str, str],
                   path: str) -> tuple[Document, Extraction]:
    builder = TextBuilder(path)
    relations = []
    for o, s, t, predicate in b["relations"]:
        start, end = builder.place(o.get("description"), o.get("x_foothold_start"), o.get("x_foothold_end"))
        relations.append(Relation(s, predicate, t, o.get("description") or "", start, end,
                                  o.get("x_foothold_extractor") or IMPORTER, title=o.get("x_foothold_title"),
                                  time=o.get("x_foothold_time"),
                                  confidence=(o["confidence"] / 100) if o.get("confidence") is not None else 1.0))
    events = []
    for ev in b["events"].values():
        o = ev["obj"]
        evidence = o.get("description") if o["type"] == "relationship" else o.get("content")
        start, end = builder.place(evidence, o.get("x_foothold_start"), o.get("x_foothold_end"))
        location = local.get(o.get("x_foothold_location_ref"))
        date = _date(o.get("x_foothold_date"), o.get("x_foothold_date_precision"))
        if date is None and o.get("start_time") and not o.get("x_foothold_event_id"):
            date = _date(o["start_time"][:10], "day")     # foothold writes the document date there when undated
        events.append(Event(ev["type"], list(dict.fromkeys(ev["source"])), list(dict.fromkeys(ev["target"])),
                            evidence or "", start, end, o.get("x_foothold_extractor") or IMPORTER,
                            mode=o.get("x_foothold_plover_mode") or None, date=date, location=location,
                            quad=o.get("x_foothold_quad") or None, sphere=o.get("x_foothold_sphere") or None,
                            confidence=(o["confidence"] / 100) if o.get("confidence") is not None else 1.0,
                            negated=bool(o.get("x_foothold_negated")),
                            hypothetical=bool(o.get("x_foothold_hypothetical"))))
        if location:
            b["actors"].add(location)
    # The report's own words close the text: they tell reports apart and may name actors.
    for words in ((report or {}).get("name"), (report or {}).get("description")):
        if words:
            builder.place(words, None, None)
    if report is None:
        builder.place(f"STIX bundle {key}", None, None)
    text = builder.text()
    # Copies: the bundle's actors are shared by its documents, mentions are per document.
    doc_actors = [replace(actors[a], mentions=[], aliases=list(actors[a].aliases)) for a in sorted(b["actors"])]
    _find_mentions(text, doc_actors)
    name = (report or {}).get("x_foothold_document_name") or (report or {}).get("name") or Path(path).name
    date = _date((report or {}).get("x_foothold_date"), None)
    if date is None and report and report.get("published"):
        date = None   # a report's publication time is not the document's date unless foothold said so
    # Each report is its own document of the import (never the original file: its text is rebuilt).
    doc = _document(name, f"{path}#{(report or {}).get('x_foothold_document_id') or key}", text,
                    (report or {}).get("name"), date)
    if (report or {}).get("x_foothold_document_id"):
        doc.metadata["exported_from"] = report["x_foothold_document_id"]
    x = Extraction(doc.name, doc.id, actors=doc_actors, relations=relations,
                   events=events, extractors={IMPORTER: f"Imported from STIX bundle {Path(path).name}"},
                   title=(report or {}).get("name"), date=date)
    return doc, x


def _find_mentions(text: str, actors: list[Actor]) -> None:
    """Mentions of each actor's names in a rebuilt text (whole words, longest names first)."""
    taken: list[tuple[int, int]] = []
    forms = sorted(((form, a) for a in actors for form in dict.fromkeys([a.name, *a.aliases]) if form.strip()),
                   key=lambda fa: -len(fa[0]))
    for form, actor in forms:
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                taken.append((m.start(), m.end()))
                actor.mentions.append(Mention(m.start(), m.end(), form, actor.type, actor=actor.id,
                                              extractor=IMPORTER))
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)


# --- entry point --------------------------------------------------------------------

def _refuse_nul(data, path: str) -> None:
    """A NUL character (\\u0000) in any string: refused (E321) before anything is written, on every
    backend alike (PostgreSQL cannot store one; SQLite would, and the two stores would differ)."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str) and "\x00" in item:
            raise NulCharacterError(f"a string in the file holds a NUL character (\\u0000): "
                                    f"'{item.replace(chr(0), '<NUL>')[:60]}'", path=path,
                                    fix="Remove the \\u0000 escapes from the file; foothold stores no NUL characters.")


def read_import(path: str | Path) -> list[tuple[Document, Extraction]]:
    path = str(path)
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except RecursionError as exc:
        raise LimitError("the JSON is nested deeper than foothold reads", path=path,
                         fix="foothold JSON and STIX bundles are a few levels deep; check the file.") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFormatError(f"cannot read JSON: {exc}", path=path, fix="Check the file is UTF-8 JSON.") from exc
    if not isinstance(data, dict):
        raise ImportFormatError("not a foothold JSON file or STIX bundle", path=path,
                                fix="Import a file from `foothold export --format json|stix` or a STIX 2.1 bundle.")
    _refuse_nul(data, path)
    if data.get("type") == "bundle":
        return read_stix(data, path)
    return read_foothold(data, path)


def import_file(engine: Engine, path: str | Path, *, replace: bool = False) -> list:
    """Write every document of an export file to the store; returns the writer's SaveResults."""
    from ..store.writer import SaveResult, has_document, save_extraction
    results = []
    for doc, x in read_import(path):
        original = doc.metadata.get("exported_from")
        if original and has_document(engine, original):
            # A bundle exported from this store: the document is here in full already.
            results.append(SaveResult(original, doc.name, "unchanged"))
        else:
            results.append(save_extraction(engine, doc, x, replace=replace))
    return results


def split_imports(paths) -> tuple[list[Path], list[Path]]:
    """(paths to read as documents, export files to import): the hook `foothold ingest` uses."""
    documents, imports = [], []
    for p in paths:
        (imports if sniff(p) else documents).append(Path(p))
    return documents, imports
