"""Assembly of the relations a document states: one per (subject, predicate, object)."""

from __future__ import annotations

from ...model import Relation
from .index import Ref, TokenIndex


class Found:
    """Collects relations, one per (subject, predicate, object), first evidence kept."""

    def __init__(self, ctx, idx: TokenIndex, extractor: str):
        self.ctx, self.idx, self.extractor = ctx, idx, extractor
        self.by_key: dict[tuple, Relation] = {}

    def add(self, subject: Ref | str, predicate: str, obj: Ref | str, first: int, last: int,
            title: str | None = None, time: str | None = None, confidence: float = 0.8) -> None:
        s = subject.actor if isinstance(subject, Ref) else subject
        o = obj.actor if isinstance(obj, Ref) else obj
        if not s or not o or s == o:
            return
        if predicate in ("allied_with", "opposes") and "place" in (self.idx.types.get(s), self.idx.types.get(o)):
            return                              # places take no sides ("Russian-controlled Zaporizhzhia")
        key = (s, predicate, o)
        if key in self.by_key:
            return
        start, end = self.idx.original(first, last)
        self.by_key[key] = Relation(subject=s, predicate=predicate, object=o,
                                    evidence=self.ctx.document.text[start:end], start=start, end=end,
                                    extractor=self.extractor, title=title, time=time, confidence=confidence)

    def relations(self) -> list[Relation]:
        # leads is the stronger statement of the same tie: drop member_of beside it.
        out = []
        for (s, p, o), r in self.by_key.items():
            if p == "member_of" and (s, "leads", o) in self.by_key:
                continue
            out.append(r)
        return out

