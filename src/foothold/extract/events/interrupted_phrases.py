"""plover.yaml's multiword phrases matched across an adverb (issue 8, evcand2).

A phrase is written as its words in order ("was in contact with", "carried out"), but news copy puts an adverb of
time or manner inside it: "was immediately in contact with the parties", "were also in contact with", "has since
taken control of". ``phrase_tokens(sent, k, words)`` gives the positions of the phrase's words in the sentence when
they follow one another with at most ``MAX_GAP`` such adverbs between them, so that the phrase's head and the
tokens it consumes are the words themselves. A negating adverb ("was never in contact with") is no gap: the
phrase is then not read there, as it was not before.
"""

from __future__ import annotations

MAX_GAP = 2          # adverbs a phrase may hold in all ("was also immediately in contact with")
NEGATING = frozenset({"never", "not", "n't", "no", "hardly", "barely", "scarcely", "seldom", "rarely", "nowhere"})


def is_gap(tok) -> bool:
    """An adverb a phrase may hold: an adverbial modifier, not one that negates."""
    return tok.pos_ == "ADV" and tok.dep_ == "advmod" and tok.lower_ not in NEGATING


def phrase_tokens(sent, k: int, words) -> list[int] | None:
    """The positions of ``words`` in ``sent`` from token ``k`` on (lower-cased), with gap adverbs allowed between
    them (not before the first), or None."""
    doc, positions, gaps, i = sent.doc, [], 0, k
    for j, word in enumerate(words):
        while j and i < sent.end and doc[i].lower_ != word and is_gap(doc[i]) and gaps < MAX_GAP:
            i, gaps = i + 1, gaps + 1
        if i >= sent.end or doc[i].lower_ != word:
            return None
        positions.append(i)
        i += 1
    return positions
