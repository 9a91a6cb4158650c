"""Channels of influence: political, military, economic, religious_cultural, information.

Every event and relation gets a channel, or ``unclassified`` with the reason.
The decision is a pure function of the record -- its PLOVER type and mode, its
own words (evidence, trigger), the rest of its sentence, and its participants
(titles they hold, their names, media outlets, armed groups) -- weighed with the
cues and weights of ``data/channels.yaml`` (validated when loaded, E231). The
reason names what decided it, so an analyst can see why.

``classify_event`` / ``classify_relation`` decide one record; ``for_extraction``
decides a whole extraction (the writer stores the result; ``foothold extract
--format json`` prints it); ``backfill`` fills rows stored before channels
existed (run by migration 0008 and harmless to re-run).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable

import yaml

from ..errors import DataFileError
from ..yamlfile import load_yaml

DATA = "data/channels.yaml"
UNCLASSIFIED = "unclassified"
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[A-Z\"“‘(►◆*-])|\n\s*\n")


class ChannelDataError(DataFileError):
    """data/channels.yaml is malformed."""
    code = "E231"


@dataclass(frozen=True)
class Participant:
    """What the classifier knows of an actor taking part in a record."""
    id: str
    name: str
    type: str
    titles: tuple[str, ...] = ()     # roles it holds ("Military Attache", "Minister of Energy")
    armed: bool = False              # an armed group (export/kinds.py rules)


@dataclass(frozen=True)
class Decision:
    channel: str
    reason: str

    def to_dict(self) -> dict:
        return {"channel": self.channel, "channel_reason": self.reason}


@dataclass
class Rules:
    channels: tuple[str, ...]
    weights: dict[str, float]
    types: dict[str, tuple[str, float]]
    predicates: dict[str, tuple[str, float]]
    modes: dict[str, str]                       # mode -> channel
    cues: dict[str, re.Pattern]                 # channel -> pattern of its cue words
    media_channel: str
    armed_channel: str
    path: str = ""


def _pattern(words: list[str]) -> re.Pattern:
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        stem = w.rstrip("*")
        body = r"\s+".join(re.escape(x) for x in stem.split())
        parts.append(body + (r"\w*" if w.endswith("*") else "") + r"\b")
    return re.compile(r"\b(?:" + "|".join(parts) + ")", re.I) if parts else re.compile(r"(?!)")


def _fail(path: str, what: str) -> ChannelDataError:
    return ChannelDataError(f"invalid channel rules: {what}", path=path,
                            fix="Restore src/foothold/data/channels.yaml from the repository or fix the entry named.")


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    path = resources.files("foothold").joinpath(DATA)
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise _fail(str(path), str(exc)) from exc
    return parse_rules(data, str(path))


def parse_rules(data, path: str = DATA) -> Rules:
    """Validate the YAML's content (a ChannelDataError names the bad entry)."""
    if not isinstance(data, dict) or data.get("version") != 1:
        raise _fail(path, "a mapping with version: 1 expected")
    channels = data.get("channels")
    if not isinstance(channels, list) or not all(isinstance(c, str) for c in channels) or not channels:
        raise _fail(path, "channels: a list of names expected")
    known = set(channels)

    def channel(value, where):
        if value not in known:
            raise _fail(path, f"{where}: unknown channel {value!r} (channels: {', '.join(channels)})")
        return value

    def pairs(section):
        out = {}
        for key, value in (data.get(section) or {}).items():
            if not (isinstance(value, list) and len(value) == 2 and isinstance(value[1], (int, float))):
                raise _fail(path, f"{section}.{key}: [channel, weight] expected")
            out[key] = (channel(value[0], f"{section}.{key}"), float(value[1]))
        return out

    weights = data.get("weights") or {}
    needed = {"mode", "evidence", "sentence", "sentence_cap", "participant_title", "participant_name", "media", "armed_group"}
    if set(weights) != needed or not all(isinstance(v, (int, float)) for v in weights.values()):
        raise _fail(path, f"weights: numbers for exactly {', '.join(sorted(needed))} expected")
    modes = {}
    for ch, words in (data.get("modes") or {}).items():
        channel(ch, "modes")
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise _fail(path, f"modes.{ch}: a list of modes expected")
        for w in words:
            if w in modes:
                raise _fail(path, f"modes: {w!r} listed under {modes[w]} and {ch}")
            modes[w] = ch
    cues = {}
    for ch, words in (data.get("cues") or {}).items():
        channel(ch, "cues")
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip("* ") for w in words):
            raise _fail(path, f"cues.{ch}: a list of words expected")
        cues[ch] = _pattern(words)
    return Rules(tuple(channels), {k: float(v) for k, v in weights.items()}, pairs("types"),
                 pairs("relation_predicates"), modes, cues,
                 channel(data.get("media_channel"), "media_channel"),
                 channel(data.get("armed_group_channel"), "armed_group_channel"), path)


# ----------------------------------------------------------------- deciding

@dataclass
class _Tally:
    scores: dict[str, float] = field(default_factory=dict)
    why: dict[str, list[str]] = field(default_factory=dict)

    def add(self, channel: str, weight: float, reason: str) -> None:
        self.scores[channel] = self.scores.get(channel, 0.0) + weight
        self.why.setdefault(channel, []).append(reason)

    def decide(self, order: tuple[str, ...], nothing: str) -> Decision:
        if not self.scores:
            return Decision(UNCLASSIFIED, nothing)
        best = max(self.scores.values())
        winner = next(c for c in order if self.scores.get(c) == best)
        reasons = list(dict.fromkeys(self.why[winner]))
        others = sorted(((s, c) for c, s in self.scores.items() if c != winner), reverse=True)
        tail = f" (over {others[0][1]} {others[0][0]:g})" if others else ""
        return Decision(winner, "; ".join(reasons) + tail)


def _cue_hits(rules: Rules, text: str | None) -> dict[str, list[str]]:
    hits: dict[str, list[str]] = {}
    if not text:
        return hits
    for ch, pattern in rules.cues.items():
        found = list(dict.fromkeys(" ".join(m.group(0).lower().split()) for m in pattern.finditer(text)))
        if found:
            hits[ch] = found
    return hits


def _words(tally: _Tally, rules: Rules, text: str | None, weight: float, where: str,
           skip: str | None = None, cap: float | None = None) -> None:
    """Each distinct cue counts once; ``skip`` (the record's own words) is not counted twice."""
    if skip and text:
        text = text.replace(skip, " ")
    for ch, found in _cue_hits(rules, text).items():
        score = weight * len(found)
        tally.add(ch, min(score, cap) if cap is not None else score,
                  f"{where}: {', '.join(repr(f) for f in found[:4])}")


def _participants(tally: _Tally, rules: Rules, participants: Iterable[Participant], evidence: str | None,
                  sources: frozenset[str] | None) -> None:
    w = rules.weights
    for p in participants:
        if p.type == "media" and (sources is None or p.id in sources):   # an outlet acting, not a medium used
            tally.add(rules.media_channel, w["media"], f"media outlet {p.name} takes part")
        if p.armed:
            tally.add(rules.armed_channel, w["armed_group"], f"armed group {p.name} takes part")
        for title in p.titles:
            if evidence and title.lower() in evidence.lower():
                continue            # already read among the record's own words
            for ch, found in _cue_hits(rules, title).items():
                tally.add(ch, w["participant_title"], f"{p.name} is {title}")
        if p.type == "media" or (evidence and p.name.lower() in evidence.lower()):
            continue            # an outlet's name says what it is, not what the act is about
        for ch, found in _cue_hits(rules, p.name).items():
            tally.add(ch, w["participant_name"], f"participant {p.name}")


def classify_event(type: str, mode: str | None, evidence: str | None, *, trigger: str | None = None,
                   sentence: str | None = None, participants: Iterable[Participant] = (),
                   sources: Iterable[str] | None = None, rules: Rules | None = None) -> Decision:
    """The channel of one event, with the reason (``sources``: ids of the participants acting)."""
    rules = rules or load_rules()
    tally = _Tally()
    if mode and mode in rules.modes:
        tally.add(rules.modes[mode], rules.weights["mode"], f"PLOVER mode '{mode}'")
    _words(tally, rules, evidence or trigger, rules.weights["evidence"], "words")
    _words(tally, rules, sentence, rules.weights["sentence"], "sentence", skip=evidence,
           cap=rules.weights["sentence_cap"])
    _participants(tally, rules, participants, evidence, None if sources is None else frozenset(sources))
    if type in rules.types:
        ch, weight = rules.types[type]
        tally.add(ch, weight, f"PLOVER {type}")
    return tally.decide(rules.channels, f"PLOVER {type} ({mode or 'no mode'}) with no channel cue in its words, "
                                        f"sentence or participants")


def classify_relation(predicate: str, evidence: str | None, *, title: str | None = None,
                      subject: Participant | None = None, object: Participant | None = None,
                      sentence: str | None = None, rules: Rules | None = None) -> Decision:
    """The channel of one relation (a tie), with the reason."""
    rules = rules or load_rules()
    tally = _Tally()
    _words(tally, rules, " ".join(x for x in (title, evidence) if x), rules.weights["evidence"], "words")
    _words(tally, rules, sentence, rules.weights["sentence"], "sentence", skip=evidence,
           cap=rules.weights["sentence_cap"])
    parts = [p for p in (subject, object) if p]
    # A tie's own ends stand in its words: their names count fully, their other titles do not.
    for p in parts:
        if p.type == "media":
            tally.add(rules.media_channel, rules.weights["media"], f"media outlet {p.name}")
        if p.armed:
            tally.add(rules.armed_channel, rules.weights["evidence"], f"armed group {p.name}")
        if not (evidence and p.name.lower() in evidence.lower()):
            for ch, found in _cue_hits(rules, p.name).items():
                tally.add(ch, rules.weights["participant_name"], f"{p.name}")
    if predicate in rules.predicates:
        ch, weight = rules.predicates[predicate]
        tally.add(ch, weight, f"predicate {predicate}")
    return tally.decide(rules.channels, f"{predicate} with no channel cue in its words, title or actors")


# ----------------------------------------------------------------- context

def sentence_of(text: str | None, start: int | None, end: int | None, limit: int = 600) -> str | None:
    """The sentence around text[start:end] (cut to ``limit`` characters each side)."""
    if not text or start is None or end is None:
        return None
    lo = max(0, start - limit)
    before = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    s = before[-1] if before else lo
    after = _SENTENCE_END.search(text, end, min(len(text), end + limit))
    e = after.start() if after else min(len(text), end + limit)
    return text[s:e]


def _armed(names: list[str], dictionary_id: str | None) -> bool:
    from ..export.kinds import group_kind
    return group_kind(names, dictionary_id) == "armed"


def extraction_participants(extraction) -> dict[str, Participant]:
    """Local actor id -> Participant for one extraction (titles from its relations)."""
    titles: dict[str, list[str]] = {}
    for r in extraction.relations:
        if r.title and (r.time or "").lower() != "former":
            titles.setdefault(r.subject, []).append(r.title)
    return participants(extraction.actors, titles)


def participants(actors, titles: dict[str, list[str]]) -> dict[str, Participant]:
    """Local actor id -> Participant from extracted actors and their relation titles (not "former")."""
    out = {}
    for a in actors:
        entry = a.dictionary_id.split("+")[0] if a.dictionary_id else None
        out[a.id] = Participant(a.id, a.name, a.type, tuple(dict.fromkeys(titles.get(a.id, []))),
                                a.type == "organization" and _armed([a.name, *a.aliases], entry))
    return out


def event_decision(e, people: dict[str, Participant], text: str | None) -> Decision:
    """One extracted event's channel (``people``: from ``participants``)."""
    return classify_event(e.type, e.mode, e.evidence, trigger=e.trigger, sentence=sentence_of(text, e.start, e.end),
                          participants=[people[a] for a in dict.fromkeys([*e.source, *e.target]) if a in people],
                          sources=e.source)


def relation_decision(r, people: dict[str, Participant], text: str | None) -> Decision:
    """One extracted relation's channel."""
    return classify_relation(r.predicate, r.evidence, title=r.title, subject=people.get(r.subject),
                             object=people.get(r.object), sentence=sentence_of(text, r.start, r.end))


def for_extraction(extraction, text: str | None) -> tuple[list[Decision], list[Decision]]:
    """Decisions for an extraction's events and relations, in their order."""
    people = extraction_participants(extraction)
    return ([event_decision(e, people, text) for e in extraction.events],
            [relation_decision(r, people, text) for r in extraction.relations])


def annotate_format(data: dict, extraction, text: str | None) -> dict:
    """Add ``channel`` and ``channel_reason`` to a FORMAT.md dict's events and relations."""
    events, relations = for_extraction(extraction, text)
    for item, d in zip(data.get("events", []), events):
        item.update(d.to_dict())
    for item, d in zip(data.get("relations", []), relations):
        item.update(d.to_dict())
    return data


def store_participants(conn) -> dict[str, Participant]:
    """Store actor id -> Participant (titles from stored relations, armed groups by name and entry)."""
    from sqlalchemy import select
    from ..store import schema as t
    titles: dict[str, list[str]] = {}
    r = t.relations
    for row in conn.execute(select(r.c.subject_id, r.c.title, r.c.time).where(r.c.title.is_not(None))):
        if (row.time or "").lower() != "former":
            titles.setdefault(row.subject_id, []).append(row.title)
    a = t.actors
    return {row.id: Participant(row.id, row.name, row.type, tuple(dict.fromkeys(titles.get(row.id, []))),
                                row.type == "organization" and _armed([row.name], row.dictionary_id))
            for row in conn.execute(select(a.c.id, a.c.name, a.c.type, a.c.dictionary_id))}


def backfill(conn, *, only_missing: bool = True) -> int:
    """Decide and store the channel of stored events, occurrences and relations; returns rows set."""
    from sqlalchemy import select, update
    from ..store import schema as t
    people = store_participants(conn)
    texts: dict[str, str] = {}

    def text_of(doc_id):
        if doc_id not in texts:
            texts.clear()       # documents come in order: keep one text in memory
            texts[doc_id] = conn.execute(select(t.documents.c.text).where(t.documents.c.id == doc_id)).scalar()
        return texts[doc_id]

    n = 0
    for table, roles in ((t.event_occurrences, t.occurrence_actors), (t.events, t.event_actors)):
        key = roles.c.occurrence_id if table is t.event_occurrences else roles.c.event_id
        if table is t.events:
            # An event row is its first telling's (store.happenings.refresh_event): same channel.
            o, e = t.event_occurrences, t.events
            first = select(o.c.channel).where(o.c.id == e.c.id).scalar_subquery()
            reason = select(o.c.channel_reason).where(o.c.id == e.c.id).scalar_subquery()
            cond = e.c.channel.is_(None) if only_missing else True
            n += conn.execute(update(e).where(cond, e.c.id.in_(select(o.c.id)))
                              .values(channel=first, channel_reason=reason)).rowcount or 0
        q = select(table.c.id, table.c.document_id, table.c.type, table.c.mode, table.c.evidence,
                   table.c.trigger, table.c.start, table.c.end).order_by(table.c.document_id)
        if only_missing:
            q = q.where(table.c.channel.is_(None))
        rows = conn.execute(q).all()
        members: dict[str, list[str]] = {}
        acting: dict[str, set[str]] = {}
        for rid, aid, role in conn.execute(select(key, roles.c.actor_id, roles.c.role)):
            members.setdefault(rid, []).append(aid)
            if role == "source":
                acting.setdefault(rid, set()).add(aid)
        for row in rows:
            d = classify_event(row.type, row.mode, row.evidence, trigger=row.trigger,
                               sentence=sentence_of(text_of(row.document_id), row.start, row.end),
                               participants=[people[a] for a in members.get(row.id, []) if a in people],
                               sources=acting.get(row.id, set()))
            conn.execute(update(table).where(table.c.id == row.id).values(channel=d.channel, channel_reason=d.reason))
            n += 1
    r = t.relations
    q = select(r.c.id, r.c.document_id, r.c.predicate, r.c.evidence, r.c.title, r.c.subject_id, r.c.object_id,
               r.c.start, r.c.end).order_by(r.c.document_id)
    if only_missing:
        q = q.where(r.c.channel.is_(None))
    for row in conn.execute(q).all():
        d = classify_relation(row.predicate, row.evidence, title=row.title, subject=people.get(row.subject_id),
                              object=people.get(row.object_id),
                              sentence=sentence_of(text_of(row.document_id), row.start, row.end))
        conn.execute(update(r).where(r.c.id == row.id).values(channel=d.channel, channel_reason=d.reason))
        n += 1
    return n
