"""An agreement, covenant or other instrument named with its subject after it is no actor (issue 8, actors28; read
on owndocs40): "the Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "the International
Covenant on Civil and Political Rights", "the Paris Agreement on climate change". The seed notes make an agreement
no actor ("JCPOA (an agreement)"); lexicon `not_actor_heads` already drops a name that such a word opens or closes.
Here the word stands inside the name, before "for/on/between/of/to", with no organisation head word before it
(so "the Council of the Treaty Organization" and "the Court of Justice on ..." are left to the other rules)."""

from __future__ import annotations

SUBJECT_PREPOSITIONS = frozenset({"for", "on", "between", "of", "to"})


def instrument_named(words: list[str], lexicon) -> bool:
    """A not-actor head word inside the name, before its subject's preposition and after no body's head word."""
    for i, word in enumerate(words[1:-1], start=1):
        if word in lexicon.head_words and lexicon.head_words[word] == "organization":
            return False
        if word in lexicon.not_actor_heads and words[i + 1] in SUBJECT_PREPOSITIONS:
            return True
    return False
