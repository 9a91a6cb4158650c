"""A singular event noun carried by a light verb reads the entry plover.yaml lists only in the plural (issue 8,
evvocab2 second pass): "held a joint naval exercise", "conducted a patrol", "staged a drill" are the `exercises`,
`patrols`, `drills` entries. Only a light verb's object: the bare singular names other things ("the exercise of
power"), which is why those entries are plural."""

from __future__ import annotations

from .lexicon import Lexicon, Trigger


def plural_entry(noun, lex: Lexicon) -> Trigger | None:
    """The entry of the noun's plural when plover.yaml lists only that ("exercise" -> `exercises`), else None."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return None
    lemma = noun.lemma_.lower()
    if lemma in lex.nouns:
        return None
    prev = noun.doc[noun.i - 1] if noun.i > 0 else None
    for plural in (lemma + "s", lemma + "es"):
        if prev is not None and f"{prev.lower_} {plural}" in lex.nouns:
            return lex.nouns[f"{prev.lower_} {plural}"]      # "joint operation" -> `joint operations`
        if plural in lex.nouns:
            return lex.nouns[plural]
    return None
