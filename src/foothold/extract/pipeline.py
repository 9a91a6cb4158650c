"""Extraction as a pipeline of named, versioned components (spaCy style).

Each component declares what it reads and writes on the Context; its name
(``foothold.actors.v1``) is recorded in the provenance of everything it makes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Doc

from ..ingest.cuts import cuts
from ..ingest.document import Document
from ..settings import STRICT
from ..model import Actor, Citation, DateValue, Event, Extraction, Mention, Relation
from .heap import settle_heap
from .spilled import SpilledExtraction


@dataclass
class Context:
    document: Document
    doc: Doc                                   # spaCy Doc over document.clean
    citations: list[Citation] = field(default_factory=list)
    dates: list[DateValue] = field(default_factory=list)      # dates found in the text (original offsets)
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    data: dict = field(default_factory=dict)   # scratch space shared between components

    def span(self, clean_start: int, clean_end: int) -> tuple[int, int]:
        return self.document.span(clean_start, clean_end)

    def text(self, start: int, end: int) -> str:
        return self.document.text[start:end]


class Component(Protocol):
    name: str            # "foothold.<what>.v<N>"
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, ctx: Context) -> None: ...


def default_components() -> list[Component]:
    from .citations import CitationExtractor
    from .dates import DateExtractor
    from .actors import ActorExtractor
    from ..resolve.within import WithinDocumentResolver
    from .relations import RelationExtractor
    from .events import EventExtractor
    from .relations.learned import LearnedRelations
    # the learned ties come after events: events read the rules' relations only
    return [CitationExtractor(), DateExtractor(), ActorExtractor(), WithinDocumentResolver(),
            RelationExtractor(), EventExtractor(), LearnedRelations()]


CHUNK_CHARS = 20_000   # parse long documents paragraph-aligned chunks at a time: bounded memory


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Split at paragraph breaks into pieces of about ``size`` characters; "".join(pieces) == text."""
    return [text[a:b] for a, b in cuts(text, size)]


def parse(text: str, nlp) -> Doc:
    """One spaCy Doc over the whole text, parsed chunk by chunk."""
    pieces = chunks(text)
    if len(pieces) == 1:
        return nlp(text)
    # one chunk per batch: the default batch would hold every chunk's activations at once
    return Doc.from_docs(list(nlp.pipe(pieces, batch_size=1)), ensure_whitespace=False)


def run(document: Document, components: list[Component] | None = None, nlp=None,
        strict: bool | None = None, segment_chars: int | None = None) -> Extraction:
    """Extract one document. A component that fails on unusual text is skipped with a warning
    naming it (what the others found is kept), unless ``strict`` (or FOOTHOLD_STRICT=1).

    A document longer than ``segment_chars`` (segments.SEGMENT_CHARS) is extracted a segment
    of whole paragraphs at a time and the results joined (time linear); ``spill`` does the same
    keeping the records on disk (memory bounded), for consumers that stream them.
    """
    from .segments import SEGMENT_CHARS
    if len(document.clean) <= (segment_chars or SEGMENT_CHARS):
        return _run_whole(document, *_setup(components, nlp, strict))
    with spill(document, components, nlp, strict, segment_chars) as spilled:
        return spilled.materialise()


def spill(document: Document, components: list[Component] | None = None, nlp=None,
          strict: bool | None = None, segment_chars: int | None = None) -> SpilledExtraction:
    """Extract one document segment by segment into a ``SpilledExtraction`` (records on disk):
    memory bounded by a segment and the document's distinct names, whatever its length."""
    from .segments import SEGMENT_CHARS, segment_bounds, sub_document
    setup = _setup(components, nlp, strict)
    size = segment_chars or SEGMENT_CHARS
    if len(document.clean) <= size:
        return SpilledExtraction.of(document, _run_whole(document, *setup))
    spilled = SpilledExtraction(document)
    try:
        for a, b in segment_bounds(document.clean, size):
            segment, shift = sub_document(document, a, b)
            spilled.add(_run_whole(segment, *setup), shift)
    except BaseException:
        spilled.close()
        raise
    return spilled


def _setup(components, nlp, strict):
    from .nlp import load_nlp
    return (components if components is not None else default_components(), nlp or load_nlp(),
            STRICT.value() == "1" if strict is None else strict)


def run_with_context(document: Document, components: list[Component] | None = None, nlp=None) -> tuple[Extraction, Context]:
    """Extract one document whole (no segments) and keep its Context: the components' scratch data, such as the
    events' trace of skipped triggers, for diagnosis (bench/event_loss.py)."""
    return _run_context(document, *_setup(components, nlp, None))


def _run_whole(document: Document, components: list[Component], nlp, strict: bool) -> Extraction:
    return _run_context(document, components, nlp, strict)[0]


def _run_context(document: Document, components: list[Component], nlp, strict: bool) -> tuple[Extraction, Context]:
    settle_heap()                  # what lives before this document is frozen out of the full collections (perf4)
    ctx = Context(document=document, doc=parse(document.clean, nlp))
    for component in components:
        try:
            component(ctx)
        except Exception as exc:   # noqa: BLE001 - one component's bug must not lose the document
            if strict:
                raise
            ctx.warnings.append(f"[E402] component {component.name} failed and was skipped: "
                                f"{type(exc).__name__}: {exc}. Please report it with the document.")
            ctx.data.setdefault("failed_components", []).append(component.name)
    extraction = Extraction(
        document=document.name, document_id=document.id,
        actors=ctx.actors, relations=ctx.relations, citations=ctx.citations, events=ctx.events,
        warnings=[*document.warnings, *ctx.warnings],
        extractors={c.name: type(c).__doc__.strip().splitlines()[0] if type(c).__doc__ else "" for c in components},
        title=document.title, date=document.date,
    )
    return extraction, ctx
