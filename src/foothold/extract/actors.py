"""Actor mentions (placeholder: stock NER mapped to foothold types)."""
from __future__ import annotations

from ..model import Mention

LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "country", "LOC": "place", "FAC": "place"}


class ActorExtractor:
    """Actor mentions from NER, dictionaries and rules."""
    name = "foothold.actors.v1"
    requires = ("doc",)
    provides = ("mentions",)

    def __call__(self, ctx) -> None:
        for ent in ctx.doc.ents:
            if ent.label_ in LABELS:
                s, e = ctx.span(ent.start_char, ent.end_char)
                ctx.mentions.append(Mention(s, e, ctx.text(s, e), LABELS[ent.label_], extractor=self.name, label=ent.label_))
