""""The two governments" far from the states they stand for (irq21): "Rouhani met Salih ... The two governments signed
memoranda": where no two states are named in the sentences before (headings and persons between), the pair is the
two states the text has named most so far, when they stand clearly above the rest (no tie for second place)."""

from __future__ import annotations

from collections import Counter

from .index import ActorHit, DocIndex

STATE_PAIR_NOUNS = frozenset({"government", "country", "state", "nation"})


def principal_states(tok, index: DocIndex) -> list[tuple[ActorHit, int]]:
    """The two states most named before a subject "the two governments" / "both countries", else []."""
    if tok.lemma_.lower() not in STATE_PAIR_NOUNS or tok.tag_ != "NNS" or tok.dep_ not in ("nsubj", "nsubjpass") \
            or not any(c.lower_ in ("two", "both") for c in tok.children):
        return []
    before = index.tok_start[tok.i]
    counts = Counter(h.actor for s, h in zip(index.mention_starts, index.mention_hits)
                     if s < before and h.type == "country")
    ranked = counts.most_common(3)
    if len(ranked) < 2 or ranked[1][1] < 2 or len(ranked) == 3 and ranked[2][1] == ranked[1][1]:
        return []
    return [(ActorHit(actor, "country", index.tok_start[tok.i], index.tok_end[tok.i]), tok.i) for actor, _ in ranked[:2]]


def states_already_paired(found, args, index: DocIndex) -> bool:
    """A subject "the two governments" already bound to two states: the meeting told before (of persons) does not
    replace them."""
    subj = next((c for c in found.token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lemma_.lower() in STATE_PAIR_NOUNS and len(args.source) == 2 \
        and all(index.actor_type.get(a) == "country" for a in args.source)
