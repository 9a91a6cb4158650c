"""Recorded manual merges and splits, replayed whenever a document is stored.

The live ``merge_actors`` / ``split_alias`` corrections (``store.corrections``) are the
user's word on identity: "A is B" (merge) and "this alias is not that actor" (split). Rules replay in the order they were
made, so a split undoes an earlier merge and a merge undoes an earlier split.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..resolve.names import normalise_name
from . import schema as t


@dataclass
class MergeRules:
    merged: dict[str, str] = field(default_factory=dict)               # actor merged away -> kept actor
    splits: dict[tuple[str, str], str] = field(default_factory=dict)   # (actor, alias key) -> split-off actor

    def add(self, kind: str, from_ref: str, into_ref: str, alias: str | None) -> None:
        if kind == "merge":
            self.merged[from_ref] = into_ref
            self.merged.pop(into_ref, None)
            # A merge back into the actor an alias was split from undoes that split.
            self.splits = {k: v for k, v in self.splits.items() if not (v == from_ref and k[0] == into_ref)}
        elif kind == "split" and alias:
            self.splits[(from_ref, normalise_name(alias))] = into_ref
            self.merged.pop(into_ref, None)     # the split-off actor exists again in its own right

    def redirect(self, actor_id: str) -> str:
        seen = set()
        while actor_id in self.merged and actor_id not in seen:
            seen.add(actor_id)
            actor_id = self.merged[actor_id]
        return actor_id

    def split_target(self, actor_id: str, form: str) -> str | None:
        """The actor a surface form was split off to, if the user split it from ``actor_id``."""
        target = self.splits.get((actor_id, normalise_name(form)))
        if target is None:
            return None
        target = self.redirect(target)
        return None if target == actor_id else target


def load_rules(conn: Connection) -> MergeRules:
    rules = MergeRules()
    c = t.corrections
    for row in conn.execute(select(c.c.kind, c.c.payload).where(
            c.c.kind.in_(["merge_actors", "split_alias"]), c.c.undone_at.is_(None)).order_by(c.c.position)):
        p = row.payload
        if row.kind == "merge_actors":
            rules.add("merge", p["from_actor_id"], p["into_actor_id"], None)
        else:
            rules.add("split", p["actor_id"], p["new_actor_id"], p["alias"])
    return rules
