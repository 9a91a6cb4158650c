""""They" continuing a pair told by a common noun (issue 8, evrecall2): "The parties undertook to refrain from hostile
propaganda. They agreed to set up a joint mechanism." The previous sentence's subject ("the parties", "the two
sides", "both governments") stands for the two parties of the talks told before (`releases.joint_parties`); a "they"
opening the next sentence of the same paragraph is that pair, though the sentence between made no event to bind it
to (`merge.they_after_meeting` reads a "they" right after the act)."""

from __future__ import annotations

from .releases import joint_parties


def _previous_sentence(sent):
    """The sentence before ``sent`` in the same paragraph, or None."""
    if sent.start == 0:
        return None
    prev = sent.doc[sent.start - 1].sent
    return None if "\n" in sent.doc[prev.start:sent.start].text else prev


def they_after_pair(subj, sent, events, index) -> list[str]:
    """The pair's parties for a "they" subject after a sentence whose subject is a pair noun, else []."""
    if subj is None or subj.lower_ != "they" or subj.dep_ != "nsubj":
        return []
    prev = _previous_sentence(sent)
    if prev is None:
        return []
    pair = next((t for t in prev if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    return joint_parties(pair, events, index) if pair is not None else []
