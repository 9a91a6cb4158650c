"""A body named for what it fights is a body (issue 8, actors24): "the Anti-Corruption Agency", "the Anti-Narcotics
Force", "the National Anti-Terrorism Committee". A name opened by "pro-" or "anti-" is otherwise a stance, no actor
("pro-Iranian", "Anti-Western"): `EntityClassifier._not_an_actor_by_lexicon` drops it unless this says it is a body."""

from __future__ import annotations


def anti_body(words: list[str], lexicon) -> bool:
    """Two words or more, every one capitalised, the last an organisation's head word (lexicon.yaml `head_words`):
    "Anti-Corruption Agency", "Anti-Drug Trafficking Unit"; not "anti-government protesters" nor "Anti-Western"."""
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    return lexicon.head_words.get(words[-1]) == "organization"
