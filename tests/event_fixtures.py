"""A cheap actor layer for event tests on in-code sentences (not a test module).

Every occurrence of each given name becomes a mention of its actor, so the
event extractor is tested on its own, whatever the actor extractor does.
"""

import re

from foothold.extract.citations import CitationExtractor
from foothold.extract.dates import DateExtractor
from foothold.extract.events import EventExtractor
from foothold.extract.nlp import load_nlp
from foothold.extract.pipeline import Context
from foothold.ingest import read_document
from foothold.model import Actor, Mention, Relation


def extract_events(tmp_path, text: str, actors: dict[str, tuple[str, str]], filename: str = "report.txt",
                   relations: list[Relation] | None = None) -> Context:
    """Run citations, dates and events over ``text`` with ``actors``: {surface: (id, type)}; ``relations``, if
    given, stand for what the relation step read before the events."""
    path = tmp_path / filename
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    ctx = Context(document=document, doc=load_nlp()(document.clean))
    CitationExtractor()(ctx)
    DateExtractor()(ctx)
    found: dict[str, Actor] = {}
    for name, (aid, atype) in actors.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", document.text):
            actor = found.setdefault(aid, Actor(id=aid, name=name, type=atype))
            actor.mentions.append(Mention(m.start(), m.end(), name, atype, actor=aid))
    ctx.actors = list(found.values())
    ctx.relations = list(relations or [])
    EventExtractor()(ctx)
    return ctx


WIRE_HEADER = "source: https://example.org/a/wire.html\ntitle: Wire (Reuters, 5 May 1995)\n\n"


def wire_events(tmp_path, text: str, actors: dict[str, tuple[str, str]]) -> list[tuple]:
    """(type, source, target) of each event in ``text`` told as a dated wire report."""
    ctx = extract_events(tmp_path, WIRE_HEADER + text, actors, "wire.txt")
    return [(e.type, e.source, e.target) for e in ctx.events]
