"""A pair of persons told by their common title far back: "Foreign Minister A told his counterpart, B, ... . (three
sentences on the clash) ... In their phone call, the two ministers agreed ..." (issue 8, evsense2).
`arguments.named_pair` reads the last two parties in its sentence and the two before; persons named as a pair are
often further back. Then the last earlier sentence of the text that names two persons or more gives the pair."""

from __future__ import annotations

from .index import ActorHit, DocIndex
from ..doc_tokens import span_tokens

FAR_SENTENCES = 8          # how many sentences further back the pair is looked for


def _persons_of(sent, index: DocIndex) -> list:
    """The distinct persons a sentence names, in order, with the token naming each first."""
    seen, out = set(), []
    for t in span_tokens(sent):
        hit = index.actor_at(t.i)
        if hit is not None and hit.type == "person" and t.pos_ != "PRON" and hit.actor not in seen:
            seen.add(hit.actor)
            out.append(hit)
    return out


def far_person_pair(tok, window_start: int, index: DocIndex) -> list[tuple[ActorHit, int]]:
    """The two persons of the last sentence before ``window_start`` (the first token named_pair read) naming at least
    two; none when that sentence names more than two (which two is then unclear)."""
    doc = tok.doc
    start = window_start
    for _ in range(FAR_SENTENCES):
        if start <= 0:
            return []
        sent = doc[start - 1].sent
        start = sent.start
        persons = _persons_of(sent, index)
        if len(persons) == 2:
            return [(ActorHit(h.actor, h.type, index.tok_start[tok.i], index.tok_end[tok.i]), tok.i) for h in persons]
        if len(persons) > 2:
            return []
    return []
