"""A sentence told of a pair bridges a pronoun to the one before (evargs8): "On Thursday the envoy X met President
Y. They discussed the protection of protesters. She again called on all sides to ...". The sentence before "She"
has only the pair ("They", "the two leaders", "both sides") as its subject, so the closest subject of a person is
two sentences back -- the envoy, not the president named last as an object. `index.last_actor_before` looks for a
subject in the pronoun's sentence and the one before; for a person's pronoun after such a sentence it also looks at
the one before that (a group's "its" after "Both the region and the federal authorities ..." is left alone).
"""
from __future__ import annotations

PAIR_PRONOUNS = frozenset({"they", "we"})
PAIR_WORDS = frozenset({"both", "two"})        # "both leaders", "the two ministers", "both"


def pair_subject(sent) -> bool:
    """The sentence's main clause has a subject standing for a pair: "They", "the two leaders", "both sides" (not a
    coordination, "Both the region and the federal authorities", which names its parties)."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or any(c.dep_ in ("conj", "cc") for c in subj.children):
        return False
    if subj.lower_ in PAIR_PRONOUNS:
        return True
    return subj.pos_ == "NOUN" and any(c.lower_ in PAIR_WORDS and c.dep_ in ("det", "nummod", "predet", "amod")
                                       for c in subj.children)


def subject_window_start(doc, sent_start: int) -> int:
    """The first token where a pronoun opening at ``sent_start``'s sentence looks for the subject it continues:
    the previous sentence's start, or the one before it when the previous sentence's subject is a pair."""
    if sent_start <= 0:
        return 0
    prev = doc[sent_start - 1].sent
    if prev.start > 0 and pair_subject(prev):
        return doc[prev.start - 1].sent.start
    return prev.start
