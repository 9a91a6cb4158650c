"""The FORMAT.md scorer: actors, typed actors, citations, relations, events, mentions.

Reads gold in the FORMAT.md shape, including re3d-style gold (``mentions``
with offsets, ``ignore`` flags, relation predicates as lists, evidence as spans).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataFileError
from ..model import ACTOR_TYPES
from ..resolve.names import normalise_name

# Gold types from other annotation schemes that a foothold type may stand for.
# A foothold "country" is a state both as territory and as actor, so it answers
# a re3d "place" (Syria as a location) and a re3d "organization" (the UK acting).
TYPE_COMPATIBLE = {
    "person": {"person"},
    "organization": {"organization", "media", "country"},
    "media": {"media"},
    "country": {"country"},
    "place": {"place", "country"},
    "nationality": {"country"},
}


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: "PRF") -> "PRF":
        self.tp += other.tp; self.fp += other.fp; self.fn += other.fn
        return self

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


CATEGORIES = ("actors", "typed_actors", "citations", "relations", "typed_relations",
              "events", "typed_events", "mentions", "typed_mentions")


@dataclass
class Scores:
    by_category: dict[str, PRF] = field(default_factory=lambda: {c: PRF() for c in CATEGORIES})
    documents: int = 0
    # Every missed and spurious item, so a user tuning on their own gold sees what to fix.
    errors: list[dict] = field(default_factory=list)

    def __iadd__(self, other: "Scores") -> "Scores":
        for c in CATEGORIES:
            self.by_category[c] += other.by_category[c]
        self.documents += other.documents
        self.errors.extend(other.errors)
        return self

    def f1(self, category: str) -> float:
        return self.by_category[category].f1

    def to_dict(self) -> dict:
        return {"documents": self.documents, **{c: p.to_dict() for c, p in self.by_category.items()}}


def load_gold(path: str | Path) -> dict:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(f"cannot read gold file: {exc}", path=str(path),
                            fix="Gold files are JSON in the shape of FORMAT.md.") from exc
    for key in ("actors",):
        if key not in data:
            raise DataFileError(f"gold file has no '{key}' list", path=str(path))
    return data


def _keys(actor: dict) -> set[str]:
    return {normalise_name(n) for n in [actor.get("name", ""), *actor.get("aliases", [])] if n}


def foreign_scheme(gold_actors: list[dict]) -> bool:
    """Gold typed in another scheme (re3d: mention offsets, nationality, no media/country types).

    Only such gold gets TYPE_COMPATIBLE; gold in foothold's own five types
    (FORMAT.md, the seed) is scored on exact types.
    """
    return any(a.get("mentions") or a.get("type") not in ACTOR_TYPES for a in gold_actors)


def type_matches(pred_type: str | None, gold_type: str | None, foreign: bool) -> bool:
    if foreign:
        return pred_type in TYPE_COMPATIBLE.get(gold_type, {gold_type})
    return pred_type == gold_type


def match_actors(pred: list[dict], gold: list[dict], typed: bool = False,
                 errors: list[dict] | None = None) -> tuple[PRF, dict[str, str]]:
    """One-to-one matching; returns counts and pred id -> gold id (errors, when given, collects misses)."""
    index: dict[str, list[int]] = {}
    for gi, g in enumerate(gold):
        for k in _keys(g):
            index.setdefault(k, []).append(gi)
    taken: set[int] = set()
    mapping: dict[str, str] = {}
    prf = PRF()
    ignored_hits = 0
    foreign = foreign_scheme(gold)
    for p in pred:
        candidates = sorted({gi for k in _keys(p) for gi in index.get(k, [])})
        if typed:
            candidates = [gi for gi in candidates if type_matches(p.get("type"), gold[gi].get("type"), foreign)]
        free = [gi for gi in candidates if gi not in taken]
        if free:
            gi = free[0]
            taken.add(gi)
            mapping[p["id"]] = gold[gi]["id"]
            if gold[gi].get("ignore"):
                ignored_hits += 1
            else:
                prf.tp += 1
        elif candidates and all(gold[gi].get("ignore") for gi in candidates):
            mapping.setdefault(p["id"], gold[candidates[0]]["id"])
        else:
            prf.fp += 1
            if candidates:
                mapping.setdefault(p["id"], gold[candidates[0]]["id"])
            if errors is not None:
                why = "duplicate" if candidates else "spurious"
                if typed and not candidates:
                    untyped = sorted({gi for k in _keys(p) for gi in index.get(k, [])})
                    if untyped:
                        why = f"wrong type (gold {gold[untyped[0]].get('type')})"
                errors.append({"category": "typed_actors" if typed else "actors", "kind": why,
                               "item": f"{p.get('name')} ({p.get('type')})"})
    prf.fn = sum(1 for gi, g in enumerate(gold) if gi not in taken and not g.get("ignore"))
    if errors is not None and not typed:
        errors.extend({"category": "actors", "kind": "missed", "item": f"{g.get('name')} ({g.get('type')})"}
                      for gi, g in enumerate(gold) if gi not in taken and not g.get("ignore"))
    return prf, mapping


# Mention matching rule: a predicted mention matches a gold mention when their
# spans are identical after trimming, from both, a leading determiner
# ("the", "a", "an") and a trailing possessive ("'s", "'"). Annotation schemes
# differ on whether "the" belongs to a name ("the SDF") and re3d gold includes
# it inconsistently; nothing else is relaxed (no overlap or head matching), so
# "Iraqi President Fuad Masum" vs "Fuad Masum" still counts as a miss.
# MENTION_MATCH = "exact" gives the strict figure.
MENTION_MATCH = "trim_determiner"
_DETERMINER = re.compile(r"(?:the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")


def mention_key(start: int, end: int, text: str | None, rule: str | None = None) -> tuple[int, int]:
    """The span a mention is compared by, under the mention matching rule."""
    if (rule or MENTION_MATCH) == "exact" or text is None:
        return start, end
    seg = text[start:end]
    m = _DETERMINER.match(seg)
    if m and m.end() < len(seg):
        start += m.end()
    m = _POSSESSIVE.search(text[start:end])
    if m and m.start() > 0:
        end -= len(m.group(0))
    return start, end


def _score_mentions(pred: list[dict], gold: list[dict], text: str | None, rule: str | None = None) -> tuple[PRF, PRF]:
    gold_spans: dict[tuple[int, int], str] = {}
    ignored: set[tuple[int, int]] = set()
    for g in gold:
        for m in g.get("mentions", []):
            span = mention_key(m["start"], m["end"], text, rule)
            (ignored.add(span) if g.get("ignore") else gold_spans.__setitem__(span, g["type"]))
    untyped, typed = PRF(), PRF()
    seen: set[tuple[int, int]] = set()
    for p in pred:
        for m in p.get("mentions", []):
            span = mention_key(m["start"], m["end"], text, rule)
            if span in seen:
                continue
            seen.add(span)
            if span in ignored and span not in gold_spans:
                continue
            if span in gold_spans:
                untyped.tp += 1
                ptype = m.get("type") or p.get("type")
                if type_matches(ptype, gold_spans[span], True):   # mention gold is re3d-style
                    typed.tp += 1
                else:
                    typed.fp += 1
            else:
                untyped.fp += 1
                typed.fp += 1
    untyped.fn = len(gold_spans) - untyped.tp
    typed.fn = len(gold_spans) - typed.tp
    return untyped, typed


def _score_citations(pred: list[dict], gold: list[dict]) -> PRF:
    def key(c):
        return (normalise_name(c.get("outlet") or ""), c.get("date"))
    pc, gc = Counter(map(key, pred)), Counter(map(key, gold))
    tp = sum((pc & gc).values())
    return PRF(tp, sum(pc.values()) - tp, sum(gc.values()) - tp)


def _score_relations(pred: list[dict], gold: list[dict], mapping: dict[str, str],
                     errors: list[dict] | None = None, names: dict[str, str] | None = None,
                     text: str | None = None) -> tuple[PRF, PRF]:
    names = names or {}

    def describe(r):
        return f"{names.get(r['subject'], r['subject'])} {r.get('predicate')} {names.get(r['object'], r['object'])}"

    def preds_of(r):
        p = r.get("predicate")
        return set(p) if isinstance(p, list) else {p}
    untyped, typed = PRF(), PRF()
    g_pairs = Counter((g["subject"], g["object"]) for g in gold)
    g_typed = Counter()
    for g in gold:
        for p in preds_of(g):
            g_typed[(g["subject"], g["object"], p)] += 1
    used_pairs: Counter = Counter()
    used_typed: Counter = Counter()
    for r in pred:
        pair = (mapping.get(r["subject"]), mapping.get(r["object"]))
        if None not in pair and used_pairs[pair] < g_pairs[pair]:
            used_pairs[pair] += 1
            untyped.tp += 1
        else:
            untyped.fp += 1
            if errors is not None:
                errors.append({"category": "relations", "kind": "spurious", "item": describe(r),
                               "sentence": sentence_of(text, _span(r, text))})
        t = (*pair, r.get("predicate"))
        if None not in pair and used_typed[t] < g_typed[t]:
            used_typed[t] += 1
            typed.tp += 1
        else:
            typed.fp += 1
            if errors is not None and None not in pair and used_pairs[pair] <= g_pairs[pair] and g_pairs[pair]:
                errors.append({"category": "typed_relations", "kind": "wrong predicate", "item": describe(r),
                               "sentence": sentence_of(text, _span(r, text))})
    untyped.fn = sum(g_pairs.values()) - untyped.tp
    typed.fn = len(gold) - typed.tp
    if errors is not None:
        left = Counter(g_pairs) - used_pairs
        for g in gold:
            pair = (g["subject"], g["object"])
            if left[pair] > 0:
                left[pair] -= 1
                errors.append({"category": "relations", "kind": "missed", "item": describe(g),
                               "sentence": sentence_of(text, _span(g, text))})
    return untyped, typed


def _span(item: dict, text: str | None) -> tuple[int, int] | None:
    if isinstance(item.get("evidence"), dict):
        return item["evidence"]["start"], item["evidence"]["end"]
    if "start" in item and "end" in item and item["start"] is not None:
        return item["start"], item["end"]
    if text and item.get("evidence"):
        i = text.find(item["evidence"])
        if i >= 0:
            return i, i + len(item["evidence"])
    return None


def _dates_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def sentence_bounds(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Where the sentence (or line) around a span starts and ends."""
    start = max(text.rfind("\n", 0, span[0]), *(text.rfind(p, 0, span[0]) + 1 for p in (". ", "? ", "! ")))
    ends = [i for i in (text.find("\n", span[1]), *(text.find(p, span[1]) for p in (". ", "? ", "! "))) if i >= 0]
    return max(start, 0), min(ends) + 1 if ends else len(text)


def sentence_of(text: str | None, span: tuple[int, int] | None) -> str | None:
    """The sentence (or line) around a span, for error lists."""
    if not text or span is None:
        return None
    start, end = sentence_bounds(text, span)
    return " ".join(text[start:end].split())


def _describe_event(e: dict, names: dict[str, str]) -> str:
    def side(ids):
        return ", ".join(names.get(a, a) for a in ids or []) or "-"
    mode = f"/{e['mode']}" if e.get("mode") else ""
    return f"{e.get('type')}{mode} {side(e.get('source'))} -> {side(e.get('target'))} @{e.get('date')}"


def match_events(pred: list[dict], gold: list[dict], mapping: dict[str, str], text: str | None,
                 typed: bool = False) -> tuple[dict[int, int], dict[int, tuple[int, str]]]:
    """Greedy FORMAT.md matching, predicted events in order: which gold event each predicted one matched
    (pred index -> gold index), and for an unmatched one the first gold event it overlapped and why it missed."""
    g_spans = [_span(g, text) for g in gold]
    hits: dict[int, int] = {}
    near_of: dict[int, tuple[int, str]] = {}
    taken: set[int] = set()
    for pi, e in enumerate(pred):
        ps = _span(e, text)
        actors = {mapping.get(a) for a in [*e.get("source", []), *e.get("target", [])]} - {None}
        hit, near = None, None
        for gi, g in enumerate(gold):
            if gi in taken or ps is None or g_spans[gi] is None:
                continue
            gs = g_spans[gi]
            if ps[0] >= gs[1] or gs[0] >= ps[1]:
                continue
            if not actors & set([*g.get("source", []), *g.get("target", [])]):
                near = near or (gi, "no shared actor")
                continue
            if not _dates_agree(e.get("date"), g.get("date")):
                near = near or (gi, "dates differ")
                continue
            if typed and e.get("type") != g.get("type"):
                continue
            hit = gi
            break
        if hit is None:
            if near:
                near_of[pi] = near
        else:
            taken.add(hit)
            hits[pi] = hit
    return hits, near_of


def _score_events(pred: list[dict], gold: list[dict], mapping: dict[str, str], text: str | None,
                  errors: list[dict] | None = None, names: dict[str, str] | None = None) -> tuple[PRF, PRF]:
    names = names or {}
    untyped, typed = PRF(), PRF()
    g_spans = [_span(g, text) for g in gold]
    untyped_hits: dict[int, int] = {}        # pred index -> gold index matched without types
    for typed_mode, prf in ((False, untyped), (True, typed)):
        hits, near_of = match_events(pred, gold, mapping, text, typed_mode)
        if not typed_mode:
            untyped_hits = hits
        prf.tp = len(hits)
        prf.fp = len(pred) - len(hits)
        prf.fn = len(gold) - len(hits)
        if errors is None:
            continue
        for pi, e in enumerate(pred):
            if pi in hits:
                continue
            item = {"category": "typed_events" if typed_mode else "events", "item": _describe_event(e, names),
                    "sentence": sentence_of(text, _span(e, text))}
            if not typed_mode:
                item["kind"] = "spurious"
                if pi in near_of:
                    gi, why = near_of[pi]
                    item["kind"] = f"spurious ({why} with gold {_describe_event(gold[gi], names)})"
                errors.append(item)
            elif pi in untyped_hits:
                item["kind"] = f"wrong type (gold {gold[untyped_hits[pi]].get('type')})"
                errors.append(item)
        if not typed_mode:
            taken = set(hits.values())
            errors.extend({"category": "events", "kind": "missed", "item": _describe_event(g, names),
                           "sentence": sentence_of(text, g_spans[gi])}
                          for gi, g in enumerate(gold) if gi not in taken)
    return untyped, typed


def score_document(pred: dict, gold: dict, text: str | None = None, document: str | None = None) -> Scores:
    """Score one predicted extraction (FORMAT.md dict) against one gold dict.

    ``Scores.errors`` lists every missed and spurious item (with its sentence
    where the text is given), tagged with ``document``.
    """
    s = Scores(documents=1)
    c = s.by_category
    errors: list[dict] = []
    names = {a["id"]: a.get("name", a["id"]) for a in [*gold.get("actors", []), *pred.get("actors", [])]}
    c["actors"], mapping = match_actors(pred.get("actors", []), gold.get("actors", []), errors=errors)
    c["typed_actors"], _ = match_actors(pred.get("actors", []), gold.get("actors", []), typed=True, errors=errors)
    if any(g.get("mentions") for g in gold.get("actors", [])):
        c["mentions"], c["typed_mentions"] = _score_mentions(pred.get("actors", []), gold["actors"], text)
    c["citations"] = _score_citations(pred.get("citations", []), gold.get("citations", []))
    c["relations"], c["typed_relations"] = _score_relations(pred.get("relations", []), gold.get("relations", []), mapping,
                                                            errors, names, text)
    c["events"], c["typed_events"] = _score_events(pred.get("events", []), gold.get("events", []), mapping, text,
                                                   errors, names)
    for e in errors:
        e["document"] = document or pred.get("document") or gold.get("document")
    s.errors = errors
    return s
