"""Within-document resolution (placeholder: exact normalised name)."""
from __future__ import annotations

from ..model import Actor
from .names import normalise_name, slug


class WithinDocumentResolver:
    """Cluster mentions of one actor within a document."""
    name = "foothold.resolve.v1"
    requires = ("mentions",)
    provides = ("actors",)

    def __call__(self, ctx) -> None:
        by_key: dict[str, Actor] = {}
        for m in ctx.mentions:
            key = normalise_name(m.text)
            if key not in by_key:
                by_key[key] = Actor(id=slug(m.text), name=m.text, type=m.type, extractor=self.name)
            a = by_key[key]
            if m.text not in a.surface_forms():
                a.aliases.append(m.text)
            m.actor = a.id
            a.mentions.append(m)
        ctx.actors = list(by_key.values())
