"""Cut a document's text into segments for the reader, each knowing which spans cover it.

Spans overlap (a mention inside an event's evidence, a citation after it), so
the text is cut at every span boundary; each segment carries the innermost
mention, the citation and the events over it. The template escapes the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Segment:
    text: str
    start: int
    mention: dict | None = None
    citation: dict | None = None
    events: list[dict] = field(default_factory=list)
    event_starts: list[dict] = field(default_factory=list)   # events whose evidence begins here (tag them)
    anchor: bool = False      # some evidence (event, relation, citation) begins here: links jump to #at-<start>


def _valid(span: dict, length: int) -> bool:
    s, e = span.get("start"), span.get("end")
    return isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= length


def _local(span: dict, base: int) -> dict:
    return {**span, "start": span["start"] - base, "end": span["end"] - base} if base and \
        isinstance(span.get("start"), int) and isinstance(span.get("end"), int) else span


def segments(text: str, mentions: list[dict], citations: list[dict], events: list[dict],
             anchors: list[int] = (), base: int = 0) -> list[Segment]:
    """``text`` is a page starting at offset ``base`` of the document; span offsets are the
    document's; segments and anchors carry document offsets too (links say #at-<offset>)."""
    n = len(text)
    anchors = {a - base for a in anchors if isinstance(a, int) and 0 <= a - base < n}
    spans = [("m", m) for m in map(lambda x: _local(x, base), mentions) if _valid(m, n)] + \
            [("c", c) for c in map(lambda x: _local(x, base), citations) if _valid(c, n)] + \
            [("e", e) for e in map(lambda x: _local(x, base), events) if _valid(e, n)]
    cuts = sorted({0, n, *anchors, *(s["start"] for _, s in spans), *(s["end"] for _, s in spans)})
    anchors |= {s["start"] for k, s in spans if k != "m"}
    starting: dict[int, list] = {}
    for kind, span in spans:
        starting.setdefault(span["start"], []).append((kind, span))
    active: list[tuple[str, dict]] = []
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        active = [(k, s) for k, s in active if s["end"] > a]
        new = starting.get(a, [])
        active.extend(new)
        if a == b:
            continue
        mentions_here = [s for k, s in active if k == "m"]
        # The innermost (shortest) mention wins when two overlap.
        mention = min(mentions_here, key=lambda s: s["end"] - s["start"]) if mentions_here else None
        citation = next((s for k, s in active if k == "c"), None)
        evs = [s for k, s in active if k == "e"]
        out.append(Segment(text=text[a:b], start=a + base, mention=mention, citation=citation, events=evs,
                           event_starts=[s for k, s in new if k == "e"], anchor=a in anchors))
    return out
