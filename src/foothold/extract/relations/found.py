"""Assembly of the relations a document states: one per (subject, predicate, object)."""

from __future__ import annotations

from ...model import Relation
from ...resolve.names import normalise_name
from .index import Ref, TokenIndex


def capital_country(ctx, place: str) -> str | None:
    """The country actor of the document whose capital the place actor is (the actor dictionary's capitals)."""
    from ..dictionary import load_dictionary
    d = load_dictionary()
    actor = next((a for a in ctx.actors if a.id == place), None)
    entries = [d.lookup(n) for n in actor.surface_forms()] if actor is not None else []
    state = next((d.entries[e.country] for e in entries if e is not None and e.type == "place"
                  and e.country in d.entries), None)
    if state is None:
        return None
    for a in ctx.actors:
        if a.type == "country" and (a.dictionary_id == state.id or any(
                normalise_name(n) == normalise_name(state.name) or d.lookup(n) is state for n in a.surface_forms())):
            return a.id
    return None


class Found:
    """Collects relations, one per (subject, predicate, object), first evidence kept."""

    def __init__(self, ctx, idx: TokenIndex, extractor: str):
        self.ctx, self.idx, self.extractor = ctx, idx, extractor
        self.by_key: dict[tuple, Relation] = {}
        self.capitals: dict[str, str | None] = {}
        # what the filters below refused, for diagnosis (bench/relation_loss.py reads it as event_loss reads events')
        self.dropped: list[dict] = ctx.data.setdefault("dropped_relations", [])

    def add(self, subject: Ref | str, predicate: str, obj: Ref | str, first: int, last: int,
            title: str | None = None, time: str | None = None, confidence: float = 0.8) -> None:
        s = subject.actor if isinstance(subject, Ref) else subject
        o = obj.actor if isinstance(obj, Ref) else obj
        if not s or not o or s == o:
            return
        if predicate == "allied_with":
            s, o = self.capital_state(s), self.capital_state(o)      # "X, which is backed by Tehran": Iran
        if predicate == "allied_with" and s == o:
            return self.drop(s, predicate, o, first, last, "a capital allied with its own state")
        if predicate in ("allied_with", "opposes") and "place" in (self.idx.types.get(s), self.idx.types.get(o)):
            return self.drop(s, predicate, o, first, last, "a place takes no side")
        if predicate == "part_of" and self.idx.types.get(o) == "place":
            return self.drop(s, predicate, o, first, last, "part of a place")
        key = (s, predicate, o)
        if key in self.by_key:
            return
        start, end = self.idx.original(first, last)
        self.by_key[key] = Relation(subject=s, predicate=predicate, object=o,
                                    evidence=self.ctx.document.text[start:end], start=start, end=end,
                                    extractor=self.extractor, title=title, time=time, confidence=confidence)

    def drop(self, subject: str, predicate: str, obj: str, first: int, last: int, reason: str) -> None:
        """Note a relation a filter refused, with where it was read and why."""
        start, end = self.idx.original(first, last)
        self.dropped.append({"subject": subject, "predicate": predicate, "object": obj, "start": start, "end": end,
                             "reason": reason})

    def capital_state(self, actor: str) -> str:
        """A capital in an alignment stands for its state, when the text names that state ("Hezbollah, which is
        backed by Tehran" in a story naming Iran); any other actor is itself. (Not in hostility: "decried U.S.
        actions against Tehran" names the capital as the target of others' acts.)"""
        if self.idx.types.get(actor) != "place":
            return actor
        if actor not in self.capitals:
            self.capitals[actor] = capital_country(self.ctx, actor)
        return self.capitals[actor] or actor

    def relations(self) -> list[Relation]:
        # leads is the stronger statement of the same tie: drop member_of beside it.
        out = []
        for (s, p, o), r in self.by_key.items():
            if p == "member_of" and (s, "leads", o) in self.by_key:
                continue
            back = self.by_key.get((o, "part_of", s)) if p == "part_of" else None
            if back is not None and back.confidence > r.confidence:
                # "X, a member of the Houthis' council" read as Houthis part_of the council beside the possessive's
                # council part_of Houthis: a part_of cycle keeps the surer reading (issue 8, relties6)
                self.dropped.append({"subject": s, "predicate": p, "object": o, "start": r.start, "end": r.end,
                                     "reason": "a part_of cycle: the reverse reading is surer"})
                continue
            out.append(r)
        return out

